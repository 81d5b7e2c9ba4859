"""Feeds watched by ``warledger watch`` and the items seen in them; reference events
(ACLED, UCDP GED) loaded beside the claims.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("etag", sa.Text(), comment="the feed's last ETag, sent back as If-None-Match"),
        sa.Column(
            "last_modified",
            sa.Text(),
            comment="its last Last-Modified, sent as If-Modified-Since",
        ),
        sa.Column("last_attempt", sa.DateTime(timezone=True)),
        sa.Column("last_success", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.Text()),
        sa.Column("last_error_at", sa.DateTime(timezone=True)),
        sa.Column(
            "failures",
            sa.Integer(),
            nullable=False,
            comment="consecutive failed polls (back-off)",
        ),
        sa.Column(
            "next_poll", sa.DateTime(timezone=True), comment="not polled again before this time"
        ),
        sa.Column(
            "items", sa.Integer(), nullable=False, comment="items of this feed stored so far"
        ),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_feeds")),
    )
    op.create_table(
        "feed_items",
        sa.Column(
            "key",
            sa.String(length=64),
            nullable=False,
            comment="sha256 of the item's GUID or URL",
        ),
        sa.Column("feed_url", sa.String(length=2000), nullable=False),
        sa.Column("guid", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("document_id", sa.String(length=64)),
        sa.Column(
            "status", sa.String(length=16), nullable=False, comment="stored, duplicate or failed"
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_feed_items")),
    )
    op.create_index(op.f("ix_feed_items_feed_url"), "feed_items", ["feed_url"])
    op.create_table(
        "reference_events",
        sa.Column(
            "id",
            sa.String(length=200),
            nullable=False,
            comment="dataset:event id, e.g. acled:ARM123",
        ),
        sa.Column("dataset", sa.String(length=16), nullable=False, comment="acled or ucdp-ged"),
        sa.Column(
            "source_sha256",
            sa.String(length=64),
            nullable=False,
            comment="the file it was loaded from",
        ),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_end", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.Integer(), nullable=False, comment="the dataset's own code"),
        sa.Column("country", sa.String(length=8), comment="ISO 3166 alpha-2"),
        sa.Column("place_name", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("geo_precision", sa.Integer(), nullable=False, comment="the dataset's own code"),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("sub_event_type", sa.Text()),
        sa.Column("actor1", sa.Text()),
        sa.Column("actor2", sa.Text()),
        sa.Column("fatalities", sa.Integer()),
        sa.Column("fatalities_low", sa.Integer()),
        sa.Column("fatalities_high", sa.Integer()),
        sa.Column(
            "payload", sa.JSON(), nullable=False, comment="the file's row, every column as read"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_events")),
    )
    op.create_index(op.f("ix_reference_events_date_start"), "reference_events", ["date_start"])
    op.create_index(
        op.f("ix_reference_events_latitude_longitude"),
        "reference_events",
        ["latitude", "longitude"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_reference_events_latitude_longitude"), table_name="reference_events")
    op.drop_index(op.f("ix_reference_events_date_start"), table_name="reference_events")
    op.drop_table("reference_events")
    op.drop_index(op.f("ix_feed_items_feed_url"), table_name="feed_items")
    op.drop_table("feed_items")
    op.drop_table("feeds")
