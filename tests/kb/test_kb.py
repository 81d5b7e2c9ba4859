"""The packaged knowledge base loads, links aliases, and rejects malformed data clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warledger.kb import KB_VERSION, KnowledgeBaseError, load_kb, normalize_alias
from warledger.kb.lexicon import data_version
from warledger.kb.loader import DATA_DIR
from warledger.model import ActorKind, Side


def test_version_is_the_digest_of_the_data(tmp_path: Path) -> None:
    assert data_version() == KB_VERSION
    assert KB_VERSION.startswith("kb-") and len(KB_VERSION) == 15
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    assert data_version(copy) == KB_VERSION
    words = copy / "en" / "casualties.yaml"
    words.write_text(words.read_text(encoding="utf-8") + "# one more comment\n", encoding="utf-8")
    assert data_version(copy) != KB_VERSION


def test_related_groups_stay_separate_but_linked() -> None:
    kb = load_kb()
    nusra = kb.lookup("al-Nusra Front")
    hts = kb.lookup("Hayat Tahrir al-Sham")
    assert nusra is not None and hts is not None
    assert nusra.id != hts.id
    assert hts.id in kb.related(nusra.id)
    assert nusra.id in kb.related(hts.id)


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("Daesh", "group:isis"),
        ("ISIL", "group:isis"),
        ("the Islamic State", "group:isis"),
        ("Ansar Allah", "group:houthis"),
        ("Houthis", "group:houthis"),
        ("Shabaab", "group:al_shabaab"),
        ("Sendero Luminoso", "group:shining_path"),
        ("the Kremlin", "state:RUS"),
        ("Jabhat al Nusra", "group:nusra"),
    ],
)
def test_aliases_resolve(alias: str, actor_id: str) -> None:
    actor = load_kb().lookup(alias)
    assert actor is not None
    assert actor.id == actor_id


def test_actor_fields() -> None:
    kb = load_kb()
    wagner = kb.actor("group:wagner")
    assert wagner is not None
    assert wagner.kind == ActorKind.PROXY
    assert wagner.country == "RUS"
    assert wagner.side["russia_ukraine"] == Side.PARTY_B
    army = kb.actor("force:AZE-army")
    assert army is not None and army.kind == ActorKind.STATE_FORCE
    assert kb.demonym_index[normalize_alias("Azeri")] == "state:AZE"
    assert kb.capital_index[normalize_alias("Ankara")] == "state:TUR"


def test_normalize_alias() -> None:
    assert normalize_alias("The  Nusra-Front") == "nusra front"
    assert normalize_alias("Da’esh") == normalize_alias("Da'esh")
    assert normalize_alias("Médecins") == "medecins"


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_bad_country_code_names_file_and_entry(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "persons.yaml"
    path.write_text(path.read_text().replace("country: RUS", "country: Russia", 1))
    with pytest.raises(KnowledgeBaseError, match=r"persons\.yaml: entry person:putin: country"):
        load_kb(data)


def test_alias_on_two_entries_is_rejected(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "persons.yaml"
    path.write_text(
        path.read_text() + "- {id: person:x, name: X Y, kind: person, aliases: [SDF]}\n"
    )
    with pytest.raises(KnowledgeBaseError, match="'SDF' already names group:sdf"):
        load_kb(data)


def test_unknown_conflict_and_missing_file(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "international.yaml"
    path.write_text(path.read_text().replace("side: {sahel: third_party}", "side: {mars: party_a}"))
    with pytest.raises(KnowledgeBaseError, match="unknown conflict"):
        load_kb(data)
    (data / "instruments.yaml").unlink()
    (data / "international.yaml").write_text("- id: intl:UN\n  name: United Nations\n  kind: x\n")
    with pytest.raises(KnowledgeBaseError, match=r"international\.yaml: entry intl:UN: kind"):
        load_kb(data)
