"""Reporters: each renders a `Report` to a string; the CLI decides where it goes."""
