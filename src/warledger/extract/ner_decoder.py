"""Greedy decoding of a trained spaCy entity recogniser, many tokens per step.

Why: warledger runs three spaCy NERs of its own (conflict entities, attribution
spans, attack roles). spaCy decodes each token of each document in compiled
code, but its per-token validity check of every action costs about 20 µs on
the benchmark machine (each check re-enters the interpreter's lock), which made
these decoders the largest warledger cost. Here NumPy scores many tokens per
step: every token of a batch at once for the state with no entity open (where
the state's other features are padding), and the tokens after an entity's
first one together until it ends.

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
Every NER action consumes exactly one token, so a token's state is known once
the entity before it (if any) has ended.
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
CLOSED_ROWS = 4096
"""Tokens scored at once for the state with no entity open (bounds the memory)."""
FIRST_RUN = 8
"""Tokens after a BEGIN scored at once; the run doubles until the entity ends."""


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
        self._open_code = 4 + 2 * self._label
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        self._bias = lower.get_param("b").reshape(-1)
        self._pieces = lower.get_dim("nP")
        self._upper_w, self._upper_b = upper.get_param("W"), upper.get_param("b")

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
        ``Parser.pipe`` does (``max(batch_size // 4, 2)``; empty docs count in the
        groups' sizes there too).
        """
        found: list[list[FoundEntity]] = [[] for _ in docs]
        ready = [i for i, doc in enumerate(docs) if len(doc)]
        if not ready:
            return found
        if group_size is None:
            groups = [ready]
        else:
            by_length = sorted(range(len(docs)), key=lambda i: len(docs[i]))
            groups = [
                [i for i in group if len(docs[i])]
                for group in minibatch(by_length, size=group_size)
            ]
            groups = [group for group in groups if group]
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
        decoded = self._decode([docs[i] for i in ready], [offsets[i] for i in ready], features)
        for i, entities in zip(ready, decoded, strict=True):
            found[i] = entities
        return found

    def _decode(
        self, docs: list[Doc], offsets: list[int], features: numpy.ndarray
    ) -> list[list[FoundEntity]]:
        """Greedy decoding of ``docs``, whose tokens' rows in ``features`` start at
        ``offsets`` (row 0 is the padding row of an absent feature).

        With no entity open, a state's other two features are the padding row, so
        the action taken there depends on the token alone: it is scored for every
        token of the batch at once. Only inside an entity does the state depend on
        what came before (the entity's first token), and there the only valid
        actions are IN and LAST of its label: the tokens after a BEGIN are scored
        together up to the first LAST (which comes by the sentence's end)."""
        table = _Table(features)
        # Per row: an entity may not continue past the token (it is the last one, or
        # the next starts a sentence); it may not start on it (whitespace).
        no_join = numpy.ones(len(features), dtype=numpy.int64)
        no_span = numpy.zeros(len(features), dtype=numpy.int64)
        for doc, first in zip(docs, offsets, strict=True):
            attrs = doc.to_array([IS_SPACE, SENT_START])
            no_span[first : first + len(doc)] = attrs[:, 0] != 0
            no_join[first : first + len(doc) - 1] = attrs[1:, 1] == 1
        closed_code = 2 * no_join + no_span
        closed = numpy.empty(len(features), dtype=numpy.int64)
        for start in range(0, len(features), CLOSED_ROWS):
            block = slice(start, start + CLOSED_ROWS)
            hidden = table.next_token[block].copy()
            hidden += table.entity_first[0]
            hidden += table.token_before[0]
            closed[block] = self._best(hidden, closed_code[block])
        found: list[list[FoundEntity]] = []
        for doc, first in zip(docs, offsets, strict=True):
            guesses = closed[first : first + len(doc)]
            entities: list[FoundEntity] = []
            after = 0  # the first token after the last entity found
            for t in numpy.flatnonzero(self._kind[guesses] != OUT).tolist():
                if t < after:
                    continue
                guess = int(guesses[t])
                last = t
                if self._kind[guess] == BEGIN:
                    last = self._entity_end(table, first, t, int(self._open_code[guess]), no_join)
                entities.append(FoundEntity(t, last + 1, self.labels[self._label[guess]]))
                after = last + 1
            found.append(entities)
        return found

    def _entity_end(
        self, table: _Table, first: int, begin: int, open_code: int, no_join: numpy.ndarray
    ) -> int:
        """The last token of the entity that begins at token ``begin`` of the document
        whose rows start at ``first``: its following tokens are scored in runs of
        growing length until one takes LAST."""
        entity_row = first + begin
        start, run = begin + 1, FIRST_RUN
        while True:
            rows = slice(first + start, first + start + run)
            hidden = table.next_token[rows].copy()
            hidden += table.entity_first[entity_row]
            hidden += table.token_before[first + start - 1 : first + start - 1 + len(hidden)]
            guesses = self._best(hidden, open_code + no_join[rows])
            closing = numpy.flatnonzero(self._kind[guesses] == LAST)
            if closing.size:
                return start + int(closing[0])
            start, run = start + run, 2 * run

    def _best(self, hidden: numpy.ndarray, codes: numpy.ndarray) -> numpy.ndarray:
        """The action each state takes: ``hidden`` holds the sums of its feature rows,
        ``codes`` its rows of the validity table. The bias, maxout (pairwise: NumPy
        reduces a short last axis a hundred times slower) and the output layer through
        the BLIS ``sgemm`` that spaCy's decoder calls (a row's scores do not depend on
        how many rows are multiplied); the first highest valid score wins."""
        hidden += self._bias
        pieced = hidden.reshape(len(hidden), -1, self._pieces)
        hidden = pieced[:, :, 0]
        for piece in range(1, self._pieces):
            hidden = numpy.maximum(hidden, pieced[:, :, piece])
        scores = blis.py.gemm(hidden, self._upper_w, trans2=True, beta=0.0)
        scores += self._upper_b
        scores += self._penalty[codes]
        return scores.argmax(axis=1)


class _Table:
    """A batch's precomputed feature rows, one array per state feature: the next
    token, the open entity's first token, the token before the next one."""

    def __init__(self, features: numpy.ndarray) -> None:
        self.next_token, self.entity_first, self.token_before = (
            numpy.ascontiguousarray(features[:, f]) for f in range(3)
        )
