"""How the filled roles of a violent event are named.

Why: a role filler is read by people (and scored) by its name, and the words the
tagger or the parse happen to cover are often not the name:
- a victim is named in full once ("Carlos Pizarro", "Roberto Garcia Alvarado") and
  by surname after that ("Pizarro", "Garcia Alvarado"); the mention that fills the
  role may be the short one, or the model may cut the first name off a lower-cased
  text. The victim's name is the fullest form of it in the document;
- a title alone ("the president", "the judge", "the attorney general") describes
  a person, it does not name one;
- a target thing is named without its count ("several public buses" -> "public
  buses", "approximately 50 neighbouring houses" -> "neighbouring houses"): the
  count is a quantity of the report, not part of what was hit, and without the
  phrase that says where it stands ("the tower outside Pueblo Nuevo" -> "tower");
- a weapon is a weapon: the tagger's span counts as one only where it covers an
  instrument the actors component found or a weapon noun ("bomb", "rifles"), not
  "hours" or a person's name beside a shooting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from warledger.extract import event_lexicon as lex
from warledger.kb.loader import load_kb
from warledger.model import Instrument

MAX_NAME_WORDS = 5
"""A person's full name has at most this many words ("stela torrado de otalora");
a longer run holding the surname is a phrase about the person, not their name."""
_COUNT_POS = frozenset({"DET", "NUM"})
_COUNT_TAGS = frozenset({"CD", "DT", "PDT"})
_APPROXIMATOR_POS = frozenset({"ADV", "ADP", "ADJ", "PART"})
# Prepositions that say where a thing stands (not "of": "the town hall of El Palmar").
_PLACE_PREPS = frozenset({"in", "on", "near", "outside", "at", "inside"})


def fullest_name(name: str, candidates: Iterable[str]) -> str:
    """The longest candidate that holds ``name`` as a run of whole words (a person's
    full name for the surname or the partial name given), without the titles before
    it, else ``name``."""
    words = _words(name)
    if not words:
        return name
    best, best_words = name, words
    for candidate in candidates:
        found = _untitled(_words(candidate))
        longer = len(best_words) < len(found) <= MAX_NAME_WORDS
        if longer and _holds([w.lower() for w in found], [w.lower() for w in words]):
            best, best_words = " ".join(found), found
    return best


def person_names(doc: Doc, spans: Sequence[Span], known: frozenset[str] = frozenset()) -> list[str]:
    """The names of people a document gives: its PERSON entities, the actors
    component's people and the given spans (the tagger's people), each without a
    leading article or a trailing possessive, and each widened to the whole name
    (``whole_name``) over the words beside it that ``known`` (English words) lacks."""
    found = [e for e in doc.ents if e.label_ == "PERSON"]
    for actor in doc._.actors or []:
        if actor.label == "PERSON":
            span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
            if span is not None:
                found.append(span)
    bare = [_bare(span) for span in [*found, *spans]]
    return [name.text for span in bare if len(span) for name in (span, whole_name(span, known))]


def whole_name(span: Span, known: frozenset[str]) -> Span:
    """A person's name widened over the words beside it, in its sentence, that are no
    English words (neither the word nor its lemma is in ``known``, the lexicon's
    index), no stop words or titles, and written in the same case as the name.

    Why: on lower-cased wire text the English model often finds a part of a name
    ("pardo leal" in "the murder of jaime pardo leal", "antonio roldan" in "governor
    antonio roldan betancur"), and now and then it splits a cased one into two names
    ("Gualterio Munesca" and "Ybarrondo"); Spanish given names and second surnames
    are words no English lexicon has. A word the lexicon knows ("colonel", "killed",
    "sunday") ends the name, so does any word of another case (a cased "Killed")."""
    if not known:
        return span
    doc, start, end = span.doc, span.start, span.end
    sentence = span.sent
    while end < sentence.end and end - start < MAX_NAME_WORDS and _name_word(doc[end], span, known):
        end += 1
    while start > sentence.start and end - start < MAX_NAME_WORDS:
        if not _name_word(doc[start - 1], span, known):
            break
        start -= 1
    return doc[start:end]


def _name_word(token: Token, name: Span, known: frozenset[str]) -> bool:
    """Whether ``token`` beside ``name`` may be another word of the name."""
    word = token.lower_
    same_case = token.is_lower if name[-1].is_lower else token.is_title
    return (
        same_case
        and token.is_alpha
        and not token.is_stop
        and word not in known
        and token.lemma_.lower() not in known
        and not _role_word(word)
    )


def title_only(name: str) -> bool:
    """Whether every word of a name (less its article) is a title or a word for a
    person's office or role: "the president", "the attorney general" describe a
    person, they do not name one."""
    words = [w.lower() for w in _words(name) if w.lower() not in ("the", "a", "an")]
    return bool(words) and all(_role_word(w) for w in words)


def without_count(span: Span) -> Span:
    """The span less its leading count: articles, numbers, quantity words and the
    words that make a number approximate ("at least 10", "several", "approximately
    50"). The span is returned whole when nothing but a count would be left."""
    start = span.start
    while start < span.end and _counts(span.doc, start, span.end):
        start += 1
    return span.doc[start : span.end] if start < span.end else span


def without_place(span: Span) -> Span:
    """The span cut before a phrase that says where the thing is ("the tower outside
    Pueblo Nuevo", "the oil terminal on the country's coast", "the offices of the
    tribunal in San Marcos"): a preposition of place whose object names a place (an
    entity or a mention the places component found). The place is the event's, not a
    word of what was hit."""
    doc = span.doc
    places = [(p.span.start, p.span.end) for p in doc._.places or []]
    for token in span[1:]:
        if token.dep_ != "prep" or token.lower_ not in _PLACE_PREPS:
            continue
        words = [t for t in token.subtree if t.i < span.end]
        if any(_in_place(t, places) for t in words):
            cut = doc[span.start : token.i]
            return cut if len(cut) else span
    return span


def _in_place(token: Token, places: Sequence[tuple[int, int]]) -> bool:
    return token.ent_type_ in ("GPE", "LOC") or any(s <= token.idx < e for s, e in places)


def is_weapon(span: Span, instruments: Sequence[Instrument]) -> bool:
    """Whether the span covers an instrument the actors component found, or one of its
    words is a weapon noun."""
    start, end = span.start_char, span.end_char
    covered = any(i.span.start < end and start < i.span.end for i in instruments)
    return covered or any(
        t.lower_ in lex.WEAPON_NOUNS or t.lemma_.lower() in lex.WEAPON_NOUNS for t in span
    )


def _counts(doc: Doc, i: int, end: int) -> bool:
    """Whether token ``i`` is part of a count before the head noun: a number or an
    article, a quantity word ("several", "many", tagged as an adjective of amount),
    or an approximator followed by a number ("about 30", "at least 10")."""
    token = doc[i]
    if token.pos_ in _COUNT_POS or token.tag_ in _COUNT_TAGS or token.like_num:
        return True
    if token.lower_ in lex.COUNT_WORDS:
        return True
    rest = doc[i + 1 : end]
    return token.pos_ in _APPROXIMATOR_POS and any(t.like_num for t in rest[:2])


def _bare(span: Span) -> Span:
    """The span without a leading article and a trailing possessive ("'s")."""
    start, end = span.start, span.end
    if end - start > 1 and span.doc[start].pos_ == "DET":
        start += 1
    while end - start > 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _words(text: str) -> list[str]:
    """The words of a name as written, without a possessive ending or punctuation."""
    words = (w.removesuffix("'s").removesuffix("’s") for w in text.split())
    return [w for w in words if w.replace("-", "").replace(".", "").isalnum()]


def _untitled(words: list[str]) -> list[str]:
    """The words after the last title or word for a person's role: "liberal senator
    federico estrada" -> "federico estrada"."""
    titled = [i for i, w in enumerate(words) if _role_word(w.lower())]
    return words[titled[-1] + 1 :] if titled else words


def _role_word(word: str) -> bool:
    """A title, a word for a person's role, or a nationality ("ecuadoreans luis
    antonio", as the model reads lower-cased text, names "luis antonio")."""
    return word in _title_words() or word in lex.PERSON_NOUNS or word in load_kb().demonym_index


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    n = len(part)
    return any(list(words[i : i + n]) == list(part) for i in range(len(words) - n + 1))


def _title_words() -> frozenset[str]:
    """The words of the knowledge base's titles ("attorney general" -> both words)."""
    return frozenset(w for title in load_kb().titles.titles for w in title.lower().split())
