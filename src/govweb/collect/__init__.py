"""govweb.collect stage."""
