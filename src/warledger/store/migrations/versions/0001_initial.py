"""Initial schema: documents, claims, actors, outlets, incidents, reviews, ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False, comment="the full model.Actor"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False, comment="sha256 of the raw bytes"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("syndication_group", sa.String(length=64), nullable=True),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(op.f("ix_documents_outlet"), "documents", ["outlet"], unique=False)
    op.create_index(
        op.f("ix_documents_syndication_group"), "documents", ["syndication_group"], unique=False
    )

    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=64), nullable=True),
        sa.Column("place", sa.JSON(), nullable=True, comment="model.Place"),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("killed_low", sa.Integer(), nullable=True),
        sa.Column("killed_best", sa.Integer(), nullable=True),
        sa.Column("killed_high", sa.Integer(), nullable=True),
        sa.Column("injured_low", sa.Integer(), nullable=True),
        sa.Column("injured_best", sa.Integer(), nullable=True),
        sa.Column("injured_high", sa.Integer(), nullable=True),
        sa.Column("n_claims", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("sides", sa.JSON(), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index(op.f("ix_incidents_date_start"), "incidents", ["date_start"], unique=False)
    op.create_index(op.f("ix_incidents_type"), "incidents", ["type"], unique=False)

    op.create_table(
        "ledger",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.String(length=200), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ledger")),
        sa.UniqueConstraint("hash", name=op.f("uq_ledger_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_ledger_prev_hash")),
    )
    op.create_index(op.f("ix_ledger_subject_id"), "ledger", ["subject_id"], unique=False)

    op.create_table(
        "outlets",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("side", sa.String(length=32), nullable=False),
        sa.Column("owner_group", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_aliases_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("actor_id", "alias", name=op.f("pk_actor_aliases")),
    )
    op.create_index(op.f("ix_actor_aliases_alias"), "actor_aliases", ["alias"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False, comment="the full model.Claim"),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("claimant_actor_id", sa.String(length=200), nullable=True),
        sa.Column("event_type", sa.String(length=16), nullable=True),
        sa.Column("event_mode", sa.String(length=64), nullable=True),
        sa.Column("predicate", sa.String(length=32), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_claims_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    op.create_index(
        op.f("ix_claims_claimant_actor_id"), "claims", ["claimant_actor_id"], unique=False
    )
    op.create_index(op.f("ix_claims_date_start"), "claims", ["date_start"], unique=False)
    op.create_index(op.f("ix_claims_document_id"), "claims", ["document_id"], unique=False)
    op.create_index(op.f("ix_claims_event_type"), "claims", ["event_type"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("ledger_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("analyst", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("correction", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ledger_seq"], ["ledger.seq"], name=op.f("fk_reviews_ledger_seq_ledger")
        ),
        sa.PrimaryKeyConstraint("ledger_seq", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_target_id"), "reviews", ["target_id"], unique=False)

    op.create_table(
        "incident_claims",
        sa.Column("incident_id", sa.String(length=64), nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_incident_claims_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_claims_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "claim_id", name=op.f("pk_incident_claims")),
    )
    op.create_index(
        op.f("ix_incident_claims_claim_id"), "incident_claims", ["claim_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_incident_claims_claim_id"), table_name="incident_claims")

    op.drop_table("incident_claims")
    op.drop_index(op.f("ix_reviews_target_id"), table_name="reviews")

    op.drop_table("reviews")
    op.drop_index(op.f("ix_claims_event_type"), table_name="claims")
    op.drop_index(op.f("ix_claims_document_id"), table_name="claims")
    op.drop_index(op.f("ix_claims_date_start"), table_name="claims")
    op.drop_index(op.f("ix_claims_claimant_actor_id"), table_name="claims")

    op.drop_table("claims")
    op.drop_index(op.f("ix_actor_aliases_alias"), table_name="actor_aliases")

    op.drop_table("actor_aliases")
    op.drop_table("outlets")
    op.drop_index(op.f("ix_ledger_subject_id"), table_name="ledger")

    op.drop_table("ledger")
    op.drop_index(op.f("ix_incidents_type"), table_name="incidents")
    op.drop_index(op.f("ix_incidents_date_start"), table_name="incidents")

    op.drop_table("incidents")
    op.drop_index(op.f("ix_documents_syndication_group"), table_name="documents")
    op.drop_index(op.f("ix_documents_outlet"), table_name="documents")

    op.drop_table("documents")
    op.drop_table("actors")
