"""A leader named beside his post and the men that are his body's, lists the parser
reads as appositions, pledges of allegiance, counted subjects and a body's own
craft (sentences written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from relation_patterns import (
    claim_pairs,
    claims_of,
    patterns_extractor,
    patterns_pipeline,
    relation_claims,
    relations,
    triples,
)
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from warledger.extract.pipeline import Extractor
from warledger.extract.relation_args import actors_at
from warledger.model import ActorKind, ActorMention, RelationPredicate, Span, Stance


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return patterns_extractor()


def _named(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    """(subject name, predicate, object name): who a pronoun or description stands for."""
    return {
        (r.subject.name, r.predicate.value, r.object.name if r.object else None)
        for r in relations(nlp, text)
    }


def test_his_men_are_the_body_of_a_possessive_title(nlp: Language) -> None:
    text = (
        "The Varek Brigade's commander, Tomas Hollin, said his men had fought alongside"
        " the Kesh army near Dalmar."
    )
    allied = [(s, o) for s, p, o in _named(nlp, text) if p == "allied_with"]
    assert any(s == "Varek Brigade" and o and "Kesh army" in o for s, o in allied)
    assert not any(s == "Tomas Hollin" for s, _ in allied)


def test_his_fighters_are_the_body_of_the_commander_of(nlp: Language) -> None:
    text = (
        "The commander of the Ostrava Legion, Ivan Petrik, said his fighters were battling"
        " the Red Hand militia."
    )
    assert any(
        s == "Ostrava Legion" and p == "fighting_against" and o and "Red Hand" in o
        for s, p, o in _named(nlp, text)
    )


def test_his_men_through_the_group_named_before(nlp: Language) -> None:
    text = (
        "The Ostrava Legion lost thirty men last week. The group's leader, Ivan Petrik,"
        " said his men had been sent to Dalmar."
    )
    deployed = [r for r in relations(nlp, text) if r.predicate.value == "deploys_fighters_to"]
    assert [r.subject.name for r in deployed] == ["Ostrava Legion"]


def test_a_name_beside_a_post_holds_the_membership(nlp: Language) -> None:
    text = "The brigade's leader, Samir Haddad, is a member of the Unity Party."
    assert any(
        s == "Samir Haddad" and p == "member_of" and o and "Unity Party" in o
        for s, p, o in triples(nlp, text)
    )


def test_a_list_names_each_one(nlp: Language) -> None:
    text = "Tehran funds the Houthis, Kataib Ruhallah and the Zainabiyoun Brigade."
    backed = {o for s, p, o in triples(nlp, text) if p == "sponsors" and s == "Tehran"}
    assert any(o and "Kataib Ruhallah" in o for o in backed)
    assert any(o and "Zainabiyoun Brigade" in o for o in backed)
    assert not any(p == "allied_with" for _, p, _ in triples(nlp, text))


def test_a_pledge_of_allegiance_to_a_body_makes_an_affiliate(nlp: Language) -> None:
    text = "The Sahil Front, which pledged allegiance to al-Qaeda in 2017, attacked a convoy."
    found = triples(nlp, text)
    assert any(p == "member_of" and o == "al-Qaeda" for _, p, o in found)


def test_a_pledge_of_allegiance_to_a_state_s_government_is_a_side(nlp: Language) -> None:
    text = "Several tribal militias have sworn allegiance to the government in Niamey."
    found = triples(nlp, text)
    assert any(p == "allied_with" for _, p, _ in found)
    assert not any(p == "member_of" for _, p, _ in found)


def test_a_pledge_of_allegiance_is_asserted_not_promised(extractor: Extractor) -> None:
    text = "The Sahil Front, which pledged allegiance to al-Qaeda in 2017, attacked a convoy."
    members = relation_claims(claims_of(extractor, text), RelationPredicate.MEMBER_OF)
    assert members and all(c.stance is Stance.ASSERTED for c in members)


def test_hundreds_of_fighters_of_x_are_x(extractor: Extractor) -> None:
    text = "Hundreds of fighters of the Dalmar Front are fighting on the side of the Kesh army."
    pairs = claim_pairs(extractor, text, RelationPredicate.ALLIED_WITH)
    assert any("Dalmar Front" in s and o and "Kesh army" in o for s, o in pairs)


def test_its_jets_are_the_body_s(nlp: Language) -> None:
    text = "The Northern Alliance said its jets had struck Red Hand positions near Dalmar."
    found = _named(nlp, text)
    assert any("Northern Alliance" in s and p == "fighting_against" for s, p, _ in found)


def _listed(words: list[str], heads: list[int], deps: list[str], names: dict[str, list[int]]):
    """A hand-made parse (the misreading is rare and the parser's choice) and an index of
    the mentions ``names`` places on its tokens."""
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    actor = {}
    for name, ids in names.items():
        first, last = doc[ids[0]], doc[ids[-1]]
        span = Span(start=first.idx, end=last.idx + len(last), text=name)
        mention = ActorMention(span=span, name=name, kind=ActorKind.ARMED_GROUP, source="ner")
        actor.update(dict.fromkeys(ids, mention))
    index = SimpleNamespace(actor=actor, referring={}, state={}, bare=frozenset())
    return doc, index


def test_a_name_apposed_before_a_conjunct_is_one_of_a_list() -> None:
    # "Iran funds the Houthis, Kataib Ashtar and the Zainabiyoun Brigade" with both later
    # names hung on the first: the apposition is the list's second item
    words = [
        "Iran",
        "funds",
        "the",
        "Houthis",
        ",",
        "Kataib",
        "Ashtar",
        "and",
        "the",
        "Zainabiyoun",
        "Brigade",
        ".",
    ]
    heads = [1, 1, 3, 1, 3, 6, 3, 3, 10, 10, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "appos", "cc", "det"]
    deps += ["compound", "conj", "punct"]
    names = {"Houthis": [3], "Kataib Ashtar": [5, 6], "Zainabiyoun Brigade": [9, 10]}
    doc, index = _listed(words, heads, deps, names)
    assert {a.name for a in actors_at(doc[3], index)} == set(names)


def test_a_lone_apposition_is_another_name() -> None:
    # "the Houthis, Ansar Allah": one movement named twice, not a list
    words = ["Iran", "funds", "the", "Houthis", ",", "Ansar", "Allah", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "appos", "punct"]
    doc, index = _listed(words, heads, deps, {"Houthis": [3], "Ansar Allah": [5, 6]})
    assert [a.name for a in actors_at(doc[3], index)] == ["Houthis"]


def test_no_one_is_a_member_of_a_people(nlp: Language) -> None:
    text = (
        "Fighters of two Chadian factions, Jaysh al-Wahda and Liwa al-Tahrir, were flown to"
        " Benghazi last month."
    )
    assert not any(p == "member_of" for _, p, _ in triples(nlp, text))
