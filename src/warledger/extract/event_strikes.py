"""Which strike: a military strike (ASSAULT) or a labour one (PROTEST), and which raid.

"Strike" names both an attack and a stoppage of work, and the trigger lexicon
cannot tell them apart; the words around it can. A strike aimed at something, one
that hits something, or a bare "strike" where the text speaks of violence, war or
armed people is military; one the sentence ties to work, or that people go "on", is
a labour strike. Kept apart from ``event_conventions`` (the codebook's other
conventions) as one question with its own cues.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract import event_lexicon as lex
from warledger.model import Event, PloverType


def _root(doc: Doc, event: Event) -> Token | None:
    words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return words.root if words is not None else None


def violent_strikes(doc: Doc, events: list[Event]) -> list[Event]:
    """ "The strikes hit army positions", "strikes on the port": a strike that is
    the subject of an attack or aimed at something is a military strike
    (ASSAULT), not a labour strike; so is a bare "strike" in a report of violence
    ("the clinic was empty at the time of the strike") or in a sentence of war or
    armed people, unless its sentence speaks of work ("workers", "wages", "on
    strike"). A raid told as the occasion of arrests ("arrested forty people during
    raids") is that arrest operation (COERCE, as the codebook and ACLED code it), not
    an attack."""
    roots = [_root(doc, e) for e in events]
    by_root = {r.i: e for e, r in zip(events, roots, strict=True) if r is not None}
    violent = any(e.type == PloverType.ASSAULT for e in events)
    out: list[Event] = []
    for event, root in zip(events, roots, strict=True):
        if root is None:
            out.append(event)
        elif event.type == PloverType.PROTEST and event.mode == "general_strike":
            military = (
                _aimed(root)
                or (
                    root.dep_ == "nsubj"
                    and getattr(by_root.get(root.head.i), "type", None) == PloverType.ASSAULT
                )
                or (
                    (violent or _armed_sentence(root))
                    and root.lemma_.lower() == "strike"
                    and not _labour(root)
                )
            )
            update = {"type": PloverType.ASSAULT, "mode": None}
            out.append(event.model_copy(update=update) if military else event)
        elif not (
            event.type == PloverType.ASSAULT
            and event.mode is None
            and not event.casualties
            and root.dep_ == "pobj"
            and root.head.lower_ in ("during", "in")
            and getattr(by_root.get(root.head.head.i), "mode", None) in ("arrest", "detain")
        ):
            out.append(event)
    return out


def _armed_sentence(strike: Token) -> bool:
    """The strike's sentence speaks of war or of armed people ("called the strike a
    war crime", "used by fighters at the time of the strike")."""
    return any(t.lower_ == "war" or t.lemma_.lower() in lex.ARMED_NOUNS for t in strike.sent)


def _labour(strike: Token) -> bool:
    """The strike's sentence speaks of work ("dock workers", "unpaid wages", "a
    strike by teachers"), or the strike is a state people are in ("went on strike"),
    or a noun before it says which one ("a transport strike", not "a rocket strike")."""
    if strike.dep_ == "pobj" and strike.head.lower_ == "on":
        return True
    kinds = [c for c in strike.children if c.dep_ == "compound" and c.i < strike.i]
    if any(c.lemma_.lower() not in lex.MILITARY_STRIKE_WORDS for c in kinds):
        return True
    return any(t.lemma_.lower() in lex.LABOUR_WORDS for t in strike.sent)


def _aimed(root: Token) -> bool:
    """A strike noun aimed "on" or "against" something other than a date."""
    return root.pos_ == "NOUN" and any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "against")
        and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in prep.children)
        for prep in root.children
    )
