"""CASE 2021 task 2 adapter: ACLED-style sub-event type of news snippets.

Layout (as in ``shared/gold/case2021``): ``snippets.tsv`` with columns ``id``,
``EventSnippet``, ``SubType``; ``event_types.txt`` lists the labels. Each
snippet is run through the full pipeline, its events are mapped to ACLED by
``warledger.extract.acled.document_category`` and the ACLED sub-event type is
renamed to the CASE code. CASE adds labels ACLED lacks: diplomatic events
(DIPLO) and claims of responsibility (ATTRIB), which come from the PLOVER
types ACLED does not code; disasters and organised crime are not conflict
events, so the events component codes none for them; a snippet without a
conflict event is given one of those labels from a short list of words
(``NON_CONFLICT_WORDS``, checked in order), else OTHER. That fallback is this
adapter's, not a warledger feature, and is reported as such.
"""

from __future__ import annotations

import csv
from pathlib import Path

from warledger.errors import EvalError
from warledger.eval.scoring import label_scores
from warledger.extract import acled
from warledger.extract.pipeline import build_pipeline
from warledger.model import Event, PloverType

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


# CASE's non-conflict labels, for snippets with no conflict event (lower-case
# word prefixes; first label whose word occurs wins).
NON_CONFLICT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "NATURAL_DISASTER",
        (
            "earthquake",
            "flood",
            "cyclone",
            "hurricane",
            "typhoon",
            "storm",
            "landslide",
            "tornado",
            "wildfire",
            "bushfire",
            "drought",
            "tsunami",
            "volcan",
            "eruption",
            "heatwave",
            "covid",
            "coronavirus",
            "pandemic",
            "epidemic",
            "outbreak",
            "virus",
            "infection",
            "avalanche",
            "rainfall",
            "monsoon",
            "cases",
        ),
    ),
    (
        "ORG_CRIME",
        (
            "robber",
            "robbed",
            "smuggl",
            "drug",
            "traffick",
            "cartel",
            "theft",
            "thieves",
            "stole",
            "fraud",
            "burglar",
            "narcotic",
            "cocaine",
            "heroin",
            "counterfeit",
            "gang",
            "ransom",
            "extort",
            "launder",
        ),
    ),
    (
        "MAN_MADE_DISASTER",
        (
            "crash",
            "collapse",
            "derail",
            "leak",
            "spill",
            "fire",
            "blaze",
            "explo",
            "accident",
            "sank",
            "capsiz",
            "stampede",
            "contaminat",
            "plane",
            "flames",
            "burn",
        ),
    ),
)


def non_conflict_label(text: str) -> str:
    """A CASE non-conflict label from the words of a snippet, else OTHER."""
    words = text.lower().split()
    for label, prefixes in NON_CONFLICT_WORDS:
        if any(w.strip(".,;:!?\"'()").startswith(prefixes) for w in words):
            return label
    return "OTHER"


def case_label(events: list[Event], text: str = "") -> str:
    """The CASE code for a snippet's events (a non-conflict label when none is a
    conflict event)."""
    asserted = [e for e in events if not e.negated]
    if any(e.type == PloverType.ACCUSE and e.mode == "claim_responsibility" for e in asserted):
        return "ATTRIB"
    category = acled.document_category(asserted)
    if category is not None and category != acled.OTHER:
        return CASE_CODES[category]
    if any(e.type == PloverType.ACCUSE for e in asserted):
        return "ATTRIB"
    if any(e.type in _DIPLOMATIC for e in asserted):
        return "DIPLO"
    return non_conflict_label(text)


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


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Accuracy, weighted and macro F1 of the predicted CASE label."""
    rows = read_snippets(path)
    rows = rows[:limit] if limit is not None else rows
    nlp = build_pipeline()
    texts = [text for _, text, _ in rows]
    pairs = [
        (gold, case_label(list(doc._.events or []), doc.text))
        for (_, _, gold), doc in zip(rows, nlp.pipe(texts, batch_size=32), strict=True)
    ]
    return label_scores(pairs)
