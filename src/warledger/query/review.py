"""The review queue's state: what is open, each item with its latest decision, histories.

The queue's order and paging are SQL in ``store.review_queue`` and
``store.review_merges``; an item's history (every ledger entry about it) is
``store.history``. The pages import them from here, never from the store's modules.
"""

from __future__ import annotations

from warledger.store.actors import MERGE_KIND
from warledger.store.history import HistoryItem, history_of, review_entry
from warledger.store.review_merges import MergeItem, merge_item, merge_queue
from warledger.store.review_queue import (
    STATUSES,
    ClaimItem,
    IncidentItem,
    claim_items,
    claim_queue,
    incident_item,
    incident_queue,
    open_counts,
)

__all__ = [
    "MERGE_KIND",
    "STATUSES",
    "ClaimItem",
    "HistoryItem",
    "IncidentItem",
    "MergeItem",
    "claim_items",
    "claim_queue",
    "history_of",
    "incident_item",
    "incident_queue",
    "merge_item",
    "merge_queue",
    "open_counts",
    "review_entry",
]
