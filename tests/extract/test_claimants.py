"""Claimants of speech told in general shapes other than "X said Y", on sentences
written for these tests: a denial act, a figure given through a light verb, a
role named earlier with a name, a quotation whose speaker the sentence before
introduces."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract.attribution_claimant import names_no_one
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import Claim, Event, PloverType, Stance


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(build_pipeline())


def claims_of(extractor: Extractor, text: str) -> list[Claim]:
    return extractor.extract(TextInput(text, "doc-claimants", date(2024, 5, 1)))


def of_type(claims: list[Claim], kind: PloverType) -> list[Claim]:
    return [c for c in claims if isinstance(c.proposition, Event) and c.proposition.type is kind]


def test_a_denial_is_asserted_by_the_denier(extractor: Extractor) -> None:
    text = (
        "Ostrelia has denied sending troops to Varnia on Monday. "
        "Officials in Borovia said the units crossed the river."
    )
    rejects = of_type(claims_of(extractor, text), PloverType.REJECT)
    assert len(rejects) == 1
    claim = rejects[0]
    assert claim.stance is Stance.ASSERTED
    assert claim.claimant is not None and claim.claimant.name == "Ostrelia"


def test_a_figure_given_by_officials_is_theirs(extractor: Extractor) -> None:
    text = (
        "Rebels shelled the market in Kelmo on Tuesday. "
        "Local officials have given figures of between 13 and 19 dead."
    )
    claims = claims_of(extractor, text)
    given = [c for c in claims if c.cue is not None and c.cue.text == "have given figures of"]
    assert len(given) == 1
    assert given[0].claimant is not None and given[0].claimant.name == "Local officials"
    assert given[0].content.text == "between 13 and 19 dead"
    assert not given[0].claimant_is_outlet


def test_a_toll_put_at_a_number_is_the_governors(extractor: Extractor) -> None:
    text = "Artillery hit the village of Dunmere. The regional governor put the death toll at 12."
    claims = claims_of(extractor, text)
    put = [c for c in claims if c.cue is not None and c.cue.text.startswith("put")]
    assert len(put) == 1
    assert put[0].claimant is not None and put[0].claimant.name == "The regional governor"


def test_the_role_goes_to_the_name_it_was_given_in_apposition(extractor: Extractor) -> None:
    text = (
        "Marta Velan, the country's defence minister, visited the front. "
        "The minister said drones had attacked two depots."
    )
    attacks = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert attacks
    assert all(c.claimant is not None and c.claimant.name == "Marta Velan" for c in attacks)


def test_the_role_goes_to_the_name_when_the_source_says_more_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "The governor of the province, Lior Ambat, toured the border villages on Monday. "
        "Drones shelled two depots overnight, the governor of the eastern province said."
    )
    attacks = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert attacks
    assert all(c.claimant is not None and c.claimant.name == "Lior Ambat" for c in attacks)


def test_a_quotation_belongs_to_the_speaker_introduced_before_it(extractor: Extractor) -> None:
    text = (
        "The ambassador, Piotr Halm, spoke on Friday. "
        '"Our forces destroyed three tanks near the river."'
    )
    attacks = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert attacks
    assert all(c.claimant is not None and c.claimant.name == "Piotr Halm" for c in attacks)


def test_a_quotation_after_an_unrelated_sentence_has_no_claimant(extractor: Extractor) -> None:
    text = 'The talks ended on Friday. "Our forces destroyed three tanks near the river."'
    attacks = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert attacks
    assert all(c.claimant is None and not c.claimant_is_outlet for c in attacks)


def test_a_quotation_continuing_a_quoted_speaker_is_theirs(extractor: Extractor) -> None:
    text = (
        "Fighting went on near Tarsk. "
        '"We held the bridge all night," said the commander, Dara Velk. '
        '"Our forces destroyed three tanks near the river."'
    )
    attacks = [
        c
        for c in of_type(claims_of(extractor, text), PloverType.ASSAULT)
        if c.proposition is not None and c.proposition.trigger.text == "destroyed"
    ]
    assert attacks
    assert all(c.claimant is not None and c.claimant.name == "Dara Velk" for c in attacks)


def test_words_that_name_no_one_are_no_speaker() -> None:
    assert names_no_one("This") and names_no_one("these") and names_no_one("Q")
    # The tail of an editor's label that a tagger cut mid-word.
    assert names_no_one("’s Note") and names_no_one("'s note")
    assert not names_no_one("the ministry") and not names_no_one("He")
    assert not names_no_one("’s Brigade")


def test_the_texts_own_argument_is_the_outlets_voice(extractor: Extractor) -> None:
    text = "This once again confirms that the militia shelled the village of Karm."
    found = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert found
    assert all(c.claimant is None and c.claimant_is_outlet for c in found)


def test_a_name_after_the_is_the_speaker_not_a_title(extractor: Extractor) -> None:
    # "The K.R." names a state: it is not a role word to pin on the last name near "K.R.".
    text = (
        "Rebels attacked ten villages between Ostra and Velin in northern K.R. on Monday. "
        "The K.R. says the rebels have withdrawn to the hills."
    )
    said = [c for c in claims_of(extractor, text) if c.cue is not None and c.cue.text == "says"]
    assert said and all(c.claimant is not None for c in said)
    assert {c.claimant.name for c in said if c.claimant} == {"The K.R."}


def test_a_lower_case_word_is_no_named_speaker(extractor: Extractor) -> None:
    # The small model tags "bush" as a person; "she" must not be linked to it.
    text = (
        "Thousands of families are hiding in the bush near Ostra. "
        "She says most are afraid that the rebels could attack again."
    )
    said = [c for c in claims_of(extractor, text) if c.cue is not None and c.cue.text == "says"]
    assert said and {c.claimant.name for c in said if c.claimant} == {"She"}


def test_a_group_called_by_a_name_says_nothing(extractor: Extractor) -> None:
    text = (
        "An Orthodox-dominated force called the Iron Guard fought back, and both sides "
        "were accused of killing civilians."
    )
    assert all(c.cue is None or c.cue.text != "called" for c in claims_of(extractor, text))


def test_initials_after_the_are_the_group_they_spell(extractor: Extractor) -> None:
    text = (
        "The Varnian Freedom Army shelled the depot near Kelmo Ridge on Monday. "
        "Residents said the fire reached the VFA lines near Kelmo Ridge. "
        "The VFA said the army had fired first."
    )
    said = [c for c in claims_of(extractor, text) if c.cue is not None and c.cue.text == "said"]
    speakers = {c.claimant.name for c in said if c.claimant and c.cue and c.cue.start > 120}
    assert speakers == {"The Varnian Freedom Army"}


def test_a_title_beside_a_name_across_a_verb_is_not_its_title(extractor: Extractor) -> None:
    """ "the spokesperson told Radio Kelt": the outlet is the hearer, so a later
    "the spokesperson added" is not the outlet's."""
    text = (
        '"We saw the reports," the spokesperson told Radio Kelt on Friday. '
        '"The militia must free the hostages," the spokesperson added.'
    )
    requests = of_type(claims_of(extractor, text), PloverType.REQUEST)
    assert requests, "no REQUEST claim"
    assert all(c.claimant is not None for c in requests)
    assert {c.claimant.name for c in requests if c.claimant} == {"the spokesperson"}


def test_a_cue_with_its_own_subject_is_that_subjects(extractor: Extractor) -> None:
    # The tagger marks the other clause's subject or object; the parse says who took credit.
    for text in (
        "Days later, a roadside bomb blast killed nine shepherds in the valley, while "
        "the rebel group took credit for attacking a truck.",
        "A day later, a roadside bomb blast killed four soldiers near the border, while "
        "the militant group took credit for the ambush.",
    ):
        claims = claims_of(extractor, text)
        credited = [c for c in claims if c.cue is not None and c.cue.text == "took credit for"]
        assert credited, text
        for claim in credited:
            assert claim.claimant is not None
            assert claim.claimant.name in ("the rebel group", "the militant group")


def test_an_event_is_not_placed_in_a_country_named_as_a_doer(extractor: Extractor) -> None:
    text = (
        "A roadside bomb struck a fuel truck owned by a firm operated by China, killing the driver."
    )
    assaults = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert assaults
    for claim in assaults:
        event = claim.proposition
        assert isinstance(event, Event)
        assert event.place is None or "China" not in event.place.span.text


def test_an_act_phrase_is_no_cue_of_its_doer(extractor: Extractor) -> None:
    # "opened fire on" tells what the gunmen did, not something they said
    text = "Gunmen opened fire on a roadside cafe near the depot on Friday."
    assaults = of_type(claims_of(extractor, text), PloverType.ASSAULT)
    assert assaults
    for claim in assaults:
        assert claim.claimant_is_outlet and claim.cue is None


def test_a_headline_across_a_colon_names_no_titled_speaker(extractor: Extractor) -> None:
    """ "Officials: Car Bomb Kills 20" puts the title before a colon and words the
    English model tags as a person's name after it: they are what was said, so a later
    "the officials said" is not that "person"'s."""
    text = (
        "Officials: Car Bomb Kills 20 in Velna\n\n"
        "A car bomb exploded near a market on Thursday, the officials said."
    )
    claims = [c for c in claims_of(extractor, text) if c.cue is not None and c.cue.text == "said"]
    assert claims, "no claim of the second sentence"
    assert {c.claimant.name if c.claimant else None for c in claims} == {"the officials"}


def test_speakers_joined_by_and_speak_together(extractor: Extractor) -> None:
    text = (
        "A senior rebel commander is dead, killed in what Ostrelian and Varnian "
        "officials describe as a joint raid. "
        "Kelmo police and Borovian officials said the convoy was attacked near the border."
    )
    claimants = {
        c.cue.text: c.claimant
        for c in of_type(claims_of(extractor, text), PloverType.ASSAULT)
        if c.cue is not None
    }
    joint = claimants["describe"]
    assert joint is not None and joint.name == "Ostrelian and Varnian officials"
    assert joint.actor_id is None  # neither state alone
    said = claimants["said"]
    assert said is not None and said.name == "Kelmo police and Borovian officials"


def test_an_and_about_the_speaker_does_not_make_two_speakers(extractor: Extractor) -> None:
    text = (
        "Mara Tolven, whose brother and two cousins were killed, said soldiers "
        "shelled the village of Dunmere."
    )
    claims = [c for c in claims_of(extractor, text) if c.cue is not None and c.cue.text == "said"]
    assert claims and {c.claimant.name for c in claims if c.claimant} == {"Mara Tolven"}
