"""Quotation marks as copy writes them: curly, straight, doubled apostrophes, and
mixed (a quotation opened curly and closed straight), in paragraphs that feeds
often run together."""

from __future__ import annotations

from warledger.extract.attribution_quotes import open_quote_before, quote_close_end
from warledger.extract.claim_text import QUOTATION

# One paragraph (no line breaks) whose first quotation opens curly and closes straight.
MIXED = (
    '“We will hold the bridge," the colonel told reporters after the talks. '
    "The governor said the roads were open. "
    "Later, the mayor said, “Nobody has left the town.”"
)


def test_a_closing_mark_of_another_kind_ends_the_quotation() -> None:
    governor = MIXED.index("said the roads")
    assert open_quote_before(MIXED, governor) is None
    inside = MIXED.index("hold the bridge")
    assert open_quote_before(MIXED, inside) == 0
    assert quote_close_end(MIXED, 0, "“") == MIXED.index(" the colonel")
    assert open_quote_before(MIXED, MIXED.index("Nobody")) == MIXED.index("“Nobody")


def test_well_formed_marks_pair_as_before() -> None:
    text = 'He said "we will stay" and "we will fight," then left.'
    assert open_quote_before(text, text.index("stay")) == text.index('"we will stay')
    assert open_quote_before(text, text.index(" and")) is None
    assert open_quote_before(text, text.index("fight")) == text.index('"we will fight')
    assert quote_close_end(text, text.index('"we'), '"') == text.index(" and")
    wire = "``We will stay,'' he said. ``We are ready.''"
    assert open_quote_before(wire, wire.index("ready")) == wire.index("``We are")
    assert open_quote_before(wire, wire.index("he said")) is None


def test_claim_quotations_close_at_a_straight_mark_too() -> None:
    found = [m.group() for m in QUOTATION.finditer(MIXED)]
    assert found == ['“We will hold the bridge,"', "“Nobody has left the town.”"]
