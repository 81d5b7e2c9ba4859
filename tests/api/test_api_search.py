"""Full-text search on SQLite (FTS5) and PostgreSQL (tsvector): it finds and ranks, any
query text is safe, new documents are indexed at once and old ones by the migration."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from synthetic_store import RARE_WORD, Synthetic, make_claim, make_document
from warledger.config import Settings
from warledger.model import Document, content_hash
from warledger.store import Store
from warledger.store.engine import alembic_config, make_engine, writer
from warledger.store.rows import claim_values, document_values
from warledger.store.schema import claim_actors, claims, documents
from warledger.store.search import MAX_TERMS, query_terms, search_documents

HOSTILE = (
    '"',
    '""',
    '"unbalanced',
    "NEAR(",
    "NEAR(a b, 2)",
    "*",
    "depot*",
    "a OR",
    "AND",
    "NOT depot",
    "(",
    ")",
    "^depot",
    "-depot",
    "title:depot",
    "{title}: depot",
    "' OR 1=1 --",
    "'; DROP TABLE documents; --",
    "%_%",
    "\\",
    "depot & | ! <-> :*",
    "\u0000",
    "déjà vu ☃ 𝔘",
    "x" * 500,
    " ".join(["depot"] * 200),
)


def test_finds_a_word_and_ranks_by_it(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic], settings: Settings
) -> None:
    client, headers = api
    body = client.get("/api/search", params={"q": RARE_WORD.upper()}, headers=headers).json()
    expected_method = "postgres" if settings.database_url.startswith("postgresql") else "fts5"
    assert body["method"] == expected_method
    assert body["terms"] == [RARE_WORD.upper()]
    documents = [h for h in body["hits"] if h["kind"] == "document"]
    assert [h["id"] for h in documents] == synthetic[1].rare_ranked
    assert documents[0]["score"] > documents[1]["score"]
    assert all(RARE_WORD in h["snippet"].lower() for h in documents)
    assert "<" not in documents[0]["snippet"], "snippets are plain text, without markup"


def test_words_are_stemmed_and_all_required(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    client, headers = api
    data = synthetic[1]

    def documents(q: str) -> set[str]:
        body = client.get("/api/search", params={"q": q, "limit": 100}, headers=headers).json()
        return {h["id"] for h in body["hits"] if h["kind"] == "document"}

    assert documents("shelling depots") == {d.id for d in data.documents}
    assert documents("korvin") == {d.id for d in data.documents if "Korvin" in d.text}
    assert documents("korvin talmor") == set()
    titled = documents("report 7")
    assert data.documents[7].id in titled
    claims = client.get("/api/search", params={"q": "witnesses artillery"}, headers=headers).json()
    claim_hits = [h for h in claims["hits"] if h["kind"] == "claim"]
    assert claim_hits and all("witnesses" in h["snippet"].lower() for h in claim_hits)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_never_a_server_error(
    query: str, api: tuple[TestClient, dict[str, str]]
) -> None:
    client, headers = api
    response = client.get("/api/search", params={"q": query}, headers=headers)
    assert response.status_code in (200, 400, 422), response.text
    if response.status_code == 200:
        body = response.json()
        assert body["terms"] == query_terms(query)
        assert len(body["terms"]) <= MAX_TERMS


def test_hostile_operators_are_plain_words(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    client, headers = api
    every = {d.id for d in synthetic[1].documents}
    for query in ("depot*", "-depot", "depot:", "(depot)", '"depot', "{depot}"):
        body = client.get("/api/search", params={"q": query, "limit": 100}, headers=headers)
        found = {h["id"] for h in body.json()["hits"] if h["kind"] == "document"}
        assert found == every, query
    too_long = client.get("/api/search", params={"q": "x" * 501}, headers=headers)
    assert too_long.status_code == 422


def test_a_document_added_later_is_found(synthetic: tuple[Store, Synthetic]) -> None:
    store, _data = synthetic
    text = "A quorvellan ferry crossed the strait at noon."
    doc = Document(id=content_hash(text.encode()), text=text, title="Ferry")
    assert store.add_document(doc, text.encode())
    with store.engine.connect() as conn:
        assert [m.document_id for m in search_documents(conn, "quorvellan", 5)] == [doc.id]


def test_the_migration_indexes_what_was_stored_before_it(settings: Settings) -> None:
    """A store made at revision 0003 with a document and a claim already in it: opening it
    runs 0004, which indexes the document and fills claim_actors from the claim."""
    engine = make_engine(settings.database_url)
    config = alembic_config()
    doc, _raw = make_document(5)
    claim = make_claim(doc, 5, 1)
    now = datetime.now(UTC)
    try:
        with writer(engine).begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0003")
            conn.execute(insert(documents).values(**document_values(doc, None, now)))
            conn.execute(insert(claims).values(**claim_values(claim, now)))
    finally:
        engine.dispose()
    with Store.open(settings) as store, store.engine.connect() as conn:
        found = search_documents(conn, RARE_WORD, 5)
        assert [m.document_id for m in found] == [doc.id]
        rows = conn.execute(select(claim_actors.c.actor_id, claim_actors.c.role)).all()
    assert sorted(tuple(r) for r in rows) == [("actor-green", "initiator")]
    assert claim.claimant is not None and claim.claimant.actor_id == "actor-red"


def test_common_words_find_the_same_on_both_backends(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    """PostgreSQL does not index "the": SQLite ignores it too, so "the" alone finds nothing
    on both, and around a word it changes nothing (it found 200 documents on SQLite, 0 on
    PostgreSQL)."""
    client, headers = api

    def documents(q: str) -> list[str]:
        body = client.get("/api/search", params={"q": q, "limit": 50}, headers=headers).json()
        return [h["id"] for h in body["hits"] if h["kind"] == "document"]

    assert documents("the") == [] and documents("The of AND") == []
    assert documents(f"the {RARE_WORD} of it") == synthetic[1].rare_ranked
    assert query_terms(f"The {RARE_WORD}'s") == [RARE_WORD]


def test_search_ranks_the_newest_matches_only(settings: Settings) -> None:
    """Above ``ranked`` matches, both backends rank the most recently indexed ones: the
    document that says the word most often, stored first, drops out of a bound of two and
    leads without it."""
    texts = (
        "Zelmorian shelling, zelmorian fire, zelmorian smoke over the zelmorian ridge.",
        "A zelmorian convoy passed the bridge before dawn.",
        "Residents said the zelmorian market reopened after the long curfew was lifted.",
        "The zelmorian council met again.",
    )
    with Store.open(settings) as store:
        ids = []
        for text in texts:
            doc = Document(id=content_hash(text.encode()), text=text, title="Report")
            assert store.add_document(doc, text.encode())
            ids.append(doc.id)
        with store.engine.connect() as conn:
            every = [m.document_id for m in search_documents(conn, "zelmorian", 4)]
            newest = [m.document_id for m in search_documents(conn, "zelmorian", 1, ranked=2)]
    assert every[0] == ids[0] and sorted(every) == sorted(ids)
    assert newest == [ids[3]]
