"""Words that only look like events (``event_lookalikes``), the PLOVER conventions
they sit beside, and one event per act, on sentences written for these tests: the
events component alone, run on the spaCy parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.pipeline import build_pipeline
from warledger.model import Event, PloverType

P = PloverType


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_events"])


def run(nlp: Language, text: str) -> list[tuple[PloverType, str | None, str]]:
    doc: Doc = nlp(text)
    events: list[Event] = doc._.events
    return [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A militia called the Mountain Hawks holds the ridge.",
        "When the debt crisis struck, prices rose.",
        "The pandemic hit the garrison towns hardest.",
        "Voters there take clean water for granted.",
        "The editor died in custody last year.",
        "The number of ambushes on the road has fallen.",
        "Any incursion would be met with a firm response.",
        "Relief agencies warned that food prices could double.",
        "Our correspondent reached the governor by phone.",
        "Rents have exploded in the old town.",
        "The patient is still on life support.",
        "The new tariff is an attack on our farmers.",
        "The club fired its head coach after a run of defeats.",
        "The coach was fired after the defeat.",
        "She stormed off in anger.",
        "The home side stormed back after the break.",
        "In the film, soldiers attack a mountain village.",
        "The documentary retells the siege of the city.",
        "The goalkeeper was beaten by a low drive in the final minute.",
        "The alarm went off at dawn.",
        "Share prices exploded on Monday.",
    ],
)
def test_words_that_name_no_event_here(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels called the governor on Monday.", (P.CONSULT, "phone")),
        # a number or a time the parser reads as a name is none
        ("The driver, who was not hurt, called 911 when the truck stopped.", (P.CONSULT, "phone")),
        ("A rescue team was called about 5pm to help the search.", (P.CONSULT, "phone")),
        ("Artillery struck the depot at dawn.", (P.ASSAULT, "shelling")),
        ("Two men were taken into custody.", (P.COERCE, "detain")),
        ("The envoy met the rebel commander in the mountains.", (P.CONSULT, None)),
        ("Two grenades exploded near the gate.", (P.ASSAULT, "grenade")),
        # a particle or an object apart from its verb
        ("The rebels pulled their gunmen back from the ridge.", (P.RETREAT, None)),
        ("Brussels froze the assets of the bank.", (P.SANCTION, None)),
        # a subject that is an occurrence itself is the event the noun names
        ("The operation was a massacre.", (P.ASSAULT, None)),
    ],
)
def test_the_same_words_that_do_name_one(
    nlp: Language, text: str, kind: tuple[PloverType, str | None]
) -> None:
    assert [(t, m) for t, m, _ in run(nlp, text)] == [kind]


def test_labelling_is_no_call(nlp: Language) -> None:
    found = run(nlp, "Aid groups called the shelling a crime against humanity.")
    assert [t for t, _, _ in found] == [P.ASSAULT]


def test_a_strike_beside_war_or_fighters_is_military(nlp: Language) -> None:
    [(kind, _, _)] = run(nlp, "Rights groups called the strike a war crime.")
    assert kind is P.ASSAULT
    [(kind, _, _)] = run(nlp, "Militants were nowhere near the school at the time of the strike.")
    assert kind is P.ASSAULT
    [(kind, mode, _)] = run(nlp, "The strike by nurses closed two clinics.")
    assert (kind, mode) == (P.PROTEST, "general_strike")


def test_a_dispersal_with_crowd_control_weapons_is_one_assault(nlp: Language) -> None:
    for text in (
        "Police used tear gas to disperse the marchers.",
        "Riot police dispersed the crowd with water cannon.",
    ):
        kinds = [(t, m) for t, m, _ in run(nlp, text) if t is not P.PROTEST]
        assert kinds == [(P.ASSAULT, "crowd_control")], text


def test_people_the_police_capture_are_arrested(nlp: Language) -> None:
    assert [(t, m) for t, m, _ in run(nlp, "The gunman was captured by police.")] == [
        (P.COERCE, "arrest")
    ]
    [(kind, mode, _)] = run(nlp, "Rebels captured the town of Ardo.")
    assert (kind, mode) == (P.ASSAULT, "capture_territory")


def test_sending_relief_goods_is_aid(nlp: Language) -> None:
    assert (P.AID, None, "shipped") in run(nlp, "The Red Crescent shipped 12 tonnes of medicine.")


def test_a_lifted_measure_is_no_new_coercion(nlp: Language) -> None:
    assert [t for t, _, _ in run(nlp, "The junta lifted the curfew on Friday.")] == [P.CONCEDE]


def test_a_demand_holds_the_act_it_demands(nlp: Language) -> None:
    assert run(nlp, "The council urged the militia to withdraw from the port.") == [
        (P.REQUEST, "retreat", "urged")
    ]
    assert run(nlp, "The bishop called for a truce.") == [(P.REQUEST, "agree", "called for")]


def test_saying_or_asking_what_happened_is_no_demand(nlp: Language) -> None:
    types = [t for t, _, _ in run(nlp, "The colonel insisted that his men had not fired.")]
    assert P.REQUEST not in types


def test_a_question_asked_is_no_request_and_the_accused_no_accusation(nlp: Language) -> None:
    assert [k for k, _, _ in run(nlp, "Reporters asked whether the talks would resume.")] == [
        P.CONSULT
    ]
    assert [k for k, _, _ in run(nlp, "Reporters asked the envoy to resume the talks.")] == [
        P.REQUEST
    ]
    assert run(nlp, "Four men accused of arson appeared in court.") == [
        (P.ASSAULT, "arson", "arson")
    ]


def test_words_of_a_sport_leave_a_real_attack_alone(nlp: Language) -> None:
    # a stadium attack has its weapon (and the Arab League is no sport)
    assert [k for k, _, _ in run(nlp, "Gunmen fired on fans after the league match.")] == [
        P.ASSAULT
    ]
    assert [k for k, _, _ in run(nlp, "The Arab League urged both sides to talk.")] == [P.REQUEST]
    # only a game's own violent words are the game's: a player detained or a keeper's
    # father kidnapped is an event in any sentence about a sport
    assert [
        (k, m)
        for k, m, _ in run(
            nlp, "The league said the striker was detained by immigration officers at the airport."
        )
    ] == [(P.COERCE, "detain")]
    assert [
        k for k, _, _ in run(nlp, "Police arrested the quarterback after the league match.")
    ] == [P.COERCE]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # struck with a measure that is no force: the measure is the event
        ("Ostrelia hit six Vantorian generals with sanctions on Tuesday.", [P.SANCTION]),
        ("The two ministers were targeted by new sanctions last month.", [P.SANCTION]),
        # struck with force: an attack
        ("Police hit the marchers with batons on Friday.", [P.ASSAULT]),
        ("Rebels hit the depot with rockets at dawn.", [P.ASSAULT]),
    ],
)
def test_struck_with_sanctions_is_no_attack(
    nlp: Language, text: str, kinds: list[PloverType]
) -> None:
    assert [t for t, _, _ in run(nlp, text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a measure, a law or an effort does the targeting: an aim, no attack
        ("The new duties targeting Velmish steel took effect on Monday.", []),
        ("A ministry effort targeting grain smuggling has stalled.", []),
        ("The law targets charities funded from abroad, critics said.", []),
        # armed doers, or a weapon, target: an attack
        ("Gunmen were targeting police posts near Ostrel, the army said.", [P.ASSAULT]),
        ("The militia has targeted aid convoys near Ostrel for months.", [P.ASSAULT]),
    ],
)
def test_targeting_by_a_measure_is_no_attack(
    nlp: Language, text: str, kinds: list[PloverType]
) -> None:
    assert [t for t, _, _ in run(nlp, text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a word of a work's title: no act
        ('The minister told NBC\'s "Meet the Press" show that the duties would stay.', []),
        # the same word telling a meeting
        ("The envoy met rebel leaders in Ostrel on Sunday.", [P.CONSULT]),
    ],
)
def test_an_event_word_in_a_title_is_no_event(
    nlp: Language, text: str, kinds: list[PloverType]
) -> None:
    assert [t for t, _, _ in run(nlp, text)] == kinds
