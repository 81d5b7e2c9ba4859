"""Incident clustering and grading on the invented corpus in tests/data/incidents.

The corpus is ingested *with extraction*, so these tests measure the whole chain
(extractor -> clustering -> grading), not clustering on hand-made claims.

Report -> incident mapping (for pairwise scores): a report belongs to the
incident that holds most of its event claims; a tie goes to the tied incident
reported by more documents, then to the one whose claim comes first in the text
(a news report leads with its subject). A report with no event claim belongs to
no incident (it pairs with nobody).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from sqlalchemy import update

from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.kb.outlets import read_outlets_file
from warledger.model import Grade, Incident
from warledger.resolve.incident_run import ResolveResult, resolve_incidents
from warledger.store import Store
from warledger.store.incidents import stored_incidents
from warledger.store.outlets import save_outlets
from warledger.store.schema import incidents as incidents_table

DATA = Path(__file__).resolve().parents[1] / "data" / "incidents"
EXPECTED = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))

# Measured on this corpus with the extractor of this commit: precision 1.0,
# recall 1.0 (52 of 52 pairs); 15 of 15 grades right. The last misses were
# extraction's: a transfer of fighters stated only as "has sent ... mercenaries",
# martial law dated by "until mid-August" or by "60 days", a hypothetical
# extension, and a threat worded as "would respond with force if ...".
MIN_PRECISION = 1.0
MIN_RECALL = 1.0
MIN_GRADES_RIGHT = 15


def _load(store: Store, settings: Settings, inputs: list[Path]) -> ResolveResult:
    with DocumentExtractor(1) as extractor:
        ingest(store, inputs, None, settings, extractor)
    save_outlets(store, read_outlets_file(DATA / "outlets.yaml"), "outlets.yaml")
    return resolve_incidents(store)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ResolveResult]]:
    root = tmp_path_factory.mktemp("incidents")
    settings = Settings(database_url=f"sqlite:///{root / 'w.db'}", blob_dir=root / "blobs")
    with Store.open(settings) as store:
        yield store, _load(store, settings, [DATA / "reports.jsonl"])


def report_incidents(store: Store, incidents: list[Incident]) -> dict[str, str | None]:
    """Report id -> incident id, by the rule in the module docstring."""
    by_claim = {c: i.id for i in incidents for c in i.claim_ids}
    documents = {c.id: c.document_id for c in store.iter_claims()}
    size = {i.id: len({documents[c] for c in i.claim_ids}) for i in incidents}
    out: dict[str, str | None] = {}
    for document in store.iter_documents():
        mine = [c for c in store.claims_for(document.id) if c.id in by_claim]
        counts = Counter(by_claim[c.id] for c in mine)
        key = str(document.external_id)
        if not counts:
            out[key] = None
            continue
        top = max(counts.values())
        tied = [c for c in mine if counts[by_claim[c.id]] == top]
        lead = min(tied, key=lambda c: (-size[by_claim[c.id]], c.content.start))
        out[key] = by_claim[lead.id]
    return out


def pairwise(predicted: dict[str, str | None]) -> tuple[float, float]:
    gold = EXPECTED["reports"]
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        truth = gold[a] == gold[b]
        tp += same and truth
        fp += same and not truth
        fn += truth and not same
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def main_incident(store: Store, incidents: list[Incident], key: str) -> Incident:
    """The incident holding most event claims of the reports expected in ``key``."""
    reports = {r for r, k in EXPECTED["reports"].items() if k == key}
    docs = {d.id for d in store.iter_documents() if d.external_id in reports}
    doc_of = {c.id: c.document_id for d in docs for c in store.claims_for(d)}
    return max(
        incidents,
        key=lambda i: (sum(doc_of.get(c) in docs for c in i.claim_ids), -len(i.claim_ids), i.id),
    )


def test_pairwise_precision_and_recall(corpus: tuple[Store, ResolveResult]) -> None:
    store, result = corpus
    precision, recall = pairwise(report_incidents(store, result.incidents))
    assert precision >= MIN_PRECISION
    assert recall >= MIN_RECALL


def test_the_two_close_pairs_of_unrelated_incidents_stay_apart(
    corpus: tuple[Store, ResolveResult],
) -> None:
    store, result = corpus
    mapping = report_incidents(store, result.incidents)
    assert mapping["inc-r06"] != mapping["inc-r01"]  # warehouse fire vs market shelling
    assert mapping["inc-r42"] != mapping["inc-r23"]  # landmine vs drone claim
    assert mapping["inc-r01"] == mapping["inc-r02"] == mapping["inc-r05"]


def test_grades_with_reasons(corpus: tuple[Store, ResolveResult]) -> None:
    store, result = corpus
    right = 0
    for key, expected in EXPECTED["incidents"].items():
        incident = main_incident(store, result.incidents, key)
        assert incident.reasons and incident.reasons[0]
        right += incident.grade.value == expected["grade"]
    assert right >= MIN_GRADES_RIGHT
    named = {
        "halvesk-market-shelling": Grade.CORROBORATED,
        "sovanka-riverside-shelling": Grade.DENIED,
        "karvel-humanitarian-pause": Grade.CORROBORATED,
        "velmora-callup-protest": Grade.CORROBORATED,
        "yaresh-landmine": Grade.SINGLE_SOURCE,
        "mirok-aid-workers-abduction": Grade.SINGLE_SOURCE,
        "halvesk-warehouse-fire": Grade.SINGLE_SOURCE,
        "karvel-bus-station-airstrike": Grade.CORROBORATED,
        "tirel-bridge-explosion": Grade.CONTESTED,
        "saffron-brigade-transfer": Grade.PARTY_ONLY,
        "yaresh-drone-shootdown": Grade.PARTY_ONLY,
        "pelgrad-substation-rockets": Grade.REPORTED,
        "suren-cross-border-shelling": Grade.REPORTED,
        "brena-martial-law-extension": Grade.CORROBORATED,
        "kazaria-airspace-threat": Grade.CORROBORATED,
    }
    for key, grade in named.items():
        assert main_incident(store, result.incidents, key).grade == grade, key


def test_denial_by_the_accused_is_found(corpus: tuple[Store, ResolveResult]) -> None:
    _, result = corpus
    denied = [i for i in result.incidents if i.grade == Grade.DENIED]
    assert any("Sovanka" in i.reasons[0] for i in denied)


def test_casualty_range_keeps_every_source_figure(corpus: tuple[Store, ResolveResult]) -> None:
    store, result = corpus
    halvesk = main_incident(store, result.incidents, "halvesk-market-shelling")
    assert (halvesk.killed.low, halvesk.killed.best, halvesk.killed.high) == (7, 9, 11)
    figures = result.details[halvesk.id]["figures"]
    killed = sorted(f["low"] for f in figures if f["kind"] == "killed")
    assert killed == [7, 7, 9, 11]  # a syndicated copy repeats its wire's figure
    assert all(f["claim_id"] in halvesk.claim_ids for f in figures)


def test_reingesting_changes_nothing(corpus: tuple[Store, ResolveResult], tmp_path: Path) -> None:
    store, first = corpus
    before = {i.id: sorted(i.claim_ids) for i in first.incidents}
    again = _load(store, store.settings, [DATA / "reports.jsonl"])
    assert again.new_claims == 0
    assert {i.id: sorted(i.claim_ids) for i in again.incidents} == before
    assert again.ledger_entry is not None and again.ledger_entry.details["written"] == 0
    assert store.verify().ok


def test_reverse_order_gives_the_same_incidents(
    corpus: tuple[Store, ResolveResult], tmp_path: Path
) -> None:
    _, first = corpus
    lines = (DATA / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    reversed_file = tmp_path / "reversed.jsonl"
    reversed_file.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'r.db'}", blob_dir=tmp_path / "b")
    with Store.open(settings) as store:
        second = _load(store, settings, [reversed_file])
    assert {i.id: sorted(i.claim_ids) for i in second.incidents} == {
        i.id: sorted(i.claim_ids) for i in first.incidents
    }
    assert [i.grade for i in sorted(second.incidents, key=lambda i: i.id)] == [
        i.grade for i in sorted(first.incidents, key=lambda i: i.id)
    ]


def test_as_of_and_period_queries(corpus: tuple[Store, ResolveResult]) -> None:
    store, result = corpus
    before_anything = resolve_incidents(store, as_of=datetime(2000, 1, 1, tzinfo=UTC))
    assert before_anything.incidents == [] and before_anything.ledger_entry is None
    now = resolve_incidents(store, as_of=datetime.now(UTC))
    assert {i.id for i in now.incidents} == {i.id for i in result.incidents}
    june_3 = datetime(2026, 6, 3).date()
    early = stored_incidents(store, period=(june_3, june_3))
    assert early and all(i.date_start is None or i.date_start <= june_3 for i, _ in early)
    assert all(i.date_end is None or i.date_end >= june_3 for i, _ in early)
    assert len(early) < len(stored_incidents(store))


def test_verify_catches_an_edited_incident(corpus: tuple[Store, ResolveResult]) -> None:
    store, result = corpus
    assert store.verify().ok
    target = result.incidents[0].id
    with store.engine.begin() as conn:
        conn.execute(
            update(incidents_table).where(incidents_table.c.id == target).values(grade="denied")
        )
    problems = store.verify().problems
    assert any(target in p for p in problems)
    resolve_incidents(store, full=True)  # a new run records the set again
    assert store.verify().ok


def test_resolution_on_both_databases(settings: Settings) -> None:
    head = (DATA / "reports.jsonl").read_text(encoding="utf-8").splitlines()[:8]
    path = Path(str(settings.blob_dir)).parent / "head.jsonl"
    path.write_text("\n".join(head) + "\n", encoding="utf-8")
    with Store.open(settings) as store:
        result = _load(store, settings, [path])
        assert result.incidents
        stored = stored_incidents(store)
        assert {i.id for i, _ in stored} == {i.id for i in result.incidents}
        assert store.verify().ok
        ids = {json.loads(line)["id"] for line in head}
        mapping = report_incidents(store, result.incidents)
        assert set(mapping) == ids
        assert mapping["inc-r01"] == mapping["inc-r03"]
