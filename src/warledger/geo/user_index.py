"""Merging an analyst's checked places file into a loaded GeoNames index.

Kept apart from the file format (``user_places.py``): this is the one place
that knows the index's column layout from the user side. The cached index is
never changed; the merge returns a new index for this process only, so an
edited file takes effect on the next run and the cache stays GeoNames alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from warledger.errors import ConfigError
from warledger.geo.index import GazetteerIndex
from warledger.geo.names import normalise, variants
from warledger.geo.user_places import KINDS, UserGazetteer, UserPlace


def with_user_places(index: GazetteerIndex, gazetteer: UserGazetteer) -> GazetteerIndex:
    """A new index: the GeoNames rows, then one row per user place, with merged name keys.

    Every name of an entry is a primary name (the analyst chose it); a name's
    GeoNames rows of the entry's kind are dropped from its key (see the module
    docstring); the input index is left as it was. Merging a second file keeps
    the first file's rows and their names.
    """
    places = gazetteer.places
    base = len(index)
    first_user_row = base if index.first_user_row is None else index.first_user_row
    keys = dict(index.keys)
    for offset, place in enumerate(places):
        row = base + offset
        hidden = KINDS[place.kind][2]
        for name in place.names:
            for key in variants(normalise(name)):
                bucket = [
                    packed
                    for packed in keys.get(key, ())
                    if packed // 2 >= first_user_row or int(index.precision[packed // 2]) != hidden
                ]
                if row * 2 not in bucket:
                    bucket.append(row * 2)
                keys[key] = tuple(bucket)
    demonyms = dict(index.demonyms)
    for place in places:
        for demonym in place.demonyms:
            key = normalise(demonym)
            if key in index.demonyms:
                raise ConfigError(
                    f"{gazetteer.source}: {place.name!r}: demonym {demonym!r} already names "
                    f"the country {index.demonyms[key]}; remove it from the entry"
                )
            demonyms[key] = place.country
    return replace(
        index,
        geonames_id=_extend(index.geonames_id, [0 for _ in places]),
        latitude=_extend(index.latitude, [p.latitude for p in places]),
        longitude=_extend(index.longitude, [p.longitude for p in places]),
        population=_extend(index.population, [p.population for p in places]),
        precision=_extend(index.precision, [int(p.precision) for p in places]),
        feature_class=_extend(index.feature_class, [KINDS[p.kind][0] for p in places]),
        country=_extend(index.country, [p.country for p in places]),
        admin1=_extend(index.admin1, [p.admin1 for p in places]),
        feature_code=_extend(index.feature_code, [_feature_code(p) for p in places]),
        names=[*index.names, *(p.name for p in places)],
        keys=keys,
        demonyms=demonyms,
        first_user_row=first_user_row,
    )


def _feature_code(place: UserPlace) -> str:
    """A region inside another region (it has an admin1 of its own) is a district."""
    if place.kind == "region" and place.admin1 != place.name:
        return "ADM2"
    return KINDS[place.kind][1]


def _extend(column: np.ndarray, values: Sequence[Any]) -> np.ndarray:
    return np.concatenate([column, np.asarray(values, dtype=column.dtype)])
