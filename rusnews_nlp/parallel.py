"""``Pipeline.pipe(n_process=N)``: batches fanned out to worker processes, results in input order.

Each worker analyses whole batches, so the neural taggers still see many sentences at once. The
parent keeps at most ``in_flight`` batches submitted and yields them strictly in submission
order, so the output is identical to ``n_process=1`` and memory stays flat however long the
input stream is (``multiprocessing.Pool.imap`` would read the whole input ahead). ``pool_map``
is the general form (``rusnews-nlp annotate --workers`` sends it batches of input records and
gets finished JSONL lines back, so serialisation runs in the workers too).
``concurrent.futures.ProcessPoolExecutor`` rather than ``multiprocessing.Pool``: a worker killed
by the OS (out of memory) breaks the pool instead of hanging it forever; ``pool_map`` raises
``errors.WorkerDiedError`` with a message saying so. An item the pool cannot
carry (pickling it fails, e.g. on a ``meta`` nested hundreds of levels deep) goes to
``on_error``, which may do it in this process instead.

Start method (``method=`` or ``RUSNEWS_NLP_START_METHOD``; default ``auto``):

* ``fork`` — the workers inherit the parent's loaded pipeline (copy-on-write), so they start
  instantly and share the model pages. Measured with ``rusnews-nlp bench``: a fresh worker
  costs ~3 CPU-seconds of model and knowledge-base loading, which on the 122 factRuEval
  documents is a quarter of the whole run. It is unsafe only when another *Python* thread could
  hold a lock at fork time; OpenBLAS's own threads are fork-safe (pthread_atfork). The fork
  happens with the heap frozen (``_frozen_heap``) and OpenBLAS at one thread until the pool is
  done: together ~10% less worker CPU on the factRuEval dev set, and no OpenBLAS thread
  spinning in the parent meanwhile.
* ``spawn``/``forkserver`` — clean interpreters that rebuild the pipeline from its class,
  stage names and config (``WorkerSpec``: the class travels by reference, so this module
  needs no import of ``pipeline``, which imports it). Custom stages must then be registered
  by an importable module, and the calling script needs the ``if __name__ == "__main__":``
  guard.
* ``auto`` — ``fork`` where it exists and the parent runs no other Python thread, else
  ``spawn``.

Workers send documents back as schema-v1 dicts (``Document.to_dict``/``from_dict`` round-trip
exactly), which pickle about twice as fast as the frozen dataclasses; each worker limits
OpenBLAS to one thread, since N workers already occupy N cores.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from contextlib import contextmanager, nullcontext
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, TypeVar

from .annotations import DocInput, Document, to_document
from .errors import WorkerDiedError
from .models.blas import (THREAD_ENV_VARS, blas_threads,  # noqa: F401  (re-exported)
                          limit_blas_threads)

if TYPE_CHECKING:
    from .pipeline import Pipeline

T = TypeVar("T")

START_METHOD_ENV = "RUSNEWS_NLP_START_METHOD"
START_METHODS = ("auto", "fork", "spawn", "forkserver")

@dataclass(frozen=True)
class WorkerSpec:
    """What a ``spawn``/``forkserver`` worker needs to rebuild the parent's pipeline: its class
    (``Pipeline`` or a subclass) and the arguments it was built with."""

    factory: Callable[..., "Pipeline"]
    stages: tuple[str, ...]
    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    batch_size: int = 32


def resolve_workers(n_process: int) -> int:
    """``n_process`` as a worker count: ``-1`` (or any value < 1) means one per usable CPU."""
    if n_process >= 1:
        return n_process
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def start_method(requested: str | None = None) -> str:
    """The concrete start method for ``requested`` (or the environment, or ``auto``)."""
    method = requested or os.environ.get(START_METHOD_ENV) or "auto"
    available = multiprocessing.get_all_start_methods()
    if method == "auto":
        return "fork" if "fork" in available and threading.active_count() == 1 else "spawn"
    if method not in available:
        raise ValueError(f"start method {method!r} is not available here; choose from "
                         f"{['auto', *available]}")
    return method


# The worker's pipeline: inherited from the parent under ``fork`` (set just before the pool
# starts), built by ``_init_worker`` otherwise.
_WORKER_PIPELINE: "Pipeline | None" = None


def _init_worker(spec: WorkerSpec | None) -> None:
    global _WORKER_PIPELINE
    limit_blas_threads(1)
    if spec is not None:
        _WORKER_PIPELINE = spec.factory(stages=spec.stages, config=spec.config,
                                        batch_size=spec.batch_size)
    elif _WORKER_PIPELINE is None:  # pragma: no cover - fork always inherits it
        raise RuntimeError("worker has no pipeline: fork did not inherit one")


def _call(func: Callable[["Pipeline", Any], Any], item: Any) -> Any:
    if _WORKER_PIPELINE is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker pipeline was not initialised")
    return func(_WORKER_PIPELINE, item)


def analyse_to_dicts(nlp: "Pipeline", batch: list[Document]) -> list[dict[str, Any]]:
    """A batch through the worker's pipeline, as schema-v1 dicts (cheap to send back)."""
    return [doc.to_dict() for doc in nlp.process_batch(batch)]


def batches(texts: Iterable[DocInput], size: int) -> Iterator[list[Document]]:
    """Input items as lists of ``size`` documents (the last one shorter)."""
    batch: list[Document] = []
    for item in texts:
        batch.append(to_document(item))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def worker_spec(nlp: "Pipeline", batch_size: int) -> WorkerSpec:
    return WorkerSpec(factory=type(nlp), stages=tuple(nlp.stage_names),
                      config={k: dict(v) for k, v in getattr(nlp, "config", {}).items()},
                      batch_size=batch_size)


def parallel_pipe(nlp: "Pipeline", texts: Iterable[DocInput], batch_size: int,
                  n_process: int, *, method: str | None = None,
                  in_flight: int | None = None) -> Iterator[Document]:
    """Analyse ``texts`` with ``n_process`` workers (``-1``: one per CPU); input order kept."""
    if resolve_workers(n_process) == 1:
        for batch in batches(texts, batch_size):
            yield from nlp.process_batch(batch)
        return
    for dicts in pool_map(nlp, analyse_to_dicts, batches(texts, batch_size), n_process,
                          batch_size=batch_size, method=method, in_flight=in_flight):
        yield from map(Document.from_dict, dicts)


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Fork with the heap frozen (``gc.freeze``), so the workers' garbage collections neither
    walk nor copy the pages of every inherited object. A heap the caller froze already is
    left to the caller."""
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def pool_map(nlp: "Pipeline", func: Callable[["Pipeline", Any], T], items: Iterable[Any],
             n_process: int, *, batch_size: int | None = None, method: str | None = None,
             in_flight: int | None = None,
             on_error: Callable[[Any, BaseException], T] | None = None) -> Iterator[T]:
    """``func(worker_pipeline, item)`` for each item in worker processes; results in order.

    ``func`` must be picklable (a module-level function or a ``functools.partial`` of one), and
    so must items and results. ``in_flight`` bounds the items submitted but not yet yielded
    (default: 2 per worker, enough to keep every worker busy while the parent reads input and
    writes output). ``n_process=1`` runs in this process. Under ``fork``, OpenBLAS runs at one
    thread in this process too until the pool is done (the caller's count then comes back).
    An item whose call raised (in the worker, or sending it there) gives ``on_error(item,
    error)`` instead, if given; a dead worker raises ``WorkerDiedError``.
    """
    workers = resolve_workers(n_process)
    if workers == 1:
        for item in items:
            yield func(nlp, item)
        return
    limit = max(workers, in_flight or 2 * workers)
    chosen = start_method(method)
    # Forked workers inherit OpenBLAS at one thread, so _init_worker need not set it (see
    # limit_blas_threads). The caller's count comes back only when the pool is done: the fork
    # shuts OpenBLAS's thread pool down in this process too, and setting the count again
    # would start a pool thread that busy-waits ~0.1 CPU-s beside the workers.
    with blas_threads(1) if chosen == "fork" else nullcontext():
        yield from _pool_results(nlp, func, items, workers, limit, chosen,
                                 batch_size or nlp.batch_size, on_error)


def _result(item: Any, future: "Future[T]",
            on_error: Callable[[Any, BaseException], T] | None) -> T:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise WorkerDiedError(
            f"a worker process died ({error}); killed by the OS (out of memory?) or crashed"
        ) from None
    except Exception as error:  # noqa: BLE001 - the caller decides what a failed item gives
        if on_error is None:
            raise
        return on_error(item, error)


def _pool_results(nlp: "Pipeline", func: Callable[["Pipeline", Any], T], items: Iterable[Any],
                  workers: int, limit: int, chosen: str, batch_size: int,
                  on_error: Callable[[Any, BaseException], T] | None) -> Iterator[T]:
    global _WORKER_PIPELINE
    spec = None if chosen == "fork" else worker_spec(nlp, batch_size)
    executor = ProcessPoolExecutor(max_workers=workers,
                                   mp_context=multiprocessing.get_context(chosen),
                                   initializer=_init_worker, initargs=(spec,))
    pending: deque[tuple[Any, Future[T]]] = deque()
    finished = started = False
    try:
        for item in items:
            forking = not started and chosen == "fork"
            if forking:
                _WORKER_PIPELINE = nlp  # inherited by the workers forked on the first submit
            try:
                with _frozen_heap() if forking else nullcontext():
                    pending.append((item, executor.submit(_call, func, item)))
            except BrokenProcessPool as error:  # a worker died while we were submitting
                pending.append((item, _failed(error)))
            finally:
                _WORKER_PIPELINE = None
                started = True
            if len(pending) >= limit:
                yield _result(*pending.popleft(), on_error)
        while pending:
            yield _result(*pending.popleft(), on_error)
        finished = True
    finally:
        # On an error or an abandoned generator, drop the queued items instead of
        # finishing them; either way wait for the workers so none is left behind.
        executor.shutdown(wait=True, cancel_futures=not finished)


def _failed(error: BaseException) -> "Future[Any]":
    future: Future[Any] = Future()
    future.set_exception(error)
    return future
