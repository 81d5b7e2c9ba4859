"""warledger_places: find place names in a Doc and resolve them against the gazetteer.

Candidates come from two sources:

- the statistical NER: GPE and LOC spans are kept even when the gazetteer has
  no entry (the mention is real, ``place`` is then None); FAC spans only when
  the gazetteer knows the name;
- demonyms ("Azerbaijani", "Syrians") tagged NORP, resolved to their country,
  only with ``include_demonyms`` (geoparsing gold sets count them as
  associative toponyms; for the ledger "Armenian forces" says who, not where,
  so by default they serve only as context);
- capitalised proper-noun runs that NER missed or mislabelled (the small
  English model tags "Stepanakert" as a PERSON and "Gyumri" as an ORG). These
  need evidence beyond the name: being a country's name, a locative
  preposition before it ("in", "near"...), a ", State" qualifier after it,
  its country (or a neighbour of it) already in the document, or a large
  population, or being in the analyst's own places file. Words that are also
  common English words ("Mobile", "Reading", "May") need the preposition or
  the qualifier.

Names in photo credits and bylines ("Photo: Metro Video", "By Henry Lake") are
not places (``credit_lines``), nor a name a street word follows ("Oxford Street").

All mentions of a document are resolved together (see ``Gazetteer.resolve``),
with countries from demonyms ("Azerbaijani") and from actor mentions as extra
context. ``places_file`` adds an analyst's own places (``warledger.geo.user_places``)
to the gazetteer. A span the actors component marks as a government metonym ("Baku
said") is still a place mention: both readings are kept.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from warledger.extract.attrs import doc_text
from warledger.extract.credit_lines import credit_spans
from warledger.extract.place_actor_slips import without_places_read_as_people
from warledger.extract.place_people import (
    PLACE_ONLY_PREPOSITIONS,
    named_as_person,
    person_name_parts,
    person_part,
    person_role,
    person_title,
)
from warledger.extract.place_qualifiers import Mention, dateline_name, with_qualifiers, written_out
from warledger.extract.place_shapes import (
    LEADING_QUALIFIERS,
    is_compass,
    lower_case_words,
    names_a_street,
    proper_noun_runs,
    quarter_name_ends,
    street_name_ends,
    strip_article,
)
from warledger.geo.gazetteer import Gazetteer, Resolution
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import GeoPrecision, PlaceMention
from warledger.model import Span as TextSpan

FACTORY = "warledger_places_v1"

NER_PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
_WORDS = load_lexicon("places")
LOCATIVE_PREPOSITIONS: frozenset[str] = word_set(_WORDS["locative_prepositions"])
COMMON_WORD_PLACES: frozenset[str] = frozenset(_WORDS["common_word_places"])
"""Place names that are also everyday English words or given names: resolved only
when a preposition (not one of ``WEAK_LOCATIVES``) or a qualifier says they are places."""
WEAK_LOCATIVES: frozenset[str] = word_set(_WORDS["weak_locatives"])
QUALIFIED_MIN_POPULATION = 100_000
"""A town this large has parts a direction word names ("North London"); a smaller one none."""
TRAILING_GENERIC: frozenset[str] = word_set(_WORDS["trailing_generic"])
del _WORDS  # only the immutable names above outlive the import
MIN_PROMOTION_POPULATION = 100_000
MIN_ALTERNATE_POPULATION = 50_000
# Labels the small English model gives place names it does not recognise as places.
PROMOTABLE_LABELS: frozenset[str] = frozenset(
    {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "EVENT", "LAW"}
)
# "Turkish forces": the country is referred to, but less surely than by its name.
DEMONYM_SCORE = 0.6


class PlacesComponent:
    """Holds one gazetteer (loaded once per instance) and annotates ``doc._.places``."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        cache_dir: Path | None = None,
        include_demonyms: bool = False,
        places_file: Path | None = None,
    ) -> None:
        self.gazetteer = (
            gazetteer if gazetteer is not None else Gazetteer.load(cache_dir, places_file)
        )
        self.include_demonyms = include_demonyms
        self.places_file_version = _file_version(places_file) if places_file else None
        """Which user gazetteer placed the mentions (name and content hash), for provenance."""

    def __call__(self, doc: Doc) -> Doc:
        countries = self._context_countries(doc)
        mentions = with_qualifiers(doc, self._candidates(doc, countries))
        quarters = quarter_name_ends(doc)
        local = {m.start for m in mentions if names_a_street(m.text) or m.end in quarters}
        looked_up = [m for m in mentions if m.demonym_of is None and m.start not in local]
        names = [m.text for m in looked_up]
        quals = [m.qualifier for m in looked_up]
        datelined = [m.dateline for m in looked_up]
        resolved = iter(self.gazetteer.resolve(names, quals, sorted(countries), datelined))
        places: list[PlaceMention] = []
        for mention in mentions:
            if mention.demonym_of is not None:
                res = Resolution(self.gazetteer.country_place(mention.demonym_of), DEMONYM_SCORE)
            elif mention.start in local:
                res = Resolution(None, 0.0, withheld=True)  # a street or a quarter
            else:
                res = next(resolved)
            if res.place is None and not mention.from_ner and not res.withheld:
                continue
            strength = 1.0 if mention.from_ner else 0.8
            score = res.score * strength if res.place is not None else 0.3
            span = TextSpan(
                start=mention.start,
                end=mention.end,
                text=mention.text,
                document_id=doc._.document_id or None,
            )
            qualified = bool(mention.qualifier) and res.place is not None
            places.append(
                PlaceMention(span=span, place=res.place, score=round(score, 4), qualified=qualified)
            )
        doc._.places = written_out(places)
        doc._.actors = without_places_read_as_people(doc, doc._.actors or [], doc._.places)
        return doc

    # ---------------------------------------------------------- candidates

    def _candidates(self, doc: Doc, context: set[str]) -> list[Mention]:
        found: list[Mention] = []
        surnames = person_name_parts(doc, self.gazetteer.is_known, self._notable)
        lowered = lower_case_words(doc)
        taken = [False] * len(doc)
        lead = dateline_name(doc)
        if lead is not None and self.gazetteer.is_known(lead.text):
            found.append(Mention(lead.start_char, lead.end_char, lead.text, True))
            taken[: lead.end] = [True] * lead.end
        for ent in doc.ents:
            if taken[ent.start]:
                continue
            span = strip_article(ent)
            if span is None:
                continue
            demonym = self.gazetteer.country_of_demonym(span.text) if ent.label_ == "NORP" else None
            if demonym is not None and self.include_demonyms:
                found.append(Mention(span.start_char, span.end_char, span.text, True,
                                      demonym_of=demonym))  # fmt: skip
            keep = ent.label_ in NER_PLACE_LABELS
            # "the White House", "the Pentagon": a body the text names with the
            # article, not the town of that name (towns take none: "the Bronx" and
            # "The Hague" are tagged places). Facilities stay: "the Kessel Bridge" or a
            # mosque named so is a place events happen at.
            institution = ent.label_ == "ORG" and _after_article(span)
            if ent.label_ in NER_PLACE_LABELS or ent.label_ == "FAC":
                whole = span
                span = self._known_part(span)
                known = self.gazetteer.is_known(span.text)
                keep = (
                    (keep or known)
                    and not (institution and span == whole)
                    and not person_part(span, surnames)
                    and not person_title(span)
                    and not named_as_person(span)
                    # a name no gazetteer knows, where a person's stands ("told her
                    # granddaughter, Tavia,"): the model's GPE is a person
                    and (known or not person_role(span))
                )
            elif ent.label_ in PROMOTABLE_LABELS:
                keep = not institution and self._promote(
                    span, context, surnames | lowered, in_entity=True
                )
                if not keep and ent.label_ == "ORG":
                    span = self._leading_place(span, context, surnames | lowered)
                    keep = span is not None
            if keep:
                from_ner = ent.label_ in NER_PLACE_LABELS or ent.label_ == "FAC"
                found.append(Mention(span.start_char, span.end_char, span.text, from_ner))
            for tok in ent:
                taken[tok.i] = True
        for run in proper_noun_runs(doc, taken):
            part = run if self._promote(run, context, surnames | lowered, in_entity=False) else None
            if part is None and len(run) > 1:
                part = self._leading_place(run, context, surnames | lowered)
            if part is not None:
                found.append(Mention(part.start_char, part.end_char, part.text, False))
        credits = credit_spans(doc_text(doc))
        streets = street_name_ends(doc)
        kept = [
            m
            for m in found
            if not any(s <= m.start and m.end <= e for s, e in credits) and m.end not in streets
        ]
        return sorted(kept, key=lambda m: m.start)

    def _leading_place(self, span: Span, context: set[str], surnames: set[str]) -> Span | None:
        """A place name opening an organisation's name: "Douglas County Sheriff's Office",
        "Texas Department of Transportation". Both readings stand: the actors component
        keeps the organisation, this keeps the place."""
        for end in range(span.end - 1, span.start, -1):
            part = span.doc[span.start : end]
            if not part[-1].is_title:
                continue
            if self._promote(part, context, surnames, in_entity=True, leading=True):
                return part
        return None

    def _known_part(self, span: Span) -> Span:
        """Drop direction words before, or generic words after, a name the gazetteer
        knows: "North Texas" -> "Texas", "Henderson County Jail" -> "Henderson County".
        The fewest words are dropped, trailing ones first ("West Virginia State")."""
        if len(span) == 1 or self.gazetteer.is_known(span.text):
            return span
        doc = span.doc
        lead = span.start
        while lead < span.end - 1 and doc[lead].lower_ in LEADING_QUALIFIERS:
            lead += 1
        trail = span.end
        while trail > span.start + 1 and (
            doc[trail - 1].lower_ in TRAILING_GENERIC or not doc[trail - 1].is_alpha
        ):
            trail -= 1
        options = [
            (start, end)
            for start in range(span.start, lead + 1)
            for end in range(span.end, trail - 1, -1)
            if end > start and (start, end) != (span.start, span.end)
        ]
        options.sort(key=lambda se: (se[0] - span.start + span.end - se[1], se[0] - span.start))
        for start, end in options:
            name = doc[start:end].text
            compass = any(is_compass(t) for t in doc[span.start : start])
            if self.gazetteer.is_known(name) and (not compass or self._has_parts(name)):
                return doc[start:end]
        return span

    def _notable(self, name: str) -> bool:
        """Whether a name is a country's, a region's or a big city's
        (``MIN_PROMOTION_POPULATION``): a word an organisation is named after."""
        ix = self.gazetteer.index
        return any(
            int(ix.precision[c.row]) >= GeoPrecision.REGION
            or int(ix.population[c.row]) >= MIN_PROMOTION_POPULATION
            for c in self.gazetteer.candidates(name, fuzzy=False)
            if not c.alternate
        )

    def _has_parts(self, name: str) -> bool:
        """Whether a name a direction word qualified can have a north or an east: a
        region, a country or a city (``QUALIFIED_MIN_POPULATION``), as in "North Texas"
        or "East London". A small town has no north: "the North Atlantic" is no
        village called Atlantic."""
        ix = self.gazetteer.index
        return any(
            int(ix.precision[c.row]) >= GeoPrecision.REGION
            or int(ix.population[c.row]) >= QUALIFIED_MIN_POPULATION
            for c in self.gazetteer.candidates(name, fuzzy=False)
        )

    def _promote(
        self,
        span: Span,
        context_countries: set[str],
        surnames: set[str],
        in_entity: bool,
        leading: bool = False,
    ) -> bool:
        """Should a non-place entity span (or a bare proper-noun run) be taken as a place?

        ``surnames`` are words of the document's multi-word PERSON names: "Jones"
        after "Bob Jones" is the person again, not Jones, Oklahoma; and words the
        document also writes in lower case ("hit" in the text of a report headlined
        "Woman Killed In Hit-And-Run"). Either needs a qualifier or a preposition only
        a place takes, in running text (``PLACE_ONLY_PREPOSITIONS``, in lower case: a
        headline capitalises "In" too).

        A big city's name tagged PRODUCT ("a Toyota Camry") needs evidence as a
        person's name does: products are named after towns.

        A town of a country the text is about is no evidence for a name that speaks
        or is named as a person is (``_person_role``: "Smith told her grandson",
        "his granddaughter, Tavia"), nor for one opening a firm's name (``leading``:
        "Gordon Advisors"): surnames and given names are town names too."""
        if len(span) > 4 or not any(t.is_title or t.is_upper for t in span):
            return False
        if person_title(span) or named_as_person(span):
            return False  # "Secretary Kentridge", "Gen. Lancaster": whatever towns exist
        if self.gazetteer.country_of_demonym(span.text):
            return False
        options = self.gazetteer.candidates(span.text, fuzzy=False)
        if not options:
            return False
        ix = self.gazetteer.index
        before = span.doc[span.start - 1] if span.start > 0 else None
        # Before a name a firm's opens with, the preposition is the firm's ("at Gordon Advisors").
        locative = not leading and before is not None and before.lower_ in LOCATIVE_PREPOSITIONS
        dateline = (
            span.text.isupper()
            and span.end < len(span.doc)
            and span.doc[span.end].text in {"—", "–", "-", "--", "(", ","}
        )
        qualified = dateline or (
            span.end + 1 < len(span.doc)
            and span.doc[span.end].text == ","
            and self.gazetteer.is_known(span.doc[span.end + 1].text)
            and span.doc[span.end + 1].is_title
        )
        if span.text.lower() in COMMON_WORD_PLACES:
            weak = before is not None and before.lower_ in WEAK_LOCATIVES
            return (locative and not weak) or qualified
        if span.text.lower() in surnames:
            in_place = before is not None and before.text in PLACE_ONLY_PREPOSITIONS
            return in_place or qualified
        # Primary names, and alternates of sizeable places (GeoNames spells Hama "Ḩamāh").
        primary = [
            c.row
            for c in options
            if not c.alternate or int(ix.population[c.row]) >= MIN_ALTERNATE_POPULATION
        ]
        if not primary:
            return False
        if any(self.gazetteer.is_user_row(r) for r in primary):
            return True  # the analyst listed it as a place of these texts (--places)
        if any(int(ix.precision[r]) == GeoPrecision.COUNTRY for r in primary):
            return True  # a country's own name is hardly ever a person or a firm
        is_person = span.root.ent_type_ == "PERSON"
        named_after = span.root.ent_type_ == "PRODUCT"
        if not is_person and any(int(ix.precision[r]) == GeoPrecision.REGION for r in primary):
            return True  # "Minnesota" tagged ORG: a state or province name
        region = set(context_countries)
        for code in context_countries:
            region.update(ix.neighbours.get(code, ()))
        in_context = not leading and not person_role(span)
        in_context = in_context and any(str(ix.country[r]) in region for r in primary)
        big = any(int(ix.population[r]) >= MIN_PROMOTION_POPULATION for r in primary)
        evidence = locative or qualified or in_context
        if is_person or named_after or (not in_entity and span.start == span.sent.start):
            return evidence
        return evidence or big

    def _context_countries(self, doc: Doc) -> set[str]:
        """ISO codes the text implies: demonyms, countries and regions named by NER
        (a US state puts the US in context), and countries of linked actors."""
        codes = {
            code
            for ent in doc.ents
            if ent.label_ == "NORP" and (code := self.gazetteer.country_of_demonym(ent.text))
        }
        ix = self.gazetteer.index
        for ent in doc.ents:
            if ent.label_ in NER_PLACE_LABELS:
                for c in self.gazetteer.candidates(ent.text, fuzzy=False):
                    if not c.alternate and int(ix.precision[c.row]) >= GeoPrecision.REGION:
                        codes.add(str(ix.country[c.row]))
        codes.update(a.country for a in (doc._.actors or []) if a.country and len(a.country) == 2)
        codes.discard("")
        return codes


def _after_article(span: Span) -> bool:
    """Whether the text writes "the" right before the name (inside its entity or not)
    and the name ends its noun phrase: in "the Dornavik sector" or "the Kabul
    government" the article is the following noun's, and the name a town's."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or not (after.is_lower and after.pos_ in ("NOUN", "PROPN"))


def _file_version(path: Path) -> str:
    """``name@sha256:<12 hex>``: a changed file gives claims a different producer."""
    return f"{path.name}@sha256:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"


@Language.factory(
    FACTORY,
    default_config={"include_demonyms": False, "places_file": None},
    requires=["doc.ents", "doc._.actors", "doc._.document_id"],
    assigns=["doc._.places", "doc._.actors"],
)
def make_places(
    nlp: Language, name: str, include_demonyms: bool, places_file: str | None
) -> PlacesComponent:
    return PlacesComponent(
        include_demonyms=include_demonyms,
        places_file=Path(places_file) if places_file else None,
    )
