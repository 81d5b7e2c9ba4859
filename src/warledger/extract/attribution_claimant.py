"""Who a reported statement belongs to: link an attribution's source to an actor.

The source words are what the text says ("Russia", "he", "the ministry"); a
claim needs the actor behind them. In order: a definite title ("the President",
"the ministry", "the spokesman") goes to the last named mention before it that
carries the same title word ("President Ilham Aliyev", "the Defence
Ministry", "Ivan Petrov, a spokesman"), since news prose names an actor once
and then refers to the role; otherwise the person its head noun is named as
("a spokesman for the police, Major X,"), or the actor mention the source overlaps
most; otherwise, for a pronoun, the nearest earlier actor of a fitting kind.
"""

from __future__ import annotations

from spacy.tokens import Doc

from warledger.extract.attribution_lexicon import EDITORIAL_LABELS
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import ActorMention, Attribution, Span

_WORDS = load_lexicon("attribution")
PERSON_PRONOUNS = word_set(_WORDS["person_pronouns"])
GROUP_PRONOUNS = word_set(_WORDS["group_pronouns"])
RELATIVE_PRONOUNS = word_set(_WORDS["relative_pronouns"])
DEMONSTRATIVE_SOURCES = word_set(_WORDS["demonstrative_sources"])
del _WORDS  # only the immutable names above outlive the import
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "NORP"})
"""Entity types whose words name someone or somewhere themselves: never a role's title."""
TITLE_WINDOW = 5  # tokens around a named mention where its title may stand
MAX_TITLE_WORDS = 4  # "the", up to two modifiers, the title noun
SPEAKER_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
"""Dependencies by which a word qualifies the speakers' head noun ("U.S." and "Iraqi" of
"U.S. and Iraqi officials")."""


def with_claimant(doc: Doc, attribution: Attribution) -> Attribution:
    """The attribution with ``claimant`` set when its source can be linked to an actor."""
    source = attribution.source
    actors: list[ActorMention] = doc._.actors or []
    if source is None or not actors:
        return attribution
    best = named_antecedent(doc, source, actors)
    if best is None:
        best = _named_head(doc, source, actors) or _overlapping(source, actors)
        best = _with_its_of_phrase(source, best) if best is not None else None
        best = _joint_speakers(doc, source, best) if best is not None else None
    if best is None:
        best = _pronoun_antecedent(source, actors)
    if best is None:
        return attribution
    return attribution.model_copy(update={"claimant": best})


def names_no_one(source: str) -> bool:
    """Whether unlinked source words cannot be a speaker: a lone demonstrative
    ("This once again confirms ..."), or an editor's label or the tail of one that
    a tagger cut mid-word ("’s Note" of "Editor’s Note", "Q")."""
    words = source.lower().strip(" \t\n\"'“”‘’:")
    if words in DEMONSTRATIVE_SOURCES or words in EDITORIAL_LABELS:
        return True
    tail = words.removeprefix("s ")
    return source.lstrip()[:2] in ("’s", "'s") and any(
        label.endswith(" " + tail) for label in EDITORIAL_LABELS
    )


def named_antecedent(doc: Doc, source: Span, actors: list[ActorMention]) -> ActorMention | None:
    """For "the <title>", the last earlier named actor that the same title word goes with.

    What follows the title does not matter ("the President of the republic", "the
    ministry in the capital"): the title ends the phrase that names the role."""
    words = doc.char_span(source.start, source.end, alignment_mode="expand")
    if words is None or len(words) < 2 or words[0].lower_ != "the":
        return None
    title = words.root
    words = doc[words.start : title.i + 1]
    if len(words) > MAX_TITLE_WORDS or title.pos_ not in {"NOUN", "PROPN"}:
        return None
    initials = _acronym_letters(title.text)
    if title.ent_type_ in NAME_ENTITIES and initials is None:
        return None  # "the Netherlands said": a name, not a role
    for actor in sorted(actors, key=lambda a: a.span.start, reverse=True):
        if actor.span.end > source.start or actor.label not in NAMED_LABELS:
            continue
        if initials is not None:
            # "the BLF" is the "Brenic Liberation Front" named before, and no name
            # that merely stands near the letters ("villages in northern C.A.R.").
            if _initials(actor.name) == initials:
                return actor
            continue
        mention = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        if mention is not None and _named_with_title(
            doc, mention.start, mention.end, title.lower_, range(words.start, words.end)
        ):
            return actor
    return None


def _acronym_letters(word: str) -> str | None:
    """ "C.A.R." -> "CAR", "UAE" -> "UAE"; None for a role word ("Ministry")."""
    letters = word.replace(".", "")
    return letters if len(letters) >= 2 and letters.isalpha() and letters.isupper() else None


def _initials(name: str) -> str:
    """ "Islamic State of Iraq and Syria" -> "ISIS": the first letters of its capitalised words."""
    words = name.replace("-", " ").split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]  # "The Varnian Freedom Army" at a sentence's start
    return "".join(w[0] for w in words if w[:1].isupper())


def _named_with_title(doc: Doc, start: int, end: int, title: str, source: range) -> bool:
    """Whether tokens ``[start, end)`` hold a name and ``title`` stands in or beside them.

    Near means within a few tokens, or tied to the name by the parse at any
    distance (an apposition, a compound). The title word of the source itself
    does not count: in "X backs Y, the
    Observatory said" Y is not an observatory.
    """
    if not any(t.pos_ == "PROPN" and t.lower_ != title for t in doc[start:end]):
        return False
    sentence = doc[start].sent
    names = range(start, end)
    for t in sentence:
        if t.lower_ != title or t.i in source:
            continue
        # "Marta Velan, the country's defence minister" / "the minister, Marta Velan"
        if t.head.i in names or any(doc[i].head.i == t.i for i in names):
            return True
    window = doc[max(start - TITLE_WINDOW, sentence.start) : min(end + TITLE_WINDOW, sentence.end)]
    return any(
        t.lower_ == title and t.i not in source and not _verb_between(doc, t.i, names)
        for t in window
    )


def _verb_between(doc: Doc, title: int, names: range) -> bool:
    """Whether a verb or a colon stands between the title word and the name: then they
    are two parties of one clause ("the spokesperson told VOA"), or a speaker and
    what they said ("Officials: Car Bomb Kills 20"), not one actor."""
    lo, hi = (title + 1, names.start) if title < names.start else (names.stop, title)
    return any(t.pos_ in ("VERB", "AUX") or t.text == ":" for t in doc[lo:hi])


def _named_head(doc: Doc, source: Span, actors: list[ActorMention]) -> ActorMention | None:
    """The actor the source's head noun is named as, by an apposition ("a spokesman
    for the police, Major X,", "the envoy, Y,"): the speaker is that person; the body
    in the head's "for"/"of" phrase is only who they speak for."""
    words = doc.char_span(source.start, source.end, alignment_mode="expand")
    if words is None:
        return None
    head = words.root
    for actor in actors:
        mention = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        if (
            mention is not None
            and mention.root.dep_ == "appos"
            and mention.root.head.i == head.i
            and actor.label == "PERSON"
        ):
            return actor
    return None


def _overlapping(source: Span, actors: list[ActorMention]) -> ActorMention | None:
    best: ActorMention | None = None
    best_overlap = 0
    for actor in actors:
        overlap = min(source.end, actor.span.end) - max(source.start, actor.span.start)
        if overlap > best_overlap:
            best, best_overlap = actor, overlap
    return best


def speaker_name(source: Span) -> str:
    """The speaker's name as the source's words, without the comma that closes an
    apposition ("A medic at the clinic, who asked not to be named,"): the source span
    keeps it (``attribution_sources``), a name does not."""
    return source.text.rstrip(" ,")


def _with_its_of_phrase(source: Span, actor: ActorMention) -> ActorMention:
    """A role the source names by what it heads ("the head of the border service", "a
    spokesman for the militia"): the claimant is the whole role, not "the head". Only
    for a mention no knowledge base or NER linked, which stands at the source's start."""
    rest = source.text[actor.span.end - source.start :].lstrip()
    if actor.actor_id is not None or actor.span.start != source.start:
        return actor
    if rest.split(" ", 1)[0] not in ("of", "for") or len(rest.split()) < 2:
        return actor
    return actor.model_copy(update={"span": source, "name": speaker_name(source)})


def _joint_speakers(doc: Doc, source: Span, actor: ActorMention) -> ActorMention:
    """Speakers joined by "and" ("U.S. and Iraqi officials", "the police and the army")
    speak together: the claimant is the whole source, linked to no single actor, not
    whichever conjunct's name overlapped the source most ("Iraqi" alone). Only an "and"
    that joins the source's head or its modifiers counts: not one inside a clause about
    the speaker ("Aram, whose sister and nephews were killed") or inside a name
    ("Ministry of Defence and Security")."""
    words = doc.char_span(source.start, source.end, alignment_mode="expand")
    if words is None:
        return actor
    head = words.root
    joined = [
        t
        for t in words
        if t.lower_ == "and"
        and t.dep_ == "cc"
        and (t.head == head or (t.head.head == head and t.head.dep_ in SPEAKER_MODIFIERS))
        and not actor.span.start <= t.idx < actor.span.end
    ]
    if not joined:
        return actor
    return actor.model_copy(update={"span": source, "name": speaker_name(source), "actor_id": None})


def _pronoun_antecedent(source: Span, actors: list[ActorMention]) -> ActorMention | None:
    """For a pronoun source, the nearest earlier actor of a fitting kind.

    A relative pronoun ("Residents, who said...") stands for the noun right
    before it; "he"/"she" for the last person named, "it"/"they" for the last
    organisation or state. Crude, but right in the common news pattern.
    """
    word = source.text.lower()
    if word in RELATIVE_PRONOUNS:
        adjacent = [a for a in actors if 0 <= source.start - a.span.end <= 2]
        return adjacent[-1] if adjacent else None
    if word in PERSON_PRONOUNS:
        labels = {"PERSON"}
    elif word in GROUP_PRONOUNS:
        labels = {"ORG", "NORP", "GPE"}
    else:
        return None
    earlier = [a for a in actors if a.span.end <= source.start and a.label in labels]
    return max(earlier, key=lambda a: a.span.start) if earlier else None
