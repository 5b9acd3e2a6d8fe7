"""govweb.samplesites stage."""
