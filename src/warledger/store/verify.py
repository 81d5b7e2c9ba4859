"""``Store.verify``: is everything stored still what the ledger says was written?

Three independent checks, each of which can fail on its own:

1. the chain: seqs contiguous from 1, each ``prev_hash`` the hash before it, each
   ``hash`` recomputed from the entry's contents;
2. the rows: each entry's ``digest`` recomputed from the rows it refers to *as they
   are now*, and every document, claim and review row covered by some entry (a row
   slipped in with SQL, or whose entry was deleted, is reported); outlet and
   incident rows, which later loads and resolution runs replace, and API token rows,
   which revocation changes, are checked against the latest entry that recorded them;
3. the blobs: every document has its blob, and every blob hashes to its name;
4. the derived tables (``claim_actors``, the full-text index): recomputed from the rows
   and compared (``store.derived``).

None of these can see entries cut off the end of the ledger (with their rows), or a
chain re-hashed after an edit: both leave a ledger that is consistent in itself. So
the report names the head (last seq and its hash), which a user keeps elsewhere, and
``verify`` given a head kept earlier (``expected_head``) checks that the ledger still
holds that entry with that hash: the ledger of today must extend the one of then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from warledger.model import LedgerEntry
from warledger.store import ledger as chain
from warledger.store.blobs import BlobStore
from warledger.store.derived import derived_problems
from warledger.store.engine import IN_CHUNK
from warledger.store.incidents import LEDGER_KIND as RESOLUTION_KIND
from warledger.store.incidents import verify_incident_rows
from warledger.store.ledger import digest_of
from warledger.store.outlets import LEDGER_KIND as OUTLETS_KIND
from warledger.store.outlets import verify_outlet_rows
from warledger.store.reference import LEDGER_KIND as REFERENCE_KIND
from warledger.store.reference import reference_entry_problem, verify_reference_rows
from warledger.store.regroup import LEDGER_KIND as REGROUP_KIND
from warledger.store.regroup import RegroupHistory, regroup_history
from warledger.store.rows import claim_digests, claims_digest, document_digest, review_digest
from warledger.store.schema import claims, conflicts, documents, outlets, reviews
from warledger.store.tokens import LEDGER_KINDS as TOKEN_KINDS
from warledger.store.tokens import verify_token_rows


@dataclass(frozen=True)
class Head:
    """A point in the ledger's history: an entry's seq and hash, written ``SEQ:HASH``."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        """``SEQ:HASH`` as ``verify`` prints it; ValueError saying what is wrong otherwise."""
        seq, sep, digest = text.strip().partition(":")
        digest = digest.lower()
        if not sep or not seq.isdigit() or len(digest) != 64 or set(digest) - set(HEX):
            raise ValueError(
                f"{text[:100]!r} is not a ledger head: give SEQ:HASH as printed by "
                "`warledger verify` (a number, a colon, 64 hex digits)"
            )
        return cls(int(seq), digest)


HEX = "0123456789abcdef"


@dataclass
class VerifyReport:
    """What ``verify`` checked and what it found wrong (``ok`` iff ``problems`` is empty)."""

    entries_checked: int = 0
    blobs_checked: int = 0
    problems: list[str] = field(default_factory=list)
    head: Head | None = None
    """The last entry's seq and hash (None for an empty ledger)."""

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
    incidents_from: tuple[int, str] | None = None
    """Seq and digest of the resolution entry that listed ``incidents``."""
    tokens: dict[str, str] = field(default_factory=dict)
    regrouped: RegroupHistory = field(default_factory=RegroupHistory)
    references: dict[str, str] = field(default_factory=dict)


def verify(conn: Connection, blobs: BlobStore, expected_head: Head | None = None) -> VerifyReport:
    """Run all checks on one consistent read of the database; with ``expected_head``, also
    check that the ledger still holds that entry, unchanged."""
    report = VerifyReport()
    covered = _Covered(regrouped=regroup_history(conn))
    prev_hash, expected_seq = chain.GENESIS_HASH, 1
    for entry in chain.entries(conn):
        report.entries_checked += 1
        report.head = Head(entry.seq, entry.hash)
        if expected_head and entry.seq == expected_head.seq and entry.hash != expected_head.hash:
            report.problems.append(
                f"ledger seq {entry.seq}: its hash is not the one of the head kept earlier "
                f"({expected_head}): the history up to it was rewritten"
            )
        problem = chain.chain_problem(entry, expected_seq, prev_hash)
        if problem:
            report.problems.append(problem)
        problem = _row_problem(conn, entry, covered)
        if problem:
            report.problems.append(problem)
        prev_hash, expected_seq = entry.hash, entry.seq + 1
    if expected_head is not None and (report.head is None or report.head.seq < expected_head.seq):
        report.problems.append(
            f"the ledger ends at seq {report.head.seq if report.head else 0}, before the head "
            f"kept earlier ({expected_head}): entries after it were deleted"
        )
    report.problems.extend(_uncovered_rows(conn, covered))
    report.problems.extend(verify_outlet_rows(conn, covered.outlets, outlets))
    report.problems.extend(verify_outlet_rows(conn, covered.conflicts, conflicts))
    report.problems.extend(verify_incident_rows(conn, covered.incidents))
    report.problems.extend(verify_token_rows(conn, covered.tokens))
    report.problems.extend(derived_problems(conn))
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
        values = dict(row._mapping)
        if entry.subject_id in covered.regrouped.latest:
            if values["syndication_group"] != covered.regrouped.latest[entry.subject_id]:
                return (
                    f"{where}: document {entry.subject_id} syndication group is not the one "
                    "its last regroup entry set (edited)"
                )
            values["syndication_group"] = covered.regrouped.stored_with[entry.subject_id]
        if document_digest(values) != entry.digest:
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
    if entry.kind in ("actor_merge", chain.EXTRACTION_FAILED, REGROUP_KIND):
        if digest_of(entry.details) != entry.digest:
            return f"{where}: its details do not match its digest (entry edited)"
        return None
    if entry.kind in TOKEN_KINDS:
        covered.tokens[entry.subject_id] = entry.digest
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
    elif "same_as" in entry.details:
        return _repeat_problem(entry, covered, where)
    else:
        body = _str_map(entry.details.get("incidents"))
        covered.incidents = body
        covered.incidents_from = (entry.seq, entry.digest)
    if digest_of(body) != entry.digest:
        return f"{where}: its recorded row digests do not match its digest (entry edited)"
    return None


def _repeat_problem(entry: LedgerEntry, covered: _Covered, where: str) -> str | None:
    """A run that found nothing new repeats the incident set of the run it names."""
    if covered.incidents_from != (entry.details["same_as"], entry.digest):
        return (
            f"{where}: it repeats the incidents of entry {entry.details['same_as']!r}, "
            "which is not the last run that listed them or has another digest"
        )
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
