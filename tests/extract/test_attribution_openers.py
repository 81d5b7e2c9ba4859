"""A content that opens its sentence with the writer's connective starts after it,
and a verb of saying leaves the "of" that names its topic out of the cue.

Every sentence here is invented. Both follow how PolNeAR's annotators mark reported
speech more often than not (counts in ``attribution_openers`` and
``attribution_cue_group``); a quotation keeps its own words whole.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(
        components=["warledger_actors", "warledger_attribution_tagger", "warledger_attribution"]
    )


def contents(nlp: Language, text: str) -> list[str]:
    return [a.content.text for a in nlp(text)._.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The army said the bridge was repaired. But the convoy never reached Kessel,"
            " the mayor of Brena said.",
            "the convoy never reached Kessel",
        ),
        (
            "Aid workers left the town on Monday. And the shelling went on through the"
            " night, residents told reporters.",
            "the shelling went on through the night",
        ),
        (
            "The front was quiet. However, the ceasefire held only in the north, a United"
            " Nations monitor said on Friday.",
            "the ceasefire held only in the north",
        ),
        (
            "Fighting resumed in the south. Still, most families stayed in their homes,"
            " local officials said.",
            "most families stayed in their homes",
        ),
    ],
)
def test_a_sentence_initial_connective_is_the_writers(
    nlp: Language, text: str, content: str
) -> None:
    assert content in contents(nlp, text)


def test_a_quotation_keeps_its_own_connective(nlp: Language) -> None:
    text = 'The column stopped at the river. "But we will not leave," the commander said.'
    assert contents(nlp, text) == ['"But we will not leave,"']


def test_a_connective_inside_the_content_stays(nlp: Language) -> None:
    text = "The minister said the army withdrew but the militia stayed in the hills."
    assert contents(nlp, text) == ["the army withdrew but the militia stayed in the hills"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('The mayor said of the soldiers: "They have done their duty."', "said"),
        (
            "General Ivo Marek recalled of the siege that the city had no water for weeks.",
            "recalled",
        ),
        (
            'Anna Belko, a nurse in Kessel, wrote of the first night of shelling: "We had no'
            ' light at all."',
            "wrote",
        ),
    ],
)
def test_the_topic_of_a_verb_of_saying_is_no_part_of_its_cue(
    nlp: Language, text: str, cue: str
) -> None:
    cues = [a.cue.text for a in nlp(text)._.attributions if a.cue is not None]
    assert cue in cues and f"{cue} of" not in cues
