"""Load and validate the knowledge base in ``kb/data``.

The data files are written by hand, so every check here names the file and the
entry at fault: a typo in a YAML list should fail at load time with a message a
curator can act on, not turn into a silently unmatched alias at extraction time.
``load_kb()`` is cached: the knowledge base is immutable once loaded.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from warledger.errors import WarledgerError
from warledger.model import Actor, ActorKind, Side

DATA_DIR = Path(__file__).resolve().parent / "data"
ACTOR_FILES: tuple[str, ...] = (
    "armed_groups.yaml",
    "state_forces.yaml",
    "international.yaml",
    "persons.yaml",
)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_STATE_LISTS = ("aliases", "demonyms", "capitals", "seats")


class KnowledgeBaseError(WarledgerError):
    """A knowledge-base data file is missing or malformed; the message names file and entry."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_iso3(value: str | None) -> str | None:
    if value is not None and not _ISO3.match(value):
        raise ValueError(f"country {value!r} is not an ISO 3166 alpha-3 code such as 'SYR'")
    return value


class Conflict(_Entry):
    id: str
    name: str
    countries: list[str]
    party_a: str
    party_b: str


class ActorEntry(_Entry):
    """One curated actor; ``related`` links separate-but-related ones (a front, its successor)."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    side: dict[str, Side] = Field(default_factory=dict)
    related: list[str] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _country_is_iso3(cls, value: str | None) -> str | None:
        return _check_iso3(value)

    def to_actor(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            aliases=list(self.aliases),
            side=dict(self.side),
        )


class StateEntry(_Entry):
    """A state (or de facto authority): names are places unless used as actors; seats are actors."""

    id: str
    iso3: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    seats: list[str] = Field(default_factory=list)

    @field_validator("iso3")
    @classmethod
    def _iso3_is_iso3(cls, value: str) -> str:
        return _check_iso3(value) or value

    def to_actor(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            kind=ActorKind.STATE,
            country=self.iso3,
            aliases=[*self.aliases, *self.seats],
        )


class GenericTerms(_Entry):
    """Common nouns naming an unspecified actor ("gunmen")."""

    kind: ActorKind
    label: str
    standalone: bool = True
    terms: list[str]


class Titles(_Entry):
    titles: list[str]
    office_heads: list[str]


class Instruments(_Entry):
    weapons: list[str]
    platforms: list[str]


FUZZY_CUTOFF = 92.0
"""rapidfuzz ``ratio`` (0-100) of two normalised names above which they may be one
name spelled two ways; shared by actor linking (extract) and actor merging (resolve)."""
MIN_FUZZY_LENGTH = 6
"""Shorter names are too easily close by chance ("ISIS" / "ISI"): exact matches only."""


def normalize_alias(text: str) -> str:
    """The key under which aliases are compared: case, accents, quotes, hyphens and a
    leading "the" do not distinguish one actor's name from another's."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[-‐–—_/]", " ", text)
    text = re.sub(r"[.,\"()]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def surface_variants(text: str) -> tuple[str, ...]:
    """Spellings of one alias the matcher should also find: hyphen or space
    ("al-Nusra" / "al Nusra") and straight or curly apostrophe."""
    variants = {text, text.replace("-", " "), text.replace("'", "’")}
    variants.add(text.replace("'", "’").replace("-", " "))
    return tuple(sorted(v for v in variants if v.strip()))


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything in ``kb/data``, validated, with lookup tables built once."""

    conflicts: tuple[Conflict, ...]
    actors: tuple[ActorEntry, ...]
    states: tuple[StateEntry, ...]
    generic: tuple[GenericTerms, ...]
    titles: Titles
    instruments: Instruments
    by_id: dict[str, Actor] = field(default_factory=dict)
    alias_index: dict[str, str] = field(default_factory=dict)
    demonym_index: dict[str, str] = field(default_factory=dict)
    capital_index: dict[str, str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        return self.by_id.get(actor_id)

    def lookup(self, text: str) -> Actor | None:
        """The canonical actor an exact alias (after ``normalize_alias``) names."""
        actor_id = self.alias_index.get(normalize_alias(text))
        return self.by_id.get(actor_id) if actor_id else None

    def related(self, actor_id: str) -> tuple[str, ...]:
        """Ids listed as related to ``actor_id`` in either direction."""
        out = set()
        for entry in self.actors:
            if entry.id == actor_id:
                out.update(entry.related)
            elif actor_id in entry.related:
                out.add(entry.id)
        return tuple(sorted(out))


def _read_yaml(path: Path) -> Any:
    if not path.is_file():
        raise KnowledgeBaseError(f"{path}: knowledge-base file missing (reinstall warledger)")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML: {exc}") from exc


def _parse(model: type[_Entry], raw: object, path: Path, where: str) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise KnowledgeBaseError(f"{path}: entry {where}: {problems}") from exc


def _entries(path: Path) -> Iterator[tuple[str, object]]:
    raw = _read_yaml(path)
    if not isinstance(raw, list):
        raise KnowledgeBaseError(f"{path}: expected a YAML list of entries")
    for i, item in enumerate(raw):
        name = item.get("id", f"#{i}") if isinstance(item, dict) else f"#{i}"
        yield str(name), item


def _read_states(path: Path) -> list[StateEntry]:
    if not path.is_file():
        raise KnowledgeBaseError(f"{path}: knowledge-base file missing (reinstall warledger)")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    states = []
    for row in csv.DictReader(lines):
        listed = {k: [v for v in (row.get(k) or "").split("|") if v] for k in _STATE_LISTS}
        raw = {"id": row.get("id"), "iso3": row.get("iso3"), "name": row.get("name"), **listed}
        states.append(_parse(StateEntry, raw, path, str(row.get("id"))))
    return states


def _index(kb_parts: list[tuple[Path, str, list[str]]], what: str) -> dict[str, str]:
    """normalised name -> id; the same name on two entries is an error naming both."""
    index: dict[str, str] = {}
    for path, entry_id, names in kb_parts:
        for name in names:
            key = normalize_alias(name)
            if not key:
                raise KnowledgeBaseError(f"{path}: entry {entry_id}: empty {what} {name!r}")
            other = index.get(key)
            if other is not None and other != entry_id:
                raise KnowledgeBaseError(
                    f"{path}: entry {entry_id}: {what} {name!r} already names {other}; "
                    "keep it on one entry and link the two with `related`"
                )
            index[key] = entry_id
    return index


def load_kb(data_dir: Path | None = None) -> KnowledgeBase:
    """Read and validate every file under ``data_dir`` (default: the packaged data)."""
    return _load_kb_cached((data_dir or DATA_DIR).resolve())


@lru_cache(maxsize=4)
def _load_kb_cached(data_dir: Path) -> KnowledgeBase:
    conflicts_path = data_dir / "conflicts.yaml"
    conflicts = [_parse(Conflict, raw, conflicts_path, n) for n, raw in _entries(conflicts_path)]
    conflict_ids = {c.id for c in conflicts}
    actors: list[ActorEntry] = []
    named: list[tuple[Path, str, list[str]]] = []
    for filename in ACTOR_FILES:
        path = data_dir / filename
        for name, raw in _entries(path):
            entry = _parse(ActorEntry, raw, path, name)
            unknown = set(entry.side) - conflict_ids
            if unknown:
                raise KnowledgeBaseError(
                    f"{path}: entry {entry.id}: side names unknown conflict(s) "
                    f"{sorted(unknown)}; add them to conflicts.yaml"
                )
            actors.append(entry)
            named.append((path, entry.id, [entry.name, *entry.aliases]))
    states_path = data_dir / "states.csv"
    states = _read_states(states_path)
    named += [(states_path, s.id, [s.name, *s.aliases, *s.seats]) for s in states]
    ids = [a.id for a in actors] + [s.id for s in states]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise KnowledgeBaseError(f"{data_dir}: actor ids used twice: {duplicates}")
    for entry in actors:
        missing = [r for r in entry.related if r not in ids]
        if missing:
            raise KnowledgeBaseError(f"{data_dir}: entry {entry.id}: unknown related ids {missing}")
    generic_path = data_dir / "generic_actors.yaml"
    generic = [_parse(GenericTerms, raw, generic_path, n) for n, raw in _entries(generic_path)]
    titles_path = data_dir / "titles.yaml"
    instruments_path = data_dir / "instruments.yaml"
    by_id = {a.id: a.to_actor() for a in actors} | {s.id: s.to_actor() for s in states}
    return KnowledgeBase(
        conflicts=tuple(conflicts),
        actors=tuple(actors),
        states=tuple(states),
        generic=tuple(generic),
        titles=_parse(Titles, _read_yaml(titles_path), titles_path, "titles"),
        instruments=_parse(
            Instruments, _read_yaml(instruments_path), instruments_path, "instruments"
        ),
        by_id=by_id,
        alias_index=_index(named, "alias"),
        demonym_index=_index([(states_path, s.id, s.demonyms) for s in states], "demonym"),
        capital_index=_index([(states_path, s.id, s.capitals) for s in states], "capital"),
    )
