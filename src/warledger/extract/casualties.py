"""warledger_casualties: human tolls as worded, with who the victims were.

Casualty counts are the most contested numbers in conflict reporting, so each
figure keeps the words it came from and the bounds those words allow ("at
least 3,000" -> 3000.., "dozens" -> 24..) rather than one invented number.

Trigger words (killed, wounded, displaced, death toll...) are found by their
lemma or lower-case hash in one array pass (a token ``Matcher`` with ``IN``
sets costs a Python call per word). The dependency parse then finds who the trigger is about — the
subject of a passive ("two soldiers were killed"), the object of an active verb
("killing 5"), the noun an adjective describes ("12 injured civilians"), the
figure a toll rose to — and the number phrase attached to it, which
``casualties_quantity.quantity`` turns into bounds. The victims' noun gives
the group (civilians / combatants / unknown).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from warledger.extract.casualties_quantity import VAGUE, quantity
from warledger.kb.lexicon import load_lexicon, word_set, word_tuple
from warledger.model import CasualtyFigure, Span

FACTORY = "warledger_casualties_v1"

_DATA = load_lexicon("casualties")
KINDS: dict[str, tuple[str, ...]] = {
    kind: word_tuple(lemmas) for kind, lemmas in _DATA["kinds"].items()
}
KIND_OF: dict[str, str] = {lemma: kind for kind, lemmas in KINDS.items() for lemma in lemmas}
BODILY = frozenset({"killed", "injured"})
_TIMES = frozenset({"DATE", "TIME"})
NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT", "DATE"})
INTRANSITIVE = word_set(_DATA["intransitive"])
ZERO_ONLY = word_set(_DATA["zero_only"])
CIVILIANS = word_set(_DATA["civilians"])
COMBATANTS = word_set(_DATA["combatants"])
ROLE_NOUNS = word_set(_DATA["role_nouns"])
"""People named by role: "killed the deputy chief" counts one person."""
QUANTITY_WORDS = word_set(_DATA["quantity_words"]) | {words.split()[0] for words, _ in VAGUE}
ZERO_PRONOUNS = word_set(_DATA["zero_pronouns"])
ALIVE_CUES = word_set(_DATA["alive_cues"])
DEATH_CUES = word_set(_DATA["death_cues"])
"""Words of a clause saying its victims live (``_kind``)."""
FATAL_ADVERBS = word_set(_DATA["fatal_adverbs"])
"""Adverbs that make a wounding verb a killing ("fatally shot", ``_fatal``)."""
ORDINALS: dict[str, int] = {str(k): int(v) for k, v in _DATA["ordinals"].items()}
"""A victim's ordinal is the toll so far ("a second victim has died": two, ``_ordinal``)."""
MULTIPLES: dict[str, int] = {str(k): int(v) for k, v in _DATA["multiples"].items()}
"""Adjectives counting one killing's victims ("a double homicide": two, ``_multiple``)."""
del _DATA  # only the immutable names above outlive the import


def _group(token: Token) -> str:
    """civilians / combatants / unknown from a victim noun or its modifiers."""
    words = [token] + [c for c in token.children if c.dep_ in {"amod", "compound"}]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in CIVILIANS or word.lower_ in CIVILIANS:
            return "civilians"
        if lemma in COMBATANTS or word.lower_ in COMBATANTS:
            return "combatants"
    return "unknown"


def _is_quantity(token: Token) -> bool:
    return token.like_num or token.lower_ in QUANTITY_WORDS or token.lower_ in ZERO_PRONOUNS


def _number_phrase(token: Token) -> tuple[int, int] | None:
    """Token range of the number a victim noun (or number) carries, if any."""
    if _is_quantity(token):
        return token.left_edge.i, token.i + 1
    for child in token.children:
        if child.dep_ == "nummod":
            return child.left_edge.i, max(child.i + 1, min(child.right_edge.i + 1, token.i))
        if child.dep_ in {"det", "predet"} and child.lower_ == "both":
            return child.i, child.i + 1  # "both men were killed"
        if child.dep_ == "det" and child.lower_ in {"no", "a", "an"}:
            vague = token.lower_ in {"number", "handful", "dozen", "couple"}
            return child.i, token.i + 1 if vague else child.i + 1
        if child.dep_ == "amod" and child.lower_ in {"several", "dozens", "hundreds"}:
            return child.left_edge.i, child.i + 1
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and _is_quantity(head.head):
        return head.head.left_edge.i, head.i
    return None


def _victims(trigger: Token) -> list[Token]:
    """Whom the trigger's toll is about, from its place in the parse."""
    lemma = trigger.lemma_.lower()
    children = list(trigger.children)
    if any(c.dep_ == "nummod" for c in children):
        return [trigger]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and _is_quantity(trigger.head.head):
        return [trigger.head.head]  # "dozens of injured"
    if trigger.dep_ in {"acomp", "attr", "oprd"} and trigger.pos_ in {"ADJ", "VERB"}:
        return [c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() == "leave":
        # "leaving at least five people dead", parsed as a clause of its own
        return [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    if lemma == "death" and trigger.dep_ == "pobj" and trigger.head.lower_ == "to":
        return _put_to_death(trigger.head.head)
    if trigger.pos_ == "VERB":
        if trigger.dep_ in {"acl", "amod"} and trigger.tag_ == "VBN":
            return [trigger.head]
        # A day the parser hangs as an object ("killed Sunday evening") is no object.
        objects = [c for c in children if c.dep_ == "dobj" and c.ent_type_ not in _TIMES]
        reduced_passive = trigger.tag_ == "VBN" and not objects
        passive = reduced_passive or any(c.dep_ == "auxpass" for c in children)
        # "was shot and killed": the second verb shares the first one's passive.
        passive = passive or (
            trigger.dep_ == "conj"
            and any(c.dep_ == "auxpass" for c in trigger.head.children)
            and not objects
        )
        intransitive = lemma in INTRANSITIVE or trigger.lower_ in INTRANSITIVE
        wanted = {"nsubj", "nsubjpass"} if passive or intransitive else {"dobj"}
        found = [c for c in children if c.dep_ in wanted]
        if not found and trigger.dep_ == "conj":
            found = [c for c in trigger.head.children if c.dep_ in wanted]
        return found
    if lemma == "toll":
        verb = trigger.head
        found = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"]
        found += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}]
        objects = [g for c in found for g in c.children if g.dep_ == "pobj"]
        return objects + [c for c in verb.children if c.dep_ in {"attr", "dobj"} and c.like_num]
    if trigger.dep_ == "amod":
        return [trigger.head]
    return [trigger]


def _put_to_death(verb: Token) -> list[Token]:
    """Who was "shot to death", "beaten to death": the verb's object, or the subject
    of its passive, looking up through "was found shot to death"."""
    for _ in range(2):
        if verb.dep_ == "acl":
            return [verb.head]  # "the son of a couple shot to death last Sunday"
        if verb.pos_ != "VERB":
            return []
        found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if found:
            return found
        if verb.dep_ not in {"xcomp", "oprd", "conj"}:
            return []
        verb = verb.head
    return []


class CasualtiesComponent:
    """Writes ``doc._.casualties``: one ``CasualtyFigure`` per toll with a number."""

    def __init__(self, nlp: Language) -> None:
        strings = nlp.vocab.strings
        self.trigger_ids = frozenset(strings.add(word) for word in KIND_OF)
        self.zero_ids = frozenset(strings.add(word) for word in ZERO_ONLY)

    def _triggers(self, doc: Doc) -> list[tuple[int, bool]]:
        """``(token index, zero only)`` of each trigger word, in text order."""
        found = []
        for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
            if lemma in self.trigger_ids or lower in self.trigger_ids:
                found.append((i, False))
            if lemma in self.zero_ids:
                found.append((i, True))
        triggers = {i for i, _ in found}
        fatal = {t.head.i for t in doc if _fatal_adverb(t) and t.head.i not in triggers}
        return sorted(found + [(i, False) for i in fatal])

    def __call__(self, doc: Doc) -> Doc:
        figures: list[CasualtyFigure] = []
        seen: set[tuple[int, str]] = set()
        for start, zero_only in self._triggers(doc):
            trigger = doc[start]
            kinds = ("killed", "injured") if zero_only else (self._kind(trigger),)
            for victim in _victims(trigger):
                for figure in self._figures(doc, trigger, victim, kinds, zero_only):
                    key = (figure.span.start, figure.kind)
                    if key not in seen:
                        seen.add(key)
                        figures.append(figure)
        doc._.casualties = sorted(figures, key=lambda f: (f.span.start, f.kind))
        return doc

    @staticmethod
    def _kind(trigger: Token) -> str:
        """The toll's kind from its trigger word; "victims" whose clause says they live
        (``ALIVE_CUES``: "were in stable condition", "remain hospitalized") and tells
        no death (``DEATH_CUES``) were hurt."""
        if any(_fatal_adverb(c) for c in trigger.children):
            return "killed"  # "fatally shot", "mortally wounded"
        kind = KIND_OF.get(trigger.lemma_.lower()) or KIND_OF[trigger.lower_]
        if trigger.lemma_.lower() == "victim" and trigger.dep_ in {"nsubj", "nsubjpass"}:
            clause = [t for t in trigger.head.subtree if t.i not in _subtree(trigger)]
            if any(
                t.lemma_.lower() in ALIVE_CUES or t.lower_ in ALIVE_CUES for t in clause
            ) and not any(t.lemma_.lower() in DEATH_CUES for t in clause):
                return "injured"
        return kind

    def _figures(
        self, doc: Doc, trigger: Token, victim: Token, kinds: tuple[str, ...], zero_only: bool
    ) -> list[CasualtyFigure]:
        phrase = _number_phrase(victim)
        if phrase is None and set(kinds) <= BODILY and _one_named_person(victim, trigger):
            phrase = (victim.left_edge.i, victim.i + 1)
            words = "one"
        elif phrase is None:
            return []
        else:
            words = doc[phrase[0] : phrase[1]].text
        times = _multiple(victim) if kinds == ("killed",) else None
        if victim.i == trigger.i and words.lower() in {"a", "an"} and times is None:
            return []  # "a body", "a refugee": an instance, not a count
        bounds = quantity(words)
        if bounds is None or (zero_only and bounds != (0, 0)):
            return []
        if bounds == (1, 1) and set(kinds) <= BODILY and (nth := _ordinal(victim)):
            bounds = (nth, nth)
        if bounds == (1, 1) and times is not None:
            bounds = (times, times)  # "a double homicide"
        victims = [victim]
        if victim.i != trigger.i:
            victims += [c for c in victim.conjuncts if c.i > victim.i and not _has_trigger(c)]
        last = max(phrase[1] - 1, victim.i, trigger.i)
        if len(victims) > 1:
            bounds, last = self._sum_conjuncts(doc, victims, bounds, last)
        groups = {_victim_group(v, trigger) for v in victims}
        group = groups.pop() if len(groups) == 1 else "unknown"
        compounds = [c.i for c in trigger.children if c.dep_ == "compound"]
        first = min(phrase[0], victim.i, trigger.i, *compounds)
        start_char = doc[first].idx
        end_char = doc[last].idx + len(doc[last].text)
        span = Span(
            start=start_char,
            end=end_char,
            text=doc[first : last + 1].text,
            document_id=doc._.document_id or None,
        )
        return [
            CasualtyFigure(span=span, kind=kind, group=group, low=bounds[0], high=bounds[1])
            for kind in kinds
        ]

    @staticmethod
    def _sum_conjuncts(
        doc: Doc, victims: list[Token], bounds: tuple[int, int | None], last: int
    ) -> tuple[tuple[int, int | None], int]:
        """ "Two soldiers and a civilian were killed" -> 3: add up every counted conjunct.

        A conjunct without a number ("two soldiers and civilians") leaves the
        total open-ended above what was counted.
        """
        low, high = bounds
        for other in victims[1:]:
            phrase = _number_phrase(other)
            counted = quantity(doc[phrase[0] : phrase[1]].text) if phrase else None
            if counted is None:
                high = None
            else:
                low += counted[0]
                high = None if high is None or counted[1] is None else high + counted[1]
            last = max(last, other.i)
        return (low, high), last


def _fatal_adverb(token: Token) -> bool:
    """ "fatally" / "mortally" modifying a verb: the wounding it tells killed."""
    return token.dep_ == "advmod" and token.lower_ in FATAL_ADVERBS and token.head.pos_ == "VERB"


def _ordinal(victim: Token) -> int | None:
    """The ordinal a single victim carries ("a second victim", "the third person"):
    local follow-ups report a later death so, and the ordinal is the toll so far."""
    for child in victim.children:
        if child.dep_ == "amod" and child.lower_ in ORDINALS:
            return ORDINALS[child.lower_]
    return None


def _multiple(victim: Token) -> int | None:
    """How many one killing counts when an adjective says so ("a double homicide")."""
    for child in victim.children:
        if child.dep_ == "amod" and child.lower_ in MULTIPLES:
            return MULTIPLES[child.lower_]
    return None


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _has_trigger(token: Token) -> bool:
    """Whether a conjunct carries its own toll ("a dozen dead and dozens of injured")."""
    return any(t.lemma_.lower() in KIND_OF or t.lower_ in KIND_OF for t in token.subtree)


def _one_named_person(victim: Token, trigger: Token) -> bool:
    """ "killed the deputy commander", "Ahmed was wounded": one person, though no number.

    Only for killing and wounding: "captured the town" names a place, not a captive.
    """
    if victim.i == trigger.i or victim.tag_ not in {"NN", "NNP"}:
        return False
    if victim.ent_type_ in NOT_PEOPLE:
        return False
    if victim.ent_type_ == "PERSON":
        return True
    lemma = victim.lemma_.lower()
    if lemma not in ROLE_NOUNS and lemma not in CIVILIANS and lemma not in COMBATANTS:
        return False
    determiners = {c.lower_ for c in victim.children if c.dep_ in {"det", "poss"}}
    return bool(determiners - {"a", "an", "no", "every", "each", "any"})


def _victim_group(victim: Token, trigger: Token) -> str:
    """The victims' group, looking through "dozens of civilians" and "civilian deaths"."""
    group = _group(victim)
    if group == "unknown" and victim.i != trigger.i and _is_quantity(victim):
        partitive = [g for c in victim.children if c.lower_ == "of" for g in c.children]
        group = _group(partitive[0]) if partitive else "unknown"
    if group == "unknown" and trigger.pos_ == "NOUN":
        group = _group(trigger)
    return group


@Language.factory(
    FACTORY,
    requires=["token.dep", "token.lemma", "doc.ents", "doc._.document_id"],
    assigns=["doc._.casualties"],
)
def make_casualties(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent(nlp)
