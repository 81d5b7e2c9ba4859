"""Actor resolution on reports written for these tests, ingested with extraction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.model import (
    ActorKind,
    ActorMention,
    Claim,
    Document,
    Event,
    PloverType,
    Review,
    ReviewAction,
    Span,
    content_hash,
)
from warledger.resolve.actors import ActorIndex, propose_merges, resolve_actors
from warledger.resolve.evidence import seen_actors
from warledger.resolve.names import name_key, same_name_reason
from warledger.store import Store
from warledger.store.actors import MERGE_KIND, stored_actors, stored_claims
from warledger.store.schema import ledger

REPORTS = [
    {
        "id": "r1",
        "outlet": "Levant Monitor",
        "published": "2021-03-03",
        "text": "Jaysh al-Sahel fighters shelled Kafr Zita on Monday, killing three civilians. "
        "On Wednesday Jaysh al-Sahel gunmen kidnapped two farmers near Ariha. "
        "Qatar backs Liwa al-Fajr, the Observatory said. The Tal Hamra Division clashed "
        "with the Tal Hamra Brigade near Jisr al-Shughur on Friday.",
    },
    {
        "id": "r2",
        "outlet": "Damascus Daily",
        "published": "2021-03-05",
        "text": "Jaish al-Sahil fighters attacked an army checkpoint near Hama on Thursday, the "
        "defence ministry said. Turkey has been funding the Fajr Brigade since 2019, a Kurdish "
        "official told reporters. Iran has denied sponsoring Liwa al-Fajr.",
    },
    {
        "id": "r3",
        "outlet": "Raqqa Voice",
        "published": "2021-03-04",
        "text": "Rebel commander Saleh Barakat said on Monday that his fighters shelled Kafr "
        "Zita. Qatar has backed Barakat since 2019, the Observatory said.",
    },
]


def ingest_reports(store: Store, settings: Settings, folder: Path, records: list[dict]) -> None:
    """Ingest ``records`` as one JSON-lines file, extracting claims as `warledger ingest` does."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reports-{records[0]['id']}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with DocumentExtractor(1) as extractor:
        summary = ingest(store, [path], None, settings, extractor)
    assert summary.failed == 0


@pytest.fixture
def store(settings: Settings, tmp_path: Path) -> Iterator[Store]:
    with Store.open(settings) as opened:
        ingest_reports(opened, settings, tmp_path / "in", REPORTS)
        yield opened


def test_names_of_one_group_agree_and_different_groups_do_not() -> None:
    def agree(a: str, b: str) -> bool:
        return same_name_reason(name_key(a), name_key(b)) is not None

    assert agree("al-Nusra Front", "Jabhat al-Nusra")
    assert agree("Jaysh al-Izzah", "Jaish al-Izza")
    assert agree("Liwa al-Fajr", "the al-Fajr Brigade")
    assert agree("First Coastal Brigade", "1st Coastal Brigade")
    assert not agree("Tal Hamra Division", "Tal Hamra Brigade")
    assert not agree("1st Coastal Brigade", "2nd Coastal Brigade")
    assert not agree("Islamic State", "Islamic State of Iraq")
    assert agree("Jaysh al-Sahel", "Jaish al-Sahil")  # vowels of a transliteration
    assert agree("Ahrar ash-Sham", "Ahrar al-Sham")
    assert not agree("Rose", "Rosie")  # not transliterated: spellings are names
    assert not agree("Chester", "Hester")  # single words are close by chance
    assert not agree("Ash Carter", "Carter")  # "Ash" is a name, not an article


def test_same_group_under_different_names_becomes_one_actor(store: Store) -> None:
    entries = resolve_actors(store)
    merged = {(e.details["merged"][0], e.details["canonical"]) for e in entries}
    assert ("new:fajr-brigade", "new:liwa-al-fajr") in merged
    assert ("new:jaish-al-sahil", "new:jaysh-al-sahel") in merged  # the one with more claims
    assert all(e.kind == MERGE_KIND and e.details["reason"] for e in entries)
    index = ActorIndex.load(store)
    assert index.canonical("new:fajr-brigade") == "new:liwa-al-fajr"
    fajr = index.actor("new:liwa-al-fajr")
    assert fajr.name == "Liwa al-Fajr"
    assert fajr.aliases == ["Fajr Brigade"]
    assert fajr.kind == ActorKind.ARMED_GROUP
    assert [a.id for a in index.find("al-Fajr Brigade")] == ["new:liwa-al-fajr"]
    saved = {a.id: a for a in stored_actors(store)}
    assert saved["new:liwa-al-fajr"].aliases == ["Fajr Brigade"]
    assert "new:fajr-brigade" not in saved
    assert resolve_actors(store) == []  # nothing new: recording is idempotent
    assert store.verify().ok


def test_surname_joins_the_full_name_it_shortens(store: Store) -> None:
    resolve_actors(store)
    index = ActorIndex.load(store)
    assert index.canonical("new:barakat") == "new:saleh-barakat"
    barakat = index.actor("new:saleh-barakat")
    assert (barakat.name, barakat.kind, barakat.aliases) == (
        "Saleh Barakat",
        ActorKind.PERSON,
        ["Barakat"],
    )


def test_similar_but_different_groups_stay_apart(store: Store) -> None:
    resolve_actors(store)
    index = ActorIndex.load(store)
    assert index.canonical("new:tal-hamra-division") == "new:tal-hamra-division"
    assert index.canonical("new:tal-hamra-brigade") == "new:tal-hamra-brigade"
    ambiguous = {a.id for a in index.find("Tal Hamra")}
    assert ambiguous == {"new:tal-hamra-division", "new:tal-hamra-brigade"}


def test_rejecting_review_undoes_a_merge(store: Store) -> None:
    entries = resolve_actors(store)
    merge = next(e for e in entries if e.details["merged"] == ["new:fajr-brigade"])
    before_review = datetime.now(UTC)
    store.add_review(
        Review(
            target_kind="actor_merge",
            target_id=merge.subject_id,
            action=ReviewAction.REJECT,
            analyst="analyst@example.org",
            note="the brigade split off in 2020",
        )
    )
    index = ActorIndex.load(store)
    assert index.canonical("new:fajr-brigade") == "new:fajr-brigade"
    assert index.canonical("new:jaish-al-sahil") == "new:jaysh-al-sahel"
    assert ActorIndex.load(store, as_of=before_review).canonical("new:fajr-brigade") == (
        "new:liwa-al-fajr"
    )
    assert all(m.merged_id != "new:fajr-brigade" for m in propose_merges(store))
    assert resolve_actors(store) == []
    assert "new:fajr-brigade" in {a.id for a in stored_actors(store)}
    assert store.verify().ok


def _mention(text: str, name: str, actor_id: str, kind: ActorKind) -> ActorMention:
    start = text.index(name)
    span = Span(start=start, end=start + len(name), text=name)
    return ActorMention(span=span, actor_id=actor_id, name=name, kind=kind)


def test_numbers_must_agree_and_bare_names_link_to_the_knowledge_base(
    sqlite_settings: Settings,
) -> None:
    text = (
        "The 1st Coastal Brigade and the 2nd Coastal Brigade attacked the al-Nusrah "
        "positions held by the Nusra Brigade."
    )
    raw = text.encode()
    doc = Document(id=content_hash(raw), text=text)
    mentions = [
        _mention(text, "1st Coastal Brigade", "new:1st-coastal-brigade", ActorKind.ARMED_GROUP),
        _mention(text, "2nd Coastal Brigade", "new:2nd-coastal-brigade", ActorKind.ARMED_GROUP),
    ]
    targets = [
        _mention(text, "al-Nusrah", "new:al-nusrah", ActorKind.OTHER),
        _mention(text, "Nusra Brigade", "new:nusra-brigade", ActorKind.ARMED_GROUP),
    ]
    trigger = Span(start=text.index("attacked"), end=text.index("attacked") + 8, text="attacked")
    content = Span(start=0, end=len(text), text=text)
    claim = Claim(
        id=Claim.make_id(doc.id, content, "assault"),
        document_id=doc.id,
        content=content,
        claimant_is_outlet=True,
        proposition=Event(
            type=PloverType.ASSAULT, trigger=trigger, initiators=mentions, targets=targets
        ),
    )
    with Store.open(sqlite_settings) as store:
        store.add_document(doc, raw)
        store.add_claims(doc.id, [claim], {"test": "1"})
        merges = {(m.merged_id, m.canonical_id) for m in propose_merges(store)}
    assert merges == {("new:al-nusrah", "group:nusra")}


def test_verify_catches_an_edited_merge_entry(store: Store) -> None:
    entries = resolve_actors(store)
    assert store.verify().ok
    target = entries[0]
    forged = {**target.details, "canonical": "group:isis"}
    with store.engine.begin() as conn:
        conn.execute(update(ledger).where(ledger.c.seq == target.seq).values(details=forged))
    problems = store.verify().problems
    assert f"ledger seq {target.seq}: stored hash does not match its contents (entry edited)" in (
        problems
    )
    assert any("its details do not match its digest" in p for p in problems)


def test_canonical_id_stays_put_as_evidence_grows(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    resolve_actors(store)
    later = [
        {
            "id": f"x{day}",
            "outlet": "Hama Today",
            "published": f"2021-03-{day:02d}",
            "text": f"The al-Fajr Brigade attacked an army checkpoint near Hama, report {day} said",
        }
        for day in (10, 11)
    ]
    ingest_reports(store, settings, tmp_path / "later", later)
    assert len(seen_actors(c.claim for c in stored_claims(store))["new:fajr-brigade"].documents) > 1
    assert resolve_actors(store) == []  # the Fajr Brigade now has more documents: no flip
    assert ActorIndex.load(store).canonical("new:fajr-brigade") == "new:liwa-al-fajr"


def test_lookup_prefers_the_knowledge_base_name_over_a_mislinked_mention(
    sqlite_settings: Settings,
) -> None:
    text = "The Syrian Democratic Forces shelled Tabqa."
    raw = text.encode()
    doc = Document(id=content_hash(raw), text=text)
    mislinked = _mention(text, "Syrian Democratic Forces", "force:SYR-army", ActorKind.STATE_FORCE)
    trigger = Span(start=text.index("shelled"), end=text.index("shelled") + 7, text="shelled")
    content = Span(start=0, end=len(text), text=text)
    claim = Claim(
        id=Claim.make_id(doc.id, content, "assault"),
        document_id=doc.id,
        content=content,
        claimant_is_outlet=True,
        proposition=Event(type=PloverType.ASSAULT, trigger=trigger, initiators=[mislinked]),
    )
    with Store.open(sqlite_settings) as store:
        store.add_document(doc, raw)
        store.add_claims(doc.id, [claim], {"test": "1"})
        index = ActorIndex.load(store)
    assert "Syrian Democratic Forces" in index.actor("force:SYR-army").aliases
    assert [a.id for a in index.find("Syrian Democratic Forces")] == ["group:sdf"]
