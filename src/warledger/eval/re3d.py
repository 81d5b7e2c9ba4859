"""re3d adapter: actor, place and weapon mentions against dstl's re3d annotations.

re3d (``shared/gold/re3d/<publisher>/{documents,entities}.json``, one JSON object
per line) marks Person, Organisation, Location, Nationality, Weapon and
MilitaryPlatform spans in conflict news and government releases. warledger's
outputs map onto them as follows:

* ``doc._.actors``: PERSON -> Person; ORG and governments used as actors (GPE)
  -> Organisation; NORP -> Nationality;
* ``doc._.instruments``: WEAPON -> Weapon, MILITARY_PLATFORM -> MilitaryPlatform;
* Location: ``doc._.places`` from the places component; for a document where it
  yields nothing, the NER's GPE/LOC/FAC spans not already taken by an actor. The
  result says how many documents used which (``places_source``).

Scores are typed span matches, exact and overlapping, per type and micro overall,
in two scopes that the output names: the six types above (the types warledger
predicts), and every type re3d annotates with confidence >= 0.5 (Quantity,
Temporal, Money, Vehicle... too, which warledger does not predict, so their
mentions are all missed). re3d has no published benchmark metric; the
headline is typed mention F1 over all confident types, exact (CoNLL-2003
style, Tjong Kim Sang & De Meulder 2003) and overlapping. Gold mentions below
the confidence threshold are excluded and counted.
Relations between actors are scored by ``re3d_relations`` (key ``relations``), on
the documents the relation classifier did not train on. The trained entity model
learnt from part of re3d too, so the entity figures are also given for the
``validation_part``: the documents no trained component saw, the only figures
that say how the model does on new text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from warledger.errors import EvalError
from warledger.eval.re3d_relations import RelationScores, load_gold_relations
from warledger.eval.scoring import PRF, LabeledSpan, headline, match_spans, spans_overlap
from warledger.extract.conflict_entities import LABELS as CONFLICT_ENTITY_LABELS
from warledger.extract.conflict_entities import training_documents
from warledger.extract.pipeline import build_pipeline

TYPES: tuple[str, ...] = CONFLICT_ENTITY_LABELS
"""The re3d types warledger predicts (its actors, places and instruments map onto them)."""
MIN_CONFIDENCE = 0.5
ACTOR_TYPES = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Organisation",
    "NORP": "Nationality",
}
INSTRUMENT_TYPES = {"WEAPON": "Weapon", "MILITARY_PLATFORM": "MilitaryPlatform"}
FALLBACK_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
COMPONENTS = ("warledger_actors", "warledger_places", "warledger_dates", "warledger_relations")


@dataclass(frozen=True)
class GoldDoc:
    """A document and its confident mentions of every re3d type."""

    id: str
    text: str
    spans: frozenset[LabeledSpan]

    def in_scope(self) -> list[LabeledSpan]:
        """The mentions of the six types warledger predicts."""
        return [s for s in self.spans if s.label in TYPES]


def _json_lines(path: Path) -> Iterator[dict[str, object]]:
    if not path.is_file():
        raise EvalError(
            f"{path}: missing (a re3d publisher folder holds documents.json and entities.json)"
        )
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc


def publisher_folders(path: Path) -> list[Path]:
    """``path`` itself if it is one publisher's folder, else its publisher sub-folders."""
    if (path / "documents.json").is_file():
        return [path]
    folders = sorted(p for p in path.iterdir() if (p / "documents.json").is_file())
    if not folders:
        raise EvalError(f"{path}: no re3d publisher folders (each needs a documents.json)")
    return folders


def load_gold(path: Path) -> tuple[list[GoldDoc], int]:
    """Documents with their confident (>= 0.5) mentions of every type, and the
    number of mentions left out for lower confidence."""
    docs = []
    unconfident = 0
    for folder in publisher_folders(path):
        spans: dict[str, set[LabeledSpan]] = {}
        for ent in _json_lines(folder / "entities.json"):
            confidence = float(ent.get("confidence", 1.0))  # type: ignore[arg-type]
            unconfident += confidence < MIN_CONFIDENCE
            if confidence >= MIN_CONFIDENCE:
                span = LabeledSpan(int(ent["begin"]), int(ent["end"]), str(ent["type"]))  # type: ignore[call-overload]
                spans.setdefault(str(ent["documentId"]), set()).add(span)
        for record in _json_lines(folder / "documents.json"):
            doc_id = str(record["_id"])
            docs.append(GoldDoc(doc_id, str(record["text"]), frozenset(spans.get(doc_id, ()))))
    return docs, unconfident


def predicted_spans(doc: Doc) -> tuple[set[LabeledSpan], str]:
    """warledger's output as re3d-typed spans, and which source gave the Locations."""
    out = {
        LabeledSpan(a.span.start, a.span.end, ACTOR_TYPES[a.label])
        for a in doc._.actors or []
        if a.label in ACTOR_TYPES
    }
    out |= {
        LabeledSpan(i.span.start, i.span.end, INSTRUMENT_TYPES[i.label])
        for i in doc._.instruments or []
    }
    places = [LabeledSpan(p.span.start, p.span.end, "Location") for p in doc._.places or []]
    source = "warledger_places"
    if not places:
        source = "ner_fallback"
        places = [
            LabeledSpan(e.start_char, e.end_char, "Location")
            for e in doc.ents
            if e.label_ in FALLBACK_PLACE_LABELS
        ]
    actors = list(out)
    out |= {p for p in places if not any(spans_overlap(p, a) for a in actors)}
    return out, source


def trained_on(nlp: Language) -> frozenset[str]:
    """The re3d documents the pipeline's relation classifier was trained on (none without one)."""
    model = getattr(nlp.get_pipe("warledger_relations"), "model", None)
    return model.training_documents if model is not None else frozenset()


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Score actors, instruments and places on the re3d documents under ``path``."""
    gold_docs, unconfident = load_gold(path)
    gold_docs = gold_docs[:limit] if limit else gold_docs
    nlp = build_pipeline(components=COMPONENTS)
    scores = {(mode, label): PRF() for mode in ("exact", "overlap") for label in (*TYPES, "micro")}
    every_type = {mode: PRF() for mode in ("exact", "overlap")}
    untyped = PRF()
    sources = {"warledger_places": 0, "ner_fallback": 0}
    relations = RelationScores(load_gold_relations(publisher_folders(path)), trained_on(nlp))
    seen = training_documents() | trained_on(nlp)
    unseen = {(mode, scope): PRF() for mode in ("exact", "overlap") for scope in ("all", "six")}
    unseen_docs = 0
    for gold, doc in zip(gold_docs, nlp.pipe(g.text for g in gold_docs), strict=True):
        predicted, source = predicted_spans(doc)
        sources[source] += 1
        relations.add(gold.id, doc)
        if gold.id not in seen:
            unseen_docs += 1
            for mode in ("exact", "overlap"):
                unseen[mode, "all"].add(match_spans(predicted, gold.spans, mode=mode))  # type: ignore[arg-type]
                unseen[mode, "six"].add(match_spans(predicted, gold.in_scope(), mode=mode))  # type: ignore[arg-type]
        for mode in ("exact", "overlap"):
            for label in TYPES:
                scores[mode, label].add(
                    match_spans(
                        (p for p in predicted if p.label == label),
                        (g for g in gold.spans if g.label == label),
                        mode=mode,  # type: ignore[arg-type]
                    )
                )
            scores[mode, "micro"].add(match_spans(predicted, gold.in_scope(), mode=mode))  # type: ignore[arg-type]
            every_type[mode].add(match_spans(predicted, gold.spans, mode=mode))  # type: ignore[arg-type]
        untyped.add(match_spans(predicted, gold.in_scope(), mode="overlap", typed=False))
    other_types = Counter(s.label for g in gold_docs for s in g.spans if s.label not in TYPES)
    return {
        "headline": headline(
            "typed entity-mention F1, micro over every re3d type annotated with confidence "
            ">= 0.5; exact span (CoNLL style) and any-overlap span",
            "re3d (dstl) has no published benchmark metric; exact typed span F1 as in "
            "Tjong Kim Sang & De Meulder 2003 (CoNLL-2003)",
            {
                "exact_typed_f1": every_type["exact"].f1,
                "overlap_typed_f1": every_type["overlap"].f1,
            },
            scope=f"all confident types ({len(TYPES) + len(other_types)} types)",
        ),
        "documents": len(gold_docs),
        "components": list(COMPONENTS),
        "places_source": sources,
        "min_confidence": MIN_CONFIDENCE,
        "excluded": {"gold_mentions_below_min_confidence": unconfident},
        "all_confident_types": {
            "micro_exact_typed": every_type["exact"].as_dict(),
            "micro_overlap_typed": every_type["overlap"].as_dict(),
            "gold_mentions_of_types_warledger_does_not_predict": dict(other_types.most_common()),
        },
        "validation_part": {
            "documents": unseen_docs,
            "documents_left_out_trained_on": len(gold_docs) - unseen_docs,
            "all_confident_types": {
                "micro_exact_typed": unseen["exact", "all"].as_dict(),
                "micro_overlap_typed": unseen["overlap", "all"].as_dict(),
            },
            "micro_exact_typed": unseen["exact", "six"].as_dict(),
            "micro_overlap_typed": unseen["overlap", "six"].as_dict(),
        },
        "six_types_scope": list(TYPES),
        "micro_exact_typed": scores["exact", "micro"].as_dict(),
        "micro_overlap_typed": scores["overlap", "micro"].as_dict(),
        "micro_overlap_untyped": untyped.as_dict(),
        "per_type": {
            label: {mode: scores[mode, label].as_dict() for mode in ("exact", "overlap")}
            for label in TYPES
        },
        "relations": relations.as_dict(),
    }
