"""Greedy decoding of a trained spaCy entity recogniser, many documents per step.

Why: warledger runs three spaCy NERs of its own (conflict entities, attribution
spans, attack roles). spaCy decodes each token of each document in compiled
code, but its per-token validity check of every action costs about 20 µs on
the benchmark machine (each check re-enters the interpreter's lock), which made
these decoders the largest warledger cost. Here one NumPy step decides the next
token of every document of a batch at once, so the per-step cost is paid once
per token position rather than once per token.

The output is the same as spaCy's greedy parse, not an approximation:
- the encoder and the precomputed feature table are computed by the model's own
  layers on the same groups of documents as ``Parser.pipe``/``Parser.predict``
  form (so every matrix product sees the same operands);
- a state's three features (next token, first token of the open entity, token
  before the next one), the sum of their precomputed rows with the bias in the
  same order, maxout, and the output layer through the same BLIS ``sgemm`` that
  spaCy's decoder calls (its rows do not depend on how many rows are multiplied);
- the validity rules of ``spacy/pipeline/_parser_internals/ner.pyx`` for documents
  without preset entities (what all three callers pass), and the first highest
  valid score wins, as ``arg_max_if_valid`` picks it.
Every NER action consumes exactly one token, so all documents advance in lockstep.

A batch whose steps would be mostly one document long (one long text) gains
nothing from this, so it is left to spaCy's own decoder (same result).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import blis.py
import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from spacy.util import minibatch

from warledger.errors import ConfigError

BEGIN, IN, LAST, UNIT, OUT = range(5)
_MOVE_OF_LETTER = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT}
MIN_STATES_PER_STEP = 3.0
"""Below this mean number of documents per step, spaCy's compiled loop is cheaper."""


@dataclass(frozen=True)
class FoundEntity:
    """One entity the recogniser found: token range ``[start, end)`` and its label."""

    start: int
    end: int
    label: str


class GreedyEntityDecoder:
    """Decodes ``ner`` (a trained ``EntityRecognizer``: greedy, three state features,
    an output layer) over many documents at once."""

    def __init__(self, ner: EntityRecognizer) -> None:
        model = ner.model
        lower = model.get_ref("lower")
        if (
            ner.cfg.get("beam_width", 1) != 1
            or not model.attrs["has_upper"]
            or model.attrs["unseen_classes"]
            or lower.get_dim("nF") != 3
            or lower.get_dim("nP") < 2
        ):
            raise ConfigError(
                f"{ner.name}: not a greedy three-feature maxout NER with an output layer"
            )
        self.ner = ner
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        kinds, labels = [], []
        for name in names:
            letter, _, label = name.partition("-")
            kinds.append(OUT if letter == "O" else _MOVE_OF_LETTER[letter])
            labels.append(label)
        self.labels = sorted({label for label in labels if label})
        label_ids = {label: i for i, label in enumerate(self.labels)}
        self._kind = numpy.array(kinds)
        # -1: an action without a label (O); a B/I/L/U action without a label is valid
        # only on preset entities, which never occur here.
        self._label = numpy.array([label_ids.get(label, -1) for label in labels])
        self._penalty = self._validity_penalties()
        self._stays_open = (self._kind == BEGIN) | (self._kind == IN)
        self._closes = (self._kind == LAST) | (self._kind == UNIT)
        self._open_code = 4 + 2 * self._label

    def _validity_penalties(self) -> numpy.ndarray:
        """0 for a valid action, -inf for an invalid one, by the state's code: with no
        entity open, ``2 * no_join + no_span`` (0-3); with one open, ``4 + 2 * its label
        + no_join``. ``no_join``: the entity may not go on past this token (the last
        one, or the next starts a sentence); ``no_span``: the token is whitespace.
        These are ner.pyx's rules for a document without preset entities."""
        kind, label = self._kind, self._label
        labelled = label >= 0
        rows = []
        for no_join in (0, 1):
            for no_span in (0, 1):
                rows.append(
                    ((kind == BEGIN) & labelled & (not no_join) & (not no_span))
                    | ((kind == UNIT) & labelled & (not no_span))
                    | (kind == OUT)
                )
        for open_label in range(len(self.labels)):
            for no_join in (0, 1):
                same = label == open_label
                rows.append(((kind == IN) & same & (not no_join)) | ((kind == LAST) & same))
        return numpy.where(numpy.array(rows), 0.0, -numpy.inf).astype("f")

    def entities(
        self, docs: Sequence[Doc], group_size: int | None = None
    ) -> list[list[FoundEntity]]:
        """The entities in each of ``docs`` (none in an empty one).

        ``group_size`` None: the docs are encoded together, as ``Parser.predict(docs)``
        does; a number: sorted by length and encoded in groups of that many, as
        ``Parser.pipe`` does (``max(batch_size // 4, 2)``).
        """
        found: list[list[FoundEntity]] = [[] for _ in docs]
        ready = [i for i, doc in enumerate(docs) if len(doc)]
        if not ready:
            return found
        if group_size is None:
            groups = [ready]
        else:
            by_length = sorted(ready, key=lambda i: len(docs[i]))
            groups = [list(group) for group in minibatch(by_length, size=group_size)]
        lengths = [len(docs[i]) for i in ready]
        if sum(lengths) < MIN_STATES_PER_STEP * max(lengths):
            for group in groups:
                decoded = self._spacy_decode([docs[i] for i in group])
                for i, entities in zip(group, decoded, strict=True):
                    found[i] = entities
            return found
        tables, offsets, row = [], {}, 1
        pad = numpy.empty(0, dtype="f")
        for group in groups:
            batch = [docs[i] for i in group]
            table = self.ner.model.get_ref("lower").predict(
                self.ner.model.get_ref("tok2vec").predict(batch)
            )
            pad = table[0]
            tables.append(table[1:])
            for i in group:
                offsets[i] = row
                row += len(docs[i])
        features = numpy.concatenate([pad[None], *tables]).reshape(row, 3, -1)
        order = sorted(ready, key=lambda i: -len(docs[i]))
        decoded = self._decode([docs[i] for i in order], [offsets[i] for i in order], features)
        for i, entities in zip(order, decoded, strict=True):
            found[i] = entities
        return found

    def _spacy_decode(self, docs: list[Doc]) -> list[list[FoundEntity]]:
        """spaCy's own decoder on ``docs``, their entities cleared first (as the fast path
        ignores them) and put back after."""
        own = [doc.ents for doc in docs]
        for doc in docs:
            doc.set_ents([], default="outside")
        self.ner.set_annotations(docs, self.ner.predict(docs))
        found = [[FoundEntity(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]
        for doc, entities in zip(docs, own, strict=True):
            doc.set_ents(list(entities), default="outside")
        return found

    def _decode(
        self, docs: list[Doc], offsets: list[int], features: numpy.ndarray
    ) -> list[list[FoundEntity]]:
        """Greedy decoding of ``docs`` (longest first), whose tokens' rows in ``features``
        start at ``offsets`` (row 0 is the padding row of an absent feature)."""
        lower, upper = self.ner.model.get_ref("lower"), self.ner.model.get_ref("upper")
        bias = lower.get_param("b").reshape(-1)
        upper_w, upper_b = upper.get_param("W"), upper.get_param("b")
        pieces = lower.get_dim("nP")
        next_token, entity_first, token_before = (
            numpy.ascontiguousarray(features[:, f]) for f in range(3)
        )
        n, width = len(docs), len(docs[0])
        lengths = numpy.array([len(doc) for doc in docs])
        # Per document and position: an entity may not continue past the token (it is the
        # last one, or the next starts a sentence); it may not start on it (whitespace).
        no_join = numpy.ones((n, width), dtype=numpy.int64)
        no_span = numpy.zeros((n, width), dtype=numpy.int64)
        for d, doc in enumerate(docs):
            attrs = doc.to_array([IS_SPACE, SENT_START])
            no_span[d, : len(doc)] = attrs[:, 0] != 0
            no_join[d, : len(doc) - 1] = attrs[1:, 1] == 1
        closed_code = 2 * no_join + no_span
        first_row = numpy.array(offsets)
        is_open = numpy.zeros(n, dtype=bool)
        entity_row = numpy.zeros(n, dtype=numpy.int64)  # the open entity's first token
        open_code = numpy.zeros(n, dtype=numpy.int64)  # its label's rows of the mask table
        found: list[list[FoundEntity]] = [[] for _ in docs]
        live = n
        for t in range(width):
            while lengths[live - 1] <= t:
                live -= 1
            opened = is_open[:live]
            row = first_row[:live] + t
            hidden = next_token.take(row, axis=0)
            hidden += entity_first.take(numpy.where(opened, entity_row[:live], 0), axis=0)
            hidden += token_before.take(numpy.where(opened, row - 1, 0), axis=0)
            hidden += bias
            # Maxout: the highest of each unit's pieces (pairwise: NumPy reduces a short
            # last axis a hundred times slower).
            pieced = hidden.reshape(live, -1, pieces)
            hidden = pieced[:, :, 0]
            for piece in range(1, pieces):
                hidden = numpy.maximum(hidden, pieced[:, :, piece])
            scores = blis.py.gemm(hidden, upper_w, trans2=True, beta=0.0)
            scores += upper_b
            code = numpy.where(opened, open_code[:live] + no_join[:live, t], closed_code[:live, t])
            scores += self._penalty[code]
            guess = scores.argmax(axis=1)
            for d in numpy.flatnonzero(self._closes[guess]).tolist():
                begin = t if self._kind[guess[d]] == UNIT else int(entity_row[d] - first_row[d])
                found[d].append(FoundEntity(begin, t + 1, self.labels[self._label[guess[d]]]))
            began = self._kind[guess] == BEGIN
            is_open[:live] = self._stays_open[guess]
            entity_row[:live] = numpy.where(began, row, entity_row[:live])
            open_code[:live] = numpy.where(began, self._open_code[guess], open_code[:live])
        return found
