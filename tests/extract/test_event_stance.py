"""``event_stance`` and its cues, on real parses with factuality scores set by hand.

The end-to-end tests (``test_stance_cues``, ``test_factuality``) run the whole
pipeline, where the trained score often hides a cue that stopped working. Here
the English parser gives the structure and each test sets the trained score
itself, so every rule and every threshold is checked on its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from warledger.extract.event_stance import (
    ASSERT_MIN,
    DENY_MAX,
    event_stance,
    is_conditional,
    is_counterfactual,
    is_future,
    is_questioned,
    is_uncommitted,
    presupposed_toll,
)
from warledger.model import Stance


def trigger(parser: Language, text: str, word: str, score: float | None = None) -> Token:
    """The first token ``word`` of ``text``, scored ``score`` if one is given."""
    doc: Doc = parser(text)
    token = next(t for t in doc if t.text == word)
    doc._.factuality = None if score is None else {token.i: score}
    return token


PLAIN = "Militants attacked a checkpoint near the border on Monday."


def test_without_a_score_only_negation_decides(parser: Language) -> None:
    attacked = trigger(parser, PLAIN, "attacked")
    assert event_stance(attacked, negated=False) is Stance.ASSERTED
    assert event_stance(attacked, negated=True) is Stance.DENIED
    attacked.doc._.factuality = {attacked.i + 1: -3.0}  # another token's score
    assert event_stance(attacked, negated=False) is Stance.ASSERTED


@pytest.mark.parametrize(
    ("score", "stance"),
    [
        (3.0, Stance.ASSERTED),
        (ASSERT_MIN, Stance.ASSERTED),
        (ASSERT_MIN - 0.01, Stance.HYPOTHETICAL),
        (0.0, Stance.HYPOTHETICAL),
        (DENY_MAX + 0.01, Stance.HYPOTHETICAL),
        (DENY_MAX, Stance.DENIED),
        (-3.0, Stance.DENIED),
    ],
)
def test_the_score_thresholds(parser: Language, score: float, stance: Stance) -> None:
    assert event_stance(trigger(parser, PLAIN, "attacked", score), negated=False) is stance


def test_negation_denies_whatever_the_score(parser: Language) -> None:
    attacked = trigger(parser, PLAIN, "attacked", 3.0)
    assert event_stance(attacked, negated=True) is Stance.DENIED
    assert event_stance(attacked, negated=True, modal_type=True) is Stance.DENIED


def test_an_unscored_trigger_counts_as_committed(parser: Language) -> None:
    attacked = trigger(parser, PLAIN, "attacked", -3.0)
    assert event_stance(attacked, negated=False, scored=False) is Stance.ASSERTED


def test_a_modal_type_is_not_denied_or_hedged_by_its_score(parser: Language) -> None:
    insist = trigger(parser, "Moscow will insist on talks with the rebels.", "insist", -3.0)
    assert event_stance(insist, negated=False, modal_type=True) is Stance.ASSERTED
    assert event_stance(insist, negated=False) is Stance.DENIED


def test_a_modal_type_under_a_word_of_possibility_is_hypothetical(parser: Language) -> None:
    text = "It is likely that Moscow will insist on talks."
    insist = trigger(parser, text, "insist", 3.0)
    assert event_stance(insist, negated=False, modal_type=True) is Stance.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("If the rebels attack the airport, the army will retaliate.", "attack", "hypothetical"),
        ("If the rebels attack the airport, the army will retaliate.", "retaliate", "hypothetical"),
        ("Did the militia shell the market last week?", "shell", "question"),
        ("The army will shell the town at dawn.", "shell", "future"),
        ("The commander might order an assault on the ridge.", "order", "hypothetical"),
        ("Residents feared a new strike on the market.", "strike", "hypothetical"),
    ],
)
def test_cues_outrank_a_committed_score(
    parser: Language, text: str, word: str, stance: str
) -> None:
    assert event_stance(trigger(parser, text, word, 3.0), negated=False) is Stance(stance)


def test_a_condition_outranks_a_question_and_a_negation(parser: Language) -> None:
    text = "If the rebels do not attack the airport, will the army retaliate?"
    attack = trigger(parser, text, "attack", -3.0)
    assert event_stance(attack, negated=True) is Stance.HYPOTHETICAL


Check = Callable[[Token], bool]


@pytest.mark.parametrize(
    ("text", "word", "check", "expected"),
    [
        # conditions: a mark, an eventuality phrase, an inverted auxiliary
        (
            "If the rebels attack the airport, the army will retaliate.",
            "attack",
            is_conditional,
            True,
        ),
        ("Unless the siege ends, the town will starve.", "siege", is_conditional, True),
        (
            "In case of an assault on the dam, the valley will be evacuated.",
            "evacuated",
            is_conditional,
            True,
        ),
        (
            "In the event of an invasion, reserves will be called up.",
            "called",
            is_conditional,
            True,
        ),
        ("In the wake of the invasion, reserves were called up.", "called", is_conditional, False),
        ("Should the talks fail, the army will attack the port.", "attack", is_conditional, True),
        ("Should the army attack the port?", "attack", is_conditional, False),
        (
            "Because the rebels attacked the airport, the army retaliated.",
            "retaliated",
            is_conditional,
            False,
        ),
        ("The rebels attacked the airport.", "attacked", is_conditional, False),
        # questions: a final mark, an inverted main clause, an embedded question
        ("Was the depot bombed by the insurgents or by the navy", "bombed", is_questioned, True),
        ("Why did the brigade burn the farms near the river", "burn", is_questioned, True),
        ("Nobody knows whether the militia shelled the clinic.", "shelled", is_questioned, True),
        ("The militia shelled the clinic?", "shelled", is_questioned, True),
        ("The militia shelled the clinic.", "shelled", is_questioned, False),
        ("Do not attack the convoy.", "attack", is_questioned, False),  # no subject: an order
        ("Had they known, the villagers would have fled the raid.", "raid", is_questioned, False),
        # the future: on the trigger or on the verb whose object it is
        ("The army will shell the town at dawn.", "shell", is_future, True),
        ("The army will launch an attack on the town.", "attack", is_future, True),
        ("The rebels are going to attack the base.", "attack", is_future, True),
        ("The blockade will remain in place until spring.", "blockade", is_future, False),
        ("The rebels are going to the base to attack it.", "going", is_future, False),
        ("The army shelled the town at dawn.", "shelled", is_future, False),
    ],
)
def test_cue(parser: Language, text: str, word: str, check: Check, expected: bool) -> None:
    assert check(trigger(parser, text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Residents feared a new strike on the market.", "strike", True),
        ("A rocket attack on the depot remains possible.", "attack", True),
        ("Analysts see a possible attack on the pipeline.", "attack", True),
        ("The governor warned of a looming offensive on the harbour.", "offensive", True),
        ("Investigators found no sign that the fire was linked to the clashes.", "clashes", True),
        ("The commander might order an assault on the ridge.", "order", True),
        ("In such wars, militias usually loot every village.", "loot", True),
        ("The occupier destroys everything on its way.", "destroys", True),
        ("The occupier destroys everything on its way!", "destroys", True),
        ("The occupier does destroy everything on its way.", "destroy", True),
        ("Gangs kill shepherds when the army withdraws.", "kill", True),
        ("Herders usually abandon their camps after militias raid them.", "raid", True),
        ("Raids usually happen at night.", "Raids", True),  # the event is the subject
        ("Lorries are ambushed whenever they cross the pass.", "ambushed", True),  # passive
        ("Lorries were ambushed when they crossed the pass.", "ambushed", False),
        ("Lorries are ambushed on the pass.", "ambushed", False),  # a bare present passive
        # a second verb shares the first one's subject and habitual adverb
        ("Bandits often stop and rob lorries on the pass.", "rob", True),
        ("Bandits stopped and robbed a lorry on the pass.", "robbed", False),
        ("The envoys are ready to meet in Geneva.", "meet", True),
        ("Both sides say they are willing to talk.", "talk", True),
        ("Raids are common when the garrison is weak.", "Raids", True),
        ("The governor warned of an offensive on the harbour.", "offensive", True),
        ("Investigators found no evidence that the militia shelled the school.", "shelled", True),
        ("The decree permits the guards to search any car.", "search", True),  # a power
        ("The ruling allowed soldiers to demolish the huts.", "demolish", True),
        # committed: a past report, a headline's present, a modal on another clause
        ("Investigators found the evidence that the militia shelled the school.", "shelled", False),
        ("Gangs kill shepherds in the hills.", "kill", False),  # a bare present stays an event
        ("Gunmen kill five when the bus stopped at a checkpoint.", "kill", False),
        ("Residents reported a new strike on the market.", "strike", False),
        ("Gangs killed shepherds when the army withdrew.", "killed", False),
        ("Gunmen kill five when bus stops at checkpoint", "kill", False),
        ("The attack could be investigated by the commission.", "attack", False),
        ("The attack was intended to frighten the villagers.", "attack", False),
        ("The militia shelled the town and the mayor would later resign.", "shelled", False),
    ],
)
def test_uncommitted(parser: Language, text: str, word: str, expected: bool) -> None:
    assert is_uncommitted(trigger(parser, text, word)) is expected


def test_a_modal_types_intention_is_its_own(parser: Language) -> None:
    attack = trigger(parser, "The rebels plan to attack the base.", "attack", 3.0)
    assert event_stance(attack, negated=False, modal_type=True) is Stance.ASSERTED
    assert event_stance(attack, negated=False) is Stance.HYPOTHETICAL


def test_a_word_of_possibility_as_the_object_predicate(parser: Language) -> None:
    # "Analysts consider an attack possible": the parser seldom labels it, so by hand
    doc = Doc(
        parser.vocab,
        words=["Analysts", "consider", "an", "attack", "possible", "."],
        heads=[1, 1, 3, 1, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "oprd", "punct"],
        lemmas=["analyst", "consider", "an", "attack", "possible", "."],
        tags=["NNS", "VBP", "DT", "NN", "JJ", "."],
        pos=["NOUN", "VERB", "DET", "NOUN", "ADJ", "PUNCT"],
    )
    assert is_uncommitted(doc[3]) is True


def test_a_modal_type_keeps_its_own_modal_and_intention(parser: Language) -> None:
    order = trigger(parser, "The commander might order an assault on the ridge.", "order")
    assert is_uncommitted(order, modal_type=True) is False
    plan = trigger(parser, "The rebels plan to attack the base.", "attack")
    assert is_uncommitted(plan) is True
    assert is_uncommitted(plan, modal_type=True) is False


def test_a_toll_describing_another_nouns_people_is_presupposed(parser: Language) -> None:
    # Releasing the names is conditional; the seven deaths are taken as known.
    text = "If the names of the seven victims are released, the families will sue."
    victims = trigger(parser, text, "victims", 3.0)
    assert presupposed_toll(victims) is True
    assert event_stance(victims, negated=False, scored=False) is Stance.ASSERTED
    assert event_stance(victims, negated=True, scored=False) is Stance.DENIED
    families = trigger(parser, "The victims' families may attend the hearing.", "victims")
    assert presupposed_toll(families) is True
    # A toll that is itself the clause's subject keeps the clause's modality.
    found = trigger(parser, "If seven victims are found, the search will end.", "victims", 3.0)
    assert presupposed_toll(found) is False
    assert event_stance(found, negated=False, scored=False) is Stance.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        (
            "The militia would have shelled the port but for the storm.",
            "shelled",
            Stance.HYPOTHETICAL,
        ),
        (
            "Without the warning, the convoy could have been ambushed.",
            "ambushed",
            Stance.HYPOTHETICAL,
        ),
        ("The militia has shelled the port again.", "shelled", Stance.ASSERTED),
        ("Negotiations are expected to resume in Oslo next month.", "Negotiations", Stance.FUTURE),
        ("The offensive is set to begin after the harvest.", "offensive", Stance.FUTURE),
        ("The curfew will stay in force until Sunday.", "curfew", Stance.ASSERTED),
    ],
)
def test_counterfactual_and_scheduled_events(
    parser: Language, text: str, word: str, stance: Stance
) -> None:
    token = trigger(parser, text, word, score=2.5)
    assert event_stance(token, negated=False) is stance
    assert is_counterfactual(token) is (" have " in text)
