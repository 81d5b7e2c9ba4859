"""Property-based requests generated from /openapi.json (schemathesis): no route answers 5xx
and every answer conforms to the documented response schema, whatever the parameters."""

from __future__ import annotations

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import Case
from schemathesis.checks import positive_data_acceptance

from warledger.config import Settings
from warledger.server import create_app
from warledger.store import Store
from warledger.store.tokens import create_token

EXAMPLES = 15
"""Requests per operation: enough to hit every parameter, cheap on a shared machine."""


def test_generated_requests_conform(loaded: tuple[Settings, Store]) -> None:
    app_settings, store = loaded
    _info, secret = create_token(store, "admin", "schemathesis")
    admin = {"Authorization": f"Bearer {secret}"}
    app = create_app(app_settings)
    checked = []
    with TestClient(app):  # runs the lifespan: the app's store stays open meanwhile
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        for result in schema.get_all_operations():
            operation = result.ok()

            @given(case=operation.as_strategy())
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def check(case: Case) -> None:
                # A schema-valid string can still be a cursor this API never issued or a
                # bbox that is no box: those are refused with 400, so "accept whatever the
                # schema allows" does not apply; every other check does.
                case.call_and_validate(headers=admin, excluded_checks=[positive_data_acceptance])

            check()
            checked.append(operation.label)
    assert "GET /api/claims" in checked and "POST /api/reviews" in checked
