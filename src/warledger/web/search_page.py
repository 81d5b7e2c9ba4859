"""Search results as a page: matching documents, each with its matching claims.

The query is the API's full-text search (``warledger.query.documents.search``); snippets are
document text and are escaped like all of it, with the searched words marked. Claims
of one document with the same words (a sentence carrying several propositions) are
listed once, with their number.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from warledger.query.documents import document_meta, search
from warledger.store import Store
from warledger.web.render import error_page, render
from warledger.web.session import require_page_role

MAX_QUERY = 500
LIMIT = 100

router = APIRouter(include_in_schema=False)


def mark_terms(snippet: str, query: str) -> Markup:
    """``snippet`` escaped, with each word of ``query`` (case-insensitive) in ``<mark>``."""
    words = sorted({w for w in re.findall(r"\w+", query) if len(w) > 1}, key=len, reverse=True)
    if not words:
        return Markup(escape(snippet))
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, at = [], 0
    for match in pattern.finditer(snippet):
        out.append(str(escape(snippet[at : match.start()])))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        at = match.end()
    out.append(str(escape(snippet[at:])))
    return Markup("".join(out))


@router.get("/search")
def search_view(request: Request, q: str = "") -> Response:
    require_page_role(request, "reader")
    query = q.strip()
    if len(query) > MAX_QUERY:
        return error_page(
            request, 400, f"The search is {len(query)} characters; use at most {MAX_QUERY}."
        )
    store: Store = request.app.state.store
    method, hits = search(store, query, LIMIT) if query else ("", [])
    docs = document_meta(store, [h.document_id for h in hits])
    results: list[dict[str, Any]] = []
    for hit in hits:
        same = results[-1] if results else None
        if (
            hit.kind == "claim"
            and same is not None
            and same["hit"].kind == "claim"
            and same["hit"].document_id == hit.document_id
            and same["hit"].snippet == hit.snippet
        ):
            same["count"] += 1
            continue
        snippet = mark_terms(hit.snippet, query)
        results.append(
            {"hit": hit, "doc": docs.get(hit.document_id), "snippet": snippet, "count": 1}
        )
    context = {
        "q": query,
        "results": results,
        "limit": LIMIT,
        "method": method,
        "n_documents": sum(1 for h in hits if h.kind == "document"),
    }
    return render(request, "search.html", context)
