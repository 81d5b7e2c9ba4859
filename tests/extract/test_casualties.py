"""warledger_casualties on short texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.casualties_quantity import quantity
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import CasualtyFigure


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_casualties"])


def figures(nlp: Language, text: str) -> list[tuple[str, str, int, int | None]]:
    doc = Extractor(nlp).process(TextInput(text, "t"))
    found: list[CasualtyFigure] = doc._.casualties
    return [(f.kind, f.group, f.low, f.high) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than a dozen civilians were killed.", ("killed", "civilians", 13, None)),
        ("Dozens of people were wounded in the attack.", ("injured", "unknown", 24, None)),
        ("At least 3,000 fighters died.", ("killed", "combatants", 3000, None)),
        ("Hundreds of families were displaced.", ("displaced", "civilians", 200, None)),
        ("Two soldiers were killed on Monday.", ("killed", "combatants", 2, 2)),
        ("The death toll rose to 40.", ("killed", "unknown", 40, 40)),
        ("He said there were more than 3000 victims.", ("killed", "unknown", 3001, None)),
        ("No one was hurt.", ("injured", "unknown", 0, 0)),
        ("Between 10 and 15 children died.", ("killed", "civilians", 10, 15)),
        ("Police arrested 20 protesters.", ("captured", "civilians", 20, 20)),
        ("Five people are missing.", ("missing", "unknown", 5, 5)),
        (
            "Gunmen raided a cafe, leaving at least four people dead and sparking a standoff.",
            ("killed", "unknown", 4, None),
        ),
        (
            "Medics in the town said the airstrike killed 19 civilians, among them children.",
            ("killed", "civilians", 19, 19),
        ),
    ],
)
def test_single_figure(
    nlp: Language, text: str, expected: tuple[str, str, int, int | None]
) -> None:
    assert figures(nlp, text) == [expected]


def test_two_figures_in_one_clause(nlp: Language) -> None:
    found = figures(nlp, "The shelling hit the market, killing 5 and wounding 12.")
    assert found == [("killed", "unknown", 5, 5), ("injured", "unknown", 12, 12)]


def test_no_casualties_is_zero_killed_and_injured(nlp: Language) -> None:
    assert sorted(figures(nlp, "There were no casualties.")) == [
        ("injured", "unknown", 0, 0),
        ("killed", "unknown", 0, 0),
    ]


def test_span_is_the_figure_phrase(nlp: Language) -> None:
    text = "Officials said that two soldiers were killed near the border."
    doc = Extractor(nlp).process(TextInput(text, "t"))
    [figure] = doc._.casualties
    assert figure.span.text == "two soldiers were killed"
    assert text[figure.span.start : figure.span.end] == figure.span.text


def test_no_number_no_figure(nlp: Language) -> None:
    assert figures(nlp, "Civilians were killed in the strike.") == []


@pytest.mark.parametrize(
    ("words", "bounds"),
    [
        ("more than a dozen", (13, None)),
        ("twenty-five", (25, 25)),
        ("up to 40", (1, 40)),
        ("fewer than ten", (1, 9)),
        ("2.5 million", (2_500_000, 2_500_000)),
        ("tens of thousands", (20_000, None)),
        ("the people", None),
    ],
)
def test_quantity_wording(words: str, bounds: tuple[int, int | None] | None) -> None:
    assert quantity(words) == bounds


def test_conjoined_victims_are_added_up(nlp: Language) -> None:
    assert figures(nlp, "Three soldiers and two officers were killed.") == [
        ("killed", "combatants", 5, 5)
    ]
    assert figures(nlp, "Two soldiers and civilians were killed.") == [
        ("killed", "unknown", 2, None)
    ]


def test_conjoined_tolls_stay_apart(nlp: Language) -> None:
    found = figures(nlp, "The raid left more than a dozen dead and dozens of injured.")
    assert found == [("killed", "unknown", 13, None), ("injured", "unknown", 24, None)]


def test_a_single_noun_trigger_is_not_a_count(nlp: Language) -> None:
    assert figures(nlp, "A body was found near the road.") == []


def test_a_number_of_is_vague(nlp: Language) -> None:
    assert figures(nlp, "A number of activists were detained.") == [
        ("captured", "unknown", 2, None)
    ]


def test_one_named_person_counts_one(nlp: Language) -> None:
    assert figures(nlp, "Gunmen killed the deputy commander of the brigade.") == [
        ("killed", "combatants", 1, 1)
    ]
    assert figures(nlp, "Her husband died in the blast.") == [("killed", "unknown", 1, 1)]
    assert figures(nlp, "The shelling killed the ceasefire.") == []
    assert figures(nlp, "The army captured the town.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The second verb shares the passive, and the day the parser made its object
        # is no victim.
        ("A 52-year-old woman was shot and killed Friday evening outside her home.", 1),
        ("A 30-year-old man was found shot to death in his car, police said.", 1),
        ("Attackers beat three farmers to death near the well.", 3),
    ],
)
def test_put_to_death_and_shot_and_killed_count_the_dead(
    nlp: Language, text: str, expected: int
) -> None:
    assert [(kind, low) for kind, _, low, _ in figures(nlp, text)] == [("killed", expected)]


def test_victims_whose_clause_says_they_live_were_hurt(nlp: Language) -> None:
    stable = figures(nlp, "The three other victims were listed in stable condition on Monday.")
    assert [(kind, low) for kind, _, low, _ in stable] == [("injured", 3)]
    buried = figures(nlp, "Six victims of the raid were buried on Monday.")
    assert [(kind, low) for kind, _, low, _ in buried] == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wounding verb made a killing by its adverb: local news' commonest toll of one.
        ("A teenager was fatally shot outside a corner store on Friday.", (1, 1)),
        ("A bus driver was mortally wounded in the ambush.", (1, 1)),
        # The ordinal of a victim who died later is the toll so far.
        ("A second victim has died after the shooting at the car wash.", (2, 2)),
        ("A third person died Tuesday of wounds from the weekend attack.", (3, 3)),
        # "Both" counts two; "a couple shot to death" is two people.
        ("The gunman shot his neighbours on the porch. Both died at the scene.", (2, 2)),
        ("Both brothers were killed when the truck was fired on.", (2, 2)),
        ("Detectives interviewed the son of a couple shot to death in their kitchen.", (2, 2)),
        # "A double homicide" is two dead.
        ("Investigators said the fire hid a double homicide.", (2, 2)),
    ],
)
def test_tolls_local_reports_word_without_a_number(
    nlp: Language, text: str, expected: tuple[int, int]
) -> None:
    killed = [(low, high) for kind, _, low, high in figures(nlp, text) if kind == "killed"]
    assert killed == [expected]


def test_an_ordinal_suspect_and_a_numbered_homicide_count_no_one(nlp: Language) -> None:
    assert figures(nlp, "The second suspect was arrested on Tuesday.") == []
    assert [f for f in figures(nlp, "It was the city's 38th homicide of the year.")] == []
