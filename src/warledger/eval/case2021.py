"""CASE 2021 task 2 adapter: ACLED-style sub-event type of news snippets.

Layout (as in ``shared/gold/case2021``): ``snippets.tsv`` with columns ``id``,
``EventSnippet``, ``SubType``; ``event_types.txt`` lists the labels. Each
snippet is run through the full pipeline and scored on what a user gets: its
claims (``doc._.claims``: the triggers of one act merged, each with a
claimant and a stance), not the component's raw events. Only events a claim
asserts count: a feared, future, hypothetical, questioned or denied attack
did not happen in the report's words. Those events are mapped to ACLED by
``warledger.extract.acled.document_category`` and the ACLED sub-event type is
renamed to the CASE code. CASE adds labels ACLED lacks: diplomatic events
(DIPLO) and attributions of responsibility (ATTRIB), which come from the
PLOVER types ACLED does not code. (PLOVER codes "X claimed the attack" as the
attack with X as its initiator, so a claimed attack is scored as its ACLED
type, not ATTRIB.) Disasters are no conflict events, but warledger keeps them
(the hazard or accident the text names, and their tolls) as ASSAULTs of mode
``natural_hazard`` or ``accident`` (never an attack): a snippet whose asserted
events include such a disaster and no conflict event is scored as
NATURAL_DISASTER or MAN_MADE_DISASTER. Organised crime warledger does not code,
so a snippet without a conflict, diplomatic or disaster event gets no label
(``NO_EVENT``), which is wrong for every gold label; nothing in this adapter
guesses a label from the words of a snippet.

Headline: weighted F1 over all snippets, the figure the shared task ranks by
(Haneczok, Jacquet, Piskorski & Stefanovitch 2021). Counted and printed: the
snippets with no label, and the gold snippets whose label warledger has no
way to produce. Secondary: the same scores with no-label snippets read as
OTHER (a constant default, not a classifier).
"""

from __future__ import annotations

import csv
from pathlib import Path

from warledger.errors import EvalError
from warledger.eval.scoring import headline, label_scores
from warledger.extract import acled
from warledger.extract.pipeline import build_pipeline
from warledger.model import (
    ACCIDENT_MODE,
    NATURAL_HAZARD_MODE,
    Claim,
    Event,
    PloverType,
    Stance,
)

CASE_CODES: dict[acled.AcledCategory, str] = {
    acled.AIR_STRIKE: "AIR_STRIKE",
    acled.ARMED_CLASH: "ARMED_CLASH",
    acled.SHELLING: "ART_MISS_ATTACK",
    acled.ATTACK: "ATTACK",
    acled.CHEMICAL: "CHEM_WEAP",
    acled.DISRUPTED_WEAPONS: "DISR_WEAP",
    acled.EXCESSIVE_FORCE: "FORCE_AGAINST_PROTEST",
    acled.GOVERNMENT_REGAINS: "GOV_REGAINS_TERIT",
    acled.GRENADE: "GRENADE",
    acled.HEADQUARTERS: "HQ_ESTABLISHED",
    acled.MOB_VIOLENCE: "MOB_VIOL",
    acled.NON_STATE_OVERTAKES: "NON_STATE_ACTOR_OVERTAKES_TER",
    acled.NON_VIOLENT_TRANSFER: "NON_VIOL_TERRIT_TRANSFER",
    acled.PEACEFUL_PROTEST: "PEACE_PROTEST",
    acled.LOOTING: "PROPERTY_DISTRUCT",
    acled.PROTEST_WITH_INTERVENTION: "PROTEST_WITH_INTER",
    acled.REMOTE_EXPLOSIVE: "REM_EXPLOS",
    acled.SEXUAL_VIOLENCE: "SEX_VIOL",
    acled.SUICIDE_BOMB: "SUIC_BOMB",
    acled.VIOLENT_DEMONSTRATION: "VIOL_DEMONSTR",
    acled.ABDUCTION: "ABDUCT_DISSAP",
    acled.AGREEMENT: "AGREEMENT",
    acled.ARRESTS: "ARREST",
    acled.CHANGE_TO_GROUP: "CHANGE_TO_GROUP_ACT",
    acled.OTHER: "OTHER",
}
_DIPLOMATIC = frozenset(
    {
        PloverType.CONSULT,
        PloverType.SUPPORT,
        PloverType.COOPERATE,
        PloverType.AID,
        PloverType.SANCTION,
        PloverType.REQUEST,
        PloverType.REJECT,
        PloverType.CONCEDE,
        PloverType.THREATEN,
    }
)


NO_EVENT = "NO_EVENT"


def case_label(events: list[Event]) -> str:
    """The CASE code for a snippet's events; ``NO_EVENT`` when none is a conflict,
    disaster or diplomatic event."""
    asserted = [e for e in events if not e.negated]
    if any(e.type == PloverType.ACCUSE and e.mode == "claim_responsibility" for e in asserted):
        return "ATTRIB"
    category = acled.document_category(asserted)
    if category is not None and category != acled.OTHER:
        return CASE_CODES[category]
    hazards = {e.mode for e in asserted if e.type == PloverType.ASSAULT}
    if NATURAL_HAZARD_MODE in hazards:
        return "NATURAL_DISASTER"
    if ACCIDENT_MODE in hazards:
        return "MAN_MADE_DISASTER"
    if any(e.type == PloverType.ACCUSE for e in asserted):
        return "ATTRIB"
    if any(e.type in _DIPLOMATIC for e in asserted):
        return "DIPLO"
    return NO_EVENT


def asserted_events(claims: list[Claim]) -> list[Event]:
    """The events the claims assert happened (merged events, one per act)."""
    return [
        c.proposition
        for c in claims
        if isinstance(c.proposition, Event) and c.stance is Stance.ASSERTED
    ]


def read_snippets(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, gold label) rows of ``snippets.tsv``."""
    tsv = path / "snippets.tsv"
    if not tsv.is_file():
        raise EvalError(f"{path}: no snippets.tsv (expected the CASE 2021 task 2 layout)")
    rows = []
    with tsv.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or ())
        if missing:
            raise EvalError(f"{tsv}: missing column(s) {sorted(missing)}")
        for row in reader:
            rows.append((row["id"], row["EventSnippet"] or "", (row["SubType"] or "").strip()))
    return rows


def producible_labels() -> frozenset[str]:
    """The CASE labels warledger's events can be coded as (not organised crime)."""
    return frozenset(
        {*CASE_CODES.values(), "ATTRIB", "DIPLO", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    )


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Weighted F1 (headline), accuracy and macro F1 of the predicted CASE label."""
    rows = read_snippets(path)
    rows = rows[:limit] if limit is not None else rows
    nlp = build_pipeline()
    texts = [text for _, text, _ in rows]
    pairs = [
        (gold, case_label(asserted_events(list(doc._.claims or []))))
        for (_, _, gold), doc in zip(rows, nlp.pipe(texts, batch_size=32), strict=True)
    ]
    scores = label_scores(pairs)
    as_other = label_scores([(g, "OTHER" if p == NO_EVENT else p) for g, p in pairs])
    producible = producible_labels()
    return {
        "headline": headline(
            "weighted F1 of the event sub-type over all snippets",
            "Haneczok, Jacquet, Piskorski & Stefanovitch 2021, CASE 2021 Shared Task 2",
            {"weighted_f1": float(scores["weighted_f1"])},  # type: ignore[arg-type]
            scope="all snippets, all 30 labels; warledger's own predictions only",
        ),
        **scores,
        "excluded": {"snippets": 0},
        "snippets_without_label": sum(1 for _, p in pairs if p == NO_EVENT),
        "gold_labels_warledger_cannot_produce": sum(1 for g, _ in pairs if g not in producible),
        "secondary": {
            "no_label_read_as_OTHER": {
                k: as_other[k] for k in ("accuracy", "weighted_f1", "macro_f1")
            }
        },
    }
