"""``warledger watch``: poll outlets' RSS/Atom feeds and ingest each new item once.

``feeds_file`` reads FEEDS.yaml; ``polite`` keeps the crawler a good citizen (robots.txt,
one request at a time per host with a minimum delay, exponential back-off); ``fetching``
makes the conditional, size-capped requests; ``rounds`` runs one round (poll the due
feeds, fetch new items' pages, ingest, extract, resolve); ``loop`` repeats rounds until
stopped.
"""
