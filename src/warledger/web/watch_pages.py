"""The feeds page and the reference-comparison page (with its chart and CSV).

Both read through ``warledger.query`` and render with autoescape: a feed's last error
quotes what a remote server sent, and reference rows come from someone else's file, so
every string is untrusted. The chart is an inline SVG drawn on the server (bars per
month: our incidents matched and unmatched, reference events unmatched), so it needs no
script and passes the pages' Content-Security-Policy.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response

from warledger.query.feeds import feed_status
from warledger.query.reference import reference_comparison
from warledger.reference.comparison import CompareRow, to_csv
from warledger.store import Store
from warledger.web.render import error_page, render
from warledger.web.session import require_page_role

router = APIRouter(include_in_schema=False)
DATASETS = ("acled", "ucdp-ged")
CHART_HEIGHT = 160


@dataclass(frozen=True)
class MonthBar:
    """One month of the chart: heights in pixels of the three stacked parts."""

    month: str
    matched: int
    unmatched: int
    reference_unmatched: int
    x: int
    heights: tuple[int, int, int]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/feeds")
def feeds_page(request: Request) -> Response:
    require_page_role(request, "reader")
    return render(request, "feeds.html", {"feeds": feed_status(_store(request))})


def _dataset(request: Request) -> str | None:
    value = request.query_params.get("dataset") or None
    if value is not None and value not in DATASETS:
        raise ValueError(f"dataset must be one of {', '.join(DATASETS)}")
    return value


@router.get("/reference")
def reference_page(request: Request) -> Response:
    require_page_role(request, "reader")
    try:
        dataset = _dataset(request)
    except ValueError as exc:
        return error_page(request, 400, str(exc))
    rows = reference_comparison(_store(request), dataset)
    context = {"rows": rows, "bars": month_bars(rows), "dataset": dataset, "datasets": DATASETS}
    return render(request, "reference.html", {**context, "chart_height": CHART_HEIGHT})


@router.get("/reference.csv")
def reference_csv(request: Request) -> Response:
    require_page_role(request, "reader")
    try:
        dataset = _dataset(request)
    except ValueError as exc:
        return error_page(request, 400, str(exc))
    return Response(
        to_csv(reference_comparison(_store(request), dataset)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="reference-comparison.csv"'},
    )


def month_bars(rows: list[CompareRow], width: int = 36) -> list[MonthBar]:
    """Per month (all countries), three stacked counts scaled to ``CHART_HEIGHT``."""
    totals: dict[str, list[int]] = {}
    for row in rows:
        counts = totals.setdefault(row.month, [0, 0, 0])
        counts[0] += row.incidents_matched
        counts[1] += row.incidents_unmatched
        counts[2] += row.reference_unmatched
    peak = max((sum(v) for v in totals.values()), default=0) or 1
    bars = []
    for n, (month, (matched, unmatched, ref_unmatched)) in enumerate(sorted(totals.items())):
        heights = tuple(round(v * CHART_HEIGHT / peak) for v in (matched, unmatched, ref_unmatched))
        bars.append(
            MonthBar(month, matched, unmatched, ref_unmatched, 40 + n * (width + 12), heights)  # type: ignore[arg-type]
        )
    return bars
