"""The stance a reported statement's own words give it (``content_stance``).

Docs are built with hand-set heads and labels (on an English vocabulary, for
lower-case forms), so each case states exactly which tokens head the content
and which ones the refinement may look at.
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from warledger.extract.attribution_stance import content_stance
from warledger.model import Stance


def parsed(text: str, heads: list[int], deps: str) -> Doc:
    """A doc of ``text``'s space-separated words with the given heads and labels."""
    return Doc(English().vocab, words=text.split(" "), heads=heads, deps=deps.split(" "))


# The minister said that the army will withdraw from the valley tonight .
#  0    1        2    3    4   5    6     7       8    9   10     11    12
WITHDRAW = parsed(
    "The minister said that the army will withdraw from the valley tonight .",
    [1, 2, 2, 7, 5, 7, 7, 2, 7, 10, 8, 7, 2],
    "det nsubj ROOT mark det nsubj aux ccomp prep det pobj npadvmod punct",
)

# The spokesman said the convoy was hit near the bridge ? No , it was not hit at all .
#  0     1        2   3    4     5   6   7    8    9    10 11 12 13 14  15  16 17 18 19
QUESTION = parsed(
    "The spokesman said the convoy was hit near the bridge ? No , it was not hit at all .",
    [1, 2, 2, 4, 6, 6, 2, 6, 9, 7, 2, 16, 16, 16, 16, 16, 16, 18, 16, 16],
    "det nsubj ROOT det nsubjpass auxpass ccomp prep det pobj punct"
    " intj punct nsubjpass auxpass neg ROOT advmod advmod punct",
)


def test_a_modal_on_the_contents_head_sets_the_stance() -> None:
    assert content_stance(Stance.ASSERTED, WITHDRAW[2], WITHDRAW, (3, 12)) is Stance.FUTURE


def test_without_a_modal_or_mark_the_default_stays() -> None:
    # "from the valley tonight": its heads carry no auxiliary
    assert content_stance(Stance.ASSERTED, WITHDRAW[2], WITHDRAW, (8, 12)) is Stance.ASSERTED


@pytest.mark.parametrize("default", [Stance.DENIED, Stance.FUTURE, Stance.HYPOTHETICAL])
def test_only_an_assertion_is_refined(default: Stance) -> None:
    assert content_stance(default, WITHDRAW[2], WITHDRAW, (3, 12)) is default
    assert content_stance(default, QUESTION[2], QUESTION, (3, 10)) is default


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ((3, 8), Stance.ASSERTED),  # the mark is two tokens past the end: out of reach
        ((3, 9), Stance.QUESTION),  # one past the end, after a closing quote's place
        ((3, 10), Stance.QUESTION),  # right after the content
        ((3, 13), Stance.QUESTION),  # three tokens before the end
        ((3, 14), Stance.ASSERTED),  # four before the end: a later sentence's words
    ],
)
def test_question_mark_reach(content: tuple[int, int], stance: Stance) -> None:
    assert content_stance(Stance.ASSERTED, QUESTION[2], QUESTION, content) is stance


def test_a_content_that_is_only_the_question_mark_is_a_question() -> None:
    assert content_stance(Stance.ASSERTED, QUESTION[2], QUESTION, (10, 11)) is Stance.QUESTION


def test_a_modal_deeper_in_the_content_does_not_count() -> None:
    # The governor said the patrol fired on the ferry and the crew would testify .
    # "would" belongs to the second conjunct, not to the reported clause's head
    doc = parsed(
        "The governor said the patrol fired on the ferry and the crew would testify .",
        [1, 2, 2, 4, 5, 2, 5, 8, 6, 5, 11, 13, 13, 5, 2],
        "det nsubj ROOT det nsubj ccomp prep det pobj cc det nsubj aux conj punct",
    )
    assert content_stance(Stance.ASSERTED, doc[2], doc, (3, 14)) is Stance.ASSERTED


def test_the_root_of_a_quoted_sentence_heads_its_content() -> None:
    doc = parsed(
        "The army WILL withdraw .",
        [1, 3, 3, 3, 3],
        "det nsubj aux ROOT punct",
    )
    assert content_stance(Stance.ASSERTED, doc[3], doc, (0, 5)) is Stance.FUTURE


def test_a_modal_on_the_cues_open_complement_counts() -> None:
    # The rebels seemed to could strike .  -- the content span is only "strike"'s object,
    # so the auxiliary is found through the cue's xcomp
    doc = parsed(
        "The rebels seemed to could strike the airport .",
        [1, 2, 2, 5, 5, 2, 7, 5, 2],
        "det nsubj ROOT aux aux xcomp det dobj punct",
    )
    assert content_stance(Stance.ASSERTED, doc[2], doc, (6, 8)) is Stance.HYPOTHETICAL
    assert content_stance(Stance.ASSERTED, doc[1], doc, (6, 8)) is Stance.ASSERTED


def test_a_modal_that_is_not_an_auxiliary_does_not_count() -> None:
    doc = parsed(
        "They said the will of the people prevails .",
        [1, 1, 3, 7, 3, 6, 4, 1, 1],
        "nsubj ROOT det nsubj prep det pobj ccomp punct",
    )
    assert content_stance(Stance.ASSERTED, doc[1], doc, (2, 8)) is Stance.ASSERTED
