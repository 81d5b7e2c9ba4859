"""The document page: its metadata and its whole text with every extracted span marked.

The text is the stored clean text, escaped piece by piece (``highlight``); the claims
extracted from it are listed under it, each with an anchor the highlighted evidence
links to, and the incident it was grouped into.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from warledger.query.incidents import incidents_of_claims
from warledger.store import Store
from warledger.web.highlight import KINDS, claim_highlights, highlight
from warledger.web.render import error_page, render
from warledger.web.session import require_page_role

MAX_ID = 200

router = APIRouter(include_in_schema=False)


def safe_link(url: str | None) -> str | None:
    """A document's URL if it is http(s); anything else (``javascript:``, ``data:``) is
    shown as text only, never as a link."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


@router.get("/documents/{doc_id}")
def document_view(request: Request, doc_id: str) -> Response:
    require_page_role(request, "reader")
    store: Store = request.app.state.store
    doc = store.get_document(doc_id[:MAX_ID])
    if doc is None:
        return error_page(request, 404, f"No document has id {doc_id[:80]!r}.")
    found = sorted(store.claims_for(doc.id), key=lambda c: (c.content.start, c.id))
    marks = claim_highlights(found, len(doc.text))
    used = {h.kind for h in marks}
    context = {
        "doc": doc,
        "link": safe_link(doc.url),
        "text": highlight(doc.text, marks),
        "legend": [(kind, label) for kind, label in KINDS.items() if kind in used],
        "claims": found,
        "incident_of": incidents_of_claims(store, [c.id for c in found]),
    }
    return render(request, "document.html", context)
