"""``Store.verify``: is everything stored still what the ledger says was written?

Three independent checks, each of which can fail on its own:

1. the chain: seqs contiguous from 1, each ``prev_hash`` the hash before it, each
   ``hash`` recomputed from the entry's contents;
2. the rows: each entry's ``digest`` recomputed from the rows it refers to *as they
   are now*, and every document, claim and review row covered by some entry (a row
   slipped in with SQL, or whose entry was deleted, is reported); outlet and
   incident rows, which later loads and resolution runs replace, are checked
   against the latest entry that recorded them;
3. the blobs: every document has its blob, and every blob hashes to its name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from warledger.model import LedgerEntry
from warledger.store import ledger as chain
from warledger.store.blobs import BlobStore
from warledger.store.engine import IN_CHUNK
from warledger.store.incidents import LEDGER_KIND as RESOLUTION_KIND
from warledger.store.incidents import verify_incident_rows
from warledger.store.ledger import digest_of
from warledger.store.outlets import LEDGER_KIND as OUTLETS_KIND
from warledger.store.outlets import verify_outlet_rows
from warledger.store.reference import LEDGER_KIND as REFERENCE_KIND
from warledger.store.reference import reference_entry_problem, verify_reference_rows
from warledger.store.rows import claim_digests, claims_digest, document_digest, review_digest
from warledger.store.schema import claims, conflicts, documents, outlets, reviews


@dataclass
class VerifyReport:
    """What ``verify`` checked and what it found wrong (``ok`` iff ``problems`` is empty)."""

    entries_checked: int = 0
    blobs_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Covered:
    documents: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    reviews: set[int] = field(default_factory=set)
    outlets: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, str] = field(default_factory=dict)
    incidents: dict[str, str] | None = None
    references: dict[str, str] = field(default_factory=dict)


def verify(conn: Connection, blobs: BlobStore) -> VerifyReport:
    """Run all checks on one consistent read of the database."""
    report = VerifyReport()
    covered = _Covered()
    prev_hash, expected_seq = chain.GENESIS_HASH, 1
    for entry in chain.entries(conn):
        report.entries_checked += 1
        problem = chain.chain_problem(entry, expected_seq, prev_hash)
        if problem:
            report.problems.append(problem)
        problem = _row_problem(conn, entry, covered)
        if problem:
            report.problems.append(problem)
        prev_hash, expected_seq = entry.hash, entry.seq + 1
    report.problems.extend(_uncovered_rows(conn, covered))
    report.problems.extend(verify_outlet_rows(conn, covered.outlets, outlets))
    report.problems.extend(verify_outlet_rows(conn, covered.conflicts, conflicts))
    report.problems.extend(verify_incident_rows(conn, covered.incidents))
    report.problems.extend(verify_reference_rows(conn, covered.references))
    report.problems.extend(_blob_problems(conn, blobs, report))
    return report


def _row_problem(conn: Connection, entry: LedgerEntry, covered: _Covered) -> str | None:
    """Why the rows ``entry`` refers to no longer match its digest, or None."""
    where = f"ledger seq {entry.seq} ({entry.kind} {entry.subject_id})"
    if entry.kind == "document":
        covered.documents.add(entry.subject_id)
        row = conn.execute(select(documents).where(documents.c.id == entry.subject_id)).first()
        if row is None:
            return f"{where}: document {entry.subject_id} row is missing"
        if document_digest(row._mapping) != entry.digest:
            return (
                f"{where}: document {entry.subject_id} row differs from what was recorded "
                "(edited after ingest)"
            )
        return None
    if entry.kind == "extraction":
        recorded = _str_map(entry.details.get("claims"))
        covered.claims.update(recorded)
        if claims_digest(recorded) != entry.digest:
            return f"{where}: its list of claim digests does not match its digest (entry edited)"
        current = claim_digests(_claim_rows(conn, sorted(recorded)))
        missing = sorted(set(recorded) - set(current))
        if missing:
            return f"{where}: claims {', '.join(missing)} are missing"
        edited = sorted(i for i in recorded if current[i] != recorded[i])
        if edited:
            return f"{where}: claims {', '.join(edited)} differ from what was recorded (edited)"
        return None
    if entry.kind == "review":
        covered.reviews.add(entry.seq)
        row = conn.execute(select(reviews).where(reviews.c.ledger_seq == entry.seq)).first()
        if row is None:
            return f"{where}: review row for ledger seq {entry.seq} is missing"
        if review_digest(row._mapping) != entry.digest or row.recorded_at != entry.recorded_at:
            return f"{where}: review row differs from what was recorded (edited in place)"
        return None
    if entry.kind == "actor_merge":
        if digest_of(entry.details) != entry.digest:
            return f"{where}: its details do not match its digest (entry edited)"
        return None
    if entry.kind == REFERENCE_KIND:
        return reference_entry_problem(entry, covered.references)
    if entry.kind in (OUTLETS_KIND, RESOLUTION_KIND):
        return _snapshot_problem(entry, covered, where)
    return f"{where}: unknown entry kind {entry.kind!r}, its rows cannot be checked"


def _snapshot_problem(entry: LedgerEntry, covered: _Covered, where: str) -> str | None:
    """Outlet loads and resolution runs record per-row digests; the latest one of each
    row is checked against the rows after the chain is walked."""
    if entry.kind == OUTLETS_KIND:
        recorded_outlets = _str_map(entry.details.get("outlets"))
        recorded_conflicts = _str_map(entry.details.get("conflicts"))
        covered.outlets.update(recorded_outlets)
        covered.conflicts.update(recorded_conflicts)
        body = {"outlets": recorded_outlets, "conflicts": recorded_conflicts}
    else:
        body = _str_map(entry.details.get("incidents"))
        covered.incidents = body
    if digest_of(body) != entry.digest:
        return f"{where}: its recorded row digests do not match its digest (entry edited)"
    return None


def _str_map(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _claim_rows(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        result = conn.execute(select(claims).where(claims.c.id.in_(chunk)))
        rows.extend(dict(row._mapping) for row in result)
    return rows


def _uncovered_rows(conn: Connection, covered: _Covered) -> list[str]:
    """Rows no ledger entry accounts for: written behind the ledger's back, or entry deleted."""
    problems = [
        f"document {doc_id} has no ledger entry (inserted directly or its entry was deleted)"
        for doc_id in conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars()
        if doc_id not in covered.documents
    ]
    problems += [
        f"claim {claim_id} has no ledger entry (inserted directly or its entry was deleted)"
        for claim_id in conn.execute(select(claims.c.id).order_by(claims.c.id)).scalars()
        if claim_id not in covered.claims
    ]
    problems += [
        f"review at ledger seq {seq} has no ledger entry (its entry was deleted)"
        for seq in conn.execute(select(reviews.c.ledger_seq).order_by(reviews.c.ledger_seq))
        .scalars()
        .all()
        if seq not in covered.reviews
    ]
    return problems


def _blob_problems(conn: Connection, blobs: BlobStore, report: VerifyReport) -> list[str]:
    problems = [
        f"document {doc_id}: blob {blobs.path(doc_id)} is missing"
        for doc_id in conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars()
        if not blobs.exists(doc_id)
    ]
    for path in blobs:
        report.blobs_checked += 1
        problem = blobs.verify(path)
        if problem:
            problems.append(problem)
    return problems
