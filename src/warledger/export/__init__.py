"""Exports: ACLED-style CSV, GeoJSON for GIS, JSON lines of claims or incidents.

``records`` flattens an incident once; ``acled_csv``, ``geojson`` and ``jsonl``
each write one format to a text stream.
"""
