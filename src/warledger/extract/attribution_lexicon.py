"""Reporting cues for ``warledger_attribution``: which words introduce reported speech.

Kept apart from the component so the word lists can be read (and argued about)
without the parse-walking code. Each verb lemma maps to the stance a claim has
when nothing else in the sentence says otherwise: "denied" makes the content a
denial, "threatened" a future act, "asked" a question. The lists were written
from general knowledge of English news prose (wire-style reporting verbs,
verbs of perception and finding used for polls and reports), not from any
gold set. Verbs of private belief ("think", "know", "hope", "feel") are left out:
they mostly voice opinion in conversation ("I think", "you know"), not claims.
"""

from __future__ import annotations

from types import MappingProxyType

from warledger.model import Stance

_ASSERTING = (
    "say",
    "tell",
    "announce",
    "claim",
    "state",
    "report",
    "add",
    "note",
    "argue",
    "write",
    "insist",
    "suggest",
    "acknowledge",
    "admit",
    "confirm",
    "explain",
    "accuse",
    "allege",
    "assert",
    "declare",
    "describe",
    "estimate",
    "believe",
    "find",
    "show",
    "indicate",
    "reveal",
    "disclose",
    "predict",
    "recall",
    "tweet",
    "post",
    "complain",
    "respond",
    "reply",
    "agree",
    "contend",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "point",
    "mention",
    "observe",
    "conclude",
    "concede",
    "caution",
    "warn",
    "blame",
    "cite",
    "quote",
    "comment",
    "remark",
    "testify",
    "charge",
    "criticize",
    "criticise",
    "condemn",
    "praise",
    "echo",
    "urge",
    "call",
    "demand",
    "hint",
    "signal",
    "learn",
    "fear",
    "expect",
    "worry",
    "brief",
    "inform",
    "assure",
)

_DENYING = ("deny", "reject", "dismiss", "refute", "dispute", "rebut", "decline", "refuse")
_FUTURE = ("threaten", "vow", "pledge", "promise", "plan", "intend")
_QUESTION = ("ask", "question", "wonder", "inquire", "query")

VERB_STANCE: MappingProxyType[str, Stance] = MappingProxyType(
    {
        **dict.fromkeys(_ASSERTING, Stance.ASSERTED),
        **dict.fromkeys(_FUTURE, Stance.FUTURE),
        **dict.fromkeys(_DENYING, Stance.DENIED),
        **dict.fromkeys(_QUESTION, Stance.QUESTION),
    }
)
"""Reporting verb lemma -> the stance of its content by default."""

OBJECT_CONTENT_VERBS: frozenset[str] = frozenset(
    {
        "announce",
        "claim",
        "confirm",
        "deny",
        "reject",
        "dismiss",
        "dispute",
        "refute",
        "report",
        "reveal",
        "disclose",
        "cite",
        "predict",
        "acknowledge",
        "admit",
        "condemn",
        "criticize",
        "criticise",
        "praise",
        "blame",
        "accuse",
        "threaten",
        "promise",
        "pledge",
        "vow",
        "demand",
        "question",
        "echo",
        "describe",
        "estimate",
        "stress",
        "emphasize",
        "emphasise",
        "note",
        "urge",
        "suggest",
        "indicate",
        "mention",
    }
)
"""Verbs whose direct object is itself the thing said ("denied the report").

For the others ("told reporters") the object is the hearer, not the content.
"""

PARTICLE_CUES: frozenset[tuple[str, str]] = frozenset(
    {("call", "for"), ("call", "on"), ("point", "to"), ("point", "out"), ("warn", "of")}
)
"""Verb + particle/preposition pairs where the second word belongs to the cue."""

NEEDS_PARTICLE: frozenset[str] = frozenset({"call", "point"})
"""Lemmas that only report speech with a particle or a clause ("call for", "point out")."""

MODAL_STANCE: MappingProxyType[str, Stance] = MappingProxyType(
    {
        "will": Stance.FUTURE,
        "shall": Stance.FUTURE,
        "'ll": Stance.FUTURE,
        "would": Stance.HYPOTHETICAL,
        "could": Stance.HYPOTHETICAL,
        "might": Stance.HYPOTHETICAL,
        "may": Stance.HYPOTHETICAL,
    }
)
"""A modal on the content's main verb overrides an asserting cue's stance."""

NOUN_STANCE: MappingProxyType[str, Stance] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "claim",
                "statement",
                "report",
                "allegation",
                "assertion",
                "announcement",
                "accusation",
                "warning",
                "suggestion",
                "insistence",
                "admission",
                "estimate",
                "argument",
                "belief",
            ),
            Stance.ASSERTED,
        ),
        **dict.fromkeys(("denial", "rejection"), Stance.DENIED),
        **dict.fromkeys(("threat", "promise", "pledge", "vow", "plan"), Stance.FUTURE),
        **dict.fromkeys(("question",), Stance.QUESTION),
    }
)
"""Nouns that report speech when a clause follows ("Russia's claim that ...")."""
