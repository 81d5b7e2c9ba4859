"""The shared Doc attributes and the Doc text cache; sentences invented for these tests."""

from __future__ import annotations

import spacy

from warledger.extract.attrs import TEXT_KEY, doc_text


def test_doc_text_is_the_docs_text_joined_once() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Two ferries  left the harbour at dawn.\n\nNone came back.")
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT_KEY] == doc.text
    assert doc_text(doc) is doc_text(doc)
