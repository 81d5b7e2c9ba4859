"""Who a pronoun or an anaphoric noun phrase stands for, as a relation argument.

Why: news and official statements state many relations through a pronoun or a
definite common noun once the actor is named ("We will defeat ISIL", "their
fight against ISIS", "the group attacked the town"). Dropping those loses the
relation; relating the pronoun as if it were a name gives a node no monitor can
follow. So an anaphor stands for its antecedent. When the antecedent is named
in the same sentence, the relation takes that named mention ("the UK remains
steadfast in its support of X": the UK). Otherwise the anaphor becomes an actor
mention with two parts: its *span* is the anaphor's own words (where the
sentence states the relation: "we", "their", "the terrorist group"), its
*identity* (name, knowledge-base id, kind, label) is the antecedent's, so the
relation graph joins it to the named actor. Both are re3d's convention for an
argument too: annotators relate the named mention of the sentence where there
is one, else the pronoun.

The resolution is a few linguistic preferences, no coreference model:

* first person plural ("we", "our") inside a quotation is the speaker's body:
  the speaker itself when it is an organisation or a state, else the
  organisation named in the speaker's description ("X, commander of Y, said");
  outside a quotation it is the publisher speaking in its own voice ("We will
  continue to strike ISIL" in a ministry's release): an actor mention named
  ``PUBLISHER`` with no knowledge-base id (the extractor is not told who
  published the text; the claim that holds the relation has the outlet as its
  claimant, so the store can tell whose "we" it is), never merged with another
  document's;
* "they" / "their" / "its" / "he" and a definite "the group" are the nearest
  compatible actor named before them in the sentence, else the subject of the
  sentence before (the topic a next sentence most often continues), else that
  sentence's last compatible actor; a description ("the group") may reach a
  few sentences back, a pronoun one. Compatible means the right kind: a body
  (not a person) for "they", a person for "he" or "she" (whose sex the
  ledger does not know), an organisation for "the group", a known armed
  group for "the militants", never a state named as a place ("in Kyiv"); and
  binding theory holds: a pronoun object is never its own clause's subject
  ("ISIL attacked them"), a description never a subject above it;
* a possessive before a relational noun ("its partners", "our allies") names
  another party than the phrase's referent, and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from warledger.extract.attribution_quotes import open_quote_before
from warledger.extract.attrs import doc_text, model_span, noun_chunks
from warledger.extract.relation_lexicon import (
    ANAPHORIC_ARMED_HEADS,
    ANAPHORIC_HEADS,
    DESTINATION_PREPS,
    LOCATIVE_PREPOSITIONS,
    RELATIONAL_NOUNS,
)
from warledger.extract.relation_speakers import (
    SUBJECT_DEPS,
    clause_of,
    speaker_body,
    speaking_surname,
)
from warledger.model import ActorKind, ActorMention, Span

DESTINATIONS = DESTINATION_PREPS - {"toward", "towards"}
"""Prepositions of where something is sent ("to Libya"): the state there is a place."""
FIRST_PLURAL = frozenset({"we", "us", "our", "ours"})
THIRD_PLURAL = frozenset({"they", "them", "their", "theirs"})
THIRD_SINGULAR = frozenset({"its"})
""""it" is left out: it is as often the dummy subject ("it is a fight we must win")."""
PERSONAL = frozenset({"he", "him", "his", "she", "her"})
"""Pronouns of a person: a commander or a member is often named once, then "he"."""
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
"""Labels of actors a plural pronoun can stand for (not a single person)."""
GROUP_KINDS = frozenset(
    {ActorKind.ARMED_GROUP, ActorKind.PROXY, ActorKind.POLITICAL_ORG, ActorKind.OTHER}
)
"""Kinds an organisation named by "the group" can be."""
NON_STATE_ARMED = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY})
"""Kinds a body named by "the militants" can be: one the knowledge base or the
conflict-entity model knows as armed, never an unknown body or a state's forces."""
DESCRIPTION_REACH = 3
"""How many sentences back "the group" may name its actor again (a pronoun: one)."""
PUBLISHER = "the publisher"
"""The name of the body a "we" in a text's own voice stands for (its publisher)."""


def referents(doc: Doc, actor_at: Mapping[int, ActorMention]) -> dict[int, list[ActorMention]]:
    """Token index of each resolved anaphor's head -> the actors it stands for, as
    mentions spanning the anaphor. ``actor_at`` maps a token to the named mention
    covering it (``relation_mentions.MentionIndex.actor``)."""
    found: dict[int, list[ActorMention]] = {}
    for anaphor in anaphors(doc, actor_at):
        antecedents = _resolve(anaphor, actor_at)
        if antecedents:
            found[anaphor.root.i] = [_in_sentence(anaphor, a) for a in antecedents]
    for i in list(found):
        # "the militia fought for X before its men...": a governing subject that is
        # itself a description ("the militia") gives its own referent
        topic = governing_subject(doc[i])
        anaphor = anaphor_words(doc[i])
        if topic is not None and topic.i in found and _wanted(anaphor)(found[topic.i][0]):
            found[i] = [_in_sentence(anaphor, a) for a in found[topic.i][:1]]
    return found


def anaphor_words(head: Token) -> SpacySpan:
    """The words of the anaphor whose head is ``head``: the pronoun, or the noun
    phrase up to its head ("the terrorist group")."""
    if head.pos_ == "PRON":
        return head.doc[head.i : head.i + 1]
    return head.doc[head.left_edge.i : head.i + 1]


def anaphors(doc: Doc, actor_at: Mapping[int, ActorMention]) -> Iterator[SpacySpan]:
    """Pronouns of a body (not "I" or "he"), then definite noun phrases headed by a
    group noun with no name in them."""
    for token in doc:
        if token.tag_ not in {"PRP", "PRP$"} or token.i in actor_at:
            continue
        word = token.lower_
        if word not in FIRST_PLURAL | THIRD_PLURAL | THIRD_SINGULAR | PERSONAL:
            continue
        if token.dep_ == "poss" and token.head.lemma_.lower() in RELATIONAL_NOUNS:
            continue
        yield doc[token.i : token.i + 1]
    if not doc.has_annotation("DEP"):
        return
    for chunk in noun_chunks(doc):
        head = chunk.root.lemma_.lower()
        if chunk[0].lower_ not in DEFINITE or head not in ANAPHORIC_HEADS | ANAPHORIC_ARMED_HEADS:
            continue
        if any(t.i in actor_at or t.pos_ == "PROPN" or t.ent_type_ for t in chunk):
            continue
        if any(c.dep_ == "prep" for c in chunk.root.children):
            continue  # "the group of Reserve Airmen" says which group it is
        yield chunk
    yield from _possessive_descriptions(doc, actor_at)


def _possessive_descriptions(doc: Doc, actor_at: Mapping[int, ActorMention]) -> Iterator[SpacySpan]:
    """A description as possessor ("the group's commander", "the militia's fighters"):
    a noun chunk is the whole phrase, headed by what is possessed, so the possessor is
    read apart; it stands for a named body as "its" would."""
    for token in doc:
        if token.dep_ != "poss" or token.pos_ not in {"NOUN", "PROPN"} or token.i in actor_at:
            continue
        if token.lemma_.lower() not in ANAPHORIC_HEADS | ANAPHORIC_ARMED_HEADS:
            continue
        words = doc[token.left_edge.i : token.i + 1]
        if words[0].lower_ not in DEFINITE or any(t.ent_type_ or t.i in actor_at for t in words):
            continue
        yield words


def _resolve(anaphor: SpacySpan, actor_at: Mapping[int, ActorMention]) -> list[ActorMention]:
    """The actors ``anaphor`` stands for (none when no compatible one is found)."""
    word = anaphor.root.lower_
    if len(anaphor) == 1 and word in FIRST_PLURAL:
        speaker = speaker_body(anaphor.root, actor_at)
        if speaker is not None:
            return [speaker]
        own_voice = open_quote_before(doc_text(anaphor.doc), anaphor.start_char) is None
        return [publisher(anaphor)] if own_voice else []
    wanted = _wanted(anaphor)
    # a description ("the group") names its actor again further on than a pronoun can
    reach = 1 if anaphor.root.pos_ == "PRON" else DESCRIPTION_REACH
    found = _antecedent(anaphor, actor_at, wanted, reach)
    if found is None and wanted is _person:
        speaker = speaking_surname(anaphor.root, actor_at)
        return [speaker] if speaker is not None else []
    if found is None:
        return []
    if word in THIRD_PLURAL:  # "the council and its militia ... their push": both
        return [found[1], *_coordinated(found[0], found[1], actor_at)]
    return [found[1]]


def _wanted(anaphor: SpacySpan) -> Callable[[ActorMention], bool]:
    """Which actors a third-person anaphor can stand for: a person for "he", a body
    for "its" and "they", an organisation for "the group", an armed one for "the
    militants"."""
    word = anaphor.root.lower_
    if len(anaphor) == 1 and word in PERSONAL:
        return _person
    if len(anaphor) == 1 and word in THIRD_SINGULAR:
        return _singular_body
    if len(anaphor) == 1:
        return _plural_body
    if anaphor.root.lemma_.lower() in ANAPHORIC_ARMED_HEADS:
        return _armed_group
    return _group


def publisher(anaphor: SpacySpan) -> ActorMention:
    """The publisher a "we" outside any quotation speaks for, at the pronoun's words."""
    return ActorMention(
        span=model_span(anaphor),
        name=PUBLISHER,
        kind=ActorKind.OTHER,
        label="ORG",
        source="rule",
    )


def _plural_body(mention: ActorMention) -> bool:
    return mention.label in BODY_LABELS


def _person(mention: ActorMention) -> bool:
    return mention.label == "PERSON"


def _singular_body(mention: ActorMention) -> bool:
    return mention.label in {"ORG", "GPE"}


def _group(mention: ActorMention) -> bool:
    return mention.label == "ORG" and mention.kind in GROUP_KINDS


def _armed_group(mention: ActorMention) -> bool:
    return mention.label == "ORG" and mention.kind in NON_STATE_ARMED


def _antecedent(
    anaphor: SpacySpan,
    actor_at: Mapping[int, ActorMention],
    wanted: Callable[[ActorMention], bool],
    reach: int,
) -> tuple[Token, ActorMention] | None:
    """The nearest compatible actor before ``anaphor`` in its sentence, else, in each
    of the ``reach`` sentences before it from the nearest, that sentence's subject or
    else its last compatible actor."""
    doc, sentence = anaphor.doc, anaphor.sent
    topic = governing_subject(anaphor.root)
    if topic is not None and topic.i in actor_at and wanted(actor_at[topic.i]):
        return topic, actor_at[topic.i]
    aside: tuple[Token, ActorMention] | None = None
    for token in reversed(doc[sentence.start : anaphor.start]):
        mention = actor_at.get(token.i)
        if mention is None or not wanted(mention):
            continue
        head = _head(doc, mention, token)
        if _number_clash(anaphor.root, head):
            continue
        if not _bound(anaphor.root, head) and not _a_place_there(head, mention):
            if not _in_other_relative(head, anaphor.root):
                return head, mention
            aside = aside or (head, mention)
    if aside is not None:
        return aside
    for _ in range(reach):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        found = _in_previous(sentence, actor_at, wanted)
        if found is not None:
            return found
    return None


def governing_subject(anaphor: Token) -> Token | None:
    """The subject of the clause that an adverbial or coordinated clause hangs on, for a
    possessive in that clause: in "the militia fought for X before its men were sent to
    Y" the men are the militia's, the topic the sentence goes on with, not X's, the
    nearer name. None for a possessive in the main clause (the nearest compatible actor
    is taken there)."""
    clause = clause_of(anaphor)
    if anaphor.dep_ != "poss" or clause.dep_ not in {"advcl", "conj"}:
        return None
    main = clause_of(clause.head)
    return next(
        (
            c
            for c in main.children
            if c.dep_ in {"nsubj", "nsubjpass"}
            and c.i < anaphor.i
            and not _number_clash(anaphor, c)
        ),
        None,
    )


def _in_other_relative(candidate: Token, anaphor: Token) -> bool:
    """Whether ``candidate`` is inside a relative clause the anaphor is not in: in "X,
    which has sided with Y, denied reports that its troops..." the clause is an aside
    about X, and "its" goes on with X; Y is taken only when no one else is named."""
    for ancestor in candidate.ancestors:
        if ancestor.dep_ == "relcl":
            return not (ancestor.left_edge.i <= anaphor.i <= ancestor.right_edge.i)
    return False


def _number_clash(anaphor: Token, head: Token) -> bool:
    """ "Its" does not stand for a plural common noun: in "X's recruitment of
    prisoners ... was confirmed by its founder" the founder is X's."""
    return anaphor.lower_ in THIRD_SINGULAR and head.tag_ == "NNS"


def _in_previous(
    sentence: SpacySpan,
    actor_at: Mapping[int, ActorMention],
    wanted: Callable[[ActorMention], bool],
) -> tuple[Token, ActorMention] | None:
    """The subject of ``sentence`` (the topic a next sentence most often continues)
    when compatible, else its last compatible actor."""
    compatible = [
        (t, actor_at[t.i])
        for t in sentence
        if t.i in actor_at and wanted(actor_at[t.i]) and not _a_place_there(t, actor_at[t.i])
    ]
    main = sentence.root
    for token, mention in compatible:
        if any(a.dep_ in SUBJECT_DEPS and a.head.i == main.i for a in [token, *token.ancestors]):
            return token, mention
    return compatible[-1] if compatible else None


def _head(doc: Doc, mention: ActorMention, token: Token) -> Token:
    """The syntactic head of ``mention`` ("Government" in "the Government of X")."""
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return words.root if words is not None else token


def _coordinated(
    token: Token, mention: ActorMention, actor_at: Mapping[int, ActorMention]
) -> list[ActorMention]:
    """The other actors coordinated with ``mention`` ("X and Y"), found from its head."""
    root = token
    while root.head.i != root.i and actor_at.get(root.head.i) is mention:
        root = root.head
    others: list[ActorMention] = []
    for conjunct in root.conjuncts:
        other = actor_at.get(conjunct.i)
        if other is not None and other is not mention and all(other is not o for o in others):
            others.append(other)
    return others


def _a_place_there(token: Token, mention: ActorMention) -> bool:
    """Whether a state is named as the place of something ("talks in Kyiv") or where
    something goes ("sent mercenaries to Libya, where they fought"), where it is no
    actor: a pronoun after it stands for someone else."""
    if mention.label not in {"GPE", "LOC"}:
        return False
    while token.dep_ in {"compound", "amod", "det"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS | DESTINATIONS


def _bound(anaphor: Token, candidate: Token) -> bool:
    """Whether ``candidate`` is a subject that the anaphor cannot stand for (binding
    theory): a plain pronoun is not the subject of its own clause ("ISIL attacked
    them"), a noun phrase is not the subject of any clause above it ("X and Y are
    committed to defeating the militants"); a possessive may be ("ISIL and its
    allies")."""
    if anaphor.dep_ == "poss" or not _is_subject(candidate):
        return False
    clause = clause_of(candidate)
    if anaphor.pos_ == "PRON":
        return clause_of(anaphor).i == clause.i
    return clause.is_ancestor(anaphor)


def _is_subject(token: Token) -> bool:
    """A subject, or a word inside one ("the Valmark council", "X and Y")."""
    while token.dep_ in {"compound", "amod", "det", "conj", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _in_sentence(anaphor: SpacySpan, antecedent: ActorMention) -> ActorMention:
    """The mention a relation stated with ``anaphor`` takes: the antecedent itself
    when it is named in the same sentence (the sentence names the actor: "the UK
    remains steadfast in its support"), else the antecedent's identity at the
    anaphor's words ("Their fight goes on"), as always for "we": the body a
    quotation speaks for is named in its frame, outside what is said."""
    sentence = anaphor.sent
    quoted = anaphor.root.lower_ in FIRST_PLURAL  # the speaker is named outside the quote
    if not quoted and sentence.start_char <= antecedent.span.start < sentence.end_char:
        return antecedent
    span = Span(
        start=anaphor.start_char,
        end=anaphor.end_char,
        text=anaphor.text,
        document_id=antecedent.span.document_id or anaphor.doc._.document_id or None,
    )
    return antecedent.model_copy(update={"span": span, "source": "rule"})
