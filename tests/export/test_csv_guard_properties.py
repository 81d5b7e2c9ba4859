"""The CSV formula guard, as properties: every text a spreadsheet would read as a formula
(including one led by a tab or a carriage return) is defused, every other text is kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warledger.export.acled_csv import safe_cell

LEADS = "=+-@\t\r"


@given(lead=st.sampled_from(LEADS), rest=st.text(max_size=40))
def test_a_text_led_by_a_formula_character_is_defused(lead: str, rest: str) -> None:
    assert safe_cell(lead + rest) == "'" + lead + rest


@given(text=st.text(max_size=40).filter(lambda t: not t.startswith(tuple(LEADS))))
def test_any_other_text_is_kept(text: str) -> None:
    assert safe_cell(text) == text


def test_tab_and_carriage_return_leads() -> None:
    assert safe_cell("\t=HYPERLINK(1)") == "'\t=HYPERLINK(1)"
    assert safe_cell("\r=1+1") == "'\r=1+1"
