"""Fixtures shared by the tests of warledger's own copies of spaCy pipes."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from warledger.extract.pipeline import SPACY_MODEL


@pytest.fixture(scope="module")
def spacy_nlp() -> Language:
    """The pinned English model exactly as spaCy ships it: what warledger's
    replacement pipes (attributes, lemmas, entities) must match."""
    return spacy.load(SPACY_MODEL)
