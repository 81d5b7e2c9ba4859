"""Documents and claims as the API and the pages read them: pages, filters, search.

Every read is SQL in ``store.claim_reads``; this module is the name ``api``, ``web``
and ``export`` import it by, so they never reach into the store's modules.
"""

from __future__ import annotations

from warledger.store.claim_reads import (
    ClaimFilter,
    DocumentMeta,
    Hit,
    claim_page,
    claims_and_documents,
    claims_by_id,
    document_and_claim_counts,
    document_meta,
    document_page,
    search,
)
from warledger.store.outlets import stored_outlets
from warledger.store.search import query_terms

__all__ = [
    "ClaimFilter",
    "DocumentMeta",
    "Hit",
    "claim_page",
    "claims_and_documents",
    "claims_by_id",
    "document_and_claim_counts",
    "document_meta",
    "document_page",
    "query_terms",
    "search",
    "stored_outlets",
]
