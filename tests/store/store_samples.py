"""Small invented documents and claims for the store tests (written for these tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from warledger.model import (
    ActorMention,
    Claim,
    DateMention,
    DatePrecision,
    Document,
    Event,
    Place,
    PlaceMention,
    PloverType,
    Relation,
    RelationPredicate,
    Span,
    content_hash,
)

REPORT = (
    "Mortar rounds fell on the grain depot at Kessary on Monday, the district governor said. "
    "The Ridge Battalion denied firing at the depot and said it is backed by the Coastal League."
)

PRODUCER = {"claims": "0.1.0", "events": "0.1.0", "kb": "2026.11"}


def raw_report(variant: str = "") -> bytes:
    """The raw bytes of a small invented report; ``variant`` makes a distinct document."""
    return (REPORT + variant).encode("utf-8")


def make_document(raw: bytes, **fields: object) -> Document:
    """A document for ``raw`` with a publication time in a non-UTC zone (stored as UTC)."""
    values: dict[str, object] = {
        "id": content_hash(raw),
        "text": raw.decode("utf-8"),
        "url": "https://example.org/kessary-depot",
        "outlet": "example-gazette",
        "title": "Depot at Kessary shelled",
        "published_at": datetime(2026, 3, 2, 18, 30, tzinfo=timezone(timedelta(hours=3))),
        "retrieved_at": datetime(2026, 3, 3, 9, 0, 0, 123456, tzinfo=UTC),
        "language": "en",
        "source_name": "reports/kessary.txt",
        "external_id": "kessary-1",
    }
    values.update(fields)
    return Document.model_validate(values)


def _span(text: str, phrase: str, document_id: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase, document_id=document_id)


def make_claims(doc: Document) -> list[Claim]:
    """Two claims about ``doc``: a shelling event and a sponsorship relation."""
    text = doc.text
    governor = ActorMention(span=_span(text, "the district governor", doc.id), name="governor")
    battalion = ActorMention(
        span=_span(text, "The Ridge Battalion", doc.id),
        actor_id="ridge-battalion",
        name="Ridge Battalion",
    )
    league = ActorMention(
        span=_span(text, "the Coastal League", doc.id), actor_id="coastal-league", name="League"
    )
    first = text[: text.index(". ") + 1]
    event = Event(
        type=PloverType.ASSAULT,
        mode="shelling",
        trigger=_span(text, "Mortar rounds fell", doc.id),
        place=PlaceMention(
            span=_span(text, "Kessary", doc.id),
            place=Place(name="Kessary", latitude=41.25, longitude=44.125, country="XX"),
            score=0.9,
        ),
        date=DateMention(
            span=_span(text, "Monday", doc.id),
            start=date(2026, 3, 2),
            end=date(2026, 3, 2),
            precision=DatePrecision.DAY,
        ),
    )
    content = _span(text, first, doc.id)
    relation = Relation(
        predicate=RelationPredicate.SPONSORS,
        subject=league,
        object=battalion,
        trigger=_span(text, "backed by", doc.id),
        valid_from=date(2026, 1, 1),
    )
    second = _span(text, "it is backed by the Coastal League", doc.id)
    return [
        Claim(
            id=Claim.make_id(doc.id, content, "event"),
            document_id=doc.id,
            claimant=governor,
            cue=_span(text, "said", doc.id),
            content=content,
            proposition=event,
            producer=PRODUCER,
        ),
        Claim(
            id=Claim.make_id(doc.id, second, "relation"),
            document_id=doc.id,
            claimant=battalion,
            content=second,
            proposition=relation,
            producer=PRODUCER,
        ),
    ]
