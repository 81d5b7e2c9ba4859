"""Bearer-token roles for the HTTP API.

reader may GET, analyst may also POST reviews, admin may also manage tokens.
A missing or unknown token is 401 with a message saying how to get one; a valid
token whose role is too low is 403. With ``public_read`` anonymous GETs pass, so a
read-only mirror can be published without handing out tokens.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from warledger.store.tokens import ROLES, TokenInfo, authenticate

_bearer = HTTPBearer(auto_error=False, description="a token from `warledger tokens create`")

HOW_TO_GET_A_TOKEN = (
    "send 'Authorization: Bearer <token>'; an administrator creates one with "
    "`warledger tokens create --role reader` (or analyst, admin)"
)

Caller = TokenInfo | None
"""The token a request came with; None for an anonymous public read."""


def require(role: str) -> Callable[..., Caller]:
    """A dependency admitting callers whose role is ``role`` or higher."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")

    def check(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
    ) -> Caller:
        return admit(request, credentials, role)

    return check


def admit(request: Request, credentials: HTTPAuthorizationCredentials | None, role: str) -> Caller:
    """The caller if its token's role is ``role`` or higher; raises 401 or 403 otherwise.

    Kept outside ``require``'s closure so that it runs, and can be tested, per request.
    """
    if credentials is None:
        if role == "reader" and request.app.state.public_read:
            return None
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail=f"authentication required: {HOW_TO_GET_A_TOKEN}",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = authenticate(request.app.state.store, credentials.credentials)
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail=f"the token is unknown or revoked: {HOW_TO_GET_A_TOKEN}",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if ROLES.index(token.role) < ROLES.index(role):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=f"this needs the {role} role; token {token.id} has role {token.role}",
        )
    return token
