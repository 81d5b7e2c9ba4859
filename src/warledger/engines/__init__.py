"""Extraction engines by name: ``engines.get("local", workers=2)``.

The command line and the public API choose where extraction runs with a name
(``warledger ingest --engine local``), so a new engine (a cluster, say) is one
entry here and one module, not a change to ingest. Engines are imported only
when asked for: naming one must not load spaCy.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from warledger.engines.protocol import DocumentsDone, ExtractionEngine
from warledger.errors import ConfigError

__all__ = ["DocumentsDone", "ExtractionEngine", "get", "names"]

_FACTORIES = MappingProxyType(
    {
        # A pool of worker processes on this machine (one process when workers=1).
        "local": "warledger.engines.local:DocumentExtractor",
        # Ray actors, on a local Ray or across the cluster at ``address``.
        "ray": "warledger.engines.ray_engine:RayEngine",
    }
)


def names() -> list[str]:
    """The engine names ``get`` accepts."""
    return sorted(_FACTORIES)


def get(name: str, **options: Any) -> ExtractionEngine:
    """A new engine called ``name``, built with ``options`` (for ``local``: ``workers``,
    ``batch_size``, ``places_file``; ``ray`` adds ``address`` and ``num_cpus``). An unknown
    name or option is a ``ConfigError`` naming the choices."""
    target = _FACTORIES.get(name)
    if target is None:
        raise ConfigError(f"engine {name!r} is unknown; choose one of: {', '.join(names())}")
    module_name, _, attribute = target.partition(":")
    factory: Callable[..., ExtractionEngine] = getattr(
        importlib.import_module(module_name), attribute
    )
    try:
        inspect.signature(factory).bind(**options)
    except TypeError as exc:
        accepted = ", ".join(inspect.signature(factory).parameters)
        raise ConfigError(
            f"engine {name!r} does not take the options {sorted(options)}: {exc} "
            f"(it takes: {accepted})"
        ) from exc
    return factory(**options)
