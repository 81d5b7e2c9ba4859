"""Pair the attribution tagger's spans into (source, cue, content) triples.

Why: the tagger finds spans, not attributions; a claim needs to know which
speaker said which words. News prose puts the three parts of one attribution
next to each other ('X said Y', '"Y," X said', 'according to X, Y'), so each
cue takes the nearest content and the nearest source around it, without
crossing a paragraph break. A content already taken by another cue costs
more than a free one, so two cues in one sentence do not share one content
when each has its own.

Reports nest ("A said B told reporters C"): the tagger, trained on one layer
of spans, marks B, "told reporters" and C but not A's content. A cue with no
content of its own before the next cue therefore reports everything from
itself to the end of the nested attribution's content. A content the tagger
found with no cue near it takes as its cue the verb it is the clause or
object of ("adding that ..."), when the parse shows one.

``combine_with_rules`` then merges the result with the parse rules'
attributions, which stay the fallback for what the tagger missed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from warledger.extract.attribution_quotes import adjacent_quote
from warledger.extract.attribution_tagger import TaggedSpan
from warledger.extract.attrs import doc_text
from warledger.model import Attribution, Span

MAX_CONTENT_GAP = 25  # tokens between a cue and its content
MAX_SOURCE_GAP = 12  # tokens between a cue and its source
TAKEN_COST = 15  # extra distance for a content another cue already took
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "pobj", "pcomp"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})  # "told reporters that ...": the clause, not the hearer
GOVERNED_DEPS = frozenset(
    {"ccomp", "dobj"}
)  # a content a verb governs: "noted that ...", "denied it"


@dataclass(frozen=True)
class PairedSpans:
    """One attribution as token ranges; ``source`` may be missing."""

    source: TaggedSpan | None
    cue: TaggedSpan
    content: TaggedSpan


def gap(a: TaggedSpan, b: TaggedSpan) -> int:
    """Tokens between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def paragraph_ids(doc: Doc) -> list[int]:
    """For each token, the number of the paragraph (blank-line separated run) it is in."""
    ids, current = [], 0
    for token in doc:
        ids.append(current)
        if token.is_space and "\n" in token.text:
            current += 1
    return ids


def pair_spans(doc: Doc, spans: Sequence[TaggedSpan]) -> list[PairedSpans]:
    """Attributions made of the tagger's spans, one per cue that has a content near it."""
    paragraph = paragraph_ids(doc)
    text = doc_text(doc)
    by_role: dict[str, list[TaggedSpan]] = {"source": [], "cue": [], "content": []}
    for span in spans:
        by_role[span.role].append(span)
    cues = sorted(
        (c for c in by_role["cue"] if not _reported_by_relative(doc, c, by_role["cue"])),
        key=lambda s: s.start,
    )
    taken: set[TaggedSpan] = set()
    paired = []
    for cue in cues:
        home = paragraph[cue.start]
        near = [
            c
            for c in by_role["content"]
            if paragraph[c.start] == home and gap(cue, c) <= MAX_CONTENT_GAP
        ]
        direct = [c for c in near if not _cue_between(cue, c, cues)]
        if direct:
            content = min(
                direct, key=lambda c: (gap(cue, c) + (TAKEN_COST if c in taken else 0), c.start)
            )
            taken.add(content)
        elif (nested := [c for c in near if c.start >= cue.end]) and not _clause_ends(doc, cue):
            inner = min(nested, key=lambda c: c.start)
            content = TaggedSpan("content", cue.end, inner.end)
        elif (quote := _quote_beside(doc, text, cue)) is not None:
            content = quote
        elif (complement := parse_complement(doc, cue)) is not None:
            content = complement
        else:
            continue
        sources = [
            s
            for s in by_role["source"]
            if paragraph[s.start] == home
            and gap(cue, s) <= MAX_SOURCE_GAP
            and not content.start <= s.start < content.end
            and not _cue_between(cue, s, cues)
        ]
        if _has_subject(doc, cue, content):
            sources = [s for s in sources if _same_sentence(doc, cue, s)]
        source = min(sources, key=lambda s: (gap(cue, s), s.start)) if sources else None
        speaker = _speaker(doc, cue, content)
        if (
            speaker is not None
            and source is not None
            and not _holds_token(source, speaker)
            and _in_another_clause(doc, source, speaker)
        ):
            source = _subject_span(doc, speaker, cue)
        paired.append(PairedSpans(source, cue, content))
    used = {p.content for p in paired}
    for content in by_role["content"]:
        governing = governing_cue(doc, content) if content not in used else None
        if governing is not None:
            paired.append(PairedSpans(None, governing, content))
    return paired


def _has_subject(doc: Doc, cue: TaggedSpan, content: TaggedSpan) -> bool:
    """Whether the cue's verb has a subject of its own outside the content: then its
    speaker is in its sentence ("Officials were unable to verify that ...") and a
    source the tagger marked in the next sentence is another cue's speaker."""
    root = doc[cue.start : cue.end].root
    verbs = [root, root.head] if root.dep_ in CLAUSE_DEPS | {"acomp"} else [root]
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and not content.start <= child.i < content.end
        for verb in verbs
        for child in verb.children
    )


def _speaker(doc: Doc, cue: TaggedSpan, content: TaggedSpan) -> Token | None:
    """The active subject of the cue's own verb, outside the content, when it is a
    name or a noun ("the rebel group took credit for ..."): the parse then says who
    speaks, and a source the tagger marked elsewhere in the sentence ("a roadside
    bomb blast killed ..., while the group took credit") is not the speaker. A
    relative pronoun is not the speaker itself but stands for one the tagger finds."""
    root = doc[cue.start : cue.end].root
    for child in root.children:
        if (
            child.dep_ == "nsubj"
            and child.i < cue.start
            and not content.start <= child.i < content.end
            and child.pos_ in ("NOUN", "PROPN", "PRON")
            and child.tag_ not in ("WDT", "WP", "WP$")
        ):
            return child
    return None


def _in_another_clause(doc: Doc, source: TaggedSpan, speaker: Token) -> bool:
    """The tagged source belongs to another verb's clause than the speaker's: it is
    that clause's doer or object ("a roadside bomb blast killed four soldiers, while
    ..."), not the cue's speaker."""
    token = doc[source.start : source.end].root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token.i != speaker.head.i


def _holds_token(span: TaggedSpan, token: Token) -> bool:
    return span.start <= token.i < span.end


def _subject_span(doc: Doc, subject: Token, cue: TaggedSpan) -> TaggedSpan:
    """The subject's phrase up to the cue, as a source span (with the comma that
    closes an apposition, as the tagger's spans have it)."""
    words = [t for t in subject.subtree if t.i < cue.start]
    return TaggedSpan("source", words[0].i, words[-1].i + 1)


def _same_sentence(doc: Doc, a: TaggedSpan, b: TaggedSpan) -> bool:
    return doc[a.start].sent.start == doc[b.start].sent.start


def _reported_by_relative(doc: Doc, cue: TaggedSpan, cues: Sequence[TaggedSpan]) -> bool:
    """Whether a noun cue is what a cue after it reports on.

    In "..., an allegation the ministry rejected" the noun names the report
    just made and is the object of the relative clause's own cue: the clause's
    subject rejects the allegation, it does not make it. Read as a cue, the
    noun would give the denier as the source of what it denies. The parser
    makes the clause's verb either a ``relcl`` of the noun or, taking the
    clause for the main one, the head the noun is the fronted object of.
    """
    root = doc[cue.start : cue.end].root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ == "dobj" and root.head.i > root.i:
        verbs.append(root.head)
    return any(o != cue and o.start <= v.i < o.end for v in verbs for o in cues)


def governing_cue(doc: Doc, content: TaggedSpan) -> TaggedSpan | None:
    """The verb a content the tagger found with no cue near it is the complement of:
    in "adding that the road was open" the tagger may see the clause but not the
    participle. Only a clause or direct object of a verb outside the content
    counts; the source is then the verb's subject, found by the caller."""
    root = doc[content.start : content.end].root
    head = root.head
    if root.dep_ not in GOVERNED_DEPS or head.pos_ != "VERB":
        return None
    if content.start <= head.i < content.end:
        return None
    return TaggedSpan("cue", head.i, head.i + 1)


def _quote_beside(doc: Doc, text: str, cue: TaggedSpan) -> TaggedSpan | None:
    """The quotation next to a cue the tagger found no content for: in '"...," he
    continued' or '"Go home," she snapped' the tagger may take the verb for a cue
    and leave the quote, a sentence of its own to the parse, untagged. The cue's
    words count with its subject's ("he continued")."""
    root = doc[cue.start : cue.end].root
    words = [cue.start, cue.end - 1]
    for child in root.children:
        if child.dep_ == "nsubj":
            words += [child.left_edge.i, child.right_edge.i]
    quote = adjacent_quote(doc, text, min(words), max(words))
    return TaggedSpan("content", *quote) if quote is not None else None


def _clause_ends(doc: Doc, cue: TaggedSpan) -> bool:
    """Whether punctuation follows the cue: "as the sirens sounded, she said ..." ends
    the cue's clause, so what follows is no report of a report."""
    return cue.end < len(doc) and doc[cue.end].is_punct


def parse_complement(doc: Doc, cue: TaggedSpan) -> TaggedSpan | None:
    """What a cue the tagger found reports, from the parse, when it tagged no content:
    the clause or object after it ("has not said when ...", "is defending his
    tweets", "commented on the death"), or the subject of a passive cue ("the
    nominee has been endorsed by")."""
    inside = range(cue.start, cue.end)
    root = doc[cue.start : cue.end].root
    passive = [c for c in root.children if c.dep_ == "nsubjpass" and c.i not in inside]
    if passive and any(t.dep_ == "agent" for t in doc[cue.start : cue.end]):
        return _clean(doc, passive[0].left_edge.i, passive[0].right_edge.i + 1)
    after = [
        child
        for token in doc[cue.start : cue.end]
        if token.dep_ != "agent"  # "endorsed by three papers": the papers speak
        for child in token.children
        if child.i >= cue.end and child.dep_ in COMPLEMENT_DEPS
    ]
    if not after:
        return None
    clauses = [t for t in after if t.dep_ in CLAUSE_DEPS]
    head = min(clauses or after, key=lambda t: t.i)
    return _clean(doc, head.left_edge.i, head.right_edge.i + 1)


def _clean(doc: Doc, start: int, end: int) -> TaggedSpan | None:
    """The run without punctuation or spaces at its edges (None if nothing is left)."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return TaggedSpan("content", start, end) if start < end else None


def _cue_between(cue: TaggedSpan, other: TaggedSpan, cues: Sequence[TaggedSpan]) -> bool:
    """Whether another cue stands between ``cue`` and ``other`` (a content or a source).

    A speaker is the speaker of the cue next to it: in "A accused B ..., which C
    rejected", A does not reject.
    """
    low, high = min(cue.end, other.end), max(cue.start, other.start)
    return any(other is not cue and low <= other.start and other.end <= high for other in cues)


def combine_with_rules(
    tagged: list[Attribution], rules: list[Attribution], reported: Sequence[Span] = ()
) -> list[Attribution]:
    """The tagger's attributions merged with the parse rules' ones.

    The tagger decides which words are cues (it knows cues the lexicon lacks);
    where the rules found the same cue, their source and content, cut at
    clause edges by the parse, are kept with the tagger's cue words, unless
    the tagger's content holds the rules' one and more: a parse that hangs a
    clause or an object's modifiers elsewhere cuts a content short more often
    than a tagger runs on past one. A cue the tagger missed keeps the rules'
    attribution whole, if it stands on its own: it has a speaker, and it is not
    inside a span the tagger read as ``reported`` content (there the reporting
    word is part of what somebody said; the tagger, trained on nested reports
    too, would have tagged a cue of its own).
    """
    combined = []
    for attribution in tagged:
        same_cue = next((r for r in rules if _overlap(r.cue, attribution.cue)), None)
        if same_cue is not None:
            longer = _holds(attribution.content, same_cue.content) and not _speaker_first(
                attribution.content, same_cue.source, attribution.cue
            )
            attribution = same_cue.model_copy(
                update={
                    "cue": attribution.cue,
                    "source": same_cue.source or attribution.source,
                    "content": attribution.content if longer else same_cue.content,
                }
            )
        combined.append(attribution)
    combined += [
        r
        for r in rules
        if not any(_overlap(r.cue, t.cue) for t in tagged) and _stands_alone(r, reported)
    ]
    return combined


def _speaker_first(content: Span, source: Span | None, cue: Span | None) -> bool:
    """Whether ``content`` holds the speaker but not the cue: in "According to the
    governor, the road is open" a tagger that runs the content back over "the
    governor" has taken the source in; in "..., which the ministry says is open"
    the speaker and the cue both belong to the reported relative clause."""
    return _holds(content, source) and not _overlap(content, cue)


def _stands_alone(rule: Attribution, reported: Sequence[Span]) -> bool:
    cue = rule.cue
    return (
        cue is not None
        and rule.source is not None
        and not any(c.start <= cue.start and cue.end <= c.end for c in reported)
    )


def _holds(outer: Span, inner: Span | None) -> bool:
    """Whether ``outer`` covers ``inner`` and is longer."""
    return (
        inner is not None
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer != inner
    )


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end
