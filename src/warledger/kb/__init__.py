"""The curated knowledge base of actors, aliases and lexicons (data files in ``data/``)."""

KB_VERSION = "2026.11.0"
