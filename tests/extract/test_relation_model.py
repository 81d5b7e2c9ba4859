"""The trained relation classifier on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.errors import ConfigError
from warledger.eval.re3d_relations import RelationScores, ScoredRelation
from warledger.eval.scoring import LabeledSpan
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.extract.relation_merging import with_pair_relations
from warledger.extract.relation_model import PairRelation, RelationModel, joining_word
from warledger.extract.relation_pairs import (
    PHRASE_LABELS,
    arguments,
    candidate_pairs,
    found_pairs,
    pair_features,
)
from warledger.extract.relations import RelationFinder
from warledger.model import RelationPredicate

P = RelationPredicate
UPSTREAM = ("warledger_actors", "warledger_places", "warledger_dates")
MEMBER_SENTENCE = (
    "Soldiers of the 3rd Valdorian Infantry Battalion repelled an attack by the rebels."
)
MEMBER_TRIPLE = ("Soldiers", "member_of", "the 3rd Valdorian Infantry Battalion")
COMBAT_SENTENCE = (
    "Pilots with the 77th Expeditionary Fighter Squadron flew missions against ISIL targets."
)
COMBAT_TRIPLE = ("the 77th Expeditionary Fighter Squadron", "fighting_against", "ISIL")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=(*UPSTREAM, "warledger_relations"))


@pytest.fixture(scope="module")
def model(nlp: Language) -> RelationModel:
    found = nlp.get_pipe("warledger_relations").model
    assert isinstance(found, RelationModel)
    return found


def process(nlp: Language, text: str) -> Doc:
    return Extractor(nlp).process(TextInput(text, "t", date(2024, 5, 1)))


def found_by_model(model: RelationModel, doc: Doc) -> set[tuple[str, str, str]]:
    return {
        (p.subject.mention.span.text, p.predicate.value, p.object.mention.span.text)
        for p in model.find(doc)
    }


def test_classifier_ranks_membership_first(nlp: Language, model: RelationModel) -> None:
    """ "Soldiers of the X Battalion": membership is the pair's most probable class,
    above no relation (whether it is kept depends on member_of's threshold)."""
    doc = process(nlp, MEMBER_SENTENCE)
    pairs = found_pairs(candidate_pairs(arguments(doc)))
    texts = [(a.mention.span.text, b.mention.span.text) for a, b in pairs]
    row = texts.index((MEMBER_TRIPLE[0], MEMBER_TRIPLE[2]))
    probs = model.probabilities(doc, pairs)[row]
    assert model.classes[int(probs.argmax())] == "member_of>"


def test_classifier_finds_combat(nlp: Language, model: RelationModel) -> None:
    doc = process(nlp, COMBAT_SENTENCE)
    assert COMBAT_TRIPLE in found_by_model(model, doc)


def test_classifier_relates_nothing_in_a_sentence_without_a_relation(
    nlp: Language, model: RelationModel
) -> None:
    doc = process(nlp, "The Valdorian ministry published its annual budget in March.")
    assert model.find(doc) == []


def test_arguments_take_the_article_and_ordinal_and_common_noun_phrases(nlp: Language) -> None:
    doc = process(nlp, "Airmen of the 32nd Korvian Air Wing struck the depots near Talvera.")
    texts = [a.mention.span.text for a in arguments(doc)]
    assert "the 32nd Korvian Air Wing" in texts
    assert "the depots" in texts
    spans = sorted((a.start, a.end) for a in arguments(doc))
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_pairs_stay_within_a_sentence(nlp: Language) -> None:
    doc = process(nlp, "Korvian troops advanced. The Valdorian army withdrew.")
    for first, second in candidate_pairs(arguments(doc)):
        assert first.head.sent.start == second.head.sent.start


def test_features_name_the_path_and_the_word_between(nlp: Language) -> None:
    doc = process(nlp, "Korvian troops attacked the Valdorian army.")
    args = arguments(doc)
    [(first, second)] = [(a, b) for a, b in candidate_pairs(args) if "army" in b.mention.span.text]
    feats = pair_features(doc, first, second)
    assert "top=attack" in feats
    assert "bw=attack" in feats
    assert "path=nsubj^ attack dobjv" in feats
    assert joining_word(first, second).text == "attacked"


def test_a_pair_the_patterns_found_is_kept_once(nlp: Language) -> None:
    doc = process(nlp, "Korvian forces fought against the Valdorian Liberation Front near Talvera.")
    fights = [r for r in doc._.relations if r.predicate is P.FIGHTING_AGAINST]
    assert len(fights) == 1
    assert fights[0].trigger.text == "fought"
    # the classifier agreed, so the pattern's object is widened to its phrase
    assert fights[0].object is not None
    assert fights[0].object.span.text == "the Valdorian Liberation Front"


def test_producer_names_the_classifier_version(nlp: Language, model: RelationModel) -> None:
    assert model.version.startswith("relclf-") and len(model.version) == len("relclf-") + 12
    assert Extractor(nlp).versions["warledger_relations"].endswith("@" + model.version)


def test_a_missing_model_names_the_make_target(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="make train-relations"):
        RelationModel(tmp_path)


def test_the_re3d_scorer_reads_the_classifier_relations(
    nlp: Language, model: RelationModel
) -> None:
    doc = process(nlp, COMBAT_SENTENCE)
    [pair] = [
        p
        for p in model.find(doc)
        if (p.subject.mention.span.text, p.predicate.value, p.object.mention.span.text)
        == COMBAT_TRIPLE
    ]
    subject, obj = pair.subject.mention.span, pair.object.mention.span
    gold = ScoredRelation(
        P.FIGHTING_AGAINST, LabeledSpan(subject.start, subject.end), LabeledSpan(obj.start, obj.end)
    )
    scores = RelationScores(
        {"seen": frozenset({gold}), "unseen": frozenset({gold})}, frozenset({"seen"})
    )
    scores.add("seen", doc)
    scores.add("unseen", doc)
    result = scores.as_dict()
    assert (result["documents_scored"], result["documents_left_out_trained_on"]) == (1, 1)
    exact = scores.counts["exact", P.FIGHTING_AGAINST]
    assert (exact.tp, exact.fn) == (1, 0)


def test_only_pairs_of_found_mentions_are_scored(nlp: Language, model: RelationModel) -> None:
    """A bare noun phrase ("The presence") is an argument for the features and the
    training pairs, but a ledger relation must name two mentions the pipeline found
    (actors, weapons, places), so the classifier scores only such pairs."""
    doc = process(
        nlp,
        "The presence of the militants worried the Valdorian army, which said "
        "Korvath Brigade fighters had arrived.",
    )
    args = arguments(doc)
    assert "The presence" in [a.mention.span.text for a in args]
    pairs = candidate_pairs(args)
    assert any("The presence" in (a.mention.span.text, b.mention.span.text) for a, b in pairs)
    found = found_pairs(pairs)
    assert found
    assert all(a.label not in PHRASE_LABELS and b.label not in PHRASE_LABELS for a, b in found)
    assert all(
        "The presence" not in (r.subject.span.text, r.object and r.object.span.text)
        for r in doc._.relations
    )
    combat = process(nlp, COMBAT_SENTENCE)
    ledger = {
        (r.subject.span.text, r.predicate.value, r.object.span.text)
        for r in combat._.relations
        if r.object is not None
    }
    assert COMBAT_TRIPLE in ledger


def test_a_classifier_relation_of_an_actor_with_itself_is_dropped(nlp: Language) -> None:
    doc = process(
        nlp, "Korvath Brigade fighters said Korvath Brigade fighters fought the Valdorian army."
    )
    first, second, army = [a for a in arguments(doc) if a.label not in PHRASE_LABELS][:3]
    assert first.mention.name.lower() == second.mention.name.lower()
    finder = RelationFinder(doc)
    same = PairRelation(P.FIGHTING_AGAINST, first, second, first.head, 0.9)
    other = PairRelation(P.FIGHTING_AGAINST, second, army, second.head, 0.9)
    merged = with_pair_relations(doc, [], [same, other], finder.from_pair, frozenset(P))
    assert [(r.subject.span.start, r.object and r.object.span.text) for r in merged] == [
        (second.mention.span.start, army.mention.span.text)
    ]


def test_a_classifier_pair_at_a_word_whose_roles_a_pattern_read_is_dropped(
    nlp: Language,
) -> None:
    doc = process(
        nlp, "Korvian strikes against the Valdorian Liberation Front killed Talveran militiamen."
    )
    finder = RelationFinder(doc)
    found = finder.relations()
    killed = next(t for t in doc if t.text == "killed")
    pattern = [r for r in found if r.trigger.text == "killed"]
    assert [(r.subject.span.text, r.object and r.object.span.text) for r in pattern] == [
        ("Korvian", "Talveran militiamen")
    ]
    front, militiamen = (
        next(a for a in arguments(doc) if word in a.mention.span.text)
        for word in ("Liberation", "militiamen")
    )
    other_reading = PairRelation(P.FIGHTING_AGAINST, front, militiamen, killed, 0.9)
    merged = with_pair_relations(doc, found, [other_reading], finder.from_pair, frozenset(P))
    assert len(merged) == len(found)
    # at another word the classifier's pair is a fact of its own
    elsewhere = PairRelation(P.FIGHTING_AGAINST, front, militiamen, front.head, 0.9)
    merged = with_pair_relations(doc, found, [elsewhere], finder.from_pair, frozenset(P))
    assert len(merged) == len(found) + 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Valdorian officials confirmed on Monday that 12 soldiers died in an ambush by"
            " militants.",
            "Valdorian officials",
        ),
        ("The Taliban routinely deny giving shelter to anti-Kenyan fighters.", "Taliban"),
        ("Valdorian officials claimed that the rebels had shelled the town.", "officials"),
    ],
)
def test_the_speaker_of_a_reporting_verb_is_no_party(
    nlp: Language, text: str, speaker: str
) -> None:
    """The classifier relates the one who confirms, denies or claims to what is said;
    that one is the claimant, not a side."""
    relations = process(nlp, text)._.relations
    assert not [r for r in relations if speaker in r.subject.span.text]


def test_who_claims_responsibility_for_attacks_is_a_party(nlp: Language) -> None:
    text = "The Valdor Front has claimed responsibility for several attacks targeting police."
    relations = process(nlp, text)._.relations
    assert [r.subject.span.text for r in relations] == ["The Valdor Front"]
