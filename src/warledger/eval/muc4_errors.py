"""Kinds of MUC-4 role-filler errors, for error analysis of the CEAF-REE figure.

Why: the headline says how many fillers are wrong, not why. Whether the loss is
fillers never found, right words cut at the wrong place, the right entity under
the wrong role, or fillers invented in reports MUC-4 keys as telling no incident
decides what to work on (the span tagger, role assignment or which events count),
so the adapter counts each left-over entity of the CEAF-REE alignment by kind.

A predicted entity left over (a false positive) is, in this order:
``irrelevant_document`` when the document keys no filler of any role;
``other_role`` when its string is a mention of a gold entity of another role;
``boundary`` when it contains, or lies inside, a mention of a gold entity of its
role (on word boundaries: "armed individuals" and "several armed individuals");
``extra`` otherwise. A gold entity left over (a false negative) is ``boundary``
when a predicted string of its role contains or lies inside one of its mentions,
``other_role`` when one of its mentions was predicted under another role, and
``missing`` otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from warledger.eval.scoring import align_ree, normalise_string

FALSE_POSITIVE_KINDS: tuple[str, ...] = ("irrelevant_document", "other_role", "boundary", "extra")
FALSE_NEGATIVE_KINDS: tuple[str, ...] = ("boundary", "other_role", "missing")


def error_kinds(
    predicted: Mapping[str, Sequence[str]], gold: Mapping[str, Sequence[Sequence[str]]]
) -> dict[str, Counter[str]]:
    """Per role, the left-over entities of one document by kind
    (``fp.<kind>`` and ``fn.<kind>``)."""
    roles = list(dict.fromkeys([*predicted, *gold]))
    guessed = {r: {normalise_string(p) for p in predicted.get(r, [])} - {""} for r in roles}
    keyed = any(gold.get(r) for r in roles)
    found: dict[str, Counter[str]] = {}
    for role in roles:
        alignment = align_ree(predicted.get(role, []), gold.get(role, []))
        others = _mentions(gold, roles, role)
        counts: Counter[str] = Counter()
        aligned_guesses = {g for g, _ in alignment.pairs}
        aligned_entities = {e for _, e in alignment.pairs}
        own = set().union(*alignment.entities) if alignment.entities else set()
        for i, guess in enumerate(alignment.guesses):
            if i in aligned_guesses:
                continue
            if not keyed:
                kind = "irrelevant_document"
            elif guess in others:
                kind = "other_role"
            elif any(_nested(guess, mention) for mention in own):
                kind = "boundary"
            else:
                kind = "extra"
            counts[f"fp.{kind}"] += 1
        predicted_elsewhere = set().union(*(guessed[r] for r in roles if r != role))
        for j, entity in enumerate(alignment.entities):
            if j in aligned_entities:
                continue
            if any(_nested(guess, mention) for guess in guessed[role] for mention in entity):
                kind = "boundary"
            elif entity & predicted_elsewhere:
                kind = "other_role"
            else:
                kind = "missing"
            counts[f"fn.{kind}"] += 1
        found[role] = counts
    return found


def _mentions(gold: Mapping[str, Sequence[Sequence[str]]], roles: list[str], but: str) -> set[str]:
    """The normalised mention strings of the gold entities of every role but ``but``."""
    return {normalise_string(m) for r in roles if r != but for e in gold.get(r, []) for m in e}


def _nested(a: str, b: str) -> bool:
    """One normalised string inside the other on word boundaries, not equal."""
    return a != b and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")
