"""The analyst's own gazetteer (``--places``): format checks, merge, extraction, the demo file.

The places here are invented for these tests (Arvenia, Drevnik, Ostmar...) and
checked to be unknown to GeoNames, so a resolution to them can only come from
the file.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from warledger.cli import app
from warledger.config import Settings
from warledger.engines.local import DocumentExtractor, worker_extractor
from warledger.errors import ConfigError
from warledger.extract.pipeline import TextInput
from warledger.geo.distance import haversine_many
from warledger.geo.gazetteer import Gazetteer
from warledger.geo.user_index import with_user_places
from warledger.geo.user_places import read_user_places
from warledger.model import Claim, Document, GeoPrecision

ROOT = Path(__file__).resolve().parents[2]
DEMO_PLACES = ROOT / "examples" / "places.yaml"
DEMO_REPORTS = ROOT / "examples" / "reports"

PLACES = """\
places:
  - {name: Arvenia, kind: country, country: XA, latitude: -40.0, longitude: -30.0,
     demonyms: [Arvenian], population: 2000000}
  - {name: Ostmar, alternate_names: [Ostmar region], kind: region, country: Arvenia,
     latitude: -40.2, longitude: -30.3}
  - {name: Drevnik, kind: town, country: Arvenia, admin1: Ostmar,
     latitude: -40.25, longitude: -30.35, population: 12000}
  - {name: Kessel Bridge, kind: point, country: XA, admin1: Ostmar,
     latitude: -40.27, longitude: -30.41}
  - {name: Victoria, kind: town, country: Arvenia, latitude: -40.4, longitude: -30.1}
"""


def _write(tmp_path: Path, text: str, name: str = "places.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def places_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("user_places"), PLACES)


@pytest.fixture(scope="module")
def merged(gazetteer: Gazetteer, places_file: Path) -> Gazetteer:
    return Gazetteer(with_user_places(gazetteer.index, read_user_places(places_file)))


# ------------------------------------------------------------------ lookups


def test_invented_names_are_unknown_to_geonames(gazetteer: Gazetteer) -> None:
    for name in ("Arvenia", "Ostmar", "Drevnik", "Kessel Bridge"):
        assert gazetteer.candidates(name) == [], name


def test_user_places_resolve_with_their_coordinates_and_precision(merged: Gazetteer) -> None:
    drevnik, ostmar, bridge, arvenia = (
        r.place for r in merged.resolve(["Drevnik", "Ostmar region", "Kessel Bridge", "Arvenia"])
    )
    assert drevnik is not None and (drevnik.latitude, drevnik.longitude) == (-40.25, -30.35)
    assert (drevnik.precision, drevnik.country, drevnik.admin1) == (
        GeoPrecision.EXACT, "XA", "Ostmar"
    )  # fmt: skip
    assert drevnik.geonames_id is None and drevnik.feature_class == "P"
    assert ostmar is not None and ostmar.name == "Ostmar"
    assert ostmar.precision == GeoPrecision.REGION
    assert bridge is not None and bridge.feature_class == "S"
    assert bridge.precision == GeoPrecision.EXACT
    assert arvenia is not None and arvenia.precision == GeoPrecision.COUNTRY
    assert merged.country_of_demonym("Arvenians") == "XA"
    assert merged.country_place("XA") == arvenia


def test_misspelt_long_name_and_article_variant_still_land(merged: Gazetteer) -> None:
    (place,) = (r.place for r in merged.resolve(["Kessel Bridgge"]))
    assert place is not None and place.name == "Kessel Bridge"
    assert {c.row for c in merged.candidates("the Ostmar region", fuzzy=False)} == {
        c.row for c in merged.candidates("Ostmar region", fuzzy=False)
    }


def test_user_town_hides_geonames_towns_of_its_name_but_not_other_kinds(
    gazetteer: Gazetteer, merged: Gazetteer
) -> None:
    ix = merged.index
    before = gazetteer.candidates("Victoria", fuzzy=False)
    assert sum(int(gazetteer.index.precision[c.row]) == GeoPrecision.EXACT for c in before) > 3
    after = merged.candidates("Victoria", fuzzy=False)
    towns = [c.row for c in after if int(ix.precision[c.row]) == GeoPrecision.EXACT]
    assert [ix.names[r] for r in towns] == ["Victoria"] and str(ix.country[towns[0]]) == "XA"
    regions = {str(ix.country[c.row]) for c in after if c.row not in towns}
    assert "AU" in regions  # the Australian state is a region: it still competes
    # Scored like GeoNames places: alone, the state's region prior wins; beside
    # another place of the file, the nearby town does.
    (alone,) = (r.place for r in merged.resolve(["Victoria"]))
    assert alone is not None and alone.country == "AU"
    victoria, _ = (r.place for r in merged.resolve(["Victoria", "Drevnik"]))
    assert victoria is not None and (victoria.country, victoria.latitude) == ("XA", -40.4)


def test_merge_leaves_the_loaded_index_alone(gazetteer: Gazetteer, merged: Gazetteer) -> None:
    assert len(merged.index) == len(gazetteer.index) + 5
    assert "drevnik" not in gazetteer.index.keys
    assert "arvenian" not in gazetteer.index.demonyms
    (paris,) = (r.place for r in gazetteer.resolve(["Paris"]))
    assert paris is not None and paris.country == "FR"


# ---------------------------------------------------------------- bad files

BAD_FILES = [
    (
        "  - {name: Lisvar, kind: town, country: UA, longitude: 30.0}\n",
        ["entry 1 ('Lisvar')", "latitude", "is missing"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: UA, latitude: 123, longitude: 30.0}\n",
        ["entry 1 ('Lisvar')", "latitude", "123", "-90..90"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: UA, latitude: 48.0, longitude: 30.0}\n"
        "  - {name: Lisvar, kind: region, country: UA, latitude: 48.1, longitude: 30.1}\n",
        ["entry 2 ('Lisvar')", "also entry 1", "a town", "rename one"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: Narnia, latitude: 48.0, longitude: 30.0}\n",
        ["entry 1 ('Lisvar')", "unknown country 'Narnia'", "ISO 3166"],
    ),
    (
        "  - {name: Lisvaria, kind: country, country: FR, latitude: 48.0, longitude: 30.0}\n",
        ["entry 1 ('Lisvaria')", "real country's code", "user-assigned"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: UA, lat: 48.0, longitude: 30.0}\n",
        ["entry 1 ('Lisvar')", "lat:", "not a field"],
    ),
    (
        "  - {name: Lisvar, kind: village, country: UA, latitude: 48.0, longitude: 30.0}\n",
        ["entry 1 ('Lisvar')", "kind", "'country', 'region', 'town' or 'point'"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: UA, latitude: 48.0, longitude: 30.0,"
        " precision: street}\n",
        ["entry 1 ('Lisvar')", "precision", "exact, region or country"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: UA, latitude: 48.0, longitude: 30.0}\n"
        "  - {name: Lisvar, kind: town, country: Ukraine, latitude: 48.1, longitude: 30.1}\n",
        ["entry 2 ('Lisvar')", "same country and admin1"],
    ),
    (
        "  - {name: Lisvar, kind: region, precision: exact, country: UA, latitude: 48.0,"
        " longitude: 30.0}\n",
        ["entry 1 ('Lisvar')", "precision exact does not fit a region", "write region"],
    ),
    (
        "  - {name: Lisvar, kind: town, country: NO, latitude: 60.0, longitude: 10.0}\n",
        ["entry 1 ('Lisvar')", "country: False", "quote the code"],
    ),
]


@pytest.mark.parametrize(("entries", "expected"), BAD_FILES)
def test_bad_file_names_the_file_the_entry_and_the_fix(
    tmp_path: Path, entries: str, expected: list[str]
) -> None:
    path = _write(tmp_path, "places:\n" + entries)
    with pytest.raises(ConfigError) as err:
        read_user_places(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    for part in expected:
        assert part in message


def test_not_a_places_file(tmp_path: Path) -> None:
    for text, expected in (
        ("- just a list\n", "a 'places:' list"),
        ("places: [unclosed\n", "not valid YAML"),
    ):
        with pytest.raises(ConfigError, match=re.escape(expected)):
            read_user_places(_write(tmp_path, text))


def test_homonymous_villages_in_different_regions_are_allowed(tmp_path: Path) -> None:
    text = (
        "places:\n"
        "  - {name: Lisvar, kind: town, country: UA, admin1: North, latitude: 48, longitude: 30}\n"
        "  - {name: Lisvar, kind: town, country: UA, admin1: South, latitude: 46, longitude: 31}\n"
    )
    assert len(read_user_places(_write(tmp_path, text)).places) == 2


def test_demonym_of_a_real_country_is_refused(tmp_path: Path, gazetteer: Gazetteer) -> None:
    text = (
        "places:\n  - {name: Lisvaria, kind: country, country: QM, latitude: 1, longitude: 1,"
        " demonyms: [French]}\n"
    )
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match="demonym 'French' already names the country FR"):
        with_user_places(gazetteer.index, read_user_places(path))


# ------------------------------------------------------------ settings, CLI


def test_settings_take_the_file_from_the_option_or_the_environment(
    places_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WARLEDGER_PLACES", str(places_file))
    assert Settings.from_env(database=str(tmp_path / "w.db")).places_file == places_file
    monkeypatch.delenv("WARLEDGER_PLACES")
    assert Settings.from_env(database=str(tmp_path / "w.db")).places_file is None
    with pytest.raises(ConfigError, match="is not a file"):
        Settings.from_env(database=str(tmp_path / "w.db"), places=str(tmp_path / "none.yaml"))


def test_cli_refuses_a_bad_places_file_before_doing_anything(tmp_path: Path) -> None:
    bad = _write(tmp_path, "places:\n  - {name: Lisvar, kind: town, country: UA}\n", "bad.yaml")
    db = tmp_path / "w.db"
    result = CliRunner().invoke(app, ["--db", str(db), "--places", str(bad), "stats"])
    assert result.exit_code == 2
    assert "entry 1 ('Lisvar')" in result.output and "latitude" in result.output
    assert not db.exists()


# ----------------------------------------------------- the real pipeline

TEXT = (
    "Artillery shelled Drevnik on Tuesday, killing four civilians, officials in the "
    "Ostmar region said. Arvenian troops later blew up the Kessel Bridge."
)


def _event_places(claims: list[Claim]) -> dict[str, tuple[float | None, float | None, int]]:
    out = {}
    for claim in claims:
        prop = claim.proposition
        if prop is not None and prop.kind == "event" and prop.place and prop.place.place:
            place = prop.place.place
            out[place.name] = (place.latitude, place.longitude, int(place.precision))
    return out


def test_extraction_places_events_at_the_user_coordinates(places_file: Path) -> None:
    extractor = worker_extractor(places_file)
    doc = extractor.process(TextInput(TEXT, "t", date(2026, 3, 10)))
    found = {m.span.text: m.place for m in doc._.places}
    assert found["Drevnik"] is not None
    assert (found["Drevnik"].latitude, found["Drevnik"].longitude) == (-40.25, -30.35)
    assert found["Ostmar"] is not None and found["Ostmar"].precision == GeoPrecision.REGION
    assert found["Kessel Bridge"] is not None and found["Kessel Bridge"].feature_class == "S"
    events = _event_places(list(doc._.claims))
    assert events["Drevnik"] == (-40.25, -30.35, GeoPrecision.EXACT)


def test_worker_processes_see_the_same_file(places_file: Path) -> None:
    published = datetime(2026, 3, 10, 12, tzinfo=UTC)
    documents = [Document(id=f"{i:064x}", text=TEXT, published_at=published) for i in (1, 2)]
    with DocumentExtractor(2, batch_size=1, places_file=places_file) as extract:
        results = extract(documents)
    assert len(results) == 2
    digest = hashlib.sha256(places_file.read_bytes()).hexdigest()[:12]
    for claims in results:
        assert _event_places(claims)["Drevnik"] == (-40.25, -30.35, GeoPrecision.EXACT)
        # Provenance: every claim names the user gazetteer it was placed with.
        assert {c.producer["places_file"] for c in claims} == {
            f"{places_file.name}@sha256:{digest}"
        }


# ------------------------------------------------------------- the demo file


def test_demo_file_is_in_open_ocean(gazetteer: Gazetteer) -> None:
    places = read_user_places(DEMO_PLACES).places
    ix = gazetteer.index
    towns = ix.precision == GeoPrecision.EXACT
    for place in places:
        assert -35 < place.latitude < -25 and -30 < place.longitude < -20, place.name
        dist = haversine_many(place.latitude, place.longitude, ix.latitude[towns],
                              ix.longitude[towns])  # fmt: skip
        assert float(dist.min()) > 800, f"{place.name} is near a real place"
        assert gazetteer.candidates(place.name, fuzzy=False) == [] or place.name == "Brena"


def test_every_demo_place_named_in_the_reports_resolves_to_its_entry(
    gazetteer: Gazetteer,
) -> None:
    user = read_user_places(DEMO_PLACES)
    merged = Gazetteer(with_user_places(gazetteer.index, user))
    reports = " ".join(p.read_text(encoding="utf-8") for p in DEMO_REPORTS.iterdir())
    named = 0
    for place in user.places:
        for name in place.names:
            if name not in reports:
                continue
            named += 1
            (got,) = (r.place for r in merged.resolve([name], context_countries=["QO"]))
            assert got is not None, name
            assert (got.name, got.latitude, got.longitude) == (
                place.name, place.latitude, place.longitude
            ), name  # fmt: skip
            assert got.precision == place.precision
    assert named >= 15
    demo_yaml = yaml.safe_load(DEMO_PLACES.read_text(encoding="utf-8"))
    assert {e["kind"] for e in demo_yaml["places"]} == {"country", "region", "town", "point"}
