"""The feeds' status for ``warledger feeds`` and the workbench's feeds page.

A feed whose latest error is newer than its latest success is failing now; one whose
error is older has recovered. ``FeedStatus.healthy`` says which.
"""

from __future__ import annotations

from dataclasses import dataclass

from warledger.store import Store
from warledger.store.feeds import FeedState, feed_states


@dataclass(frozen=True)
class FeedStatus(FeedState):
    """A feed's stored state plus whether it is currently healthy."""

    healthy: bool = True


def feed_status(store: Store) -> list[FeedStatus]:
    """Every feed ``warledger watch`` has polled, by URL."""
    return [
        FeedStatus(
            **state.__dict__,
            healthy=state.last_error_at is None
            or (state.last_success is not None and state.last_success > state.last_error_at),
        )
        for state in feed_states(store)
    ]
