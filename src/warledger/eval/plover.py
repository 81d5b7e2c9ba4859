"""PLOVER gold-standard records adapter: event type, mode, actors, deaths.

Layout (as in ``shared/gold/plover``): ``records.json``, a JSON list of
records with ``text``, ``event``, optional ``mode``, ``source`` and ``target``
(lists of ``{"actorText": ...}``) and sometimes ``dead``. Each record is one
sentence coded with one event; warledger's prediction is read off what a user
gets, the event claims (``doc._.claims``, the triggers of one act merged):
the claimed event whose trigger sits highest in the dependency tree (the main
clause: "agreed ... to cooperate" is AGREE, "threatened to attack" is
THREATEN). Every stance counts: the records code what a sentence says was
done, said or refused, and a denial or a threat is coded by its type.

The records come from an early PLOVER draft whose type names differ from the
current ones warledger uses; they are renamed (FIGHT -> ASSAULT, DEMAND ->
REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE). Draft mode names are compared
through ``MODE_ALIASES``, which only renames (one draft mode, its current
name or names).

Headline: event type accuracy and mode accuracy over every record (the PLOVER
codebook's types and modes, Halterman et al. 2023). The draft's two catch-all
modes "violence" and "relations" are only matched exactly in the headline;
accepting any violent or any relations mode for them (``BROAD_MODE_ALIASES``)
is a secondary, lenient figure. Records without text are excluded and
counted; records without a gold mode are left out of the mode figure and
counted.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

from warledger.errors import EvalError
from warledger.eval.scoring import (
    PRF,
    headline,
    label_scores,
    match_one_to_one,
    normalise_string,
)
from warledger.extract.pipeline import build_pipeline
from warledger.model import Event

DRAFT_TYPES: dict[str, str] = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}
MODE_ALIASES: dict[str, frozenset[str]] = {
    "explosives": frozenset({"explosion", "ied", "suicide_bombing"}),
    "suicide-attack": frozenset({"suicide_bombing"}),
    "assassinate": frozenset({"assassination"}),
    "beat": frozenset({"beating"}),
    "heavy-weapons": frozenset({"shelling", "aerial"}),
    "strike-hun": frozenset({"hunger_strike"}),
    "strike-gen": frozenset({"general_strike"}),
    "riot-spon": frozenset({"riot"}),
    "demo-org": frozenset({"demonstration"}),
    "demo-spon": frozenset({"demonstration"}),
    "confiscate": frozenset({"seize"}),
    "martial-law": frozenset({"martial_law"}),
    "police": frozenset({"troops"}),
}
BROAD_MODE_ALIASES: dict[str, frozenset[str]] = {
    "violence": frozenset(
        {"assault", "shelling", "aerial", "firearms", "explosion", "clash", "suicide_bombing"}
    ),
    "relations": frozenset({"consult", "sanction", "reject", "retreat", "cooperate", "aid"}),
}


def gold_type(record: dict[str, object]) -> str:
    raw = str(record.get("event") or "").upper()
    return DRAFT_TYPES.get(raw, raw)


def mode_matches(gold: str, predicted: str | None, broad: bool = False) -> bool:
    """Whether the predicted mode is the gold draft mode under its current name;
    ``broad`` also accepts any violent mode for "violence" and any relations mode
    for "relations"."""
    aliases = {**MODE_ALIASES, **BROAD_MODE_ALIASES} if broad else MODE_ALIASES
    accepted = aliases.get(gold, frozenset({gold.replace("-", "_")}))
    return predicted in accepted


def claimed_events(doc: Doc) -> list[Event]:
    """The events of the document's claims, one per act (merged triggers)."""
    return [c.proposition for c in doc._.claims or [] if isinstance(c.proposition, Event)]


def main_event(doc: Doc, events: list[Event]) -> Event | None:
    """The event of the main clause: least dependency depth, then first."""

    def depth(event: Event) -> tuple[int, int]:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None:
            return (1_000, event.trigger.start)
        return (sum(1 for _ in span.root.ancestors), event.trigger.start)

    return min(events, key=depth) if events else None


def _actor_texts(value: object) -> list[str]:
    """Gold actor strings from the record's nested lists of ``{"actorText": ...}``."""
    if isinstance(value, dict):
        text = value.get("actorText")
        return [str(text)] if text else []
    if isinstance(value, list):
        return [t for item in value for t in _actor_texts(item)]
    return []


def strings_match(predicted: str, gold: str) -> bool:
    """Lenient match: equal after normalising, or one contains the other."""
    p, g = normalise_string(predicted), normalise_string(gold)
    return bool(p and g) and (p == g or f" {p} " in f" {g} " or f" {g} " in f" {p} ")


def _score_actors(predicted: list[str], gold: list[str]) -> PRF:
    return match_one_to_one(predicted, gold, strings_match)


def read_records(path: Path) -> tuple[list[dict[str, object]], int]:
    """The records with text, and how many were left out for having none."""
    file = path / "records.json"
    if not file.is_file():
        raise EvalError(f"{path}: no records.json (expected the PLOVER gold-record layout)")
    try:
        records = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise EvalError(f"{file}: not valid JSON ({error})") from error
    if not isinstance(records, list):
        raise EvalError(f"{file}: expected a JSON list of records")
    usable = [r for r in records if isinstance(r, dict) and r.get("text")]
    return usable, len(records) - len(usable)


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Type accuracy (and F1s), mode accuracy, actor P/R/F1, death-count accuracy."""
    records, without_text = read_records(path)
    records = records[:limit] if limit is not None else records
    nlp = build_pipeline()
    type_pairs: list[tuple[str, str]] = []
    mode_hits = broad_mode_hits = mode_total = dead_hits = dead_total = 0
    sources, targets = PRF(), PRF()
    docs = nlp.pipe((str(r["text"]) for r in records), batch_size=32)
    for record, doc in zip(records, docs, strict=True):
        claimed = claimed_events(doc)
        event = main_event(doc, claimed)
        type_pairs.append((gold_type(record), event.type.value if event else "NONE"))
        gold_mode = str(record.get("mode") or "")
        if gold_mode:
            mode_total += 1
            mode_hits += mode_matches(gold_mode, event.mode if event else None)
            broad_mode_hits += mode_matches(gold_mode, event.mode if event else None, broad=True)
        initiators = [a.name for a in event.initiators] if event else []
        victims = [a.name for a in event.targets] if event else []
        sources.add(_score_actors(initiators, _actor_texts(record.get("source"))))
        targets.add(_score_actors(victims, _actor_texts(record.get("target"))))
        if record.get("dead"):
            dead_total += 1
            killed = [c.low for e in claimed for c in e.casualties if c.kind == "killed"]
            dead_hits += str(max(killed, default=-1)) == str(record["dead"])
    types = label_scores(type_pairs)
    mode_accuracy = mode_hits / mode_total if mode_total else 0.0
    return {
        "headline": headline(
            "event type accuracy; mode accuracy without the broad draft aliases",
            "PLOVER codebook and gold-standard records (Halterman et al. 2023, PLOVER and "
            "POLECAT); draft type names renamed to current ones",
            {"type_accuracy": float(types["accuracy"]), "mode_accuracy": mode_accuracy},  # type: ignore[arg-type]
            scope="every record with text; mode over records with a gold mode",
        ),
        "n": len(records),
        "type_accuracy": types["accuracy"],
        "type": types,
        "mode_accuracy": round(mode_accuracy, 4),
        "mode_n": mode_total,
        "excluded": {
            "records_without_text": without_text,
            "records_without_gold_mode": len(records) - mode_total,
        },
        "records_without_any_event_predicted": sum(1 for _, p in type_pairs if p == "NONE"),
        "secondary": {
            "mode_accuracy_with_broad_violence_relations_aliases": (
                round(broad_mode_hits / mode_total, 4) if mode_total else 0.0
            ),
        },
        "source_actors": sources.as_dict(),
        "target_actors": targets.as_dict(),
        "dead_accuracy": round(dead_hits / dead_total, 4) if dead_total else 0.0,
        "dead_n": dead_total,
    }
