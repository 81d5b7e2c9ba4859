"""Incidents over time as stacked bars, laid out here and drawn as SVG by the template.

The bucket is a day, a week (Monday first) or a month, chosen so the bars stay
readable; each bar is stacked by grade in the grades' fixed order, so colours line up
with the list and the map. Every segment links to the incident list filtered to its
bucket and grade. An incident counts in the bucket of its first date; undated
incidents cannot be placed and are counted apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from warledger.model import Grade
from warledger.web.listing import ListQuery

WIDTH, HEIGHT = 1000, 320
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 16, 58
MAX_LABELS = 14


@dataclass(frozen=True)
class Segment:
    grade: str
    count: int
    y: float
    height: float
    url: str


@dataclass(frozen=True)
class Bar:
    label: str
    start: date
    end: date
    x: float
    width: float
    total: int
    url: str
    show_label: bool
    segments: list[Segment] = field(default_factory=list)


@dataclass(frozen=True)
class Timeline:
    unit: str
    bars: list[Bar]
    y_ticks: list[tuple[float, int]]
    undated: int
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = LEFT
    plot_bottom: int = HEIGHT - BOTTOM
    plot_right: int = WIDTH - RIGHT


def _unit(first: date, last: date) -> str:
    days = (last - first).days
    if days <= 62:
        return "day"
    return "week" if days <= 730 else "month"


def _bucket(day: date, unit: str) -> tuple[date, date]:
    if unit == "day":
        return day, day
    if unit == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)


def _label(start: date, unit: str) -> str:
    if unit == "month":
        return start.strftime("%b %Y")
    return start.strftime("%d %b %Y") if unit == "week" else start.strftime("%d %b")


def _ticks(top: int) -> list[int]:
    """Round steps (1, 2 or 5 times a power of ten) from 0 to the first at or above
    ``top``, at most five steps."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if top <= 5 * step:
                return [i * step for i in range(-(-top // step) + 1)]
        magnitude *= 10


def build_timeline(daily: Counter[tuple[date, str]], undated: int, query: ListQuery) -> Timeline:
    """Stacked bars per bucket and grade from ``daily_counts`` of ``query``."""
    if not daily:
        return Timeline("day", [], [], undated)
    first = min(day for day, _grade in daily)
    last = max(day for day, _grade in daily)
    unit = _unit(first, last)
    counts: dict[date, Counter[str]] = {}
    for (day, grade), n in daily.items():
        start, _end = _bucket(day, unit)
        counts.setdefault(start, Counter())[grade] += n
    buckets = []
    cursor = _bucket(first, unit)[0]
    while cursor <= last:
        buckets.append(_bucket(cursor, unit))
        cursor = buckets[-1][1] + timedelta(days=1)
    top = max(sum(c.values()) for c in counts.values())
    ticks = _ticks(top)
    scale_top = max(ticks[-1], 1)
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(buckets)
    every = max(1, -(-len(buckets) // MAX_LABELS))
    bars = []
    for n, (start, end) in enumerate(buckets):
        period = {"from": start.isoformat(), "to": end.isoformat(), "cursor": None, "page": None}
        found = counts.get(start, Counter())
        y = float(HEIGHT - BOTTOM)
        segments = []
        for grade in Grade:
            count = found.get(grade.value, 0)
            if count:
                height = count / scale_top * plot_h
                y -= height
                url = query.url(grade=grade.value, **period)
                segments.append(Segment(grade.value, count, y, height, url))
        bars.append(
            Bar(
                label=_label(start, unit) + (f" {start.year}" if n == 0 and unit == "day" else ""),
                start=start,
                end=end,
                x=LEFT + n * slot + slot * 0.12,
                width=max(slot * 0.76, 1.0),
                total=sum(found.values()),
                url=query.url(**period),
                show_label=n % every == 0,
                segments=segments,
            )
        )
    y_ticks = [(HEIGHT - BOTTOM - t / scale_top * plot_h, t) for t in ticks]
    return Timeline(unit, bars, y_ticks, undated)
