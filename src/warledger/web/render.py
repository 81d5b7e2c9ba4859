"""Rendering a page: the template, who is signed in, and HTML error pages.

Every page goes through ``render`` so the header always knows the caller (it reads
``request.state.caller``, set by ``page_caller``). Errors on pages are HTML pages with
the message, not JSON, because a person is reading them. Every page carries a strict
Content-Security-Policy as a second line of defence behind autoescape.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from warledger.web.headers import CONTENT_SECURITY_POLICY
from warledger.web.session import csrf_token, page_caller


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    """``name`` rendered with ``context`` plus ``caller`` and ``csrf``."""
    caller = page_caller(request)
    full = {"caller": caller, "csrf": csrf_token(request), **context}
    templates = request.app.state.templates
    response: Response = templates.TemplateResponse(request, name, full, status_code=status_code)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def error_page(request: Request, status_code: int, message: str) -> Response:
    """A page saying what went wrong and what to do (400 for a bad field, 404 unknown id)."""
    titles = {400: "Check the form", 404: "Not found"}
    context = {"title": titles.get(status_code, "Error"), "message": message}
    return render(request, "error.html", context, status_code=status_code)
