"""casualties."""
