"""Precision and recall of reference linking on a synthetic ACLED file built from a store.

    PYTHONPATH=src .venv/bin/python benchmarks/reference_linking.py --db demo.db [--seed 7]

(``make demo`` builds demo.db.) For every incident of the store that has a date, a
point and a type ACLED codes, one ACLED-layout row is written as a coder might have
coded the same event: its date the incident's first day moved by up to a day (coded to
the week a quarter of the time), its point moved by up to 12 km (or, a quarter of the
time, coded to the region and moved by up to 40 km), its fatalities off by up to 20 %,
its country the incident's, and its sub-event type taken from the incident's type and
mode. Distractors are added, as many as the derived rows: events of a compatible type
far from every incident (300-900 km) or weeks away from every incident's dates, which
no incident should match. The file goes
through the real reader (``read_reference_csv``) and ``link_all``; a link is right when
it joins a derived row to the incident it came from (first score), or to an incident of
the same type, place and first day (second score: ACLED's coding unit, within which
two incidents of ours cannot be told apart). Half the distractors are 300-900 km away
across a border (another country code), half at an incident's place 40-80 days away.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from warledger.config import Settings
from warledger.geo.distance import haversine_km
from warledger.model import Incident, PloverType
from warledger.reference.formats import read_reference_csv
from warledger.reference.linking import link_all
from warledger.store import Store
from warledger.store.incidents import stored_incidents

HEADER = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

SUB_EVENT_OF_MODE = {
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "aerial": ("Explosions/Remote violence", "Air/drone strike"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "firearms": ("Battles", "Armed clash"),
    "clash": ("Battles", "Armed clash"),
    "detain": ("Strategic developments", "Arrests"),
    "demonstration": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
}
SUB_EVENT_OF_TYPE = {
    PloverType.ASSAULT: ("Battles", "Armed clash"),
    PloverType.PROTEST: ("Protests", "Peaceful protest"),
    PloverType.COERCE: ("Strategic developments", "Other"),
    PloverType.AGREE: ("Strategic developments", "Agreement"),
    PloverType.MOBILIZE: ("Strategic developments", "Headquarters or base established"),
    PloverType.RETREAT: ("Strategic developments", "Non-violent transfer of territory"),
}


def _move(lat: float, lon: float, km: float, rng: random.Random) -> tuple[float, float]:
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = km * math.cos(bearing) / 111.0
    dlon = km * math.sin(bearing) / (111.0 * max(math.cos(math.radians(lat)), 0.1))
    return lat + dlat, lon + dlon


def _row(
    event_id: str,
    day: date,
    precision: int,
    kind: tuple[str, str],
    point: tuple[float, float],
    geo: int,
    fatalities: int,
    country: str,
) -> dict[str, str]:
    row = dict.fromkeys(HEADER, "")
    row.update(
        event_id_cnty=event_id,
        event_date=day.isoformat(),
        year=str(day.year),
        time_precision=str(precision),
        event_type=kind[0],
        sub_event_type=kind[1],
        actor1="Invented actor",
        country=country,
        location="Invented place",
        latitude=f"{point[0]:.4f}",
        longitude=f"{point[1]:.4f}",
        geo_precision=str(geo),
        fatalities=str(fatalities),
    )
    return row


def build_rows(
    incidents: list[Incident], rng: random.Random
) -> tuple[list[dict[str, str]], dict[str, str]]:
    """ACLED rows derived from ``incidents`` plus distractors; truth maps row id -> incident."""
    rows: list[dict[str, str]] = []
    truth: dict[str, str] = {}
    usable = [
        i
        for i in incidents
        if i.date_start
        and i.place
        and i.place.latitude is not None
        and i.place.longitude is not None
        and i.type in SUB_EVENT_OF_TYPE
    ]
    for n, incident in enumerate(usable):
        assert incident.date_start and incident.place and incident.place.latitude is not None
        assert incident.place.longitude is not None
        kind = SUB_EVENT_OF_MODE.get(incident.mode or "", SUB_EVENT_OF_TYPE[incident.type])
        if kind[1] in ("Arrests", "Peaceful protest") and incident.type == PloverType.ASSAULT:
            kind = SUB_EVENT_OF_TYPE[incident.type]
        day = incident.date_start + timedelta(days=rng.choice((-1, 0, 0, 1)))
        precision = 2 if rng.random() < 0.25 else 1
        coarse = rng.random() < 0.25
        point = _move(
            incident.place.latitude,
            incident.place.longitude,
            rng.uniform(0, 40 if coarse else 12),
            rng,
        )
        toll = incident.killed.best or 0
        fatalities = max(0, round(toll * rng.uniform(0.8, 1.2)))
        event_id = f"SYN{n:04d}"
        rows.append(
            _row(
                event_id,
                day,
                precision,
                kind,
                point,
                2 if coarse else 1,
                fatalities,
                incident.place.country or "",
            )
        )
        truth[f"acled:{event_id}"] = incident.id
    points = [(i.place.latitude, i.place.longitude) for i in usable if i.place]
    for n in range(len(usable)):
        base = rng.choice(usable)
        assert base.date_start and base.place and base.place.latitude is not None
        assert base.place.longitude is not None
        if n % 2:
            point = _move(base.place.latitude, base.place.longitude, rng.uniform(300, 900), rng)
            while min(haversine_km(*point, *p) for p in points if p[0] is not None) < 300:
                point = _move(*point, 100, rng)
            day = base.date_start
        else:
            point = (base.place.latitude, base.place.longitude)
            day = base.date_start + timedelta(days=rng.choice((-1, 1)) * rng.randint(40, 80))
        country = "QZ" if n % 2 else (base.place.country or "")  # far away: across a border
        rows.append(_row(f"DIS{n:04d}", day, 1, ("Battles", "Armed clash"), point, 1, 1, country))
    return rows, truth


def _coding_units(incidents: list[Incident]) -> dict[str, tuple[object, ...]]:
    """ACLED codes one event per type, location and day: incidents of ours that share all
    three are one unit for the second score (which of them a link picks is a coin toss)."""
    return {i.id: (i.type, i.place.name if i.place else None, i.date_start) for i in incidents}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store with incidents (make demo: demo.db)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    database = args.db if "://" in args.db else f"sqlite:///{args.db}"
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=database, blob_dir=Path(tmp) / "unused")
        with Store.open(settings) as store:
            incidents = [incident for incident, _ in stored_incidents(store)]
        rows, truth = build_rows(incidents, random.Random(args.seed))
        path = Path(tmp) / "synthetic_acled.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=HEADER)
            writer.writeheader()
            writer.writerows(rows)
        loaded = read_reference_csv(path, "acled")
    assert not loaded.errors, loaded.errors
    links = link_all(incidents, loaded.events)
    same_unit = _coding_units(incidents)
    print(f"incidents in the store: {len(incidents)}")
    print(
        f"reference rows: {len(truth)} derived from incidents"
        f" + {len(rows) - len(truth)} distractors"
    )
    for label, right_if in (
        ("exact incident", lambda ref, inc: truth.get(ref) == inc),
        (
            "ACLED coding unit (type, place, first day)",
            lambda ref, inc: ref in truth and same_unit[truth[ref]] == same_unit[inc],
        ),
    ):
        right = sum(1 for link in links if right_if(link.reference_id, link.incident_id))
        precision = right / len(links) if links else 0.0
        recall = right / len(truth) if truth else 0.0
        print(
            f"{label}: links {len(links)}, right {right}, "
            f"precision {precision:.3f}, recall {recall:.3f}"
        )
    for link in links:
        if truth.get(link.reference_id) != link.incident_id:
            print(
                f"  wrong: {link.reference_id} -> {link.incident_id}"
                f" (truth {truth.get(link.reference_id)})"
            )


if __name__ == "__main__":
    main()
