"""The thinc model behind ``warledger_factuality``: a small head over what spaCy already computed.

Why a head and not an encoder of its own: the pipeline must stay close to raw
``nlp.pipe`` speed. The English model's ``tok2vec`` leaves a contextual vector
per token in ``doc.tensor``; the parser gives the syntax that decides
factuality in English (negation, modal auxiliaries, "if"/"whether" clauses,
the verb that embeds the event: "feared", "denied", "said", a question mark).
The model concatenates the tensor row of each scored token with hashed
embeddings of such dependency features and regresses a score in [-3, 3]
(+3 certainly happened, -3 certainly did not, 0 uncommitted).

The three training corpora annotate with different conventions (web text
rated by crowd workers; newswire rated for the author's commitment), so each
token also gets the name of the convention its doc follows
(``doc.user_data[CORPUS_KEY]``, set in training). Every other doc is read with
UW's newswire convention: warledger reads news.

Input is a list of ``(Doc, token indices)``; output one row per index, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc, Token
from spacy.util import registry
from thinc.api import Dropout, HashEmbed, Linear, Model, Relu, chain
from thinc.types import Floats2d

from warledger.extract.factuality_cues import cue_class

FactualityInput = tuple[Doc, Sequence[int]]
CORPUS_KEY = "warledger_factuality_corpus"
NEWS_CONVENTION = "uw"

NEGATORS = frozenset({"not", "n't", "never", "no", "without", "nobody", "nothing", "none"})
_VERBAL = frozenset({"VERB", "AUX"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "csubj", "relcl", "acl", "pcomp", "conj"})
_MAX_CLIMB = 4
# Children that modify a word's factuality: "the cancelled deal", "reportedly killed".
_MODIFIER_DEPS = frozenset({"amod", "advmod", "compound", "npadvmod", "neg"})

# One slot per feature below; the slot name is hashed with the value so that
# equal strings in different slots get different rows.
FEATURE_SLOTS: tuple[str, ...] = (
    "lemma",
    "tag",
    "dep",
    "morph",
    "aux",
    "neg",
    "mark",
    "det",
    "head_lemma",
    "head_dep",
    "gov1",
    "gov2",
    "gov_neg",
    "clause_mark",
    "question",
    "gov1_path",
    "corpus",
    "self_cue",
    "mods",
    "mod_cue",
    "gov1_cue",
    "gov2_cue",
    "scope_modal",
    "gov1_tense",
)


class DocSyntax:
    """The words and parse of one Doc as plain lists, read once per Doc.

    Why: the features below climb heads and scan children many times per
    token; doing that through spaCy ``Token`` objects built the same objects
    over and over and was most of this component's run time. The lists give
    exactly the same strings and links.
    """

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, LEMMA, TAG, DEP, POS, HEAD, MORPH]).tolist()
        self.doc = doc
        self.lower = [strings[row[0]] for row in rows]
        self.lemma = [strings[row[1]].lower() for row in rows]
        self.tag = [strings[row[2]] for row in rows]
        self.dep = [strings[row[3]] for row in rows]
        self.pos = [strings[row[4]] for row in rows]
        self.morph = [row[6] for row in rows]
        self.tense: dict[int, str] = {}  # morphology hash -> its "Tense" and "VerbForm"
        # HEAD holds the offset to the head as an unsigned 64-bit number.
        self.head = [(i + row[5]) % (1 << 64) for i, row in enumerate(rows)]
        # What each token's children say about it, in one pass over the children
        # (first child in text order wins, as when reading ``token.children``).
        n = len(rows)
        self.mark = [""] * n
        self.det = [""] * n
        self.negated = [False] * n
        self.particle = [""] * n
        self.modal = [""] * n
        auxiliaries: list[list[str]] = [[] for _ in rows]
        modifiers: list[list[str]] = [[] for _ in rows]
        for child, head in enumerate(self.head):
            if head == child:
                continue
            dep, word = self.dep[child], self.lower[child]
            if dep == "mark" and not self.mark[head]:
                self.mark[head] = word
            elif dep in ("det", "poss") and not self.det[head]:
                self.det[head] = word
            if dep in ("aux", "auxpass"):
                auxiliaries[head].append(word)
                if self.tag[child] == "MD" and not self.modal[head]:
                    self.modal[head] = word
            elif dep == "prt":
                self.particle[head] = word
            elif dep in _MODIFIER_DEPS:
                modifiers[head].append(self.lemma[child])
            if word in NEGATORS and dep in ("neg", "det", "advmod"):
                self.negated[head] = True
        # Modal and tense auxiliaries and an infinitival "to" ("would attack", "to attack").
        self.aux = ["+".join(sorted(words)[:3]) for words in auxiliaries]
        self.mods = ["+".join(sorted(words)[:2]) for words in modifiers]
        self.mod_cue = [
            "+".join(sorted({c for c in map(cue_class, words) if c})) for words in modifiers
        ]
        self.question = [False] * n
        for sent in doc.sents:
            asks = sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?")
            self.question[sent.start : sent.end] = [asks] * len(sent)
        self.corpus = str(doc.user_data.get(CORPUS_KEY, NEWS_CONVENTION))

    def governors(self, i: int) -> list[int]:
        """The words above ``i`` that can embed it as an event: verbs, and the
        nouns and adjectives that take clauses ("fear that", "possible that")."""
        found: list[int] = []
        current = i
        for _ in range(_MAX_CLIMB):
            if self.head[current] == current:
                break
            current = self.head[current]
            if self.pos[current] in _VERBAL or self.pos[current] in ("NOUN", "ADJ"):
                found.append(current)
            if len(found) == 2:
                break
        return found

    def clause_mark(self, i: int) -> str:
        """The subordinator of the nearest clause that contains ``i`` ("if", "whether")."""
        current = i
        for _ in range(_MAX_CLIMB):
            mark = self.mark[current]
            if mark:
                return f"{mark}/{self.dep[current]}"
            if self.head[current] == current:
                break
            current = self.head[current]
        return ""

    def cue(self, i: int) -> str:
        """The cue class of word ``i`` (``factuality_cues``), its particle included."""
        return cue_class(self.lemma[i], self.particle[i])

    def scope_modal(self, i: int, governors: Sequence[int]) -> str:
        """The nearest modal auxiliary of ``i`` or of a word that embeds it, with its
        distance ("can@0" for "can fly", "will@1" for "will try to fly")."""
        for distance, j in enumerate([i, *governors]):
            if self.modal[j]:
                return f"{self.modal[j]}@{distance}"
        return ""

    def tense_of(self, i: int) -> str:
        """Tense and verb form of word ``i`` from its morphology ("PastFin")."""
        tense = self.tense.get(self.morph[i])
        if tense is None:
            morph = self.doc[i].morph
            tense = str(morph.get("Tense")) + str(morph.get("VerbForm"))
            self.tense[self.morph[i]] = tense
        return tense

    def features(self, i: int) -> tuple[str, ...]:
        """The features of token ``i``, one string per ``FEATURE_SLOTS`` entry."""
        head = self.head[i]
        governors = self.governors(i)
        gov1 = governors[0] if governors else None
        path = ""
        if gov1 is not None:
            child = i
            while self.head[child] != gov1 and self.head[child] != child:
                child = self.head[child]
            path = f"{self.lemma[gov1]}>{self.dep[child]}"
        gov2 = governors[1] if len(governors) > 1 else None
        return (
            self.lemma[i],
            self.tag[i],
            self.dep[i],
            self.tense_of(i),
            self.aux[i],
            "1" if self.negated[i] else "",
            self.mark[i],
            self.det[i],
            self.lemma[head] if head != i else "<root>",
            self.dep[head] if head != i else "<root>",
            self.lemma[gov1] if gov1 is not None else "",
            self.lemma[gov2] if gov2 is not None else "",
            "1" if any(self.negated[g] for g in governors) else "",
            self.clause_mark(i),
            "1" if self.question[i] else "",
            path,
            self.corpus,
            self.cue(i),
            self.mods[i],
            self.mod_cue[i],
            self.cue(gov1) if gov1 is not None else "",
            self.cue(gov2) if gov2 is not None else "",
            self.scope_modal(i, governors),
            f"{self.tense_of(gov1)}/{self.aux[gov1]}" if gov1 is not None else "",
        )


def token_features(token: Token) -> tuple[str, ...]:
    """The features of one token (``DocSyntax.features``, for a single look)."""
    return DocSyntax(token.doc).features(token.i)


def feature_ids(doc: Doc, indices: Sequence[int]) -> numpy.ndarray:
    """Hashed ids of every token's features, shape (len(indices) * len(FEATURE_SLOTS),)."""
    if not indices:
        return numpy.zeros((0,), dtype="uint64")
    syntax = DocSyntax(doc)
    keys = [
        f"{slot}={value}"
        for i in indices
        for slot, value in zip(FEATURE_SLOTS, syntax.features(i), strict=True)
    ]
    hashes: dict[str, int] = {}  # most feature strings recur within a document
    for key in keys:
        if key not in hashes:
            hashes[key] = hash_string(key)
    return numpy.asarray([hashes[key] for key in keys], dtype="uint64")


def _doc_tensor(doc: Doc, width: int) -> numpy.ndarray:
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[0] != len(doc) or tensor.shape[1] < width:
        raise ValueError(
            f"warledger_factuality needs doc.tensor of shape ({len(doc)}, {width}) from the "
            f"pipeline's tok2vec; got {getattr(tensor, 'shape', None)} (put tok2vec before it)"
        )
    return tensor[:, :width]


@registry.architectures("warledger.FactualityHead.v1")
def build_factuality_model(
    tensor_width: int, embed_width: int, hash_rows: int, hidden_width: int, dropout: float
) -> Model[list[FactualityInput], Floats2d]:
    """A regression head: [doc.tensor row ; hashed dependency features] -> Relu -> score."""
    n_slots = len(FEATURE_SLOTS)
    embed = HashEmbed(nO=embed_width, nV=hash_rows, seed=17)
    head = chain(
        Relu(nO=hidden_width, nI=tensor_width + n_slots * embed_width),
        Dropout(dropout),
        Linear(nO=1, nI=hidden_width),
    )
    return Model(
        "warledger_factuality_head",
        _forward,
        layers=[embed, head],
        attrs={"tensor_width": tensor_width, "n_slots": n_slots, "embed_width": embed_width},
        init=_init,
    )


def _init(model: Model, X: object = None, Y: object = None) -> None:
    for layer in model.layers:
        layer.initialize()


def _forward(
    model: Model, inputs: list[FactualityInput], is_train: bool
) -> tuple[Floats2d, Callable[[Floats2d], list]]:
    embed, head = model.layers
    width: int = model.attrs["tensor_width"]
    n_slots: int = model.attrs["n_slots"]
    embed_width: int = model.attrs["embed_width"]
    ops = model.ops
    rows = [_doc_tensor(doc, width)[list(indices)] for doc, indices in inputs if len(indices)]
    if not rows:
        return ops.alloc2f(0, 1), lambda dY: []
    tensors = ops.asarray2f(numpy.concatenate(rows))
    ids = numpy.concatenate([feature_ids(doc, indices) for doc, indices in inputs])
    vectors, embed_backprop = embed(ids, is_train)
    n = tensors.shape[0]
    features = ops.xp.hstack([tensors, vectors.reshape((n, n_slots * embed_width))])
    scores, head_backprop = head(features, is_train)

    def backprop(d_scores: Floats2d) -> list:
        d_features = head_backprop(d_scores)
        embed_backprop(ops.xp.ascontiguousarray(d_features[:, width:]).reshape((-1, embed_width)))
        return []

    return scores, backprop
