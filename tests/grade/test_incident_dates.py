"""An incident's dates: the days its claims state, bounded but not widened by a month."""

from __future__ import annotations

from datetime import date

from grade.grade_samples import claim, document, evidence
from warledger.grade.incident import grade_incident
from warledger.model import Claim, DateMention, DatePrecision, Event, PloverType, Span


def dated(doc: str, first: date, last: date, precision: DatePrecision) -> Claim:
    base = claim(doc)
    assert isinstance(base.proposition, Event)
    when = DateMention(
        span=Span(start=0, end=5, text="when"), start=first, end=last, precision=precision
    )
    event = base.proposition.model_copy(update={"date": when})
    return base.model_copy(update={"proposition": event})


def test_a_month_level_claim_does_not_make_the_attack_a_month_long() -> None:
    day = dated("d1", date(2026, 4, 14), date(2026, 4, 14), DatePrecision.DAY)
    month = dated("d2", date(2026, 4, 1), date(2026, 4, 30), DatePrecision.MONTH)
    pairs = [(day, document("d1", "wire")), (month, document("d2", "norland-paper"))]
    incident, _ = grade_incident("i", evidence(pairs))
    assert (incident.date_start, incident.date_end) == (date(2026, 4, 14), date(2026, 4, 14))
    alone, _ = grade_incident("j", evidence(pairs[1:]))
    assert (alone.date_start, alone.date_end) == (date(2026, 4, 1), date(2026, 4, 30))


def moded(doc: str, kind: PloverType, mode: str) -> Claim:
    base = claim(doc, kind=kind)
    assert isinstance(base.proposition, Event)
    return base.model_copy(
        update={"proposition": base.proposition.model_copy(update={"mode": mode})}
    )


def test_the_incidents_mode_is_its_main_types() -> None:
    # Two releases told beside three shellings: a shelling incident, not a "release" one.
    claims = [moded(f"s{i}", PloverType.ASSAULT, "shelling") for i in range(3)]
    claims += [moded(f"r{i}", PloverType.RETREAT, "release") for i in range(2)]
    claims[0] = claims[0].model_copy(
        update={"proposition": claims[0].proposition.model_copy(update={"mode": None})}
    )
    pairs = [(c, document(c.document_id, f"outlet-{c.document_id}")) for c in claims]
    incident, _ = grade_incident("i", evidence(pairs))
    assert (incident.type, incident.mode) == (PloverType.ASSAULT, "shelling")
