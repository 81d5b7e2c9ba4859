"""``engines.get``: a name gives a working engine; an unknown name or option is a clear error."""

from __future__ import annotations

import pytest

from warledger import engines
from warledger.engines.local import DocumentExtractor
from warledger.errors import ConfigError


def test_local_is_the_engine_there_is() -> None:
    assert engines.names() == ["local"]
    engine = engines.get("local", workers=3, batch_size=4)
    assert isinstance(engine, DocumentExtractor)
    assert (engine.workers, engine.batch_size, engine.places_file) == (3, 4, None)


def test_an_unknown_engine_names_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"engine 'ray' is unknown; choose one of: local"):
        engines.get("ray")


def test_an_option_the_engine_does_not_take_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"engine 'local' does not take the options \['cores'\]"):
        engines.get("local", cores=4)
