"""The import graph of ``src/warledger`` flows one way: down the layers, without cycles.

Every module is parsed with ``ast`` (nothing is imported), and every ``import`` it
holds, at module level, inside a function or under ``TYPE_CHECKING``, counts for the
layers: a lazy import still ties the two modules together. Only a cycle of imports
that run (not those under ``TYPE_CHECKING``, which name a type for annotations) is a
cycle between modules. The layers, lowest first:

0. ``model`` (and its ``vocabulary``), ``errors``, ``config``: the vocabulary every
   other part speaks;
1. ``kb``, ``geo``: knowledge the extractors read;
2. ``extract``: text to claims;
3. ``ingest``, ``store``, ``engines``: documents in, rows kept, extraction run;
4. ``resolve``, ``grade``, ``review``: incidents, actors and grades made from claims;
   ``watch`` (feeds polled into ingest and resolve) and ``reference`` (ACLED / UCDP
   events linked to incidents);
5. ``query``: the one read side over store and resolve;
6. ``api``, ``web``, ``export``, ``eval``: what users and benchmarks see;
7. ``server``, ``cli`` (a package or ``cli*.py`` modules) and the package's own
   ``__init__`` (its public API): the entry points.

A module may import its own layer or lower ones. Two packages of one layer may not
import each other both ways, and ``api`` and ``web`` (served side by side by ``server``)
not at all. No module may take part in an import cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
LAYERS = [
    {"model", "vocabulary", "errors", "config"},
    {"kb", "geo"},
    {"extract"},
    {"ingest", "store", "engines"},
    {"resolve", "grade", "review", "watch", "reference"},
    {"query"},
    {"api", "web", "export", "eval"},
    {"server", "cli", "__init__"},
]
SIBLINGS_APART = [("api", "web")]
LAZY_CYCLE_EDGES = {("warledger.extract.claim_component", "warledger.extract.factories")}
"""Function-level imports that close a cycle, left for the extraction part of issue 9:
``claim_component`` asks ``factories`` for the component versions, and ``factories``
imports ``claim_component`` to register it. Each must still exist (a fixed one must be
taken off)."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((SRC / "warledger").rglob("*.py"))}


def _type_checking_only(tree: ast.Module) -> set[ast.AST]:
    """The import statements inside ``if TYPE_CHECKING:`` blocks."""
    guarded = (
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
    )
    return {
        inner
        for block in guarded
        for stmt in block.body
        for inner in ast.walk(stmt)
        if isinstance(inner, ast.Import | ast.ImportFrom)
    }


def _imports(name: str, path: Path, known: set[str], runtime_only: bool) -> Iterator[str]:
    """The warledger modules ``path`` imports (a name imported from a package counts
    as its submodule when there is one, else as the package); with ``runtime_only``,
    leaving out those imported under ``TYPE_CHECKING``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(), str(path))
    skipped = _type_checking_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if node in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    yield f"{base}.{alias.name}"
                elif base in known:
                    yield base


def _part(module: str) -> str:
    """The top-level part a module belongs to: ``warledger.cli_export`` -> ``cli``."""
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    top = parts[1]
    return "cli" if top.startswith("cli") else top


def _layer(module: str) -> int:
    part = _part(module)
    found = [i for i, layer in enumerate(LAYERS) if part in layer]
    assert found, f"{module}: part {part!r} is in no layer; add it to LAYERS in {__file__}"
    return found[0]


Graph = dict[str, set[str]]


def _graph(runtime_only: bool) -> Graph:
    """module -> the warledger modules it imports (a package's own ``__init__`` is not
    counted as imported by the package's modules: Python runs it anyway)."""
    modules = _modules()
    return {
        name: {
            target
            for target in _imports(name, path, set(modules), runtime_only)
            if target != name and not name.startswith(f"{target}.")
        }
        for name, path in modules.items()
    }


@pytest.fixture(scope="module")
def graph() -> Graph:
    """Every import, annotations' included."""
    return _graph(runtime_only=False)


def _edges(graph: Graph) -> Iterator[tuple[str, str]]:
    return ((source, target) for source, targets in graph.items() for target in targets)


def _cycle(graph: Graph) -> list[str]:
    """One import cycle of ``graph``, or [] when there is none."""
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as exc:
        return list(exc.args[1])
    return []


def test_the_graph_sees_known_imports(graph: Graph) -> None:
    assert "warledger.model" in graph["warledger.store.repository"]
    assert "warledger.extract.factories" in graph["warledger.extract.pipeline"]
    assert _cycle({"a": {"b"}, "b": {"a"}}) in (["a", "b", "a"], ["b", "a", "b"])


def test_no_module_imports_a_higher_layer(graph: Graph) -> None:
    upward = sorted(f"{s} -> {t}" for s, t in _edges(graph) if _layer(t) > _layer(s))
    assert upward == []


def test_siblings_kept_apart_do_not_import_each_other(graph: Graph) -> None:
    crossing = sorted(
        f"{source} -> {target}"
        for source, target in _edges(graph)
        for a, b in SIBLINGS_APART
        if {_part(source), _part(target)} == {a, b}
    )
    assert crossing == []


def test_no_two_parts_import_each_other(graph: Graph) -> None:
    parts: Graph = {}
    for source, target in _edges(graph):
        if _part(source) != _part(target):
            parts.setdefault(_part(source), set()).add(_part(target))
    assert _cycle(parts) == []


def test_no_import_cycle_between_modules() -> None:
    graph = _graph(runtime_only=True)
    assert all(target in graph[source] for source, target in LAZY_CYCLE_EDGES)
    for source, target in LAZY_CYCLE_EDGES:
        graph[source].discard(target)
    assert _cycle(graph) == []
