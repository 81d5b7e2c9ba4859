"""A fighter transfer told once is one act: its MOBILIZE event and its
deploys_fighters_to relations must agree and point at each other.

The events component reads "militants of X, Y and Z were being transferred to
W" as a MOBILIZE event whose only participant is "militants", the patient of
the passive; the relation patterns read the same words as X, Y and Z each
sending fighters to W. A monitor looking up X must find both, and must find X
as one who acts: a group whose fighters are moved to a front is mobilised
into that war, it is not the object of an attack. So the event's actors
(initiators) are the sender, when the text names one, and the groups named
as the ones moved; the common noun that named them ("militants") and the
groups themselves leave its targets. Fighters moved but not named as a group
("300 fighters") stay its targets. The destination becomes its place when
it had none or the fighters' origin. The claims made from the same trigger
then cite each other by id.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract.relation_transfers import Transfer
from warledger.model import (
    ActorMention,
    Claim,
    Event,
    PlaceMention,
    PloverType,
    Relation,
    RelationPredicate,
    Span,
)


def _overlaps(span: Span, token: Token) -> bool:
    return span.start < token.idx + len(token) and token.idx < span.end


def _covers_any(mention: ActorMention, tokens: list[Token]) -> bool:
    return any(_overlaps(mention.span, token) for token in tokens)


def _merged(first: list[ActorMention], then: list[ActorMention]) -> list[ActorMention]:
    seen = {(m.span.start, m.span.end) for m in first}
    return [*first, *(m for m in then if (m.span.start, m.span.end) not in seen)]


def align_transfer_events(events: list[Event], transfers: list[Transfer]) -> list[Event]:
    """``events`` with each MOBILIZE event of a transfer naming as its actors
    (initiators) that transfer's senders and the groups it moves."""
    aligned = []
    for event in events:
        transfer = next((t for t in transfers if _overlaps(event.trigger, t.trigger)), None)
        if event.type is not PloverType.MOBILIZE or transfer is None:
            aligned.append(event)
            continue
        initiators = event.initiators or transfer.senders
        targets = event.targets
        named = [m for m in transfer.moved if _named(m, transfer.trigger)]
        if named:
            kept = [m for m in initiators if not _names_moved(m, transfer)]
            initiators = _merged(kept, named)
            targets = [m for m in targets if not _names_moved(m, transfer)]
        elif transfer.moved:
            kept = [m for m in targets if not _covers_any(m, transfer.moved_heads)]
            targets = _merged(transfer.moved, kept)
        update = {
            "targets": targets,
            "initiators": initiators,
            "place": _destination(event, transfer),
        }
        aligned.append(event.model_copy(update=update))
    return aligned


def _named(mention: ActorMention, trigger: Token) -> bool:
    """Whether ``mention`` names a group ("the Hamza Division", "Wagner", "Kurdish
    groups") rather than counting or describing fighters ("300 fighters": no proper
    name, found by the word rules alone): those stay the ones moved."""
    if mention.source != "rule":
        return True
    span = mention.span
    words = trigger.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and any(t.pos_ == "PROPN" for t in words)


def _names_moved(mention: ActorMention, transfer: Transfer) -> bool:
    """Whether ``mention`` names what ``transfer`` moves: the noun of the moved
    ("militants") or one of the groups it names."""
    if _covers_any(mention, transfer.moved_heads):
        return True
    return any(_same_span(mention.span, m.span) for m in transfer.moved)


def _destination(event: Event, transfer: Transfer) -> PlaceMention | None:
    """The event's place, unless it has none or it is where the fighters come
    from ("send militants from X to Y" happens for Y): then the transfer's
    destination."""
    place = event.place
    origins = [o.span for o in transfer.origins]
    if place is not None and not any(_same_span(place.span, o) for o in origins):
        return place
    return next((p for _, p in transfer.destinations if p is not None), place)


def _same_span(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _transfer_trigger(claim: Claim) -> Span | None:
    proposition = claim.proposition
    if isinstance(proposition, Event) and proposition.type is PloverType.MOBILIZE:
        return proposition.trigger
    if (
        isinstance(proposition, Relation)
        and proposition.predicate is RelationPredicate.DEPLOYS_FIGHTERS_TO
    ):
        return proposition.trigger
    return None


def cite_transfer_claims(claims: list[Claim]) -> list[Claim]:
    """``claims`` with each MOBILIZE claim and each deploys_fighters_to claim of
    the same trigger words citing the others (order kept)."""
    triggers = {c.id: _transfer_trigger(c) for c in claims}

    def same_act(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    out = []
    for claim in claims:
        mine = triggers[claim.id]
        kinds = {type(claim.proposition)}
        cited = [
            other.id
            for other in claims
            if mine is not None
            and other.id != claim.id
            and (theirs := triggers[other.id]) is not None
            and same_act(mine, theirs)
            and type(other.proposition) not in kinds
        ]
        out.append(claim.model_copy(update={"cites": cited}) if cited else claim)
    return out
