"""govweb.checks stage."""
