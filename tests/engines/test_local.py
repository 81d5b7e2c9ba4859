"""The local engine gives the claims that in-process extraction gives, in input order, with
one worker or a pool of two, and tells its progress."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from warledger import engines
from warledger.engines.local import extract_batch, worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Document, content_hash

TEXTS = (
    "The interior ministry said on Tuesday that militants attacked a police checkpoint "
    "near Mosul, killing three officers.",
    "A spokesman for the rebels denied that their fighters had shelled the village.",
)


def documents() -> list[Document]:
    published = datetime(2026, 2, 3, tzinfo=UTC)
    return [
        Document(id=content_hash(text.encode()), text=text, published_at=published)
        for text in TEXTS
    ]


def in_process(document: Document) -> list[Claim]:
    item = TextInput(document.text, document.id, date(2026, 2, 3))
    return worker_extractor(None).extract(item)


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_local_engine_matches_in_process_extraction(workers: int) -> None:
    docs = documents()
    expected = [in_process(document) for document in docs]
    assert all(expected), "each invented text states at least one claim"
    done: list[int] = []
    with engines.get("local", workers=workers, batch_size=1) as engine:
        got = engine.map(docs, progress=done.append)
    assert got == expected
    assert done == [1, 2]


@pytest.mark.slow
def test_a_batch_leaves_no_new_strings_in_the_vocabulary() -> None:
    """A long-running worker (``watch``, a Ray actor) must not keep every word it has seen:
    the strings a batch adds go when the batch ends, and the next batch reads the same."""
    nlp = worker_extractor(None).nlp
    item = TextInput(
        "Gunmen from the Zorvakhi brigade shelled Pelmundra, the governor of Qastavel said.",
        "nonce",
        date(2026, 2, 3),
    )
    extract_batch([item])  # the pipeline's own first-use strings
    before = len(nlp.vocab.strings)
    first = extract_batch([item])
    assert "Zorvakhi" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == before
    assert first and first == extract_batch([item]) == [worker_extractor(None).extract(item)]
