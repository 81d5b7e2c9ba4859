"""What kind of actor an event's argument word names, and words that name no actor.

The events component's rules find an argument's words in the parse; these decide
what those words are when no knowledge base or NER entity covers them: a state's
force, an armed group, civilians, a person, a thing (``head_category``); victims of
harm taken as people (``as_person``); and a place dateline, which the parser may
take for a subject but which only says where the report was filed (``in_dateline``).
Split from ``event_args``, which finds where the arguments stand.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.argument_positions import pobjs, with_conjuncts
from warledger.model import DISCOVERED_PREFIX, ActorKind, ActorMention

_VERB_POS = frozenset({"VERB", "AUX"})
_NAME_WORDS = 5
"""A person's name has at most this many words ("stela torrado de otalora")."""
DASHES = frozenset({"—", "–", "--", "-"})
# Endings of English agent nouns: "saboteur", "arsonist", "captor", "kidnapper".
_AGENT_ENDINGS = ("er", "or", "ist", "eur", "ian", "ant", "ent")
# Weapons and craft: things, unless a modifier says whose force they are.
_PLATFORMS = lex.WEAPON_NOUNS | lex.MANNED_AIRCRAFT


def as_person(mention: ActorMention, words: Span | None = None) -> ActorMention:
    """A rule mention the head noun left as a thing or an unknown name ("the
    murder of jose lopez"), taken as a person; organisation nouns stay, and so does
    a mention already known as armed or a state's ("killing three soldiers" are no
    civilians, whatever label the actors component gave the group).

    Where its ``words`` are a proper name (``proper_name``: "killed pardo leal",
    "kidnapped Lidia Sarkany", which the tagger or NER of a lower-cased or unfamiliar
    name may have called an organisation), it names a person, not people described;
    so does an organisation-labelled name of the actors component that no knowledge
    base knows (an id it coined itself): these verbs are done to people only. A named
    person the actors component counted among civilians (by the word for them before
    the name, "the teacher Ilse Morrow") is that person."""
    head = mention.name.lower().split()[-1:] or [""]
    named = words is not None and proper_name(words)
    coined = mention.actor_id is None or mention.actor_id.startswith(DISCOVERED_PREFIX)
    if named and mention.label == "PERSON" and mention.kind is ActorKind.CIVILIANS:
        return mention.model_copy(update={"kind": ActorKind.PERSON})  # "the teacher Ilse Morrow"
    if (
        not (mention.source == "rule" or (named and coined))
        or mention.label not in ("FAC", "ORG")
        or mention.kind is not ActorKind.OTHER
        or (head[0] in lex.ORG_NOUNS)
    ):
        return mention
    kind = ActorKind.PERSON if named else ActorKind.CIVILIANS
    return mention.model_copy(update={"label": "PERSON", "kind": kind})


def proper_name(words: Span) -> bool:
    """Whether the words (less an article) are a proper name of a few words: every one a
    proper noun, none a word for people, a group or an organisation ("pardo leal",
    "Marta Ivanec"; not "the Army", "Police Chief")."""
    if len(words) and words[0].pos_ == "DET":
        words = words[1:]
    common = lex.PERSON_NOUNS | lex.ORG_NOUNS | lex.ARMED_NOUNS | lex.STATE_FORCE_NOUNS
    return 0 < len(words) <= _NAME_WORDS and all(
        t.pos_ == "PROPN" and t.lemma_.lower() not in common for t in words
    )


def head_category(head: Token) -> tuple[str, ActorKind]:
    """Coarse label and kind of an argument from its NER type or head noun.

    A head noun the lexicons do not know takes the category of its modifier
    ("guerrilla column" is armed like "guerrilla"); so does a noun of people that a
    force's name qualifies ("security officers", "police guards", "militia commander"
    are no civilians). An officer or a rank with no other trade named before it is a
    state's force member ("two officers were shot"; "a press officer" is a civilian).
    """
    lemma = head.lemma_.lower()
    known = lex.ORG_NOUNS | lex.ARMED_NOUNS | lex.PERSON_NOUNS
    if lemma not in known and not head.ent_type_:
        for child in head.lefts:
            if child.dep_ == "compound" and child.lemma_.lower() in known:
                return head_category(child)
    if lemma in lex.PERSON_NOUNS and lemma not in lex.ARMED_NOUNS:
        for child in head.lefts:
            word = child.lemma_.lower()
            kind = _force_kind(word)
            if child.dep_ in ("compound", "amod") and kind is not None:
                return "PERSON", kind
    if lemma in lex.ORG_NOUNS:
        kind = ActorKind.STATE_FORCE if lemma in lex.STATE_FORCE_NOUNS else ActorKind.ARMED_GROUP
        return "ORG", kind
    if lemma in lex.STATE_FORCE_NOUNS:
        return "PERSON", ActorKind.STATE_FORCE
    if lemma in lex.ARMED_NOUNS:
        return "PERSON", ActorKind.ARMED_GROUP
    if lemma in lex.UNIFORMED_NOUNS and not any(c.dep_ == "compound" for c in head.lefts):
        return "PERSON", ActorKind.STATE_FORCE  # "an off-duty officer"; not "a press officer"
    if head.ent_type_ == "PERSON" or lemma in lex.PERSON_NOUNS:
        return "PERSON", ActorKind.PERSON if head.pos_ == "PROPN" else ActorKind.CIVILIANS
    if head.ent_type_ in ("GPE", "NORP"):
        return head.ent_type_, ActorKind.STATE
    if head.ent_type_ == "ORG" or head.pos_ == "PROPN":
        return "ORG", ActorKind.OTHER
    return "FAC", ActorKind.OTHER


def doers(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that may have done an attack: not those that name a thing ("the
    truck exploded, killing ...", "a bullet wounded him", "the clocks struck"). A thing
    in the doer's place is the means or the scene of the act, or a word the parse
    misread; in the ledger it would stand as the one who attacked."""
    return [m for m in mentions if not _thing(doc, m)]


def _thing(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention ``head_category`` could not tell as people or an organisation
    (label FAC) names a thing: a weapon or a craft no state or force is said to own
    ("Russian aircraft" stand for Russia's air force), or a noun that is no agent noun
    and no whole "of" people. "Saboteurs", "arsonists", "captors" are people the
    lexicons do not list; "a band of armed men" is people too."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if mention.label != "FAC" or span is None:
        return False
    head = span.root
    lemma = head.lemma_.lower()
    if lemma in _PLATFORMS or head.lower_ in _PLATFORMS:
        return not any(_whose(child) for child in head.lefts)
    wholes = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)]
    of_people = any(head_category(w)[0] != "FAC" for w in with_conjuncts(wholes))
    return not (lemma.endswith(_AGENT_ENDINGS) or of_people)


def _whose(modifier: Token) -> bool:
    """Whether a modifier of a weapon or a craft names the state or force it belongs
    to ("Russian aircraft", "U.S. planes", "army helicopters", any possessor: "its
    aircraft", "the army's drones"): the craft then stands for that force, which did
    the attack."""
    if modifier.dep_ == "poss":
        return True
    if modifier.dep_ not in ("amod", "compound", "nmod"):
        return False
    return modifier.ent_type_ in ("NORP", "GPE", "ORG") or head_category(modifier)[0] == "ORG"


def in_dateline(token: Token) -> bool:
    """A word of a place dateline ("BAGHDAD —", "KABUL, Afghanistan (AP) --"), which the
    parser may take for the first sentence's subject: where the report was filed, no
    one who acted. It opens a line in capitals and a dash follows before any verb."""
    doc = token.doc
    start = token.left_edge.i
    if not token.is_upper or not (
        start == 0 or doc[start - 1].is_space or "\n" in doc[start - 1].text_with_ws
    ):
        return False
    for t in doc[token.i + 1 : token.i + 8]:
        if t.text in DASHES:
            return True
        if t.pos_ in _VERB_POS:
            return False
    return False


def _force_kind(word: str) -> ActorKind | None:
    """The kind of force a modifier names: a state's ("police", "army", "security")
    or an armed group's ("militia", "rebel"), else None."""
    if word in lex.STATE_FORCE_NOUNS or word == "security":
        return ActorKind.STATE_FORCE
    return ActorKind.ARMED_GROUP if word in lex.ARMED_NOUNS else None
