"""Storage: documents, claims and reviews in SQLAlchemy (SQLite or PostgreSQL), raw inputs in
a content-addressed blob store, and a hash-chained ledger over every write.

Every SQL statement against the schema lives in this package, one way: ``Store``
(``repository.py``) opens the database and writes documents, claims and reviews,
and each aggregate's other reads and writes are functions taking a ``Store`` in a
module of their own (``incidents``, ``outlets``, ``tokens``, ``actors``, ``reviews``,
``incident_reads``, ``claim_reads``, ``place_reads``, ``history``, ``review_queue``...).
Nothing outside ``store`` imports ``schema``; ``warledger.query`` is the read side
the API, the pages and the exports call.
"""

from warledger.store.repository import Store
from warledger.store.verify import VerifyReport

__all__ = ["Store", "VerifyReport"]
