"""MUC-4's older lenient scoring, kept as a secondary figure beside CEAF-REE: a
predicted string fills a gold entity when it matches any of the entity's strings
leniently (equal, one contained in the other, or the same head noun), predicted strings
that match each other leniently being grouped as one entity first. Split from ``muc4``,
whose headline is the standard metric.
"""

from __future__ import annotations

from warledger.eval.scoring import PRF, match_one_to_one, normalise_string


def lenient_match(predicted: str, gold: str) -> bool:
    """Equal, contained (on word boundaries) or same head noun, after normalising."""
    p, g = normalise_string(predicted), normalise_string(gold)
    if not p or not g:
        return False
    if p == g or f" {p} " in f" {g} " or f" {g} " in f" {p} ":
        return True
    return p.split()[-1] == g.split()[-1]


def group_mentions(predicted: list[str]) -> list[list[str]]:
    """Predicted strings grouped as one entity when they match each other leniently
    ("six jesuits", "the jesuits"): warledger has no coreference, so this stands
    in for it, the way MUC-4 gold lists an entity's coreferent strings."""
    groups: list[list[str]] = []
    for name in dict.fromkeys(normalise_string(p) for p in predicted):
        if not name:
            continue
        group = next((g for g in groups if any(lenient_match(name, m) for m in g)), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    return groups


def score_role(predicted: list[str], gold: list[list[str]]) -> PRF:
    """One-to-one matching of predicted entities (grouped strings) to gold entities."""
    return match_one_to_one(
        group_mentions(predicted),
        gold,
        lambda group, entity: any(lenient_match(p, s) for p in group for s in entity),
    )
