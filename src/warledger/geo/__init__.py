"""Places: a GeoNames gazetteer built from installed packages, and place disambiguation.

- ``Gazetteer`` (``gazetteer.py``): name lookups and document-level resolution.
- ``index.py``: the cached on-disk index the gazetteer loads.
- ``user_places.py`` / ``user_places_file.py`` / ``user_index.py``: an analyst's own
  places file (``--places``): its meaning and cross-entry checks, reading and checking
  each entry, and its merge into the loaded index.
- ``pick_event_place`` (``event_place.py``): which place of a sentence an event happened in.
- ``haversine_km`` (``distance.py``).
"""

from warledger.geo.distance import haversine_km
from warledger.geo.event_place import pick_event_place
from warledger.geo.gazetteer import Gazetteer, Resolution

__all__ = ["Gazetteer", "Resolution", "haversine_km", "pick_event_place"]
