"""OpenBLAS thread control: a batch runs at the pipeline's thread count, the caller's comes back."""

from __future__ import annotations

from typing import Sequence

import pytest

from rusnews_nlp.annotations import Document
from rusnews_nlp.models.blas import blas_threads, openblas_libraries
from rusnews_nlp.pipeline import Pipeline
from rusnews_nlp.registry import register

LIBS = openblas_libraries()
needs_openblas = pytest.mark.skipif(not LIBS, reason="numpy is not linked to a loaded OpenBLAS")

SEEN: list[int] = []


@register("test_blas_probe", requires=(), provides=())
def make_probe() -> object:
    def probe(docs: Sequence[Document]) -> list[Document]:
        SEEN.append(LIBS[0].get())
        return list(docs)
    return probe


@pytest.fixture
def two_threads():
    before = [lib.get() for lib in LIBS]
    for lib in LIBS:
        lib.set(2)
    yield
    for lib, was in zip(LIBS, before):
        lib.set(was)


@needs_openblas
@pytest.mark.parametrize("count,inside", [(1, 1), (3, 3), (None, 2)])
def test_blas_threads_sets_then_restores(two_threads, count, inside) -> None:
    with blas_threads(count):
        assert LIBS[0].get() == inside
    assert LIBS[0].get() == 2


@needs_openblas
def test_blas_threads_restores_after_an_error(two_threads) -> None:
    with pytest.raises(RuntimeError):
        with blas_threads(1):
            raise RuntimeError("stage failed")
    assert LIBS[0].get() == 2


@needs_openblas
@pytest.mark.parametrize("setting,inside", [(1, 1), (None, 2)])
def test_pipeline_batches_run_at_its_thread_count(two_threads, setting, inside) -> None:
    SEEN.clear()
    nlp = Pipeline(stages=["test_blas_probe"], blas_threads=setting)
    list(nlp.pipe(["Первый текст.", "Второй текст."], batch_size=1))
    assert SEEN == [inside, inside]
    assert LIBS[0].get() == 2
