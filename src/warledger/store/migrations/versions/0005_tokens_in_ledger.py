"""API tokens enter the ledger: one ``token`` entry for each token that exists at upgrade.

From this revision on, creating and revoking a token appends a ledger entry and
``verify`` checks every ``api_tokens`` row against it. Tokens created before are
adopted here, once, with the digest of their row as it is now (a revoked token's
entry records it revoked); a token inserted later with SQL has no entry and is
reported. The digest is computed as ``warledger.store.tokens.token_digest`` does,
written out here so that this migration keeps meaning what it meant when written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from warledger.store import ledger as chain

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_tokens = sa.table(
    "api_tokens",
    sa.column("id", sa.String),
    sa.column("secret_sha256", sa.String),
    sa.column("role", sa.String),
    sa.column("label", sa.Text),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("revoked", sa.Boolean),
)


def _digest(row: sa.Row) -> str:
    created = row.created_at
    created = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
    body = {
        "id": row.id,
        "secret_sha256": row.secret_sha256,
        "role": row.role,
        "label": row.label,
        "created_at": datetime.strftime(created, "%Y-%m-%dT%H:%M:%S.%fZ"),
        "revoked": bool(row.revoked),
    }
    return hashlib.sha256(chain.canonical_json(body).encode("utf-8")).hexdigest()


def upgrade() -> None:
    conn = op.get_bind()
    chain.lock_for_append(conn)
    rows = conn.execute(sa.select(_tokens).order_by(_tokens.c.created_at, _tokens.c.id)).all()
    for row in rows:
        details = {"role": row.role, "label": row.label, "adopted_at_upgrade": True}
        chain.append(conn, "token", row.id, _digest(row), details)


def downgrade() -> None:
    """The entries stay: a ledger is never cut back."""
