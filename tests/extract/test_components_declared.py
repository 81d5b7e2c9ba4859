"""Every warledger spaCy component says what it reads and writes, and is documented.

spaCy's ``analyze_pipes`` checks the declarations against the order of the
pipeline: a component that reads an attribute no earlier pipe writes is a
problem, so a reordering or a new dependency cannot slip in unnoticed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.util import registry

from warledger.extract import factories
from warledger.extract.attrs import DOC_ATTRIBUTES
from warledger.extract.pipeline import build_pipeline

README = Path(__file__).resolve().parents[2] / "README.md"
# Set by ``Extractor.make_doc``, not by a pipe.
SET_BY_CALLER = {"doc._.published", "doc._.document_id"}
# Set by the pinned model's ``attribute_ruler``, whose factory does not declare it.
SET_BY_MODEL = {"token.pos"}
UNDECLARED = SET_BY_CALLER | SET_BY_MODEL


def nlp_factory(factory: str) -> Callable[..., object]:
    """The function registered under ``factory`` in spaCy's registry of factories."""
    make: Callable[..., object] = registry.factories.get(factory)
    return make


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


@pytest.mark.parametrize(("pipe", "factory"), factories.COMPONENTS)
def test_component_declares_what_it_requires_and_assigns(
    nlp: Language, pipe: str, factory: str
) -> None:
    meta = Language.get_factory_meta(factory)
    assert meta.requires, f"{factory} declares no requires"
    assert meta.assigns, f"{factory} declares no assigns"
    assert pipe in nlp.pipe_names
    # A Doc attribute a component writes is one of those documented in extract/attrs.py.
    own = {f"doc._.{name}" for name in DOC_ATTRIBUTES}
    undocumented = [a for a in meta.assigns if a.startswith("doc._.") and a not in own]
    assert undocumented == []


@pytest.mark.parametrize(("pipe", "factory"), factories.COMPONENTS)
def test_component_is_documented(pipe: str, factory: str) -> None:
    make = nlp_factory(factory)
    module = importlib.import_module(make.__module__)
    assert module.__doc__ and len(module.__doc__.split()) >= 20, f"{module.__name__}: no docstring"
    assert factory in README.read_text(encoding="utf-8"), f"{factory} is not in the README"


def test_no_component_reads_what_no_earlier_component_writes(nlp: Language) -> None:
    analysis = nlp.analyze_pipes()
    problems = {
        pipe: sorted(set(missing) - UNDECLARED)
        for pipe, missing in analysis["problems"].items()
        if set(missing) - UNDECLARED
    }
    assert problems == {}
