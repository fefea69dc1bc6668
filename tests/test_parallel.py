"""Worker processes: same output whatever ``n_process``/``--workers`` and ``batch_size``,
in input order, bounded read-ahead, errors surfaced; no spaCy/pyspark on the CLI path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rusnews_nlp import parallel
from rusnews_nlp.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]

#: Written for these tests: quotes, names, a page-chrome line, an empty and a one-word text.
TEXTS = [
    "Министр финансов Антон Силуанов заявил, что бюджет сбалансирован.\n"
    "«Мы не будем повышать налоги», — сказал он журналистам в Москве.",
    "",
    "По словам губернатора Калужской области Владислава Шапши, мост откроют осенью.",
    "Погода",
    "Главный тренер «Зенита» Сергей Семак отметил, что команда готова к матчу со «Спартаком».\n"
    "Спорт, 14:05",
    "В Томске учёные ТГУ представили новый спутник. «Это первый шаг», — пояснила Анна Иванова.",
    "Президент Франции Эмманюэль Макрон провёл переговоры с канцлером Германии в Берлине.",
    "Как сообщает пресс-служба МВД, задержанный дал признательные показания.",
    "Источник в правительстве рассказал, что решение примут до конца недели.",
]


@pytest.fixture(scope="module")
def baseline(nlp) -> list:
    return list(nlp.pipe(TEXTS, batch_size=32, n_process=1))


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("batch_size", [1, 7, 32])
def test_same_output_whatever_workers_and_batch_size(nlp, baseline, workers: int,
                                                     batch_size: int) -> None:
    docs = list(nlp.pipe(TEXTS, batch_size=batch_size, n_process=workers))
    assert [d.to_dict() for d in docs] == [d.to_dict() for d in baseline]
    assert docs == baseline  # the dataclasses too, not only their JSON


@pytest.mark.slow
def test_spawned_workers_rebuild_the_same_pipeline(nlp, baseline) -> None:
    docs = list(parallel.parallel_pipe(nlp, TEXTS, 4, 2, method="spawn"))
    assert docs == baseline


@pytest.fixture(scope="module")
def light() -> Pipeline:
    """A model-free pipeline: enough for the pool mechanics."""
    return Pipeline(stages=["segment"])


def tag_with_pid(nlp: Pipeline, item: int) -> tuple[int, int]:
    return item, os.getpid()


def fail_on_three(nlp: Pipeline, item: int) -> int:
    if item == 3:
        raise ValueError("bad item 3")
    return item


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_pool_map_keeps_input_order(light: Pipeline, method: str) -> None:
    if method not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip(f"{method} is not available")
    out = list(parallel.pool_map(light, tag_with_pid, range(40), 2, method=method))
    assert [item for item, _ in out] == list(range(40))
    assert os.getpid() not in {pid for _, pid in out}


def test_pool_map_reads_ahead_a_bounded_number_of_items(light: Pipeline) -> None:
    consumed = 0

    def items():
        nonlocal consumed
        for i in range(1000):
            consumed += 1
            yield i

    results = parallel.pool_map(light, tag_with_pid, items(), 2, in_flight=3)
    assert next(results)[0] == 0
    assert consumed <= 4  # the 3 in flight and at most the one being submitted
    results.close()  # abandoning the generator shuts the pool down


def test_pool_map_raises_the_workers_error(light: Pipeline) -> None:
    with pytest.raises(ValueError, match="bad item 3"):
        list(parallel.pool_map(light, fail_on_three, range(10), 2))


def test_texts_mappings_and_documents_are_accepted(light: Pipeline) -> None:
    from rusnews_nlp import Document

    items = ["Первый текст.", {"text": "Второй текст.", "id": "b"}, Document("Третий.", id="c")]
    docs = list(light.pipe(items, batch_size=2, n_process=2))
    assert [d.id for d in docs] == [None, "b", "c"]
    assert docs == list(light.pipe(items, batch_size=2))


def test_auto_start_method_avoids_fork_when_threads_run() -> None:
    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("no fork here")
    assert parallel.start_method("auto") == "fork"
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel.start_method("auto") == "spawn"
    finally:
        stop.set()
        thread.join()


@pytest.mark.parametrize("requested, expected", [(3, 3), (1, 1)])
def test_resolve_workers(requested: int, expected: int) -> None:
    assert parallel.resolve_workers(requested) == expected


def test_minus_one_worker_means_one_per_cpu() -> None:
    assert parallel.resolve_workers(-1) >= 1


def test_unknown_start_method_is_refused() -> None:
    with pytest.raises(ValueError, match="not available"):
        parallel.start_method("teleport")


def worker_state(nlp: Pipeline, item: int) -> tuple[int, int, list[int]]:
    """What a worker looks like after some BLAS work: its threads, frozen objects, BLAS count."""
    import gc

    import numpy

    matrix = numpy.ones((300, 300), dtype=numpy.float32)
    for _ in range(20):
        matrix @ matrix
    from rusnews_nlp.models.blas import openblas_libraries

    return (len(os.listdir("/proc/self/task")), gc.get_freeze_count(),
            [lib.get() for lib in openblas_libraries()])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_forked_workers_inherit_a_frozen_heap_and_no_blas_thread_pool(light: Pipeline) -> None:
    """A worker forks with OpenBLAS at one thread and never sets it again: setting it in a
    forked child restarts the thread pool, whose threads spin ~0.1 CPU-s each for nothing.
    The parent's heap is frozen for the fork only (gc.freeze), not left frozen after, and its
    OpenBLAS count comes back when the pool is done."""
    import gc

    from rusnews_nlp.models.blas import openblas_libraries

    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("no fork here")
    libs = openblas_libraries()
    before = [lib.get() for lib in libs]
    states, during = [], []
    for state in parallel.pool_map(light, worker_state, range(4), 2, method="fork"):
        states.append(state)
        during.append([lib.get() for lib in libs])
    # the parent stays at one thread while its workers run: setting it back right after the
    # fork restarts OpenBLAS's pool here, whose thread then spins beside the workers
    assert during == [[1] * len(libs)] * 4
    assert {threads for threads, _, _ in states} == {1}
    assert all(frozen > 0 for _, frozen, _ in states)
    assert all(counts == [1] * len(libs) for _, _, counts in states)
    assert gc.get_freeze_count() == 0
    assert [lib.get() for lib in libs] == before


def test_a_heap_the_caller_froze_stays_frozen(light: Pipeline) -> None:
    import gc

    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("no fork here")
    gc.freeze()
    try:
        assert list(parallel.pool_map(light, tag_with_pid, range(3), 2, method="fork"))
        assert gc.get_freeze_count() > 0  # gc.unfreeze() would have emptied it
    finally:
        gc.unfreeze()


def test_limit_blas_threads_leaves_a_library_already_at_the_count(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rusnews_nlp.models import blas

    calls: list[int] = []
    fake = blas.OpenBLAS("fake", setter=calls.append, getter=lambda: 1)
    monkeypatch.setattr(blas, "openblas_libraries", lambda: (fake,))
    assert blas.limit_blas_threads(1) == 1
    assert blas.limit_blas_threads(2) == 1
    assert calls == [2]


def test_limit_blas_threads_sets_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in parallel.THREAD_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    assert parallel.limit_blas_threads(1) >= 0
    assert all(os.environ[name] == "1" for name in parallel.THREAD_ENV_VARS)


def _run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
    return subprocess.run([sys.executable, "-m", "rusnews_nlp", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_annotate_workers_output_is_byte_identical(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                              for i, t in enumerate(TEXTS)), encoding="utf-8")
    outputs = []
    for workers, batch in (("1", "32"), ("2", "1"), ("2", "4")):
        out = tmp_path / f"out-{workers}-{batch}.jsonl"
        proc = _run_cli("annotate", str(source), "-o", str(out), "-q", "--workers", workers,
                        "--batch-size", batch, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count(b"\n") == len(TEXTS)


NO_HEAVY_IMPORTS = """
import sys
import rusnews_nlp.cli
heavy = [m for m in ("spacy", "pyspark") if m in sys.modules]
assert not heavy, f"imported on start: {heavy}"
if len(sys.argv) > 1:
    code = rusnews_nlp.cli.main(["annotate", sys.argv[1], "-o", sys.argv[2], "-q"])
    assert code == 0, code
    heavy = [m for m in ("spacy", "pyspark") if m in sys.modules]
    assert not heavy, f"imported by annotate: {heavy}"
print("clean")
"""


@pytest.mark.parametrize("annotate", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_cli_path_never_imports_spacy_or_pyspark(tmp_path: Path, annotate: bool) -> None:
    args = []
    if annotate:
        text = tmp_path / "news.txt"
        text.write_text(TEXTS[0], encoding="utf-8")
        args = [str(text), str(tmp_path / "out.jsonl")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.run([sys.executable, "-c", NO_HEAVY_IMPORTS, *args], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "clean"
