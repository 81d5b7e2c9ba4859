"""Fixtures shared by the extraction tests: the pinned spaCy model as shipped, and the
parser warledger runs (that model with warledger's attributes, no claim components)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from warledger.extract.pipeline import SPACY_MODEL, build_pipeline


@pytest.fixture(scope="module")
def spacy_nlp() -> Language:
    """The pinned English model exactly as spaCy ships it: what warledger's
    replacement pipes (attributes, lemmas, entities) must match."""
    return spacy.load(SPACY_MODEL)


@pytest.fixture(scope="module")
def parser() -> Language:
    """Tokens, tags, parse and entities as extraction sees them, without the claim
    components: for tests of the rules that read a parse."""
    return build_pipeline(components=[])
