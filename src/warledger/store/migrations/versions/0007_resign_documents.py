"""Re-sign every stored document with the vectorised MinHash (``SIGNATURE_SCHEME``).

Signatures made by the earlier scheme (SHA-1 of each shingle's text) are not
comparable with the new ones: left as they were, a document ingested after the
upgrade would never be found to be a copy of one ingested before it. The text is
in ``documents.text``, so each signature is computed again, a thousand rows at a
time. Syndication groups do not change (``warledger dedup --rebuild`` regroups).
Signatures are not part of the ledger's hashes, so ``verify`` is unaffected.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from warledger.store.signatures import signature, signature_bytes

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    conn = op.get_bind()
    documents = sa.table(
        "documents",
        sa.column("id", sa.String),
        sa.column("text", sa.Text),
        sa.column("minhash", sa.LargeBinary),
    )
    after = ""
    while True:
        rows = conn.execute(
            sa.select(documents.c.id, documents.c.text)
            .where(documents.c.minhash.is_not(None), documents.c.id > after)
            .order_by(documents.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        conn.execute(
            documents.update().where(documents.c.id == sa.bindparam("doc_id")),
            [{"doc_id": row.id, "minhash": signature_bytes(signature(row.text))} for row in rows],
        )
        after = rows[-1].id


def downgrade() -> None:
    """The earlier signatures cannot be recomputed by this version; they are kept as new."""
