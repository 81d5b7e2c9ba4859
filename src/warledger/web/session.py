"""Sign-in for browsers: an API token pasted once, then kept in an HttpOnly cookie.

Pages use the same tokens and roles as the API (``warledger tokens create --role R``),
so there is one credential to issue and revoke. The cookie is HttpOnly (no script can
read it) and SameSite=Strict (no other site can make the browser send it); forms that
write also carry a CSRF value derived from the token, checked by ``check_csrf``.
Anonymous reading follows ``app.state.public_read`` exactly as the API does.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warledger.store.tokens import ROLES, TokenInfo, authenticate

COOKIE = "warledger_token"
MAX_TOKEN_CHARS = 200
"""A token is ``wl_`` + 16 hex + ``_`` + 43 characters; anything much longer is not one."""
_CSRF_LABEL = b"warledger page form v1"

router = APIRouter(include_in_schema=False)


class PageDenied(HTTPException):
    """A page the caller may not see: anonymous callers are sent to sign in (303 to
    /login?next=...), signed-in callers with too low a role get a 403 page.

    It is an ``HTTPException`` so that, even without ``page_denied`` installed as the
    handler, the status and the Location header are right.
    """

    def __init__(self, request: Request, needed: str, caller: TokenInfo | None) -> None:
        self.needed = needed
        self.caller = caller
        if caller is None:
            target = f"/login?next={quote(_here(request), safe='')}"
            super().__init__(
                status.HTTP_303_SEE_OTHER,
                detail=f"sign in with a token of role {needed} or higher",
                headers={"Location": target},
            )
        else:
            super().__init__(
                status.HTTP_403_FORBIDDEN,
                detail=f"this page needs the {needed} role; token {caller.id} has role "
                f"{caller.role}",
            )


def page_denied(request: Request, exc: Exception) -> Response:
    """The app's handler for ``PageDenied``: a redirect, or a 403 page naming the role."""
    assert isinstance(exc, PageDenied)
    if exc.caller is None:
        return RedirectResponse(exc.headers["Location"], status.HTTP_303_SEE_OTHER)
    templates = request.app.state.templates
    context = {"needed": exc.needed, "caller": exc.caller, "message": exc.detail}
    return templates.TemplateResponse(request, "denied.html", context, status_code=403)


def _here(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def _presented(request: Request) -> str | None:
    """The token the request carries: the cookie, else an ``Authorization: Bearer`` header."""
    token = request.cookies.get(COOKIE)
    if not token:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        token = value.strip() if scheme.lower() == "bearer" else None
    if not token or len(token) > MAX_TOKEN_CHARS:
        return None
    return token


def page_caller(request: Request) -> TokenInfo | None:
    """The live token of this request (cookie or bearer header), None when anonymous.

    An unknown or revoked token counts as anonymous. The answer is kept on
    ``request.state.caller`` so the page header can show who is signed in.
    """
    if hasattr(request.state, "caller"):
        cached: TokenInfo | None = request.state.caller
        return cached
    token = _presented(request)
    caller = authenticate(request.app.state.store, token) if token else None
    request.state.caller = caller
    return caller


def require_page_role(request: Request, role: str) -> TokenInfo | None:
    """The caller if it may see a page that needs ``role``; otherwise raise ``PageDenied``.

    Anonymous callers pass only for ``reader`` pages of a ``public_read`` store (then
    None is returned), like the API's GET routes.
    """
    needed = ROLES.index(role)
    caller = page_caller(request)
    if caller is None:
        if role == "reader" and request.app.state.public_read:
            return None
        raise PageDenied(request, role, None)
    if ROLES.index(caller.role) < needed:
        raise PageDenied(request, role, caller)
    return caller


def csrf_token(request: Request) -> str:
    """The hidden-field value that proves a form was rendered for this token ("" when
    anonymous: anonymous callers cannot write)."""
    token = _presented(request)
    if not token:
        return ""
    return hmac.new(token.encode("utf-8"), _CSRF_LABEL, hashlib.sha256).hexdigest()


def check_csrf(request: Request, submitted: str) -> None:
    """403 unless ``submitted`` is this token's CSRF value."""
    expected = csrf_token(request)
    if not expected or not hmac.compare_digest(expected, submitted or ""):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail="the form's CSRF value does not match your sign-in; reload the page and "
            "submit it again",
        )


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an absolute or scheme-relative URL (open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    page_caller(request)
    templates = request.app.state.templates
    context = {"next": _safe_next(next), "error": None}
    return templates.TemplateResponse(request, "login.html", context)


def _cross_origin(request: Request) -> bool:
    """Whether a browser says this request comes from another site (a login CSRF: another
    site signing the browser in with the attacker's token). Clients that are not browsers
    send neither header and are let through."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return True
    origin = request.headers.get("origin")
    if origin is None:
        return False
    return origin != f"{request.url.scheme}://{request.url.netloc}"


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    token: Annotated[str, Form(max_length=MAX_TOKEN_CHARS)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    if _cross_origin(request):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail="sign-in from another site is refused; open this server's /login page",
        )
    found = authenticate(request.app.state.store, token.strip())
    if found is None:
        templates = request.app.state.templates
        context = {
            "next": _safe_next(next),
            "error": "That token is unknown or revoked. Paste the whole secret printed by "
            "`warledger tokens create --role reader` (or analyst, admin).",
        }
        return templates.TemplateResponse(request, "login.html", context, status_code=401)
    response = RedirectResponse(_safe_next(next), status.HTTP_303_SEE_OTHER)
    secure = request.url.scheme == "https"
    response.set_cookie(
        COOKIE, token.strip(), httponly=True, samesite="strict", path="/", secure=secure
    )
    return response


@router.get("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response
