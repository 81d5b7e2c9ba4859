"""The review queue over HTTP (TestClient): who may see and write, what a decision writes
(one ledger entry, shown in the item's history) and what a refused form does (nothing).

The store is filled by hand with invented reports, so each test knows exactly which
claims, incident and actor merge exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warledger.config import Settings
from warledger.model import (
    ActorMention,
    CasualtyFigure,
    Claim,
    DateMention,
    Document,
    Event,
    Grade,
    Incident,
    PloverType,
    Review,
    ReviewAction,
    Side,
    Span,
    Stance,
    content_hash,
)
from warledger.server import create_app
from warledger.store import Store
from warledger.store.actors import append_merges
from warledger.store.engine import IN_CHUNK
from warledger.store.excerpt import Piece, evidence_pieces
from warledger.store.history import history_of, review_entry
from warledger.store.incidents import save_incidents
from warledger.store.review_queue import claim_items
from warledger.store.schema import reviews
from warledger.store.tokens import create_token
from warledger.web.review_form import ReviewFormError, Submitted, analyst_name, parse_review

HARBOUR_REPORT = (
    "Officials in Kessa said militia gunners shelled the fish market in Varn on Monday, "
    "killing 4 people. The <b>militia</b> denied it."
)
RIVER_REPORT = (
    "Shelling hit the market in Varn on Monday and 5 people were killed, according to "
    "medics. A <script>alert('x')</script> banner was hung over the bridge."
)
HILL_REPORT = "Ferry crews in Dunmar staged a strike on Friday over unpaid wages."


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    shelling: str
    medics: str
    denial: str
    strike: str
    incident: str
    merge: str


def _span(doc_id: str, text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase, document_id=doc_id)


def _document(store: Store, text: str, outlet: str) -> str:
    raw = text.encode("utf-8")
    doc_id = content_hash(raw)
    store.add_document(Document(id=doc_id, text=text, outlet=outlet), raw)
    return doc_id


def _event_claim(doc_id: str, text: str, content: str, trigger: str, **extra: object) -> Claim:
    span = _span(doc_id, text, content)
    event = Event(type=PloverType.ASSAULT, mode="shelling", trigger=_span(doc_id, text, trigger))
    event = event.model_copy(update=extra)
    return Claim(
        id=Claim.make_id(doc_id, span, trigger),
        document_id=doc_id,
        content=span,
        proposition=event,
        claimant_is_outlet=True,
    )


def fill(settings: Settings) -> Loaded:
    """Three reports, four claims, one two-claim incident and one actor merge."""
    with Store.open(settings) as store:
        harbour = _document(store, HARBOUR_REPORT, "Harbour Post")
        river = _document(store, RIVER_REPORT, "River Courier")
        hill = _document(store, HILL_REPORT, "Hill Gazette")
        shelling = _event_claim(
            harbour,
            HARBOUR_REPORT,
            "militia gunners shelled the fish market in Varn on Monday, killing 4 people",
            "shelled",
            casualties=[
                CasualtyFigure(
                    span=_span(harbour, HARBOUR_REPORT, "killing 4 people"), low=4, high=4
                )
            ],
        ).model_copy(
            update={
                "claimant": ActorMention(
                    span=_span(harbour, HARBOUR_REPORT, "Officials in Kessa"),
                    name="Officials in Kessa",
                    label="SOURCE",
                ),
                "claimant_is_outlet": False,
                "cue": _span(harbour, HARBOUR_REPORT, "said"),
            }
        )
        denial = _event_claim(harbour, HARBOUR_REPORT, "The <b>militia</b> denied it", "denied")
        denial = denial.model_copy(update={"stance": Stance.DENIED})
        medics = _event_claim(
            river,
            RIVER_REPORT,
            "Shelling hit the market in Varn on Monday and 5 people were killed",
            "Shelling",
        )
        strike = _event_claim(
            hill,
            HILL_REPORT,
            "Ferry crews in Dunmar staged a strike on Friday over unpaid wages",
            "strike",
            type=PloverType.PROTEST,
            mode=None,
            date=DateMention(span=_span(hill, HILL_REPORT, "Friday")),
        )
        store.add_claims(harbour, [shelling, denial], {"test": "1"})
        store.add_claims(river, [medics], {"test": "1"})
        store.add_claims(hill, [strike], {"test": "1"})
        incident = Incident(
            id="inc0000000000000000000a1",
            claim_ids=sorted([shelling.id, medics.id]),
            type=PloverType.ASSAULT,
            mode="shelling",
            n_claims=2,
            n_sources=2,
            sides=[Side.UNKNOWN],
            grade=Grade.CONTESTED,
            reasons=["one source says 4 killed, another 5"],
        )
        save_incidents(store, [(incident, {})], {})
        merge_id = "merge00000000000000000a1"
        details = {
            "merged": ["new:varn-militia"],
            "canonical": "new:kessa-militia",
            "reason": "'Varn militia' ~ 'Kessa militia': <i>same</i> commander",
        }
        append_merges(store, [(merge_id, details)])
    return Loaded(settings, shelling.id, medics.id, denial.id, strike.id, incident.id, merge_id)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    root = tmp_path_factory.mktemp("review")
    return fill(Settings(database_url=f"sqlite:///{root / 'r.db'}", blob_dir=root / "blobs"))


@pytest.fixture(scope="module")
def client(loaded: Loaded) -> Iterator[TestClient]:
    with TestClient(create_app(loaded.settings)) as test_client:
        yield test_client


def _headers(settings: Settings, role: str, label: str = "") -> dict[str, str]:
    with Store.open(settings) as store:
        _info, secret = create_token(store, role, label or f"test {role}")
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture(scope="module")
def analyst(loaded: Loaded) -> dict[str, str]:
    return _headers(loaded.settings, "analyst", "Dana <Reviewer>")


@pytest.fixture(scope="module")
def reader(loaded: Loaded) -> dict[str, str]:
    return _headers(loaded.settings, "reader")


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found, "the page has no review form with a CSRF value"
    return found.group(1)


def _ledger_size(settings: Settings) -> tuple[int, int]:
    with Store.open(settings) as store:
        stats = store.stats()
    return stats["ledger_entries"], stats["reviews"]


def _history(page: str) -> str:
    found = re.search(r'<section class="history">.*?</section>', page, re.S)
    assert found, "the page shows no history"
    return found.group(0)


def _post(
    client: TestClient, headers: dict[str, str], form: dict[str, object], page: str = "/review"
) -> object:
    csrf = _csrf(client.get(page, headers=headers).text)
    return client.post(
        "/review", headers=headers, data={"csrf": csrf, **form}, follow_redirects=False
    )


# --------------------------------------------------------------------- access


def test_anonymous_visitor_is_sent_to_sign_in(client: TestClient) -> None:
    response = client.get("/review?tab=merges", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Freview%3Ftab%3Dmerges"


def test_public_read_does_not_open_the_queue(loaded: Loaded) -> None:
    with TestClient(create_app(loaded.settings, public_read=True)) as public:
        response = public.get("/review", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login")
        posted = public.post(
            "/review",
            data={"target_kind": "claim", "target_id": loaded.strike, "action": "reject"},
            follow_redirects=False,
        )
        assert posted.status_code == 303 and posted.headers["location"].startswith("/login")


def test_reader_may_not_see_the_queue_or_review(
    client: TestClient, loaded: Loaded, reader: dict[str, str], analyst: dict[str, str]
) -> None:
    denied = client.get("/review", headers=reader)
    assert denied.status_code == 403
    assert "This page needs the analyst role" in denied.text
    assert 'class="review-form"' not in denied.text
    assert client.get(f"/review/claim/{loaded.shelling}", headers=reader).status_code == 403
    before = _ledger_size(loaded.settings)
    csrf = _csrf(client.get("/review", headers=analyst).text)
    response = client.post(
        "/review",
        headers=reader,
        data={
            "csrf": csrf,
            "target_kind": "claim",
            "target_id": loaded.shelling,
            "action": "reject",
        },
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert _ledger_size(loaded.settings) == before


def test_a_wrong_csrf_value_is_refused(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    before = _ledger_size(loaded.settings)
    response = client.post(
        "/review",
        headers=analyst,
        data={
            "csrf": "0" * 64,
            "target_kind": "claim",
            "target_id": loaded.shelling,
            "action": "accept",
        },
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert "CSRF value does not match" in response.text and "<main>" in response.text
    assert _ledger_size(loaded.settings) == before


# ---------------------------------------------------------------------- queue


def test_claim_queue_lists_contested_claims_first_with_marked_evidence(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    page = client.get("/review?status=all", headers=analyst).text
    order = [m.group(1) for m in re.finditer(r'data-claim-id="([0-9a-f]+)"', page)]
    assert sorted(order) == sorted([loaded.shelling, loaded.medics, loaded.denial, loaded.strike])
    # both claims of the contested incident come before the two that are in no incident
    assert set(order[:2]) == {loaded.shelling, loaded.medics}
    assert (
        '<mark class="hl-actor">Officials in Kessa</mark> <mark class="hl-cue">said</mark> '
        '<mark class="hl-evidence">militia gunners shelled the fish market in Varn on Monday, '
        "killing 4 people</mark>." in page
    )
    assert "Harbour Post" in page and "River Courier" in page
    # document text is shown as text
    assert "<b>militia</b>" not in page and "&lt;b&gt;militia&lt;/b&gt;" in page
    assert "<script>alert" not in page


def test_merge_and_incident_tabs_show_what_is_reviewed(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    merges = client.get("/review?tab=merges&status=all", headers=analyst).text
    # a decision brings the analyst back to the same tab
    assert 'name="return_to" value="/review?tab=merges&amp;status=all"' in merges
    assert loaded.merge in merges
    assert "new:varn-militia" in merges and "new:kessa-militia" in merges
    assert "&lt;i&gt;same&lt;/i&gt; commander" in merges
    assert 'name="action" value="correct"' not in merges  # a merge is accepted or rejected
    incidents = client.get("/review?tab=incidents&status=all", headers=analyst).text
    assert loaded.incident in incidents
    boxes = re.findall(r'name="remove_claim_ids" value="([0-9a-f]+)"', incidents)
    assert sorted(boxes) == sorted([loaded.shelling, loaded.medics])
    assert "one source says 4 killed, another 5" in incidents


@pytest.mark.parametrize(
    "query",
    ["tab=nope", "status=done", "page=0", "page=abc", "page=99999999999999999999", "tab=%3Cb%3E"],
)
def test_bad_queue_parameters_get_a_400_page(
    client: TestClient, analyst: dict[str, str], query: str
) -> None:
    response = client.get(f"/review?{query}", headers=analyst)
    assert response.status_code == 400
    assert "<b>" not in response.text
    assert "use one of" in response.text or "must be a whole number from 1" in response.text


def test_a_notice_for_anything_but_a_review_is_not_shown(
    client: TestClient, analyst: dict[str, str]
) -> None:
    for recorded in ("abc", "1", "-4", "9" * 30):
        page = client.get(f"/review?recorded={recorded}", headers=analyst)
        assert page.status_code == 200
        assert 'id="flash"' not in page.text


def test_unknown_item_is_a_404_page(client: TestClient, analyst: dict[str, str]) -> None:
    response = client.get("/review/claim/ffffffffffffffffffffffff", headers=analyst)
    assert response.status_code == 404
    assert "no claim has id" in response.text


# ------------------------------------------------------------------ decisions


def test_rejecting_a_claim_appends_one_ledger_entry_shown_in_its_history(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    entries, reviewed = _ledger_size(loaded.settings)
    response = _post(
        client,
        analyst,
        {
            "target_kind": "claim",
            "target_id": loaded.denial,
            "action": "reject",
            "note": "a <script>alert(1)</script> denial, not an attack",
            "return_to": "/review?tab=claims",
        },
    )
    assert response.status_code == 303
    seq = entries + 1
    assert response.headers["location"] == f"/review?tab=claims&recorded={seq}"
    assert _ledger_size(loaded.settings) == (entries + 1, reviewed + 1)
    with Store.open(loaded.settings) as store:
        entry = next(iter(store.ledger(entries)))
    assert (entry.seq, entry.kind, entry.subject_id) == (seq, "review", loaded.denial)
    assert entry.details["action"] == "reject"

    after = client.get(response.headers["location"], headers=analyst).text
    assert f'#ledger-{seq}">#{seq}</a>' in after
    assert "Dana &lt;Reviewer&gt;" in after and "rejected" in after
    assert f'data-claim-id="{loaded.denial}"' not in after  # no longer open

    item = client.get(f"/review/claim/{loaded.denial}", headers=analyst).text
    history = _history(item)
    assert f'id="ledger-{seq}"' in history and f"#{seq}" in history
    assert "rejected" in history and "No review yet" not in history
    assert "&lt;script&gt;alert(1)&lt;/script&gt; denial" in history
    assert "<script>alert(1)" not in item
    reviewed_tab = client.get("/review?status=reviewed", headers=analyst).text
    assert f'data-claim-id="{loaded.denial}"' in reviewed_tab
    assert "by Dana &lt;Reviewer&gt;" in reviewed_tab and f"(#{seq})" in reviewed_tab


def test_a_correction_is_recorded_typed_and_shown(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    page = f"/review/claim/{loaded.medics}"
    response = _post(
        client,
        analyst,
        {
            "target_kind": "claim",
            "target_id": loaded.medics,
            "action": "correct",
            "killed": "6",
            "event_type": "assault",
            "date": "2026-03-09",
            "mode": "",
            "return_to": page,
        },
        page,
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"{page}?recorded=")
    with Store.open(loaded.settings) as store, store.engine.connect() as conn:
        row = conn.execute(reviews.select().where(reviews.c.target_id == loaded.medics)).one()
    assert row.correction == {"killed": 6, "event_type": "ASSAULT", "date": "2026-03-09"}
    history = _history(client.get(page, headers=analyst).text)
    assert "corrected" in history
    assert "<dt>killed</dt><dd>6</dd>" in history and "<dt>date</dt><dd>2026-03-09</dd>" in history


def test_incident_and_merge_decisions(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    removed = _post(
        client,
        analyst,
        {
            "target_kind": "incident",
            "target_id": loaded.incident,
            "action": "correct",
            "remove_claim_ids": loaded.medics,
            "note": "another day",
        },
    )
    assert removed.status_code == 303
    accepted = _post(
        client,
        analyst,
        {"target_kind": "actor_merge", "target_id": loaded.merge, "action": "accept"},
    )
    assert accepted.status_code == 303
    incident_history = _history(
        client.get(f"/review/incident/{loaded.incident}", headers=analyst).text
    )
    assert f"<dt>remove_claim_ids</dt><dd>{loaded.medics}</dd>" in incident_history
    merge_history = _history(
        client.get(f"/review/actor_merge/{loaded.merge}", headers=analyst).text
    )
    # the merge's own ledger entry, then the review accepting it
    assert merge_history.index("merged new:varn-militia into new:kessa-militia") < (
        merge_history.index("accepted")
    )


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"action": "correct", "killed": "-3"}, "killed takes a whole number"),
        ({"action": "correct", "killed": "many"}, "killed takes a whole number"),
        ({"action": "correct", "event_type": "BOMBING"}, "event_type takes a PLOVER type"),
        ({"action": "correct", "date": "2026-13-01"}, "date takes an ISO date"),
        ({"action": "correct", "colour": "red"}, "field &#39;colour&#39; is not part of"),
        ({"action": "correct"}, "needs a correction"),
        ({"action": "reject", "killed": "3"}, "only a correct review carries a correction"),
        ({"action": "approve"}, "action &#39;approve&#39; is unknown"),
        ({"action": "accept", "note": "x" * 10_001}, "keep it under 10,000"),
    ],
)
def test_a_refused_claim_review_comes_back_with_the_reason_and_writes_nothing(
    client: TestClient,
    loaded: Loaded,
    analyst: dict[str, str],
    form: dict[str, str],
    message: str,
) -> None:
    before = _ledger_size(loaded.settings)
    response = _post(client, analyst, {"target_kind": "claim", "target_id": loaded.strike, **form})
    assert response.status_code == 400
    error = re.search(r'id="review-error">(.*?)</p>', response.text, re.S)
    assert error and message in error.group(1)
    assert f'data-claim-id="{loaded.strike}"' in response.text  # the form is shown again
    assert _ledger_size(loaded.settings) == before


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (
            {
                "target_kind": "actor_merge",
                "target_id": "merge00000000000000000a1",
                "action": "correct",
            },
            "can only be accepted or rejected",
        ),
        (
            {
                "target_kind": "actor_merge",
                "target_id": "merge00000000000000000a1",
                "action": "accept",
                "killed": "2",
            },
            "no correction fields",
        ),
        (
            {
                "target_kind": "incident",
                "target_id": "inc0000000000000000000a1",
                "action": "correct",
                "remove_claim_ids": "ffffffffffffffffffffffff",
            },
            "not a member of incident",
        ),
        (
            {"target_kind": "claim", "target_id": "ffffffffffffffffffffffff", "action": "accept"},
            "no claim has id",
        ),
        (
            {"target_kind": "planet", "target_id": "x", "action": "accept"},
            "target_kind &#39;planet&#39; is unknown",
        ),
    ],
)
def test_refused_reviews_of_other_items(
    client: TestClient,
    loaded: Loaded,
    analyst: dict[str, str],
    form: dict[str, str],
    message: str,
) -> None:
    before = _ledger_size(loaded.settings)
    response = _post(client, analyst, form)
    assert response.status_code == 400
    assert message in response.text
    assert _ledger_size(loaded.settings) == before


def test_return_to_never_leaves_the_review_pages(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    response = _post(
        client,
        analyst,
        {
            "target_kind": "claim",
            "target_id": loaded.strike,
            "action": "accept",
            "return_to": "//evil.example/review",
        },
    )
    assert response.status_code == 303
    assert re.fullmatch(r"/review\?recorded=\d+", response.headers["location"])


# ------------------------------------------------------------------ databases


def test_review_round_trip_on_both_databases(settings: Settings) -> None:
    loaded = fill(settings)
    with TestClient(create_app(settings)) as client:
        headers = _headers(settings, "analyst", "pg check")
        response = _post(
            client,
            headers,
            {
                "target_kind": "claim",
                "target_id": loaded.shelling,
                "action": "correct",
                "injured": "2",
                "note": "hospital list",
            },
        )
        assert response.status_code == 303
        seq = int(response.headers["location"].rsplit("=", 1)[1])
        page = client.get(f"/review/claim/{loaded.shelling}", headers=headers).text
        assert f'id="ledger-{seq}"' in page and "<dt>injured</dt><dd>2</dd>" in page
        queue = client.get("/review", headers=headers).text
        order = re.findall(r'data-claim-id="([0-9a-f]+)"', queue)
        # the reviewed claim has left the open queue; its contested partner leads it
        assert loaded.shelling not in order
        assert order[0] == loaded.medics and len(order) == 3
    with Store.open(settings) as store:
        report = store.verify()
    assert report.ok, report.problems  # the decision was appended, nothing was edited


# ------------------------------------------------- history, evidence and form


@pytest.fixture
def fresh(tmp_path: Path) -> Loaded:
    return fill(Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}", blob_dir=tmp_path / "b"))


def test_history_lists_every_entry_of_an_item_oldest_first(fresh: Loaded) -> None:
    with Store.open(fresh.settings) as store:
        first = store.add_review(
            Review(
                target_kind="claim",
                target_id=fresh.strike,
                action=ReviewAction.REJECT,
                analyst="a",
                note="not an attack",
            )
        )
        second = store.add_review(
            Review(
                target_kind="claim",
                target_id=fresh.strike,
                action=ReviewAction.CORRECT,
                analyst="b",
                correction={"killed": 0},
            )
        )
        merge_review = store.add_review(
            Review(
                target_kind="actor_merge",
                target_id=fresh.merge,
                action=ReviewAction.REJECT,
                analyst="c",
            )
        )
        # more ids than one IN list takes, with the real ones in different chunks
        padding = [f"unknown-{n}" for n in range(IN_CHUNK * 2)]
        ids = [fresh.strike, *padding, fresh.merge, fresh.shelling]
        found = history_of(store, ids)
        assert set(found) == set(ids)
        assert [(i.seq, i.action, i.analyst) for i in found[fresh.strike]] == [
            (first.seq, "reject", "a"),
            (second.seq, "correct", "b"),
        ]
        assert found[fresh.strike][0].note == "not an attack"
        assert found[fresh.strike][1].correction == {"killed": 0}
        assert found[fresh.strike][1].hash == second.hash
        merge = found[fresh.merge]
        assert [(i.kind, i.action) for i in merge] == [("actor_merge", None), ("review", "reject")]
        assert merge[0].note.startswith("merged new:varn-militia into new:kessa-militia: ")
        assert merge[1].seq == merge_review.seq
        assert found[fresh.shelling] == [] and found["unknown-7"] == []
        assert review_entry(store, second.seq) == ("claim", fresh.strike, found[fresh.strike][1])
        assert review_entry(store, merge[0].seq) is None  # a merge entry is not a review
        assert review_entry(store, 10**9) is None


def test_evidence_is_the_sentence_with_claimant_cue_and_content_marked(fresh: Loaded) -> None:
    with Store.open(fresh.settings) as store:
        item = claim_items(store, [fresh.shelling])[0]
        assert item.evidence == [
            Piece("Officials in Kessa", "actor"),
            Piece(" "),
            Piece("said", "cue"),
            Piece(" "),
            Piece(
                "militia gunners shelled the fish market in Varn on Monday, killing 4 people",
                "evidence",
            ),
            Piece("."),
        ]
        denial = claim_items(store, [fresh.denial])[0]
        # the second sentence alone, its markup kept as text for the template to escape
        assert "".join(p.text for p in denial.evidence) == "The <b>militia</b> denied it."
        assert HARBOUR_REPORT.endswith("".join(p.text for p in denial.evidence))
        with store.engine.connect() as conn:
            moved = item.claim.model_copy(
                update={"content": item.claim.content.model_copy(update={"start": 1})}
            )
            # spans that do not match the stored text fall back to the claim's own words
            assert evidence_pieces(conn, moved) == [Piece(item.claim.content.text, "evidence")]


def test_form_parsing_names_the_bad_field() -> None:
    form = Submitted(
        {
            "target_kind": ["claim"],
            "target_id": ["abc"],
            "action": ["correct"],
            "killed": [" 12 "],
            "mode": [""],
            "event_type": ["assault"],
        }
    )
    parsed = parse_review(form, "x")
    assert parsed.review.correction == {"killed": 12, "event_type": "ASSAULT"}
    twice = Submitted({**form.values, "killed": ["1", "2"]})
    with pytest.raises(ReviewFormError, match="'killed' was sent 2 times"):
        parse_review(twice, "x")
    with pytest.raises(ReviewFormError, match="'remove_claim_ids' is not part of a claim"):
        parse_review(Submitted({**form.values, "remove_claim_ids": ["a"]}), "x")
    assert analyst_name("t1", "  Dana   R  ") == "Dana R (t1)"
    assert analyst_name("t1", "") == "t1"
    assert len(analyst_name("t1", "x" * 500)) == 200


def test_a_long_non_ascii_note_fits_and_an_oversized_form_is_refused(
    client: TestClient, loaded: Loaded, analyst: dict[str, str]
) -> None:
    note = "ü" * 10_000  # the longest note, 60 kB once URL-encoded
    response = _post(
        client,
        analyst,
        {"target_kind": "claim", "target_id": loaded.medics, "action": "accept", "note": note},
    )
    assert response.status_code == 303
    before = _ledger_size(loaded.settings)
    oversized = _post(
        client,
        analyst,
        {
            "target_kind": "claim",
            "target_id": loaded.medics,
            "action": "accept",
            "padding": "x" * 300_000,
        },
    )
    assert oversized.status_code == 400 and "the form is over" in oversized.text
    assert _ledger_size(loaded.settings) == before
