"""Derived tables: what ``verify`` checks of them, and how ``--repair-derived`` rebuilds them.

``claim_actors`` (who each claim is about), the full-text index and the incident counts
(``store.incident_counts``) are not in the ledger: database triggers fill them from the
claims, documents and incidents the ledger does cover (migrations 0004 and 0011). So they
are not evidence, only indexes; but an edited index would make "incidents involving actor
X", a search or the archive's facets quietly leave rows out. ``verify`` therefore
recomputes them from the covered rows and reports any difference, and ``repair_derived``
rebuilds them from those rows (nothing the ledger covers changes).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.exc import DBAPIError

from warledger.store.incident_counts import counts_problems, rebuild_counts
from warledger.store.schema import claim_actors, claims
from warledger.store.search import FULLTEXT_CHARS

REPAIR_HINT = "it is derived from stored rows: `warledger verify --repair-derived` rebuilds it"
_PG_VECTOR = (
    "to_tsvector('english'::regconfig, left(coalesce(d.title, '') || ' ' || d.text, "
    f"{FULLTEXT_CHARS}))"
)

ActorRow = tuple[str, str, str]


def claim_actor_rows(claim_id: str, payload: Mapping[str, Any]) -> set[ActorRow]:
    """``(claim_id, actor_id, role)`` for each actor the claim's proposition names, as the
    insert trigger on ``claims`` computes them."""
    proposition = payload.get("proposition") or {}
    found: set[ActorRow] = set()
    for role, key in (("initiator", "initiators"), ("target", "targets")):
        mentions = proposition.get(key)
        for mention in mentions if isinstance(mentions, list) else []:
            if isinstance(mention, dict) and mention.get("actor_id") is not None:
                found.add((claim_id, str(mention["actor_id"]), role))
    for role in ("subject", "object"):
        mention = proposition.get(role)
        if isinstance(mention, dict) and mention.get("actor_id") is not None:
            found.add((claim_id, str(mention["actor_id"]), role))
    return found


def _expected_actors(conn: Connection) -> Iterator[ActorRow]:
    query = select(claims.c.id, claims.c.payload).execution_options(yield_per=500)
    for row in conn.execute(query):
        yield from claim_actor_rows(row.id, row.payload or {})


def derived_problems(conn: Connection) -> list[str]:
    """Differences between the derived tables and what the stored rows give."""
    expected = set(_expected_actors(conn))
    stored = {
        (r.claim_id, r.actor_id, r.role)
        for r in conn.execute(
            select(claim_actors.c.claim_id, claim_actors.c.actor_id, claim_actors.c.role)
        )
    }
    problems = []
    if expected != stored:
        problems.append(
            f"claim_actors: {len(expected - stored)} rows missing and {len(stored - expected)} "
            f"rows no claim's payload gives ({REPAIR_HINT})"
        )
    fulltext = _fulltext_problem(conn)
    if fulltext:
        problems.append(f"full-text index: {fulltext} ({REPAIR_HINT})")
    problems.extend(f"{problem} ({REPAIR_HINT})" for problem in counts_problems(conn))
    return problems


def _fulltext_problem(conn: Connection) -> str | None:
    if conn.dialect.name == "postgresql":
        stale = conn.execute(
            text(
                "SELECT count(*) FROM documents AS d LEFT JOIN documents_fts AS f "
                f"ON f.document_id = d.id WHERE f.vector IS DISTINCT FROM {_PG_VECTOR}"
            )
        ).scalar_one()
        return f"{stale} documents are indexed with other words than theirs" if stale else None
    unmapped = conn.execute(
        text(
            "SELECT count(*) FROM documents AS d LEFT JOIN documents_fts_docno AS m "
            "ON m.document_id = d.id WHERE m.docno IS NULL"
        )
    ).scalar_one()
    if unmapped:
        return f"{unmapped} documents are not in the index"
    try:  # rank 1: also compare the index with the documents it is built from
        with conn.begin_nested():
            conn.execute(
                text(
                    "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"
                )
            )
    except DBAPIError as exc:
        return f"the index does not match the documents ({str(exc.orig).strip()})"
    return None


def repair_derived(conn: Connection) -> None:
    """Rebuild ``claim_actors``, the incident counts and the full-text index from the stored
    rows (in the caller's write transaction)."""
    expected = sorted(set(_expected_actors(conn)))  # read fully before writing
    conn.execute(delete(claim_actors))
    for start in range(0, len(expected), 500):
        rows = [
            {"claim_id": claim_id, "actor_id": actor_id, "role": role}
            for claim_id, actor_id, role in expected[start : start + 500]
        ]
        conn.execute(insert(claim_actors), rows)
    rebuild_counts(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "INSERT INTO documents_fts (document_id, vector) "
                f"SELECT d.id, {_PG_VECTOR} FROM documents AS d "
                "ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector"
            )
        )
        return
    conn.execute(
        text(
            "INSERT INTO documents_fts_docno (document_id) SELECT d.id FROM documents AS d "
            "WHERE d.id NOT IN (SELECT document_id FROM documents_fts_docno) "
            "ORDER BY d.stored_at, d.id"
        )
    )
    conn.execute(text("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"))
