"""The relation graph and ``warledger actors`` on reports written for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.kb import load_kb
from warledger.model import Place, PlaceMention, Span, Stance
from warledger.resolve.activities import activities_of
from warledger.resolve.actors import ActorIndex, resolve_actors
from warledger.resolve.relations import RelationGraph, resolve_place
from warledger.store import Store

EARLY = {
    "id": "e1",
    "outlet": "Levant Monitor",
    "published": "2021-03-03",
    "text": "Jaysh al-Sahel fighters shelled Kafr Zita on Monday, killing three civilians. "
    "Qatar backs Liwa al-Fajr, the Observatory said.",
}
LATE = {
    "id": "l1",
    "outlet": "Damascus Daily",
    "published": "2021-03-05",
    "text": "Turkey has been funding the Fajr Brigade since 2019, a Kurdish official told "
    "reporters. Iran has denied sponsoring Liwa al-Fajr.",
}


def write_reports(folder: Path, name: str, records: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ingest_reports(store: Store, settings: Settings, path: Path) -> None:
    with DocumentExtractor(1) as extractor:
        assert ingest(store, [path], None, settings, extractor).failed == 0


@pytest.fixture
def stored(settings: Settings, tmp_path: Path) -> Iterator[tuple[Store, datetime]]:
    """A store with the early report, then (after the returned instant) the late one."""
    with Store.open(settings) as store:
        ingest_reports(store, settings, write_reports(tmp_path, "early", [EARLY]))
        between = datetime.now(UTC)
        ingest_reports(store, settings, write_reports(tmp_path, "late", [LATE]))
        resolve_actors(store)
        yield store, between


def test_graph_says_who_sponsors_whom_according_to_whom(
    stored: tuple[Store, datetime],
) -> None:
    store, _ = stored
    index = ActorIndex.load(store)
    fajr = index.canonical("new:fajr-brigade")
    assert fajr == "new:liwa-al-fajr"
    edges = {
        (e.subject_id, e.predicate, e.object_id): e
        for e in RelationGraph.build(store, index).relations_of(fajr)
    }
    qatar = edges[("state:QAT", "sponsors", fajr)]
    assert qatar.status == "asserted"
    [source] = qatar.sources
    assert (source.claimant, source.outlet, source.said_at) == (
        "the Observatory",
        "Levant Monitor",
        date(2021, 3, 3),
    )
    assert source.evidence == "Qatar backs Liwa al-Fajr"
    turkey = edges[("state:TUR", "sponsors", fajr)]
    assert turkey.object_name == "Liwa al-Fajr"  # claimed of the "Fajr Brigade", merged
    assert turkey.sources[0].claimant == "a Kurdish official"
    assert turkey.period[0] == date(2019, 1, 1)
    as_subject = RelationGraph.build(store, index).relations_of("state:QAT")
    assert [(e.predicate, e.object_id) for e in as_subject] == [("sponsors", fajr)]
    iran = edges[("state:IRN", "sponsors", fajr)]
    assert iran.status == "denied"
    assert iran.supporting == []
    assert [s.stance for s in iran.denying] == [Stance.DENIED]


def test_as_of_leaves_out_claims_stored_later(stored: tuple[Store, datetime]) -> None:
    store, between = stored
    index = ActorIndex.load(store, as_of=between)
    fajr = index.canonical("new:liwa-al-fajr")
    edges = RelationGraph.build(store, index, as_of=between).relations_of(fajr)
    assert [(e.subject_id, e.predicate) for e in edges] == [("state:QAT", "sponsors")]
    assert index.canonical("new:fajr-brigade") == "new:fajr-brigade"  # merged later
    assert store.verify().ok


def test_valid_period_filters_by_when_the_relation_held(
    stored: tuple[Store, datetime],
) -> None:
    store, _ = stored
    index = ActorIndex.load(store)
    graph = RelationGraph.build(store, index)
    in_2019 = graph.relations_of(
        "new:liwa-al-fajr", valid_in=(date(2019, 1, 1), date(2019, 12, 31))
    )
    assert [e.subject_id for e in in_2019] == ["state:TUR"]
    assert (
        graph.relations_of("new:liwa-al-fajr", valid_in=(date(2010, 1, 1), date(2010, 12, 31)))
        == []
    )


def test_activities_name_the_actor_as_initiator(stored: tuple[Store, datetime]) -> None:
    store, _ = stored
    index = ActorIndex.load(store)
    shelling = [
        a
        for a in activities_of(store, index, "new:jaysh-al-sahel")
        if a.role == "initiator" and a.mode == "shelling"
    ]
    assert len(shelling) == 1
    assert shelling[0].type == "ASSAULT"
    assert shelling[0].source.start == date(2021, 3, 1)


def test_cli_actors_prints_identity_relations_and_activities(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    path = write_reports(tmp_path / "in", "all", [EARLY, LATE])
    assert runner.invoke(app, ["--db", db, "ingest", str(path)]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "actors", "--resolve", "Fajr Brigade"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "Liwa al-Fajr [new:liwa-al-fajr] (discovered in text)" in lines
    assert "aliases: Fajr Brigade" in lines
    assert "  Qatar sponsors Liwa al-Fajr [asserted] 2021-03-03..2021-03-03" in lines
    assert (
        "    asserted by the Observatory in Levant Monitor, said 2021-03-03: "
        '"Qatar backs Liwa al-Fajr"'
    ) in lines
    assert "  Iran sponsors Liwa al-Fajr [denied] 2021-03-05..2021-03-05" in lines
    in_2019 = runner.invoke(
        app, ["--db", db, "actors", "Liwa al-Fajr", "--from", "2019-01-01", "--to", "2019-12-31"]
    )
    assert "relations, valid 2019-01-01 to 2019-12-31: 1" in in_2019.output
    assert "Turkey sponsors Liwa al-Fajr [asserted]" in in_2019.output
    assert "Qatar" not in in_2019.output
    listed = runner.invoke(app, ["--db", db, "actors", "--list", "--limit", "3"])
    assert listed.exit_code == 0
    assert "Liwa al-Fajr [new:liwa-al-fajr] (armed_group)" in listed.output
    early = runner.invoke(app, ["--db", db, "actors", "Nusra", "--as-of", "2000-01-01"])
    assert "Jabhat al-Nusra [group:nusra] (knowledge base)" in early.output
    assert "relations as known at 2000-01-01T00:00:00+00:00: 0" in early.output
    assert runner.invoke(app, ["--db", db, "verify"]).exit_code == 0


def test_cli_actors_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    bad_time = runner.invoke(app, ["--db", db, "actors", "Nusra", "--as-of", "last week"])
    assert bad_time.exit_code == 2
    assert "--as-of 'last week' is not an ISO date" in bad_time.output
    bad_date = runner.invoke(app, ["--db", db, "actors", "Nusra", "--from", "2019-13-01"])
    assert bad_date.exit_code == 2
    assert "--from '2019-13-01' is not an ISO date" in bad_date.output
    unknown = runner.invoke(app, ["--db", db, "actors", "Zzyzx Qwerty"])
    assert unknown.exit_code == 2
    assert "no actor is called 'Zzyzx Qwerty'" in unknown.output


def test_a_destination_the_knowledge_base_knows_as_a_state_is_that_actor() -> None:
    """Fighters sent "to Nagorno-Karabakh" (a place to the gazetteer) reach the node of
    the claims that name it "Artsakh", shown by its knowledge-base name; a town the
    knowledge base does not know stays a place node."""
    index = ActorIndex(load_kb(), {}, [])
    span = Span(start=0, end=16, text="Nagorno-Karabakh")
    region = PlaceMention(span=span, place=Place(name="Nagorno-Karabakh"))
    assert resolve_place(region, index) == ("state:ARTSAKH", "Nagorno-Karabakh")
    town = PlaceMention(span=Span(start=0, end=4, text="Gadrut"), place=Place(name="Hadrut"))
    assert resolve_place(town, index) == ("place:hadrut", "Hadrut")


def test_cli_actors_shows_the_words_of_a_date_no_day_resolves(tmp_path: Path) -> None:
    """A report with no publication date: "On May 3" names no year, so the transfer is
    undated, but the actor page still shows the words that date it."""
    db = str(tmp_path / "undated.db")
    report = {
        "id": "u1",
        "outlet": "Levant Monitor",
        "text": "On May 3, the ministry said that Turkey had sent Syrian fighters to Libya.",
    }
    runner = CliRunner()
    path = write_reports(tmp_path / "in", "undated", [report])
    assert runner.invoke(app, ["--db", db, "ingest", str(path)]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "actors", "--resolve", "Turkey"])
    assert result.exit_code == 0, result.output
    assert '  undated ("May 3") sender, deploys_fighters_to: Turkey -> Libya' in result.output
