"""govweb.scoring stage."""
