"""Bearer tokens for the HTTP API: a role and the sha256 of each secret, never the secret.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column(
            "id", sa.String(length=32), nullable=False, comment="public part of the bearer token"
        ),
        sa.Column(
            "secret_sha256",
            sa.String(length=64),
            nullable=False,
            comment="never the secret itself",
        ),
        sa.Column("role", sa.String(length=16), nullable=False, comment="reader, analyst or admin"),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
    )


def downgrade() -> None:
    op.drop_table("api_tokens")
