"""Storage: documents, claims and reviews in SQLAlchemy (SQLite or PostgreSQL), raw inputs in
a content-addressed blob store, and a hash-chained ledger over every write.

``Store`` is the whole public surface; see ``repository.py``.
"""

from warledger.store.repository import Store
from warledger.store.verify import VerifyReport

__all__ = ["Store", "VerifyReport"]
