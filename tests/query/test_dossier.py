"""The actor dossier and the relation graph export, on reports written for these tests.

One store holds three invented reports: an observatory says Qatar sent fighters to
Libya and backs Liwa al-Fajr, which belongs to a coalition; Qatar denies the
transfer and Iran denies sponsoring the group; a third outlet (whose name carries
HTML) says Turkey backs the group. The CLI, the API, the actor page and the GraphML
and GEXF exports are read back and checked against each other.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from warledger.cli import app
from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.server import create_app
from warledger.store import Store
from warledger.store.tokens import create_token

REPORTS = [
    {
        "id": "obs1",
        "outlet": "Coastal Observer",
        "published": "2022-05-10",
        "text": "Qatar has sent fighters of Liwa al-Fajr to Libya, the Observatory said on "
        "Tuesday. The Qatar-backed Liwa al-Fajr fought alongside Jaysh al-Sahel near Sirte. "
        "Liwa al-Fajr is a member of the Southern Front coalition, a local commander said.",
    },
    {
        "id": "den1",
        "outlet": "Gulf Wire",
        "published": "2022-05-12",
        "text": "Qatar denied sending fighters to Libya, a foreign ministry spokesman said on "
        "Thursday. Iran has denied sponsoring Liwa al-Fajr.",
    },
    {
        "id": "old1",
        "outlet": "<b>Bold</b> Times",
        "published": "2019-03-02",
        "text": "Turkey backs Liwa al-Fajr, a regional analyst said.",
    },
]


@pytest.fixture(scope="module")
def dossier_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    root = tmp_path_factory.mktemp("dossier")
    settings = Settings(database_url=f"sqlite:///{root / 'd.db'}", blob_dir=root / "blobs")
    path = root / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    with Store.open(settings) as store, DocumentExtractor(1) as extractor:
        assert ingest(store, [path], None, settings, extractor).failed == 0
    yield settings


def _cli(settings: Settings, *args: str) -> str:
    db = ["--db", settings.database_url, "--blobs", str(settings.blob_dir)]
    result = CliRunner().invoke(app, [*db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_dossier_lists_asserting_and_denying_claimants(dossier_store: Settings) -> None:
    lines = _cli(dossier_store, "actors", "Qatar").splitlines()
    at = lines.index("  Qatar deploys fighters to Libya [contested] 2022-05-10..2022-05-10")
    assert lines[at + 1 : at + 3] == [
        "    asserted by 1: the Observatory",
        "    denied by 1: Qatar",
    ]
    assert lines[at + 3].startswith(
        "    asserted by the Observatory in Coastal Observer, said 2022"
    )
    assert '"Qatar has sent fighters of Liwa al-Fajr to Libya' in lines[at + 3]
    assert lines[at + 4].startswith("    denied by Qatar in Gulf Wire, said 2022-05-12")
    activities = lines[lines.index("reported activities: 6") :]
    assert "  2022-05-10 sender, deploys_fighters_to: Qatar -> Libya" in activities
    assert "  2022-05-10 sponsor, sponsors: Qatar -> Liwa al-Fajr" in activities
    at = activities.index("  2022-05-12 sender, deploys_fighters_to: Qatar -> Libya")
    assert activities[at + 1].startswith("    denied by Qatar in Gulf Wire")


def test_cli_dossier_filters_by_predicate_and_period(dossier_store: Settings) -> None:
    fajr = _cli(dossier_store, "actors", "Liwa al-Fajr", "--predicate", "sponsors")
    assert "relations (sponsors): 3" in fajr
    assert "  Iran sponsors Liwa al-Fajr [denied]" in fajr
    assert "    denied by 1: Iran" in fajr
    assert "allied with" not in fajr.split("reported activities")[0]
    old = _cli(
        dossier_store, "actors", "Liwa al-Fajr", "--from", "2019-01-01", "--to", "2019-12-31"
    )
    relations = old.split("reported activities")[0]
    assert "Turkey sponsors Liwa al-Fajr [asserted]" in relations
    assert "Qatar" not in relations and "Iran" not in relations


def _reader(settings: Settings) -> dict[str, str]:
    with Store.open(settings) as store:
        _info, secret = create_token(store, "reader", "dossier test")
    return {"Authorization": f"Bearer {secret}"}


def test_api_and_page_show_claimants_and_filter(dossier_store: Settings) -> None:
    headers = _reader(dossier_store)
    with TestClient(create_app(dossier_store)) as client:
        page = client.get(
            "/api/actors/Qatar", params={"predicate": "deploys_fighters_to"}, headers=headers
        )
        assert page.status_code == 200, page.text
        body = page.json()
        [edge] = body["relations"]
        assert (edge["object_name"], edge["status"]) == ("Libya", "contested")
        assert (edge["asserted_by"], edge["denied_by"]) == (["the Observatory"], ["Qatar"])
        assert {a["role"] for a in body["activities"]} >= {"sender", "sponsor"}
        bad = client.get(
            "/api/actors/Qatar", params={"from": "2022-06-01", "to": "2022-01-01"}, headers=headers
        )
        assert bad.status_code == 400
        client.cookies.set("warledger_token", headers["Authorization"].split()[1])
        html = client.get("/actors/Liwa%20al-Fajr", params={"predicate": "sponsors"}).text
        rows = re.findall(r"<tr><td>.*?</tr>", html, flags=re.S)
        assert len(rows) == 3
        iran = next(r for r in rows if "Iran" in r)
        assert "<strong>denied by 1:</strong>" in iran and "asserted by" not in iran
        assert "said 2022-05-12" in iran and "Iran has denied sponsoring Liwa al-Fajr" in iran
        assert "&lt;b&gt;Bold&lt;/b&gt; Times" in html and "<b>Bold</b>" not in html
        assert '<option value="sponsors" selected>' in html
        in_2019 = client.get(
            "/actors/Liwa%20al-Fajr", params={"from": "2019-01-01", "to": "2019-12-31"}
        )
        rows_2019 = re.findall(r"<tr><td>.*?</tr>", in_2019.text, flags=re.S)
        assert len(rows_2019) == 1 and "Turkey" in rows_2019[0]
        assert client.get("/actors/Qatar", params={"predicate": "likes"}).status_code == 400
        client.cookies.clear()
        graphml = client.get("/api/export.graphml", headers=headers)
        assert graphml.status_code == 200
        assert graphml.headers["content-type"].startswith("application/graphml+xml")
        graph = nx.read_graphml(io.BytesIO(graphml.content), force_multigraph=True)
        assert graph.get_edge_data("state:IRN", "new:liwa-al-fajr")["sponsors"]["status"] == (
            "denied"
        )


def test_export_graph_reads_back_in_networkx(dossier_store: Settings, tmp_path: Path) -> None:
    out = tmp_path / "relations.graphml"
    _cli(dossier_store, "export", "--format", "graph", "-o", str(out))
    graph = nx.read_graphml(out, force_multigraph=True)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.nodes["state:QAT"]["label"] == "Qatar"
    assert graph.nodes["state:QAT"]["kind"] == "state"
    sent = graph.get_edge_data(
        "state:QAT", next(n for n in graph if graph.nodes[n]["label"] == "Libya")
    )
    assert sent is not None
    edge = sent["deploys_fighters_to"]
    assert (edge["status"], edge["asserted_by"], edge["denied_by"]) == (
        "contested",
        "the Observatory",
        "Qatar",
    )
    assert (edge["n_asserting"], edge["n_denying"]) == (1, 1)
    assert len(edge["claim_ids"].split()) == 2
    fajr = next(n for n in graph if graph.nodes[n]["label"] == "Liwa al-Fajr")
    sponsors = {
        u: d["status"]
        for u, _, k, d in graph.in_edges(fajr, keys=True, data=True)
        if k == "sponsors"
    }
    assert sponsors == {"state:QAT": "asserted", "state:TUR": "asserted", "state:IRN": "denied"}
    assert graph.get_edge_data("state:TUR", fajr)["sponsors"]["valid_from"] == "2019-03-02"
    gexf = tmp_path / "relations.gexf"
    _cli(dossier_store, "export", "--format", "gexf", "-o", str(gexf))
    again = nx.read_gexf(gexf)
    assert again.number_of_edges() == graph.number_of_edges()
    assert {again.nodes[n]["label"] for n in again} == {graph.nodes[n]["label"] for n in graph}


def test_export_graph_refuses_incidents(dossier_store: Settings) -> None:
    db = ["--db", dossier_store.database_url, "--blobs", str(dossier_store.blob_dir)]
    result = CliRunner().invoke(app, [*db, "export", "--format", "graph", "--what", "incidents"])
    assert result.exit_code == 2
    assert "relations export as --format graph or gexf" in result.output
