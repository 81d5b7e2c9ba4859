"""Pronouns and "the group" as relation arguments: the words stay, the actor is the
antecedent's. Every sentence here is invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.extract.relation_mentions import MentionIndex
from warledger.extract.relation_pairs import arguments, candidate_pairs, found_pairs
from warledger.extract.relation_referents import PUBLISHER
from warledger.extract.relations import FACTORY
from warledger.model import RelationPredicate

P = RelationPredicate
UPSTREAM = ("warledger_actors", "warledger_places", "warledger_dates")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The relation stage's trigger patterns alone: the referents feed both them and
    the classifier, and the patterns' output does not move with retraining."""
    pipeline = build_pipeline(components=(*UPSTREAM, "warledger_relations"))
    pipeline.replace_pipe("warledger_relations", FACTORY, config={"relation_model": False})
    return pipeline


def process(nlp: Language, text: str) -> Doc:
    return Extractor(nlp).process(TextInput(text, "t", date(2024, 5, 1)))


def fights(doc: Doc) -> set[tuple[str, str, str]]:
    """(subject words, subject actor, object actor) of each fighting_against relation."""
    return {
        (r.subject.span.text, r.subject.name, r.object.name)
        for r in doc._.relations
        if r.predicate is P.FIGHTING_AGAINST and r.object is not None
    }


def referred(doc: Doc) -> dict[str, list[str]]:
    """Anaphor head word -> the names of the actors it stands for."""
    index = MentionIndex(doc)
    return {doc[i].text: [m.name for m in found] for i, found in index.referring.items()}


def test_we_in_a_quotation_is_the_body_named_in_the_speakers_description(
    nlp: Language,
) -> None:
    doc = process(
        nlp,
        'Gen. Anna Holt, commander of the Northern Valdorian Command, said: "We will '
        'defeat the Crimson Front."',
    )
    [(words, actor, enemy)] = fights(doc)
    assert words == "We"  # the evidence is where the sentence says it
    assert "Northern Valdorian Command" in actor and "Holt" not in actor
    assert "Crimson Front" in enemy


def test_we_in_a_quotation_closed_by_its_speaker_is_that_speaker(nlp: Language) -> None:
    doc = process(
        nlp, '"We will keep fighting the Crimson Front," said the Valdorian Defence Ministry.'
    )
    [(words, actor, _)] = fights(doc)
    assert (words, actor) == ("We", "the Valdorian Defence Ministry")


def test_statement_after_a_colon_speaks_for_the_subject_before_it(nlp: Language) -> None:
    doc = process(
        nlp,
        "The Ministry of Defence released a statement on Monday:\n\n"
        '"We are fighting the Crimson Front."',
    )
    assert {(w, a) for w, a, _ in fights(doc)} == {("We", "Ministry of Defence")}


def test_we_outside_a_quotation_is_the_publisher(nlp: Language) -> None:
    doc = process(nlp, "We will keep fighting the Crimson Front.")
    assert fights(doc) == {("We", PUBLISHER, "Crimson Front")}
    [publisher] = [r.subject for r in doc._.relations]
    assert publisher.actor_id is None  # never merged with another text's publisher
    assert referred(doc) == {"We": [PUBLISHER]}


def test_we_inside_a_quotation_with_no_body_named_is_no_one(nlp: Language) -> None:
    doc = process(nlp, 'Anna Holt said: "We will keep fighting the Crimson Front."')
    assert fights(doc) == set()


def test_they_is_the_subject_of_the_sentence_before(nlp: Language) -> None:
    doc = process(
        nlp,
        "The Crimson Front seized the bridge on Monday. "
        "They later fought the Valdorian army near the river.",
    )
    assert fights(doc) == {("They", "Crimson Front", "the Valdorian army")}


def test_the_group_is_the_organisation_named_before_it(nlp: Language) -> None:
    doc = process(
        nlp,
        "The Crimson Front seized the bridge on Monday. "
        "The group later fought the Valdorian army near the river.",
    )
    assert fights(doc) == {("The group", "Crimson Front", "the Valdorian army")}


def test_antecedent_in_the_same_sentence_is_the_argument_itself(nlp: Language) -> None:
    doc = process(nlp, "The Crimson Front sent its fighters into their fight against Valdoria.")
    assert {(w, a) for w, a, _ in fights(doc)} == {("Crimson Front", "Crimson Front")}


def test_a_pronoun_object_is_not_its_own_clauses_subject(nlp: Language) -> None:
    doc = process(nlp, "Valdorian troops entered the town. The Crimson Front attacked them.")
    assert "Crimson Front" not in referred(doc).get("them", [])
    assert referred(doc)["them"]  # the troops of the sentence before


def test_a_phrase_is_not_the_subject_above_it(nlp: Language) -> None:
    doc = process(
        nlp,
        "The Crimson Front shelled the town. The Valdorian army and the Ostravan Guard "
        "are committed to defeating the militants.",
    )
    # the nearest organisation before "the militants" is the Guard, but it is the subject
    # whose clause holds them: they are the group of the sentence before
    assert referred(doc)["militants"] == ["Crimson Front"]


def test_possessive_of_a_relational_noun_is_not_the_phrases_actor(nlp: Language) -> None:
    doc = process(nlp, "The Crimson Front and its allies attacked the Valdorian army.")
    assert "its" not in referred(doc)


def test_a_resolved_pronoun_is_a_found_argument_for_the_classifier(nlp: Language) -> None:
    doc = process(
        nlp, "The Crimson Front seized the bridge. They fought the Valdorian army near Tessa."
    )
    index = MentionIndex(doc)
    args = arguments(doc, index.referring)
    pronoun = next(a for a in args if a.mention.span.text == "They")
    assert pronoun.referent is not None and pronoun.actor.name == "Crimson Front"
    assert pronoun.actor.span.text == "They"
    pairs = found_pairs(candidate_pairs(args))
    assert any(pronoun in pair for pair in pairs)
    # without referents the pronoun is a bare pronoun, as the classifier trained on it
    bare = next(a for a in arguments(doc) if a.mention.span.text == "They")
    assert bare.referent is None
    assert not any(bare in pair for pair in found_pairs(candidate_pairs(arguments(doc))))


def test_the_militants_are_a_known_armed_group_not_any_body(nlp: Language) -> None:
    doc = process(
        nlp,
        "The Crimson Front shelled the market. Aid workers reached the town on Monday. "
        "The Ostravan Relief Council sent food. These terrorists must be stopped.",
    )
    # the council is the nearer subject, but "terrorists" name a known armed group
    assert referred(doc)["terrorists"] == ["Crimson Front"]


def test_a_pronoun_reaches_one_sentence_back_only(nlp: Language) -> None:
    doc = process(
        nlp,
        "The Crimson Front shelled the market. Aid workers reached the town on Monday. "
        "Later they fought the Valdorian army.",
    )
    assert "they" not in referred(doc)


def test_she_is_the_person_named_before(nlp: Language) -> None:
    doc = process(
        nlp, "Col. Mira Sand visited the front on Monday. She commands the 4th Infantry Brigade."
    )
    commands = {
        (r.subject.span.text, r.subject.name)
        for r in doc._.relations
        if r.predicate is P.COMMANDS and r.object is not None and "Brigade" in r.object.name
    }
    assert commands == {("She", "Mira Sand")}


def test_a_state_named_as_a_place_is_not_what_they_stand_for(nlp: Language) -> None:
    doc = process(nlp, "Norway condemned the raid. In Finland, they met the envoys.")
    assert referred(doc)["they"] == ["Norway"]
