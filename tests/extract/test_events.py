"""warledger_events on short sentences written for these tests.

The events component runs alone on the spaCy parse; where a test needs what
another component would supply (a resolved place, a casualty figure) it sets
that ``Doc._`` attribute itself, so these tests check this component only.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.pipeline import build_pipeline
from warledger.model import (
    ActorKind,
    ActorMention,
    CasualtyFigure,
    DateMention,
    DatePrecision,
    Event,
    Place,
    PlaceMention,
    PloverType,
    Span,
)

P = PloverType


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_events"])


def run(nlp: Language, text: str, **attrs: object) -> list[Event]:
    """Parse ``text``, set the given ``Doc._`` attributes, then run the events pipe."""
    doc: Doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "warledger_events":
            doc = proc(doc)
    for name, value in attrs.items():
        setattr(doc._, name, value)
    return list(nlp.get_pipe("warledger_events")(doc)._.events)


def mention(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def only(events: list[Event], plover: PloverType) -> Event:
    found = [e for e in events if e.type == plover]
    assert len(found) == 1, events
    return found[0]


def test_shelling_with_place_and_instrument(nlp: Language) -> None:
    text = "Artillery shelled Stepanakert on Sunday."
    place = PlaceMention(span=mention(text, "Stepanakert"), place=Place(name="Stepanakert"))
    event = only(run(nlp, text, places=[place]), P.ASSAULT)
    assert event.mode == "shelling"
    assert event.trigger.text == "shelled"
    assert event.place == place
    assert event.instrument is not None and event.instrument.text == "Artillery"
    assert not event.negated
    assert all(t.span.text != "Stepanakert" for t in event.targets)


def test_negated_attack(nlp: Language) -> None:
    event = only(run(nlp, "The troops did not attack the village."), P.ASSAULT)
    assert event.negated
    assert [a.name for a in event.initiators] == ["troops"]
    assert [a.name for a in event.targets] == ["village"]
    assert event.initiators[0].source == "rule"


def test_no_shelling_is_negated(nlp: Language) -> None:
    assert only(run(nlp, "There was no shelling in the town overnight."), P.ASSAULT).negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("No unit of the brigade opened artillery fire on the village.", True),
        ("Nobody fired on the convoy near the bridge.", True),
        ("No militia launched an attack on the base.", True),
        ("A unit of the brigade opened artillery fire on the village.", False),
    ],
)
def test_an_act_denied_through_its_subject(nlp: Language, text: str, negated: bool) -> None:
    assert only(run(nlp, text), P.ASSAULT).negated is negated


def test_no_victims_does_not_deny_the_attack(nlp: Language) -> None:
    events = run(nlp, "No one was killed when militants shelled the village.")
    shelling = [e for e in events if e.trigger.text == "shelled"]
    assert len(shelling) == 1
    assert not shelling[0].negated


def test_martial_law_and_mobilization(nlp: Language) -> None:
    events = run(nlp, "Armenia declared martial law and general mobilization.")
    mobilize = only(events, P.MOBILIZE)
    assert mobilize.mode == "troops"
    assert [a.name for a in mobilize.initiators] == ["Armenia"]
    assert only(events, P.COERCE).mode == "martial_law"


def test_fighters_transfer(nlp: Language) -> None:
    event = only(run(nlp, "Fighters were transferred to the front by the company."), P.MOBILIZE)
    assert event.mode == "fighters_transfer"
    assert [a.name for a in event.targets] == ["Fighters"]
    assert [a.name for a in event.initiators] == ["company"]


def test_generic_attack_takes_mode_from_cue(nlp: Language) -> None:
    text = "Warplanes attacked the market, killing four civilians."
    events = [e for e in run(nlp, text) if e.type == P.ASSAULT]
    assert {e.mode for e in events} == {"aerial"}
    killing = next(e for e in events if e.trigger.text == "killing")
    assert [a.name for a in killing.targets] == ["four civilians"]
    assert killing.targets[0].label == "PERSON"


def test_suicide_bombing_and_casualties(nlp: Language) -> None:
    text = "A suicide bombing at the checkpoint killed 12 people."
    toll = CasualtyFigure(span=mention(text, "12 people"), low=12)
    events = run(nlp, text, casualties=[toll])
    assault = [e for e in events if e.type == P.ASSAULT]
    assert {e.mode for e in assault} == {"suicide_bombing"}
    assert sum(len(e.casualties) for e in assault) == 1
    nearest = next(e for e in assault if e.casualties)
    assert nearest.trigger.text == "killed"


def test_passive_agent_is_initiator(nlp: Language) -> None:
    event = only(run(nlp, "The convoy was ambushed by insurgents."), P.ASSAULT)
    assert [a.name for a in event.initiators] == ["insurgents"]
    assert [a.name for a in event.targets] == ["convoy"]


def test_armed_victims_of_a_killing_stay_armed(nlp: Language) -> None:
    """A killing's victims are taken as people, but a group the actors component knows
    as a state's force ("four policemen", tagged as an organisation) is no civilians."""
    text = "The gunmen killed four policemen near the depot."
    police = ActorMention(
        span=mention(text, "four policemen"),
        name="four policemen",
        kind=ActorKind.STATE_FORCE,
        label="ORG",
        source="rule",
    )
    event = only(run(nlp, text, actors=[police]), P.ASSAULT)
    assert [(a.name, a.kind) for a in event.targets] == [("four policemen", ActorKind.STATE_FORCE)]


def test_people_a_force_qualifies_are_that_force(nlp: Language) -> None:
    """ "police officers" are a state's force and a "militia commander" an armed group's;
    an officer alone is a state's force too; a plain noun of people stays civilians."""
    event = only(
        run(nlp, "Rebels ambushed two police officers and a militia commander."), P.ASSAULT
    )
    assert [(a.name, a.kind) for a in event.targets] == [
        ("two police officers", ActorKind.STATE_FORCE),
        ("militia commander", ActorKind.ARMED_GROUP),
    ]
    event = only(run(nlp, "Rebels ambushed two officers and a teacher."), P.ASSAULT)
    assert [a.kind for a in event.targets] == [ActorKind.STATE_FORCE, ActorKind.CIVILIANS]
    # an officer of another trade stays a civilian
    event = only(run(nlp, "Rebels ambushed a press officer."), P.ASSAULT)
    assert [a.kind for a in event.targets] == [ActorKind.CIVILIANS]


@pytest.fixture(scope="module")
def with_places() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_places", "warledger_events"])


def test_a_country_in_a_speakers_name_is_no_place(with_places: Language) -> None:
    """ "the U.S. military" names whose the speaker is, not where the blast was; a
    town's own police ("Kunduz police") stays a fair guess of the place."""
    blasts = run(with_places, "A blast hit the depot, the U.S. military said.")
    assert blasts and all(e.place is None for e in blasts)
    raid = only(run(with_places, "Kunduz police said rebels attacked a checkpoint."), P.ASSAULT)
    assert raid.place is not None and raid.place.span.text == "Kunduz"


def test_a_dateline_is_no_doer(nlp: Language) -> None:
    """The parser may take a place dateline for the subject of the first sentence."""
    for text in (
        "VELNA — A car bomb exploded near the bus station on Thursday.",
        "ORSK, Kazaria (Wire) — Gunmen attacked a police post on Monday.",
    ):
        for event in run(nlp, text):
            assert not [a for a in event.initiators if a.name in ("VELNA", "ORSK", "Kazaria")]


def test_light_verb_subject_and_target(nlp: Language) -> None:
    event = only(run(nlp, "The rebels launched an attack on the airport."), P.ASSAULT)
    assert [a.name for a in event.initiators] == ["rebels"]
    assert [a.name for a in event.targets] == ["airport"]


def test_intentions_and_refusals_follow_plover(nlp: Language) -> None:
    assert only(run(nlp, "The army will attack the town."), P.THREATEN).mode == "assault"
    assert run(nlp, "The minister will visit the capital.")[0].type == P.AGREE
    assert run(nlp, "The rebels did not agree to the plan.")[0].type == P.REJECT


def test_protest_and_arrest(nlp: Language) -> None:
    events = run(nlp, "Police arrested dozens of protesters after the demonstration.")
    assert only(events, P.COERCE).mode == "arrest"
    assert {e.mode for e in events if e.type == P.PROTEST} == {"demonstration"}


def test_name_containing_a_trigger_word_is_not_an_event(nlp: Language) -> None:
    text = "The Popular Mobilization Forces entered the city."
    name = "Popular Mobilization Forces"
    actor = ActorMention(span=mention(text, name), name=name, label="ORG")
    assert [e for e in run(nlp, text, actors=[actor]) if e.type == P.MOBILIZE] == []


@pytest.mark.parametrize(
    ("text", "word", "is_event"),
    [
        ("The army flew attack helicopters over the ridge.", "attack", False),  # an aircraft
        ("Two protest leaders were seen at the station.", "protest", False),
        ("The strike aircraft circled the harbour.", "strike", False),
        ("Envoys praised the mediation efforts in the capital.", "mediation", True),
        ("The humanitarian situation in the valley worsened.", "humanitarian", False),
        ("Donors sent humanitarian aid to the valley.", "aid", True),
        ("Police questioned the bombing suspect on Monday.", "bombing", True),  # that bombing
        ("A humanitarian corridor opened on Monday.", "humanitarian", True),
        ("A car bomb attack hit the checkpoint.", "bomb", True),  # one event, two words
    ],
)
def test_an_event_noun_that_names_a_kind_is_no_event(
    nlp: Language, text: str, word: str, is_event: bool
) -> None:
    words = {w for e in run(nlp, text) for w in e.trigger.text.split()}
    assert (word in words) is is_event


def test_text_without_events(nlp: Language) -> None:
    assert run(nlp, "The weather was mild and the shops were open.") == []
    assert run(nlp, "") == []


def test_act_and_its_cause_are_one_event(nlp: Language) -> None:
    text = "Three villagers were killed in the shelling."
    toll = CasualtyFigure(span=mention(text, "Three villagers were killed"), low=3, high=3)
    [event] = run(nlp, text, casualties=[toll])
    assert (event.type, event.mode, event.trigger.text) == (P.ASSAULT, "shelling", "shelling")
    assert [a.name for a in event.targets] == ["Three villagers"]
    assert event.casualties == [toll]


def test_toll_without_an_event_gets_one(nlp: Language) -> None:
    text = "The ministry counted more than 300 victims."
    toll = CasualtyFigure(span=mention(text, "more than 300 victims"), low=301)
    [event] = run(nlp, text, casualties=[toll])
    assert event.type == P.ASSAULT and event.mode is None
    assert event.trigger.text == "more than 300 victims"
    assert event.casualties == [toll]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The health ministry reported 58 coronavirus deaths on Sunday.", "58 coronavirus deaths"),
        ("Measles has killed 12 children in the camp, nurses said.", "killed 12 children"),
    ],
)
def test_deaths_a_disease_explains_are_no_attack(nlp: Language, text: str, words: str) -> None:
    """A toll of an epidemic is kept (it is news in a war zone) but is no attack's."""
    toll = CasualtyFigure(span=mention(text, words), low=12)
    [event] = run(nlp, text, casualties=[toll])
    assert (event.type, event.mode) == (P.ASSAULT, "natural_hazard")


def test_accident_is_not_an_attack(nlp: Language) -> None:
    # The explosion a gas leak explains is the accident's, told as one, never a bombing.
    events = run(nlp, "A gas leak caused an explosion at the factory.")
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [
        (P.ASSAULT, "accident", "gas leak"),
        (P.ASSAULT, "accident", "explosion"),
    ]


def test_a_disaster_named_as_such_is_an_event_with_no_doer(nlp: Language) -> None:
    [quake] = run(nlp, "A strong earthquake struck the northern province on Sunday.")
    assert (quake.type, quake.mode, quake.trigger.text) == (
        P.ASSAULT,
        "natural_hazard",
        "earthquake",
    )
    assert quake.initiators == []
    [storm] = run(nlp, "The governor said the cyclone destroyed hundreds of homes.")
    assert (storm.mode, storm.trigger.text, storm.initiators) == ("natural_hazard", "cyclone", [])
    [derailed] = run(nlp, "A freight train derailed outside the station at dawn.")
    assert (derailed.mode, derailed.trigger.text) == ("accident", "derailed")
    # A road crash is left to the cues: a car that hits someone may be a crime.
    assert run(nlp, "Two cars collided outside the station at dawn.") == []
    # Nobody threatens a flood: a coming storm stays a storm (its stance says future).
    [coming] = run(nlp, "A tropical storm will reach the coast by Friday.")
    assert (coming.type, coming.mode) == (P.ASSAULT, "natural_hazard")


def test_a_plant_that_explodes_or_burns_by_accident(nlp: Language) -> None:
    [blast] = run(nlp, "A boiler exploded at the chemical plant on the river.")
    assert (blast.mode, blast.trigger.text) == ("accident", "exploded")
    [fire] = run(nlp, "A fuel tank burned for hours after it caught fire at the refinery.")
    assert (fire.mode, fire.trigger.text) == ("accident", "burned")
    # Without an accident cue an explosion stays what it says.
    [bomb] = run(nlp, "An explosion tore through the market in the old town.")
    assert bomb.mode == "explosion"


def test_a_crash_told_with_a_weapon_is_no_accident(nlp: Language) -> None:
    text = "A missile hit the airliner and the plane crash left no survivors."
    assert not [e for e in run(nlp, text) if e.mode == "accident"]
    # An aircraft is no weapon: military planes crash by accident too.
    [crash] = run(nlp, "The military plane crash in the mountains was the third this year.")
    assert (crash.mode, crash.trigger.text) == ("accident", "plane crash")


def test_expelling_diplomats_is_a_sanction(nlp: Language) -> None:
    [event] = run(nlp, "The government expelled three diplomats on Monday.")
    assert (event.type, event.mode) == (P.SANCTION, "expel_diplomats")
    assert [a.name for a in event.initiators] == ["government"]


def test_exchange_takes_its_partner_as_target(nlp: Language) -> None:
    [event] = run(nlp, "The minister met with the envoy.")
    assert event.type == P.CONSULT
    assert [a.name for a in event.targets] == ["envoy"]
    assert event.targets[0].label == "PERSON"


def test_demands_and_promised_coercion(nlp: Language) -> None:
    [demand] = run(nlp, "The rebels must withdraw from the city.")
    assert (demand.type, demand.mode) == (P.REQUEST, "retreat")
    curfew = only(run(nlp, "The governor will extend the curfew."), P.THREATEN)
    assert curfew.mode == "curfew"


def test_should_before_its_subject_opens_a_condition_not_a_demand(nlp: Language) -> None:
    text = "Should Vantoria send its troops across the river, the militia will resist them."
    assert P.REQUEST not in {e.type for e in run(nlp, text)}
    [demand] = run(nlp, "Vantoria should withdraw its troops from the valley.")
    assert demand.type == P.REQUEST


def test_ordered_killing_names_who_ordered_it(nlp: Language) -> None:
    event = only(run(nlp, "The killing was ordered by the commander."), P.ASSAULT)
    assert [a.name for a in event.initiators] == ["commander"]


def test_threat_takes_the_threatened_act_as_mode(nlp: Language) -> None:
    [event] = run(nlp, "The rebels threatened to attack the capital.")
    assert (event.type, event.mode, event.trigger.text) == (P.THREATEN, "assault", "threatened")
    assert [a.name for a in event.initiators] == ["rebels"]
    assert [a.name for a in event.targets] == ["capital"]


def test_fighters_sent_far_from_their_verb_are_a_transfer(nlp: Language) -> None:
    text = (
        "The neighbouring state has sent about 300 mercenaries of the Copper Legion to the front."
    )
    event = only(run(nlp, text), P.MOBILIZE)
    assert (event.mode, event.trigger.text) == ("fighters_transfer", "sent")


def test_signing_a_decree_is_no_agreement_and_so_called_no_phone_call(nlp: Language) -> None:
    events = run(nlp, "The president signed a decree on the so-called border zone.")
    assert not [e for e in events if e.type in (P.AGREE, P.CONSULT)]
    unhyphenated = run(nlp, "So called peace envoys have done nothing for the valley.")
    assert not [e for e in unhyphenated if e.type == P.CONSULT]
    attacked = run(nlp, "The garrison was short of food, and so attacked the depot at dawn.")
    assert [e.type for e in attacked if e.trigger.text == "attacked"] == [P.ASSAULT]
    signed = [
        e.trigger.text for e in run(nlp, "The two sides signed a truce.") if e.type == P.AGREE
    ]
    assert "signed" in signed


def test_conditional_force_is_a_threat(nlp: Language) -> None:
    event = only(run(nlp, "The army would respond with force if the convoy crossed."), P.THREATEN)
    assert event.mode == "assault"
    assert not [e for e in run(nlp, "The army used force.") if e.type == P.THREATEN]


def _dates(text: str, *words: tuple[str, date]) -> list[DateMention]:
    return [
        DateMention(span=mention(text, w), start=d, end=d, precision=DatePrecision.DAY)
        for w, d in words
    ]


def test_a_date_until_which_something_lasts_does_not_date_it(nlp: Language) -> None:
    text = "The curfew will stay in force until Friday after the mayor extended it on Monday."
    dates = _dates(text, ("Friday", date(2026, 6, 19)), ("Monday", date(2026, 6, 15)))
    curfew = [e for e in run(nlp, text, dates=dates) if e.mode == "curfew"]
    assert curfew and all(e.date is not None and e.date.span.text == "Monday" for e in curfew)


def test_an_earlier_predicate_of_another_tense_keeps_its_date(nlp: Language) -> None:
    text = "The fighters crossed the river on 3 May and are being transferred to the front."
    dates = _dates(text, ("3 May", date(2026, 5, 3)))
    event = only(run(nlp, text, dates=dates), P.MOBILIZE)
    assert event.trigger.text == "transferred" and event.date is None
    text = "Rebels shot down a drone on Friday and destroyed a tank."
    dates = _dates(text, ("Friday", date(2026, 5, 1)))
    destroyed = [e for e in run(nlp, text, dates=dates) if e.trigger.text == "destroyed"]
    assert destroyed and destroyed[0].date is not None


def test_a_vehicle_catching_fire_is_no_firing(nlp: Language) -> None:
    text = "Four people died when a lorry overturned and caught fire on the ring road."
    toll = CasualtyFigure(span=mention(text, "Four people"), kind="killed", low=4)
    # The toll is kept, marked as an accident's, so it is never taken for an attack's.
    assert [e.mode for e in run(nlp, text, casualties=[toll])] == ["accident"]
    fired = "The lorry caught fire after soldiers fired at it, killing the driver."
    [event] = run(nlp, fired)
    assert (event.type, event.mode) == (P.ASSAULT, "firearms")


def test_a_natural_hazards_toll_is_coded_apart_from_an_accidents(nlp: Language) -> None:
    text = "Nine villagers died when the flood swept through the valley."
    toll = CasualtyFigure(span=mention(text, "Nine villagers"), kind="killed", low=9)
    assert [e.mode for e in run(nlp, text, casualties=[toll])] == ["natural_hazard"]
    text = "Nine villagers died when a boiler burst at the mill during the storm."
    toll = CasualtyFigure(span=mention(text, "Nine villagers"), kind="killed", low=9)
    # Both named: the hazard is taken for the cause.
    assert [e.mode for e in run(nlp, text, casualties=[toll])] == ["natural_hazard"]


def test_harm_told_right_after_an_accident_is_that_accidents(nlp: Language) -> None:
    text = "A boiler burst at the textile mill in Ostra on Monday. Three workers were hurt."
    toll = CasualtyFigure(span=mention(text, "Three workers"), kind="injured", low=3)
    assert [e.mode for e in run(nlp, text, casualties=[toll])] == ["accident"]
    # Not when the victims are armed, nor when the sentence before names a weapon.
    armed = "A bus crashed on the hill road on Monday. Five soldiers were killed."
    toll = CasualtyFigure(span=mention(armed, "Five soldiers"), kind="killed", low=5)
    assert [e.mode for e in run(nlp, armed, casualties=[toll])] == [None]
    bomb = "A car packed with explosives crashed into the gate on Monday. Five guests were killed."
    toll = CasualtyFigure(span=mention(bomb, "Five guests"), kind="killed", low=5)
    assert [e.mode for e in run(nlp, bomb, casualties=[toll]) if e.type == P.ASSAULT] == [None]


def test_overdose_deaths_are_no_attacks_toll(nlp: Language) -> None:
    text = "Health officials counted forty fentanyl deaths in the province last year."
    toll = CasualtyFigure(span=mention(text, "forty fentanyl deaths"), kind="killed", low=40)
    assert [e.mode for e in run(nlp, text, casualties=[toll])] == ["accident"]


def test_a_death_from_illness_is_no_attacks_toll(nlp: Language) -> None:
    text = "The mayor of Ostra died of lung cancer on Sunday at the age of 81."
    toll = CasualtyFigure(span=mention(text, "The mayor of Ostra"), kind="killed", low=1)
    assert [e.mode for e in run(nlp, text, casualties=[toll])] == ["accident"]
    text = "Her uncle suffered a stroke in the spring and never recovered."
    assert [e.type for e in run(nlp, text)] == []
    # A violent act told with an illness keeps its means.
    text = "Gunmen shot dead a cancer patient outside the clinic."
    assert [(e.type, e.mode) for e in run(nlp, text)] == [(P.ASSAULT, "firearms")]


def test_violence_by_protesters_named_as_such_is_rioting(nlp: Language) -> None:
    # ACLED's violent demonstration: violence or destruction (burning tyres) by protesters.
    riots = run(nlp, "Crowds returned to the square after two nights of street violence.")
    assert [(e.mode, e.trigger.text) for e in riots if e.type == P.PROTEST] == [
        ("riot", "street violence")
    ]
    tyres = run(nlp, "Marchers burned tyres on the ring road on Monday.")
    assert ("riot", "burned tyres") in [(e.mode, e.trigger.text) for e in tyres]
    # Protest against violence is no violence by protesters.
    against = run(nlp, "Students marched to condemn police violence.")
    assert "riot" not in [e.mode for e in against]


def test_a_named_disaster_is_news_only_where_it_acts(nlp: Language) -> None:
    # A known storm the text refers to, as a time or a cause, is no new event.
    text = "The clinic reopened three weeks after Hurricane Katrina."
    assert not [e for e in run(nlp, text) if e.mode == "natural_hazard"]
    [storm] = run(nlp, "Typhoon Haiyan flattened the coastal town on Friday.")
    assert (storm.mode, storm.trigger.text) == ("natural_hazard", "Typhoon")


def test_leaving_people_dead_or_hurt_is_no_withdrawal(nlp: Language) -> None:
    for text in (
        "The raid on Friday left two dead.",
        "The blast left three people injured.",
        "Gunmen raided a cafe, leaving at least four people dead and sparking a long standoff.",
    ):
        assert all(e.type != P.RETREAT for e in run(nlp, text)), text
    assert only(run(nlp, "The rebels left the village on Monday."), P.RETREAT)


def test_shooting_nouns_are_firearms_attacks_and_a_shootout_a_clash(nlp: Language) -> None:
    text = "A shooting left one dead on Friday, and the shootout lasted an hour."
    assert {(e.trigger.text, e.mode) for e in run(nlp, text)} == {
        ("shooting", "firearms"),
        ("shootout", "clash"),
    }
    gunshot = only(run(nlp, "Officers found a man with a gunshot wound."), P.ASSAULT)
    assert gunshot.mode == "firearms"


def test_a_toll_of_none_is_no_event_of_its_own(nlp: Language) -> None:
    text = "The storm passed and there were no casualties in the town."
    none = CasualtyFigure(span=mention(text, "no casualties"), low=0, high=0)
    assert run(nlp, text, casualties=[none]) == []
    text = "There were 40 casualties in the town."
    toll = CasualtyFigure(span=mention(text, "40 casualties"), low=40)
    assert [e.trigger.text for e in run(nlp, text, casualties=[toll])] == ["40 casualties"]
