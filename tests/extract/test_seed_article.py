"""Acceptance: the article that motivated warledger, through the whole pipeline.

The article (October 2020, Nagorno-Karabakh war) stays in the shared corpus;
this test reads it and checks the claims the project exists to record: who
announced which fighters were moved where, who said cities came under fire,
the toll with its speaker, and that no attributed statement comes out as the
outlet's own. The test is skipped when the shared folder is missing on a
developer machine, but never under ``WARLEDGER_REQUIRE_SHARED=1`` (``.ci/run``),
where a missing corpus is an error.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from required_parts import missing
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Claim, Event, PloverType, Relation, RelationPredicate, content_hash

SHARED = Path(
    os.environ.get("WARLEDGER_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared")
)
ARTICLE = SHARED / "corpus" / "000_9e1034440138db33.txt"
PUBLISHED = date(2020, 10, 11)

# Passages the article puts in someone else's mouth, located by a few words at
# their start and end (the text itself stays in the shared folder).
ATTRIBUTED_PASSAGES = (
    ("militants of the Jabhat", "to Nagorno-Karabakh."),
    ("If enough members", "Karabakh will burn"),
    ("they are now carefully", "is underway."),
    ("Heavy battles with varying", "than in the rear"),
    ("Baku has revanchist", "on their part."),
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    if not ARTICLE.is_file():
        missing("SHARED", f"{ARTICLE} not found (set WARLEDGER_SHARED to the shared folder)")
    raw = ARTICLE.read_bytes()
    text = raw.decode("utf-8")
    return Extractor().process(TextInput(text, content_hash(raw), PUBLISHED))


def claimant_words(claim: Claim) -> str:
    if claim.claimant is None:
        return ""
    return f"{claim.claimant.name} {claim.claimant.span.text}"


def by(doc: Doc, pattern: str) -> list[Claim]:
    """Claims whose claimant's name or words match ``pattern``."""
    return [c for c in doc._.claims if re.search(pattern, claimant_words(c))]


def destination(proposition: Event | Relation | None) -> str:
    if isinstance(proposition, Event):
        return proposition.place.span.text if proposition.place else ""
    if isinstance(proposition, Relation):
        ends = [proposition.object, proposition.object_place]
        return " ".join(end.span.text for end in ends if end is not None)
    return ""


def is_fighter_transfer(proposition: Event | Relation | None) -> bool:
    if isinstance(proposition, Relation):
        return proposition.predicate is RelationPredicate.DEPLOYS_FIGHTERS_TO
    return isinstance(proposition, Event) and proposition.type is PloverType.MOBILIZE


def test_intelligence_chief_announces_transfer_of_named_groups(doc: Doc) -> None:
    claims = by(doc, r"Naryshkin|Foreign Intelligence|SVR")
    transfers = [
        c
        for c in claims
        if is_fighter_transfer(c.proposition) and "Karabakh" in destination(c.proposition)
    ]
    assert transfers, "no claim by the SVR head about fighters moved to Nagorno-Karabakh"
    assert all(not c.claimant_is_outlet for c in transfers)
    assert all(c.cue is not None and c.cue.text == "announced" for c in transfers)
    assert transfers[0].said_at == date(2020, 10, 6)
    movers = " ".join(
        c.proposition.subject.span.text for c in transfers if isinstance(c.proposition, Relation)
    ) + " ".join(
        a.span.text
        for c in transfers
        if isinstance(c.proposition, Event)
        for a in c.proposition.initiators + c.proposition.targets
    )
    for group in ("Nusra", "Firkat Hamza", "Sultan Murad", "Kurdish"):
        assert group in movers, f"{group} is not named as moved"


def test_transfer_event_and_relations_agree(doc: Doc) -> None:
    """The announcement is one act: four deploys_fighters_to claims, one per
    group, and a MOBILIZE claim of the same words naming the same groups as
    its actors; each cites the other."""
    claims = by(doc, r"Naryshkin|Foreign Intelligence|SVR")
    relations = [
        c
        for c in claims
        if isinstance(c.proposition, Relation)
        and c.proposition.predicate is RelationPredicate.DEPLOYS_FIGHTERS_TO
    ]
    assert len(relations) == 4
    [mobilize] = [
        c
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.MOBILIZE
    ]
    assert isinstance(mobilize.proposition, Event)
    actors = [a.span.text for a in mobilize.proposition.initiators]
    assert sorted(actors) == sorted(c.proposition.subject.span.text for c in relations)  # type: ignore[union-attr]
    assert "militants" not in actors
    assert mobilize.proposition.targets == []
    assert sorted(mobilize.cites) == sorted(c.id for c in relations)
    assert all(c.cites == [mobilize.id] for c in relations)


def test_former_deputy_claims_fighters_sent_from_ukraine(doc: Doc) -> None:
    claims = by(doc, r"Tsarev")
    sending = [
        c
        for c in claims
        if is_fighter_transfer(c.proposition) and "Azerbaijan" in destination(c.proposition)
    ]
    assert sending, "no claim by Oleg Tsarev about fighters sent to Azerbaijan"
    assert all(not c.claimant_is_outlet and "Ukraine" in c.content.text for c in sending)


def test_stepanakert_under_fire_attributed_to_the_official(doc: Doc) -> None:
    under_fire = [
        c
        for c in doc._.claims
        if isinstance(c.proposition, Event)
        and c.proposition.type is PloverType.ASSAULT
        and destination(c.proposition) == "Stepanakert"
    ]
    assert under_fire, "no ASSAULT claim placed in Stepanakert"
    for claim in under_fire:
        assert not claim.claimant_is_outlet
        assert re.search(r"President|Harutyunyan", claimant_words(claim))


def test_mobilization_and_martial_law_in_karabakh_and_armenia(doc: Doc) -> None:
    events = [c.proposition for c in doc._.claims if isinstance(c.proposition, Event)]
    mobilization = [
        e
        for e in events
        if e.type is PloverType.MOBILIZE
        and "mobiliz" in e.trigger.text.lower()
        and destination(e) in {"Karabakh", "Armenia"}
    ]
    assert mobilization, "no MOBILIZE event for the mobilization in Karabakh/Armenia"
    assert any("martial law" in e.trigger.text.lower() for e in events)


def test_toll_of_more_than_3000_victims_keeps_its_speaker(doc: Doc) -> None:
    tolls = [
        c
        for c in doc._.claims
        if isinstance(c.proposition, Event)
        and any(f.low in (3000, 3001) for f in c.proposition.casualties)
    ]
    assert tolls, "no event claim carries the 'more than 3000' toll"
    for claim in tolls:
        assert not claim.claimant_is_outlet
        assert "Beglaryan" in claimant_words(claim)


def assert_not_outlet_voice(doc: Doc, passages: list[tuple[int, int]]) -> None:
    """No outlet-voice claim has its trigger (or all its content) in a passage."""
    outlet = [c for c in doc._.claims if c.claimant_is_outlet]
    assert outlet, "the article's own narration should yield outlet-voice claims"
    for claim in outlet:
        trigger = claim.proposition.trigger if claim.proposition is not None else claim.content
        for start, end in passages:
            assert not (start <= trigger.start < end), (
                f"outlet asserts attributed words: {claim.content.text!r}"
            )
            assert not (start <= claim.content.start and claim.content.end <= end)


def test_attributed_passages_never_come_out_in_the_outlets_voice(doc: Doc) -> None:
    text = doc.text
    passages = []
    for head, tail in ATTRIBUTED_PASSAGES:
        start = text.index(head)
        passages.append((start, text.index(tail, start) + len(tail)))
    assert_not_outlet_voice(doc, passages)


def test_interview_answers_are_the_interviewees_not_the_outlets(doc: Doc) -> None:
    """Each "Answer:" turn runs to the next question (or the footnote mark):
    all of it is the interviewee's, none of it the outlet's narration."""
    text = doc.text
    answers = [m.start() for m in re.finditer(r"(?m)^Answer:", text)]
    assert len(answers) >= 4, "the interview layout was not found"
    passages = []
    for start in answers:
        turn_end = re.compile(r"(?m)^(Q:|\[1\])").search(text, start)
        passages.append((start, turn_end.start() if turn_end else len(text)))
    assert_not_outlet_voice(doc, passages)
