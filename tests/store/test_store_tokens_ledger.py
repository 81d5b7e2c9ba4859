"""API tokens are in the ledger: creation and revocation are entries, and a token inserted
or re-enabled with SQL is reported by verify (issue 12, item 9)."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import insert, text

from warledger.config import Settings
from warledger.store import Store
from warledger.store.engine import alembic_config
from warledger.store.schema import api_tokens
from warledger.store.tokens import authenticate, create_token, revoke_token


def test_token_creation_and_revocation_are_ledger_entries(store: Store) -> None:
    info, secret = create_token(store, "analyst", "desk A")
    assert revoke_token(store, info.id)
    assert revoke_token(store, info.id)  # revoking twice writes nothing more
    kinds = [(e.kind, e.subject_id) for e in store.ledger()]
    assert kinds == [("token", info.id), ("token_revoked", info.id)]
    assert authenticate(store, secret) is None
    assert store.verify().ok


def test_a_token_inserted_with_sql_is_reported(store: Store) -> None:
    create_token(store, "reader", "kept")
    with store.engine.begin() as conn:
        conn.execute(
            insert(api_tokens).values(
                id="feedfacefeedface",
                secret_sha256="0" * 64,
                role="admin",
                label="backdoor",
                created_at=datetime.now(UTC),
                revoked=False,
            )
        )
    report = store.verify()
    assert report.problems == ["api token feedfacefeedface has no ledger entry (inserted directly)"]


def test_a_revoked_token_re_enabled_with_sql_is_reported(store: Store) -> None:
    info, _secret = create_token(store, "admin", "old")
    revoke_token(store, info.id)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE api_tokens SET revoked = false WHERE id = :id"), {"id": info.id})
    report = store.verify()
    assert report.problems == [f"api token {info.id} differs from what its token entry recorded"]


def test_tokens_made_before_the_upgrade_are_adopted_once(settings: Settings) -> None:
    """A store at revision 0004 with tokens (one revoked) upgrades to a store that verifies."""
    store = Store(settings)
    try:
        with store.engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
        for token_id, revoked in (("aaaaaaaaaaaaaaaa", False), ("bbbbbbbbbbbbbbbb", True)):
            with store.engine.begin() as conn:
                conn.execute(
                    insert(api_tokens).values(
                        id=token_id,
                        secret_sha256="1" * 64,
                        role="reader",
                        label="from before",
                        created_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
                        revoked=revoked,
                    )
                )
    finally:
        store.close()
    with Store.open(settings) as upgraded:
        entries = list(upgraded.ledger())
        assert [(e.kind, e.subject_id) for e in entries] == [
            ("token", "aaaaaaaaaaaaaaaa"),
            ("token", "bbbbbbbbbbbbbbbb"),
        ]
        assert upgraded.verify().ok
    with Store.open(settings) as again:
        assert len(list(again.ledger())) == 2
