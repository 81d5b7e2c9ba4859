"""The read side: every read ``api``, ``web`` and ``export`` make goes through here.

Reads of stored rows come from ``store`` (which owns all SQL); views that are
recomputed rather than stored (incidents "as known at" a time, actors and the
relations claimed between them) come from ``resolve``. Modules by what is read:
``documents`` (documents, claims, search), ``incidents``, ``places``, ``actors``,
``history`` (an item's ledger entries) and ``review`` (the review queue's state).
"""
