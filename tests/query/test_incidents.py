"""The read layer's incident reads, called directly (the API and the pages call them):
pages and facets over the synthetic store, every incident read page by page, the list
"as known at" a time before anything was stored, a box parsed or refused by name."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from synthetic_store import Synthetic, listing_order
from warledger.errors import BadQuery
from warledger.query.incidents import (
    IncidentFilter,
    incident_by_id,
    incident_facets,
    incident_page,
    incident_page_as_of,
    iter_incidents,
    parse_bbox,
)
from warledger.store import Store


def test_facets_count_the_filtered_incidents(synthetic: tuple[Store, Synthetic]) -> None:
    store, data = synthetic
    facets = incident_facets(store, IncidentFilter())
    assert facets["grade"] == dict(Counter(i.grade.value for i in data.incidents))
    assert facets["type"] == dict(Counter(i.type.value for i in data.incidents))
    located = [i for i in data.incidents if i.place]
    assert facets["country"] == dict(Counter(i.place.country for i in located))
    assert facets["place"] == dict(Counter(i.place.name for i in located))
    assert list(facets["type"].values()) == sorted(facets["type"].values(), reverse=True)
    assault = incident_facets(store, IncidentFilter(type="ASSAULT"))
    assert set(assault["type"]) == {"ASSAULT"}
    assert sum(assault["grade"].values()) == sum(
        1 for i in data.incidents if i.type.value == "ASSAULT"
    )


def test_page_functions_load_members_of_their_incidents(
    synthetic: tuple[Store, Synthetic],
) -> None:
    store, data = synthetic
    page, cursor = incident_page(store, IncidentFilter(), None, 5)
    assert cursor is not None
    expected = {i.id: i for i in data.incidents}
    for incident, details in page:
        assert incident == expected[incident.id]
        assert details == {"k": incident.id}


def test_iter_incidents_reads_every_incident_in_list_order(
    synthetic: tuple[Store, Synthetic],
) -> None:
    store, data = synthetic
    read = [incident.id for incident, _ in iter_incidents(store, IncidentFilter(), page_size=3)]
    assert read == listing_order(data.incidents)
    assault = [i.id for i, _ in iter_incidents(store, IncidentFilter(type="ASSAULT"), 2)]
    assert assault == listing_order([i for i in data.incidents if i.type.value == "ASSAULT"])


def test_incident_by_id_has_details_and_members(synthetic: tuple[Store, Synthetic]) -> None:
    store, data = synthetic
    first = data.incidents[0]
    assert incident_by_id(store, first.id) == (first, {"k": first.id})
    assert incident_by_id(store, "no-such-incident") is None


def test_as_of_before_anything_was_stored_lists_nothing(
    synthetic: tuple[Store, Synthetic],
) -> None:
    store, _data = synthetic
    long_ago = datetime(2000, 1, 1, tzinfo=UTC)
    assert incident_page_as_of(store, IncidentFilter(), long_ago, None, 10) == ([], None)


def test_a_box_is_four_numbers_in_range() -> None:
    assert parse_bbox(None) is None
    assert parse_bbox("-10,-5.5,20,30") == (-10.0, -5.5, 20.0, 30.0)
    with pytest.raises(BadQuery, match="four numbers"):
        parse_bbox("1,2,3")
    with pytest.raises(BadQuery, match="is not a box"):
        parse_bbox("20,0,10,5")
