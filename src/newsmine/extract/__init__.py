"""Pure functions from a parsed spaCy Doc to lists of records (dataclasses with char offsets)."""
