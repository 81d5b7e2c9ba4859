"""Linking a name to the knowledge base's actor, and the nation a phrase names.

Exact aliases first, then close spellings (rapidfuzz ratio, high cutoff, long names
only): news spells transliterated names many ways ("Hayat Tahrir al-Sham",
"al-Shaam"), but a short name one letter off is another name. A national body named
by its function ("Ministry of Defence") is the knowledge base's body only when no
other nation qualifies it.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span

from warledger.kb import FUZZY_CUTOFF, MIN_FUZZY_LENGTH, KnowledgeBase, normalize_alias
from warledger.kb import matchers as m
from warledger.model import Actor, ActorKind


class ActorLinker:
    """Links names to one knowledge base's actors; caches close-spelling lookups."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.alias_keys = tuple(kb.alias_index)
        self._fuzzy = lru_cache(maxsize=4096)(self._fuzzy_lookup)

    def _fuzzy_lookup(self, key: str) -> Actor | None:
        if len(key) < MIN_FUZZY_LENGTH:
            return None
        best = process.extractOne(
            key, self.alias_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        return self.kb.by_id.get(self.kb.alias_index[best[0]]) if best else None

    def link(self, text: str) -> Actor | None:
        """The curated actor ``text`` names: exact alias first, then a close spelling."""
        return self.kb.lookup(text) or self._fuzzy(normalize_alias(text))

    def other_country(self, doc: Doc, hits: list[m.PhraseHit], span: Span, actor: Actor) -> bool:
        """A national body named by its function ("Ministry of Defence") but qualified by
        another nation ("the French Ministry of Defence", "the Ostrelian Ministry of
        Defence") is not the knowledge base's body of that name."""
        if actor.country is None or actor.kind == ActorKind.STATE or span.start == 0:
            return False
        before = doc[span.start - 1]
        if before.dep_ not in ("amod", "compound") or not span.start <= before.head.i < span.end:
            return False
        named = self.country_in(hits, doc[before.i : before.i + 1])
        if named is not None:
            return named != actor.country
        return before.pos_ == "PROPN" or before.ent_type_ == "NORP"

    def country_in(self, hits: list[m.PhraseHit], span: Span) -> str | None:
        """The country a title phrase names ("Iraqi Prime Minister", "head of Russia's ...")."""
        end = span.end
        if end < len(span.doc) and span.doc[end].lower_ == "of":
            end = min(len(span.doc), end + 5)
        for hit in hits:
            inside = span.start <= hit.start and hit.end <= end
            if inside and hit.category in (m.STATE, m.DEMONYM, m.ACTOR):
                return self.kb.by_id[hit.payload].country
        return None
