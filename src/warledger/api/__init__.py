"""The HTTP API: read documents, claims, incidents, actors and the ledger; record reviews.

``create_app`` in ``app.py`` builds one FastAPI application per ``Settings``.
"""
