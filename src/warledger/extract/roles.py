"""warledger_roles: perpetrators, targets, victims and weapons from a trained tagger.

Why a trained component: the parse rules find an attack's arguments only
where the syntax puts them next to the trigger ("guerrillas attacked the
farm"); a report names the group behind an attack, the people it killed or
the bomb it used in another clause or in a phrase the parse hangs elsewhere. An
entity-style tagger trained with ``spacy train`` on MUC-4's role fillers
(``training/rolefill``, ``models/rolefill/MODEL_CARD.md``) marks such spans
as PerpInd, PerpOrg, Target, Victim or Weapon.

The tagger has its own small encoder (hash embeddings and a three-layer CNN,
64 wide) and reads a lower-cased copy of the tokens: MUC-4's texts are all
lower case, so on cased news a model trained on them would see word shapes it
never met. (One listening to the English model's ``tok2vec`` costs less but
proposed almost nothing on cased news; see the model card.) Its spans go to
``doc._.roles``. They then fill the roles of the document's violent events
(ASSAULT, not negated) from the spans in the event's own sentence: a
perpetrator becomes an initiator, a victim (a named person, as MUC-4's are)
or target a target, a weapon the instrument. Where the tagger found a span of a
role in the sentence, it comes before the rules' guess for that role (on
MUC-4 dev its spans are the more precise, 0.366 -> 0.371); the rules' fillers
stand where it found none, and actors the knowledge base or the NER named (an
id) are kept, as is an initiator that is the trigger verb's own subject or by-agent
unless the tagger found a fuller name inside it (a perpetrator tagged elsewhere in
"the army shelled the village, the rebels said" is the speaker). Where such an
actor covers a span, that mention (with its knowledge-base link) is used instead of a
new one. (Spans of the sentences after an attack,
up to the next one, filled it too in a trial: the same MUC-4 figure, and an
accusation in a later sentence became the initiator the outlet asserts.)
A document without such an event is not tagged (its ``roles`` stay empty):
the spans would fill nothing, and the tagger is the component's main cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan
from spacy.util import minibatch

from warledger.extract import event_lexicon as lex
from warledger.extract.attrs import model_span
from warledger.extract.english_lemmas import english_words
from warledger.extract.ner_decoder import GreedyEntityDecoder
from warledger.extract.role_names import (
    fullest_name,
    is_weapon,
    person_names,
    without_count,
    without_place,
)
from warledger.extract.trained_ner import load_trained_ner
from warledger.model import ActorKind, ActorMention, Event, PloverType

FACTORY = "warledger_roles_v1"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "rolefill"
PIPE_NAME = "role_ner"
ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
PERPETRATORS = frozenset({"PerpInd", "PerpOrg"})
_TARGET_ROLES = ("Victim", "Target")
_PEOPLE_ROLES = frozenset({"Victim", "PerpInd"})
# The coarse label an actor mention of each role carries (labels as in ActorMention).
_ACTOR_LABEL = {"PerpInd": "PERSON", "PerpOrg": "ORG", "Victim": "PERSON", "Target": "FAC"}
# MUC-4's victims are named people (its slot HUM TGT: NAME): so are the tagger's.
_ACTOR_KIND = {"Victim": ActorKind.PERSON}


@dataclass(frozen=True)
class RoleSpan:
    """One span the tagger found: its MUC-4 role and token range ``[start, end)``."""

    role: str
    start: int
    end: int


class RoleTagger:
    """Runs the trained role tagger on Docs the English model has encoded, then fills
    the empty roles of their violent events."""

    def __init__(
        self,
        model_dir: Path = MODEL_DIR,
        lexicon: Callable[[], frozenset[str]] = frozenset,
    ) -> None:
        """``lexicon`` gives the English words (``english_words``) once the pipeline's
        lemmatizer has its tables, which it has only after the pipeline is loaded."""
        self.ner, self.model_version = load_trained_ner(
            model_dir, PIPE_NAME, "role", "train-rolefill", "rolefill"
        )
        self.decoder = GreedyEntityDecoder(self.ner)
        self._lexicon = lexicon
        self._words: frozenset[str] | None = None

    def english_words(self) -> frozenset[str]:
        """The English words, read from the lemmatizer on first use."""
        if self._words is None:
            self._words = self._lexicon()
        return self._words

    def __call__(self, doc: Doc) -> Doc:
        self._tag([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Tag documents in batches: the transition model runs once per batch."""
        for batch in minibatch(docs, size=batch_size):
            self._tag(batch)
            yield from batch

    def propose(self, docs: Sequence[Doc]) -> list[list[RoleSpan]]:
        """The tagger's role spans in each Doc."""
        if not docs:
            return []
        for label in self.ner.labels:  # the model's labels, known to this pipeline's vocab
            docs[0].vocab.strings.add(label)
        ready = [i for i, doc in enumerate(docs) if len(doc)]
        bares = [_lower_copy(docs[i]) for i in ready]
        found: list[list[RoleSpan]] = [[] for _ in docs]
        # Grouped as ``self.ner.pipe(bares, batch_size=len(bares))`` would group them.
        entities = self.decoder.entities(bares, group_size=max(len(bares) // 4, 2))
        for i, spans in zip(ready, entities, strict=True):
            clipped = (_noun_phrase_part(docs[i], e.label, e.start, e.end) for e in spans)
            found[i] = [span for span in clipped if span is not None]
        return found

    def _tag(self, docs: Sequence[Doc]) -> None:
        """Tag only the documents with an event the spans could fill: the tagger is the
        costliest part of the component, and most of its spans elsewhere go unused."""
        for doc in docs:
            doc._.roles = []
        violent = [doc for doc in docs if any(_fillable(event) for event in doc._.events or [])]
        for doc, spans in zip(violent, self.propose(violent), strict=True):
            doc._.roles = spans
            doc._.events = fill_events(doc, spans, self.english_words())


def fill_events(
    doc: Doc, spans: Sequence[RoleSpan], english: frozenset[str] = frozenset()
) -> list[Event]:
    """The document's events, each violent one with the roles the rules left empty
    (or only guessed) filled from the role spans in its sentence, and its targets
    named as ``role_names`` says (a victim by the fullest form of the name in the
    document, its names widened over words ``english`` lacks; a thing without its
    count and where it stands)."""
    by_sentence: dict[int, list[RoleSpan]] = {}
    for span in spans:
        by_sentence.setdefault(doc[span.start].sent.start, []).append(span)
    people = [doc[s.start : s.end] for s in spans if s.role in _PEOPLE_ROLES]
    names = person_names(doc, people, english)
    filled = []
    for event in doc._.events:
        if not _fillable(event):
            filled.append(event)
            continue
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        near = by_sentence.get(trigger.sent.start, []) if trigger is not None else []
        update = _missing_roles(doc, event, near) if near else {}
        targets = cast(list[ActorMention], update.get("targets", event.targets))
        named = [_named(doc, actor, names) for actor in targets]
        if named != targets:
            update["targets"] = named
        filled.append(event.model_copy(update=update) if update else event)
    return filled


def _named(doc: Doc, actor: ActorMention, names: Sequence[str]) -> ActorMention:
    """A target as the role is named: a person by the fullest form of the name the
    document gives, a thing (FAC) without its count ("several buses" -> "buses")."""
    if actor.label == "PERSON" and actor.kind == ActorKind.PERSON:
        name = fullest_name(actor.name, names)
    elif actor.label == "FAC":
        span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        name = without_place(without_count(span)).text if span is not None else actor.name
    else:
        return actor
    return actor if name == actor.name else actor.model_copy(update={"name": name})


CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ccomp", "xcomp"})
TRAILING_POS = frozenset({"CCONJ", "ADV", "ADP", "DET", "PUNCT", "SCONJ", "PRON", "SPACE"})
"""Words that end no noun phrase: left at a span's end once it is cut, they are dropped."""


def _noun_phrase_part(doc: Doc, role: str, start: int, end: int) -> RoleSpan | None:
    """The tagger's span cut where its noun phrase ends: at the end of its sentence,
    or before a verb that heads a clause outside the phrase ("a hotel in the town and
    later killed 50 militants. Speaking to ..."), without the joining words left
    dangling. A verb inside the phrase ("the building that houses the archive") stays.

    The tagger reads lower-cased tokens with no sentence boundaries of its own, so
    now and then a span runs on across clauses; such a span names no one."""
    stop = min(end, doc[start].sent.end)
    for token in doc[start + 1 : stop]:
        outside = token.dep_ == "ROOT" or not start <= token.head.i < stop
        if token.pos_ == "VERB" and token.is_alpha and outside and _has_clause_arguments(token):
            stop = token.i
            break
        if outside and _joins_outside(token):
            stop = token.i
            break
    while stop > start + 1 and doc[stop - 1].pos_ in TRAILING_POS:
        stop -= 1
    if doc[stop - 1].pos_ in TRAILING_POS:
        return None
    return RoleSpan(role, start, stop)


def _joins_outside(token: Token) -> bool:
    """A preposition or an auxiliary whose head lies outside the span joins what follows
    to the clause, not to the noun phrase: "blew up electricity poles | with dynamite"
    (the means of the verb), "armed forces elements | are responsible"."""
    return token.pos_ == "AUX" or (token.pos_ == "ADP" and token.dep_ == "prep")


def _has_clause_arguments(verb: Token) -> bool:
    """A verb with a subject or object of its own heads a clause; one without (like a
    word with digits, "c-130") may be a name or noun the tagger of a lower-cased text
    took for a verb."""
    return any(child.dep_ in CLAUSE_ARGUMENTS for child in verb.children)


def _fillable(event: Event) -> bool:
    """An event whose empty roles the tagger's spans may fill: a violent one that happened."""
    return event.type == PloverType.ASSAULT and not event.negated


def _missing_roles(doc: Doc, event: Event, spans: Sequence[RoleSpan]) -> dict[str, object]:
    """The roles the tagger's spans in the event's sentence fill: the tagger decides
    where it found a span of a role, and the rules' guesses stand only where it found
    none (or where the rules found a linked actor)."""
    update: dict[str, object] = {}
    tagged = [s for s in spans if s.role in PERPETRATORS]
    subject = _doer_words(doc, event)
    sure = any(subject & set(range(a.span.start, a.span.end)) for a in event.initiators)
    fuller = any(doc[s.start].idx in subject for s in tagged)
    if fuller:
        update["initiators"] = _fuller_doers(doc, event.initiators, tagged, subject)
    elif tagged and not any(_linked(a) for a in event.initiators) and not sure:
        update["initiators"] = [_actor(doc, s) for s in tagged]
    targets = _targets(doc, event.targets, spans)
    if targets != event.targets:
        update["targets"] = targets
    instruments = doc._.instruments or []
    weapons = (doc[s.start : s.end] for s in spans if s.role == "Weapon")
    weapon = next((w for w in weapons if is_weapon(w, instruments)), None)
    if weapon is not None:
        update["instrument"] = model_span(weapon)
    return update


def _fuller_doers(
    doc: Doc, initiators: Sequence[ActorMention], tagged: Sequence[RoleSpan], subject: set[int]
) -> list[ActorMention]:
    """The initiators where the tagger found a fuller name in the verb's own subject
    ("members of the fmln" beside the linked "fmln"): linked actors stay, the rules'
    unlinked mentions that share words with a tagged span give way to it, and the
    rules' others stay (the body "rebels of the X" names beside the tagged "rebels")."""
    doers = [_actor(doc, s) for s in tagged if doc[s.start].idx in subject]
    kept = [a for a in initiators if _linked(a) or not any(_overlap(a, d) for d in doers)]
    return kept + [d for d in doers if d not in kept]


def _overlap(actor: ActorMention, other: ActorMention) -> bool:
    return other.span.start < actor.span.end and actor.span.start < other.span.end


def _targets(
    doc: Doc, guessed: Sequence[ActorMention], spans: Sequence[RoleSpan]
) -> list[ActorMention]:
    """The rules' targets, where the tagger found a victim (or a target thing)
    replaced by the tagger's victims (or things); linked actors and targets of a
    kind it found nothing of stay."""
    found = {role: [_actor(doc, s) for s in spans if s.role == role] for role in _TARGET_ROLES}
    kept = [a for a in guessed if _linked(a) or not found[_target_role(a)]]
    return kept + [a for role in _TARGET_ROLES for a in found[role] if a not in kept]


def _doer_words(doc: Doc, event: Event) -> set[int]:
    """Character offsets of the words of the trigger verb's own subject or by-agent,
    with all they hold ("Rebels of the Tarn Liberation Army"): the parse is sure who
    did it, so a rules' initiator there stands unless the tagger found a perpetrator
    inside those words (a fuller name). A perpetrator tagged elsewhere in "the army
    shelled the village, the rebels said" is the speaker, not the doer."""
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None or trigger.root.pos_ != "VERB":
        return set()
    root = trigger.root
    doers = [c for c in root.children if c.dep_ == "nsubj"]
    doers += [p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return {t.idx for d in doers for t in d.subtree}


def _target_role(actor: ActorMention) -> str:
    return "Victim" if actor.label == "PERSON" else "Target"


def _linked(actor: ActorMention) -> bool:
    """An actor the knowledge base or the NER named (it has an id): the tagger's span
    does not overrule it."""
    return actor.actor_id is not None


def _actor(doc: Doc, span: RoleSpan) -> ActorMention:
    """The actors component's mention covering the span if there is one (it may carry a
    knowledge-base link), else a new mention labelled by the role."""
    words = _without_article(doc[span.start : span.end])
    for actor in doc._.actors or []:
        if actor.span.start <= words.start_char and words.end_char <= actor.span.end:
            return actor
    kind = _ACTOR_KIND.get(span.role, ActorKind.OTHER)
    if kind is ActorKind.PERSON and _described(words):
        kind = ActorKind.CIVILIANS
    return ActorMention(
        span=model_span(words),
        name=words.text,
        kind=kind,
        label=_ACTOR_LABEL[span.role],
        source="model",
    )


def _described(words: DocSpan) -> bool:
    """Whether a victim span describes people ("two Chinese engineers", "a peasant")
    rather than naming one: it is counted, or its head is a word for people. MUC-4's
    victims, on which the tagger learnt, are names; its spans on other text are not
    always."""
    head = words.root
    counted = words[0].like_num or words[0].pos_ in ("DET", "NUM")
    return counted or head.lemma_.lower() in lex.PERSON_NOUNS


def _without_article(span: DocSpan) -> DocSpan:
    """ "the farm" -> "farm": actor names carry no leading determiner, as the rules' do."""
    if len(span) > 1 and span[0].pos_ == "DET":
        return span[1:]
    return span


def _lower_copy(doc: Doc) -> Doc:
    """The same tokens in lower case, with no entities: the text as the tagger was
    trained on it, and no general-NER entities for a transition model to keep."""
    spaces = [bool(t.whitespace_) for t in doc]
    return Doc(doc.vocab, words=[t.lower_ for t in doc], spaces=spaces)


@Language.factory(
    FACTORY,
    requires=["token.pos", "doc._.actors", "doc._.instruments", "doc._.events"],
    assigns=["doc._.roles", "doc._.events"],
)
def make_role_tagger(nlp: Language, name: str) -> RoleTagger:
    return RoleTagger(lexicon=lambda: english_words(nlp))
