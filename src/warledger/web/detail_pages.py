"""The incident page and the actor page.

An incident is shown as its claims side by side: each with the sentence it came from
and the claimed words marked, who said it, in which outlet and on which side, so the
reader sees the grade's reasons in the evidence itself. An actor is shown with what it
is reported doing (each activity with its source) and who is said to back, command or
fight beside it, as a graph and as a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from warledger.errors import BadQuery
from warledger.model import Claim, GeoPrecision, Incident, Place, RelationPredicate
from warledger.query.actors import actor_index, actor_view
from warledger.query.documents import DocumentMeta, claims_by_id, document_meta
from warledger.query.incidents import incident_by_id, incidents_of_claims
from warledger.query.reference import incident_references
from warledger.query.review import history_of
from warledger.store import Store
from warledger.web.graph import build_graph
from warledger.web.highlight import Highlight, claim_highlights, highlight, sentence_around
from warledger.web.listing import parse_relation_filter
from warledger.web.mapdata import map_point
from warledger.web.render import error_page, render
from warledger.web.session import require_page_role
from warledger.web.sides import outlet_sides

MAX_KEY = 300
"""Longest id or actor name accepted in a page's path."""

router = APIRouter(include_in_schema=False)


def precision_text(place: Place | None) -> str:
    """How exactly the place is known, in words a reader of the map needs."""
    if place is None:
        return "no place resolved"
    if place.latitude is None or place.longitude is None:
        return "named in the text, not found in the gazetteer (no coordinates)"
    if place.precision == GeoPrecision.EXACT:
        return "town or exact location"
    if place.precision == GeoPrecision.REGION:
        return "located only to the region"
    return "located only to the country"


@dataclass(frozen=True)
class ClaimCard:
    """One claim as the incident page shows it."""

    claim: Claim
    claimant: str
    document: DocumentMeta | None
    side: str
    evidence: Markup
    figures: list[dict[str, Any]]


def _cards(store: Store, incident: Incident, details: dict[str, Any]) -> list[ClaimCard]:
    members = claims_by_id(store, incident.claim_ids)
    docs = document_meta(store, [c.document_id for c in members])
    sides = outlet_sides(store, list(docs.values()), details.get("conflict"))
    texts = {doc_id: store.get_document(doc_id) for doc_id in docs}
    figures = details.get("figures") or []
    cards = []
    for claim in members:
        doc = texts.get(claim.document_id)
        marks = [
            h
            for h in claim_highlights([claim], len(doc.text) if doc else 0, link_evidence=False)
            if h.kind in ("evidence", "cue")
        ]
        if doc is not None and marks:
            lo, hi = sentence_around(
                doc.text, min(h.start for h in marks), max(h.end for h in marks)
            )
            evidence = highlight(doc.text[lo:hi], marks, lo)
        else:  # the stored text is gone or the spans lie outside it: the claimed words alone
            words = claim.content.text
            evidence = highlight(words, [Highlight(0, len(words), "evidence", "claimed words")])
        meta = docs.get(claim.document_id)
        cards.append(
            ClaimCard(
                claim=claim,
                claimant=claim.claimant_label(meta.outlet if meta else None),
                document=meta,
                side=sides.get(claim.document_id, "unknown"),
                evidence=evidence,
                figures=[f for f in figures if f.get("claim_id") == claim.id],
            )
        )
    return sorted(cards, key=lambda c: (c.claim.said_at is None, c.claim.said_at, c.claim.id))


@router.get("/incidents/{incident_id}")
def incident_view(request: Request, incident_id: str) -> Response:
    require_page_role(request, "reader")
    store: Store = request.app.state.store
    found = incident_by_id(store, incident_id[:MAX_KEY])
    if found is None:
        return error_page(request, 404, f"No incident has id {incident_id[:80]!r}.")
    incident, details = found
    histories = history_of(store, [incident.id, *incident.claim_ids])
    context = {
        "incident": incident,
        "details": details,
        "precision": precision_text(incident.place),
        "cards": _cards(store, incident, details),
        "point": map_point(incident),
        "histories": histories,
        "references": incident_references(store, incident),
    }
    return render(request, "incident.html", context)


@router.get("/actors/{name_or_id:path}")
def actor_page(request: Request, name_or_id: str) -> Response:
    require_page_role(request, "reader")
    store: Store = request.app.state.store
    key = name_or_id[:MAX_KEY]
    index = actor_index(store)
    found = index.find(key)
    if not found:
        return error_page(request, 404, f"No actor is called {key[:80]!r}.")
    if len(found) > 1:
        context = {"key": key, "choices": found, "quote": quote}
        return render(request, "actor_choice.html", context, status_code=409)
    try:
        network = parse_relation_filter(request.query_params)
    except BadQuery as exc:
        return error_page(request, 400, str(exc))
    view = actor_view(store, index, found[0], None, network.valid_in, network.predicate)
    actor, edges, activities = view.actor, view.relations, view.activities
    incident_of = incidents_of_claims(store, [a.source.claim_id for a in activities])
    context = {
        "actor": actor,
        "merged": view.merged_ids,
        "edges": edges,
        "graph": build_graph(actor.id, actor.name, edges),
        "activities": activities,
        "incident_of": incident_of,
        "quote": quote,
        "network": network,
        "predicates": [p.value for p in RelationPredicate],
    }
    return render(request, "actor.html", context)
