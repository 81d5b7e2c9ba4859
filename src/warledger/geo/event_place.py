"""Which of a sentence's places is where an event happened.

"Shelling hit a trolleybus in Donetsk, the Ukrainian defence ministry in Kyiv
said": both are places, only Donetsk is where the shelling was. The place that
is closest to the event verb in the dependency tree, attached through a
locative preposition ("in", "at", "near"...), is the usual answer; a place
that hangs off a noun far from the verb, a demonym ("Ukrainian") or a country
when a town is also named, is less likely. A place inside a noun phrase ("the
city of Ibb", "a Barcelona suburb") is measured from the noun it modifies.
Scores are path lengths (smaller is better) with those adjustments; beyond
``MAX_PATH`` edges nothing is picked.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from warledger.model import PlaceMention

LOCATIVE: frozenset[str] = frozenset(
    {"in", "at", "near", "outside", "around", "inside", "across", "on", "into", "within",
     "throughout", "over", "along", "off", "through", "between", "towards", "toward", "upon"}
)  # fmt: skip
NON_LOCATIVE: frozenset[str] = frozenset({"from", "of", "to", "for", "by", "with", "against"})
MAX_PATH = 8
NOMINAL: frozenset[str] = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS: frozenset[str] = frozenset({"compound", "poss", "amod", "nmod"})


def dependency_distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of one sentence (large if unconnected)."""
    up_a = [a, *a.ancestors]
    depth_a = {tok.i: d for d, tok in enumerate(up_a)}
    for d_b, tok in enumerate([b, *b.ancestors]):
        if tok.i in depth_a:
            return depth_a[tok.i] + d_b
    return 10 * len(a.doc)


def attachment(place_root: Token) -> Token:
    """The token through which a place attaches to the clause.

    "the city of Ibb", "the outskirts of Oaxaca", "a Barcelona suburb", "Burundi's
    capital": the place is located by the noun it modifies, so that noun's own
    position (and preposition) is what relates it to the verb.
    """
    tok = place_root
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOMINAL:
            tok = tok.head.head
        elif tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in NOMINAL:
            tok = tok.head
        else:
            break
    return tok


def place_cost(
    trigger: Token, place_root: Token, mention: PlaceMention, finest: int | None = None
) -> float:
    """Lower is likelier: path length adjusted by the preposition and kind of place.

    ``finest`` is the finest precision among the sentence's candidates: a
    coarser place costs more ("in the West Bank city of Nablus": Nablus).
    """
    anchor = attachment(place_root)
    cost = float(dependency_distance(trigger, anchor))
    prep = anchor.head if anchor.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in LOCATIVE:
        cost -= 1.5
        if prep.head == trigger or prep.head in trigger.children:
            cost -= 1.0
    elif prep is not None and prep.lower_ in NON_LOCATIVE:
        cost += 1.0
    if place_root.pos_ == "ADJ" or place_root.ent_type_ == "NORP":
        cost += 3.0  # a demonym names the country only obliquely
    if mention.place is not None and finest is not None:
        cost += 0.5 * (int(mention.place.precision) - finest)
    cost += abs(place_root.i - trigger.i) / 100.0  # tie-break on word distance
    return cost


def pick_event_place(
    doc: Doc, trigger_start: int, trigger_end: int, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The mention among ``places`` where the event at ``doc.text[trigger_start:trigger_end]``
    happened, or None when no place in the trigger's sentence is plausibly its location."""
    trigger_span = doc.char_span(trigger_start, trigger_end, alignment_mode="expand")
    if trigger_span is None or not len(trigger_span):
        return None
    trigger = trigger_span.root
    sentence = trigger.sent
    candidates = []
    for mention in places:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if span.start < sentence.start or span.end > sentence.end:
            continue
        candidates.append((mention, span.root))
    if not candidates:
        return None
    precisions = [int(m.place.precision) for m, _ in candidates if m.place is not None]
    finest = min(precisions) if precisions else None
    cost, best = min(
        ((place_cost(trigger, root, m, finest), m) for m, root in candidates),
        key=lambda pair: pair[0],
    )
    return best if cost <= MAX_PATH else None
