"""The curated knowledge base of actors, aliases and lexicons (data files in ``data/``).

``KB_VERSION`` is a digest of every data file (actors, outlets, word lists of every
language), so every stored claim says exactly which knowledge base linked its
actors and which words found it; nobody has to remember to bump it.
"""

from warledger.kb.lexicon import data_version
from warledger.kb.loader import (
    FUZZY_CUTOFF,
    MIN_FUZZY_LENGTH,
    KnowledgeBase,
    KnowledgeBaseError,
    load_kb,
    normalize_alias,
    surface_variants,
)

KB_VERSION = data_version()

__all__ = [
    "FUZZY_CUTOFF",
    "KB_VERSION",
    "MIN_FUZZY_LENGTH",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "load_kb",
    "normalize_alias",
    "surface_variants",
]
