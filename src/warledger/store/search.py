"""Full-text search over documents' title and text, ranked, with a plain-text snippet.

The index itself is built by migration 0004 and kept current by the database:
SQLite FTS5 (``documents_fts``, triggers on ``documents``) or a PostgreSQL GIN
index on ``to_tsvector('english', ...)``. Both stem English words (FTS5's porter
tokenizer, PostgreSQL's english configuration), so "shells" finds "shelled".

A query is words, all of which must occur. The user's text never reaches a
query parser as syntax: it is split into words here, and each word is sent as a
quoted FTS5 string or through ``plainto_tsquery``, both as bound parameters. So
quotes, ``NEAR(``, ``*``, ``OR`` or SQL in a query are just characters, and no
input can make the parser fail; text with no words at all finds nothing.

Snippets are plain text cut from the document (no markup is added); whoever
shows them escapes them like any other document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

FULLTEXT_CHARS = 200_000
"""PostgreSQL indexes the first this many characters of title + text (a tsvector is limited
to 1 MB); the expression below must stay the one migration 0004 indexed."""
MAX_TERMS = 32
"""Words of a query that are used; more only slow the search down."""
SNIPPET_WORDS = 24

_WORD = re.compile(r"\w+")
_PG_VECTOR = (
    "to_tsvector('english'::regconfig, left(coalesce(d.title, '') || ' ' || d.text, "
    f"{FULLTEXT_CHARS}))"
)
_PG_SEARCH = text(
    f"""
    WITH q AS (SELECT plainto_tsquery('english'::regconfig, :words) AS query),
    ranked AS (
        SELECT d.id, d.title, d.text, ts_rank({_PG_VECTOR}, q.query) AS score, q.query
        FROM documents AS d, q
        WHERE {_PG_VECTOR} @@ q.query
        ORDER BY score DESC, d.id
        LIMIT :limit
    )
    SELECT id, title, score,
           ts_headline('english'::regconfig, left(text, {FULLTEXT_CHARS}), query,
                       'StartSel="", StopSel="", MaxWords={SNIPPET_WORDS}, MinWords=8')
               AS snippet
    FROM ranked ORDER BY score DESC, id
    """
)
_SQLITE_SEARCH = text(
    f"""
    SELECT m.document_id AS id, d.title AS title, -bm25(documents_fts) AS score,
           snippet(documents_fts, -1, '', '', '...', {SNIPPET_WORDS}) AS snippet
    FROM documents_fts
    JOIN documents_fts_docno AS m ON m.docno = documents_fts.rowid
    JOIN documents AS d ON d.id = m.document_id
    WHERE documents_fts MATCH :match
    ORDER BY bm25(documents_fts), m.document_id
    LIMIT :limit
    """
)


@dataclass(frozen=True)
class DocumentMatch:
    """A document matching a query: higher ``score`` ranks first (bm25 / ts_rank)."""

    document_id: str
    title: str | None
    score: float
    snippet: str


def query_terms(query: str) -> list[str]:
    """The words of ``query`` that are searched for (letters and digits, any script)."""
    return _WORD.findall(query)[:MAX_TERMS]


def search_method(conn: Connection) -> str:
    """How this database matches text: "postgres" (tsvector) or "fts5" (SQLite)."""
    return "postgres" if conn.dialect.name == "postgresql" else "fts5"


def search_documents(conn: Connection, query: str, limit: int) -> list[DocumentMatch]:
    """Documents containing every word of ``query`` (stemmed), best first."""
    terms = query_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        rows = conn.execute(_PG_SEARCH, {"words": " ".join(terms), "limit": limit})
    else:
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        rows = conn.execute(_SQLITE_SEARCH, {"match": match, "limit": limit})
    return [DocumentMatch(r.id, r.title, float(r.score), r.snippet or "") for r in rows]
