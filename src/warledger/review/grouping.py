"""Analysts' decisions on incident groupings, as rules incident clustering obeys.

Each incident review is about the member claims recorded with it (``members`` in
its ledger entry), not about an incident id, which a later run may give to
another group. Only an incident's latest review counts:

* **reject** ("these claims are not one incident"): no two of its members may be
  in one incident again. Each can still join other claims, or found its own.
* **correct** with ``remove_claim_ids`` R: no claim of R may be in one incident
  with a member outside R. The claims of R may stay together.
* **accept** ("these claims are one incident"): the members present are pinned
  together. A full run founds their incident first, so clustering cannot split
  them; other claims may still join it.

A separation is stored as one *family* per review (its ledger seq), in which each
member carries a label: two claims clash when they carry different labels of
the same family. A separation beats a pin: pins are joined newest first, and a
join that would put two clashing claims together is skipped. To re-group claims
an analyst kept apart, accept the rejected incident: its latest decision is then
an accept and its separation is withdrawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from warledger.model import ReviewAction
from warledger.store.reviews import RecordedReview

Families = dict[int, set[int]]
"""Separation family (review seq) -> the labels an incident's members carry in it."""


def clash(a: Mapping[int, set[int]], b: Mapping[int, set[int]]) -> bool:
    """Whether two groups with these families may not be one incident."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return any(f in big and len(small[f] | big[f]) > 1 for f in small)


def add_families(into: Families, labels: Mapping[int, int] | Mapping[int, set[int]]) -> None:
    """Add one claim's labels (or another group's families) to ``into``."""
    for family, label in labels.items():
        into.setdefault(family, set()).update(label if isinstance(label, set) else {label})


@dataclass
class GroupingRules:
    """Separations (claim id -> {family: label}) and pins (groups of claim ids)."""

    labels: dict[str, dict[int, int]] = field(default_factory=dict)
    pins: list[tuple[str, ...]] = field(default_factory=list)

    @classmethod
    def from_decisions(cls, decisions: Iterable[RecordedReview]) -> GroupingRules:
        """Rules from the latest review of each incident (see the module docstring)."""
        rules = cls()
        ordered = sorted(decisions, key=lambda r: r.seq)
        for recorded in ordered:
            action = recorded.review.action
            members = sorted(recorded.members)
            if action == ReviewAction.REJECT:
                for label, claim_id in enumerate(members):
                    rules.labels.setdefault(claim_id, {})[recorded.seq] = label
            elif action == ReviewAction.CORRECT:
                removed = recorded.review.correction.get("remove_claim_ids") or []
                taken = set(removed) if isinstance(removed, list) else set()
                for claim_id in members:
                    label = 0 if claim_id in taken else 1
                    rules.labels.setdefault(claim_id, {})[recorded.seq] = label
        accepted = [r for r in ordered if r.review.action == ReviewAction.ACCEPT]
        rules.pins = rules._pin_groups(reversed(accepted))
        return rules

    def families_of(self, claim_ids: Iterable[str]) -> Families:
        out: Families = {}
        for claim_id in claim_ids:
            add_families(out, self.labels.get(claim_id, {}))
        return out

    def _pin_groups(self, newest_first: Iterable[RecordedReview]) -> list[tuple[str, ...]]:
        parent: dict[str, str] = {}
        families: dict[str, Families] = {}

        def root(item: str) -> str:
            if item not in parent:
                parent[item] = item
                families[item] = self.families_of([item])
            while parent[item] != item:
                parent[item] = parent[parent[item]]
                item = parent[item]
            return item

        for recorded in newest_first:
            members = sorted(recorded.members)
            for other in members[1:]:
                ra, rb = root(members[0]), root(other)
                if ra == rb or clash(families[ra], families[rb]):
                    continue
                keep, drop = sorted((ra, rb))
                parent[drop] = keep
                add_families(families[keep], families.pop(drop))
        groups: dict[str, list[str]] = {}
        for item in sorted(parent):
            groups.setdefault(root(item), []).append(item)
        return sorted(tuple(g) for g in groups.values() if len(g) > 1)
