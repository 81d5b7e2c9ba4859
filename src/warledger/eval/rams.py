"""RAMS 1.0 adapter: one annotated event per five-sentence window, with its arguments.

Layout (as in ``shared/gold/rams``): ``docs.jsonl``, one window a line with
``sentences`` (lists of tokens), ``evt_triggers`` (``[start, end, [[type,
score]]]``, token indices over the whole window, end inclusive) and
``gold_evt_links`` (``[[trigger start, end], [argument start, end],
"evt089arg01victim"]``). The text is rebuilt from the tokens
(``detokenize``), keeping each token's character offsets.

Only the conflict, life.die, life.injure and movement families are scored
(``SCOPE``, ``TYPE_MAP``, first matching prefix wins); the other windows
count only in the headline (where their arguments are missed) and are counted
(out of scope, or excluded by type when in scope but without a PLOVER
counterpart). Judgement calls:

* life.die / life.injure -> ASSAULT for the ``...causedbyviolentevents``
  subtypes, and for life.injure ``n/a`` when an injurer is annotated; RAMS
  separates violent from non-violent deaths, so life.die ``n/a`` (no cause
  stated, and no killer role to tell) is excluded, as are non-violent deaths
  and illness;
* conflict.yield.surrender and conflict.yield.retreat -> RETREAT (PLOVER files
  a military surrender, CAMEO 0874, under RETREAT); bare conflict.yield is excluded;
* movement prevent-entry / prevent-exit -> COERCE (blocking movement);
  other movement of people or goods -> MOBILIZE only when the transporter or
  passenger is armed (``wikievents.is_armed``); evacuation, asylum, hiding
  and falling are excluded.

Headline: RAMS's own argument F1 (exact span and role) over every window,
whatever its type (``event_matching.window_argument_counts``); the same with
the head-word match is printed beside it.

Secondary, lenient: RAMS annotates a single event per window, so a prediction
elsewhere in the window cannot be judged wrong: trigger precision is not
measurable and the trigger scores are recall (a predicted trigger overlapping
the gold one) and typed recall (with the mapped PLOVER type), over the mapped
windows only. Their arguments are scored on the predicted event aligned with
the gold trigger, per slot and micro, by head-word match (see ``wikievents``),
event type not required; only slots the gold type has a role for count, and
the arguments of an undetected event count as missed.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from warledger.errors import EvalError
from warledger.eval.event_matching import GoldArgument, GoldEvent, align, window_argument_counts
from warledger.eval.scoring import PRF, headline, jsonl_objects
from warledger.eval.wikievents import EventScores, miss_arguments, score_arguments
from warledger.eval.wikievents_gold import Mapping, is_armed, lookup
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import PloverType

_ATTACK_ROLES = {
    "attacker": "initiators",
    "target": "targets",
    "instrument": "instrument",
    "place": "place",
}
_KILL_ROLES = {
    "killer": "initiators",
    "injurer": "initiators",
    "victim": "targets",
    "instrument": "instrument",
    "place": "place",
}
_MOVE_ROLES = {"transporter": "initiators", "destination": "place"}
_PREVENT_ROLES = {"preventer": "initiators", "transporter": "targets", "passenger": "targets"}
SCOPE: tuple[str, ...] = ("conflict.", "life.die.", "life.injure.", "movement.")
TYPE_MAP: tuple[Mapping, ...] = (
    Mapping("conflict.attack.", PloverType.ASSAULT, _ATTACK_ROLES),
    Mapping(
        "conflict.demonstrate.",
        PloverType.PROTEST,
        {"demonstrator": "initiators", "place": "place"},
    ),
    Mapping(
        "conflict.yield.surrender",
        PloverType.RETREAT,
        {"surrenderer": "initiators", "recipient": "targets", "place": "place"},
    ),
    Mapping("conflict.yield.retreat", PloverType.RETREAT, {"retreater": "initiators"}),
    Mapping("life.die.deathcausedbyviolentevents", PloverType.ASSAULT, _KILL_ROLES),
    Mapping("life.injure.injurycausedbyviolentevents", PloverType.ASSAULT, _KILL_ROLES),
    Mapping("life.injure.n/a", PloverType.ASSAULT, _KILL_ROLES),
    Mapping("movement.transportperson.prevent", PloverType.COERCE, _PREVENT_ROLES),
    Mapping("movement.transportartifact.prevent", PloverType.COERCE, _PREVENT_ROLES),
    Mapping("movement.transportperson.", PloverType.MOBILIZE, _MOVE_ROLES),
    Mapping("movement.transportartifact.", PloverType.MOBILIZE, _MOVE_ROLES),
)
_ROLE_PREFIX = re.compile(r"^evt\d+arg\d+")  # "evt089arg01victim" -> "victim"
_AGENT_NEEDED = "life.injure.n/a"
_NOT_MOBILIZING = ("evacuationrescue", "grantentry", "hide", "fall")
# Hyphens are glued on both sides: RAMS splits "anti-Muslim" into three tokens.
_NO_SPACE_BEFORE = frozenset(".,:;!?)]}%…”’-") | frozenset({"...", "''"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "“", "‘", "``", "#", "-"})
_CLITICS = ("'", "’", "n't", "n’t")


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Readable text from tokens ("Iraq 's" -> "Iraq's") and each token's offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    open_quote = False
    glue = True
    for token in tokens:
        closing = token in _NO_SPACE_BEFORE or (token.startswith(_CLITICS) and len(token) > 1)
        if token == '"':
            closing = open_quote
            open_quote = not open_quote
        if parts and not glue and not closing:
            parts.append(" ")
            length += 1
        parts.append(token)
        offsets.append((length, length + len(token)))
        length += len(token)
        glue = token in _NO_SPACE_AFTER or (token == '"' and open_quote)
    return "".join(parts), offsets


def gold_window(record: dict[str, object], where: str) -> tuple[str, GoldEvent]:
    """A window's text and its one gold event in character offsets."""
    sentences = record.get("sentences")
    if not isinstance(sentences, list) or not all(isinstance(s, list) for s in sentences):
        raise EvalError(f"{where}: 'sentences' must be a list of token lists")
    text, offsets = detokenize([str(t) for s in sentences for t in s])

    def chars(span: object) -> tuple[int, int]:
        try:
            first, last = int(span[0]), int(span[1])  # type: ignore[index]
        except (TypeError, ValueError, IndexError, KeyError) as error:
            raise EvalError(f"{where}: expected a [start, end] token span, got {span!r}") from error
        if not 0 <= first <= last < len(offsets):
            raise EvalError(f"{where}: token span {span!r} is outside the window")
        return offsets[first][0], offsets[last][1]

    try:
        trigger = record["evt_triggers"][0]  # type: ignore[index]
        source_type = str(trigger[2][0][0])
    except (TypeError, IndexError, KeyError) as error:
        message = "expected 'evt_triggers' as [[start, end, [[type, 1.0]]]]"
        raise EvalError(f"{where}: {message}") from error
    start, end = chars(trigger)
    mapping = lookup(source_type, TYPE_MAP)
    links = [link for link in record.get("gold_evt_links") or [] if len(link) == 3]
    roles = [(_ROLE_PREFIX.sub("", str(link[2])), chars(link[1])) for link in links]
    arguments = tuple(
        GoldArgument(mapping.roles[role], *span)
        for role, span in roles
        if mapping and role in mapping.roles
    )
    plover = mapping.plover if mapping else None
    if source_type == _AGENT_NEEDED and not any(r == "injurer" for r, _ in roles):
        plover = None
    if plover == PloverType.MOBILIZE:
        movers = [text[s:e] for r, (s, e) in roles if r in ("transporter", "passenger")]
        if source_type.endswith(_NOT_MOBILIZING) or not any(is_armed(m) for m in movers):
            plover = None
    slots = frozenset(mapping.roles.values()) if mapping else frozenset()
    unmapped = len(roles) - len(arguments)
    return text, GoldEvent(start, end, source_type, plover, arguments, slots, unmapped)


def read_windows(path: Path) -> list[tuple[str, str, GoldEvent]]:
    """(doc_key, text, gold event) for every window in ``docs.jsonl``."""
    windows = []
    for where, record in jsonl_objects(path / "docs.jsonl", "shared/gold/rams"):
        try:
            text, gold = gold_window(record, where)
        except (AttributeError, KeyError, TypeError) as error:
            raise EvalError(f"{where}: malformed annotation ({error!r})") from error
        windows.append((str(record.get("doc_key", where)), text, gold))
    return windows


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Exact-span argument F1 over every window (headline), head-word variants,
    and the lenient trigger and argument scores of the mapped windows."""
    windows = read_windows(path)
    windows = windows[:limit] if limit is not None else windows
    excluded = Counter(gold.source_type for _, _, gold in windows if gold.plover is None)
    in_scope = {t: n for t, n in excluded.most_common() if t.startswith(SCOPE)}
    extractor = Extractor()
    scores = EventScores()
    exact, head, exact_mapped, head_mapped = PRF(), PRF(), PRF(), PRF()
    detected = exact_triggers = 0
    typed: dict[str, PRF] = {}
    inputs = (TextInput(text, document_id=key) for key, text, _ in windows)
    for (_, _, gold), doc in zip(windows, extractor.pipe(inputs, batch_size=16), strict=True):
        events = list(doc._.events or [])
        exact_counts = window_argument_counts(doc, events, gold, "exact")
        head_counts = window_argument_counts(doc, events, gold, "head")
        exact.add(exact_counts)
        head.add(head_counts)
        exact_triggers += any(
            (e.trigger.start, e.trigger.end) == (gold.start, gold.end) for e in events
        )
        if gold.plover is None:
            continue
        exact_mapped.add(exact_counts)
        head_mapped.add(head_counts)
        asserted = [e for e in events if not e.negated]
        pairs = align(asserted, [gold])
        counts = typed.setdefault(str(gold.plover), PRF())
        if pairs and pairs[0][0].type == gold.plover:
            counts.tp += 1
        else:
            counts.fn += 1
        if pairs:
            detected += 1
            score_arguments(doc, pairs[0][0], gold, scores)
        else:
            miss_arguments(gold, scores)
    n = sum(1 for _, _, gold in windows if gold.plover is not None)
    typed_hits = sum(c.tp for c in typed.values())
    return {
        "headline": headline(
            "argument F1, exact argument span and role, over every window's annotated event "
            "(the event read from warledger's trigger overlapping the gold trigger; its type "
            "must be the gold type mapped to PLOVER)",
            "Ebner, Xia, Culkin, Rawlins & Van Durme 2020, Multi-Sentence Argument Linking "
            "(ACL), RAMS 1.0",
            {"argument_f1_exact": exact.f1, "argument_f1_head_typed": head.f1},
            scope="all windows and all gold arguments; types and roles with no PLOVER "
            "counterpart count as missed",
        ),
        "n": len(windows),
        "arguments_exact": exact.as_dict(),
        "arguments_head_typed": head.as_dict(),
        "excluded": {"windows": 0, "gold_arguments": 0},
        "windows_without_plover_type": sum(excluded.values()),
        "gold_arguments_in_roles_without_slot": sum(g.unmapped_arguments for _, _, g in windows),
        "trigger_exact_recall": round(exact_triggers / len(windows), 4) if windows else 0.0,
        "secondary": {
            "mapped_windows_only": {
                "scope": "the headline's scoring over the windows whose type maps to PLOVER",
                "arguments_exact": exact_mapped.as_dict(),
                "arguments_head_typed": head_mapped.as_dict(),
            },
            "lenient_mapped_windows": {
                "scope": "windows whose type maps to PLOVER only; trigger overlap; head-word "
                "arguments, event type not required; asserted predictions only",
                "gold_events_mapped": n,
                "gold_events_out_of_scope": sum(excluded.values()) - sum(in_scope.values()),
                "gold_events_excluded": sum(in_scope.values()),
                "excluded_by_type": in_scope,
                "trigger_detection": {
                    "recall": round(detected / n, 4) if n else 0.0,
                    "tp": detected,
                },
                "trigger_type": {
                    "recall": round(typed_hits / n, 4) if n else 0.0,
                    "accuracy_when_detected": round(typed_hits / detected, 4) if detected else 0.0,
                    "tp": typed_hits,
                    "recall_by_type": {k: round(v.recall, 4) for k, v in sorted(typed.items())},
                },
                "arguments": scores.arguments(),
            },
        },
    }
