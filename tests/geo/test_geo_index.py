"""The cached index: built once, written atomically, reused."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from warledger.errors import ConfigError
from warledger.geo import index as index_module
from warledger.geo.index import GazetteerIndex, index_path, load_index, write_index


def _tiny_index() -> GazetteerIndex:
    return GazetteerIndex(
        geonames_id=np.asarray([1], dtype=np.int64),
        latitude=np.asarray([10.0]),
        longitude=np.asarray([20.0]),
        population=np.asarray([1000], dtype=np.int64),
        precision=np.asarray([1], dtype=np.int8),
        feature_class=np.asarray(["P"]),
        country=np.asarray(["ZZ"]),
        admin1=np.asarray([""], dtype=object),
        feature_code=np.asarray(["PPL"]),
        names=["Testville"],
        keys={"testville": (0,)},
    )


def test_cache_file_is_keyed_by_versions(tmp_path: Path) -> None:
    name = index_path(tmp_path).name
    assert name.startswith("gazetteer-gnc")
    assert f"-v{index_module.INDEX_VERSION}-" in name


def test_write_is_atomic_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "idx.pkl"
    write_index(_tiny_index(), target)
    assert [p.name for p in tmp_path.iterdir()] == ["idx.pkl"]
    assert pickle.loads(target.read_bytes()).names == ["Testville"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "idx.pkl"
    write_index(_tiny_index(), target)
    before = target.read_bytes()
    broken = _tiny_index()
    broken.keys = {"x": lambda: None}  # type: ignore[dict-item]  # lambdas cannot be pickled
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        write_index(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["idx.pkl"]


def test_load_builds_once_then_reuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake_build() -> GazetteerIndex:
        calls.append(1)
        return _tiny_index()

    monkeypatch.setattr(index_module, "build_index", fake_build)
    stale = tmp_path / "gazetteer-gnc0-ci0-v0-old.pkl"
    stale.write_bytes(b"old")
    first = load_index(tmp_path)
    assert not stale.exists()
    second = load_index(tmp_path)
    assert calls == [1]
    assert first.names == second.names == ["Testville"]


def test_an_index_removed_before_it_is_read_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another warledger version sharing the folder removes this version's index as
    stale between the build and the read: the load builds it again, no error."""
    calls = []

    def fake_build() -> GazetteerIndex:
        calls.append(1)
        return _tiny_index()

    def removed_by_another_version(current: Path) -> None:
        if len(calls) == 1:
            current.unlink()

    monkeypatch.setattr(index_module, "build_index", fake_build)
    monkeypatch.setattr(index_module, "_remove_stale", removed_by_another_version)
    assert load_index(tmp_path).names == ["Testville"]
    assert calls == [1, 1]


def test_corrupt_cache_gives_a_clear_error(tmp_path: Path) -> None:
    index_path(tmp_path).write_bytes(b"not a pickle")
    with pytest.raises(ConfigError, match="delete it"):
        load_index(tmp_path)
