"""Role fillers of the whole pipeline, as the MUC-4 adapter reads them, on attack reports
written for these tests (``role_filler_cases``, set B in ``role_filler_cases_b``, set
C in ``role_filler_cases_c``, set D in ``role_filler_cases_d``, set E in
``role_filler_cases_e``, set F in ``role_filler_cases_f`` and set G in
``role_filler_cases_g``), scored as MUC-4
is (CEAF-REE: exact normalised strings, one-to-one per role), both as written and in
lower case (MUC-4's wire texts are all lower case, and the role tagger reads
lower-cased tokens).

The floors are the micro F1 measured when the cases were last improved; they only
move up. The failure message lists the false and the missed fillers per case.
"""

from __future__ import annotations

import pytest
from role_filler_cases import CASES, Case
from role_filler_cases_b import CASES_B
from role_filler_cases_c import CASES_C
from role_filler_cases_d import CASES_D
from role_filler_cases_e import CASES_E
from role_filler_cases_f import CASES_F
from role_filler_cases_g import CASES_G
from spacy.language import Language

from warledger.eval.muc4 import ROLES, role_fillers
from warledger.eval.scoring import PRF, align_ree
from warledger.extract.pipeline import build_pipeline

# Micro F1 over all roles. Measured on main (d965105) before any fix: cased 0.605
# (P 0.735 R 0.514), lower case 0.521 (P 0.633 R 0.443). After people and bands are
# individuals, institutions and capitalised names organisations: 0.639 / 0.571.
# After the attacks laid on groups, blast sites and participles (7 Dec 2026 afternoon):
# 0.730 / 0.619. With the claims' stance deciding which events count: 0.738 / 0.628.
FLOORS = {"cased": 0.75, "lower": 0.63}
# Set B, written before the changes of 7 Dec 2026: on main (e23b38d) cased 0.390
# (P 0.577 R 0.294), lower case 0.347 (P 0.542 R 0.255); after them 0.487 (P 0.704
# R 0.373) / 0.447 (P 0.680 R 0.333); after those of the afternoon 0.532 / 0.468; the same
# with the claims' stance deciding which events count.
FLOORS_B = {"cased": 0.55, "lower": 0.48}
# Set C, written before the changes of 7 Dec 2026 afternoon: on main (aab43b1) cased
# 0.543 (P 0.759 R 0.423), lower case 0.497 (P 0.750 R 0.371); after the changes it
# led to (so no longer unseen) 0.671 (P 0.821 R 0.567) / 0.575 (P 0.730 R 0.474);
# with the claims' stance 0.699 / 0.596.
FLOORS_C = {"cased": 0.72, "lower": 0.61}
# Set D, written before the changes of 7 Dec 2026 evening: on main (076e308) cased
# 0.551 (P 0.750 R 0.435), lower case 0.510 (P 0.650 R 0.419). Once the adapter read
# the events of the claims the pipeline asserts (not its own tense test): 0.540 (P 0.711
# R 0.435) / 0.500 (P 0.619 R 0.419): "foiled a plot to bomb the consulate" is asserted.
FLOORS_D = {"cased": 0.58, "lower": 0.52}
# Set E, written before the changes of 7 Dec 2026 night: on main (71cea0a) cased 0.667
# (P 0.917 R 0.524), lower case 0.626 (P 0.861 R 0.492). After the speaker of a reported
# clause stood for its pronouns, lists of names were read whole and proper names done
# harm to were people named: 0.743 (P 0.929 R 0.619) / 0.640 (P 0.865 R 0.508). With what
# was set fire to and what the attack damaged ("..., damaging two cargo planes") as
# targets: 0.766 (P 0.932 R 0.651) / 0.667 (P 0.872 R 0.540); then set A 0.758 / 0.639,
# B 0.550 / 0.487, C 0.722 / 0.613, D 0.569 / 0.519. Once a word of a person's or place's
# name was no weapon and a counted victim span no name: D 0.580 / 0.523, E unchanged.
FLOORS_E = {"cased": 0.76, "lower": 0.66}
# Set F, written before the changes of 7 Dec 2026 late night: on main (08226fd) cased
# 0.743 (P 0.722 R 0.765), lower case 0.788 (P 0.812 R 0.765). Once a person's name was
# widened over the words beside it no English lexicon has, and the rules' victims were
# named so when the tagger found nothing: 0.909 (P 0.938 R 0.882) / 0.848 (P 0.875 R
# 0.824); D lower 0.523 -> 0.542, A, B, C, E unchanged.
FLOORS_F = {"cased": 0.90, "lower": 0.84}
# Set G, written before the change that made a thing no doer: on 7eca242 cased 0.800
# (P 0.824 R 0.778), lower case 0.722 (P 0.722 R 0.722). Once a thing was no attack's
# doer and crowds, mobs and vigilantes were people: 0.882 (P 0.938 R 0.833) / 0.743
# (P 0.765 R 0.722); E lower 0.667 -> 0.673, A-D and F unchanged.
FLOORS_G = {"cased": 0.88, "lower": 0.74}


def _expected(case: Case) -> dict[str, list[list[str]]]:
    entities = (case.perp_ind, case.perp_org, case.target, case.victim, case.weapon)
    return {
        role: [list(e) for e in role_entities]
        for role, role_entities in zip(ROLES, entities, strict=True)
    }


def score(
    nlp: Language, lower: bool, cases: tuple[Case, ...] = CASES
) -> tuple[dict[str, PRF], list[str]]:
    """Per-role CEAF-REE counts over the cases, and a line per wrong filler."""
    per_role = {role: PRF() for role in ROLES}
    wrong: list[str] = []
    texts = [c.text.lower() if lower else c.text for c in cases]
    for case, doc in zip(cases, nlp.pipe(texts), strict=True):
        found = role_fillers(doc)
        for role, gold in _expected(case).items():
            alignment = align_ree(found[role], gold)
            per_role[role].add(alignment.counts())
            hit_guesses = {g for g, _ in alignment.pairs}
            hit_entities = {e for _, e in alignment.pairs}
            wrong += [
                f"{role} false {g!r}: {case.text[:50]}"
                for i, g in enumerate(alignment.guesses)
                if i not in hit_guesses
            ]
            wrong += [
                f"{role} missed {sorted(e)}: {case.text[:50]}"
                for j, e in enumerate(alignment.entities)
                if j not in hit_entities
            ]
    return per_role, wrong


def micro(per_role: dict[str, PRF]) -> PRF:
    total = PRF()
    for counts in per_role.values():
        total.add(counts)
    return total


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


SETS: dict[str, tuple[tuple[Case, ...], dict[str, float]]] = {
    "A": (CASES, FLOORS),
    "B": (CASES_B, FLOORS_B),
    "C": (CASES_C, FLOORS_C),
    "D": (CASES_D, FLOORS_D),
    "E": (CASES_E, FLOORS_E),
    "F": (CASES_F, FLOORS_F),
    "G": (CASES_G, FLOORS_G),
}


@pytest.mark.parametrize("form", ["cased", "lower"])
@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_reaches_its_floor(nlp: Language, name: str, form: str) -> None:
    cases, floors = SETS[name]
    per_role, wrong = score(nlp, lower=form == "lower", cases=cases)
    measured = micro(per_role).f1
    figure = f"set {name} {form} micro F1 {measured:.3f}"
    assert measured >= floors[form], "\n".join([figure, *wrong])
