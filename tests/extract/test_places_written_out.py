"""A name the report wrote out once ("LONDON, Ont. —") is written out wherever the
report reads it as that same place (``place_qualifiers.written_out``)."""

from __future__ import annotations

from warledger.extract.place_qualifiers import written_out
from warledger.model import Place, PlaceMention, Span

ONTARIO = Place(name="London", latitude=42.98, longitude=-81.23, country="CA", admin1="08")
ENGLAND = Place(name="London", latitude=51.51, longitude=-0.13, country="GB", admin1="ENG")


def _mention(start: int, words: str, place: Place | None, qualified: bool = False) -> PlaceMention:
    span = Span(start=start, end=start + len(words), text=words)
    return PlaceMention(span=span, place=place, score=0.8, qualified=qualified)


def test_the_same_name_read_as_the_same_place_is_written_out() -> None:
    dateline = _mention(0, "LONDON", ONTARIO, qualified=True)
    police = _mention(120, "London", ONTARIO)
    elsewhere = _mention(300, "London", ENGLAND)  # read as another place: not the report's choice
    other = _mention(400, "St. Thomas", None)
    marked = written_out([dateline, police, elsewhere, other])
    assert [m.qualified for m in marked] == [True, True, False, False]
    # Nothing written out: nothing changes.
    assert written_out([police, elsewhere]) == [police, elsewhere]
