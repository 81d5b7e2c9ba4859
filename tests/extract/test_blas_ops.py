"""NumPy-BLAS products for the trained components: same results as thinc's, on one thread."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import Linear, NumpyOps, chain
from threadpoolctl import threadpool_info

from warledger.extract.blas_ops import NumpyBlasOps, use_numpy_blas
from warledger.extract.conflict_entities import ConflictEntityModel


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_matches_thinc(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((5, 3) if trans1 else (3, 5)).astype("float32")
    y = rng.standard_normal((4, 5) if trans2 else (5, 4)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = NumpyBlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (3, 4) and got.dtype == numpy.float32
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((3, 4), dtype="float32")
    assert NumpyBlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_thread_limit_holds_only_during_a_product() -> None:
    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    ops = NumpyBlasOps()
    ops.gemm(numpy.ones((64, 64), dtype="float32"), numpy.ones((64, 64), dtype="float32"))
    after = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert after == before


def test_every_layer_gets_the_ops() -> None:
    model = chain(Linear(nO=2, nI=3), Linear(nO=1, nI=2))
    model.initialize()
    use_numpy_blas(model)
    assert all(isinstance(layer.ops, NumpyBlasOps) for layer in model.walk())
    scores = model.predict(numpy.ones((4, 3), dtype="float32"))
    assert scores.shape == (4, 1)


def test_loaded_trained_model_runs_on_numpy_blas() -> None:
    model = ConflictEntityModel()
    assert all(isinstance(layer.ops, NumpyBlasOps) for layer in model.ner.model.walk())
