"""The web pages through the app in-process: sign-in, filters, facets, map data, timeline,
incident, actor, document and search pages, and escaping of hostile document text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from warledger.config import Settings
from warledger.server import create_app
from warledger.store import Store
from warledger.store.incidents import stored_incidents
from warledger.store.tokens import create_token, revoke_token
from warledger.web import mapdata
from warledger.web.highlight import Highlight, highlight, sentence_around
from warledger.web.session import PageDenied, check_csrf, csrf_token, page_denied, require_page_role

Cookies = Callable[[str], dict[str, str]]
HOSTILE_TITLE = "<script>alert(1)</script> <b>html</b> checkpoint attack"


@pytest.fixture(scope="module")
def incidents(web_settings: Settings) -> list:
    with Store.open(web_settings) as store:
        return [incident for incident, _details in stored_incidents(store)]


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr data-incident="([0-9a-f]+)"', html)


def _as(client: TestClient, cookies: dict[str, str]) -> TestClient:
    """The client carrying only ``cookies``."""
    client.cookies.clear()
    client.cookies.update(cookies)
    return client


def _get(client: TestClient, path: str, cookies: dict[str, str]) -> str:
    response = _as(client, cookies).get(path)
    assert response.status_code == 200, response.text[:500]
    return response.text


# ------------------------------------------------------------------ sign-in


def test_anonymous_reader_is_sent_to_sign_in(client: TestClient) -> None:
    client.cookies.clear()
    response = client.get("/incidents?grade=reported", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fincidents%3Fgrade%3Dreported"


def test_public_read_lets_anonymous_readers_see_pages(public_client: TestClient) -> None:
    public_client.cookies.clear()
    response = public_client.get("/incidents")
    assert response.status_code == 200
    assert "not signed in" in response.text


def test_sign_in_sets_a_strict_http_only_cookie(client: TestClient, tokens: dict[str, str]) -> None:
    client.cookies.clear()
    bad = client.post("/login", data={"token": "wl_nope_nope", "next": "/map"})
    assert bad.status_code == 401 and "unknown or revoked" in bad.text
    good = client.post(
        "/login", data={"token": tokens["reader"], "next": "/map"}, follow_redirects=False
    )
    assert good.status_code == 303 and good.headers["location"] == "/map"
    cookie = good.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    page = client.get("/map")
    token_id = tokens["reader"].split("_")[1]
    assert f"<code>{token_id}</code>" in page.text and "Sign out" in page.text
    out = client.get("/logout", follow_redirects=False)
    assert out.status_code == 303 and 'warledger_token=""' in out.headers["set-cookie"]


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example", "/\\evil"])
def test_sign_in_never_redirects_off_site(
    client: TestClient, tokens: dict[str, str], target: str
) -> None:
    client.cookies.clear()
    response = client.post(
        "/login", data={"token": tokens["reader"], "next": target}, follow_redirects=False
    )
    assert response.headers["location"] == "/"


def test_page_roles_and_csrf(web_settings: Settings, tokens: dict[str, str]) -> None:
    """A page needing analyst: sign-in redirect when anonymous, a 403 page naming the role
    for a reader, the page for an analyst; CSRF values are per token."""
    app: FastAPI = create_app(web_settings)
    app.add_exception_handler(PageDenied, page_denied)

    @app.get("/analyst-only")
    def analyst_only(request: Request) -> dict[str, str]:
        caller = require_page_role(request, "analyst")
        assert caller is not None
        return {"role": caller.role, "csrf": csrf_token(request)}

    @app.post("/analyst-form")
    def analyst_form(request: Request, csrf: str) -> dict[str, str]:
        check_csrf(request, csrf)
        return {"ok": "yes"}

    with TestClient(app) as test_client:
        anonymous = test_client.get("/analyst-only", follow_redirects=False)
        assert anonymous.status_code == 303
        assert anonymous.headers["location"] == "/login?next=%2Fanalyst-only"
        reader = _as(test_client, {"warledger_token": tokens["reader"]}).get("/analyst-only")
        assert reader.status_code == 403
        assert "needs the analyst role" in reader.text and "<strong>reader</strong>" in reader.text
        analyst = {"warledger_token": tokens["analyst"]}
        found = _as(test_client, analyst).get("/analyst-only").json()
        assert found["role"] == "analyst" and len(found["csrf"]) == 64
        ok = _as(test_client, analyst).post(f"/analyst-form?csrf={found['csrf']}")
        assert ok.status_code == 200
        other = {"warledger_token": tokens["admin"]}
        wrong = _as(test_client, other).post(f"/analyst-form?csrf={found['csrf']}")
        assert wrong.status_code == 403 and "CSRF" in wrong.json()["detail"]


# ------------------------------------------------------------------ incident list


def test_list_shows_every_incident_with_grade_facets(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    html = _get(client, "/incidents", signed_in("reader"))
    assert sorted(_rows(html)) == sorted(i.id for i in incidents)
    assert f'data-total="{len(incidents)}"' in html
    by_grade = Counter(i.grade.value for i in incidents)
    for grade, count in by_grade.items():
        facet = re.search(
            rf'data-facet="grade" data-value="{grade}">.*?<span class="count">(\d+)</span>',
            html,
            re.S,
        )
        assert facet is not None and int(facet.group(1)) == count


def test_grade_filter_changes_the_count(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    grade = Counter(i.grade.value for i in incidents).most_common()[-1][0]
    wanted = sorted(i.id for i in incidents if i.grade.value == grade)
    assert 0 < len(wanted) < len(incidents)
    html = _get(client, f"/incidents?grade={grade}&type=&mode=&from=&to=", signed_in("reader"))
    assert sorted(_rows(html)) == wanted
    assert f'data-total="{len(wanted)}"' in html


def test_country_place_and_text_filters(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    ukraine = sorted(i.id for i in incidents if i.place and i.place.country == "UA")
    assert ukraine
    assert sorted(_rows(_get(client, "/incidents?country=ua", signed_in("reader")))) == ukraine
    html = _get(client, "/incidents?place=kharK", signed_in("reader"))
    assert sorted(_rows(html)) == ukraine
    text = _get(client, "/incidents?q=central+market", signed_in("reader"))
    assert set(_rows(text)) == set(ukraine)
    # Words, through the full-text index like /search: stemmed, all of them required.
    assert set(_rows(_get(client, "/incidents?q=markets+CENTRAL", signed_in("reader")))) == set(
        ukraine
    )
    assert _rows(_get(client, "/incidents?q=market+zzyzx", signed_in("reader"))) == []
    assert _rows(_get(client, "/incidents?q=%22%29%28*", signed_in("reader"))) == []


def test_min_sources_and_period(client: TestClient, signed_in: Cookies, incidents: list) -> None:
    html = _get(client, "/incidents?min_sources=2", signed_in("reader"))
    assert sorted(_rows(html)) == sorted(i.id for i in incidents if i.n_sources >= 2)
    html = _get(client, "/incidents?from=2026-05-01&to=2026-05-31", signed_in("reader"))
    may = sorted(
        i.id
        for i in incidents
        if i.date_start
        and i.date_start <= date(2026, 5, 31)
        and (i.date_end or i.date_start) >= date(2026, 5, 1)
    )
    assert sorted(_rows(html)) == may and may


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=yesterday", "write it as YYYY-MM-DD"),
        ("grade=true", "grade &#39;true&#39; is unknown"),
        ("min_sources=-1", "whole number"),
        ("from=2026-02-01&to=2026-01-01", "swap them"),
        ("country=Ukraine", "two-letter code"),
    ],
)
def test_bad_filters_are_a_400_page_naming_the_field(
    client: TestClient, signed_in: Cookies, query: str, message: str
) -> None:
    response = _as(client, signed_in("reader")).get(f"/incidents?{query}")
    assert response.status_code == 400
    assert message in response.text and "<!doctype html>" in response.text


# ------------------------------------------------------------------ map and timeline


def test_map_data_places_points_with_their_precision(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    data = _as(client, signed_in("reader")).get("/map/data").json()
    placed = {i.id: i for i in incidents if i.place and i.place.latitude is not None}
    assert {p["id"] for p in data["points"]} == set(placed)
    assert data["not_on_map"] == len(incidents) - len(placed) > 0
    precision = {p["place"]: p["precision"] for p in data["points"]}
    assert precision["Kharkiv"] == 1 and precision["Syria"] == 3
    filtered = _as(client, signed_in("reader")).get("/map/data?country=SY").json()
    assert {p["country"] for p in filtered["points"]} == {"SY"}
    page = _get(client, "/map?grade=reported", signed_in("reader"))
    assert 'data-src="/map/data?grade=reported"' in page
    assert "/static/vendor/leaflet/leaflet.js" in page and "https://" not in page


def test_map_data_above_the_point_limit_is_cells_of_the_zoom_within_the_box(
    client: TestClient, signed_in: Cookies, incidents: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    placed = [i for i in incidents if i.place and i.place.latitude is not None]
    monkeypatch.setattr(mapdata, "MAX_POINTS", 1)
    reader = _as(client, signed_in("reader"))
    world = reader.get("/map/data?zoom=0").json()
    assert world["points"] == [] and world["on_map"] == len(placed)
    assert world["not_on_map"] == len(incidents) - len(placed)
    assert sum(cell["count"] for cell in world["cells"]) == len(placed)
    near = reader.get("/map/data?zoom=14").json()
    assert len(near["cells"]) > len(world["cells"])
    kharkiv = next(i.place for i in placed if i.place.name == "Kharkiv")
    lon, lat = kharkiv.longitude, kharkiv.latitude
    box = f"{lon - 0.5},{lat - 0.5},{lon + 0.5},{lat + 0.5}"
    boxed = reader.get(f"/map/data?zoom=14&bbox={box}").json()
    inside = [
        i
        for i in placed
        if abs(i.place.latitude - kharkiv.latitude) <= 0.5
        and abs(i.place.longitude - kharkiv.longitude) <= 0.5
    ]
    shown = boxed["on_map"] if "cells" in boxed else len(boxed["points"])
    assert shown == len(inside) < len(placed)
    assert reader.get("/map/data?zoom=near").status_code == 400
    assert reader.get("/map/data?bbox=1,2,3").status_code == 400
    monkeypatch.setattr(mapdata, "MAX_POINTS", 2000)
    assert "cells" not in reader.get("/map/data").json()


def test_timeline_bars_count_dated_incidents(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    html = _get(client, "/timeline", signed_in("reader"))
    totals = [
        int(n) for n in re.findall(r'<g class="bar" data-start="[^"]+" data-total="(\d+)"', html)
    ]
    assert sum(totals) == sum(1 for i in incidents if i.date_start is not None)
    assert re.search(r'<a href="/incidents\?grade=[a-z_]+&amp;from=2026-', html)


# ------------------------------------------------------------------ item pages


def test_incident_page_shows_claims_side_by_side_with_marked_evidence(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    kharkiv = next(i for i in incidents if i.place and i.place.name == "Kharkiv")
    html = _get(client, f"/incidents/{kharkiv.id}", signed_in("reader"))
    cards = re.findall(r'<article class="claim-card[^"]*" id="claim-([0-9a-f]+)"', html)
    assert sorted(cards) == sorted(kharkiv.claim_ids)
    marks = re.findall(r'<mark class="hl-evidence"[^>]*>(.*?)</mark>', html, re.S)
    assert any("central market in Kharkiv" in m for m in marks)
    assert "town or exact location" in html and 'class="mini-map"' in html
    assert "Each source's own figure" in html
    assert html.count('<section class="history">') == len(cards) + 1


def test_unknown_ids_are_404_pages(client: TestClient, signed_in: Cookies) -> None:
    for path in ("/incidents/nope", "/documents/nope", "/actors/Nobody%20At%20All"):
        response = _as(client, signed_in("reader")).get(path)
        assert response.status_code == 404 and "<!doctype html>" in response.text


def test_hostile_document_is_text_everywhere(
    client: TestClient, signed_in: Cookies, web_settings: Settings
) -> None:
    with Store.open(web_settings) as store:
        doc = next(d for d in store.iter_documents() if d.title == HOSTILE_TITLE)
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;html&lt;/b&gt;"
    pages = [
        f"/documents/{doc.id}",
        "/search?q=checkpoint",
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "/incidents?q=%3Cb%3Ehtml%3C/b%3E",
    ]
    for path in pages:
        html = _get(client, path, signed_in("reader"))
        assert "<script>alert" not in html and "<b>html</b>" not in html, path
    document = _get(client, pages[0], signed_in("reader"))
    assert escaped in document
    assert 'href="javascript:' not in document and "javascript:alert(2)" in document
    search = _get(client, pages[1], signed_in("reader"))
    assert escaped in search


def test_document_page_marks_every_kind_of_span(
    client: TestClient, signed_in: Cookies, web_settings: Settings
) -> None:
    with Store.open(web_settings) as store:
        doc = next(d for d in store.iter_documents() if d.title and "Kharkiv market" in d.title)
        claim_ids = {c.id for c in store.claims_for(doc.id)}
    html = _get(client, f"/documents/{doc.id}", signed_in("reader"))
    text = html[html.index('id="doc-text"') : html.index("Claims extracted")]
    kinds = set(re.findall(r'<mark class="hl-([a-z]+)"', text))
    assert {"evidence", "place", "casualty", "date"} <= kinds
    assert set(re.findall(r'href="#claim-([0-9a-f]+)"', text)) <= claim_ids
    assert set(re.findall(r'<tr id="claim-([0-9a-f]+)"', html)) == claim_ids


def test_actor_page_draws_the_sponsor_graph(client: TestClient, signed_in: Cookies) -> None:
    html = _get(client, "/actors/Brenic%20Liberation%20Front", signed_in("reader"))
    assert re.search(r"<title>Kazaria sponsors Brenic Liberation Front: [^<]*\[asserted\]", html)
    assert '<g class="node focus">' in html and "Reported activities" in html
    assert re.search(r'<line class="edge asserted"', html)


def test_search_lists_documents_with_marked_words(client: TestClient, signed_in: Cookies) -> None:
    html = _get(client, "/search?q=Kharkiv", signed_in("reader"))
    assert 'data-documents="2"' in html
    assert "<mark>Kharkiv</mark>" in html


# ------------------------------------------------------------------ pieces


def test_highlight_nests_overlapping_spans_and_escapes() -> None:
    text = "a <b> said 5 died"
    marks = [
        Highlight(0, 17, "evidence", "claim", "#claim-x"),
        Highlight(2, 10, "actor", 'who "quoted"'),
        Highlight(6, 12, "casualty", "toll"),
    ]
    html = str(highlight(text, marks))
    assert html.startswith('<a class="evidence" href="#claim-x">') and html.endswith("</a>")
    assert html.count("<a ") == 1
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert 'title="who &#34;quoted&#34;"' in html
    assert html.count("<mark") == html.count("</mark>")
    plain = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert plain == text


@pytest.mark.postgres
def test_pages_on_postgresql(
    postgres_settings: Settings, store_builder: Callable[[Settings, list[Path]], None]
) -> None:
    store_builder(postgres_settings, [Path(__file__).with_name("reports.jsonl")])
    with Store.open(postgres_settings) as store:
        _info, secret = create_token(store, "reader")
        found = stored_incidents(store)
        doc = next(d for d in store.iter_documents() if d.title == HOSTILE_TITLE)
    cookies = {"warledger_token": secret}
    with TestClient(create_app(postgres_settings)) as pg:
        html = _get(pg, "/incidents", cookies)
        assert sorted(_rows(html)) == sorted(i.id for i, _d in found)
        assert len(_rows(_get(pg, "/incidents?country=UA", cookies))) == 1
        assert _rows(_get(pg, "/incidents?q=markets+central", cookies)) == [kharkiv_id(found)]
        data = _as(pg, cookies).get("/map/data").json()
        assert {p["place"] for p in data["points"]} >= {"Kharkiv", "Aleppo", "Mosul", "Syria"}
        kharkiv = next(i for i, _d in found if i.place and i.place.name == "Kharkiv")
        assert "central market in Kharkiv" in _get(pg, f"/incidents/{kharkiv.id}", cookies)
        document = _get(pg, f"/documents/{doc.id}", cookies)
        assert "<script>alert" not in document and "&lt;script&gt;" in document
        assert 'data-documents="2"' in _get(pg, "/search?q=Kharkiv", cookies)
        assert '<g class="bar"' in _get(pg, "/timeline", cookies)


def kharkiv_id(found: list) -> str:
    return next(i.id for i, _d in found if i.place and i.place.name == "Kharkiv")


@pytest.mark.parametrize("filters", ["", "q=said"])
def test_pages_cover_the_list_once(
    client: TestClient,
    signed_in: Cookies,
    incidents: list,
    monkeypatch: pytest.MonkeyPatch,
    filters: str,
) -> None:
    """Following "Next page" visits every matching incident exactly once (keyset pages in
    SQL, with or without the full-text filter)."""
    from warledger.web import pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 4)
    url: str | None = f"/incidents?{filters}"
    seen: list[str] = []
    while url is not None:
        html = _get(client, url.replace("&amp;", "&"), signed_in("reader"))
        rows = _rows(html)
        assert 0 < len(rows) <= 4
        seen.extend(rows)
        found = re.search(r'<a href="([^"]+)" rel="next">', html)
        url = found.group(1) if found else None
    total = int(re.search(r'data-total="(\d+)"', html).group(1))
    assert len(seen) == len(set(seen)) == total
    if not filters:
        assert sorted(seen) == sorted(i.id for i in incidents)


def test_pages_forbid_inline_scripts(client: TestClient, signed_in: Cookies) -> None:
    client.cookies.clear()
    client.cookies.update(signed_in("reader"))
    policy = client.get("/incidents").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split(";")[1]


def test_revoked_or_garbage_cookies_count_as_anonymous(
    client: TestClient, web_settings: Settings
) -> None:
    with Store.open(web_settings) as store:
        info, secret = create_token(store, "reader", "to revoke")
        assert revoke_token(store, info.id)
    for cookie in (secret, "wl_" + "x" * 500, "not a token"):
        response = _as(client, {"warledger_token": cookie}).get("/", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/login?next=%2F"
        data = _as(client, {"warledger_token": cookie}).get("/map/data", follow_redirects=False)
        assert data.status_code == 303


def test_a_bearer_header_also_signs_pages_in(client: TestClient, tokens: dict[str, str]) -> None:
    client.cookies.clear()
    response = client.get("/timeline", headers={"Authorization": f"Bearer {tokens['analyst']}"})
    assert response.status_code == 200 and '<span class="role role-analyst">' in response.text


def test_sentence_around_takes_the_whole_sentence_of_a_span() -> None:
    text = "First one. The army said shells hit Korvin on Monday. Last one."
    start = text.index("shells")
    lo, hi = sentence_around(text, start, start + len("shells hit Korvin"))
    assert text[lo:hi] == "The army said shells hit Korvin on Monday."
    assert sentence_around("no stop at all", 3, 7) == (0, len("no stop at all"))


def test_pages_load_nothing_from_other_sites(
    client: TestClient, signed_in: Cookies, incidents: list
) -> None:
    """Offline: every script, stylesheet and link of the app's own pages is on this server."""
    kharkiv = next(i for i in incidents if i.place and i.place.name == "Kharkiv")
    for path in ("/incidents", "/map", "/timeline", f"/incidents/{kharkiv.id}", "/search?q=x"):
        html = _get(client, path, signed_in("reader"))
        external = re.findall(r'(?:src|href)="((?:https?:)?//[^"]*)"', html)
        assert external == [], (path, external)
