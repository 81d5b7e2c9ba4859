"""warledger_actors: who is named in a text, linked to the knowledge base.

Four kinds of evidence are combined, most specific first, and each character is
claimed by one mention only (longest wins, ties go to the knowledge base):

1. knowledge-base phrases: curated actors and their aliases, seats of government
   ("the Kremlin"), and country or capital names *used as actors* (the subject or
   possessor of a clause: "Baku denied", "Turkey's drones");
2. rules: common actor nouns with what modifies them ("Iraqi security forces",
   "ISIL terrorists"), unknown groups by their shape ("X Brigade", "Liwa X",
   "militants of X"), titles before names ("Defense Secretary Ash Carter");
3. the statistical NER (PERSON, ORG, NORP), after fixing its best-known slips: a
   city tagged PERSON or ORG after "in"/"from"/... or known as a capital, and a
   knowledge-base group tagged as a place;
4. the trained conflict-entity model (``conflict_entities``, re3d types): its
   Person / Organisation / Nationality spans fill what the three above left
   (measured on re3d's validation part, this order beats the model ranking
   above the general NER: see ``models/entities/MODEL_CARD.md``); its Weapon /
   MilitaryPlatform spans join the lexicon's where the lexicon found nothing;
5. linking (``actor_linking``): exact alias, then close spellings (rapidfuzz, high cutoff); what is
   still unknown becomes a discovered actor ``new:<slug>``.

Weapons and platforms from the lexicon (and the model) go to ``doc._.instruments``
(found in ``instruments``). Corrected
entity labels are written back to ``doc.ents`` so later components (places) see
them too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from warledger.extract.actor_candidates import (
    GENERIC,
    KB,
    MODEL,
    NER,
    RULE,
    Candidate,
    resolve_candidates,
)
from warledger.extract.actor_linking import ActorLinker
from warledger.extract.actor_shapes import (
    LOCATIVE,
    SUBJECT_DEPS,
    city_names,
    is_named,
    join_name_particles,
    left_modifiers,
    shape_matcher,
    slug,
    strip_det,
    used_as_actor,
)
from warledger.extract.attrs import model_span, register_extensions
from warledger.extract.conflict_entities import ConflictEntityModel, EntityProposal
from warledger.extract.instruments import find_instruments
from warledger.extract.relation_lexicon import CAPTURE_VERBS
from warledger.kb import KnowledgeBase, load_kb, normalize_alias
from warledger.kb import matchers as m
from warledger.model import DISCOVERED_PREFIX, Actor, ActorKind, ActorMention, Instrument

FACTORY = "warledger_actors_v2"
MODEL_ACTOR_LABELS = {"Person": "PERSON", "Organisation": "ORG", "Nationality": "NORP"}


class ActorsComponent:
    """Assigns ``doc._.actors`` and ``doc._.instruments``; corrects ``doc.ents``."""

    def __init__(
        self,
        nlp: Language,
        kb: KnowledgeBase | None = None,
        entity_model: ConflictEntityModel | None = None,
    ) -> None:
        register_extensions()
        self.entity_model = entity_model
        self.kb = kb if kb is not None else load_kb()
        self.phrases = m.KBMatcher(nlp, self.kb)
        self.cities = city_names()
        self.state_places = frozenset(
            normalize_alias(name)
            for state in self.kb.states
            for name in (state.name, *state.aliases, *state.capitals)
        )
        self.linker = ActorLinker(self.kb)
        self.force_by_country: dict[str, str] = {}
        for entry in self.kb.actors:
            if entry.kind == ActorKind.STATE_FORCE and entry.country:
                self.force_by_country.setdefault(entry.country, entry.id)
        self.shape_words, self.shapes = shape_matcher(nlp.vocab)

    # --------------------------------------------------------------- call
    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, self.entity_model.propose(doc) if self.entity_model else [])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """As ``__call__``, with the trained model run on a batch of Docs at once."""
        for batch in minibatch(docs, size=batch_size):
            if self.entity_model is None:
                yield from (self._annotate(doc, []) for doc in batch)
                continue
            for doc, found in zip(batch, self.entity_model.propose_batch(batch), strict=True):
                yield self._annotate(doc, found)

    def _annotate(self, doc: Doc, proposals: list[EntityProposal]) -> Doc:
        join_name_particles(doc)
        hits = self.phrases(doc)
        doc._.instruments = find_instruments(doc, hits, proposals)
        candidates = [
            *self._kb_candidates(doc, hits),
            *self._shape_candidates(doc),
            *self._generic_candidates(doc, hits),
            *self._title_candidates(doc, hits),
            *self._ner_candidates(doc, hits),
        ]
        chosen = resolve_candidates(candidates)
        # The model ranks last, so it can only fill tokens the others left: link only those.
        taken = {i for c in chosen for i in range(c.start, c.end)}
        model = self._model_candidates(doc, proposals, doc._.instruments, taken)
        chosen = resolve_candidates([*chosen, *model]) if model else chosen
        doc._.actors = [c.mention for c in chosen]
        self._correct_ents(doc, chosen)
        return doc

    def _model_candidates(
        self,
        doc: Doc,
        proposals: Iterable[EntityProposal],
        instruments: list[Instrument],
        taken: set[int],
    ) -> list[Candidate]:
        """The trained model's people, organisations and nationalities on ``taken``-free
        tokens, linked to the KB; only names (on news far from re3d the model also
        proposes pronouns and common phrases), none over a weapon or platform, nor a
        known town (the model, like the general NER, mistypes some of those)."""
        arms = [(i.span.start, i.span.end) for i in instruments]
        out = []
        for proposal in proposals:
            label = MODEL_ACTOR_LABELS.get(proposal.label)
            if label is None:
                continue
            words = Span(doc, proposal.start, proposal.end, label=label)
            span = strip_det(words)
            if (
                not taken.isdisjoint(range(span.start, span.end))
                or any(s < words.end_char and words.start_char < e for s, e in arms)
                or not is_named(span)  # "his men", "kills": the model's common-noun slips
                or self._is_misread_place(words)
                or span.text in self.cities
            ):
                continue
            actor = self.linker.link(span.text) if label != "NORP" else None
            if actor is not None:
                label = "PERSON" if actor.kind == ActorKind.PERSON else "ORG"
                mention = self._mention(doc, span, actor, label, "model")
            elif label == "NORP":
                state = self.kb.demonym_index.get(normalize_alias(span.text))
                country = self.kb.by_id[state].country if state else None
                mention = self._mention(doc, span, None, label, "model", country=country)
            else:
                kind = ActorKind.PERSON if label == "PERSON" else ActorKind.OTHER
                kw = {"actor_id": f"{DISCOVERED_PREFIX}{slug(span.text)}", "kind": kind}
                mention = self._mention(doc, span, None, label, "model", **kw)
            out.append(Candidate(span.start, span.end, MODEL, mention))
        return out

    def _mention(
        self, doc: Doc, span: Span, actor: Actor | None, label: str, source: str, **kw: object
    ) -> ActorMention:
        fields: dict[str, object] = {"span": model_span(span), "name": span.text}
        if actor is not None:
            fields |= {"actor_id": actor.id, "kind": actor.kind, "country": actor.country}
        return ActorMention.model_validate(fields | {"label": label, "source": source} | kw)

    def _kb_candidates(self, doc: Doc, hits: list[m.PhraseHit]) -> list[Candidate]:
        out = []
        for hit in hits:
            span = doc[hit.start : hit.end]
            if hit.category == m.ACTOR:
                actor = self.kb.by_id[hit.payload]
                if self.linker.other_country(doc, hits, span, actor):
                    continue
                label = {ActorKind.PERSON: "PERSON", ActorKind.STATE: "GPE"}.get(actor.kind, "ORG")
            elif hit.category in (m.STATE, m.CAPITAL) and used_as_actor(span, hit.category):
                actor, label = self.kb.by_id[hit.payload], "GPE"
            else:
                continue
            out.append(
                Candidate(hit.start, hit.end, KB, self._mention(doc, span, actor, label, "kb"))
            )
        return out

    def _shape_candidates(self, doc: Doc) -> list[Candidate]:
        if self.shape_words.isdisjoint(doc.to_array(LOWER).tolist()):
            return []
        spans = []
        for match_id, start, end in self.shapes(doc):
            if doc.vocab.strings[match_id] == "MEMBERS_OF":
                start += 3 if doc[start + 2].lower_ == "the" else 2
            spans.append(doc[start:end])
        out = []
        for span in filter_spans(spans):
            actor = self.linker.link(span.text)
            kw = (
                {}
                if actor
                else {
                    "actor_id": f"{DISCOVERED_PREFIX}{slug(span.text)}",
                    "kind": ActorKind.ARMED_GROUP,
                }
            )
            mention = self._mention(doc, span, actor, "ORG", "rule", **kw)
            out.append(Candidate(span.start, span.end, RULE, mention))
        return out

    def _generic_candidates(self, doc: Doc, hits: list[m.PhraseHit]) -> list[Candidate]:
        """Common actor nouns, widened over their modifiers, which give them an identity.

        A common noun inside a known name ("Forces" in "Syrian Democratic Forces") is
        that name's, and a known actor starting where a nationality does ("Syrian
        Democratic Forces fighters") is the modifier that counts."""
        known = [
            h
            for h in hits
            if h.category == m.ACTOR
            and not self.linker.other_country(
                doc, hits, doc[h.start : h.end], self.kb.by_id[h.payload]
            )
        ]
        named = {h.start: h for h in hits if h.category in (m.STATE, m.CAPITAL, m.DEMONYM)}
        named |= {h.start: h for h in known}
        actor_spans = [(h.start, h.end) for h in known]
        out = []
        for hit in hits:
            if hit.category != m.GENERIC or any(
                a <= hit.start and hit.end <= b for a, b in actor_spans
            ):
                continue
            group = self.kb.generic[int(hit.payload)]
            if doc[hit.end - 1].pos_ not in ("NOUN", "PROPN") or doc[hit.end - 1].dep_ in (
                "compound",
                "amod",
            ):
                continue
            start = left_modifiers(doc, hit.start, hit.end)
            end = hit.end
            modifiers = [named[i] for i in range(start, hit.start) if i in named]
            if end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in named:
                modifiers.append(named[end + 1])
                end = named[end + 1].end
            elif end + 1 < len(doc) and doc[end].lower_ == "of":
                longer = _name_goes_on(doc, end)
                inside = any(start <= a < longer for a, _ in actor_spans)
                end = end if inside else longer  # a known body's own name goes first
            proper = any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in doc[start : hit.start])
            if not (group.standalone or modifiers or proper):
                continue
            actor, country = None, None
            for mod in modifiers:
                named_actor = self.kb.by_id[mod.payload]
                country = named_actor.country
                if mod.category == m.ACTOR and named_actor.kind != ActorKind.PERSON:
                    actor = named_actor
                elif group.kind == ActorKind.STATE_FORCE and country in self.force_by_country:
                    actor = self.kb.by_id[self.force_by_country[country]]
                elif group.kind == ActorKind.STATE and country:
                    actor = self.kb.by_id.get(f"state:{country}")
            label = group.label
            kw = {"kind": group.kind, "country": country} if actor is None else {}
            mention = self._mention(doc, doc[start:end], actor, label, "rule", **kw)
            out.append(Candidate(start, end, GENERIC, mention))
        return out

    def _title_candidates(self, doc: Doc, hits: list[m.PhraseHit]) -> list[Candidate]:
        """People named by office ("the Foreign Secretary said"), with the office's country."""
        out = []
        for hit in hits:
            if hit.category != m.TITLE:
                continue
            head = doc[hit.end - 1]
            nxt = doc[hit.end] if hit.end < len(doc) else None
            if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
                continue
            if any(t.ent_type_ == "PERSON" for t in head.subtree):
                continue
            if head.dep_ not in SUBJECT_DEPS or not (
                head.is_title or doc[hit.start - 1].lower_ == "the"
            ):
                continue
            start = left_modifiers(doc, hit.start, hit.end)
            span = doc[start : hit.end]
            mention = self._mention(
                doc,
                span,
                None,
                "PERSON",
                "rule",
                kind=ActorKind.PERSON,
                country=self.linker.country_in(hits, span),
            )
            out.append(Candidate(start, hit.end, GENERIC, mention))
        return out

    def _ner_candidates(self, doc: Doc, hits: list[m.PhraseHit]) -> list[Candidate]:
        titles = {h.end: h for h in hits if h.category == m.TITLE}
        cased = any(t.is_title for t in doc)
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP") or self._is_misread_place(ent):
                continue
            if cased and ent.label_ != "NORP" and not any(c.isupper() for c in ent.text):
                continue  # "hiding in the bush": in cased text a name has a capital
            if ent[0].tag_ == "POS":
                continue  # cut after a possessor ("’s Note" of "Editor’s Note"): no name
            ent = strip_det(ent)
            if ent.label_ == "NORP":
                if ent.root.dep_ in ("amod", "compound") and ent.root.head.pos_ == "NOUN":
                    continue
                state = self.kb.demonym_index.get(normalize_alias(ent.text))
                country = self.kb.by_id[state].country if state else None
                people = ent.root.tag_ in ("NNS", "NNPS")
                label = "ORG" if people else "NORP"
                mention = self._mention(doc, ent, None, label, "ner", country=country)
                out.append(Candidate(ent.start, ent.end, NER, mention))
                continue
            actor = self.linker.link(ent.text)
            start = ent.start
            if actor is None and ent.label_ == "PERSON" and ent.start in titles:
                start = left_modifiers(doc, titles[ent.start].start, ent.start)
            if actor is None:
                kind = ActorKind.PERSON if ent.label_ == "PERSON" else ActorKind.OTHER
                kw = {"actor_id": f"{DISCOVERED_PREFIX}{slug(ent.text)}", "kind": kind}
                if ent.label_ == "PERSON":
                    kw["country"] = self.linker.country_in(hits, doc[start : ent.start])
                    kw["name"] = ent.text
                span = doc[start : ent.end]
                mention = self._mention(doc, span, None, ent.label_, "ner", **kw)
            else:
                label = "PERSON" if actor.kind == ActorKind.PERSON else "ORG"
                mention = self._mention(doc, ent, actor, label, "ner")
            out.append(Candidate(start, ent.end, NER, mention))
        return out

    def _is_misread_place(self, ent: Span) -> bool:
        """A town the NER took for a person or organisation (a known slip of small models):
        a known town after a locative preposition ("in Kherson") or taken ("seized Kherson")."""
        if ent.label_ not in ("PERSON", "ORG", "NORP"):
            return False
        if normalize_alias(ent.text) in self.state_places:
            return True
        if self.kb.lookup(ent.text):
            return False
        prev = ent.doc[ent.start - 1] if ent.start > 0 else None
        taken = ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in CAPTURE_VERBS
        return ent.text in self.cities and (taken or (prev is not None and prev.lower_ in LOCATIVE))

    def _correct_ents(self, doc: Doc, chosen: list[Candidate]) -> None:
        """Write corrected labels back: misread towns become GPE, matched groups ORG/PERSON."""
        fixed = [
            Span(doc, e.start, e.end, label="GPE") for e in doc.ents if self._is_misread_place(e)
        ]
        for cand in chosen:
            if cand.priority in (KB, RULE) and cand.mention.label in ("ORG", "PERSON"):
                span = doc[cand.start : cand.end]
                if any(e.label_ != cand.mention.label for e in span.ents) or not span.ents:
                    fixed.append(Span(doc, cand.start, cand.end, label=cand.mention.label))
        if not fixed:
            return
        fixed = filter_spans(fixed)
        taken = {i for s in fixed for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans([*kept, *fixed])


def _name_goes_on(doc: Doc, of: int) -> int:
    """The end of a body's name that goes on after "of" inside one named entity ("the
    Ostrelian Ministry of Defence"), or ``of`` itself when the name stops there."""
    end = of
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].pos_ == "PROPN":
        end += 1
    return end + 1 if end > of else of


@Language.factory(
    FACTORY,
    requires=["doc.ents", "doc.tensor", "token.dep", "token.pos", "doc._.document_id"],
    assigns=["doc.ents", "doc._.actors", "doc._.instruments"],
    default_config={"entity_model": True},
)
def make_actors(nlp: Language, name: str, entity_model: bool) -> ActorsComponent:
    """``entity_model`` false runs the knowledge base and rules alone (no trained model)."""
    return ActorsComponent(nlp, entity_model=ConflictEntityModel() if entity_model else None)
