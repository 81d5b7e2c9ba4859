"""The trained role tagger and how its spans fill the roles the rules left empty.

Sentences are invented for these tests. ``fill_events`` is tested with spans
given by hand, so those tests do not depend on the weights; the tests of the
tagger itself only check what any trained model must satisfy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.errors import ConfigError
from warledger.extract.factories import COMPONENTS, component_versions
from warledger.extract.pipeline import build_pipeline
from warledger.extract.roles import (
    FACTORY,
    ROLES,
    RoleSpan,
    RoleTagger,
    _noun_phrase_part,
    fill_events,
)
from warledger.model import ActorKind, PloverType

PIPES = [name for name, _factory in COMPONENTS]
UP_TO_EVENTS = PIPES[: PIPES.index("warledger_events") + 1]
"""The components the role tagger and the MUC-4 adapter read from, in pipeline order."""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=[*UP_TO_EVENTS, "warledger_roles"])


@pytest.fixture(scope="module")
def rules_only() -> Language:
    return build_pipeline(components=UP_TO_EVENTS)


def _span(doc: Doc, role: str, words: str) -> RoleSpan:
    """The RoleSpan over the first occurrence of ``words`` in ``doc``."""
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return RoleSpan(role, span.start, span.end)


def _events(doc: Doc) -> list[tuple[str, list[str], list[tuple[str, str]], str | None]]:
    return [
        (
            e.trigger.text,
            [a.name for a in e.initiators],
            [(a.name, a.label) for a in e.targets],
            e.instrument.text if e.instrument else None,
        )
        for e in doc._.events
    ]


def test_a_perpetrator_in_the_sentence_fills_the_empty_initiators(rules_only: Language) -> None:
    doc = rules_only(
        "The Tarn Liberation Army said it was behind the blast that destroyed "
        "the Harlow post office on Tuesday."
    )
    assert _events(doc) == [
        ("blast", [], [], None),
        ("destroyed", [], [("Harlow post office", "FAC")], None),
    ]
    spans = [
        _span(doc, "PerpOrg", "The Tarn Liberation Army"),
        _span(doc, "Target", "the Harlow post office"),
    ]
    doc._.events = fill_events(doc, spans)
    # The actors component's mention of the group is reused, not a second one made.
    assert [a.source for e in doc._.events for a in e.initiators] == ["rule", "rule"]
    assert _events(doc) == [
        ("blast", ["The Tarn Liberation Army"], [("Harlow post office", "FAC")], None),
        ("destroyed", ["The Tarn Liberation Army"], [("Harlow post office", "FAC")], None),
    ]


def test_new_mentions_are_labelled_by_role_and_marked_as_the_models(
    rules_only: Language,
) -> None:
    doc = rules_only(
        "A car bomb exploded outside the Harlow post office on Tuesday, killing a clerk."
    )
    assert [[(a.name, a.source) for a in e.targets] for e in doc._.events] == [
        [],
        [("Harlow post office", "rule")],  # the blast's site (argument_positions)
        [("clerk", "rule")],
    ]
    spans = [_span(doc, "Target", "the Harlow post office"), _span(doc, "Victim", "a clerk")]
    filled = fill_events(doc, spans)
    both = [("clerk", "PERSON", "model"), ("Harlow post office", "FAC", "model")]
    assert [[(a.name, a.label, a.source) for a in e.targets] for e in filled] == [both] * 3


def test_a_guessed_target_of_a_kind_the_tagger_did_not_find_stays(rules_only: Language) -> None:
    doc = rules_only("Rebels of the Tarn Liberation Army ambushed a convoy of aid trucks.")
    assert [(a.name, a.label, a.source) for a in doc._.events[0].targets] == [
        ("convoy", "FAC", "rule")
    ]
    filled = fill_events(doc, [_span(doc, "Victim", "Rebels")])[0]
    assert [(a.name, a.label, a.source) for a in filled.targets] == [
        ("convoy", "FAC", "rule"),
        ("Rebels", "ORG", "rule"),  # the actors component's mention of the span
    ]


def test_a_weapon_fills_a_missing_instrument(rules_only: Language) -> None:
    doc = rules_only("Two engineers were kidnapped on Tuesday in Oskel by men carrying machetes.")
    # As if the rules had missed it: the tagger's weapon fills the empty instrument.
    doc._.events = [e.model_copy(update={"instrument": None}) for e in doc._.events]
    filled = fill_events(doc, [_span(doc, "Weapon", "machetes")])
    assert [e.instrument.text if e.instrument else None for e in filled] == ["machetes"]


def test_a_weapon_span_that_names_no_weapon_fills_nothing(rules_only: Language) -> None:
    doc = rules_only("Two engineers were kidnapped on Tuesday in Oskel after a wait of two hours.")
    assert [e.instrument for e in doc._.events] == [None]
    filled = fill_events(doc, [_span(doc, "Weapon", "two hours")])
    assert [e.instrument for e in filled] == [None]


def test_the_taggers_weapon_comes_before_the_rules(rules_only: Language) -> None:
    doc = rules_only("Gunmen carrying rifles threw a grenade at the Harlow post office on Tuesday.")
    assert [e.instrument.text if e.instrument else None for e in doc._.events] == ["rifles"]
    filled = fill_events(doc, [_span(doc, "Weapon", "a grenade")])
    assert [e.instrument.text if e.instrument else None for e in filled] == ["a grenade"]


def test_a_target_the_rules_found_gives_way_to_the_taggers(rules_only: Language) -> None:
    doc = rules_only("A mob attacked the Harlow post office and the Oskel bus depot on Tuesday.")
    assert [(a.name, a.source) for a in doc._.events[0].targets][:1] == [
        ("Harlow post office", "rule")
    ]
    filled = fill_events(doc, [_span(doc, "Target", "the Oskel bus depot")])[0]
    assert [(a.name, a.label, a.source) for a in filled.targets] == [
        ("Oskel bus depot", "FAC", "model")
    ]


def test_spans_in_another_sentence_fill_nothing(rules_only: Language) -> None:
    doc = rules_only(
        "A bomb destroyed the Harlow post office on Tuesday. "
        "The Tarn Liberation Army issued a statement."
    )
    assert _events(doc) == [("destroyed", [], [("Harlow post office", "FAC")], "bomb")]
    doc._.events = fill_events(doc, [_span(doc, "PerpOrg", "Tarn Liberation Army")])
    assert _events(doc) == [("destroyed", [], [("Harlow post office", "FAC")], "bomb")]


def test_a_span_that_runs_past_its_noun_phrase_is_cut(rules_only: Language) -> None:
    doc = rules_only(
        "Police said gunmen who stormed a clinic in the river town of Oberhal and later "
        "burned four trucks. Standing outside, the mayor Lina Varo spoke to the press."
    )
    runaway = _span(doc, "Target", "clinic in the river town of Oberhal and later burned")
    end = doc.text.index("Lina") + len("Lina")
    over_the_stop = RoleSpan("Target", runaway.start, doc.char_span(0, end).end)
    for span in (runaway, over_the_stop):
        cut = _noun_phrase_part(doc, span.role, span.start, span.end)
        assert cut is not None
        assert doc[cut.start : cut.end].text == "clinic in the river town of Oberhal"


def test_a_verb_inside_the_noun_phrase_stays(rules_only: Language) -> None:
    doc = rules_only("Rebels bombed the building that houses the tax office and fled.")
    span = _span(doc, "Target", "building that houses the tax office")
    cut = _noun_phrase_part(doc, span.role, span.start, span.end)
    assert cut == span


def test_a_span_is_cut_before_a_preposition_of_the_verb(rules_only: Language) -> None:
    doc = rules_only("Rebels blew up electricity poles with dynamite near Oskel.")
    span = _span(doc, "Target", "electricity poles with dynamite")
    cut = _noun_phrase_part(doc, span.role, span.start, span.end)
    assert cut is not None
    assert doc[cut.start : cut.end].text == "electricity poles"


def test_a_fuller_doer_stands_beside_a_linked_one(rules_only: Language) -> None:
    doc = rules_only("Members of the FMLN bombed a bank in Oskel.")
    event = doc._.events[0]
    assert [a.name for a in event.initiators] == ["Members", "FMLN"]
    linked = [event.initiators[0], event.initiators[1].model_copy(update={"actor_id": "group:x"})]
    doc._.events = [event.model_copy(update={"initiators": linked})]
    filled = fill_events(doc, [_span(doc, "PerpInd", "Members of the FMLN")])
    assert [a.name for a in filled[0].initiators] == ["FMLN", "Members of the FMLN"]


def test_the_taggers_victims_are_named_people(rules_only: Language) -> None:
    doc = rules_only("gunmen shot a farmer near oskel on friday, and pavel orin too.")
    assert [[(a.name, a.source) for a in e.targets] for e in doc._.events] == [[("farmer", "rule")]]
    filled = fill_events(doc, [_span(doc, "Victim", "pavel orin")])[0]
    # The named victim replaces the described one the rules guessed.
    assert [(a.name, a.label, a.kind, a.source) for a in filled.targets] == [
        ("pavel orin", "PERSON", ActorKind.PERSON, "model")
    ]


def test_a_body_tagged_in_the_subject_joins_its_people(rules_only: Language) -> None:
    """ "Rebels of the X": the tagger's X joins the rules' rebels (MUC-4 keys both, the
    people as PerpInd and their body as PerpOrg); a rules' mention that shares words
    with a tagged span gives way to it."""
    doc = rules_only("Rebels of the Tarn Liberation Army ambushed a convoy of aid trucks.")
    assert [(a.name, a.source) for a in doc._.events[0].initiators] == [("Rebels", "rule")]
    filled = fill_events(doc, [_span(doc, "PerpOrg", "the Tarn Liberation Army")])[0]
    assert [a.name for a in filled.initiators] == ["Rebels", "the Tarn Liberation Army"]
    filled = fill_events(doc, [_span(doc, "PerpInd", "Rebels of the Tarn Liberation Army")])[0]
    assert [a.name for a in filled.initiators] == ["Rebels of the Tarn Liberation Army"]


def test_the_verbs_own_subject_is_not_replaced_by_the_speaker(rules_only: Language) -> None:
    """A perpetrator tagged outside the verb's subject (here the speaker) does not
    replace the subject the parse found."""
    doc = rules_only("The army shelled the village, the rebels said on Monday.")
    assert [a.name for a in doc._.events[0].initiators] == ["The army"]
    filled = fill_events(doc, [_span(doc, "PerpOrg", "the rebels")])[0]
    assert [a.name for a in filled.initiators] == ["The army"]


def test_actors_the_ner_or_kb_found_are_kept(rules_only: Language) -> None:
    doc = rules_only("Captain Ilya Varsk shot a farmer near Oskel on Friday.")
    event = doc._.events[0]
    assert [(a.name, a.source) for a in event.initiators] == [("Ilya Varsk", "ner")]
    filled = fill_events(doc, [_span(doc, "PerpInd", "a farmer")])[0]
    assert filled.initiators == event.initiators


def test_events_other_than_attacks_are_not_filled(rules_only: Language) -> None:
    doc = rules_only("The two ministers met in Oskel to discuss the harvest.")
    assert [e.type for e in doc._.events] == [PloverType.CONSULT]
    assert fill_events(doc, [_span(doc, "Victim", "two ministers")]) == doc._.events


def test_tagger_writes_role_spans_with_known_roles(nlp: Language) -> None:
    doc = nlp(
        "Gunmen from the Tarn Liberation Army set fire to a bus depot in Oskel and "
        "kidnapped two engineers, police said."
    )
    assert isinstance(doc._.roles, list)
    assert all(
        span.role in ROLES and 0 <= span.start < span.end <= len(doc) for span in doc._.roles
    )


def test_only_documents_with_a_violent_event_are_tagged(nlp: Language) -> None:
    tagger = nlp.get_pipe("warledger_roles")
    truce = nlp("The Tarn Liberation Army guerrillas and army officers signed a truce in Oskel.")
    assert PloverType.ASSAULT not in {e.type for e in truce._.events}
    assert tagger.propose([truce])[0]  # the tagger would find spans here, which fill nothing
    assert truce._.roles == []
    attack = nlp("Gunmen from the Tarn Liberation Army kidnapped two engineers near Oskel.")
    assert PloverType.ASSAULT in {e.type for e in attack._.events}
    assert attack._.roles == tagger.propose([attack])[0] != []


def test_empty_text_yields_no_roles(nlp: Language) -> None:
    doc = nlp("")
    assert doc._.roles == []


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=str(tmp_path)):
        RoleTagger(tmp_path)


def test_producer_names_the_trained_weights(nlp: Language) -> None:
    version = component_versions(nlp)["warledger_roles"]
    factory, _, weights = version.partition("@")
    assert factory == FACTORY
    assert weights.startswith("rolefill-") and len(weights) == len("rolefill-") + 12
