"""Full-text search over documents' title and text, ranked, with a plain-text snippet.

The index itself is built by migration 0004 and kept current by the database's
triggers on ``documents``: SQLite FTS5 (``documents_fts``), or on PostgreSQL a
``documents_fts`` table of ``to_tsvector('english', ...)`` with a GIN index. Both
stem English words (FTS5's porter tokenizer, PostgreSQL's english configuration),
so "shells" finds "shelled".

A query is words, all of which must occur. The user's text never reaches a
query parser as syntax: it is split into words here, and each word is sent as a
quoted FTS5 string or through ``plainto_tsquery``, both as bound parameters. So
quotes, ``NEAR(``, ``*``, ``OR`` or SQL in a query are just characters, and no
input can make the parser fail; text with no words at all finds nothing.

PostgreSQL's index leaves out common words ("the", "of"), FTS5's keeps them: so
that a query finds the same documents on both, its words in ``STOP_WORDS``
(kb/data/en/search.yaml, the words PostgreSQL leaves out) are dropped before
either sees them, and a query of such words only finds nothing on both.

A query matching more than ``MAX_RANKED`` documents is ranked over the most recently
indexed ``MAX_RANKED`` of them (so its cost does not grow with the archive, and a reader
of news is shown recent reports first): on SQLite in FTS5's rowid order, on PostgreSQL
in the order of ``documents_fts.docno`` (migration 0012).

Snippets are plain text cut from the document (no markup is added); whoever
shows them escapes them like any other document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, String, TextualSelect, bindparam, column, text

from warledger.kb.lexicon import load_lexicon

FULLTEXT_CHARS = 200_000
"""PostgreSQL indexes the first this many characters of title + text (a tsvector is limited
to 1 MB), as migration 0004 set it; snippets are cut from the same characters."""
MAX_TERMS = 32
"""Words of a query that are used; more only slow the search down."""
SNIPPET_WORDS = 24
MAX_RANKED = 2000
"""A search ranks at most this many matches of a query, the most recently indexed ones.
Ranking every match costs time in proportion to the archive: two common words match
about a tenth of all documents (35,000 in an archive of a million claims, 4 s a query
under load), while the newest 2,000 take a few milliseconds whatever the archive's size.
A query matching fewer documents is ranked over all of them, as before."""
STOP_WORDS = frozenset(load_lexicon("search")["stop_words"])

_WORD = re.compile(r"\w+")
_PG_SEARCH = text(
    f"""
    WITH q AS (SELECT plainto_tsquery('english'::regconfig, :words) AS query),
    newest AS (
        SELECT f.document_id
        FROM documents_fts AS f, q
        WHERE f.vector @@ q.query
        ORDER BY f.docno DESC
        LIMIT :ranked
    ),
    ranked AS (
        SELECT f.document_id AS id, ts_rank(f.vector, q.query) AS score, q.query
        FROM newest AS n JOIN documents_fts AS f ON f.document_id = n.document_id, q
        ORDER BY score DESC, f.document_id
        LIMIT :limit
    )
    SELECT r.id, r.score,
           ts_headline('english'::regconfig, left(d.text, {FULLTEXT_CHARS}), r.query,
                       'StartSel="", StopSel="", MaxWords={SNIPPET_WORDS}, MinWords=8')
               AS snippet
    FROM ranked AS r JOIN documents AS d ON d.id = r.id
    ORDER BY r.score DESC, r.id
    """
)
"""The ``MAX_RANKED`` most recently indexed matches (found through the GIN index; only their
ids are sorted, by migration 0012's ``docno``), then ``ts_rank`` for those only."""
_SQLITE_RANK = text(
    """
    SELECT m.document_id AS id, r.docno, -r.bm25 AS score
    FROM (
        SELECT rowid AS docno, bm25(documents_fts) AS bm25
        FROM documents_fts
        WHERE documents_fts MATCH :match
        ORDER BY rowid DESC
        LIMIT :ranked
    ) AS r
    JOIN documents_fts_docno AS m ON m.docno = r.docno
    ORDER BY r.bm25, m.document_id
    LIMIT :limit
    """
)
"""The ``MAX_RANKED`` most recently indexed matches (FTS5 walks its doclists newest first and
stops there, computing bm25 for those only), then the best of them."""
_SQLITE_SNIPPETS = text(
    f"""
    SELECT rowid AS docno, snippet(documents_fts, -1, '', '', '...', {SNIPPET_WORDS}) AS snippet
    FROM documents_fts
    WHERE documents_fts MATCH :match AND rowid IN :docnos
    """
).bindparams(bindparam("docnos", expanding=True))
"""Snippets in a second query, for the page's documents only: in the ranking query SQLite
would cut one for every match before sorting (thousands for a common word)."""


@dataclass(frozen=True)
class DocumentMatch:
    """A document matching a query: higher ``score`` ranks first (bm25 / ts_rank)."""

    document_id: str
    score: float
    snippet: str


def query_terms(query: str) -> list[str]:
    """The words of ``query`` that are searched for (letters and digits, any script),
    less the ``STOP_WORDS`` neither backend can search for alike."""
    return [w for w in _WORD.findall(query) if w.lower() not in STOP_WORDS][:MAX_TERMS]


def documents_with_words(dialect: str, query: str) -> TextualSelect | None:
    """A SELECT of the ids of documents holding every word of ``query`` (stemmed, as
    ``search_documents`` matches them, unranked), for use as an IN subquery; None when
    the query has no words. ``dialect`` is the engine's dialect name."""
    terms = query_terms(query)
    if not terms:
        return None
    if dialect == "postgresql":
        sql = text(
            "SELECT document_id FROM documents_fts "
            "WHERE vector @@ plainto_tsquery('english'::regconfig, :fts_words)"
        ).bindparams(fts_words=" ".join(terms))
    else:
        sql = text(
            "SELECT m.document_id FROM documents_fts "
            "JOIN documents_fts_docno AS m ON m.docno = documents_fts.rowid "
            "WHERE documents_fts MATCH :fts_match"
        ).bindparams(fts_match=_fts5_match(terms))
    return sql.columns(column("document_id", String))


def _fts5_match(terms: list[str]) -> str:
    """Every term as a quoted FTS5 string: the user's text is never FTS5 syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def search_method(conn: Connection) -> str:
    """How this database matches text: "postgres" (tsvector) or "fts5" (SQLite)."""
    return "postgres" if conn.dialect.name == "postgresql" else "fts5"


def search_documents(
    conn: Connection, query: str, limit: int, ranked: int = MAX_RANKED
) -> list[DocumentMatch]:
    """Documents containing every word of ``query`` (stemmed), best first: the best of the
    ``ranked`` most recently indexed matches (at least ``limit``)."""
    terms = query_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        bound = {"words": " ".join(terms), "ranked": max(ranked, limit), "limit": limit}
        rows = conn.execute(_PG_SEARCH, bound)
        return [DocumentMatch(r.id, float(r.score), r.snippet or "") for r in rows]
    match = _fts5_match(terms)
    bound = {"match": match, "ranked": max(ranked, limit), "limit": limit}
    best = conn.execute(_SQLITE_RANK, bound).all()
    if not best:
        return []
    docnos = [r.docno for r in best]
    snippets = dict(conn.execute(_SQLITE_SNIPPETS, {"match": match, "docnos": docnos}).all())
    return [DocumentMatch(r.id, float(r.score), snippets.get(r.docno) or "") for r in best]
