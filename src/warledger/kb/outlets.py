"""Outlets and the side each takes in a conflict: the packaged list plus user files.

Corroboration counts *independent* sources and *which side* each belongs to
(DESIGN.md, principle 4), so every document's outlet must be looked up: its kind
(a government or armed-group outlet is a party speaking), its ``owner_group``
(outlets of one owner are one source) and its side per conflict (an outlet is
party_a in one war and a third party in another).

A file has the layout of ``tests/data/incidents/outlets.yaml``: an optional
``conflicts`` mapping (id -> name, party_a, party_b) and an ``outlets`` list.
Conflicts named by an outlet's ``side`` must be defined in the file or in the
packaged ``conflicts.yaml``. Every error names the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from warledger.kb.loader import DATA_DIR, KnowledgeBaseError, load_kb, normalize_alias
from warledger.model import Outlet, OutletKind, Side

OUTLETS_FILE = DATA_DIR / "outlets.yaml"
_PARTY_KINDS = frozenset({OutletKind.GOVERNMENT, OutletKind.ARMED_GROUP, OutletKind.STATE_MEDIA})


class ConflictParties(BaseModel):
    """A conflict as outlet files describe it: who party_a and party_b are, in words."""

    model_config = ConfigDict(extra="ignore")

    id: str
    name: str
    party_a: str
    party_b: str


class OutletEntry(BaseModel):
    """One outlet; ``side`` maps conflict id -> side, ``domains`` match document URLs."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    kind: OutletKind = OutletKind.UNKNOWN
    country: str | None = None
    side: dict[str, Side] = Field(default_factory=dict)
    owner_group: str | None = None
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)

    @property
    def is_party_outlet(self) -> bool:
        """A government, armed group or state medium: a party to the conflict speaking."""
        return self.kind in _PARTY_KINDS

    @property
    def source_key(self) -> str:
        """What collapses outlets into one independent source."""
        return self.owner_group or self.id

    def side_in(self, conflict_id: str | None) -> Side:
        return self.side.get(conflict_id, Side.UNKNOWN) if conflict_id else Side.UNKNOWN

    def to_outlet(self, conflict_id: str | None = None) -> Outlet:
        """The ``model.Outlet`` view, with the side it takes in ``conflict_id``."""
        return Outlet(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            side=self.side_in(conflict_id),
            owner_group=self.owner_group,
        )


@dataclass(frozen=True)
class OutletRegistry:
    """Conflicts and outlets, with lookups by id, name, alias and web domain."""

    conflicts: dict[str, ConflictParties]
    outlets: dict[str, OutletEntry]
    _keys: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls, conflicts: dict[str, ConflictParties], outlets: list[OutletEntry]
    ) -> OutletRegistry:
        keys: dict[str, str] = {}
        for entry in outlets:
            for name in (entry.id, entry.name, *entry.aliases):
                keys.setdefault(normalize_alias(name), entry.id)
            for domain in entry.domains:
                keys.setdefault(_domain_key(domain), entry.id)
        return cls(conflicts, {o.id: o for o in outlets}, keys)

    def find(self, outlet: str | None, url: str | None = None) -> OutletEntry | None:
        """The outlet a document names (id, name or alias), else the one owning its URL."""
        if outlet:
            found = self._keys.get(normalize_alias(outlet))
            if found:
                return self.outlets[found]
        if url:
            host = _domain_key(urlsplit(url).hostname or "")
            while host:
                found = self._keys.get(host)
                if found:
                    return self.outlets[found]
                host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None

    def merged(self, other: OutletRegistry) -> OutletRegistry:
        """This registry with ``other``'s conflicts and outlets added (``other`` wins)."""
        return OutletRegistry.build(
            {**self.conflicts, **other.conflicts},
            list({**self.outlets, **other.outlets}.values()),
        )


def _domain_key(domain: str) -> str:
    return "domain:" + domain.lower().removeprefix("www.")


def _kb_conflicts() -> dict[str, ConflictParties]:
    return {
        c.id: ConflictParties(id=c.id, name=c.name, party_a=c.party_a, party_b=c.party_b)
        for c in load_kb().conflicts
    }


def parse_outlets(raw: Any, where: str) -> OutletRegistry:
    """Validate a parsed outlets file; ``where`` names it in errors."""
    if not isinstance(raw, dict) or not isinstance(raw.get("outlets"), list):
        raise KnowledgeBaseError(
            f"{where}: expected a mapping with an `outlets` list (and optional `conflicts`), "
            "laid out like tests/data/incidents/outlets.yaml"
        )
    conflicts = _kb_conflicts()
    raw_conflicts = raw.get("conflicts") or {}
    if not isinstance(raw_conflicts, dict):
        raise KnowledgeBaseError(f"{where}: `conflicts` must map conflict ids to descriptions")
    for conflict_id, body in raw_conflicts.items():
        data = {"id": str(conflict_id), **(body if isinstance(body, dict) else {})}
        conflicts[str(conflict_id)] = _validate(ConflictParties, data, where, str(conflict_id))
    outlets: list[OutletEntry] = []
    seen: set[str] = set()
    for i, item in enumerate(raw["outlets"]):
        name = str(item.get("id", f"#{i}")) if isinstance(item, dict) else f"#{i}"
        entry = _validate(OutletEntry, item, where, name)
        unknown = sorted(set(entry.side) - set(conflicts))
        if unknown:
            raise KnowledgeBaseError(
                f"{where}: outlet {entry.id}: side names unknown conflict(s) {unknown}; "
                "define them under `conflicts` or in kb/data/conflicts.yaml"
            )
        if entry.id in seen:
            raise KnowledgeBaseError(f"{where}: outlet id {entry.id} is listed twice")
        seen.add(entry.id)
        outlets.append(entry)
    return OutletRegistry.build(conflicts, outlets)


def _validate(model: type[BaseModel], raw: object, where: str, name: str) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise KnowledgeBaseError(f"{where}: entry {name}: {problems}") from exc


def read_outlets_file(path: Path) -> OutletRegistry:
    """Load a user outlets file; a missing, unreadable or malformed file is a clear error."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the outlets file ({exc})") from exc
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML: {exc}") from exc
    return parse_outlets(raw, str(path))


@lru_cache(maxsize=1)
def load_packaged_outlets() -> OutletRegistry:
    """The curated outlets in ``kb/data/outlets.yaml`` (wires, state media...)."""
    return read_outlets_file(OUTLETS_FILE)


_WORD = re.compile(r"[A-Z][\w'-]+")
_STOP = frozenset({"The", "And", "Its", "Their", "Government", "Republic", "Forces", "Armed"})


def party_keywords(conflict: ConflictParties) -> dict[Side, tuple[str, ...]]:
    """Name stems that identify each party in actor names ("Ostrelia" also matches
    "Ostrelian"): the capitalised words and acronyms of the party descriptions."""
    out: dict[Side, tuple[str, ...]] = {}
    for side, text in ((Side.PARTY_A, conflict.party_a), (Side.PARTY_B, conflict.party_b)):
        words = {w.strip("()'") for w in _WORD.findall(text)} - _STOP
        out[side] = tuple(sorted(_stem(w) for w in words if len(w) >= 3))
    return out


def _stem(word: str) -> str:
    """Drop adjectival endings so a country and its demonym share a stem."""
    lowered = word.lower()
    for suffix in ("ian", "ish", "ese", "an", "ia", "i", "n"):
        if len(lowered) - len(suffix) >= 4 and lowered.endswith(suffix):
            return lowered[: -len(suffix)]
    return lowered


def side_from_name(name: str, keywords: dict[Side, tuple[str, ...]]) -> Side:
    """The party an actor name points at by its words, or UNKNOWN when none or both do."""
    stems = {_stem(w.strip("()'")) for w in re.findall(r"[\w'-]+", name)}
    hits = {side for side, keys in keywords.items() if stems & set(keys)}
    return hits.pop() if len(hits) == 1 else Side.UNKNOWN
