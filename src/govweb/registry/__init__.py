"""govweb.registry stage."""
