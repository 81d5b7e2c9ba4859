"""PLOVER type + mode -> ACLED category, on events built by hand."""

from __future__ import annotations

from warledger.extract import acled
from warledger.model import ActorKind, ActorMention, CasualtyFigure, Event, PloverType, Span

P = PloverType


def actor(name: str, kind: ActorKind = ActorKind.OTHER, label: str = "ORG") -> ActorMention:
    return ActorMention(
        span=Span(start=0, end=len(name), text=name), name=name, kind=kind, label=label
    )


def event(plover: PloverType, mode: str | None = None, **fields: object) -> Event:
    trigger = Span(start=0, end=4, text="word")
    return Event(type=plover, mode=mode, trigger=trigger, **fields)  # type: ignore[arg-type]


def test_explosive_modes() -> None:
    assert acled.acled_category(event(P.ASSAULT, "aerial")) == acled.AIR_STRIKE
    assert acled.acled_category(event(P.ASSAULT, "shelling")) == acled.SHELLING
    assert acled.acled_category(event(P.ASSAULT, "suicide_bombing")) == acled.SUICIDE_BOMB
    assert acled.acled_category(event(P.ASSAULT, "ied")) == acled.REMOTE_EXPLOSIVE
    assert acled.AIR_STRIKE.event_type == "Explosions/Remote violence"
    assert acled.AIR_STRIKE.sub_event_type == "Air/drone strike"


def test_firearms_between_armed_sides_is_a_clash() -> None:
    soldiers = actor("soldiers", ActorKind.STATE_FORCE, "PERSON")
    rebels = actor("the rebels", label="PERSON")
    villagers = actor("villagers", ActorKind.CIVILIANS, "PERSON")
    clash = event(P.ASSAULT, "firearms", initiators=[rebels], targets=[soldiers])
    attack = event(P.ASSAULT, "firearms", initiators=[rebels], targets=[villagers])
    assert acled.acled_category(clash) == acled.ARMED_CLASH
    assert acled.acled_category(attack) == acled.ATTACK


def test_territory_depends_on_who_took_it() -> None:
    army = actor("the army", ActorKind.STATE_FORCE)
    group = actor("the Front", ActorKind.ARMED_GROUP)
    assert (
        acled.acled_category(event(P.ASSAULT, "capture_territory", initiators=[army]))
        == acled.GOVERNMENT_REGAINS
    )
    assert (
        acled.acled_category(event(P.ASSAULT, "capture_territory", initiators=[group]))
        == acled.NON_STATE_OVERTAKES
    )


def test_protest_depends_on_what_met_it() -> None:
    protest = event(P.PROTEST, "demonstration")
    arrest = event(P.COERCE, "arrest")
    shooting = event(P.ASSAULT, "firearms")
    assert acled.acled_category(protest) == acled.PEACEFUL_PROTEST
    assert acled.acled_category(protest, [protest, arrest]) == acled.PROTEST_WITH_INTERVENTION
    assert acled.acled_category(protest, [protest, shooting]) == acled.EXCESSIVE_FORCE
    assert acled.acled_category(event(P.PROTEST, "riot")) == acled.VIOLENT_DEMONSTRATION
    # An accident's or a flood's toll told with the protest (its cause) is no force.
    for cause in ("accident", "natural_hazard"):
        toll = event(P.ASSAULT, cause)
        assert acled.acled_category(protest, [protest, toll]) == acled.PEACEFUL_PROTEST


def test_strategic_and_uncoded_types() -> None:
    assert acled.acled_category(event(P.AGREE)) == acled.AGREEMENT
    assert acled.acled_category(event(P.COERCE, "arrest")) == acled.ARRESTS
    assert acled.acled_category(event(P.MOBILIZE, "base")) == acled.HEADQUARTERS
    troops = actor("the troops", ActorKind.STATE_FORCE, "PERSON")
    assert acled.acled_category(event(P.RETREAT, initiators=[troops])) == (
        acled.NON_VIOLENT_TRANSFER
    )
    assert acled.acled_category(event(P.THREATEN)) is None
    assert acled.acled_category(event(P.ASSAULT, "aerial", negated=True)) is None


def test_document_category_prefers_the_most_specific() -> None:
    events = [event(P.ASSAULT, None), event(P.ASSAULT, "suicide_bombing"), event(P.AGREE)]
    assert acled.document_category(events) == acled.SUICIDE_BOMB
    assert acled.document_category([event(P.CONSULT)]) is None


def test_toll_without_an_act_is_other() -> None:
    toll = CasualtyFigure(span=Span(start=0, end=10, text="300 killed"), low=300)
    carrier = event(P.ASSAULT, None, casualties=[toll])
    carrier = carrier.model_copy(update={"trigger": toll.span})
    assert acled.toll_only(carrier)
    assert acled.acled_category(carrier) == acled.OTHER
    assert not acled.toll_only(event(P.ASSAULT, None, casualties=[toll]))


def test_who_met_the_protest_decides_its_category() -> None:
    protest = event(P.PROTEST, "demonstration")
    police = actor("riot police officers", ActorKind.STATE_FORCE, "PERSON")
    beating = event(P.ASSAULT, "beating", initiators=[police])
    # "Riot" in a force's name does not make the police the protesters.
    assert acled.acled_category(protest, [protest, beating]) == acled.EXCESSIVE_FORCE
    # An unarmed group that attacks a rally is mob violence, not excessive force.
    onlookers = actor("a group of onlookers", ActorKind.CIVILIANS, "PERSON")
    mob_attack = event(P.ASSAULT, None, initiators=[onlookers])
    assert acled.acled_category(protest, [protest, mob_attack]) == acled.MOB_VIOLENCE
    # A riot told beside a demonstration makes the demonstration violent.
    riot = event(P.PROTEST, "riot")
    assert acled.acled_category(protest, [protest, riot, beating]) == (acled.VIOLENT_DEMONSTRATION)


def test_plural_vigilantes_are_a_mob() -> None:
    vigilantes = actor("vigilantes", ActorKind.CIVILIANS, "PERSON")
    assert acled.acled_category(event(P.ASSAULT, None, initiators=[vigilantes])) == (
        acled.MOB_VIOLENCE
    )


def test_force_on_protesters_named_only_as_targets() -> None:
    marchers = actor("peaceful demonstrators", ActorKind.CIVILIANS, "PERSON")
    crackdown = event(P.ASSAULT, None, targets=[marchers])
    arrests = event(P.COERCE, "arrest", targets=[marchers])
    assert acled.acled_category(crackdown) == acled.EXCESSIVE_FORCE
    assert acled.acled_category(arrests) == acled.PROTEST_WITH_INTERVENTION
    # Arrests of others stay arrests.
    villagers = actor("villagers", ActorKind.CIVILIANS, "PERSON")
    assert acled.acled_category(event(P.COERCE, "arrest", targets=[villagers])) == acled.ARRESTS


def test_protesters_are_named_by_whole_words() -> None:
    """ "Patriots" holds "riot" and "Mobilization" holds "mob": neither names protesters,
    so a clash with the Alliance of Patriots is a clash, not force against a protest."""
    army = actor("the army", ActorKind.STATE_FORCE)
    for name in ("Alliance of Patriots", "Popular Mobilization Forces"):
        clash = event(P.ASSAULT, "clash", initiators=[army], targets=[actor(name)])
        assert acled.acled_category(clash) == acled.ARMED_CLASH, name
    rioters = event(P.ASSAULT, "clash", initiators=[army], targets=[actor("rioters")])
    assert acled.acled_category(rioters) == acled.EXCESSIVE_FORCE


def test_a_named_mob_outranks_a_riot() -> None:
    mob = actor("a mob", ActorKind.CIVILIANS, "PERSON")
    lynching = event(P.ASSAULT, "beating", initiators=[mob])
    riot = event(P.PROTEST, "riot")
    assert acled.document_category([riot, lynching]) == acled.MOB_VIOLENCE


def test_territory_changes_hands_only_when_an_armed_side_leaves() -> None:
    residents = actor("residents", ActorKind.CIVILIANS, "PERSON")
    assert acled.acled_category(event(P.RETREAT, targets=[residents])) is None
    assert acled.acled_category(event(P.RETREAT)) is None  # "the area was evacuated"
    # "... forced the militia to withdraw its fighters": the fighters are armed.
    fighters = actor("its fighters", label="PERSON")
    assert acled.acled_category(event(P.RETREAT, targets=[fighters])) == (
        acled.NON_VIOLENT_TRANSFER
    )


def test_a_disaster_is_no_attack_and_explains_harm_with_no_doer() -> None:
    quake = event(P.ASSAULT, "natural_hazard")
    crash = event(P.ASSAULT, "accident")
    assert acled.acled_category(quake) == acled.OTHER
    assert acled.acled_category(crash) == acled.OTHER
    # "19 people were killed when their bus plunged ... in the accident".
    people = actor("19 people", ActorKind.CIVILIANS, "PERSON")
    harm = event(P.ASSAULT, None, targets=[people])
    assert acled.acled_category(harm, [harm, crash]) == acled.OTHER
    assert acled.acled_category(harm, [harm]) == acled.ATTACK
    # So are a fire or an explosion with no doer ("plants burned" beside a wildfire).
    burned = event(P.ASSAULT, "arson")
    assert acled.acled_category(burned, [burned, quake]) == acled.OTHER
    assert acled.acled_category(burned, [burned]) == acled.LOOTING
    blasts = event(P.ASSAULT, "explosion")
    assert acled.acled_category(blasts, [blasts, crash]) == acled.OTHER
    # Harm with a doer, or to armed people, is not presumed the disaster's.
    gunmen = actor("gunmen", ActorKind.ARMED_GROUP, "PERSON")
    shooting = event(P.ASSAULT, None, initiators=[gunmen], targets=[people])
    assert acled.acled_category(shooting, [shooting, crash]) == acled.ATTACK
    soldiers = actor("five soldiers", ActorKind.STATE_FORCE, "PERSON")
    ambush = event(P.ASSAULT, None, targets=[soldiers])
    assert acled.acled_category(ambush, [ambush, quake]) == acled.ARMED_CLASH
    # A disaster's victims are no protesters met with force.
    marchers = actor("demonstrators", ActorKind.CIVILIANS, "PERSON")
    assert acled.acled_category(event(P.ASSAULT, "accident", targets=[marchers])) == acled.OTHER
