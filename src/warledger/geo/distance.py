"""Great-circle distances, scalar and vectorised (numpy)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two (lat, lon) points given in degrees.

    >>> round(haversine_km(0.0, 0.0, 0.0, 1.0), 1)
    111.2
    """
    return float(haversine_many(lat1, lon1, np.asarray([lat2]), np.asarray([lon2]))[0])


def haversine_many(
    lat: float | ArrayLike, lon: float | ArrayLike, lats: ArrayLike, lons: ArrayLike
) -> NDArray[np.float64]:
    """Distances in km from one point to many (arrays of degrees).

    Broadcasts: a column of points (shape ``(k, 1)``) gives a ``(k, n)`` table.
    """
    phi1, lam1 = np.radians(lat), np.radians(lon)
    phi2 = np.radians(np.asarray(lats, dtype=np.float64))
    lam2 = np.radians(np.asarray(lons, dtype=np.float64))
    a = (
        np.sin((phi2 - phi1) / 2) ** 2
        + np.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
