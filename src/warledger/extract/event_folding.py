"""One event from several triggers of one sentence that tell one act.

The events component reads one event per trigger word; some pairs of triggers are
one act told twice, and PLOVER codes them once:

* an act and its cause ("killed in the shelling", "died during the raid"): the
  cause's trigger keeps the event, with the act's participants added;
* a threat or a demand and its content ("threatened to impose a curfew", "urged
  the rebels to withdraw", "called for a ceasefire"): one THREATEN or REQUEST whose
  mode is the act threatened or demanded, which has not happened;
* a protest and its purpose ("blocked the road to protest against the tax",
  "rallied to demand higher pay"): the protesters' purpose is what they protest
  for, and PLOVER codes the one act, the PROTEST.

Kept apart from ``events`` (trigger -> event) as the one place where triggers fold.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract.event_merging import telling_mode
from warledger.model import Event, PloverType

_CAUSE_PREPS = frozenset({"in", "during", "by", "from", "after"})
# Speech acts whose content is an act (a threat's, a demand's), and the links that
# leave a speech act's content for a clause that only sets its scene.
_CONTENT_TYPES = frozenset({PloverType.THREATEN, PloverType.REQUEST})
_SCENE_DEPS = frozenset({"advcl", "relcl", "conj", "parataxis", "acl", "appos", "npadvmod"})


def _root(doc: Doc, event: Event) -> Token | None:
    words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return words.root if words is not None else None


def merge_causes(doc: Doc, events: list[Event]) -> list[Event]:
    """ "Killed in the shelling", "died during the raid": the act and its cause are
    one event, kept under the cause's trigger with the act's participants added."""
    merged = list(events)
    absorbed: set[int] = set()
    roots = [_root(doc, e) for e in events]
    for i, act in enumerate(roots):
        if act is None or events[i].type != PloverType.ASSAULT:
            continue
        for j, cause in enumerate(roots):
            if j == i or j in absorbed or cause is None or events[j].type != PloverType.ASSAULT:
                continue
            prep = cause.head
            if cause.dep_ == "pobj" and prep.lower_ in _CAUSE_PREPS and prep.head.i == act.i:
                merged[j] = _combine(merged[j], merged[i])
                absorbed.add(i)
                break
    return [e for k, e in enumerate(merged) if k not in absorbed]


def threat_contents(doc: Doc, events: list[Event]) -> list[Event]:
    """ "Threatened to impose a curfew", "called for a ceasefire", "urged the rebels
    to withdraw": one THREATEN or REQUEST event whose mode is what was threatened or
    demanded (the complement's act), not two; the demanded act has not happened."""
    merged = list(events)
    absorbed: set[int] = set()
    roots = [_root(doc, e) for e in events]
    for i, speech in enumerate(roots):
        kind = events[i].type
        if speech is None or kind not in _CONTENT_TYPES or events[i].mode:
            continue
        for j, act in enumerate(roots):
            if j == i or j in absorbed or act is None or act.i == speech.i:
                continue
            if kind == PloverType.THREATEN and events[j].type != kind:
                continue
            if _complement_of(act, speech):
                mode = events[j].mode or events[j].type.value.lower()
                merged[i] = _combine(merged[i].model_copy(update={"mode": mode}), events[j])
                absorbed.add(j)
                break
    return [e for k, e in enumerate(merged) if k not in absorbed]


_PURPOSES = frozenset({PloverType.PROTEST, PloverType.REQUEST})


def protest_purposes(doc: Doc, events: list[Event]) -> list[Event]:
    """A PROTEST whose verb takes an infinitive of purpose that is itself a protest or
    a demand, with no subject of its own ("blocked the road to protest", "rallied
    outside parliament to demand higher pay"): one PROTEST."""
    merged = list(events)
    absorbed: set[int] = set()
    roots = [_root(doc, e) for e in events]
    for i, protest in enumerate(roots):
        if protest is None or i in absorbed or events[i].type != PloverType.PROTEST:
            continue
        for j, purpose in enumerate(roots):
            if j == i or j in absorbed or purpose is None or events[j].type not in _PURPOSES:
                continue
            if (
                purpose.head.i == protest.i
                and purpose.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in purpose.children)
            ):
                merged[i] = _combine(merged[i], events[j])
                absorbed.add(j)
    return [e for k, e in enumerate(merged) if k not in absorbed]


def _complement_of(act: Token, speech: Token) -> bool:
    """``act`` stands in what ``speech`` takes (its object, infinitive or clause), not
    in a clause that only sets the scene ("urged calm after the attack") nor inside a
    name it takes."""
    token = act
    while token.i != speech.i:
        if token.dep_ in _SCENE_DEPS or token.head.i == token.i:
            return False
        token = token.head
        if token.i != speech.i and token.pos_ == "PROPN":
            return False  # a word in a name ("the Organisation for Cooperation") is no act
    return True


def _combine(keep: Event, other: Event) -> Event:
    """``keep`` with what it lacks taken from ``other`` (a place that names one of
    ``keep``'s initiators is an actor, not the place)."""
    seen = {(t.span.start, t.span.end) for t in keep.targets}
    place = other.place
    if place is not None and any(
        a.span.start < place.span.end and place.span.start < a.span.end for a in keep.initiators
    ):
        place = None
    return keep.model_copy(
        update={
            "mode": telling_mode(keep.mode, other.mode),
            "initiators": keep.initiators or other.initiators,
            "targets": keep.targets
            + [t for t in other.targets if (t.span.start, t.span.end) not in seen],
            "place": keep.place or place,
            "date": keep.date or other.date,
            "instrument": keep.instrument or other.instrument,
        }
    )
