"""A small store written through the store's own API with invented reports, claims and
incidents whose fields vary on purpose (grades, types, places, dates, sides, sizes with
ties), so each incident filter and every page boundary has something to tell apart.

Documents and claims go in with ``Store.add_document`` / ``add_claims`` (so the database
triggers fill the full-text index and ``claim_actors``), incidents with
``save_incidents``, as ``warledger resolve`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from warledger.model import (
    ActorMention,
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
from warledger.store.incidents import save_incidents

OUTLETS = ("north-wire", "south-daily", "east-radio")
PLACES = (
    Place(name="Korvin", latitude=40.1, longitude=44.5, country="AM", precision=1),
    Place(name="Brenic Heights", latitude=39.8, longitude=46.7, country="AZ", precision=2),
    Place(name="Talmor", latitude=36.2, longitude=37.1, country="SY", precision=1),
    None,
)
ACTORS = ("actor-red", "actor-blue", "actor-green")
TYPES = (
    (PloverType.ASSAULT, "shelling"),
    (PloverType.ASSAULT, "aerial"),
    (PloverType.COERCE, "arrest"),
    (PloverType.PROTEST, None),
)
GRADES = (Grade.CORROBORATED, Grade.SINGLE_SOURCE, Grade.REPORTED, Grade.CONTESTED)
SIDES = ((Side.PARTY_A,), (Side.PARTY_A, Side.PARTY_B), (Side.PARTY_B,), (Side.UNKNOWN,))
N_DOCUMENTS = 24
RARE_WORD = "zephyrine"
"""An invented word: in two documents, three times in the first, once in the second."""
FIRST_DAY = date(2026, 3, 1)


@dataclass
class Synthetic:
    documents: list[Document]
    claims: list[Claim]
    incidents: list[Incident]
    outlet_of: dict[str, str]
    """claim id -> outlet of its document"""
    rare_ranked: list[str]
    """ids of the documents holding RARE_WORD, the one using it most first"""


def _text(i: int) -> str:
    place = PLACES[i % 4]
    where = place.name if place else "an unnamed hamlet"
    body = (
        f"Report number {i}. Witnesses said artillery shelled the depot near {where} "
        f"before dawn, and the {ACTORS[i % 3]} unit was blamed by local officials."
    )
    if i == 5:
        body += f" {RARE_WORD.title()} {RARE_WORD} villagers fled; the {RARE_WORD} road closed."
    if i == 11:
        body += f" One lorry of {RARE_WORD} grain was seen."
    return body


def make_document(i: int) -> tuple[Document, bytes]:
    text = _text(i)
    raw = text.encode("utf-8")
    doc = Document(
        id=content_hash(raw),
        text=text,
        outlet=OUTLETS[i % 3],
        title=f"Depot shelled, report {i}",
        published_at=datetime.combine(FIRST_DAY, datetime.min.time(), UTC) + timedelta(days=i),
        language="en",
    )
    return doc, raw


def make_claim(doc: Document, i: int, j: int) -> Claim:
    kind, mode = TYPES[(i + j) % 4]
    start = doc.text.index("Witnesses")
    content = Span(start=start, end=start + 40, text=doc.text[start : start + 40])
    word = Span(start=start, end=start + 9, text=doc.text[start : start + 9])
    place = PLACES[i % 4]
    day = FIRST_DAY + timedelta(days=i)
    event = Event(
        type=kind,
        mode=mode,
        trigger=word,
        initiators=[ActorMention(span=word, actor_id=ACTORS[i % 3], name=ACTORS[i % 3])],
        targets=[ActorMention(span=word, name="villagers", label="NORP")],
        place=PlaceMention(span=word, place=place) if place else None,
        date=DateMention(span=word, start=day, end=day, precision=DatePrecision.DAY),
    )
    claimant = (
        ActorMention(span=word, actor_id=ACTORS[(i + 1) % 3], name="an official")
        if j == 1
        else None
    )
    return Claim(
        id=Claim.make_id(doc.id, content, f"synthetic:{j}"),
        document_id=doc.id,
        claimant=claimant,
        claimant_is_outlet=claimant is None,
        content=content,
        proposition=event,
    )


def _incident(k: int, members: list[Claim]) -> Incident:
    kind, mode = TYPES[k % 4]
    start = FIRST_DAY + timedelta(days=2 * k)
    return Incident(
        id=f"incident-{k:02d}",
        claim_ids=sorted(c.id for c in members),
        type=kind,
        mode=mode,
        place=PLACES[k % 4],
        date_start=start,
        date_end=start + timedelta(days=k % 3),
        n_claims=len(members),
        n_sources=1 + k % 3,
        sides=list(SIDES[k % 4]),
        grade=GRADES[k % 4],
        reasons=[f"synthetic rule {k % 4}"],
    )


def fill(store: Store) -> Synthetic:
    docs: list[Document] = []
    claims: list[Claim] = []
    outlet_of: dict[str, str] = {}
    for i in range(N_DOCUMENTS):
        doc, raw = make_document(i)
        store.add_document(doc, raw)
        made = [make_claim(doc, i, j) for j in range(2)]
        store.add_claims(doc.id, made, {"test": "synthetic"})
        docs.append(doc)
        claims.extend(made)
        outlet_of.update((c.id, doc.outlet or "") for c in made)
    # Incident k holds the claims of documents k and k + 16 (when there is one): 16
    # incidents of one or two documents, ties in (n_sources, n_claims) broken by id.
    incidents = []
    for k in range(16):
        ids = {docs[k].id} | ({docs[k + 16].id} if k + 16 < N_DOCUMENTS else set())
        members = [c for c in claims if c.document_id in ids]
        if k + 16 >= N_DOCUMENTS:
            members = members[: 1 + k % 2]
        incidents.append(_incident(k, members))
    save_incidents(store, [(i, {"k": i.id}) for i in incidents], {"run": "synthetic"})
    return Synthetic(docs, claims, incidents, outlet_of, [docs[5].id, docs[11].id])


def listing_order(incidents: list[Incident]) -> list[str]:
    """Incident ids in the API's order: independent sources, then claims, then id."""
    ranked = sorted(incidents, key=lambda i: (-i.n_sources, -i.n_claims, i.id))
    return [i.id for i in ranked]
