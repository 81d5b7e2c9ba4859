"""warledger_events: PLOVER events (type, mode) with their arguments.

Triggers come from ``event_lexicon.TRIGGERS`` matched on lemmas (a
``LexiconMatcher`` built when the component is created), and from verbs that tell
an act only with their object or complement (``event_objects``, ``event_happenings``:
"threw a grenade", "fell to his death"). Each trigger becomes an
``Event`` whose arguments are read off the dependency parse:

* initiators / targets: subject and object of a verb trigger (swapped for the
  passive, "by" agents included), possessors, "by" and "on/against/of" phrases
  of a noun trigger, the subject of a light verb ("launched an attack"). They
  are the actors component's mentions when it found one there, otherwise the
  noun phrase itself marked ``source="rule"``;
* place, date, instrument, casualties: the other components' mentions in the
  same sentence, preferring those syntactically attached to the trigger;
* mode: the trigger's own (``shelled`` -> shelling) or, for generic triggers
  ("attacked", "killed"), the most specific cue in the sentence ("warplanes"
  -> aerial);
* negation: "did not attack", "no shelling", "never shelled".

Disasters are told as ASSAULTs of a non-attack mode (``NON_ATTACK_MODES``), with
no initiator: a natural hazard or an accident named as such ("the earthquake",
"a plane crash"), or an explosion or a fire an accident cue explains
(``event_tolls.against_disasters``). They are never attacks, but a reader is told
of them, and their tolls belong to them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from warledger.extract import event_lexicon as lex
from warledger.extract.argument_kinds import doers
from warledger.extract.attrs import model_span
from warledger.extract.event_args import ArgumentFinder
from warledger.extract.event_blame import laid_on
from warledger.extract.event_context import (
    HOSTILE,
    event_date,
    placed_dates,
    recode_modality,
)
from warledger.extract.event_conventions import apply_conventions, new_bases
from warledger.extract.event_folding import merge_causes, protest_purposes, threat_contents
from warledger.extract.event_happenings import happening_triggers
from warledger.extract.event_lookalikes import names_no_event
from warledger.extract.event_objects import (
    is_person,
    object_triggers,
    projectile_landings,
    retype_by_object,
)
from warledger.extract.event_seizures import Trigger, weapon_seizures
from warledger.extract.event_tolls import aftermath, against_disasters, with_casualties
from warledger.extract.lexicon_matcher import LexiconMatcher
from warledger.model import (
    ACCIDENT_MODE,
    NATURAL_HAZARD_MODE,
    NON_ATTACK_MODES,
    Event,
    Instrument,
    PloverType,
)
from warledger.model import Span as TextSpan

FACTORY = "warledger_events_v2"

# Trigger modes a sentence cue may replace: a generic "attack" or a "bombing"
# can turn out to be aerial or suicide; "shelled" or "clashes" stay what they say.
_REFINABLE = frozenset({None, "explosion", "ied"})
# Trigger labels of acts done to someone or something by force.
_VIOLENT_KEYS = (f"{PloverType.ASSAULT.value}|", f"{PloverType.COERCE.value}|")
_EXPLOSION_REFINEMENTS = frozenset({"suicide_bombing", "ied", "grenade", "aerial", "chemical"})


def _key(plover: PloverType, mode: str | None) -> str:
    return f"{plover.value}|{mode or ''}"


def _parse_key(key: str) -> tuple[PloverType, str | None]:
    plover, _, mode = key.partition("|")
    return PloverType(plover), mode or None


class EventsComponent:
    """Finds PLOVER event triggers and fills their arguments from the parse."""

    def __init__(self, vocab: Vocab) -> None:
        self.triggers = LexiconMatcher(
            vocab, ((_key(t, m), phrases) for t, m, phrases in lex.TRIGGERS)
        )
        self.cues = LexiconMatcher(
            vocab,
            (
                *lex.MODE_CUES,
                (NATURAL_HAZARD_MODE, lex.NATURAL_HAZARD_CUES),
                (ACCIDENT_MODE, lex.ACCIDENT_CUES),
            ),
        )
        self.cue_rank = {mode: rank for rank, (mode, _) in enumerate(lex.MODE_CUES)}
        self.cue_rank[NATURAL_HAZARD_MODE] = len(self.cue_rank)
        self.cue_rank[ACCIDENT_MODE] = len(self.cue_rank)

    def __call__(self, doc: Doc) -> Doc:
        args = ArgumentFinder(doc)
        cues = self._sentence_cues(doc)
        events: list[Event] = []
        triggers = weapon_seizures(self._find_triggers(doc, args))
        dates = placed_dates(doc)
        trigger_tokens = frozenset(i for t in triggers for i in range(t.span.start, t.span.end))
        for trigger in triggers:
            root = trigger.span.root
            sentence_cues = cues.get(root.sent.start, ())
            mode = self._refine_mode(trigger, sentence_cues)
            modes = (trigger.mode, mode)
            kept, mode = against_disasters(root, trigger.plover, modes, sentence_cues)
            if not kept:
                continue
            plover, mode, negated = recode_modality(root, trigger.plover, mode)
            exchange = plover not in HOSTILE | {PloverType.PROTEST}
            initiators, targets = args.participants(root, trigger_tokens, exchange)
            initiators = doers(doc, initiators) if plover == PloverType.ASSAULT else initiators
            if aftermath(root, mode, (initiators, targets), cues, events):
                continue  # its toll is kept, explained by the accident before it
            if mode == "deport" and any(
                w in t.name.lower() for t in targets for w in lex.DIPLOMAT_WORDS
            ):
                plover, mode = PloverType.SANCTION, "expel_diplomats"
            events.append(
                Event(
                    type=plover,
                    mode=mode,
                    trigger=model_span(trigger.span),
                    initiators=[] if mode in NON_ATTACK_MODES else initiators,  # no one's act
                    targets=targets,
                    place=args.place(root, actors=initiators + targets),
                    date=event_date(root, dates),
                    instrument=self._instrument(doc, trigger, root),
                    negated=negated,
                )
            )
        events = laid_on(doc, apply_conventions(doc, retype_by_object(doc, events)), args)
        events = protest_purposes(doc, threat_contents(doc, merge_causes(doc, events)))
        accidents = {
            sent: next(cue for cue in found if cue in NON_ATTACK_MODES)
            for sent, found in cues.items()
            if NON_ATTACK_MODES.intersection(found)
        }
        doc._.events = with_casualties(doc, events, doc._.casualties or [], args, accidents)
        return doc

    def _find_triggers(self, doc: Doc, args: ArgumentFinder) -> list[Trigger]:
        """Longest non-overlapping matches, skipping words inside actor names
        ("Popular Mobilization Forces") and places."""
        spans = [Span(doc, s, e, label=key) for key, s, e in self.triggers(doc)]
        spans += _fighter_transfers(doc)
        spans += [Span(doc, i, i + 1, label=_key(t, m)) for i, t, m in object_triggers(doc)]
        spans += [Span(doc, i, i + 1, label=_key(t, m)) for i, t, m in happening_triggers(doc)]
        base = _key(PloverType.MOBILIZE, "base")
        spans += [Span(doc, start, end, label=base) for start, end in new_bases(doc)]
        kept = filter_spans(spans)
        attacked = {s.sent.start for s in kept if s.label_.startswith("ASSAULT|")}
        strike = _key(PloverType.ASSAULT, None)
        kept = sorted(
            filter_spans(
                kept
                + [
                    Span(doc, i, i + 1, label=strike)
                    for i in projectile_landings(doc)
                    if doc[i].sent.start not in attacked
                ]
            ),
            key=lambda s: s.start,
        )
        heads = frozenset(span.root.i for span in kept)
        violent = frozenset(span.root.i for span in kept if span.label_.startswith(_VIOLENT_KEYS))
        found = []
        for span in kept:
            if (
                args.inside_name(span)
                or names_no_event(span, heads)
                or _names_a_kind(span, heads, violent)
            ):
                continue
            plover, mode = _parse_key(span.label_)
            if plover == PloverType.AGREE and _signs_alone(span.root):
                continue
            if plover == PloverType.RETREAT and (
                _leaves_a_state(span.root, heads) or _pulls_people(span.root)
            ):
                continue
            if span.root.pos_ == "NOUN" and span.root.lemma_.lower() in lex.FIGHTER_NOUNS:
                continue  # "killing 22 recruits": the people, not their recruitment
            found.append(Trigger(span, plover, mode))
        return found

    def _sentence_cues(self, doc: Doc) -> dict[int, tuple[str, ...]]:
        """Mode cues present in each sentence (keyed by sentence start token)."""
        found: dict[int, set[str]] = {}
        for key, start, _end in self.cues(doc):
            found.setdefault(doc[start].sent.start, set()).add(key)
        return {
            sent: tuple(sorted(modes, key=self.cue_rank.__getitem__))
            for sent, modes in found.items()
        }

    @staticmethod
    def _refine_mode(trigger: Trigger, cues: Sequence[str]) -> str | None:
        if trigger.plover != PloverType.ASSAULT or trigger.mode not in _REFINABLE:
            return trigger.mode
        lethal = trigger.span.root.lemma_.lower() in lex.LETHAL_LEMMAS
        for cue in cues:
            if cue in NON_ATTACK_MODES or (trigger.mode == "ied" and cue != "suicide_bombing"):
                continue
            if lethal and cue == "crowd_control":
                continue  # killing is no crowd control, whatever else was fired
            if trigger.mode is None or cue in _EXPLOSION_REFINEMENTS:
                return cue
        return trigger.mode

    @staticmethod
    def _instrument(doc: Doc, trigger: Trigger, root: Token) -> TextSpan | None:
        """The nearest weapon or platform in the sentence, for violent events only."""
        if trigger.plover not in (PloverType.ASSAULT, PloverType.COERCE):
            return None
        sent = root.sent
        known: list[Instrument] = [
            i for i in doc._.instruments or [] if sent.start_char <= i.span.start < sent.end_char
        ]
        if known:
            return min(known, key=lambda i: abs(i.span.start - root.idx)).span
        weapons = [
            t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lex.WEAPON_NOUNS
        ]
        if not weapons:
            return None
        head = min(weapons, key=lambda t: abs(t.i - root.i))
        start = min(
            (c.i for c in head.lefts if c.dep_ in ("amod", "compound", "nummod")),
            default=head.i,
        )
        return model_span(doc[start : head.i + 1])


def _fighter_transfers(doc: Doc) -> list[Span]:
    """ "Sent about 250 mercenaries to the front", "fighters were dispatched": a
    moving verb whose object is a fighter noun, however far apart the two are."""
    key = _key(PloverType.MOBILIZE, "fighters_transfer")
    return [
        Span(doc, t.i, t.i + 1, label=key)
        for t in doc
        if t.pos_ == "VERB"
        and t.lemma_.lower() in lex.TRANSFER_VERBS
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.FIGHTER_NOUNS
            for c in t.children
        )
    ]


def _signs_alone(root: Token) -> bool:
    """ "Signed a decree", "signed an extension": one party's act, not an agreement."""
    return root.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.UNILATERAL_DOCUMENTS for c in root.children
    )


def _leaves_a_state(root: Token, trigger_heads: frozenset[int]) -> bool:
    """ "A shooting left two dead", "the blast left three people injured": a verb of
    leaving whose subject is another event, or whose object is given a resulting
    state, tells what the event did to people, not a withdrawal. Only "leave" reads
    so: "released 20 soldiers captured in the fighting" frees them.

    Nor is a passive "left" one ("what little trade is left": what remains), or a
    "leave" with no place left whose subject is not a force ("as worshippers were
    leaving", "before leaving"): people going away, not forces pulling out."""
    if root.pos_ != "VERB" or root.lemma_.lower() != "leave":
        return False
    if any(c.dep_ == "auxpass" for c in root.children):
        return True
    if not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in root.children
    ):
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if root.dep_ == "acl":  # "the last troops left on Monday", read as a participle
            subjects.append(root.head)
        if not any(_a_force(s) for s in subjects):
            return True
    for child in root.children:
        if child.dep_ in ("nsubj", "csubj") and child.i in trigger_heads:
            return True
        if child.dep_ in ("oprd", "acomp"):
            return True
        if child.dep_ == "ccomp" and child.tag_ in ("JJ", "VBN"):
            return True  # "leaving at least five people dead and ..." parsed as a clause
        if child.dep_ == "dobj" and any(
            c.dep_ in ("acl", "amod") and c.i > child.i and c.tag_ in ("VBN", "JJ")
            for c in child.children
        ):
            return True
    return False


def _pulls_people(root: Token) -> bool:
    """ "Pulled the passengers out of the bus": "pull out" or "pull back" with people
    who are not a force as its object moves them; only forces pulled out withdraw
    ("pulled its troops out")."""
    return root.lemma_.lower() == "pull" and any(
        c.dep_ == "dobj" and is_person(c) and not _a_force(c) for c in root.children
    )


def _a_force(subject: Token) -> bool:
    """A subject that can pull out: armed people or a body named as one (an
    organisation, a country or a people: "Wagner left", "the Russians left")."""
    lemma = subject.lemma_.lower()
    return (
        lemma in lex.ARMED_NOUNS
        or lemma in lex.FIGHTER_NOUNS
        or lemma in lex.ORG_NOUNS
        or subject.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
    )


def _names_a_kind(span: Span, trigger_heads: frozenset[int], violent: frozenset[int]) -> bool:
    """An event noun before a noun for a doer or an instrument names a kind of them, not
    an act ("attack helicopters", "protest leaders", "riot police"); so does an event
    adjective before any noun ("the humanitarian situation"), unless that noun is itself
    a trigger ("a bomb attack": one event, both words kept by the merge) or an
    undertaking or a trace of the event ("a bombing campaign", "the murder trial").
    Before other nouns an event noun may still refer to an act ("the shooting
    scene"), which ECB+ coreference counts on, but not before a noun a violent trigger
    (``violent``: the heads of ASSAULT and COERCE triggers) acts on ("two aid convoys
    were attacked": the kind of target; "praised the mediation efforts" keeps it). An adjective that
    is its sentence's first word is left alone: the parser often reads a capitalised
    opening word as a modifier; a noun for doers after it ("Aid agencies warned")
    still makes a kind."""
    root = span.root
    head = root.head
    kind = (  # the tagger may read an opening "Aid" as a verb; "compound" says noun
        root.dep_ == "compound" and head.lemma_.lower() in lex.AGENT_OR_INSTRUMENT_NOUNS
    )
    adjective = root.dep_ == "amod" and root.tag_ == "JJ"  # "the humanitarian situation"
    if (
        root.dep_ == "compound"
        and not root.lower_.endswith("ing")  # "Denies Shelling Refugee Camp": a verb misread
        and head.i not in trigger_heads
        and _acted_on(head, violent)
    ):
        return True  # "fired on an aid convoy": what kind of target, not an aid act
    return (
        (kind or (adjective and span.start != root.sent.start))
        and head.pos_ in ("NOUN", "PROPN")
        and head.i not in trigger_heads
        and head.lemma_.lower() not in lex.PROCESS_NOUNS
    )


def _acted_on(noun: Token, trigger_heads: frozenset[int]) -> bool:
    """Whether ``noun`` is what one of ``trigger_heads`` acts on: its object, its passive
    subject, or the object of its "on"/"at" ("attacked the convoy", "convoys were
    attacked", "fired on the convoy")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.i in trigger_heads
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("on", "at", "against")
        and prep.head.i in trigger_heads
    )


@Language.factory(
    FACTORY,
    requires=[
        "token.dep",
        "token.lemma",
        "doc._.actors",
        "doc._.instruments",
        "doc._.places",
        "doc._.dates",
        "doc._.casualties",
    ],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp.vocab)
