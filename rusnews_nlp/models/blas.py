"""OpenBLAS thread control: the taggers' matrices are too small for BLAS threads to pay.

slovnet's CNNs (through ``models.cnn``) multiply matrices of a few thousand rows by 300-ish
columns. OpenBLAS splits such a product across all cores and then spins its threads waiting for
the next one: on the factRuEval dev set two BLAS threads made a single-process run ~35% *slower*
in wall time, at ~2x the CPU (docs/performance.md).
So ``Pipeline`` runs each batch with OpenBLAS at one thread (``blas_threads``) and gives the
caller's setting back afterwards, and process-pool workers are capped for good
(``limit_blas_threads``).

numpy has no API for this; the loaded OpenBLAS libraries are found in ``/proc/self/maps`` and
called through ctypes under the names their builds export (numpy >= 2 ships
``scipy_openblas64_``). Where that fails (another BLAS, no ``/proc``), both are no-ops.
"""

from __future__ import annotations

import ctypes
import os
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

#: Thread pools of numerical libraries, limited to one thread in each worker.
THREAD_ENV_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

#: ``(setter, getter)`` symbol names, by OpenBLAS build.
OPENBLAS_SYMBOLS = (
    ("openblas_set_num_threads", "openblas_get_num_threads"),
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
)


@dataclass(frozen=True)
class OpenBLAS:
    """One loaded OpenBLAS library's thread-count setter and getter."""

    path: str
    setter: Any
    getter: Any

    def get(self) -> int:
        return int(self.getter())

    def set(self, count: int) -> None:
        self.setter(int(count))


def _loaded_paths() -> set[str]:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return {line.split()[-1] for line in maps
                    if "openblas" in line.lower() and line.rstrip().split()[-1].startswith("/")}
    except OSError:
        return set()


@lru_cache(maxsize=1)
def openblas_libraries() -> tuple[OpenBLAS, ...]:
    """The OpenBLAS libraries loaded in this process (numpy's among them once it is imported)."""
    import numpy  # noqa: F401  # loads numpy's OpenBLAS, so it is in the maps

    found = []
    for path in sorted(_loaded_paths()):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for set_name, get_name in OPENBLAS_SYMBOLS:
            setter, getter = getattr(lib, set_name, None), getattr(lib, get_name, None)
            if setter is not None and getter is not None:
                getter.restype = ctypes.c_int
                found.append(OpenBLAS(path, setter, getter))
                break
    return tuple(found)


@contextmanager
def blas_threads(count: int | None) -> Iterator[None]:
    """Run the block with OpenBLAS at ``count`` threads, then restore what was set before
    (``None``: leave it alone). The setting is process-wide: numpy work in other threads of the
    process runs single-threaded meanwhile."""
    libs = openblas_libraries() if count is not None else ()
    before = [lib.get() for lib in libs]
    for lib, was in zip(libs, before):
        if was != count:
            lib.set(count)  # type: ignore[arg-type]
    try:
        yield
    finally:
        for lib, was in zip(libs, before):
            if was != count:
                lib.set(was)


def limit_blas_threads(count: int = 1) -> int:
    """Cap OpenBLAS (already loaded) and OpenMP/MKL (loaded later) at ``count`` threads for
    good, as a process-pool worker wants. Returns how many OpenBLAS libraries were capped.

    A library already at ``count`` is left alone: in a forked child, ``set_num_threads``
    starts OpenBLAS's thread pool again even for an unchanged count, and each new pool thread
    busy-waits ~0.1 CPU-s before it sleeps (measured: 2 fork workers wasted 8% of a run)."""
    for name in THREAD_ENV_VARS:
        os.environ[name] = str(count)
    libs = openblas_libraries()
    for lib in libs:
        if lib.get() != count:  # after fork, even an unchanged count re-creates the pool
            lib.set(count)
    return len(libs)
