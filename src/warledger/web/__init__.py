"""The analyst's web pages, served beside the JSON API by ``warledger serve``.

Pages are rendered on the server with Jinja2 (autoescape on: every string from a
document is untrusted) and use a little JavaScript for the map and charts. Leaflet
and the country shapes come from npm at build time (``make assets``) into
``static/vendor``; nothing is fetched from the internet when a page is shown.

Each concern has its own router: ``session`` (sign-in with a token, kept in an
HttpOnly cookie), ``pages`` (incidents, map, timeline, incident, actor and
document pages), ``review`` (the review queue and its forms) and ``watch_pages`` (the
feeds' status and the comparison with reference datasets).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from warledger.web import pages, review, session, watch_pages
from warledger.web.headers import HtmlHeaders

WEB_DIR = Path(__file__).resolve().parent


def add_web_routes(app: FastAPI) -> None:
    """Mount the pages, their templates (on ``app.state.templates``) and static files."""
    app.state.templates = Jinja2Templates(directory=WEB_DIR / "templates")
    app.add_middleware(HtmlHeaders)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.add_exception_handler(session.PageDenied, session.page_denied)
    app.include_router(session.router)
    app.include_router(pages.router)
    app.include_router(review.router)
    app.include_router(watch_pages.router)
