"""govweb.campaign stage."""
