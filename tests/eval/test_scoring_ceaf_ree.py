"""CEAF-REE (GRIT/GTT's MUC-4 role-filler metric) on cases worked out by hand."""

from __future__ import annotations

from warledger.eval.muc4_lenient import score_role
from warledger.eval.scoring import ceaf_ree


def counts(predicted: list[str], gold: list[list[str]]) -> tuple[int, int, int]:
    result = ceaf_ree(predicted, gold)
    return result.tp, result.fp, result.fn


def test_optimal_alignment_beats_greedy_on_a_two_by_two_case() -> None:
    # "army" fits both gold entities, "soldiers" only the first. Taken in order,
    # a greedy matcher gives "army" the first entity and leaves "soldiers" with
    # nothing (1 fit); the optimal alignment is army -> E2, soldiers -> E1 (2 fits).
    gold = [["the army", "soldiers"], ["army"]]
    assert counts(["army", "soldiers"], gold) == (2, 0, 0)


def test_only_a_normalised_exact_string_fits() -> None:
    gold = [["six jesuit priests", "the jesuits"], ["the fmln"]]
    # "The Jesuits!" normalises to "jesuits" (a mention of E1); "fmln rebels"
    # contains "fmln" but is not equal to it; "priests" shares only the head noun.
    assert counts(["The Jesuits!", "fmln rebels", "priests"], gold) == (1, 2, 1)
    result = ceaf_ree(["The Jesuits!", "fmln rebels", "priests"], gold)
    assert round(result.precision, 4) == 0.3333
    assert result.recall == 0.5
    assert round(result.f1, 4) == 0.4


def test_the_lenient_head_noun_scoring_accepts_what_ceaf_ree_rejects() -> None:
    gold = [["six jesuit priests"], ["the fmln"]]
    predicted = ["priests", "fmln rebels"]
    assert counts(predicted, gold) == (0, 2, 2)
    lenient = score_role(predicted, gold)
    assert (lenient.tp, lenient.fp, lenient.fn) == (2, 0, 0)


def test_repeated_strings_are_one_entity_and_one_entity_fits_once() -> None:
    # Two spellings of one string are one predicted entity; two different
    # mentions of the same gold entity are two predicted entities, one of them spare.
    gold = [["the mayor", "mayor perez"]]
    assert counts(["The mayor", "the mayor"], gold) == (1, 0, 0)
    assert counts(["the mayor", "mayor perez"], gold) == (1, 1, 0)


def test_empty_sides() -> None:
    assert counts([], [["a bomb"]]) == (0, 0, 1)
    assert counts(["a bomb", ""], []) == (0, 1, 0)
    assert counts([], []) == (0, 0, 0)
