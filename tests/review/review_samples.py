"""A small invented archive for the review tests: five reports, hand-made claims, no extraction.

* Dorvan market shelling, 10 April 2026: three independent reports, killed 5, 7 and 9
  (claims ``dorvan-1`` .. ``dorvan-3``), which cluster into one incident;
* Velt bridge drone strike, 20 April 2026: two reports, 2 killed each (``velt-1``,
  ``velt-2``), plus a relation claim in ``velt-1``'s report: the Corvan Union backs
  the Sable Brigade (``sponsor``).

``SampleArchive.ids`` maps those names to the stored claim ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from warledger.model import (
    ActorMention,
    CasualtyFigure,
    Claim,
    DateMention,
    DatePrecision,
    Document,
    Event,
    Incident,
    PlaceMention,
    PloverType,
    Relation,
    RelationPredicate,
    Span,
    content_hash,
)
from warledger.store import Store

PRODUCER = {"claims": "test", "kb": "test"}

REPORTS: dict[str, tuple[str, str, str, int, str]] = {
    # name: (outlet, sentence, place, killed, day)
    "dorvan-1": (
        "valley-post",
        "Artillery shells struck the crowded market in Dorvan on Friday, killing 5 people.",
        "Dorvan",
        5,
        "2026-04-10",
    ),
    "dorvan-2": (
        "north-ledger",
        "Shelling hit the Dorvan market on Friday morning and killed 7 shoppers.",
        "Dorvan",
        7,
        "2026-04-10",
    ),
    "dorvan-3": (
        "harbour-news",
        "At least 9 people died when shells struck the market in Dorvan on Friday.",
        "Dorvan",
        9,
        "2026-04-10",
    ),
    "velt-1": (
        "valley-post",
        "A drone strike on the Velt bridge killed 2 guards on Monday.",
        "Velt",
        2,
        "2026-04-20",
    ),
    "velt-2": (
        "ridge-times",
        "Two guards were killed by a drone that hit the bridge at Velt on Monday.",
        "Velt",
        2,
        "2026-04-20",
    ),
}
SPONSOR_SENTENCE = " The Sable Brigade is backed by the Corvan Union, a spokesman said."


def _span(text: str, phrase: str, document_id: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase, document_id=document_id)


def _mention(text: str, phrase: str, document_id: str, actor_id: str) -> ActorMention:
    return ActorMention(
        span=_span(text, phrase, document_id), actor_id=actor_id, name=phrase, label="ORG"
    )


def _report(name: str) -> tuple[Document, bytes, list[Claim]]:
    outlet, sentence, place, killed, day = REPORTS[name]
    text = sentence + (SPONSOR_SENTENCE if name == "velt-1" else "")
    raw = text.encode("utf-8")
    doc_id = content_hash(raw)
    published = date.fromisoformat(day)
    document = Document(
        id=doc_id,
        text=text,
        outlet=outlet,
        title=f"Report {name}",
        published_at=datetime(published.year, published.month, published.day, 18, tzinfo=UTC),
        source_name=f"{name}.txt",
        external_id=name,
    )
    content = _span(text, sentence, doc_id)
    number = str(killed) if str(killed) in sentence else "Two"
    event = Event(
        type=PloverType.ASSAULT,
        mode="aerial" if name.startswith("velt") else "shelling",
        trigger=_span(text, sentence.split()[1], doc_id),
        place=PlaceMention(span=_span(text, place, doc_id)),
        date=DateMention(
            span=_span(text, "Friday" if "Friday" in sentence else "Monday", doc_id),
            start=published,
            end=published,
            precision=DatePrecision.DAY,
        ),
        casualties=[
            CasualtyFigure(span=_span(text, number, doc_id), kind="killed", low=killed, high=killed)
        ],
    )
    claims = [
        Claim(
            id=Claim.make_id(doc_id, content, "event"),
            document_id=doc_id,
            claimant_is_outlet=True,
            content=content,
            proposition=event,
            producer=PRODUCER,
        )
    ]
    if name == "velt-1":
        second = _span(text, SPONSOR_SENTENCE.strip(), doc_id)
        claims.append(
            Claim(
                id=Claim.make_id(doc_id, second, "relation"),
                document_id=doc_id,
                claimant=_mention(text, "a spokesman", doc_id, "new:spokesman"),
                content=second,
                proposition=Relation(
                    predicate=RelationPredicate.SPONSORS,
                    subject=_mention(text, "the Corvan Union", doc_id, "new:corvan-union"),
                    object=_mention(text, "The Sable Brigade", doc_id, "new:sable-brigade"),
                    trigger=_span(text, "backed by", doc_id),
                ),
                producer=PRODUCER,
            )
        )
    return document, raw, claims


@dataclass
class SampleArchive:
    """The stored archive: sample name -> claim id (``sponsor`` for the relation claim)."""

    ids: dict[str, str]

    @classmethod
    def fill(cls, store: Store, reverse: bool = False) -> SampleArchive:
        """Store the reports (in reverse order if asked) and their claims."""
        ids: dict[str, str] = {}
        for name in sorted(REPORTS, reverse=reverse):
            document, raw, claims = _report(name)
            store.add_document(document, raw)
            store.add_claims(document.id, claims, PRODUCER)
            ids[name] = claims[0].id
            if len(claims) > 1:
                ids["sponsor"] = claims[1].id
        return cls(ids)

    def incident_of(self, incidents: list[Incident], name: str) -> Incident | None:
        """The incident holding the claim ``name``, or None."""
        claim_id = self.ids[name]
        found = [i for i in incidents if claim_id in i.claim_ids]
        assert len(found) <= 1
        return found[0] if found else None

    def names(self, incident: Incident) -> list[str]:
        """The sample names of an incident's claims, sorted."""
        by_id = {v: k for k, v in self.ids.items()}
        return sorted(by_id[c] for c in incident.claim_ids)
