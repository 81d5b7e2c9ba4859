"""Candidate argument pairs for the trained relation classifier, and their features.

Why pairs of mentions: re3d-style relations hold between any two named or
typed mentions of one sentence (a unit and its commander, a weapon and the
group it was used against, a force and the town it holds), not only between
the actors a trigger word's subject and object positions name. Every pair of
mentions in a sentence is a candidate; the classifier (``relation_model``)
decides which of them a relation joins and in which direction.

The mentions are what the pipeline already found: ``doc._.actors`` (knowledge
base, rules, general NER and the conflict-entity model), ``doc._.instruments``
(weapons and platforms) and ``doc._.places``. Where two overlap, the actor wins
over the instrument and the instrument over the place, so each stretch of text
is one argument.

The features are the usual ones of feature-based relation extraction (Zhou et
al. 2005; Mintz et al. 2009): the two mentions' types and order, the words
between them, the words just outside, and the dependency path between their
head tokens with the word where the two branches meet. Training
(``training/relations``) and extraction compute them with this one function.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from warledger.extract.attrs import noun_chunks
from warledger.extract.relation_referents import anaphor_words
from warledger.model import ActorKind, ActorMention, Instrument, PlaceMention, Span

MAX_TOKENS_APART = 40
"""Pairs further apart than this (in tokens) are not candidates: re3d's relations
of the four scored types are almost all within a clause or two."""
MAX_BETWEEN_WORDS = 12
"""Bag-of-words between the mentions only up to this many tokens (longer gaps say
little about the pair, and their words would dominate the features)."""
PLACE_LABEL = "LOC"
PHRASE_LABEL = "NP"
PRONOUN_LABEL = "PRON"
PHRASE_LABELS = frozenset({PHRASE_LABEL, PRONOUN_LABEL})


@dataclass(frozen=True)
class Argument:
    """A mention that can stand in a relation: the actor mention it becomes, its
    token range in the Doc, its head token, the index of its sentence and its rank
    among the Doc's arguments (in text order)."""

    mention: ActorMention
    start: int
    end: int
    head: Token
    sentence: int
    rank: int
    referent: ActorMention | None = None
    """For a pronoun or "the group": the actor it stands for (``relation_referents``)."""

    @property
    def label(self) -> str:
        return self.mention.label

    @property
    def actor(self) -> ActorMention:
        """The mention a relation gets: the referent (at the anaphor's words) of a
        pronoun or "the group", else the mention itself."""
        return self.referent or self.mention


def arguments(
    doc: Doc, referring: Mapping[int, list[ActorMention]] | None = None
) -> list[Argument]:
    """The mentions of ``doc`` in text order, overlapping ones resolved (actor >
    instrument > place > anaphor > noun phrase). ``referring`` (``relation_referents``)
    gives the actors that pronouns and "the group" stand for, by the anaphor's head:
    such an anaphor is an argument of its own words ("their", not "their efforts"),
    and the argument holding it gets the first of them as its referent."""
    document_id = doc._.document_id or None
    referring = referring or {}
    # (character span, the mention it becomes), in rank order; a mention is built
    # only when its words are not taken already (most noun phrases are).
    ranked: list[tuple[int, int, Callable[[], ActorMention]]] = [
        (a.span.start, a.span.end, partial(_same, a)) for a in doc._.actors or []
    ]
    ranked += [
        (i.span.start, i.span.end, partial(instrument_mention, i)) for i in doc._.instruments or []
    ]
    ranked += [
        (p.span.start, p.span.end, partial(place_mention, p, document_id))
        for p in doc._.places or []
    ]
    for head in referring:
        words = anaphor_words(doc[head])
        ranked.append(
            (words.start_char, words.end_char, partial(_anaphor_mention, words, document_id))
        )
    ranked += [
        (chunk.start_char, chunk.end_char, partial(_chunk_mention, chunk, document_id))
        for chunk in _noun_chunks(doc)
    ]
    sentence_of = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        sentence_of[sent.start : sent.end] = [number] * len(sent)
    taken = bytearray(len(doc))
    chosen: list[tuple[ActorMention, int, int, Token]] = []
    for start_char, end_char, make in ranked:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            continue
        start = _phrase_start(span)
        if any(taken[start : span.end]):
            continue
        taken[start : span.end] = b"\x01" * (span.end - start)
        mention = make()
        if start < span.start:
            mention = _widened(mention, doc[start : span.end])
        chosen.append((mention, start, span.end, span.root))
    chosen.sort(key=lambda c: c[1])
    # The first anaphor (in ``referring``'s order) inside each argument gives its referent.
    order = {i: rank for rank, i in enumerate(referring)}
    return [
        Argument(
            mention,
            start,
            end,
            head,
            sentence_of[head.i],
            rank,
            _first_referent(referring, order, start, end),
        )
        for rank, (mention, start, end, head) in enumerate(chosen)
    ]


def _same(mention: ActorMention) -> ActorMention:
    return mention


def _first_referent(
    referring: Mapping[int, list[ActorMention]], order: Mapping[int, int], start: int, end: int
) -> ActorMention | None:
    """The first actor of the anaphor in token range ``[start, end)`` that comes first
    in ``referring`` (whose order ``order`` gives), or None."""
    inside = [i for i in range(start, end) if i in order]
    return referring[min(inside, key=order.__getitem__)][0] if inside else None


def candidate_pairs(args: list[Argument]) -> list[tuple[Argument, Argument]]:
    """Pairs (first, second) in text order within one sentence and ``MAX_TOKENS_APART``,
    at least one of them a named or typed mention (two common noun phrases are
    almost never related in re3d, and would be most of the pairs). These are the
    training pairs; extraction scores only ``found_pairs`` of them. ``args`` is in
    text order, so each mention is paired only with the few that follow it closely."""
    pairs = []
    for i, first in enumerate(args):
        for j in range(i + 1, len(args)):
            second = args[j]
            if second.start - first.end > MAX_TOKENS_APART:
                break
            if first.sentence == second.sentence and not (
                {first.label, second.label} <= PHRASE_LABELS
            ):
                pairs.append((first, second))
    return pairs


def found_pairs(pairs: list[tuple[Argument, Argument]]) -> list[tuple[Argument, Argument]]:
    """The pairs whose two mentions the pipeline found (actor, weapon or platform,
    place) or stand for an actor it found ("we", "the group" with a referent), not a
    bare noun phrase or pronoun: "the presence" member_of "the militants" names no
    one a monitor can follow, so only these become relations. The others still
    train the classifier ("soldiers of the X Battalion" teaches membership as well
    as "Captain Y of the X Battalion" does)."""
    return [p for p in pairs if _found(p[0]) and _found(p[1])]


def _found(argument: Argument) -> bool:
    return argument.label not in PHRASE_LABELS or argument.referent is not None


def pair_features(doc: Doc, first: Argument, second: Argument) -> list[str]:
    """Binary features of the pair, as strings (``name=value``)."""
    types = f"{first.label}|{second.label}"
    gap = max(0, second.start - first.end)
    between = doc[first.end : second.start]
    inside = second.rank - first.rank - 1  # arguments never overlap
    path, top, words = _dependency_path(first.head, second.head)
    feats = [
        f"types={types}",
        f"t1={first.label}",
        f"t2={second.label}",
        f"gap={_bucket(gap)}",
        f"types_gap={types}|{_bucket(gap)}",
        f"inside={min(inside, 3)}",
        f"h1={first.head.lemma_.lower()}",
        f"h2={second.head.lemma_.lower()}",
        f"dep1={first.head.dep_}",
        f"dep2={second.head.dep_}",
        f"types_deps={types}|{first.head.dep_}|{second.head.dep_}",
        f"path={path}",
        f"types_path={types}|{path}",
        f"path_len={min(path.count(' ') + 1, 8)}",
        f"top={top.lemma_.lower()}",
        f"top_pos={top.pos_}",
        f"types_top={types}|{top.lemma_.lower()}",
        f"before={_word(doc, first.start - 1)}",
        f"after={_word(doc, second.end)}",
        f"top_dep={top.dep_}",
        f"k1={first.mention.kind}",
        f"k2={second.mention.kind}",
    ]
    if 0 < len(between) <= MAX_BETWEEN_WORDS:
        feats += [f"bw={t.lemma_.lower()}" for t in between]
        feats += [f"bw_first={between[0].lemma_.lower()}", f"bw_last={between[-1].lemma_.lower()}"]
        feats.append(f"types_bw_first={types}|{between[0].lemma_.lower()}")
        feats.append(f"bw_seq={' '.join(t.lemma_.lower() for t in between[:4])}")
    elif len(between) > MAX_BETWEEN_WORDS:
        feats += [f"bw_far_first={between[0].lemma_.lower()}"]
        feats += [f"bw_far_last={between[-1].lemma_.lower()}"]
    feats += [f"pw={w}" for w in words]
    feats += [f"verb_between={t.lemma_.lower()}" for t in between if t.pos_ == "VERB"]
    return feats


def _dependency_path(a: Token, b: Token) -> tuple[str, Token, list[str]]:
    """The labelled path from ``a`` up to the lowest common ancestor and down to ``b``
    (with that ancestor's lemma), the ancestor, and the lemmas of the words on the
    path between the two heads."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = [t.i for t in up_b]
    top = next((t for t in up_a if t.i in ids_b), up_a[-1])
    rise = up_a[: [t.i for t in up_a].index(top.i)]
    fall = up_b[: ids_b.index(top.i)] if top.i in ids_b else up_b
    steps = [f"{t.dep_}^" for t in rise]
    middle = top.lemma_.lower() if top.i not in {a.i, b.i} else "_"
    steps.append(middle)
    steps += [f"{t.dep_}v" for t in reversed(fall)]
    inner = [t for t in [*rise[1:], top, *fall[1:]] if t.i not in {a.i, b.i}]
    return " ".join(steps), top, [t.lemma_.lower() for t in inner]


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 7, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def _word(doc: Doc, i: int) -> str:
    return doc[i].lemma_.lower() if 0 <= i < len(doc) else "<edge>"


def instrument_mention(instrument: Instrument) -> ActorMention:
    return ActorMention(
        span=instrument.span, name=instrument.name, label=instrument.label, source="ner"
    )


def place_mention(place: PlaceMention, document_id: str | None) -> ActorMention:
    span = place.span.model_copy(update={"document_id": place.span.document_id or document_id})
    name = place.place.name if place.place else place.span.text
    return ActorMention(
        span=Span(start=span.start, end=span.end, text=span.text, document_id=span.document_id),
        name=name,
        kind=ActorKind.OTHER,
        country=place.place.country if place.place else None,
        label=PLACE_LABEL,
        source="ner",
    )


def _phrase_start(span: SpacySpan) -> int:
    """Where the noun phrase of a mention starts: the article and the ordinal or number
    that modify its head stand in front of a name ("the UK", "the 5th Special Forces
    Group"), and a relation's argument is the whole phrase."""
    start = span.start
    while start > 0:  # a word attached inside the span is in its sentence
        prev = span.doc[start - 1]
        attached = span.start <= prev.head.i < span.end
        ordinal = prev.like_num and prev.tag_ != "CD"
        if not attached or not (prev.lower_ == "the" or ordinal):
            break
        start -= 1
    return start


def with_phrase(doc: Doc, mention: ActorMention) -> ActorMention:
    """``mention`` widened over the article and ordinal in front of it ("UK" -> "the
    UK"), as arguments are: a relation's argument is the whole phrase, whichever
    component found the relation."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return mention
    start = _phrase_start(span)
    return _widened(mention, doc[start : span.end]) if start < span.start else mention


def _widened(mention: ActorMention, phrase: SpacySpan) -> ActorMention:
    span = mention.span.model_copy(update={"start": phrase.start_char, "text": phrase.text})
    return mention.model_copy(update={"span": span})


def _noun_chunks(doc: Doc) -> list[SpacySpan]:
    """The parser's noun phrases ("the strikes", "Coalition nations", "we"): re3d relates
    common-noun and pronoun mentions too, which no named-mention stage proposes."""
    return noun_chunks(doc) if doc.has_annotation("DEP") else []


def _anaphor_mention(words: SpacySpan, document_id: str | None) -> ActorMention:
    """An anaphor as the classifier saw it in training: a pronoun or a noun phrase."""
    return ActorMention(
        span=Span(
            start=words.start_char, end=words.end_char, text=words.text, document_id=document_id
        ),
        name=words.text,
        label=PRONOUN_LABEL if words.root.pos_ == "PRON" else PHRASE_LABEL,
        source="rule",
    )


def _chunk_mention(chunk: SpacySpan, document_id: str | None) -> ActorMention:
    pronoun = chunk.root.pos_ == "PRON"
    return ActorMention(
        span=Span(
            start=chunk.start_char, end=chunk.end_char, text=chunk.text, document_id=document_id
        ),
        name=chunk.text,
        label=PRONOUN_LABEL if pronoun else PHRASE_LABEL,
        source="rule",
    )
