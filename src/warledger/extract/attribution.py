"""warledger_attribution: who said what, from the trained tagger or the parse.

When ``warledger_attribution_tagger`` ran, its spans (paired by
``attribution_pairing``) are the attributions, and the parse rules below are
the fallback: they add the cues the tagger missed and a source where it paired
none.

A claim is only as good as the words saying who made it, so this component
finds reported speech and splits it into three spans: the *source* (the
speaker's words, pronouns included), the *cue* ("said", "denied", "according
to") and the *content* (the reported clause or quote). It works from the parse
rather than surface patterns because the three parts are arranged in many
orders ("X said that Y", "Y, X said", "according to X, Y", '"Y," X said') that
the parse puts in the same shape: a reporting verb with a subject and a clausal
complement.

Layout conventions with no verb (headline "Minister: ...", '"..." ― Name')
come from ``attribution_layout``; the word lists from ``attribution_lexicon``.
The source is then linked to an actor by ``attribution_claimant``, so claims
carry a claimant.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import NOUN, VERB
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from warledger.extract.attribution_claimant import with_claimant
from warledger.extract.attribution_cue_group import with_verb_groups
from warledger.extract.attribution_cue_sense import may_report, naming, particle, speaks_of_no_one
from warledger.extract.attribution_edges import with_content_edges
from warledger.extract.attribution_figures import FIGURE_VERBS, figure_attribution
from warledger.extract.attribution_layout import layout_attributions
from warledger.extract.attribution_lexicon import (
    NEEDS_PARTICLE,
    NOUN_STANCE,
    OBJECT_CONTENT_VERBS,
    TIME_OF_DAY_NOUNS,
    VERB_STANCE,
)
from warledger.extract.attribution_openers import with_plain_openings
from warledger.extract.attribution_pairing import PairedSpans, combine_with_rules, pair_spans
from warledger.extract.attribution_paragraphs import with_colon_paragraphs, with_continued_quotes
from warledger.extract.attribution_quoted_reports import without_quoted_reports
from warledger.extract.attribution_quotes import QUOTES, adjacent_quote, open_quote_before
from warledger.extract.attribution_ranges import (
    char_text_span,
    in_paragraph,
    longest_run,
    text_span,
    trimmed,
)
from warledger.extract.attribution_rule_cues import according_to, reporting_noun
from warledger.extract.attribution_sources import with_speaker_sources
from warledger.extract.attribution_stance import content_stance
from warledger.extract.attribution_stops import with_clean_tails, with_stops
from warledger.extract.attribution_trailing import trailing_speaker
from warledger.extract.attrs import doc_text
from warledger.model import Attribution, Span, Stance

FACTORY = "warledger_attribution_v2"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})
ACCORDING = hash_string("according")


def _subject(verb: Token) -> Token | None:
    """The verb's speaker: its own subject, the passive agent, or a shared subject.

    Of several subjects the nearest wins: in '"... full panic mode," said Leslie
    Wimes' the parser also makes the quoted "mode" a subject. A "by" phrase of time
    that the parser took for an agent ("were reported dead by nightfall") names no
    speaker.
    """
    subjects = sorted(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - verb.i)
    )
    if subjects and subjects[0].dep_ != "nsubjpass" and subjects[0].lower_ != "there":
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj" and not _a_time(c)]
            return objects[0] if objects else None
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head is not verb:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb.head
        if _trailing_participle(verb):
            return _subject(verb.head.head)
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head is not verb.head:
            # "X said that A had happened and denied B": a cue joined to the reported
            # clause goes on with the speaker (the parser ties it to the nearer verb).
            return _subject(verb.head.head)
        return _subject(verb.head)
    return None


def _trailing_participle(verb: Token) -> bool:
    """ "X denied that its men had fired, blaming Y": a cue in "-ing" after a comma
    that the parser hung on the reported clause goes on with the speaker of the cue
    that reports it, as "adding" and "saying" do."""
    head = verb.head
    before = verb.doc[verb.i - 1] if verb.i > 0 else verb
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and before.text == ","
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and head.head.i < head.i
    )


def _a_time(word: Token) -> bool:
    """A date, a clock time or a time of day ("by nightfall"): when, not who."""
    return word.ent_type_ in ("DATE", "TIME") or word.lemma_.lower() in TIME_OF_DAY_NOUNS


def _content_tokens(verb: Token, second: Token | None) -> set[int]:
    """Token indices of what the verb reports.

    In order of preference: a clausal complement ("said that Y", "threatened to
    Y"); the object of a "call for"-type particle; the direct object of verbs
    whose object is the thing said ("denied the report"), or their passive
    subject when an agent says it ("was condemned by the UN"); and for a cue hung
    on another clause ("Y, sources said"), even as its conjunct, that clause
    without the cue, or the clause an "as" clause with the cue hangs on.
    """
    lemma = verb.lemma_.lower()
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    if not clauses and second is not None and second.dep_ == "prep":
        clauses = [c for c in second.children if c.dep_ in {"pobj", "pcomp"}]
    if not clauses and second is not None and second.dep_ == "mark":
        return {t.i for t in second.head.subtree} - {second.i}
    if not clauses and lemma in OBJECT_CONTENT_VERBS:
        clauses = [c for c in verb.children if c.dep_ == "dobj"] or _passive_object(verb)
    if clauses:
        return {t.i for c in clauses for t in c.subtree}
    if verb.dep_ == "parataxis" or (
        verb.dep_ == "advcl" and (verb.i > verb.head.i or _as_clause(verb))
    ):
        own = {t.i for t in verb.subtree}
        return {t.i for t in verb.head.subtree} - own
    if _comma_conjunct(verb):
        own = {t.i for t in verb.subtree}
        return {t.i for t in verb.head.subtree} - own
    return set()


def _as_clause(verb: Token) -> bool:
    """ "As officials said on Monday, the road is closed": a cue in an "as" clause
    reports the clause it hangs on, before it as after it."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _passive_object(verb: Token) -> list[Token]:
    """ "The attack was condemned by the United Nations": in the passive with a "by"
    agent, the subject is what the agent said (the agent is the speaker, ``_subject``);
    without an agent no one is named, and the outlet keeps the words."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _comma_conjunct(verb: Token) -> bool:
    """A cue the parser joined to the clause before it as a conjunct with a comma and
    no "and" ("Y, the head of the service said on Wednesday"): it reports that clause.
    "He left and said ..." is two acts of one subject, so a conjunction rules it out,
    and so does a cue with no subject of its own."""
    if verb.dep_ != "conj" or verb.i < verb.head.i or verb.left_edge.i == 0:
        return False
    before = verb.doc[verb.left_edge.i - 1]
    return before.text == "," and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _source_range(subject: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The subject's words, cut where they would run into the content or over a
    line break (the parser may hang a timestamp or a closing quote mark on it)."""
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    if start < content[1] <= end and subject.i >= content[1]:
        start = content[1]
    if start < content[0] < end and subject.i < content[0]:
        end = content[0]
    return in_paragraph(subject.doc, (start, end), subject.i)


class AttributionComponent:
    """Writes ``doc._.attributions``: one ``Attribution`` per reporting cue with content."""

    def __call__(self, doc: Doc) -> Doc:
        rules = self._rule_attributions(doc)
        tagged = doc._.attribution_spans
        if tagged is None:
            found = rules
        else:
            speech = [s for s in tagged if s.role != "cue" or may_report(doc, s)]
            reported = [text_span(doc, s.start, s.end) for s in tagged if s.role == "content"]
            found = combine_with_rules(
                [_from_tagger(doc, p) for p in pair_spans(doc, speech) if may_report(doc, p.cue)],
                rules,
                reported,
            )
        text = doc_text(doc)
        found = with_content_edges(
            doc, text, with_stops(doc, text, with_verb_groups(doc, text, found))
        )
        found = with_colon_paragraphs(text, with_clean_tails(doc, text, found))
        found = with_continued_quotes(text, with_plain_openings(doc, text, found))
        found = with_speaker_sources(doc, text, without_quoted_reports(text, found))
        found = [with_claimant(doc, attribution) for attribution in found]
        found.sort(key=lambda a: a.cue.start if a.cue is not None else a.content.start)
        doc._.attributions = found
        return doc

    def _rule_attributions(self, doc: Doc) -> list[Attribution]:
        """What the parse and layout rules find: every reporting cue with content."""
        found: list[Attribution] = []
        text = doc_text(doc)
        for i in _cue_candidates(doc):
            token = doc[i]
            attribution = (
                according_to(doc, token)
                or self._reporting_verb(doc, text, token)
                or reporting_noun(doc, token)
                or figure_attribution(doc, token, _subject(token))
            )
            if attribution is not None:
                found.append(attribution)
        for layout in layout_attributions(text):
            parts = [
                char_text_span(doc, text, *layout.source),
                char_text_span(doc, text, *layout.cue),
            ]
            found.append(
                Attribution(
                    source=parts[0],
                    cue=parts[1],
                    content=char_text_span(doc, text, *layout.content),
                )
            )
        return found

    def _reporting_verb(self, doc: Doc, text: str, verb: Token) -> Attribution | None:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in VERB_STANCE or speaks_of_no_one(verb):
            return None
        second = particle(verb)
        named = naming(verb) if lemma == "call" else set()
        if lemma in NEEDS_PARTICLE and second is None and not named:
            return None
        speaker = trailing_speaker(verb)
        subject = speaker or _subject(verb)
        content_ids = (named or _content_tokens(verb, second)) - {verb.i}
        if speaker is not None:  # its words and the comma before them are not reported
            content_ids -= {t.i for t in speaker.subtree} | {speaker.left_edge.i - 1}
        run = longest_run(content_ids)
        words = [verb] if subject is None else [verb, subject.left_edge, subject.right_edge]
        quote = adjacent_quote(doc, text, min(t.i for t in words), max(t.i for t in words))
        if quote is not None and (run is None or run[0] < quote[1]):
            content = quote
        elif run is not None:
            content = trimmed(doc, *in_paragraph(doc, run, verb.i))
        else:
            return None
        if content[0] >= content[1]:
            return None
        if doc[content[0]].text not in QUOTES:
            opening = open_quote_before(text, doc[content[0]].idx)
            if opening is not None:
                mark = doc.char_span(opening, opening + 1, alignment_mode="expand")
                content = trimmed(doc, mark[0].i, content[1]) if mark is not None else content
        adjacent = second is not None and second.i == verb.i + 1
        cue_end = verb.i + 2 if adjacent else verb.i + 1
        source = None
        if subject is not None and not content[0] <= subject.i < content[1]:
            source = text_span(doc, *_source_range(subject, content))
        return Attribution(
            source=source,
            cue=text_span(doc, verb.i, cue_end),
            content=text_span(doc, *content),
            stance=content_stance(VERB_STANCE[lemma], verb, doc, content),
        )


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that can open an attribution, in text order.

    The cue checks (``according_to``, ``_reporting_verb``, ``reporting_noun``)
    reject every other token; sifting on the attribute arrays spares building a
    ``Token`` and its strings for each word of the document.
    """
    strings = doc.vocab.strings
    lemmas: dict[int, str] = {}
    out = []
    for i, (pos, lemma, lower) in enumerate(doc.to_array([POS, LEMMA, LOWER]).tolist()):
        if lower == ACCORDING:
            out.append(i)
            continue
        if pos != VERB and pos != NOUN:
            continue
        if lemma not in lemmas:
            lemmas[lemma] = strings[lemma].lower()
        stances = VERB_STANCE if pos == VERB else NOUN_STANCE
        if lemmas[lemma] in stances or (pos == VERB and lemmas[lemma] in FIGURE_VERBS):
            out.append(i)
    return out


def _from_tagger(doc: Doc, paired: PairedSpans) -> Attribution:
    """An attribution from the tagger's spans; the stance from the cue's head word.

    A stop, comma, colon or semicolon the tagger left at the content's end
    goes (one inside a closing quote mark stays, with the mark).
    """
    cue = doc[paired.cue.start : paired.cue.end].root
    lemma = cue.lemma_.lower()
    stances = NOUN_STANCE if cue.pos == NOUN else VERB_STANCE
    content = (paired.content.start, paired.content.end)
    while content[1] - content[0] > 1 and doc[content[1] - 1].text in {".", ",", ";", ":"}:
        content = (content[0], content[1] - 1)
    source: Span | None = None
    if paired.source is not None:
        source = text_span(doc, *in_paragraph(doc, (paired.source.start, paired.source.end), cue.i))
    elif (subject := trailing_speaker(cue) or _subject(cue)) is not None and not (
        content[0] <= subject.i < content[1]
    ):
        source = text_span(doc, *_source_range(subject, content))  # the tagger saw no speaker
    return Attribution(
        source=source,
        cue=text_span(doc, paired.cue.start, paired.cue.end),
        content=text_span(doc, *content),
        stance=content_stance(stances.get(lemma, Stance.ASSERTED), cue, doc, content),
    )


@Language.factory(
    FACTORY,
    requires=[
        "token.dep",
        "token.lemma",
        "doc._.actors",
        "doc._.attribution_spans",
        "doc._.document_id",
    ],
    assigns=["doc._.attributions"],
)
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent()
