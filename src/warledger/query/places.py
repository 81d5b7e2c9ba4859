"""Places as the archive names them, with incident and claim counts (``/api/places``)."""

from __future__ import annotations

from warledger.store.place_reads import PlaceCount, place_counts

__all__ = ["PlaceCount", "place_counts"]
