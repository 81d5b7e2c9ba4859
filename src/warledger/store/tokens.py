"""API bearer tokens: who may read, review or manage tokens over HTTP.

A token is ``wl_<id>_<secret>``. Only the sha256 of the secret is stored, so a
copy of the database cannot be used to call the API; the id lets a presented
token be found without scanning, and the comparison is constant-time. Tokens are
revoked, never deleted, so a past token can still be told apart from a typo.

Creating and revoking a token are ledger entries (``token``, ``token_revoked``) whose
digest is that of the row they leave, so ``verify`` finds a token inserted or
re-enabled with SQL (``verify_token_rows``): a credential is part of what the ledger
proves, not a side table an intruder could quietly extend.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from warledger.errors import StoreError
from warledger.store import ledger as chain
from warledger.store.schema import api_tokens

if TYPE_CHECKING:
    from warledger.store import Store

ROLES = ("reader", "analyst", "admin")
"""Each role may do everything the roles before it may."""

_PREFIX = "wl_"
CREATED = "token"
REVOKED = "token_revoked"
LEDGER_KINDS = (CREATED, REVOKED)
_DIGESTED = ("id", "secret_sha256", "role", "label", "created_at", "revoked")


@dataclass(frozen=True)
class TokenInfo:
    """A stored token without its secret."""

    id: str
    role: str
    label: str
    created_at: datetime
    revoked: bool


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(store: Store, role: str, label: str = "") -> tuple[TokenInfo, str]:
    """Store a new token for ``role``; returns it and the full bearer string (shown once)."""
    if role not in ROLES:
        raise StoreError(f"role {role!r} is unknown; use one of {', '.join(ROLES)}")
    token_id = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    info = TokenInfo(token_id, role, label, datetime.now(UTC), revoked=False)
    row = {
        "id": info.id,
        "secret_sha256": _hash(secret),
        "role": role,
        "label": label,
        "created_at": info.created_at,
        "revoked": False,
    }
    with store.write_transaction() as conn:
        conn.execute(insert(api_tokens).values(**row))
        chain.append(conn, CREATED, token_id, token_digest(row), {"role": role, "label": label})
    return info, f"{_PREFIX}{token_id}_{secret}"


def list_tokens(store: Store) -> list[TokenInfo]:
    """Every token ever created, oldest first."""
    query = select(api_tokens).order_by(api_tokens.c.created_at, api_tokens.c.id)
    with store.engine.connect() as conn:
        return [_info(row._mapping) for row in conn.execute(query)]


def revoke_token(store: Store, token_id: str) -> bool:
    """Revoke a token; False when no token has that id."""
    with store.write_transaction() as conn:
        row = conn.execute(select(api_tokens).where(api_tokens.c.id == token_id)).first()
        if row is None:
            return False
        if not row.revoked:
            conn.execute(update(api_tokens).where(api_tokens.c.id == token_id).values(revoked=True))
            revoked = {**row._mapping, "revoked": True}
            chain.append(conn, REVOKED, token_id, token_digest(revoked))
    return True


def token_digest(row: Mapping[str, Any]) -> str:
    """What the ledger records of a token row (its secret's hash included)."""
    return chain.digest_of(
        {name: row[name] for name in _DIGESTED} | {"revoked": bool(row["revoked"])}
    )


def verify_token_rows(conn: Connection, recorded: Mapping[str, str]) -> list[str]:
    """Token rows that differ from their latest ledger entry, or that no entry recorded."""
    current = {
        row.id: token_digest(row._mapping)
        for row in conn.execute(select(api_tokens).order_by(api_tokens.c.id))
    }
    return chain.digest_problems("api token", recorded, current, "its token entry")


def authenticate(store: Store, bearer: str) -> TokenInfo | None:
    """The live token ``bearer`` is, or None (malformed, unknown, wrong secret or revoked)."""
    if not bearer.startswith(_PREFIX):
        return None
    token_id, sep, secret = bearer.removeprefix(_PREFIX).partition("_")
    if not sep or not secret:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(select(api_tokens).where(api_tokens.c.id == token_id)).first()
    if row is None or row.revoked:
        return None
    if not hmac.compare_digest(row.secret_sha256, _hash(secret)):
        return None
    return _info(row._mapping)


def _info(mapping: Mapping[str, Any]) -> TokenInfo:
    return TokenInfo(
        id=mapping["id"],
        role=mapping["role"],
        label=mapping["label"],
        created_at=mapping["created_at"],
        revoked=bool(mapping["revoked"]),
    )
