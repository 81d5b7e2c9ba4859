"""An instrument is a thing: a time, a date or an amount the conflict-entity model
proposes as a weapon is never one, nor is a word of a person's or a place's name.
Sentences are invented for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from warledger.extract.instruments import amount_or_time, person_or_place


def _span(parser: Language, text: str, words: str) -> Span:
    doc = parser(text)
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    assert span is not None
    return span


def test_times_and_amounts_are_no_instruments(parser: Language) -> None:
    text = "Rebels fired rifles at the Harlow post office for two hours on 3 May."
    assert amount_or_time(_span(parser, text, "two hours"))
    assert amount_or_time(_span(parser, text, "3 May"))


def test_weapons_and_named_platforms_are_instruments(parser: Language) -> None:
    text = "Rebels fired rifles at the Harlow post office; two F-16 jets bombed the depot."
    assert not amount_or_time(_span(parser, text, "rifles"))
    assert not amount_or_time(_span(parser, text, "F-16 jets"))


def test_words_of_names_of_people_and_places_are_no_instruments(parser: Language) -> None:
    text = "The new commander is Colonel Ricardo Alfonso Casanova, who arrived in Madrid."
    assert person_or_place(_span(parser, text, "Alfonso"))
    assert person_or_place(_span(parser, text, "Madrid"))
    weapons = "Rebels fired rifles and an RPG-7 launcher at the post office."
    assert not person_or_place(_span(parser, weapons, "rifles"))
    assert not person_or_place(_span(parser, weapons, "RPG-7 launcher"))
