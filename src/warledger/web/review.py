"""The review queue: analysts accept, correct or reject claims, actor merges and incident
groupings.

Every decision is ``Store.add_review``: one ledger entry plus a ``reviews`` row;
nothing is ever edited in place, and the item's page shows its whole history. A
form that cannot be recorded (a bad correction, an unknown item, a stale incident)
is shown again with the reason and status 400, and nothing is written. Only the
analyst role may see the queue or write; the form carries the CSRF value of the
signed-in token.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from warledger.errors import WarledgerError
from warledger.extract.event_lexicon import MODE_CUES, TRIGGERS
from warledger.model import PloverType
from warledger.query.review import (
    MERGE_KIND,
    STATUSES,
    claim_items,
    claim_queue,
    history_of,
    incident_item,
    incident_queue,
    merge_item,
    merge_queue,
    open_counts,
    review_entry,
)
from warledger.store import Store
from warledger.store.tokens import TokenInfo
from warledger.web.render import error_page, render
from warledger.web.review_form import (
    CORRECTABLE,
    MAX_NOTE,
    ReviewFormError,
    Submitted,
    analyst_name,
    collect,
    parse_review,
)
from warledger.web.session import PageDenied, check_csrf, page_denied, require_page_role

router = APIRouter(include_in_schema=False)

TABS = {"claims": "claim", "merges": MERGE_KIND, "incidents": "incident"}
"""Queue tab -> the target kind its items are reviewed as."""
PER_PAGE = {"claims": 20, "merges": 20, "incidents": 8}
MEMBERS_IN_QUEUE = 6
"""Member claims shown per incident in the queue (all of them on the incident's page)."""
MAX_PAGE = 100_000
MAX_FORM_BYTES = 256_000
"""A review form is a few fields, claim ids and a note of at most 10,000 characters (up to
90 kB once URL-encoded); a larger body is refused unread."""


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _choices() -> dict[str, Any]:
    """What the correction fields offer: PLOVER types and the modes the extractor knows."""
    modes = {mode for _, mode, _ in TRIGGERS if mode} | {mode for mode, _ in MODE_CUES}
    return {
        "plover_types": [t.value for t in PloverType],
        "modes": sorted(modes),
        "max_note": MAX_NOTE,
        "correctable": CORRECTABLE,
    }


@router.get("/review", response_class=HTMLResponse)
def review_queue(
    request: Request,
    tab: str = "claims",
    show: Annotated[str, Query(alias="status")] = "open",
    page: str = "1",
    recorded: str | None = None,
) -> Response:
    """The queue: one tab per kind of item, open items first in review order."""
    denied = _analyst(request)
    if isinstance(denied, Response):
        return denied
    problem = _bad_query(tab, show, page)
    if problem:
        return error_page(request, 400, problem)
    number = int(page)
    store = _store(request)
    per_page = PER_PAGE[tab]
    items: list[Any]
    if tab == "claims":
        items, total = claim_queue(store, show, number, per_page)
    elif tab == "merges":
        items, total = merge_queue(store, show, number, per_page)
    else:
        items, total = incident_queue(store, show, number, per_page, MEMBERS_IN_QUEUE)
    context = {
        "tab": tab,
        "status": show,
        "statuses": STATUSES,
        "page": number,
        "pages": max(1, -(-total // per_page)),
        "total": total,
        "items": items,
        "counts": open_counts(store),
        "flash": _flash(store, recorded),
        "return_to": _here(request),
        "values": Submitted(),
        **_choices(),
    }
    return render(request, "review.html", context)


@router.get("/review/{kind}/{item_id}", response_class=HTMLResponse)
def review_item(request: Request, kind: str, item_id: str, recorded: str | None = None) -> Response:
    """One item with its review form and its full history in the ledger."""
    denied = _analyst(request)
    if isinstance(denied, Response):
        return denied
    return _item_page(request, kind, item_id, Submitted(), None, _flash(_store(request), recorded))


@router.post("/review", response_class=HTMLResponse)
async def submit_review(request: Request) -> Response:
    """Record one decision; 303 back with the ledger entry's seq, or the form again (400).

    The database work (token lookup, the append, a page shown again) runs in the thread
    pool, as it does for the synchronous routes, so the event loop never waits on it.
    """
    caller = await run_in_threadpool(_analyst, request)
    if isinstance(caller, Response):
        return caller
    length = request.headers.get("content-length") or "0"
    if not length.isdigit() or int(length) > MAX_FORM_BYTES:
        message = f"the form is over {MAX_FORM_BYTES} bytes; shorten the note"
        return error_page(request, 400, message)
    try:
        form = await request.form(max_files=0, max_fields=2_000)
        submitted = collect(form.multi_items())
    except (ReviewFormError, ValueError) as exc:
        return error_page(request, 400, f"the form could not be read: {exc}")
    try:
        check_csrf(request, submitted.one("csrf"))
    except HTTPException as exc:
        return error_page(request, exc.status_code, str(exc.detail))
    kind, target_id = submitted.one("target_kind"), submitted.one("target_id")
    try:
        parsed = parse_review(submitted, analyst_name(caller.id, caller.label))
        entry = await run_in_threadpool(_store(request).add_review, parsed.review, caller.id)
    except (WarledgerError, ValueError) as exc:
        return await run_in_threadpool(
            _item_page, request, kind, target_id, submitted, str(exc), None
        )
    return RedirectResponse(_back(parsed.return_to, entry.seq), status.HTTP_303_SEE_OTHER)


def _analyst(request: Request) -> TokenInfo | Response:
    """The caller's token if it has the analyst role (or higher); otherwise the response
    to send instead: the sign-in redirect, or the 403 page naming the role."""
    try:
        caller = require_page_role(request, "analyst")
    except PageDenied as exc:
        return page_denied(request, exc)
    if caller is None:  # only reader pages of a public store admit anonymous callers
        return page_denied(request, PageDenied(request, "analyst", None))
    return caller


def _bad_query(tab: str, status: str, page: str) -> str | None:
    """What is wrong with the queue's query parameters, or None."""
    if tab not in TABS:
        return f"tab {tab[:40]!r} is unknown; use one of {', '.join(TABS)}"
    if status not in STATUSES:
        return f"status {status[:40]!r} is unknown; use one of {', '.join(STATUSES)}"
    if not page.isascii() or not page.isdigit() or not 1 <= int(page) <= MAX_PAGE:
        return f"page {page[:20]!r} must be a whole number from 1 to {MAX_PAGE:,}"
    return None


def _item_page(
    request: Request,
    kind: str,
    item_id: str,
    submitted: Submitted,
    error: str | None,
    flash: dict[str, Any] | None,
) -> Response:
    """The item's page; with ``error`` it is the form sent back (400) with what was typed."""
    store = _store(request)
    item = _find(store, kind, item_id)
    if item is None:
        what = kind.replace("_", " ") if kind in TABS.values() else "review item"
        message = f"no {what} has id {item_id[:80]!r}"
        if error:
            return error_page(request, 400, f"{error} ({message})")
        return error_page(request, 404, f"{message}; pick one from the review queue")
    context = {
        "kind": kind,
        "item": item,
        "history": history_of(store, [item_id])[item_id],
        "error": error,
        "values": submitted,
        "flash": flash,
        "return_to": _here(request),
        **_choices(),
    }
    code = status.HTTP_400_BAD_REQUEST if error else status.HTTP_200_OK
    return render(request, "review_item.html", context, status_code=code)


def _find(store: Store, kind: str, item_id: str) -> Any:
    if kind == "claim":
        found = claim_items(store, [item_id])
        return found[0] if found else None
    if kind == "incident":
        return incident_item(store, item_id)
    if kind == MERGE_KIND:
        return merge_item(store, item_id)
    return None


def _flash(store: Store, recorded: str | None) -> dict[str, Any] | None:
    """The review just recorded, read back from the ledger (so the notice cannot lie);
    None when ``recorded`` names no review."""
    if not recorded or not recorded.isascii() or not recorded.isdigit() or len(recorded) > 18:
        return None
    found = review_entry(store, int(recorded))
    if found is None:
        return None
    kind, target_id, item = found
    return {"kind": kind, "target_id": target_id, "item": item}


def _here(request: Request) -> str:
    """This page's path and query without a previous ``recorded`` notice."""
    query = [(k, v) for k, v in parse_qsl(request.url.query) if k != "recorded"]
    return request.url.path + (f"?{urlencode(query)}" if query else "")


def _back(return_to: str, seq: int) -> str:
    """Where to go after recording: the review page the form came from, with the notice."""
    parts = urlsplit(return_to)
    if (
        not return_to.startswith("/review")
        or parts.scheme
        or parts.netloc
        or "\\" in return_to
        or return_to.startswith("//")
    ):
        return f"/review?recorded={seq}"
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "recorded"]
    query.append(("recorded", str(seq)))
    return f"{parts.path}?{urlencode(query)}"
