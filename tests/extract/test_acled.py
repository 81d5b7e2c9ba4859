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
    assert acled.acled_category(event(P.RETREAT)) == acled.NON_VIOLENT_TRANSFER
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


def test_a_named_mob_outranks_a_riot() -> None:
    mob = actor("a mob", ActorKind.CIVILIANS, "PERSON")
    lynching = event(P.ASSAULT, "beating", initiators=[mob])
    riot = event(P.PROTEST, "riot")
    assert acled.document_category([riot, lynching]) == acled.MOB_VIOLENCE
