"""Indexed reads for the API: incident list indexes, who each claim is about, full-text search.

* ``incidents``: indexes for the list's order (size), its usual filters (covering the
  period and box columns, so a filtered page reads no table rows) and the map box.
* ``claim_actors``: actor ids a claim is about (event initiators and targets, relation
  subject and object), copied out of the JSON payload by an insert trigger, so "incidents
  involving actor X" is an index lookup on both databases. Existing claims are back-filled.
* Full text over documents' title and text:
  - SQLite: an FTS5 table ``documents_fts`` with external content. Its rowids come from
    ``documents_fts_docno`` (an INTEGER PRIMARY KEY per document) through the view
    ``documents_fts_content``, because the implicit rowid of ``documents`` (whose key is
    text) may be renumbered by VACUUM, which would point the index at the wrong rows.
    Triggers keep it in step with inserts, updates and deletes; existing documents are
    indexed here ('rebuild').
  - PostgreSQL: a table ``documents_fts`` of each document's ``tsvector`` (english
    configuration, first ``FULLTEXT_CHARS`` characters: a tsvector is limited to 1 MB)
    with a GIN index, kept by a trigger on ``documents``. The vectors are stored rather
    than an expression index alone, because ranking (ts_rank) needs each match's vector
    and re-parsing thousands of texts per query is what made that slow. Existing
    documents are indexed here.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FULLTEXT_CHARS = 200_000
"""Kept equal to ``warledger.store.search.FULLTEXT_CHARS`` (a migration is frozen in time)."""

_SQLITE_ACTORS = """
SELECT {row}.id, json_extract(m.value, '$.actor_id'), 'initiator'
  FROM {claims}json_each({row}.payload, '$.proposition.initiators') AS m
  WHERE json_extract(m.value, '$.actor_id') IS NOT NULL
UNION SELECT {row}.id, json_extract(m.value, '$.actor_id'), 'target'
  FROM {claims}json_each({row}.payload, '$.proposition.targets') AS m
  WHERE json_extract(m.value, '$.actor_id') IS NOT NULL
UNION SELECT {row}.id, json_extract({row}.payload, '$.proposition.subject.actor_id'), 'subject'
  {only} WHERE json_extract({row}.payload, '$.proposition.subject.actor_id') IS NOT NULL
UNION SELECT {row}.id, json_extract({row}.payload, '$.proposition.object.actor_id'), 'object'
  {only} WHERE json_extract({row}.payload, '$.proposition.object.actor_id') IS NOT NULL
"""
"""Actor ids in a claim's payload; ``row`` is ``new`` in the trigger, or each of ``claims``."""

_PG_ACTORS = """
SELECT DISTINCT {row}.id, a.actor_id, a.role FROM (
  SELECT m->>'actor_id' AS actor_id, 'initiator' AS role
    FROM json_array_elements(CASE WHEN json_typeof({row}.payload->'proposition'->'initiators')
      = 'array' THEN {row}.payload->'proposition'->'initiators' ELSE '[]'::json END) AS m
  UNION ALL SELECT m->>'actor_id', 'target'
    FROM json_array_elements(CASE WHEN json_typeof({row}.payload->'proposition'->'targets')
      = 'array' THEN {row}.payload->'proposition'->'targets' ELSE '[]'::json END) AS m
  UNION ALL SELECT {row}.payload->'proposition'->'subject'->>'actor_id', 'subject'
  UNION ALL SELECT {row}.payload->'proposition'->'object'->>'actor_id', 'object'
) AS a WHERE a.actor_id IS NOT NULL
"""

_PG_VECTOR = (
    "to_tsvector('english'::regconfig, "
    f"left(coalesce({{row}}.title, '') || ' ' || {{row}}.text, {FULLTEXT_CHARS}))"
)


def upgrade() -> None:
    op.create_index(op.f("ix_incidents_n_sources_n_claims"), "incidents", ["n_sources", "n_claims"])
    op.create_index(
        "ix_incidents_list_filters",
        "incidents",
        [
            *("grade", "type", "n_sources", "n_claims"),
            *("date_start", "date_end", "latitude", "longitude"),
        ],
    )
    op.create_index(op.f("ix_incidents_latitude_longitude"), "incidents", ["latitude", "longitude"])
    op.create_table(
        "claim_actors",
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.String(length=16),
            nullable=False,
            comment="initiator, target, subject or object",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_actors_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", "actor_id", "role", name=op.f("pk_claim_actors")),
        comment="actor ids a claim is about, copied from its payload by a database trigger",
    )
    op.create_index(op.f("ix_claim_actors_actor_id"), "claim_actors", ["actor_id"])
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_sqlite() -> None:
    op.execute(
        "CREATE TRIGGER claim_actors_ai AFTER INSERT ON claims BEGIN "
        "INSERT OR IGNORE INTO claim_actors (claim_id, actor_id, role) "
        f"{_SQLITE_ACTORS.format(row='new', claims='', only='')}; END"
    )
    op.execute(
        "INSERT OR IGNORE INTO claim_actors (claim_id, actor_id, role) "
        + _SQLITE_ACTORS.format(row="c", claims="claims AS c, ", only="FROM claims AS c")
    )
    op.execute(
        "CREATE TABLE documents_fts_docno ("
        "docno INTEGER PRIMARY KEY, document_id VARCHAR(64) NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE VIEW documents_fts_content AS SELECT m.docno AS docno, d.title AS title, "
        "d.text AS text FROM documents_fts_docno AS m JOIN documents AS d ON d.id = m.document_id"
    )
    op.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, "
        "content='documents_fts_content', content_rowid='docno', "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    docno = "(SELECT docno FROM documents_fts_docno WHERE document_id = {row}.id)"
    add = (
        "INSERT INTO documents_fts_docno (document_id) VALUES (new.id); "
        "INSERT INTO documents_fts (rowid, title, text) "
        f"VALUES ({docno.format(row='new')}, new.title, new.text);"
    )
    remove = (
        "INSERT INTO documents_fts (documents_fts, rowid, title, text) "
        f"VALUES ('delete', {docno.format(row='old')}, old.title, old.text); "
        "DELETE FROM documents_fts_docno WHERE document_id = old.id;"
    )
    op.execute(f"CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN {add} END")
    op.execute(f"CREATE TRIGGER documents_fts_bd BEFORE DELETE ON documents BEGIN {remove} END")
    op.execute(
        "CREATE TRIGGER documents_fts_bu BEFORE UPDATE OF id, title, text ON documents "
        f"BEGIN {remove} END"
    )
    op.execute(
        "CREATE TRIGGER documents_fts_au AFTER UPDATE OF id, title, text ON documents "
        f"BEGIN {add} END"
    )
    op.execute(
        "INSERT INTO documents_fts_docno (document_id) "
        "SELECT id FROM documents ORDER BY stored_at, id"
    )
    op.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")


def _upgrade_postgresql() -> None:
    op.execute(
        "CREATE FUNCTION claim_actors_from_payload() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN INSERT INTO claim_actors (claim_id, actor_id, role) "
        f"{_PG_ACTORS.format(row='NEW')} ON CONFLICT DO NOTHING; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER claim_actors_ai AFTER INSERT ON claims FOR EACH ROW "
        "EXECUTE FUNCTION claim_actors_from_payload()"
    )
    op.execute(
        "INSERT INTO claim_actors (claim_id, actor_id, role) "
        f"SELECT x.* FROM claims AS c, LATERAL ({_PG_ACTORS.format(row='c')}) AS x "
        "ON CONFLICT DO NOTHING"
    )
    op.execute(
        "CREATE TABLE documents_fts (document_id VARCHAR(64) PRIMARY KEY "
        "REFERENCES documents (id) ON DELETE CASCADE, vector tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_documents_fts_vector ON documents_fts USING gin (vector)")
    op.execute(
        "CREATE FUNCTION documents_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN INSERT INTO documents_fts (document_id, vector) "
        f"VALUES (NEW.id, {_PG_VECTOR.format(row='NEW')}) "
        "ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector; "
        "RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER documents_fts_sync AFTER INSERT OR UPDATE OF title, text ON documents "
        "FOR EACH ROW EXECUTE FUNCTION documents_fts_sync()"
    )
    op.execute(
        "INSERT INTO documents_fts (document_id, vector) "
        f"SELECT d.id, {_PG_VECTOR.format(row='d')} FROM documents AS d"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER documents_fts_sync ON documents")
        op.execute("DROP FUNCTION documents_fts_sync()")
        op.execute("DROP TABLE documents_fts")
        op.execute("DROP TRIGGER claim_actors_ai ON claims")
        op.execute("DROP FUNCTION claim_actors_from_payload()")
    else:
        for trigger in ("ai", "bd", "bu", "au"):
            op.execute(f"DROP TRIGGER documents_fts_{trigger}")
        op.execute("DROP TABLE documents_fts")
        op.execute("DROP VIEW documents_fts_content")
        op.execute("DROP TABLE documents_fts_docno")
        op.execute("DROP TRIGGER claim_actors_ai")
    op.drop_index(op.f("ix_claim_actors_actor_id"), table_name="claim_actors")
    op.drop_table("claim_actors")
    op.drop_index(op.f("ix_incidents_latitude_longitude"), table_name="incidents")
    op.drop_index("ix_incidents_list_filters", table_name="incidents")
    op.drop_index(op.f("ix_incidents_n_sources_n_claims"), table_name="incidents")
