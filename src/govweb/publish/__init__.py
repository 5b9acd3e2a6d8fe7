"""govweb.publish stage."""
