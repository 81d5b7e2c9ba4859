"""Matrix products of warledger's trained components through NumPy's BLAS, one thread.

Why: thinc's ``NumpyOps`` multiplies matrices with the BLIS library bundled in
the ``blis`` package, and that build falls back to its generic reference
kernel on processors it does not recognise (the virtualised AMD EPYC servers
warledger is benchmarked on among them). NumPy's OpenBLAS picks a tuned kernel
at run time, and multiplies the same matrices two to three times faster. The
encoders of the attribution and role taggers and the factuality head spend
most of their time in such products, so their inference goes through NumPy
instead (``use_numpy_blas`` after loading trained weights; training is left
as ``spacy train`` runs it).

One thread: OpenBLAS would otherwise start a thread per core, which on a
machine shared with a pool of worker processes (or other jobs) costs more
processor time than it saves. The limit holds only during each product, so
NumPy elsewhere in the process keeps its own setting.

The English model's pipes keep thinc's default: their outputs (and the
benchmark's raw-spaCy baseline) are left exactly as spaCy ships them.
"""

from __future__ import annotations

from typing import Any

import numpy
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController


class NumpyBlasOps(NumpyOps):
    """``NumpyOps`` whose ``gemm`` is ``numpy.matmul`` on a single BLAS thread."""

    name = "numpy"  # what thinc reports (the same arrays, devices and layout as NumpyOps)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._threads = ThreadpoolController().select(user_api="blas")

    def gemm(
        self,
        x: numpy.ndarray,
        y: numpy.ndarray,
        out: numpy.ndarray | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> numpy.ndarray:
        """``x @ y`` (either transposed first), written into ``out`` when given."""
        left = x.T if trans1 else x
        right = y.T if trans2 else y
        with self._threads.limit(limits=1):
            if out is None:
                return numpy.matmul(left, right)
            numpy.matmul(left, right, out=out)
            return out


def use_numpy_blas(model: Model) -> None:
    """Run every layer of ``model`` (a loaded, trained model) with ``NumpyBlasOps``."""
    ops = NumpyBlasOps()
    for layer in model.walk():
        layer.ops = ops
