"""An actor's relation graph laid out for SVG: the actor in the middle, every actor it is
related to on a ring around it, one arrow per (subject, predicate, object).

The drawing is computed here (plain numbers) and written by the template, so it needs
no JavaScript and every label goes through autoescape. An edge's line style is its
status (asserted solid, contested dashed, denied dotted, unconfirmed grey dashes), and
its label counts who asserts and who denies it, because a proxy link is only as good
as its sources.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from warledger.query.actors import RelationEdge

WIDTH, HEIGHT = 960, 520
RING = 190
NODE_H = 26
MAX_LABEL = 30
MAX_NEIGHBOURS = 24
"""More neighbours than this would overlap on the ring; the rest are listed in the table."""


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    x: float
    y: float
    width: float
    focus: bool
    href: str | None


@dataclass(frozen=True)
class Arrow:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    label_x: float
    label_y: float
    status: str
    title: str


@dataclass(frozen=True)
class Graph:
    nodes: list[Node]
    arrows: list[Arrow]
    left_out: int

    @property
    def view_box(self) -> str:
        """The drawing's bounds with a margin, so a small graph is not lost in white space."""
        left, top, width, height = self._bounds()
        return f"{left:.0f} {top:.0f} {width:.0f} {height:.0f}"

    @property
    def view_width(self) -> int:
        """The drawing's natural width in CSS pixels (text stays at its font size)."""
        return round(self._bounds()[2])

    def _bounds(self) -> tuple[float, float, float, float]:
        margin = 24
        left = min(n.x - n.width / 2 for n in self.nodes) - margin
        right = max(n.x + n.width / 2 for n in self.nodes) + margin
        top = min(n.y for n in self.nodes) - NODE_H - margin
        bottom = max(n.y for n in self.nodes) + NODE_H + margin
        left, right = min(left, WIDTH / 2 - 240), max(right, WIDTH / 2 + 240)
        return left, top, right - left, bottom - top


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…"


def _href(node_id: str) -> str | None:
    """Actor nodes link to their page; places and unlinked names have none."""
    if node_id.startswith(("place:", "name:")):
        return None
    return f"/actors/{quote(node_id, safe='')}"


def _edge_label(edge: RelationEdge) -> tuple[str, str]:
    said = len(edge.supporting)
    denied = len(edge.denying)
    other = len(edge.sources) - said - denied
    counts = [f"{said} assert" if said else "", f"{denied} deny" if denied else ""]
    counts.append(f"{other} other" if other else "")
    label = f"{edge.predicate.replace('_', ' ')} ({', '.join(c for c in counts if c)})"
    who = "; ".join(f"{s.claimant} [{s.stance.value}]" for s in edge.sources[:8])
    return label, f"{edge.subject_name} {edge.predicate} {edge.object_name}: {who}"


def _trim(x1: float, y1: float, x2: float, y2: float, by: float) -> tuple[float, float]:
    """The point ``by`` short of (x2, y2) on the line from (x1, y1), so arrows end at boxes."""
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    return x2 - (x2 - x1) * by / length, y2 - (y2 - y1) * by / length


def build_graph(focus_id: str, focus_name: str, edges: list[RelationEdge]) -> Graph:
    """The focus actor and its relations (``RelationGraph.relations_of``) as a drawing."""
    names: dict[str, str] = {}
    for edge in edges:
        for node_id, name in (
            (edge.subject_id, edge.subject_name),
            (edge.object_id, edge.object_name),
        ):
            if node_id != focus_id:
                names.setdefault(node_id, name)
    shown = list(names)[:MAX_NEIGHBOURS]
    cx, cy = WIDTH / 2, HEIGHT / 2
    places = {focus_id: (cx, cy)}
    for n, node_id in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * n / max(len(shown), 1)
        places[node_id] = (cx + RING * 1.9 * math.cos(angle), cy + RING * math.sin(angle))
    nodes = [
        Node(
            node_id,
            _short(name),
            x,
            y,
            8 + 7 * len(_short(name)),
            node_id == focus_id,
            _href(node_id),
        )
        for node_id, name in [(focus_id, focus_name), *((i, names[i]) for i in shown)]
        for x, y in [places[node_id]]
    ]
    arrows = []
    for edge in edges:
        if edge.subject_id not in places or edge.object_id not in places:
            continue
        x1, y1 = places[edge.subject_id]
        x2, y2 = places[edge.object_id]
        if (x1, y1) == (x2, y2):
            continue
        sx, sy = _trim(x2, y2, x1, y1, NODE_H * 0.8)
        ex, ey = _trim(x1, y1, x2, y2, NODE_H * 0.9)
        label, title = _edge_label(edge)
        arrows.append(
            Arrow(sx, sy, ex, ey, label, (sx + ex) / 2, (sy + ey) / 2 - 5, edge.status, title)
        )
    return Graph(nodes, arrows, left_out=len(names) - len(shown))
