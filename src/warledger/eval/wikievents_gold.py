"""WikiEvents gold: the KAIROS annotation read into character offsets, and its
types mapped to PLOVER.

Layout (as in ``shared/gold/wikievents``): ``docs.jsonl``, one article a line
with ``sentences`` (each ``[[token, start_char, end_char], ...], sentence_text``),
``entity_mentions`` (token ranges, end exclusive) and ``event_mentions``
(``event_type``, ``trigger`` token range, ``arguments`` by ``entity_id`` and
``role``). The token character offsets refer to the original article, of which
the file keeps every sentence but not the whitespace between sentences; the
text is rebuilt by putting each sentence back at its first token's offset, so
the gold offsets hold unchanged (``article_text``).

KAIROS types are mapped to PLOVER by ``TYPE_MAP`` (the first matching prefix
wins); each entry also says which gold roles fill which warledger event slot
(initiators, targets, place, instrument). Roles left out (Participant, Topic,
Regulator, Crime...) have no slot: missed in the headline, not scored in the
lenient figures. Gold events of types with no PLOVER counterpart are excluded
from the lenient scores and counted in ``excluded_by_type``; there, a
prediction whose trigger overlaps only such an event is neither right nor
wrong, and predictions of PLOVER types no mapped KAIROS type can express
(AGREE, SUPPORT, ...) are not scored either.

Judgement calls, documented because they decide the denominator:

* Life.Die / Life.Injure -> ASSAULT when violent. KAIROS has no "violent
  death" subtype, so a death or injury counts as violent unless it carries a
  medical argument (MedicalIssue, MedicalCondition, Disease) or its sentence
  has a disaster or illness event and no attack;
* Movement.Transportation -> MOBILIZE only when a transporter or passenger is
  an armed actor (``ARMED_WORDS``, kept here so the gold side does not move
  when the extractor's lexicon is tuned); otherwise excluded;
* Justice.ChargeIndict and InvestigateCrime -> ACCUSE (PLOVER folds formal
  accusations and investigations into ACCUSE), ReleaseParole -> CONCEDE,
  Contact.Contact.Meet -> CONSULT (participants are symmetric: only Place is
  scored). Property damage (ArtifactExistence) is ASSAULT or COERCE depending
  on who did it, which the annotation does not say: excluded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warledger.errors import EvalError
from warledger.eval.event_matching import GoldArgument, GoldEvent
from warledger.eval.scoring import jsonl_objects
from warledger.model import PloverType


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARMED_WORDS = _words(
    """army battalion brigade commando fighter force guerrilla gunman gunmen insurgent
    jihadist marine mercenary militant military militia militiamen paramilitary police
    rebel regiment soldier terrorist troop"""
)
_MEDICAL_ROLES = frozenset({"MedicalIssue", "MedicalCondition", "Disease"})
_NON_VIOLENT_NEIGHBOURS = ("Disaster.", "Life.Illness", "Life.Infect", "Medical.")
_ATTACK = "Conflict.Attack"
_FINAL_PUNCT = tuple(".!?\"'”’)")


@dataclass(frozen=True)
class Mapping:
    """A KAIROS type prefix, its PLOVER type and which gold role fills which slot."""

    prefix: str
    plover: PloverType
    roles: dict[str, str] = field(default_factory=dict)


def _roles(initiator: str, target: str, **others: str) -> dict[str, str]:
    """Role -> slot for a type whose agent is an initiator and patient a target."""
    return {initiator: "initiators", target: "targets", "Place": "place", **others}


TYPE_MAP: tuple[Mapping, ...] = (
    Mapping(
        "Conflict.Attack",
        PloverType.ASSAULT,
        _roles("Attacker", "Target", Instrument="instrument", ExplosiveDevice="instrument"),
    ),
    Mapping("Life.Die", PloverType.ASSAULT, _roles("Killer", "Victim")),
    Mapping(
        "Life.Injure", PloverType.ASSAULT, _roles("Injurer", "Victim", Instrument="instrument")
    ),
    Mapping("Conflict.Demonstrate", PloverType.PROTEST, _roles("Demonstrator", "Target")),
    Mapping("Contact.ThreatenCoerce", PloverType.THREATEN, _roles("Communicator", "Recipient")),
    Mapping("Contact.RequestCommand", PloverType.REQUEST, _roles("Communicator", "Recipient")),
    Mapping("Contact.Contact.Meet", PloverType.CONSULT, {"Place": "place"}),
    Mapping("Justice.ArrestJailDetain", PloverType.COERCE, _roles("Jailer", "Detainee")),
    Mapping("Justice.ReleaseParole", PloverType.CONCEDE, _roles("JudgeCourt", "Defendant")),
    Mapping("Justice.ChargeIndict", PloverType.ACCUSE, _roles("Prosecutor", "Defendant")),
    Mapping("Justice.InvestigateCrime", PloverType.ACCUSE, _roles("Investigator", "Defendant")),
    Mapping(
        "Movement.Transportation",
        PloverType.MOBILIZE,
        {"Transporter": "initiators", "Destination": "place"},
    ),
)


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    events: tuple[GoldEvent, ...]


def is_armed(text: str) -> bool:
    """Whether a gold argument names armed people ("the army", "fighters")."""
    words = "".join(c if c.isalpha() else " " for c in text.lower()).split()
    return any(w in ARMED_WORDS or w.removesuffix("s") in ARMED_WORDS for w in words)


def lookup(source_type: str, table: Sequence[Mapping]) -> Mapping | None:
    return next((m for m in table if source_type.startswith(m.prefix)), None)


def plover_image(table: Sequence[Mapping]) -> frozenset[PloverType]:
    """The PLOVER types a gold set can express: only these predictions are scored."""
    return frozenset(m.plover for m in table)


def article_text(record: dict[str, object], where: str) -> str:
    """The article rebuilt so that every token sits at its gold character offset.

    Whitespace inside a sentence is the sentence's own; a gap between sentences
    becomes a newline after a headline or dateline (no final punctuation) and
    spaces otherwise, so spaCy still sees sentence boundaries.
    """
    parts: list[str] = []
    length = 0
    for sentence in _list(record.get("sentences"), where, "sentences"):
        try:
            tokens, sentence_text = sentence
            first, last = int(tokens[0][1]), int(tokens[-1][2])
        except (TypeError, ValueError, IndexError) as error:
            raise EvalError(f"{where}: malformed sentence entry ({error})") from error
        if first < length:
            raise EvalError(f"{where}: sentence at offset {first} overlaps the one before")
        if first > length:
            gap = first - length
            newline = not parts or not parts[-1].rstrip().endswith(_FINAL_PUNCT)
            parts.append(("\n" if newline else " ") + " " * (gap - 1))
        parts.append(str(sentence_text)[: last - first])
        length = last
        for token in tokens:
            start, end = int(token[1]) - first, int(token[2]) - first
            if parts[-1][start:end] != token[0]:
                raise EvalError(f"{where}: token {token!r} is not at its offsets in its sentence")
    return "".join(parts)


def _list(value: object, where: str, key: str) -> list[Any]:
    """A JSON list from the annotation (its items are checked where they are read)."""
    if not isinstance(value, list):
        raise EvalError(f"{where}: '{key}' must be a list")
    return value


def _violent(event: dict[str, Any], sentence_types: Iterable[str]) -> bool:
    """Whether a death or injury is violent: no medical argument, and no disaster or
    illness beside it in its sentence unless an attack is there too."""
    roles = {str(a.get("role")) for a in event.get("arguments") or [] if isinstance(a, dict)}
    if roles & _MEDICAL_ROLES:
        return False
    types = list(sentence_types)
    return any(t.startswith(_ATTACK) for t in types) or not any(
        t.startswith(_NON_VIOLENT_NEIGHBOURS) for t in types
    )


def gold_document(record: dict[str, object], where: str) -> GoldDoc:
    """One article's text and its gold events in character offsets."""
    text = article_text(record, where)
    tokens = [t for s in _list(record.get("sentences"), where, "sentences") for t in s[0]]
    entities = {
        str(e["id"]): e
        for e in _list(record.get("entity_mentions", []), where, "entity_mentions")
        if isinstance(e, dict) and "id" in e
    }
    mentions = [
        e
        for e in _list(record.get("event_mentions", []), where, "event_mentions")
        if isinstance(e, dict)
    ]

    def chars(start: object, end: object) -> tuple[int, int]:
        try:
            first, last = int(str(start)), int(str(end)) - 1
            return int(tokens[first][1]), int(tokens[last][2])
        except (ValueError, IndexError) as error:
            raise EvalError(f"{where}: token range {start}-{end} is outside the text") from error

    events = []
    for mention in mentions:
        source_type = str(mention.get("event_type", ""))
        trigger = mention.get("trigger") or {}
        start, end = chars(trigger.get("start"), trigger.get("end"))
        mapping = lookup(source_type, TYPE_MAP)
        arguments = []
        given = mention.get("arguments") or []
        for argument in given:
            entity = entities.get(str(argument.get("entity_id")))
            slot = mapping.roles.get(str(argument.get("role"))) if mapping else None
            if entity is not None and slot is not None:
                arguments.append(GoldArgument(slot, *chars(entity["start"], entity["end"])))
        plover = mapping.plover if mapping else None
        if source_type.startswith(("Life.Die", "Life.Injure")):
            sent = trigger.get("sent_idx")
            neighbours = (
                str(m.get("event_type", ""))
                for m in mentions
                if m is not mention and (m.get("trigger") or {}).get("sent_idx") == sent
            )
            plover = plover if _violent(mention, neighbours) else None
        if source_type.startswith("Movement.Transportation"):
            movers = [
                text[slice(*chars(entity["start"], entity["end"]))]
                for a in mention.get("arguments") or []
                if a.get("role") in ("Transporter", "PassengerArtifact")
                and (entity := entities.get(str(a.get("entity_id")))) is not None
            ]
            plover = plover if any(is_armed(m) for m in movers) else None
        slots = frozenset(mapping.roles.values()) if mapping else frozenset()
        unmapped = len(given) - len(arguments)
        events.append(GoldEvent(start, end, source_type, plover, tuple(arguments), slots, unmapped))
    return GoldDoc(str(record.get("doc_id", where)), text, tuple(events))


def read_documents(path: Path) -> list[GoldDoc]:
    documents = []
    for where, record in jsonl_objects(path / "docs.jsonl", "shared/gold/wikievents"):
        if "sentences" not in record:
            raise EvalError(f"{where}: expected an object with 'sentences' and 'event_mentions'")
        try:
            documents.append(gold_document(record, where))
        except (AttributeError, KeyError, TypeError) as error:
            raise EvalError(f"{where}: malformed annotation ({error!r})") from error
    return documents
