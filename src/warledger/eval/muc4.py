"""MUC-4 adapter: event role fillers PerpInd, PerpOrg, Target, Victim, Weapon.

Layout (as in ``shared/gold/muc4``): ``docs.jsonl``, one document a line with
``doctext`` (lower-cased wire text) and ``extracts``: for each role a list of
entities, each a list of ``[string, offset]`` coreferent mentions.

warledger's fillers are the roles of the events of the document's claims that the
pipeline asserts (``Claim.stance``: its own factuality and modality reading, so
nothing hypothetical, future, questioned or denied; whether an act happened is the
product's decision, not this adapter's) that are violent (ASSAULT, which covers
MUC's attacks, bombings, arson and kidnappings; battles, shelling, air strikes and
territorial gains are military acts MUC-4 leaves out) and hit something besides
the armed forces (an ambush of a military convoy is a military act), and nothing
else in the document. Initiators are
PerpInd when their head noun is a word for people or a small band ("armed men",
"members of the front", "a commando group", "fmln guerrillas": MUC-4 keys these as
individuals), else PerpOrg when they name an organisation (a knowledge-base actor,
an institution's head noun, an ORG/NORP/GPE mention or a capitalised name), else
PerpInd; targets become
Victim when they are named people (GRIT's Victim is MUC-4's HUM TGT: NAME;
"two men" is a description, a slot GRIT does not score) and Target when they
are things (label FAC) other than a settlement, a land or a people ("two towns",
"the capital": where it happened, a slot GRIT does not score either); instruments
become Weapon. The events' roles are the pipeline's own: the parse rules', and where
those left a role empty or only guessed it, the trained role tagger's
(``warledger_roles``, spans from the event's sentence). With the MUC-4 conventions
(``role_fillers(muc_conventions=True)``) the merely wounded are no Victims
(MUC-4 keys rarely list them) and neither are armed people (MUC-4 does not
count attacks on the military as terrorist incidents).

Headline: CEAF-REE role-filler F1 as GRIT and GTT score MUC-4 (Du, Rush &
Cardie 2021): each distinct predicted string, after ``normalise_string``, is
one predicted entity; it fits a gold entity only when it equals one of that
entity's mention strings; entities are aligned one-to-one per role so that the
fits are most (``scoring.ceaf_ree``); micro-averaged over roles and documents.
The headline takes the fillers as the events give them; the two MUC-4
conventions this adapter applies on top (the merely wounded are no Victims,
armed people are no Victims) are measured as a secondary figure, and so is
the older lenient scoring: a predicted string fills a gold entity when it
matches any of the entity's strings leniently (equal, one contained in the
other, or the same head noun), predicted strings that match each other
leniently being grouped as one entity first (``muc4_lenient``).
``error_kinds`` counts the headline's left-over entities by kind (fillers
missing, cut at the wrong words, under another role, extra, or in documents
that key no incident; ``muc4_errors``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from warledger.errors import EvalError
from warledger.eval.muc4_errors import error_kinds
from warledger.eval.muc4_lenient import score_role
from warledger.eval.scoring import (
    PRF,
    ceaf_ree,
    headline,
    jsonl_objects,
    normalise_string,
)
from warledger.extract import event_lexicon as lex
from warledger.extract.acled import is_armed
from warledger.extract.pipeline import build_pipeline
from warledger.extract.role_names import title_only
from warledger.model import DISCOVERED_PREFIX, ActorKind, ActorMention, Event, PloverType, Stance

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
_ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
_INJURY_WORDS = ("wound", "injur", "hurt")
# MUC-4 templates record terrorist acts, not battles between armed forces.
_MILITARY_MODES = frozenset({"clash", "shelling", "aerial", "capture_territory"})
_ARTICLES = frozenset({"the", "a", "an"})
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "people": "person"}
# Small bands MUC-4 keys as individuals (PerpInd), not as organisations.
_BAND_NOUNS = frozenset({"group", "commando", "squad", "cell", "column", "unit", "gang", "band"})
# Formations of an armed institution: PerpOrg.
_UNIT_NOUNS = frozenset({"force", "battalion", "brigade", "division", "regiment", "detachment"})
# Words for a part of a group of people: "members", "a group", "elements".
_PARTS = _BAND_NOUNS | {"member", "element"}
_PERSON_LIKE_ARMED = lex.ARMED_NOUNS - lex.ORG_NOUNS - _UNIT_NOUNS
_PEOPLE_HEADS = lex.PERSON_NOUNS | _PERSON_LIKE_ARMED | _BAND_NOUNS
_ORG_HEADS = (lex.ORG_NOUNS - _BAND_NOUNS) | _UNIT_NOUNS | {"mafia"}
# Heads of targets that are the armed forces or their posts: an attack on nothing
# else is a military act, not a MUC-4 terrorist incident.
_MILITARY_HEADS = (
    lex.ARMED_NOUNS
    | lex.STATE_FORCE_NOUNS
    | {"guardsman", "officer", "sergeant", "lieutenant", "captain", "colonel", "corporal"}
    | {"convoy", "garrison", "barrack", "base", "checkpoint", "post"}
)
_MILITARY_WORDS = frozenset({"military", "army"})
# Settlements, lands and peoples: where an attack happened or whom it hit, never the
# physical target MUC-4 keys ("attacked two towns", "bombed the capital").
_PLACE_HEADS = frozenset(
    {"area", "capital", "city", "country", "district", "nation", "neighborhood"}
    | {"neighbourhood", "population", "province", "region", "territory", "town", "village"}
)


def asserted_acts(doc: Doc) -> list[Event]:
    """The document's MUC-4 acts: the events of the claims the pipeline asserts
    (``Claim.stance``: not hypothetical, future, questioned or denied) that are
    violent (ASSAULT), not battles (``_MILITARY_MODES``) and not on the military alone
    (``on_the_military``). Whether an act happened is the product's decision, made
    once for every use of its claims; this adapter only maps types to MUC-4's task."""
    return [
        claim.proposition
        for claim in doc._.claims or []
        if isinstance(claim.proposition, Event)
        and claim.stance is Stance.ASSERTED
        and claim.proposition.type == PloverType.ASSAULT
        and not _MILITARY_MODES.issuperset(_modes(doc, claim.proposition))
        and not on_the_military(claim.proposition)
    ]


def _modes(doc: Doc, event: Event) -> set[str | None]:
    """The modes of the acts one claim tells: its own and those of the events whose
    triggers it merged (``Event.evidence``). "Occupied the village, burned the police
    post and kidnapped the mayor" is one claim with the occupation's mode, but it
    tells an arson and a kidnapping too, which MUC-4 keys."""
    merged = {(span.start, span.end) for span in event.evidence}
    told = [e.mode for e in doc._.events or [] if (e.trigger.start, e.trigger.end) in merged]
    return {event.mode, *told}


def role_fillers(doc: Doc, muc_conventions: bool = False) -> dict[str, list[str]]:
    """Predicted strings per MUC role from a document's events.

    With ``muc_conventions`` wounded and armed targets fill no Victim slot
    (MUC-4 keys rarely list them); without, every named person targeted is a Victim.
    Mentions linked to one actor (a knowledge-base or NER id: "fmln" and its
    full name) are one predicted entity, given by its first mention's string:
    CEAF-REE counts each distinct string as an entity, and a second string of an
    entity already predicted can only be a false positive.
    """
    fillers: dict[str, list[str]] = {role: [] for role in ROLES}
    acts = asserted_acts(doc)
    linked: dict[str, set[str]] = {role: set() for role in ROLES}

    def add(role: str, actor: ActorMention) -> None:
        """One string per linked actor: its other mentions name the same entity."""
        if actor.actor_id is not None:
            if actor.actor_id in linked[role]:
                return
            linked[role].add(actor.actor_id)
        fillers[role].append(actor.name)

    for event in acts:
        for actor in event.initiators:
            if names_organisation(actor, doc):
                add("PerpOrg", actor)
                continue
            add("PerpInd", with_whole(doc, actor))
            body = affiliation(doc, actor)
            if body is not None and not any(_same(body, a.name) for a in event.initiators):
                fillers["PerpOrg"].append(body)
        for actor in event.targets:
            dropped = muc_conventions and (is_armed(actor) or _injury(event))
            if named_person(actor) and not dropped:
                add("Victim", actor)
            elif actor.label == "FAC" and _head_noun(actor.name) not in _PLACE_HEADS:
                add("Target", actor)
        if event.instrument is not None:
            fillers["Weapon"].append(event.instrument.text)
    return fillers


def with_whole(doc: Doc, actor: ActorMention) -> ActorMention:
    """People named by a part of a whole, with the whole they are part of: "members"
    -> "members of the 8th front", "a group" -> "a group of heavily armed
    subversives". The part alone names no one; MUC-4 keys the phrase up to the head
    noun after "of" (not its own further modifiers)."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or span.root.i != span.end - 1 or span.root.lemma_.lower() not in _PARTS:
        return actor
    of = [c for c in span.root.rights if c.dep_ == "prep" and c.lower_ == "of"]
    whole = [p for c in of[:1] for p in c.children if p.dep_ == "pobj"]
    if not whole or whole[0].pos_ not in ("NOUN", "PROPN"):
        return actor
    name = doc[span.start : whole[0].i + 1].text
    return actor.model_copy(update={"name": name})


def affiliation(doc: Doc, actor: ActorMention) -> str | None:
    """The organisation that people are described by, when the words say it: the body
    before their head noun ("guatemalan army troops" -> "guatemalan army", "armed
    forces elements" -> "armed forces") or after "of" ("members of the 8th front" ->
    "8th front"). MUC-4 keys the people as PerpInd and their body as PerpOrg. Only a
    phrase headed by an institution's noun counts ("army", "front", "forces")."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    of = [c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i < span.end]
    body = list(doc[of[0].i + 1 : span.end]) if of else list(doc[span.start : root.i])
    while body and (body[0].pos_ in ("DET", "NUM") or body[0].lower_ in lex.COUNT_WORDS):
        body = body[1:]
    if not body or body[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    head = body[-1].lower_
    head = _IRREGULAR_PLURALS.get(head, head.removesuffix("s"))
    return normalise_string(" ".join(t.text for t in body)) if head in _ORG_HEADS else None


def _same(body: str, name: str) -> bool:
    return normalise_string(name) == body


def on_the_military(event: Event) -> bool:
    """Whether every target of the attack is the armed forces, their people or their
    posts ("ambushed a military convoy", "five soldiers were killed"): MUC-4 keys
    terrorist acts, and an attack on soldiers alone is a military act, as a battle is
    (``_MILITARY_MODES``). An attack with no target named is kept."""
    return bool(event.targets) and all(_military(actor.name) for actor in event.targets)


def _military(name: str) -> bool:
    words = normalise_string(name).split()
    return _head_noun(name) in _MILITARY_HEADS or not _MILITARY_WORDS.isdisjoint(words)


def named_person(actor: ActorMention) -> bool:
    """A person named ("jaime pardo leal"), not described ("two men", "a peasant"):
    GRIT's Victim is MUC-4's HUM TGT: NAME; descriptions fill HUM TGT: DESCRIPTION,
    which GRIT and GTT do not score. A title alone ("the president") describes."""
    return actor.label == "PERSON" and actor.kind == ActorKind.PERSON and not title_only(actor.name)


def _injury(event: Event) -> bool:
    """Whether the event is only a wounding: MUC-4 keys rarely list the wounded
    as victims, so "wounded two passers-by" fills no Victim slot."""
    return event.trigger.text.lower().startswith(_INJURY_WORDS)


def names_organisation(actor: ActorMention, doc: Doc | None = None) -> bool:
    """A named organisation ("the fmln", "the National Workers Army") rather than people
    ("guerrillas", "armed men", "a group of subversives", "members of the fmln").

    The head noun (the last word before "of") decides first: people and the small bands
    MUC-4 keys as individuals ("commando", "squad", "group") are PerpInd, however the
    mention was linked, unless the words are the band's capitalised name. Then a
    knowledge-base actor, an institution's head noun ("army", "front", "cartel"), an
    organisation-like entity label or a capitalised name that is not a person's ("the
    Patriotic Resistance") make PerpOrg. The id the actors component coins for a name it
    does not know ("new:armed-men", given to descriptions too) says nothing either way.
    """
    head = _head_noun(actor.name)
    if head in _PEOPLE_HEADS and not (head in _BAND_NOUNS and _band_name(actor.name)):
        return False
    known = actor.actor_id is not None and not actor.actor_id.startswith(DISCOVERED_PREFIX)
    proper = (
        actor.label != "PERSON"
        and _capitalised(actor.name)
        and not (doc is not None and _capital_of_sentence(doc, actor))
    )
    return known or proper or head in _ORG_HEADS or actor.label in _ORG_LABELS


def _band_name(name: str) -> bool:
    """A band's own name, capitalised and of several words ("the Anti-Imperialist
    Commando", "the Popular Resistance Cells"): an organisation, where "urban commandos"
    or "a commando" describe people."""
    words = name.split()
    words = words[1:] if words and words[0].lower() in _ARTICLES else words
    return len(words) > 1 and _capitalised(name)


def _capital_of_sentence(doc: Doc, actor: ActorMention) -> bool:
    """A one-word mention that opens its sentence and is no proper noun ("Saboteurs
    dynamited ..."): its capital letter is the sentence's, not a name's."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return (
        span is not None
        and len(span) == 1
        and span[0].is_sent_start is True
        and span[0].pos_ != "PROPN"
    )


def _capitalised(name: str) -> bool:
    """Every word of the name but a leading article starts with a capital letter."""
    words = name.split()
    words = words[1:] if words and words[0].lower() in _ARTICLES else words
    return bool(words) and all(w[:1].isupper() for w in words)


def _head_noun(name: str) -> str:
    """The singular head noun of a name: its last word before "of" ("members of the
    front" -> "member", "armed men" -> "man")."""
    words = normalise_string(name).split(" of ")[0].split()
    if not words:
        return ""
    word = words[-1]
    return _IRREGULAR_PLURALS.get(word, word.removesuffix("s"))


def read_docs(path: Path) -> list[dict[str, object]]:
    docs = []
    for where, record in jsonl_objects(path / "docs.jsonl", "shared/gold/muc4"):
        if "doctext" not in record:
            raise EvalError(f"{where}: expected an object with 'doctext' and 'extracts'")
        docs.append(record)
    return docs


def _gold_entities(record: dict[str, object], role: str) -> list[list[str]]:
    extracts = record.get("extracts")
    entities = extracts.get(role, []) if isinstance(extracts, dict) else []
    return [[str(m[0]) for m in entity if m] for entity in entities if entity]


def _micro(per_role: dict[str, PRF]) -> PRF:
    micro = PRF()
    for counts in per_role.values():
        micro.add(counts)
    return micro


def _error_table(errors: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
    """The headline's left-over entities by kind (``muc4_errors``): in all, then per role."""
    total: Counter[str] = Counter()
    for kinds in errors.values():
        total.update(kinds)
    table = {"all": dict(sorted(total.items()))}
    table.update({role: dict(sorted(kinds.items())) for role, kinds in errors.items()})
    return table


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """CEAF-REE (headline) and lenient role-filler P/R/F1 over the first ``limit`` documents."""
    records = read_docs(path)
    records = records[:limit] if limit is not None else records
    nlp = build_pipeline()
    strict = {role: PRF() for role in ROLES}
    conventions = {role: PRF() for role in ROLES}
    lenient = {role: PRF() for role in ROLES}
    errors: dict[str, Counter[str]] = {role: Counter() for role in ROLES}
    docs = nlp.pipe((str(r["doctext"]) for r in records), batch_size=8)
    for record, doc in zip(records, docs, strict=True):
        fillers = role_fillers(doc)
        conventional = role_fillers(doc, muc_conventions=True)
        golds = {role: _gold_entities(record, role) for role in ROLES}
        for role, kinds in error_kinds(fillers, golds).items():
            errors[role].update(kinds)
        for role in ROLES:
            gold = golds[role]
            strict[role].add(ceaf_ree(fillers[role], gold))
            conventions[role].add(ceaf_ree(conventional[role], gold))
            lenient[role].add(score_role(conventional[role], gold))
    micro = _micro(strict)
    return {
        "headline": headline(
            "CEAF-REE role-filler F1 (normalised exact string, optimal one-to-one entity "
            "alignment per role, micro over PerpInd, PerpOrg, Target, Victim, Weapon)",
            "Du, Rush & Cardie 2021, GRIT (EACL); as in GTT (Du, Rush & Cardie 2021, NAACL)",
            {"micro_f1": micro.f1, "precision": micro.precision, "recall": micro.recall},
            scope="every gold document and every gold entity",
        ),
        "n": len(records),
        "ceaf_ree": {
            "micro": micro.as_dict(),
            "per_role": {role: counts.as_dict() for role, counts in strict.items()},
        },
        "excluded": {"gold_documents": 0, "gold_entities": 0},
        "error_kinds": _error_table(errors),
        "secondary": {
            "ceaf_ree_with_muc_victim_conventions": _micro(conventions).as_dict(),
            "lenient_head_noun_grouped": {
                "micro": _micro(lenient).as_dict(),
                "per_role": {role: counts.as_dict() for role, counts in lenient.items()},
            },
        },
    }
