"""Evidence that two actor ids in stored claims are one actor, and against it.

Three kinds of evidence, each yielding ``(id, id, reason)`` with a reason a
reviewer can read:

* ``link_to_kb``: a discovered name is a curated actor's alias, the same name with
  another article or group word (if the curated actor uses that word or none), or
  a very close spelling of an alias;
* ``discovered_edges``: two discovered names agree (``resolve.names``); a bare core
  ("Tal Hamra") joins a typed name only if no other group word - discovered or
  curated - shares that core;
* ``short_form_edges``: a surname or acronym and the only full name it shortens,
  used in a common document.

Kinds and countries must be compatible in every case (``resolve.names``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from warledger.kb import FUZZY_CUTOFF, MIN_FUZZY_LENGTH, KnowledgeBase, normalize_alias
from warledger.model import ActorKind, ActorMention, Claim, Event, Relation
from warledger.resolve.names import (
    GROUP_KINDS,
    NameKey,
    countries_compatible,
    kinds_compatible,
    name_key,
    same_name_reason,
)


def claim_mentions(claim: Claim) -> Iterator[ActorMention]:
    """Every linked actor mention of a claim: claimant and proposition arguments."""
    prop = claim.proposition
    candidates: list[ActorMention | None] = [claim.claimant]
    if isinstance(prop, Event):
        candidates += [*prop.initiators, *prop.targets]
    elif isinstance(prop, Relation):
        candidates += [prop.subject, prop.object]
    for mention in candidates:
        if mention is not None and mention.actor_id:
            yield mention


@dataclass
class Seen:
    """What the stored claims say about one actor id."""

    id: str
    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[ActorKind] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    claims: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)

    def add(self, mention: ActorMention, claim: Claim) -> None:
        self.names[mention.name] += 1
        self.kinds[mention.kind] += 1
        if mention.country:
            self.countries[mention.country] += 1
        self.claims.add(claim.id)
        self.documents.add(claim.document_id)

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0]

    @property
    def kind(self) -> ActorKind:
        known = [(n, k) for k, n in self.kinds.items() if k != ActorKind.OTHER]
        return (
            max(known, key=lambda item: (item[0], item[1].value))[1] if known else ActorKind.OTHER
        )

    @property
    def country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None


def seen_actors(claims: Iterable[Claim]) -> dict[str, Seen]:
    seen: dict[str, Seen] = {}
    for claim in claims:
        for mention in claim_mentions(claim):
            assert mention.actor_id is not None
            seen.setdefault(mention.actor_id, Seen(mention.actor_id)).add(mention, claim)
    return seen


def link_to_kb(seen: Seen, key: NameKey, kb: KnowledgeBase, kb_keys: KbKeys) -> tuple[str, str]:
    """The curated id a discovered actor's name denotes and why, or ("", "")."""
    for name in seen.names:
        actor = kb.lookup(name)
        if actor is not None and kinds_compatible(seen.kind, actor.kind):
            return actor.id, f"{name!r} is a knowledge-base alias of {actor.name!r}"
    matches = kb_keys.by_core.get(key.core, set()) if key.distinctive else set()
    may_drop = _may_drop_group_word(seen, key)
    ids = {
        i
        for i in matches
        if _types_fit(key, kb_keys.types[(i, key.core)])
        and (key.types or frozenset() in kb_keys.types[(i, key.core)] or may_drop)
    }
    if len(ids) == 1:
        actor = kb.by_id[ids.pop()]
        if kinds_compatible(seen.kind, actor.kind) and countries_compatible(
            seen.country, actor.country
        ):
            return actor.id, f"{seen.name!r} is {actor.name!r} with another article or group word"
    if len(key.norm) >= MIN_FUZZY_LENGTH:
        hit = process.extractOne(
            key.norm, kb_keys.norms, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        if hit is not None:
            alias_key, actor_id = kb_keys.keys[hit[2]]
            actor = kb.by_id[actor_id]
            if (
                same_name_reason(key, alias_key)
                and kinds_compatible(seen.kind, actor.kind)
                and countries_compatible(seen.country, actor.country)
            ):
                return actor.id, f"{seen.name!r} is spelled {hit[1]:.0f}% like {alias_key.norm!r}"
    return "", ""


def _may_drop_group_word(seen: Seen, key: NameKey) -> bool:
    """Whether a bare name may stand for a name with a group word: only if extraction took it
    for an armed group, or it is transliterated from Arabic ("al-Fajr" for "Liwa al-Fajr");
    "Islam" is not "Jaysh al-Islam", nor "Syrian government" the "Syrian government forces"."""
    return seen.kind in GROUP_KINDS or key.arabic


def _types_fit(key: NameKey, known: set[frozenset[str]]) -> bool:
    """A name with group words fits a curated actor that uses the same words, or only the
    bare core; a bare name fits any."""
    if not key.types:
        return True
    typed = {t for t in known if t}
    return key.types in typed or not typed


@dataclass
class KbKeys:
    by_core: dict[tuple[str, ...], set[str]]
    types: dict[tuple[str, tuple[str, ...]], set[frozenset[str]]]
    keys: list[tuple[NameKey, str]]
    norms: list[str]
    core_types: dict[tuple[str, ...], set[frozenset[str]]]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> KbKeys:
        by_core: dict[tuple[str, ...], set[str]] = defaultdict(set)
        types: dict[tuple[str, tuple[str, ...]], set[frozenset[str]]] = defaultdict(set)
        core_types: dict[tuple[str, ...], set[frozenset[str]]] = defaultdict(set)
        keys = []
        for actor in kb.by_id.values():
            for alias in {actor.name, *actor.aliases}:
                key = name_key(alias)
                keys.append((key, actor.id))
                if key.distinctive:
                    by_core[key.core].add(actor.id)
                    types[(actor.id, key.core)].add(key.types)
                    core_types[key.core].add(key.types)
        return cls(by_core, types, keys, [k.norm for k, _ in keys], core_types)


def discovered_edges(
    seen: dict[str, Seen], keys: dict[str, NameKey], kb_keys: KbKeys
) -> Iterator[tuple[str, str, str]]:
    """Pairs of discovered ids whose names agree and whose kinds and countries fit."""
    ids = sorted(keys)

    def fits(a: str, b: str) -> bool:
        return kinds_compatible(seen[a].kind, seen[b].kind) and countries_compatible(
            seen[a].country, seen[b].country
        )

    by_core: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for i in ids:
        if keys[i].distinctive:
            by_core[keys[i].folded].append(i)
    for members in by_core.values():
        typed = {keys[m].types for m in members if keys[m].types}
        for member in members:
            typed |= {t for t in kb_keys.core_types.get(keys[member].core, set()) if t}
        for pos, a in enumerate(members):
            for b in members[pos + 1 :]:
                ka, kb_ = keys[a], keys[b]
                reason = same_name_reason(ka, kb_)
                bare = a if not ka.types else b if not kb_.types else None
                if (
                    reason is None
                    and bare is not None
                    and (ka.types or kb_.types)
                    and (ka.core == kb_.core or ka.arabic or kb_.arabic)
                    and len(typed) <= 1
                    and _may_drop_group_word(seen[bare], keys[bare])
                ):
                    reason = (
                        "the same name with and without its group word, which no other group shares"
                    )
                if reason and fits(a, b):
                    yield a, b, reason
    norms = [keys[i].norm for i in ids]
    if len(ids) < 2:
        return
    scores = process.cdist(
        norms, norms, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, dtype="uint8"
    )
    for row, col in zip(*scores.nonzero(), strict=True):
        if row < col:
            a, b = ids[row], ids[col]
            reason = same_name_reason(keys[a], keys[b])
            if reason and fits(a, b):
                yield a, b, reason


def _short_form(seen: Seen) -> tuple[str, str] | None:
    """The key a one-word name is looked up under: a person's surname, an organisation's
    acronym ("SDF")."""
    words = seen.name.split()
    if len(words) != 1:
        return None
    if seen.kind == ActorKind.PERSON:
        return "surname", normalize_alias(seen.name)
    if seen.name.isupper() and len(seen.name) >= 2:
        return "acronym", seen.name.lower()
    return None


def _long_forms(seen: Seen) -> Iterator[tuple[str, str]]:
    words = seen.name.split()
    if len(words) < 2:
        return
    if seen.kind == ActorKind.PERSON:
        yield "surname", normalize_alias(words[-1])
    else:
        yield "acronym", "".join(w[0] for w in words if w[0].isupper()).lower()


def short_form_edges(
    seen: dict[str, Seen], keys: dict[str, NameKey]
) -> Iterator[tuple[str, str, str]]:
    """A surname ("Rubio") or acronym ("SDF") and the one full name it abbreviates among
    all discovered actors ("Marco Rubio", "Syrian Democratic Forces"), when at least half the
    documents using the short form also use the full one - where a writer introduces the
    full name, then shortens it. Elsewhere a bare "Cooper" may well be another Cooper."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor_id in sorted(keys):
        for form in _long_forms(seen[actor_id]):
            full[form].append(actor_id)
    for actor_id in sorted(keys):
        short = seen[actor_id]
        form = _short_form(short)
        candidates = full.get(form, []) if form else []
        if len(candidates) != 1:
            continue
        long = seen[candidates[0]]
        shared = short.documents & long.documents
        if (
            2 * len(shared) >= len(short.documents)
            and kinds_compatible(short.kind, long.kind)
            and countries_compatible(short.country, long.country)
        ):
            assert form is not None
            yield (
                actor_id,
                long.id,
                f"{form[0]} of the only such full name, used with it in {len(shared)} documents",
            )
