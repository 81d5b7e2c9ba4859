"""Analysts' reviews as they change what is read: the rules applied after recording.

A review never edits what it is about; what it changes is recomputed each time
from the reviews recorded by then. ``overlay`` lays the latest decisions over the
claims (rejected claims left out, corrections applied) and ``grouping`` turns
incident reviews into the rules clustering must keep (claims pinned together or
held apart). ``resolve`` applies both when it builds incidents, actors and relations.

The checks that refuse a review before it is recorded (target exists, action fits,
correction well formed) are in ``store.reviews``: they run inside the transaction
that records the review, so a refused review leaves nothing behind.
"""
