"""Hand-built claims, documents and outlets for the grading tests (invented names)."""

from __future__ import annotations

from datetime import UTC, datetime

from warledger.grade.evidence import Evidence, EvidenceBuilder
from warledger.kb.outlets import parse_outlets
from warledger.model import (
    ActorMention,
    CasualtyFigure,
    Claim,
    Document,
    Event,
    PloverType,
    Span,
    Stance,
)

OUTLETS = parse_outlets(
    {
        "conflicts": {"test-war": {"name": "Test war", "party_a": "Norland", "party_b": "Sudmark"}},
        "outlets": [
            {
                "id": "wire",
                "name": "Wire",
                "kind": "wire",
                "side": {"test-war": "third_party"},
                "owner_group": "wire-co",
            },
            {
                "id": "wire-copy",
                "name": "Wire Copy",
                "kind": "newspaper",
                "side": {"test-war": "third_party"},
                "owner_group": "wire-co",
            },
            {
                "id": "norland-tv",
                "name": "Norland TV",
                "kind": "state_media",
                "side": {"test-war": "party_a"},
                "owner_group": "norland-state",
            },
            {
                "id": "norland-mod",
                "name": "Norland MoD",
                "kind": "government",
                "side": {"test-war": "party_a"},
                "owner_group": "norland-state",
            },
            {
                "id": "norland-paper",
                "name": "Norland Paper",
                "kind": "newspaper",
                "side": {"test-war": "party_a"},
                "owner_group": "np",
            },
            {
                "id": "sudmark-news",
                "name": "Sudmark News",
                "kind": "state_media",
                "side": {"test-war": "party_b"},
                "owner_group": "sudmark-state",
            },
        ],
    },
    "test outlets",
)


def span(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def actor(name: str) -> ActorMention:
    return ActorMention(span=span(name), name=name, label="ORG")


def claim(
    doc: str,
    *,
    by: str | None = None,
    stance: Stance = Stance.ASSERTED,
    killed: list[tuple[int, int | None, str]] | None = None,
    claimant: str | None = None,
    kind: PloverType = PloverType.ASSAULT,
) -> Claim:
    figures = [
        CasualtyFigure(span=span("dead"), kind="killed", group=group, low=low, high=high)  # type: ignore[arg-type]
        for low, high, group in killed or []
    ]
    event = Event(
        type=kind,
        mode="shelling",
        trigger=span("shelled"),
        initiators=[actor(by)] if by else [],
        casualties=figures,
    )
    text = f"{by or 'someone'} shelled the town ({doc})"
    return Claim(
        id=Claim.make_id(doc, span(text), f"{kind}:{by}:{stance}:{killed}"),
        document_id=doc,
        claimant=actor(claimant) if claimant else None,
        claimant_is_outlet=claimant is None,
        content=span(text),
        stance=stance,
        proposition=event,
    )


def document(doc: str, outlet: str, group: str | None = None) -> Document:
    return Document(
        id=doc,
        text="...",
        outlet=outlet,
        published_at=datetime(2026, 6, 3, tzinfo=UTC),
        syndication_group=group or doc,
    )


def evidence(pairs: list[tuple[Claim, Document]]) -> Evidence:
    builder = EvidenceBuilder(OUTLETS, {d.id: d for _, d in pairs})
    claims = [c for c, _ in pairs]
    builder.index_accusations(claims)
    return builder.build(claims)
