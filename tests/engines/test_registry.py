"""``engines.get``: a name gives a working engine; an unknown name or option is a clear error."""

from __future__ import annotations

import pytest

from warledger import engines
from warledger.engines.local import DocumentExtractor
from warledger.engines.ray_engine import RayEngine
from warledger.errors import ConfigError


def test_local_and_ray_are_the_engines_there_are() -> None:
    assert engines.names() == ["local", "ray"]
    engine = engines.get("local", workers=3, batch_size=4)
    assert isinstance(engine, DocumentExtractor)
    assert (engine.workers, engine.batch_size, engine.places_file) == (3, 4, None)


def test_naming_the_ray_engine_starts_no_ray() -> None:
    engine = engines.get("ray", workers=2, address="ray://head:10001")
    assert isinstance(engine, RayEngine)
    assert (engine.workers, engine.address) == (2, "ray://head:10001")
    with pytest.raises(ConfigError, match="not started"):
        engine.map([])


def test_an_unknown_engine_names_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"engine 'spark' is unknown; choose one of: local, ray"):
        engines.get("spark")


def test_an_option_the_engine_does_not_take_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"engine 'local' does not take the options \['cores'\]"):
        engines.get("local", cores=4)
