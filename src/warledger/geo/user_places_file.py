"""Reading a places file (see ``user_places`` for its format and meaning): size
limits, YAML, and each entry checked on its own with pydantic, every problem
reported as one line that names the file, the entry and the fix. The rules that
span entries (countries, homonyms, admin1) are ``user_places``'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from warledger.errors import ConfigError
from warledger.model import GeoPrecision

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_NAME_CHARS = 200
ERRORS_SHOWN = 5

Kind = Literal["country", "region", "town", "point"]
PRECISION_WORDS: dict[str, GeoPrecision] = {
    "exact": GeoPrecision.EXACT,
    "town": GeoPrecision.EXACT,
    "region": GeoPrecision.REGION,
    "country": GeoPrecision.COUNTRY,
}
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME_CHARS)
]


class PlaceEntry(BaseModel):
    """One entry as written in the file; cross-entry rules are checked after."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Name
    alternate_names: list[Name] = Field(default_factory=list, max_length=50)
    kind: Kind
    country: Name
    latitude: float = Field(ge=-90.0, le=90.0, allow_inf_nan=False)
    longitude: float = Field(ge=-180.0, le=180.0, allow_inf_nan=False)
    precision: GeoPrecision | None = None
    admin1: Name | None = None
    population: int = Field(default=0, ge=0, le=10_000_000_000)
    demonyms: list[Name] = Field(default_factory=list, max_length=10)

    @field_validator("precision", mode="before")
    @classmethod
    def _precision_word(cls, value: Any) -> Any:
        """``exact`` / ``region`` / ``country`` as well as ACLED's 1 / 2 / 3."""
        if isinstance(value, str) and value.strip().lower() in PRECISION_WORDS:
            return PRECISION_WORDS[value.strip().lower()]
        return value


class PlacesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    places: list[PlaceEntry] = Field(max_length=MAX_ENTRIES)


def parse_places_file(path: Path) -> list[PlaceEntry]:
    """The file's entries, each checked on its own; a ``ConfigError`` says what to fix."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the places file ({exc.strerror})") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(f"{path}: places file is over {MAX_FILE_BYTES:,} bytes; split it")
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: places file is not UTF-8 text; save it as UTF-8") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc}); fix the line it names") from exc
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise ConfigError(
            f"{path}: expected a mapping with a 'places:' list of entries "
            "(see examples/places.yaml)"
        )
    try:
        return PlacesFile.model_validate(data).places
    except ValidationError as exc:
        raise ConfigError(_describe(path, data["places"], exc)) from exc


def _describe(path: Path, raw: list[Any], exc: ValidationError) -> str:
    """One line per problem: entry number and name, field, what is wrong."""
    lines = []
    for error in exc.errors()[:ERRORS_SHOWN]:
        loc = list(error["loc"])
        if len(loc) >= 2 and loc[0] == "places" and isinstance(loc[1], int):
            item = raw[loc[1]] if loc[1] < len(raw) else None
            name = item.get("name") if isinstance(item, dict) else None
            where = f"entry {loc[1] + 1}" + (f" ({name!r})" if name else "")
            field = ".".join(str(part) for part in loc[2:]) or "entry"
        else:
            where, field = "file", ".".join(str(part) for part in loc)
        lines.append(f"{path}: {where}: {field}: {_advice(error)}")
    more = len(exc.errors()) - ERRORS_SHOWN
    if more > 0:
        lines.append(f"{path}: ... and {more} more problems")
    return "\n".join(lines)


def _advice(error: Any) -> str:
    kind = error["type"]
    field = str(error["loc"][-1]) if error["loc"] else ""
    if field in {"latitude", "longitude"} and kind in {"less_than_equal", "greater_than_equal"}:
        return (
            f"{error['input']!r} is out of range; write decimal degrees, latitude -90..90 "
            "(south negative), longitude -180..180 (west negative)"
        )
    if field == "country" and kind == "string_type":
        return (
            f"{error['input']!r} is not a name or code; quote the code (country: 'NO'), "
            "YAML reads NO, ON, YES, OFF as true or false"
        )
    if kind == "missing":
        return "is missing; add it (see the format at the top of examples/places.yaml)"
    if kind == "extra_forbidden":
        return (
            "is not a field of a place; the fields are name, alternate_names, kind, country, "
            "latitude, longitude, precision, admin1, population, demonyms"
        )
    if kind == "enum" or "precision" in map(str, error["loc"]):
        return f"{error['msg']}; write exact, region or country"
    return str(error["msg"])
