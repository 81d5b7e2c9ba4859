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
from spacy.strings import hash_string
from spacy.tokens import Doc, Token
from spacy.util import registry
from thinc.api import Dropout, HashEmbed, Linear, Model, Relu, chain
from thinc.types import Floats2d

FactualityInput = tuple[Doc, Sequence[int]]
CORPUS_KEY = "warledger_factuality_corpus"
NEWS_CONVENTION = "uw"

NEGATORS = frozenset({"not", "n't", "never", "no", "without", "nobody", "nothing", "none"})
_VERBAL = frozenset({"VERB", "AUX"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "csubj", "relcl", "acl", "pcomp", "conj"})
_MAX_CLIMB = 4

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
)


def _aux(token: Token) -> str:
    """Modal and tense auxiliaries and an infinitival "to" ("would attack", "to attack")."""
    words = sorted(c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass"))
    return "+".join(words[:3])


def _negated(token: Token) -> bool:
    return any(c.lower_ in NEGATORS and c.dep_ in ("neg", "det", "advmod") for c in token.children)


def _mark(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "mark"), "")


def _governors(token: Token) -> list[Token]:
    """The words above ``token`` that can embed it as an event: verbs, and the
    nouns and adjectives that take clauses ("fear that", "possible that")."""
    found: list[Token] = []
    current = token
    for _ in range(_MAX_CLIMB):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in _VERBAL or current.pos_ in ("NOUN", "ADJ"):
            found.append(current)
        if len(found) == 2:
            break
    return found


def _clause_mark(token: Token) -> str:
    """The subordinator of the nearest clause that contains ``token`` ("if", "whether")."""
    current = token
    for _ in range(_MAX_CLIMB):
        mark = _mark(current)
        if mark:
            return f"{mark}/{current.dep_}"
        if current.head.i == current.i:
            break
        current = current.head
    return ""


def _questions(doc: Doc) -> list[bool]:
    """For each token, whether its sentence ends in a question mark. Read once per
    doc: ``Token.sent`` scans its whole sentence, which is quadratic in a text that
    has no sentence ends (thousands of "Key: value" lines)."""
    flags: list[bool] = []
    for sent in doc.sents:
        question = sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?")
        flags.extend([question] * len(sent))
    return flags


def token_features(token: Token, question: bool) -> tuple[str, ...]:
    """The features of one token, one string per ``FEATURE_SLOTS`` entry;
    ``question``: its sentence ends in a question mark."""
    head = token.head
    governors = _governors(token)
    gov1 = governors[0] if governors else None
    path = ""
    if gov1 is not None:
        child = token
        while child.head.i != gov1.i and child.head.i != child.i:
            child = child.head
        path = f"{gov1.lemma_.lower()}>{child.dep_}"
    det = next((c.lower_ for c in token.children if c.dep_ in ("det", "poss")), "")
    return (
        token.lemma_.lower(),
        token.tag_,
        token.dep_,
        str(token.morph.get("Tense")) + str(token.morph.get("VerbForm")),
        _aux(token),
        "1" if _negated(token) else "",
        _mark(token),
        det,
        head.lemma_.lower() if head.i != token.i else "<root>",
        head.dep_ if head.i != token.i else "<root>",
        gov1.lemma_.lower() if gov1 is not None else "",
        governors[1].lemma_.lower() if len(governors) > 1 else "",
        "1" if any(_negated(g) for g in governors) else "",
        _clause_mark(token),
        "1" if question else "",
        path,
        str(token.doc.user_data.get(CORPUS_KEY, NEWS_CONVENTION)),
    )


def feature_ids(doc: Doc, indices: Sequence[int]) -> numpy.ndarray:
    """Hashed ids of every token's features, shape (len(indices) * len(FEATURE_SLOTS),)."""
    ids = numpy.zeros((len(indices) * len(FEATURE_SLOTS),), dtype="uint64")
    k = 0
    questions = _questions(doc) if indices else []
    for i in indices:
        features = token_features(doc[i], questions[i])
        for slot, value in zip(FEATURE_SLOTS, features, strict=True):
            ids[k] = hash_string(f"{slot}={value}")
            k += 1
    return ids


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
