"""The map's cells of the whole archive are counted from the coordinate index alone.

``ix_incidents_latitude_longitude`` gains the best toll and the number of sources, the
two other columns a map cell sums up: the map zoomed out with no filter groups every
placed incident, which read each incident's table row (wide: JSON place, sides, details).
The index is in coordinate order, so ``store.map_cells`` counts incidents per point
without a sort and only then sorts points into cells.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_incidents_latitude_longitude", table_name="incidents")
    op.create_index(
        "ix_incidents_latitude_longitude",
        "incidents",
        ["latitude", "longitude", "killed_best", "n_sources"],
    )
    op.execute("ANALYZE incidents")


def downgrade() -> None:
    op.drop_index("ix_incidents_latitude_longitude", table_name="incidents")
    op.create_index("ix_incidents_latitude_longitude", "incidents", ["latitude", "longitude"])
