"""Word lists of one language, and which languages the extractor supports.

The extraction rules are language-independent code over a spaCy parse; the
words they look for (reporting verbs, casualty nouns, event triggers) are
data, kept per language in ``kb/data/<language>/*.yaml`` so that a curator can
read and extend them without reading code, and so that adding a language is a
folder of word lists plus a line in ``kb/data/languages.yaml`` naming its spaCy
model, not a fork of the rules.

``kb/data/languages.yaml`` lists the supported languages. A document in any
other language is recorded as unsupported rather than run through English
rules that would invent claims from words they misread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from warledger.errors import WarledgerError

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES_FILE = DATA_DIR / "languages.yaml"
DEFAULT_LANGUAGE = "en"
DATA_SUFFIXES = frozenset({".yaml", ".csv"})


class UnsupportedLanguageError(WarledgerError):
    """A text is in a language the extractor has no model and word lists for."""


@dataclass(frozen=True)
class LanguageSupport:
    """What the extractor needs for one language: its spaCy model and date parser."""

    code: str
    spacy_model: str
    dateparser_languages: tuple[str, ...]


@lru_cache(maxsize=1)
def supported_languages() -> Mapping[str, LanguageSupport]:
    """ISO 639-1 code -> what the extractor uses for it (read once; immutable)."""
    with LANGUAGES_FILE.open(encoding="utf-8") as handle:
        entries: dict[str, dict[str, Any]] = yaml.safe_load(handle)["languages"]
    return MappingProxyType(
        {
            code: LanguageSupport(
                code=code,
                spacy_model=str(entry["spacy_model"]),
                dateparser_languages=tuple(entry["dateparser_languages"]),
            )
            for code, entry in entries.items()
        }
    )


def language_support(code: str | None) -> LanguageSupport:
    """The support for ``code`` (None: the default language, as detection was unsure).

    Raises ``UnsupportedLanguageError`` naming the supported ones otherwise.
    """
    languages = supported_languages()
    key = code or DEFAULT_LANGUAGE
    if key not in languages:
        known = ", ".join(sorted(languages))
        raise UnsupportedLanguageError(
            f"language {key!r} is not supported by the extractor (supported: {known}); "
            "the document is stored, but no claims are extracted from it"
        )
    return languages[key]


def load_lexicon(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The word lists of ``kb/data/<language>/<name>.yaml``, as parsed YAML.

    Callers turn them into frozensets and tuples once, at import; the dict
    itself is not kept.
    """
    path = DATA_DIR / language / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as handle:
            data: dict[str, Any] = yaml.safe_load(handle)
    except FileNotFoundError as exc:
        raise UnsupportedLanguageError(
            f"{path}: no word list {name!r} for language {language!r}"
        ) from exc
    return data


def word_set(text: str) -> frozenset[str]:
    """A whitespace-separated word list from a lexicon file, as a frozenset."""
    return frozenset(text.split())


def word_tuple(text: str) -> tuple[str, ...]:
    """A whitespace-separated word list in file order (where order matters)."""
    return tuple(text.split())


def phrase_tuple(text: str) -> tuple[str, ...]:
    """Comma-separated phrases, in file order (earlier phrases win ties)."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


def data_version(data_dir: Path = DATA_DIR) -> str:
    """``kb-`` and the first 12 hex digits of a sha256 over every data file's path and bytes.

    Any edit to an alias, an outlet or a word list changes it, so a claim's
    producer always names the exact data that made it.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in data_dir.rglob("*") if p.suffix in DATA_SUFFIXES):
        digest.update(path.relative_to(data_dir).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return f"kb-{digest.hexdigest()[:12]}"
