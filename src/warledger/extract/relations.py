"""warledger_relations: who backs, commands, joins, sends fighters to, or fights whom.

Proxy and foreign-fighter networks are recorded as relations between actors
("Iran backs the Houthis", "Turkey is sending fighters to Azerbaijan", "X, the
leader of Y"). They are found with a handful of dependency patterns around a
trigger word, because the relations the ledger cares about are few and their
syntax is regular; a pattern that does not match yields nothing rather than a
guess. Arguments are the actor mentions (``doc._.actors``) under the subject
and object positions, expanded over coordination ("Iran and Russia back...").
Where the actors component found nothing (a state it left to the places
component, a name not in the knowledge base), named entities stand in. The
valid time is the date mention of the trigger's clause (``doc._.dates``),
else of its sentence.

The word lists are in ``relation_lexicon``; fighter transfers (verb,
participle, noun) in ``relation_transfers``, whose MOBILIZE events are made to
name the same groups (``transfer_agreement``); coalition shapes (inclusion,
"part of", support, co-belligerents) in ``relation_coalitions``; combat (verbs,
nouns of hostile action, sides taken, attacks in support of an ally) in
``relation_combat``; unit addresses, assignments and posts between commas in
``relation_units``; role nouns ("X, the leader of Y", "Y's ally X", "X's
backing of Y") in ``relation_roles``; control of ground and arms ("the city held by X", "X retook
Y from Z", "X's tanks") in ``relation_control``; incoming fire ("X came under
mortar fire from Y") in ``relation_fire``; arms supplied ("X supplied Y with
drones") in ``relation_supply``; verbs of command and membership between bodies
("X controls the militia", "they answer to X", "volunteers serve in Y") in
``relation_ties``.

Whether a relation is negated, denied or attributed to someone is not decided
here: the claims component reads the trigger's context for that
(``relation_denials``, ``relation_stance``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    OBJECT_DEPS,
    actors_at,
    antecedent,
    children_with,
    conjuncts,
    counted_heads,
    described,
    joined_participle,
    patients_of,
    prep_objects,
    same_mention,
)
from warledger.extract.relation_coalitions import coalition_relations
from warledger.extract.relation_combat import (
    SIDE_NOUNS,
    Triggered,
    at_war,
    between,
    exchanged_fire,
    fighting,
    fought_in_support,
    hostile_action,
    on_side_of,
    paired,
    struck,
    use_against,
    used_against,
    verb_of,
)
from warledger.extract.relation_control import HeldIndex, control_relations
from warledger.extract.relation_fire import fire_relations
from warledger.extract.relation_fragments import misread_backing
from warledger.extract.relation_lexicon import (
    AGAINST_VERBS,
    ALLY_VERBS,
    ARRIVAL_VERBS,
    CAPTURE_VERBS,
    CLASH_NOUNS,
    COMMAND_VERBS,
    DEPLOY_NOUNS,
    DEPLOY_VERBS,
    FACILITY_HEADS,
    FIGHT_VERBS,
    HIRING_VERBS,
    HOSTILE_NOUNS,
    IMPACT_VERBS,
    JOIN_VERBS,
    PRESENCE_VERBS,
    SPONSOR_VERBS,
)
from warledger.extract.relation_mentions import (
    MentionIndex,
    token_span,
)
from warledger.extract.relation_merging import with_pair_relations
from warledger.extract.relation_model import PairRelation, RelationModel
from warledger.extract.relation_modifiers import FUSED_PARTICIPLES, fused_modifier
from warledger.extract.relation_participation import participation, undertaking
from warledger.extract.relation_roles import NOT_BODY_LABELS, role_relations
from warledger.extract.relation_supply import supply_relations
from warledger.extract.relation_ties import tie_relations
from warledger.extract.relation_transfers import Transfer, transfer_at
from warledger.extract.relation_units import unit_relations
from warledger.extract.relation_withdrawals import ended_by_withdrawals
from warledger.extract.transfer_agreement import align_transfer_events
from warledger.model import (
    ActorKind,
    ActorMention,
    DateMention,
    PlaceMention,
    Relation,
    RelationPredicate,
)

FACTORY = "warledger_relations_v2"

P = RelationPredicate
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
"""Dependency labels of positions only a noun phrase fills."""


class RelationFinder:
    """Applies the patterns to one Doc; holds nothing between documents."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index = MentionIndex(doc)
        self.held = HeldIndex(doc)
        self.document_id: str | None = doc._.document_id or None
        self.transfers: list[Transfer] = []

    def relations(self) -> list[Relation]:
        # One relation per pair and sentence: "X fought alongside Y" is one statement
        # though both the verb and the preposition make it.
        found: dict[tuple[object, ...], Relation] = {}
        for token in self.doc:
            for relation in self._at(token):
                found.setdefault(_key(relation, token), relation)
        # "X struck Z in support of Y": Y is at war with Z too
        for support, ally, enemy in fought_in_support(self.doc, list(found.values())):
            relation = self._relation(support, P.FIGHTING_AGAINST, ally, enemy, None)
            found.setdefault(_key(relation, support), relation)
        return list(found.values())

    def _at(self, token: Token) -> Iterator[Relation]:
        shapes = (
            coalition_relations(token, self.index),
            unit_relations(token, self.index),
            control_relations(token, self.index, self.held),
            fire_relations(token, self.index, self.held),
            supply_relations(token, self.index, self.held),
            tie_relations(token, self.index),
            misread_backing(token, self.index),
            participation(token, self.index),
        )
        for found in shapes:
            for predicate, subjects, objects in found:
                yield from self._product(token, predicate, subjects, objects)
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"} and (lemma in PRESENCE_VERBS or undertaking(token)):
            yield from self._deployment(token)
        if token.dep_ == "amod" and lemma in FUSED_PARTICIPLES:
            for predicate, subjects, objects in fused_modifier(token, self.index):
                yield from self._product(token, predicate, subjects, objects)
        elif token.pos_ in {"VERB", "AUX"} or token.dep_ == "amod":
            if lemma in SPONSOR_VERBS:
                yield from self._transitive(token, P.SPONSORS)
            elif lemma in COMMAND_VERBS:
                yield from self._transitive(token, P.COMMANDS)
            elif lemma in JOIN_VERBS:
                yield from self._joining(token)
            elif lemma in DEPLOY_VERBS | ARRIVAL_VERBS:
                deployed = list(self._deployment(token))
                yield from deployed
                if not deployed and lemma in HIRING_VERBS and token.dep_ != "acl":
                    # "Baku had hired the mercenaries", "Wagner was hired by the
                    # government": hired for no named war, the hirer pays the group
                    yield from self._transitive(token, P.SPONSORS)
            elif lemma in FIGHT_VERBS:
                yield from self._triggered(fighting(token, self.index))
            elif lemma == "exchange":
                yield from self._triggered(exchanged_fire(token, self.index))
            elif lemma in CAPTURE_VERBS:
                # "retook the town from Y"; "regained ground from Y" (on the object; a
                # site there is where it was taken: "seized tanks from the airfield")
                taken_from = paired(token, self.index, "from") + [
                    a
                    for t in children_with(token, {"dobj"})
                    for a in paired(t, self.index, "from")
                    if a.name.split()[-1].lower() not in FACILITY_HEADS
                ]
                agents = agents_of(token, self.index)
                yield from self._product(token, P.FIGHTING_AGAINST, agents, taken_from)
            elif lemma in AGAINST_VERBS:
                yield from self._triggered(used_against(token, self.index))
            elif lemma in IMPACT_VERBS:
                yield from self._triggered(struck(token, self.index))
            elif lemma in ALLY_VERBS:
                # "X sided with Y", "X stands by Y", "X stood behind Y", "X relied on Y"
                partners = [
                    a
                    for prep in ("with", "by", "behind", "on")
                    for a in paired(token, self.index, prep)
                    if a.kind is not ActorKind.CIVILIANS  # "stands with the people of X"
                ]
                agents = agents_of(token, self.index) or [
                    # "the Houthis, who are aligned with Iran": a state of the subject
                    a
                    for t in children_with(token, {"nsubjpass"})
                    for a in actors_at(antecedent(t), self.index)
                ]
                yield from self._product(token, P.ALLIED_WITH, agents, partners)
        if _nominal(token):
            if lemma in DEPLOY_NOUNS:
                yield from self._deployment(token)
            if lemma in HOSTILE_NOUNS:
                yield from self._triggered(hostile_action(token, self.index))
            if lemma in CLASH_NOUNS:
                yield from self._triggered(between(token, self.index))
            if lemma == "use":
                yield from self._triggered(use_against(token, self.index))
            if lemma in SIDE_NOUNS:
                yield from self._triggered(on_side_of(token, self.index))
            if lemma == "war":
                yield from self._triggered(at_war(token, self.index))
            for predicate, subjects, objects in role_relations(token, self.index):
                yield from self._product(token, predicate, subjects, objects)

    def _transitive(self, verb: Token, predicate: RelationPredicate) -> Iterator[Relation]:
        """Verb patterns: "X backs Y", "Y is backed by X", "X-backed Y" (adjectival)."""
        if verb.dep_ == "amod":
            subjects = [self.index.actor[c.i] for c in verb.children if c.i in self.index.actor]
            objects = actors_at(verb.head, self.index)
        elif verb.tag_ == "VBN" and (verb.dep_ == "acl" or joined_participle(verb)):
            # "the militia, trained and paid by Iran": coordinated participles share
            # the agent and the noun they describe
            first = verb.head if verb.dep_ == "conj" else verb
            agents = [t for p in conjuncts(first) for t in prep_objects(p, {"by"})]
            subjects = [a for t in agents for a in self._actors(t)]
            objects = described(first.head, self.index)
        else:
            subjects = agents_of(verb, self.index)
            objects = [
                a
                for tok in counted_heads(patients_of(verb))
                for a in actors_at(antecedent(tok), self.index)
            ]
        yield from self._product(verb, predicate, subjects, objects)

    def _joining(self, verb: Token) -> Iterator[Relation]:
        """Membership from "X joined Y" when Y is a body: joining a person or a
        country ("joined Kerry in Paris") is company, not membership. A body the
        tagger gave no label ("joined the Three Rivers Alliance") is still one."""
        subjects = [a for a in agents_of(verb, self.index) if a.label != "GPE"]
        objects = [
            a
            for t in children_with(verb, OBJECT_DEPS)
            for a in self._actors(t)
            if a.label not in NOT_BODY_LABELS
        ]
        yield from self._product(verb, P.MEMBER_OF, subjects, objects)

    def _deployment(self, trigger: Token) -> Iterator[Relation]:
        """Deployment from a verb, participle or noun (see ``relation_transfers``);
        the transfer is kept so that its MOBILIZE event can name the groups moved."""
        transfer = transfer_at(trigger, self.index)
        if transfer is None:
            return
        self.transfers.append(transfer)
        for subject in transfer.subjects:
            for obj, place in transfer.destinations:
                if obj is not None and same_mention(obj, subject):
                    obj = None
                if obj is not None or place is not None:
                    yield self._relation(trigger, P.DEPLOYS_FIGHTERS_TO, subject, obj, place)

    def _actors(self, token: Token) -> list[ActorMention]:
        return actors_at(token, self.index)

    def _triggered(self, found: Iterable[Triggered]) -> Iterator[Relation]:
        for trigger, predicate, subjects, objects in found:
            yield from self._product(trigger, predicate, subjects, objects)

    def _product(
        self,
        trigger: Token,
        predicate: RelationPredicate,
        subjects: list[ActorMention],
        objects: list[ActorMention],
    ) -> Iterator[Relation]:
        for subject in subjects:
            for obj in objects:
                if not same_mention(subject, obj):
                    yield self._relation(trigger, predicate, subject, obj, None)

    def _relation(
        self,
        trigger: Token,
        predicate: RelationPredicate,
        subject: ActorMention,
        obj: ActorMention | None,
        place: PlaceMention | None,
    ) -> Relation:
        when = self._valid_time(trigger)
        return Relation(
            predicate=predicate,
            subject=subject,
            object=obj,
            object_place=place,
            trigger=token_span(trigger, self.document_id),
            valid_from=when.start if when else None,
            valid_to=when.end if when else None,
            dated_by=when,
        )

    def from_pair(self, pair: PairRelation) -> Relation:
        """A classifier's relation, dated and evidenced like a pattern's."""
        return self._relation(
            pair.trigger, pair.predicate, pair.subject.actor, pair.object.actor, None
        )

    def _valid_time(self, trigger: Token) -> DateMention | None:
        """The date inside the trigger's clause, else the nearest in its sentence; a
        resolved one first. An unresolved one ("On October 6" in a text with no
        publication date) is still the relation's date, as it is an event's."""
        clause = verb_of(trigger) if trigger.pos_ not in {"VERB", "AUX"} else trigger
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        sent = trigger.sent
        in_sentence = [
            d for d in self.index.dates if sent.start_char <= d.span.start < sent.end_char
        ]
        in_clause = [d for d in in_sentence if lo <= d.span.start < hi]
        candidates = in_clause or in_sentence
        return min(
            candidates,
            key=lambda d: (d.start is None, abs(d.span.start - trigger.idx)),
            default=None,
        )


def _key(relation: Relation, token: Token) -> tuple[object, ...]:
    """One relation per pair and sentence."""
    return (
        relation.predicate,
        relation.subject.span.start,
        relation.subject.name,  # "their" may stand for two actors
        relation.object.span.start if relation.object else None,
        relation.object.name if relation.object else None,
        relation.object_place.span.start if relation.object_place else None,
        token.sent.start,
    )


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun can stand ("U.S.
    airstrikes against X" as the object of a preposition); a gerund there is a verb."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS and token.tag_ != "VBG"


class RelationsComponent:
    """Writes ``doc._.relations``: a fresh list for every document; the MOBILIZE
    events of the fighter transfers it finds are made to name the same groups.

    With a trained classifier (``relation_model``), its relations between two
    mentions the pipeline found (not a bare noun phrase or pronoun: "the presence"
    names no one a monitor can follow) join the patterns' where no pattern
    relation already joins the same two mentions: the
    patterns are the more precise of the two (``models/relations/MODEL_CARD.md``),
    so theirs is kept."""

    def __init__(self, model: RelationModel | None = None) -> None:
        self.model = model
        self.model_version = model.version if model else None

    def __call__(self, doc: Doc) -> Doc:
        finder = RelationFinder(doc)
        found = finder.relations()
        if self.model is not None:
            pairs = self.model.find(doc, finder.index.referring)
            found = with_pair_relations(doc, found, pairs, finder.from_pair, self.model.predicates)
        doc._.relations = ended_by_withdrawals(doc, finder.index, found)
        if doc._.events:
            doc._.events = align_transfer_events(list(doc._.events), finder.transfers)
        return doc


@Language.factory(
    FACTORY,
    requires=["token.dep", "token.lemma", "doc._.actors", "doc._.places", "doc._.dates"],
    assigns=["doc._.relations"],
    default_config={"relation_model": True},
)
def make_relations(nlp: Language, name: str, relation_model: bool) -> RelationsComponent:
    """``relation_model`` false runs the trigger patterns alone (no trained classifier)."""
    return RelationsComponent(RelationModel() if relation_model else None)
