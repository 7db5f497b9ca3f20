"""Input (proposal) and output (results) models."""
