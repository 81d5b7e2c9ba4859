"""Outlets keep their side per conflict, conflicts from outlet files are stored, and
incidents keep each source's casualty figure.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "outlets",
        sa.Column(
            "payload",
            sa.JSON(),
            nullable=True,
            comment="the full kb.outlets.OutletEntry (sides per conflict)",
        ),
    )
    op.add_column(
        "incidents",
        sa.Column(
            "details",
            sa.JSON(),
            nullable=True,
            comment="casualty figures per source, civilian ranges, conflict",
        ),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("party_a", sa.Text(), nullable=False),
        sa.Column("party_b", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )


def downgrade() -> None:
    op.drop_table("conflicts")
    op.drop_column("incidents", "details")
    op.drop_column("outlets", "payload")
