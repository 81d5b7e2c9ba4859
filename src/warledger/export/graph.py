"""The relation graph as GraphML or GEXF, for Gephi, Cytoscape and NetworkX users.

Nodes are actors (and the places or unlinked names a relation points at); there is one
edge per (subject, predicate, object), keyed by its predicate, so two actors said both
to be allied and to fight each other keep both edges. An edge carries who asserts it
and who denies it, its status, the period its support covers and the ids of every
claim behind it - the same picture as the actor pages, so a network analysis can be
traced back to the words. GraphML and GEXF attributes are scalars: lists are written
joined with " | " (claimants) or spaces (claim ids), dates as ISO strings, "" if none.
"""

from __future__ import annotations

from enum import StrEnum
from io import BytesIO
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from warledger.query.actors import Network, RelationEdge

SEPARATOR = " | "


class GraphFormat(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"


def _node_attrs(node_id: str, name: str, net: Network) -> dict[str, str]:
    actor = net.actors.get(node_id)
    if actor is not None:
        return {
            "label": actor.name,
            "kind": actor.kind.value,
            "country": actor.country or "",
            "aliases": SEPARATOR.join(actor.aliases),
        }
    kind = "place" if node_id.startswith("place:") else "unlinked_name"
    return {"label": name, "kind": kind, "country": "", "aliases": ""}


def _edge_attrs(edge: RelationEdge) -> dict[str, str | int]:
    lo, hi = edge.period
    others = [s for s in edge.sources if s not in edge.supporting and s not in edge.denying]
    return {
        "predicate": edge.predicate,
        "status": edge.status,
        "asserted_by": SEPARATOR.join(s.claimant for s in edge.supporting),
        "denied_by": SEPARATOR.join(s.claimant for s in edge.denying),
        "other_claimants": SEPARATOR.join(f"{s.claimant} ({s.stance.value})" for s in others),
        "n_asserting": len(edge.supporting),
        "n_denying": len(edge.denying),
        "valid_from": lo.isoformat() if lo else "",
        "valid_to": hi.isoformat() if hi else "",
        "claim_ids": " ".join(s.claim_id for s in edge.sources),
        "document_ids": " ".join(dict.fromkeys(s.document_id for s in edge.sources)),
    }


def relation_multigraph(net: Network) -> nx.MultiDiGraph:
    """``net`` as a NetworkX directed multigraph (edge key = predicate)."""
    graph = nx.MultiDiGraph(name="warledger relation graph")
    for edge in net.edges:
        for node_id, name in (
            (edge.subject_id, edge.subject_name),
            (edge.object_id, edge.object_name),
        ):
            if node_id not in graph:
                graph.add_node(node_id, **_node_attrs(node_id, name, net))
        graph.add_edge(edge.subject_id, edge.object_id, key=edge.predicate, **_edge_attrs(edge))
    return graph


def graph_bytes(net: Network, fmt: GraphFormat) -> bytes:
    """``net`` written as GraphML or GEXF (UTF-8 XML)."""
    graph = relation_multigraph(net)
    out = BytesIO()
    if fmt == GraphFormat.GRAPHML:
        nx.write_graphml(graph, out, encoding="utf-8")
    else:  # GEXF edge ids must be unique; the predicate alone (the key) is not
        for u, v, key, data in graph.edges(keys=True, data=True):
            data["id"] = f"{u}|{key}|{v}"
        nx.write_gexf(graph, out, encoding="utf-8")
    return out.getvalue()
