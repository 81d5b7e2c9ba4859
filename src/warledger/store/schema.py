"""The relational schema, one SQLAlchemy ``MetaData`` for SQLite and PostgreSQL alike.

Full pydantic objects are kept as portable ``JSON`` payloads (so the model can grow
without a migration per field), and the few fields people filter on are copied
into plain, indexed columns beside them. Datetimes are always UTC: ``UTCDateTime``
converts on the way in and attaches ``UTC`` on the way out, because SQLite keeps no
time zone and PostgreSQL returns the session's.

The Alembic migrations in ``migrations/versions`` must create exactly this schema;
``tests/store/test_migrations.py`` checks that with ``compare_metadata``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

SHA256 = 64
"""Length of a hex sha256: document ids, digests and ledger hashes."""


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC; naive values are taken to be UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        # SQLite's DATETIME text has no offset: keep the UTC wall-clock time.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


documents = Table(
    "documents",
    metadata,
    Column("id", String(SHA256), primary_key=True, comment="sha256 of the raw bytes"),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", Text),
    Column("author", Text),
    Column("published_at", UTCDateTime),
    Column("retrieved_at", UTCDateTime),
    Column("language", String(16)),
    Column("source_name", Text),
    Column("external_id", Text),
    Column("syndication_group", String(SHA256)),
    Column("minhash", LargeBinary),
    Column("stored_at", UTCDateTime, nullable=False),
    Index(None, "syndication_group"),
    Index(None, "outlet"),
)

outlets = Table(
    "outlets",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(8)),
    Column("side", String(32), nullable=False),
    Column("owner_group", String(200)),
    Column("payload", JSON, comment="the full kb.outlets.OutletEntry (sides per conflict)"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("party_a", Text, nullable=False),
    Column("party_b", Text, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(8)),
    Column("payload", JSON, nullable=False, comment="the full model.Actor"),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(300), primary_key=True),
    Index(None, "alias"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", ForeignKey("documents.id"), nullable=False),
    Column("payload", JSON, nullable=False, comment="the full model.Claim"),
    Column("stance", String(16), nullable=False),
    Column("claimant_actor_id", String(200)),
    Column("event_type", String(16)),
    Column("event_mode", String(64)),
    Column("predicate", String(32)),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("place_name", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("stored_at", UTCDateTime, nullable=False),
    Index(None, "document_id"),
    Index(None, "event_type"),
    Index(None, "date_start"),
    Index(None, "claimant_actor_id"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("mode", String(64)),
    Column("place", JSON, comment="model.Place"),
    Column("place_name", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("killed_low", Integer),
    Column("killed_best", Integer),
    Column("killed_high", Integer),
    Column("injured_low", Integer),
    Column("injured_best", Integer),
    Column("injured_high", Integer),
    Column("n_claims", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("sides", JSON, nullable=False),
    Column("grade", String(16), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("stored_at", UTCDateTime, nullable=False),
    Column("details", JSON, comment="casualty figures per source, civilian ranges, conflict"),
    Column("country", String(8), comment="ISO code of the place, from place"),
    Index(None, "type"),
    Index(None, "date_start"),
    # The incident list (migration 0004): its order (size).
    Index(None, "n_sources", "n_claims"),
)
Index(
    # The map's bounding box, and its cells of the whole archive (the columns a cell sums
    # up; migration 0010) read from the index alone.
    "ix_incidents_latitude_longitude",
    incidents.c.latitude,
    incidents.c.longitude,
    incidents.c.killed_best,
    incidents.c.n_sources,
)
Index(
    # The list's usual equality filters, then its whole order (migration 0009), then the
    # period, box, toll, country and place: a filtered page, its facets and its map cells
    # are read from this index alone, and a page stops after its rows.
    "ix_incidents_list_filters",
    incidents.c.grade,
    incidents.c.type,
    incidents.c.n_sources.desc(),
    incidents.c.n_claims.desc(),
    incidents.c.id,
    incidents.c.date_start,
    incidents.c.date_end,
    incidents.c.latitude,
    incidents.c.longitude,
    incidents.c.killed_best,
    incidents.c.country,
    incidents.c.place_name,
)

incident_facet_counts = Table(
    "incident_facet_counts",
    metadata,
    Column("facet", String(16), primary_key=True),
    Column("value", Text, primary_key=True),
    Column("n", BigInteger, nullable=False),
    comment="incidents per grade, type, country and place name, kept by triggers",
)
"""How many incidents have each value of each facet (NULLs not counted), kept by triggers on
``incidents`` (migration 0011), so the facets of the whole archive are a read of a few rows
(``store.incident_counts``); nothing in Python writes it."""

incident_map_points = Table(
    "incident_map_points",
    metadata,
    Column("latitude", Float, primary_key=True),
    Column("longitude", Float, primary_key=True),
    Column("n_sources", Integer, primary_key=True),
    Column("n", BigInteger, nullable=False),
    Column("killed", BigInteger, nullable=False),
    comment="placed incidents per coordinates and sources, kept by triggers",
)
"""Placed incidents per (coordinates, number of sources) and their summed best toll, kept by
triggers on ``incidents`` (migration 0011): the map of the whole archive, or of a box, is
drawn from these rows (hundreds where the incidents are hundreds of thousands)."""

claim_actors = Table(
    "claim_actors",
    metadata,
    Column("claim_id", ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), primary_key=True),
    Column("role", String(16), primary_key=True, comment="initiator, target, subject or object"),
    Index(None, "actor_id"),
    comment="actor ids a claim is about, copied from its payload by a database trigger",
)
"""Who a claim is about, so "incidents involving actor X" is an index lookup, not a scan of
every JSON payload. Kept by triggers on ``claims`` inserts (migration 0004), which also
back-filled the claims already stored; nothing in Python writes it."""

incident_claims = Table(
    "incident_claims",
    metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", ForeignKey("claims.id"), primary_key=True),
    Index(None, "claim_id"),
)

ledger = Table(
    "ledger",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    Column("subject_id", String(200), nullable=False),
    Column("digest", String(SHA256), nullable=False),
    # Unique: two writers that raced past the lock could not both extend one entry.
    Column("prev_hash", String(SHA256), nullable=False, unique=True),
    Column("hash", String(SHA256), nullable=False, unique=True),
    Column("recorded_at", UTCDateTime, nullable=False),
    Column("details", JSON, nullable=False),
    Index(None, "subject_id"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("ledger_seq", ForeignKey("ledger.seq"), primary_key=True, autoincrement=False),
    Column("target_kind", String(16), nullable=False),
    Column("target_id", String(200), nullable=False),
    Column("action", String(16), nullable=False),
    Column("analyst", String(200), nullable=False),
    Column("note", Text, nullable=False),
    Column("correction", JSON, nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
    Index(None, "target_id"),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(32), primary_key=True, comment="public part of the bearer token"),
    Column("secret_sha256", String(SHA256), nullable=False, comment="never the secret itself"),
    Column("role", String(16), nullable=False, comment="reader, analyst or admin"),
    Column("label", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked", Boolean, nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("outlet", String(200)),
    Column("etag", Text, comment="the feed's last ETag, sent back as If-None-Match"),
    Column("last_modified", Text, comment="its last Last-Modified, sent as If-Modified-Since"),
    Column("last_attempt", UTCDateTime),
    Column("last_success", UTCDateTime),
    Column("last_error", Text),
    Column("last_error_at", UTCDateTime),
    Column("failures", Integer, nullable=False, comment="consecutive failed polls (back-off)"),
    Column("next_poll", UTCDateTime, comment="not polled again before this time"),
    Column("items", Integer, nullable=False, comment="items of this feed stored so far"),
)
"""What ``warledger watch`` knows of each feed between rounds and across restarts. Operational
state, not evidence: the documents its items became are written (and ledgered) as any other."""

feed_items = Table(
    "feed_items",
    metadata,
    Column("key", String(SHA256), primary_key=True, comment="sha256 of the item's GUID or URL"),
    Column("feed_url", String(2000), nullable=False),
    Column("guid", Text),
    Column("url", Text),
    Column("document_id", String(SHA256)),
    Column("status", String(16), nullable=False, comment="stored, duplicate or failed"),
    Column("attempts", Integer, nullable=False),
    Column("error", Text),
    Column("seen_at", UTCDateTime, nullable=False),
    Index(None, "feed_url"),
)

reference_events = Table(
    "reference_events",
    metadata,
    Column("id", String(200), primary_key=True, comment="dataset:event id, e.g. acled:ARM123"),
    Column("dataset", String(16), nullable=False, comment="acled or ucdp-ged"),
    Column("source_sha256", String(SHA256), nullable=False, comment="the file it was loaded from"),
    Column("date_start", Date, nullable=False),
    Column("date_end", Date, nullable=False),
    Column("date_precision", Integer, nullable=False, comment="the dataset's own code"),
    Column("country", String(8), comment="ISO 3166 alpha-2"),
    Column("place_name", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer, nullable=False, comment="the dataset's own code"),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("fatalities", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("payload", JSON, nullable=False, comment="the file's row, every column as read"),
    Index(None, "date_start"),
    Index(None, "latitude", "longitude"),
)
"""Someone else's coding (ACLED, UCDP GED), kept apart from claims; each load is a ledger
entry naming the file, its sha256 and the digest of every row it wrote."""
