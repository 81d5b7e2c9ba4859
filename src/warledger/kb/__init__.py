"""The curated knowledge base of actors, aliases and lexicons (data files in ``data/``).

``KB_VERSION`` is bumped whenever a data file changes, so every stored claim says
which knowledge base linked its actors.
"""

from warledger.kb.loader import (
    KnowledgeBase,
    KnowledgeBaseError,
    load_kb,
    normalize_alias,
    surface_variants,
)

KB_VERSION = "2026.11.1"

__all__ = [
    "KB_VERSION",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "load_kb",
    "normalize_alias",
    "surface_variants",
]
