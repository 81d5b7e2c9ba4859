"""The parse rules of ``warledger_attribution`` on their own, as they run when the
trained tagger is absent or missed a cue: one invented sentence per shape of reported
speech, with the source, cue, content and stance the rules must give.

The pipeline tests see the rules only where the tagger leaves a gap, so a broken rule
could hide behind the tagger there; these tests call the rule path directly."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.attribution import AttributionComponent
from warledger.extract.attribution_cue_sense import _quoted_name, may_report, naming
from warledger.extract.attribution_tagger import TaggedSpan
from warledger.model import Stance

A = Stance.ASSERTED

RULE_CASES: list[tuple[str, list[tuple[str | None, str, str, Stance]]]] = [
    # a clausal complement, with and without "that"
    (
        "Witnesses told reporters the gunmen fled on motorbikes.",
        [("Witnesses", "told", "the gunmen fled on motorbikes", A)],
    ),
    (
        "The spokesman pointed out that no civilians were in the building.",
        [("The spokesman", "pointed out", "that no civilians were in the building", A)],
    ),
    # "call" reports only when it calls for, calls on or names something something
    (
        "The ombudsman called the raid a war crime.",
        [("The ombudsman", "called", "the raid a war crime", A)],
    ),
    (
        "Rights groups called the siege of the city a crime against humanity.",
        [("Rights groups", "called", "the siege of the city a crime against humanity", A)],
    ),
    (
        "The opposition called for the governor to resign after the massacre.",
        [("The opposition", "called for", "the governor to resign after the massacre", A)],
    ),
    (
        "The garrison commander called on the rebels to lay down their arms.",
        [("The garrison commander", "called on", "to lay down their arms", A)],
    ),
    (
        'The minister called the plan "a gift to the banks" on Monday.',
        [("The minister", "called", 'the plan "a gift to the banks"', A)],
    ),
    ("A militia called the Red Hand seized the pass.", []),
    ("Residents called the police when the shooting started.", []),
    ('A group called the "Friends of the River" organised the march.', []),
    ("The attack left the town called Ostrova without power.", []),
    # a verb whose object is what was said, and the passive with a "by" agent
    (
        "The ministry denied the report about a second strike.",
        [("The ministry", "denied", "the report about a second strike", Stance.DENIED)],
    ),
    (
        "The rebels denied responsibility for the attack.",
        [("The rebels", "denied", "responsibility for the attack", Stance.DENIED)],
    ),
    (
        "The shelling of the depot was condemned by the regional council.",
        [("the regional council", "condemned", "The shelling of the depot", A)],
    ),
    ("The shelling of the depot was condemned on Friday.", []),
    # a cue after its clause, hung on it by the parser
    (
        "The strike hit a school, officials said.",
        [("officials", "said", "The strike hit a school", A)],
    ),
    (
        "Two villages were burned overnight, the head of the district administration "
        "said on Tuesday.",
        [
            (
                "the head of the district administration",
                "said",
                "Two villages were burned overnight",
                A,
            )
        ],
    ),
    (
        "Two soldiers died, the army said in a statement late on Sunday night near the front.",
        [("the army", "said", "Two soldiers died", A)],
    ),
    (
        "As officials said on Monday, the road is closed.",
        [("officials", "said", "the road is closed", A)],
    ),
    # a quote before its cue: the quote is the content, the inverted subject the source
    (
        '"We will not withdraw," said Colonel Anna Berg, the brigade\'s commander.',
        [
            (
                "Colonel Anna Berg, the brigade's commander",
                "said",
                '"We will not withdraw,"',
                Stance.FUTURE,
            )
        ],
    ),
    # two cues of one speaker; a cue in the second of two clauses joined by "and"
    (
        "The governor said that the bridge had been repaired and denied that troops "
        "were moving north.",
        [
            (
                "The governor",
                "said",
                "that the bridge had been repaired and denied that troops were moving north",
                A,
            ),
            ("The governor", "denied", "that troops were moving north", Stance.DENIED),
        ],
    ),
    (
        "Aid workers stayed in the town, and the mayor said they were safe.",
        [("the mayor", "said", "they were safe", A)],
    ),
    (
        "The militia said it had shelled the port, and it warned of more attacks.",
        [
            ("The militia", "said", "it had shelled the port", A),
            ("it", "warned of", "more attacks", A),
        ],
    ),
    # "according to", before and after its clause
    (
        "According to the hospital director, nine patients were evacuated.",
        [("the hospital director", "According to", "nine patients were evacuated", A)],
    ),
    (
        "The convoy was ambushed near the river, according to a local monitor.",
        [("a local monitor", "according to", "The convoy was ambushed near the river", A)],
    ),
    # the stance the cue gives its content
    (
        "Officials warned that the dam could fail within days.",
        [("Officials", "warned", "that the dam could fail within days", Stance.HYPOTHETICAL)],
    ),
    (
        "The commander vowed to retake the hill.",
        [("The commander", "vowed", "to retake the hill", Stance.FUTURE)],
    ),
    (
        "The ministry threatened to expel the observers.",
        [("The ministry", "threatened", "to expel the observers", Stance.FUTURE)],
    ),
    # a noun cue with its owner and clause; figures given by a source
    (
        "The army's claim that it had captured the ridge was disputed.",
        [("The army", "claim", "that it had captured the ridge", A)],
    ),
    (
        "Local officials put the death toll at 14.",
        [("Local officials", "put the death toll at", "14", A)],
    ),
    (
        "The health ministry gave a figure of 30 dead.",
        [("The health ministry", "gave a figure of", "30 dead", A)],
    ),
    # nothing reported: a blast that "claimed" lives, a cue with nothing to report
    ("The blast claimed eleven lives in the old market.", []),
    ("He said nothing about the prisoners.", []),
    ("The police said on Monday.", []),
    ("Medics counted nine bodies at the scene.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), RULE_CASES, ids=[c[0][:40] for c in RULE_CASES])
def test_the_rules_find_source_cue_content_and_stance(
    parser: Language, sentence: str, expected: list[tuple[str | None, str, str, Stance]]
) -> None:
    found = AttributionComponent()._rule_attributions(parser(sentence))
    assert [
        (a.source.text if a.source else None, a.cue.text if a.cue else "", a.content.text, a.stance)
        for a in found
    ] == expected


def test_rule_spans_point_at_their_words_in_the_document(parser: Language) -> None:
    """Spans carry document offsets: each span's text is the document's text there."""
    doc = parser("The strike hit a school, officials said. Medics said 3 died.")
    found = AttributionComponent()._rule_attributions(doc)
    assert len(found) == 2
    for attribution in found:
        for span in (attribution.source, attribution.cue, attribution.content):
            assert span is not None
            assert doc.text[span.start : span.end] == span.text
    assert [a.content.text for a in found] == ["The strike hit a school", "3 died"]


QUOTED_NAMES = [
    ('The mayor called her "third-rate" in a speech.', True),
    ('The mayor called the plan "a gift to the banks".', True),
    ('The mayor called Smith "a liar".', True),
    ('The mayor called the new "peace" deal a fraud.', True),
    ('The mayor called the anti-war "protesters" traitors.', True),
    ('The mayor called the rebels’ proposal "a trick".', True),
    ('The mayor called the rebels\' proposal "a trick".', True),
    # the mark follows "the": a name given to a group, nobody named
    ('A group called the "Friends of the River" marched.', False),
    # a quote before the verb, or too far past it, names nothing it calls
    ('The group "Free Voices" called the police.', False),
    ('The mayor called the whole of the old plan "a farce".', False),
    # a comma ends the search
    ('The mayor called, "Come back!"', False),
]


@pytest.mark.parametrize(("sentence", "quoted"), QUOTED_NAMES)
def test_call_gives_a_name_in_quotation_marks(
    parser: Language, sentence: str, quoted: bool
) -> None:
    doc = parser(sentence)
    (verb,) = [t for t in doc if t.lower_ == "called"]
    assert _quoted_name(verb) is quoted


def test_naming_runs_from_the_object_to_the_end_of_its_name(parser: Language) -> None:
    def named(sentence: str) -> str:
        doc = parser(sentence)
        (verb,) = [t for t in doc if t.lemma_ == "call"]
        ids = sorted(naming(verb))
        return doc[ids[0] : ids[-1] + 1].text if ids else ""

    assert named("The human rights commissioner of the assembly called the raid a crime.") == (
        "the raid a crime"
    )
    assert named("The ombudsman called the raid a war crime on Monday.") == "the raid a war crime"
    assert named("The ombudsman called the police.") == ""
    # a pronoun object, which the parser reads as a dative
    assert named("The council rejected the charges, calling them a smear.") == "them a smear"


@pytest.mark.parametrize(
    ("sentence", "cue", "speech"),
    [
        ("The convoy came under fire near the bridge.", (2, 5), False),
        ("The convoy came under fire.", (2, 5), False),
        ("Troops attacked the post.", (1, 2), False),
        ("The mayor said it.", (2, 3), True),
        ("Medics gave figures of twelve dead.", (1, 3), True),
    ],
)
def test_a_tagged_cue_that_names_an_act_reports_nothing(
    parser: Language, sentence: str, cue: tuple[int, int], speech: bool
) -> None:
    doc = parser(sentence)
    assert may_report(doc, TaggedSpan("cue", *cue)) is speech
