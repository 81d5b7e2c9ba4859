"""The clause rules of ``event_stance`` on real parses of sentences written for these
tests: a past circumstance of a speech act (told as fact, not part of what is vowed or
threatened), a toll that describes another noun's people, the future's reach, and the
generic present. Each case pins one condition that mutation testing found unguarded.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from warledger.extract.event_stance import (
    beside_circumstance,
    is_future,
    is_requested,
    is_uncommitted,
    presupposed_toll,
    told_circumstance,
)


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "event", "cue", "expected"),
    [
        # a past clause of time or cause on the speech verb, or on its infinitive
        (
            "The governor vowed an inquiry after seven villagers were murdered.",
            "murdered",
            "vowed",
            True,
        ),
        (
            "The rebels threatened to retaliate because soldiers had shelled the town.",
            "shelled",
            "threatened",
            True,
        ),
        # an event noun in a phrase of time on the speech verb
        ("A guard told reporters soon after the raid that all was calm.", "raid", "told", True),
        ("The chief vowed revenge following the ambush near Karm.", "ambush", "vowed", True),
        # ... not one inside what was said
        ("A guard said the gates shut after the raid.", "raid", "said", False),
        # a condition is no circumstance, even in the past tense
        ("The governor vowed an inquiry if villagers were murdered.", "murdered", "vowed", False),
        # a clause on another verb: inside what was said, or in another clause
        (
            "The minister said that troops withdrew after rebels shelled the town.",
            "shelled",
            "said",
            False,
        ),
        (
            "The governor vowed an inquiry, and the police left after rebels shelled the town.",
            "shelled",
            "vowed",
            False,
        ),
    ],
)
def test_told_circumstance(
    parser: Language, text: str, event: str, cue: str, expected: bool
) -> None:
    doc = parser(text)
    assert told_circumstance(word(doc, event), word(doc, cue)) is expected


def test_beside_circumstance(parser: Language) -> None:
    doc = parser(
        "The rebels threatened to shell the city after the army had refused their demands."
    )
    refused = word(doc, "refused")
    assert beside_circumstance(refused, word(doc, "shell")) is True
    assert beside_circumstance(refused, word(doc, "demands")) is False  # inside the clause
    plain = parser("The army refused the demands and the rebels shelled the city.")
    assert beside_circumstance(word(plain, "refused"), word(plain, "shelled")) is False


def test_a_toll_is_presupposed_only_under_a_noun(parser: Language) -> None:
    listed = parser("The commission published a list that named the victims.")
    assert presupposed_toll(word(listed, "victims")) is False  # a verb's object
    # Names as heads: "the victims' Fund", "Memorial of the dead" (built by hand, as
    # the parser seldom gives these shapes)
    fund = Doc(
        parser.vocab,
        words=["the", "victims", "'", "Fund"],
        heads=[1, 3, 1, 3],
        deps=["det", "poss", "case", "ROOT"],
        pos=["DET", "NOUN", "PART", "PROPN"],
    )
    assert presupposed_toll(fund[1]) is True
    memorial = Doc(
        parser.vocab,
        words=["Memorial", "of", "the", "dead"],
        heads=[0, 0, 3, 1],
        deps=["ROOT", "prep", "det", "pobj"],
        pos=["PROPN", "ADP", "DET", "NOUN"],
    )
    assert presupposed_toll(memorial[3]) is True


@pytest.mark.parametrize(
    ("text", "event", "expected"),
    [
        # the future auxiliary is two clauses up: on the saying, not on the attack
        ("The minister will claim that the army wants to attack the port.", "attack", False),
        # a subject of a verb that schedules nothing
        ("The offensive seems to stall near the river.", "offensive", False),
        ("The offensive is expected to resume near the river.", "offensive", True),
    ],
)
def test_future_reach(parser: Language, text: str, event: str, expected: bool) -> None:
    assert is_future(word(parser(text), event)) is expected


@pytest.mark.parametrize(
    ("text", "event", "expected"),
    [
        ("Gangs now kill shepherds in the hills.", "kill", False),  # an adverb, not a habit
        ("Gangs kill shepherds because the army withdraws.", "kill", False),  # not "when"
        ("The occupier did destroy everything on its way.", "destroy", False),  # the past
        ("Destroy everything on your way.", "Destroy", False),  # an order has no subject
        ("Gangs kill shepherds when the army withdraws.", "kill", True),
    ],
)
def test_generic_present(parser: Language, text: str, event: str, expected: bool) -> None:
    assert is_uncommitted(word(parser(text), event)) is expected


@pytest.mark.parametrize(
    ("text", "event", "expected"),
    [
        # what someone urges, asks, orders or calls for has not happened
        ("Ministers urged Velmora to accept a truce or face new sanctions.", "truce", True),
        ("Ministers urged Velmora to accept a truce or face new sanctions.", "sanctions", True),
        ("The envoy asked the rebels to agree to a truce.", "truce", True),
        ("Ostrel demanded that the militia withdraw from Karm.", "withdraw", True),
        ("The council called for a ceasefire in Karm.", "ceasefire", True),
        # an act a halting verb takes is under way; an act told beside the request is
        ("The council urged both sides to halt the shelling of Karm.", "shelling", False),
        ("The council asked about the shelling of Karm.", "shelling", False),
        ("Rebels shelled Karm, and the council urged calm.", "shelled", False),
        # "call" asks only with "on" or "for"
        ("The envoy called on the rebels to withdraw from Karm.", "withdraw", True),
        ("A squad calling itself the Legion abducted two guards.", "abducted", False),
    ],
)
def test_is_requested(parser: Language, text: str, event: str, expected: bool) -> None:
    assert is_requested(word(parser(text), event)) is expected
