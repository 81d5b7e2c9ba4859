"""PostgreSQL: number the full-text index's rows, so a search ranks the newest matches only.

SQLite ranks a query's matches over the ``MAX_RANKED`` most recently indexed of them
(``warledger.store.search``): FTS5's rowids (``documents_fts_docno``) give that order.
PostgreSQL's ``documents_fts`` had no such order, so it computed ``ts_rank`` for every
match: two common words match about a tenth of a large archive, and each rank reads that
document's whole vector (2.3-2.7 s p95 at 1,000,000 claims under load). An identity column
``docno`` now numbers the rows as they are indexed (existing rows in the table's physical
order, which is about the order they were written); re-indexing a document's changed text
keeps its number, as on SQLite. There is deliberately no index on ``docno``: the planner
must find the matches through the GIN index, then keep the newest (a top-N sort of ids),
never walk all rows newest first testing each.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE documents_fts ADD COLUMN docno bigint GENERATED ALWAYS AS IDENTITY")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE documents_fts DROP COLUMN docno")
