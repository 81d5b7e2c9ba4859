"""A synthetic archive for the API benchmark: invented documents, claims and incidents.

``load(settings, n_claims)`` fills a new store through its tables in bulk: documents of
invented text (words drawn from the list below with a fixed seed), four event claims
each, and the incidents grouping them (about 4 claims and 2 sources each), with types,
grades, places, dates and sides spread as in a real archive, committed a chunk at a time.
The database's own triggers fill the full-text index and ``claim_actors``, as they do for
``warledger ingest``. No ledger entries and no blobs are written (``verify`` would flag
the store): it is a benchmark store, deleted after.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, insert, text

from warledger.config import Settings
from warledger.model import (
    ActorMention,
    CasualtyFigure,
    CasualtyRange,
    Claim,
    DateMention,
    DatePrecision,
    Document,
    Event,
    Grade,
    Incident,
    Place,
    PlaceMention,
    PloverType,
    Side,
    Span,
    content_hash,
)
from warledger.store import Store
from warledger.store.incidents import incident_values
from warledger.store.rows import claim_values, document_values
from warledger.store.schema import claims, documents, incident_claims, incidents

SEED = 20261125
CLAIMS_PER_DOCUMENT = 4
WORDS_PER_DOCUMENT = 90
CHUNK = 2000
CACHE_KIB = 512 * 1024
"""SQLite page cache while loading: large, so a million rows' index pages are not spilled
and re-read (with the default 2 MB, loading 1,000,000 claims wrote the WAL over and over)."""
START_DAY = date(2024, 1, 1)
DAYS = 730
_WORD_LINES = (
    "morning evening river valley bridge market school convoy village checkpoint station road",
    "hill border harbour airport factory clinic hospital mosque church square district camp",
    "barracks depot warehouse tunnel railway highway farm orchard field forest coast island",
    "plain ridge dam power plant water supply grain fuel truck bus ambulance tank drone",
    "rocket mortar shell artillery sniper patrol column brigade battalion militia police",
    "soldiers fighters volunteers civilians residents families children workers refugees",
    "officials governor mayor spokesman commander minister witnesses journalists medics",
    "engineers negotiators observers monitors envoy council ceasefire truce talks agreement",
    "statement report claim denial warning threat attack raid ambush strike explosion fire",
    "siege blockade evacuation curfew arrest detention release exchange withdrawal advance",
    "offensive counteroffensive retreat shelling bombing shooting clashes protest rally",
    "strike march vigil aid delivery convoy shelter tent blanket medicine flour rice damage",
    "ruins crater smoke dust rain snow heat wind night dawn noon week month season north",
    "south east west central upper lower old new small large quiet busy empty crowded distant",
    "nearby",
)
WORDS = tuple(word for line in _WORD_LINES for word in line.split())
TYPES = (
    (PloverType.ASSAULT, "shelling", 30),
    (PloverType.ASSAULT, "aerial", 15),
    (PloverType.ASSAULT, "firearms", 10),
    (PloverType.COERCE, "arrest", 12),
    (PloverType.MOBILIZE, "troops", 10),
    (PloverType.THREATEN, None, 8),
    (PloverType.PROTEST, "demonstration", 10),
    (PloverType.AID, None, 5),
)
COUNTRIES = ("AM", "AZ", "SY", "IQ", "TR")
OUTLETS = tuple(f"outlet-{i:02d}" for i in range(40))
ACTORS = tuple(f"bench-actor-{i:02d}" for i in range(60))


# ----------------------------------------------------------------- synthetic data


def _places(rng: random.Random) -> list[Place]:
    syllables = ("ka", "ro", "vin", "tal", "bre", "nik", "sa", "dor", "mel", "az", "ur", "el")
    places = []
    for i in range(600):
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).title()
        places.append(
            Place(
                geonames_id=900_000 + i,
                name=f"{name} {i}",
                latitude=round(rng.uniform(30, 40), 4),
                longitude=round(rng.uniform(35, 50), 4),
                country=rng.choice(COUNTRIES),
                admin1=f"{rng.randint(1, 12):02d}",
                feature_class="P",
                precision=rng.choice((1, 1, 1, 2, 3)),
            )
        )
    return places


@dataclass
class EventSeed:
    """One real (synthetic) event: what incidents and claims are made from."""

    number: int
    type: PloverType
    mode: str | None
    place: Place
    day: date
    killed: int
    initiator: str
    target: str
    claim_ids: list[str]
    outlets: set[str]


def _events(rng: random.Random, n: int, places: list[Place]) -> list[EventSeed]:
    weights = [w for _, _, w in TYPES]
    out = []
    for i in range(n):
        kind, mode, _ = rng.choices(TYPES, weights)[0]
        out.append(
            EventSeed(
                number=i,
                type=kind,
                mode=mode,
                place=rng.choice(places),
                day=START_DAY + timedelta(days=rng.randrange(DAYS)),
                killed=rng.choice((0, 0, 1, 2, 3, 5, 8, 12, 20)),
                initiator=rng.choice(ACTORS),
                target=rng.choice(ACTORS),
                claim_ids=[],
                outlets=set(),
            )
        )
    return out


def _document(rng: random.Random, i: int, about: list[EventSeed]) -> tuple[Document, str]:
    words = [rng.choice(WORDS) for _ in range(WORDS_PER_DOCUMENT)]
    for event in about:
        words.insert(rng.randrange(len(words)), event.place.name)
    body = " ".join(words).capitalize() + "."
    title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    outlet = rng.choice(OUTLETS)
    doc = Document(
        id=content_hash(f"{i}:{title}:{body}".encode()),
        text=body,
        outlet=outlet,
        title=title,
        published_at=datetime.combine(about[0].day, datetime.min.time(), UTC)
        + timedelta(hours=rng.randrange(72)),
        language="en",
        source_name=f"bench/{i}.txt",
    )
    return doc, outlet


def _span(doc: Document, start: int, length: int) -> Span:
    return Span(start=start, end=start + length, text=doc.text[start : start + length])


def _claim(doc: Document, j: int, event: EventSeed) -> Claim:
    start = (j * 97) % max(1, len(doc.text) - 120)
    content = _span(doc, start, 110)
    mention = Span(start=start, end=start + 5, text=doc.text[start : start + 5])
    proposition = Event(
        type=event.type,
        mode=event.mode,
        trigger=mention,
        initiators=[ActorMention(span=mention, actor_id=event.initiator, name=event.initiator)],
        targets=[ActorMention(span=mention, actor_id=event.target, name=event.target)],
        place=PlaceMention(span=mention, place=event.place, score=1.0),
        date=DateMention(span=mention, start=event.day, end=event.day, precision=DatePrecision.DAY),
        casualties=[CasualtyFigure(span=mention, low=event.killed)] if event.killed else [],
    )
    return Claim(
        id=Claim.make_id(doc.id, content, f"bench:{event.number}:{j}"),
        document_id=doc.id,
        claimant_is_outlet=True,
        content=content,
        said_at=event.day,
        proposition=proposition,
    )


def _grade(event: EventSeed, sides: list[Side], rng: random.Random) -> Grade:
    if len(event.outlets) == 1:
        return rng.choice((Grade.SINGLE_SOURCE, Grade.SINGLE_SOURCE, Grade.PARTY_ONLY))
    if Side.PARTY_A in sides and Side.PARTY_B in sides:
        return Grade.CORROBORATED
    return rng.choice((Grade.REPORTED, Grade.REPORTED, Grade.CONTESTED, Grade.DENIED))


def load(settings: Settings, n_claims: int) -> int:
    """Fill a new store with ``n_claims`` synthetic claims; returns the incidents made."""
    rng = random.Random(SEED)
    places = _places(rng)
    n_docs = max(1, n_claims // CLAIMS_PER_DOCUMENT)
    events = _events(rng, max(1, n_claims // 4), places)
    side_of = {
        o: (Side.PARTY_A, Side.PARTY_B, Side.THIRD_PARTY)[i % 3] for i, o in enumerate(OUTLETS)
    }
    now = datetime.now(UTC)
    with Store.open(settings) as store, store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":  # the indexes' pages stay cached, not spilled
            conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        doc_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []

        def flush() -> None:
            if doc_rows:
                conn.execute(insert(documents), doc_rows)
                doc_rows.clear()
            if claim_rows:
                conn.execute(insert(claims), claim_rows)
                claim_rows.clear()
            conn.commit()  # one transaction per chunk: a WAL that the checkpoints keep small

        for i in range(n_docs):
            about = rng.sample(events, 2)
            doc, outlet = _document(rng, i, about)
            doc_rows.append(document_values(doc, None, now))
            for j in range(CLAIMS_PER_DOCUMENT):
                event = about[j // 2]
                claim = _claim(doc, j, event)
                event.claim_ids.append(claim.id)
                event.outlets.add(outlet)
                claim_rows.append(claim_values(claim, now))
            if len(claim_rows) >= CHUNK:
                flush()
        flush()
        incident_rows, links = [], []
        for event in events:
            if not event.claim_ids:
                continue
            sides = sorted({side_of[o] for o in event.outlets}, key=lambda s: s.value)
            incident = Incident(
                id=f"inc-{event.number:07d}",
                claim_ids=event.claim_ids,
                type=event.type,
                mode=event.mode,
                place=event.place,
                date_start=event.day,
                date_end=event.day,
                killed=CasualtyRange(low=event.killed, best=event.killed, high=event.killed + 2),
                n_claims=len(event.claim_ids),
                n_sources=len(event.outlets),
                sides=sides,
                grade=_grade(event, sides, rng),
                reasons=["synthetic benchmark incident"],
            )
            incident_rows.append({**incident_values(incident, {}), "stored_at": now})
            links.extend({"incident_id": incident.id, "claim_id": c} for c in event.claim_ids)
        # A transaction per chunk here too: on PostgreSQL each insert statement's trigger
        # (migration 0011) updates the same few thousand count rows, and in one transaction
        # every statement had to step over all the versions the earlier ones left (loading
        # the incidents of 1,000,000 claims ran for over 15 minutes and did not finish).
        for start in range(0, len(incident_rows), CHUNK):
            conn.execute(insert(incidents), incident_rows[start : start + CHUNK])
            conn.commit()
        for start in range(0, len(links), CHUNK * 4):
            conn.execute(insert(incident_claims), links[start : start + CHUNK * 4])
            conn.commit()
    _analyze(settings.database_url)
    return len(incident_rows)


def _analyze(url: str) -> None:
    """Planner statistics, and on PostgreSQL the visibility map index-only scans need, as
    autovacuum would have them on an archive that grew over time (not after one bulk load)."""
    postgres = url.startswith("postgresql")
    engine = create_engine(url, isolation_level="AUTOCOMMIT") if postgres else create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("VACUUM ANALYZE" if postgres else "ANALYZE"))
    finally:
        engine.dispose()
