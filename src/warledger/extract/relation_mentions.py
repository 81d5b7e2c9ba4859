"""Which mentions a relation pattern may take as an argument, by token.

Split from ``relation_args`` (which reads the argument positions of a trigger):
this module decides what stands at a token. Actor mentions come from the actors
component (``doc._.actors``); where it linked nothing, named entities stand in.
Mentions that name no one in particular (a bare common noun, a word capitalised
only because it starts a sentence, a name that starts with a preposition) are left
out, a token is covered by the tightest mention, and noun phrases that name a
collective body ("Coalition nations") are added.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from warledger.extract.attrs import model_span, noun_chunks
from warledger.extract.relation_counted import counted_referents
from warledger.extract.relation_lexicon import MODIFIER_PREDICATES
from warledger.extract.relation_referents import referents
from warledger.extract.relation_states import states_named_as_places
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import (
    DISCOVERED_PREFIX,
    ActorKind,
    ActorMention,
    DateMention,
    PlaceMention,
    Span,
)

_WORDS = load_lexicon("relations")
LEADING_PREPOSITIONS = word_set(_WORDS["leading_prepositions"])
PLATFORM_HEADS = word_set(_WORDS["platform_heads"])  # craft and guns: "Russian jets"
BODY_NOUNS = word_set(_WORDS["body_nouns"])
"""Collective bodies a text names by a common noun once it has one in mind."""
BODY_MEMBERS = BODY_NOUNS | word_set(_WORDS["body_members"]) | PLATFORM_HEADS
"""Heads of a phrase that, with a body noun in it, name that body: "Coalition nations"."""
BARE_ARMED_HEADS = word_set(_WORDS["bare_armed_heads"])
PEOPLE_ADJECTIVES = word_set(_WORDS["people_adjectives"])
BACKED_HEADS = word_set(_WORDS["fighter_nouns"]) | word_set(_WORDS["group_heads"])
NATIONAL_FIGHTER_HEADS = word_set(_WORDS["national_fighter_heads"])
"""Heads of a phrase that a fused participle makes a body: "Turkish-backed factions"."""
del _WORDS  # only the immutable names above outlive the import
NER_ACTOR_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
STATE_LABELS = frozenset({"GPE", "NORP"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBD", "VBG", "RB"})
"""Tags of a word that modifies rather than names: an adjective, participle or adverb."""
NER_KINDS = MappingProxyType({"PERSON": ActorKind.PERSON, "GPE": ActorKind.STATE})
M = TypeVar("M", ActorMention, PlaceMention)


def token_span(token: Token, document_id: str | None) -> Span:
    """The character span of one token, as evidence for a trigger."""
    return Span(
        start=token.idx, end=token.idx + len(token), text=token.text, document_id=document_id
    )


def ner_actor_mentions(doc: Doc) -> list[ActorMention]:
    """Named entities that can be actors: the stand-in when no actor was linked."""
    document_id = doc._.document_id or None
    return [
        _entity_actor(ent, ent.label_, document_id)
        for ent in doc.ents
        if ent.label_ in NER_ACTOR_LABELS
    ]


def entity_mention(token: Token, document_id: str | None, outside: Token) -> ActorMention | None:
    """The named entity ``token`` belongs to, as an actor mention: the name in
    "the Turkish-backed Syrian National Army", which the actors component read
    as one mention with its head. An entity that runs over ``outside`` (the
    participle) is cut to ``token`` alone."""
    if token.ent_type_ not in NER_ACTOR_LABELS:
        return None
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return None
    words = ent if not ent.start <= outside.i < ent.end else token.doc[token.i : token.i + 1]
    return _entity_actor(words, ent.label_, document_id)


def _entity_actor(words: SpacySpan, label: str, document_id: str | None) -> ActorMention:
    """An actor mention of named-entity words, kind by the entity's label."""
    return ActorMention(
        span=Span(
            start=words.start_char, end=words.end_char, text=words.text, document_id=document_id
        ),
        name=words.text,
        kind=NER_KINDS.get(label, ActorKind.OTHER),
        label=label,
        source="ner",
    )


def _phrase_actor(words: SpacySpan, kind: ActorKind) -> ActorMention:
    """An actor mention the relation rules read off a noun phrase (an organisation
    of ``kind``): no component linked or named it."""
    return ActorMention(
        span=model_span(words),
        name=words.text,
        kind=kind,
        label="ORG",
        source="rule",
    )


class MentionIndex:
    """Token index -> the mention covering it, for actors, places and dates."""

    def __init__(self, doc: Doc) -> None:
        self.place: dict[int, PlaceMention] = _by_token(doc, doc._.places or [])
        linked = [
            a
            for a in doc._.actors or []
            if (not _generic(doc, a) or _bare_armed_plural(doc, a))
            and not _starts_with_preposition(doc, a)
            and not _modifier_word(doc, a)
            and not _people_alone(doc, a)
        ]
        # A named entity over a known place is an actor only as a state or people
        # (NER reads "Near Ar Raqqah" as a person).
        named = [
            m
            for m in ner_actor_mentions(doc)
            if (m.label in STATE_LABELS or not self._on_place(doc, m))
            and not _starts_with_preposition(doc, m)
            and not _modifier_word(doc, m)
            and not _people_alone(doc, m)
        ]
        # The tightest mention wins a token: "Tehran" rather than "allies of Tehran".
        mentions = sorted([*linked, *named], key=_length)
        self.actor: dict[int, ActorMention] = _by_token(doc, mentions)
        # Tokens of fighters named by a bare plural: the body of their "of" phrase
        # is the one to relate where the text names it (``relation_args``).
        self.bare: frozenset[int] = frozenset(
            i
            for m in linked
            if _generic(doc, m) and _bare_armed_plural(doc, m)
            for i in _token_ids(doc, m)
        )
        phrases = [
            *_body_phrases(doc, self.actor),
            *_backed_groups(doc, self.actor),
            *_national_fighters(doc, self.actor),
        ]
        for mention in phrases:
            self.actor.update(dict.fromkeys(_token_ids(doc, mention), mention))
        # Pronouns and "the group" stand for an actor named before them.
        self.referring: dict[int, list[ActorMention]] = referents(doc, self.actor)
        # "All three belong to X": the number stands for the names listed before it
        self.referring.update(counted_referents(doc, self.actor))
        self.dates: list[DateMention] = list(doc._.dates or [])
        self.state: dict[int, ActorMention] = states_named_as_places(doc, self.place, self.actor)

    def _on_place(self, doc: Doc, mention: ActorMention) -> bool:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        return span is not None and any(t.i in self.place for t in span)


def _starts_with_preposition(doc: Doc, mention: ActorMention) -> bool:
    """NER takes "Near Ar Raqqah" or "In Mosul" for a name; a name does not
    start with a preposition (which the tagger may call a proper noun there)."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    return span[0].pos_ in {"ADP", "SCONJ"} or span[0].lower_ in LEADING_PREPOSITIONS


def _modifier_word(doc: Doc, mention: ActorMention) -> bool:
    """NER takes a word capitalised only because it starts a sentence for a name
    ("Coordinated airstrikes hit..."); such a lone adjective or participle names no
    body, unless it is a demonym or a state ("Syrian", "Russian") or the knowledge
    base knows it. An acronym the tagger calls an adjective ("BLF units") is a name."""
    known = mention.actor_id is not None and not mention.actor_id.startswith(DISCOVERED_PREFIX)
    if known or mention.label in STATE_LABELS:
        return False
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    opening = all(t.is_punct for t in doc[word.sent.start : word.i])
    return opening and word.is_title and word.tag_ in MODIFIER_TAGS


def stateless_people(mention: ActorMention) -> bool:
    """A people named by its adjective alone ("Kurdish", "Chechen", "Tigrayan"), with no
    state of that name: in "the Kurdish-led SDF" or "Kurdish and Arab fighters" it
    tells who the members are, not a body that acts, leads or backs. A name the
    knowledge base knows ("Houthi": the movement) stays an actor."""
    if mention.label != "NORP" or (
        mention.actor_id and not mention.actor_id.startswith(DISCOVERED_PREFIX)
    ):
        return False
    words = mention.span.text.split()
    return len(words) == 1 and words[0].lower() in PEOPLE_ADJECTIVES


def _people_alone(doc: Doc, mention: ActorMention) -> bool:
    """A stateless people's adjective that does not name armed people by the noun it
    modifies: "Kurdish" in "the Kurdish-led SDF" is no actor; in "a Chechen unit" it
    is the unit's name (``relation_args.actors_at`` reads it through the noun)."""
    if not stateless_people(mention):
        return False
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return True
    word = span.root
    modifier = word.dep_ in {"compound", "amod", "nmod"}
    return not (modifier and word.head.lemma_.lower() in BACKED_HEADS)


def _backed_groups(doc: Doc, taken: dict[int, ActorMention]) -> list[ActorMention]:
    """ "Turkish-backed factions", "Iran-aligned groups": a group noun that a fused
    participle of backing, command or alliance describes is a body the text means
    (its backer says which), though no component named it. The mention starts after
    the participle, so that its evidence names the group, not the relation."""
    found = []
    for participle in doc:
        noun = participle.head
        fused = participle.dep_ == "amod" and participle.lemma_.lower() in MODIFIER_PREDICATES
        if not fused or noun.i <= participle.i or noun.lemma_.lower() not in BACKED_HEADS:
            continue
        named = any(c.dep_ in {"npadvmod", "compound", "nmod", "amod"} for c in participle.children)
        words = doc[participle.i + 1 : noun.i + 1]
        if not named or any(t.i in taken for t in words) or not _bare_plural(noun):
            continue
        found.append(_phrase_actor(words, ActorKind.ARMED_GROUP))
    return found


def _national_fighters(doc: Doc, taken: dict[int, ActorMention]) -> list[ActorMention]:
    """ "Lebanese volunteers", "Polish and Georgian volunteers", "Chadian mercenaries":
    fighters named by their people, which no component named as a body. They are those
    fighters, not their people's state: relating the adjective alone would make Poland
    a member of the legion its citizens joined."""
    found = []
    for noun in doc:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in NATIONAL_FIGHTER_HEADS:
            continue
        if noun.i in taken and taken[noun.i].span.start <= noun.idx:
            continue  # a mention of its own ("Chechen fighters", "Syrian mercenaries")
        peoples = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and _a_people(c)]
        if not peoples or any(
            c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in noun.children
        ):
            continue  # "Belarusian volunteers of the X Regiment": the regiment is named
        start = peoples[0].left_edge.i
        words = doc[start : noun.i + 1]
        if any(t.i in taken and taken[t.i].label not in STATE_LABELS for t in words):
            continue
        found.append(_phrase_actor(words, ActorKind.ARMED_GROUP))
    return found


def _a_people(word: Token) -> bool:
    """A people's adjective: "Lebanese", "Polish" (with its conjuncts: "Polish and
    Georgian")."""
    return word.ent_type_ == "NORP" or (word.tag_ == "JJ" and word.is_title and word.i > 0)


def _bare_plural(noun: Token) -> bool:
    """A plural with no determiner, owner or "of" phrase, standing in no apposition:
    how news names fighters by who backs them ("clashed with Turkish-backed
    factions"). "One of the Iran-aligned factions of X" or "X, a Turkish-backed
    faction" describe a body named elsewhere, which the patterns relate instead."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.dep_ == "appos":
        return False
    return not any(
        c.dep_ in {"det", "poss"} or (c.dep_ == "prep" and c.lower_ in {"of", "from"})
        for c in noun.children
    )


def _token_ids(doc: Doc, mention: ActorMention) -> list[int]:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return [t.i for t in span] if span is not None else []


def _body_phrases(doc: Doc, taken: dict[int, ActorMention]) -> list[ActorMention]:
    """Noun phrases that name a collective body no other component found
    ("Coalition nations", "coalition partners"): arguments of relations
    ("Coalition nations include A, B and C"), though no actor is linked."""
    if not doc.has_annotation("DEP"):
        return []
    found = []
    for chunk in noun_chunks(doc):
        if any(t.i in taken for t in chunk) or chunk.root.lemma_.lower() not in BODY_MEMBERS:
            continue
        if not _names_a_body(chunk):
            continue
        words = chunk[1:] if chunk[0].pos_ in {"DET", "PRON"} else chunk
        found.append(_phrase_actor(words, ActorKind.OTHER))
    return found


def _length(mention: ActorMention) -> int:
    return mention.span.end - mention.span.start


def _generic(doc: Doc, mention: ActorMention) -> bool:
    """A common noun phrase ("militants", "some forces") names no one: a
    relation between such mentions would be noise, so they are not arguments.
    A mention is specific when it is linked or holds a name or a demonym, or
    when it is a definite collective body ("the coalition", "the regime"): a
    text uses those for one body it has in mind, as it would use its name."""
    if mention.actor_id is not None:
        return False
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in span)
    return not named and not _names_a_body(span)


def _bare_armed_plural(doc: Doc, mention: ActorMention) -> bool:
    """ "Militants", "Iranian-backed militias", "mercenaries from Syria": a plural
    of armed people with no determiner is how news names fighters it cannot name
    otherwise, and what its sources claim of them (who backs them, whom they fight
    for) is a relation a monitor records. A definite one ("the militants") is left
    to stand for a group named before it (``relation_referents``)."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    first = span[0]
    determined = first.pos_ in {"DET", "PRON"} or first.dep_ in {"det", "poss"}
    return root.tag_ == "NNS" and root.lemma_.lower() in BARE_ARMED_HEADS and not determined


def _names_a_body(words: SpacySpan) -> bool:
    """ "the coalition", "the regime", "Coalition nations": one body, or its
    members; "communities" (a plural body noun as head) is no one in particular."""
    root = words.root
    if root.lemma_.lower() in BODY_NOUNS:
        return root.tag_ in {"NN", "NNP"}
    return any(
        t.lemma_.lower() in BODY_NOUNS and t.dep_ in {"compound", "amod", "nmod"} for t in words
    )


def _by_token(doc: Doc, mentions: Iterable[M]) -> dict[int, M]:
    found: dict[int, M] = {}
    for mention in mentions:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            found.setdefault(token.i, mention)
    return found
