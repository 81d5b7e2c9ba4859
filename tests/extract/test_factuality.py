"""warledger_factuality and the stance it gives events, on sentences written for these tests.

The first group checks the features and the component's contract; the second
runs the whole pipeline with the trained, packaged model and checks that what
a text does not commit to is never ``asserted``.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from warledger.extract.factuality import (
    GOLD_KEY,
    SCORE_RANGE,
    FactualityComponent,
    mean_absolute_error,
    pearson,
)
from warledger.extract.factuality_cues import CUE_CLASSES, cue_class, cue_lexicon
from warledger.extract.factuality_model import CORPUS_KEY, FEATURE_SLOTS, token_features
from warledger.extract.pipeline import SPACY_MODEL, Extractor, TextInput, build_pipeline
from warledger.model import Event, Stance


@pytest.fixture(scope="module")
def english() -> Language:
    return spacy.load(SPACY_MODEL, exclude=["ner"])


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(build_pipeline())


def _features(doc: Doc, word: str) -> dict[str, str]:
    token = next(t for t in doc if t.text == word)
    return dict(zip(FEATURE_SLOTS, token_features(token), strict=True))


def test_features_see_negation_modals_and_the_embedding_verb(english: Language) -> None:
    doc = english("The farmers feared that the militia would not burn the granary.")
    burn = _features(doc, "burn")
    assert burn["neg"] == "1"
    assert "would" in burn["aux"]
    assert burn["gov1"] == "fear"
    assert burn["clause_mark"] == "that/ccomp"


def test_features_see_a_conditional_and_a_question(english: Language) -> None:
    doc = english("If the rebels shell the depot, will the convoy leave?")
    shell = _features(doc, "shell")
    assert shell["clause_mark"].startswith("if/")
    assert shell["question"] == "1"


def test_features_see_cue_classes_in_scope(english: Language) -> None:
    doc = english("The militia failed to seize the depot after the postponed ceasefire.")
    seize, ceasefire = _features(doc, "seize"), _features(doc, "ceasefire")
    assert (seize["gov1"], seize["gov1_cue"]) == ("fail", "negative")
    assert ceasefire["mod_cue"] == "negative"
    assert ceasefire["mods"] == "postpone"
    doc = english("The rebels will try to take the town that reportedly fell.")
    take, fell = _features(doc, "take"), _features(doc, "fell")
    assert (take["gov1_cue"], take["scope_modal"]) == ("intended", "will@1")
    assert fell["mod_cue"] == "possible"


def test_cue_classes_read_particles_and_hyphenated_words() -> None:
    assert cue_class("call", "off") == "negative"
    assert cue_class("call") == "intended"
    assert cue_class("long-delayed") == "negative"
    assert cue_class("shell") == ""
    assert all(name in CUE_CLASSES for name in cue_lexicon().values())


def test_score_gives_r_per_corpus_and_their_mean(english: Language) -> None:
    nlp = build_pipeline(components=["warledger_factuality"])
    component = nlp.get_pipe("warledger_factuality")
    assert isinstance(component, FactualityComponent)
    examples = []
    for corpus, text, golds in [
        ("uw", "Troops shelled the town and may attack again.", [(1, 3.0), (6, 0.5)]),
        ("uw", "The soldiers did not fire at the convoy.", [(4, -3.0)]),
        ("meantime", "The talks collapsed and no deal was signed.", [(2, 3.0), (7, -3.0)]),
    ]:
        reference = english(text)
        reference.user_data[CORPUS_KEY] = corpus
        reference.user_data[GOLD_KEY] = [[i, score] for i, score in golds]
        examples.append(Example(nlp(reference.copy()), reference))
    scores = component.score(examples)
    assert set(scores) >= {"factuality_r_uw", "factuality_r_meantime", "factuality_macro_r"}
    mean = (scores["factuality_r_uw"] + scores["factuality_r_meantime"]) / 2
    assert scores["factuality_macro_r"] == pytest.approx(mean)
    assert scores["factuality_r_uw"] > 0.5


def test_pearson_and_mean_absolute_error() -> None:
    assert pearson([1.0, 2.0, 3.0], [2.0, 4.0, 6.0]) == pytest.approx(1.0)
    assert pearson([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]) == pytest.approx(-1.0)
    assert pearson([1.0, 1.0], [0.0, 2.0]) == 0.0
    assert mean_absolute_error([3.0, -3.0], [2.0, -1.0]) == pytest.approx(1.5)


def test_component_scores_candidates_within_range(extractor: Extractor) -> None:
    doc = extractor.process(TextInput("Gunmen stormed the police station and killed two guards."))
    scores = doc._.factuality
    stormed = next(t.i for t in doc if t.text == "stormed")
    assert stormed in scores
    assert all(SCORE_RANGE[0] <= s <= SCORE_RANGE[1] for s in scores.values())
    assert scores[stormed] > 1.5


def test_negated_event_scores_below_its_affirmative(extractor: Extractor) -> None:
    nlp = extractor.nlp
    component = nlp.get_pipe("warledger_factuality")
    assert isinstance(component, FactualityComponent)
    said = nlp("The battalion shelled the bridge.")
    denied = nlp("The battalion never shelled the bridge.")
    assert said._.factuality[2] > denied._.factuality[3] + 2.0


def test_component_needs_a_tensor() -> None:
    nlp = build_pipeline(components=["warledger_factuality"])
    doc = Doc(nlp.vocab, words=["They", "attacked", "."], pos=["PRON", "VERB", "PUNCT"])
    with pytest.raises(ValueError, match=r"doc\.tensor"):
        nlp.get_pipe("warledger_factuality")(doc)


def test_empty_doc_gets_no_scores(extractor: Extractor) -> None:
    doc = extractor.process(TextInput(""))
    assert doc._.factuality == {}


def test_producer_names_the_trained_model(extractor: Extractor) -> None:
    [claim, *_] = extractor.extract(TextInput("Gunmen attacked the police station on Monday."))
    version = claim.producer["warledger_factuality"]
    assert version.startswith("warledger_factuality_v1@2.0.0+sha256.")


def _event_stances(extractor: Extractor, text: str) -> dict[str, Stance]:
    """Trigger text -> stance of each event claim of ``text``."""
    return {
        c.proposition.trigger.text: c.stance
        for c in extractor.extract(TextInput(text))
        if isinstance(c.proposition, Event)
    }


@pytest.mark.parametrize(
    ("text", "trigger", "stance"),
    [
        ("Militants attacked a checkpoint near the border on Monday.", "attacked", "asserted"),
        ("The army did not shell the village, the report found.", "shell", "denied"),
        ("If the rebels attack the airport, the army will retaliate.", "attack", "hypothetical"),
        ("Did the militia shell the market last week?", "shell", "question"),
        ("The envoy said the brigade must withdraw from the valley.", "withdraw", "asserted"),
    ],
)
def test_stance_of_each_kind(extractor: Extractor, text: str, trigger: str, stance: str) -> None:
    assert _event_stances(extractor, text)[trigger] is Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers feared a fresh bombardment of the old market.",
        "A rocket attack on the depot remains possible, analysts say.",
        "If the rebels attack the airport, the army will retaliate.",
        "In such wars, militias usually loot every village they pass.",
        "The commander might order an assault on the ridge.",
        "Investigators found no sign that the fire was linked to the clashes.",
        "Farmers had initially feared another raid on the village.",
        "Should the tanks join in, the fighting will spread and reserves will be deployed.",
        "If the tanks join in, the fighting will spread and reserves will be deployed.",
    ],
)
def test_uncommitted_events_are_never_asserted(extractor: Extractor, text: str) -> None:
    stances = _event_stances(extractor, text)
    assert stances, f"no event found in {text!r}"
    assert Stance.ASSERTED not in stances.values(), stances


def test_features_read_each_tokens_own_children_and_sentence(english: Language) -> None:
    doc = english("No soldiers would have fired at the crowd. Did the drones hit the bridge?")
    fired, soldiers, hit = (_features(doc, w) for w in ("fired", "soldiers", "hit"))
    assert fired["aux"] == "have+would"
    assert (fired["neg"], fired["question"]) == ("", "")
    assert (soldiers["det"], soldiers["neg"]) == ("no", "1")
    assert (hit["aux"], hit["question"]) == ("did", "1")
