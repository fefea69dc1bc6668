"""Our side, in a child process of its own: the pipeline loaded, then the corpus, the
``annotate --workers`` path, the adversarial inputs or one long record timed; the result
written as JSON for the parent (``run``)."""

from __future__ import annotations

import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any, Sequence

OURS_BOOT = "import sys; from rusnews_nlp.bench.child import run_child; run_child(sys.argv[1])"

MIN_TIMED_S = 0.005         # below this an adversarial timing is noise, not growth


def _rss_mb(children: bool = False) -> float:
    """Peak RSS of this process, or of its largest waited-for child, in MB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN if children
                              else resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _read_corpus(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def run_child(spec_path: str) -> None:
    """Entry point of our side's child process (``mode``: ``corpus`` or ``adversarial``)."""
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    from rusnews_nlp.pipeline import Pipeline

    nlp = Pipeline(batch_size=spec["batch_size"])
    nlp(spec["warmup"])
    ready = time.time()
    if spec["mode"] == "adversarial":
        result = _adversarial(nlp, spec["chars"], spec["scales"])
    elif spec["mode"] == "long_document":
        result = _long_document(nlp, spec["sizes_mb"])
    elif spec["mode"] == "annotate":
        result = _annotate_run(nlp, spec)
    else:
        result = _corpus_run(nlp, spec)
    result.update(startup_s=ready - spec["spawned"], stages=list(nlp.stage_names),
                  rss_mb=_rss_mb(), python=sys.version.split()[0])
    with open(spec["result"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)


def _corpus_run(nlp: Any, spec: dict[str, Any]) -> dict[str, Any]:
    texts = _read_corpus(spec["corpus"]) * spec["repeat"]
    counts = {"docs": 0, "tokens": 0, "entities": 0, "referents": 0, "quotes": 0}
    cpu0, start = os.times(), time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=spec["batch_size"], n_process=spec["workers"]):
        counts["docs"] += 1
        counts["tokens"] += len(doc.tokens)
        counts["entities"] += len(doc.entities)
        counts["referents"] += len(doc.referents)
        counts["quotes"] += len(doc.quotes)
    elapsed, cpu = time.perf_counter() - start, _cpu_since(cpu0)
    workers = spec["workers"]
    return {"label": f"rusnews-nlp, {workers} process{'es' if workers > 1 else ''}",
            "workers": workers, "elapsed_s": elapsed, "cpu_s": cpu, "counts": counts,
            "worker_rss_mb": _rss_mb(children=True) if workers > 1 else None}


def _cpu_since(before: Any) -> float:
    """CPU seconds of this process and its waited-for workers since ``os.times()`` was
    ``before``."""
    now = os.times()
    return (now.user + now.system + now.children_user + now.children_system
            - before.user - before.system - before.children_user - before.children_system)


def _annotate_run(nlp: Any, spec: dict[str, Any]) -> dict[str, Any]:
    """What ``rusnews-nlp annotate IN.jsonl -o OUT.jsonl -q --workers W`` does once its models
    are loaded: read the records, analyse them in batches (in ``W`` workers), write every line
    and flush it."""
    from ..io.batches import BatchOptions, batched, map_batches
    from ..io.read import read_inputs

    workers = spec["workers"]
    counts = {"docs": 0, "failed": 0}
    output = Path(spec["result"]).with_suffix(".out.jsonl")
    cpu0, start = os.times(), time.perf_counter()
    with open(output, "w", encoding="utf-8") as out:
        records = read_inputs([spec["records"]] * spec["repeat"])
        for outcomes in map_batches(batched(records, spec["batch_size"]), nlp, BatchOptions(),
                                    workers):
            for outcome in outcomes:
                out.write(outcome.line + "\n")
                out.flush()
                counts["docs"] += 1
                counts["failed"] += outcome.error is not None
    elapsed, cpu = time.perf_counter() - start, _cpu_since(cpu0)
    output.unlink()
    return {"label": f"rusnews-nlp annotate --workers {workers}", "workers": workers,
            "elapsed_s": elapsed, "cpu_s": cpu, "counts": counts,
            "worker_rss_mb": _rss_mb(children=True) if workers > 1 else None}


def _time_one(nlp: Any, text: str, budget_s: float = 0.3, max_runs: int = 5) -> float:
    """CPU seconds of ``nlp(text)``: best of a few runs (more of them for tiny inputs).

    CPU time, not wall time: growth must not depend on what else the machine is doing.
    """
    best, spent, runs = math.inf, 0.0, 0
    while runs < max_runs and (runs == 0 or spent < budget_s):
        start = time.process_time()
        nlp(text)
        took = time.process_time() - start
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def _adversarial(nlp: Any, chars: int, scales: Sequence[int]) -> dict[str, Any]:
    try:
        from rusnews_nlp.bench.adversarial import adversarial_cases
    except ModuleNotFoundError as error:
        if error.name != "rusnews_nlp.bench.adversarial":
            raise
        return {"available": False, "reason": "rusnews_nlp.bench.adversarial does not exist"}
    cases: dict[str, dict[str, Any]] = {}
    for scale in scales:
        for name, text in adversarial_cases(chars * scale).items():
            row = cases.setdefault(name, {"chars": [], "seconds": []})
            row["chars"].append(len(text))
            row["seconds"].append(_time_one(nlp, text))
    for row in cases.values():
        row["exponent"] = growth_exponent(row["chars"], row["seconds"])
    return {"available": True, "base_chars": chars, "scales": list(scales), "cases": cases}


def _long_document(nlp: Any, sizes_mb: Sequence[float]) -> dict[str, Any]:
    """CPU seconds of one record of each size (one run each: the large ones take minutes)."""
    from rusnews_nlp.bench.adversarial import news_archive

    rows = []
    for mb in sizes_mb:
        text = news_archive(int(mb * 1_000_000))
        start = time.process_time()
        doc = nlp(text)
        took = time.process_time() - start
        rows.append({"mb": mb, "chars": len(text), "seconds": took, "s_per_mb": took / mb,
                     "tokens": len(doc.tokens), "entities": len(doc.entities),
                     "referents": len(doc.referents), "quotes": len(doc.quotes)})
        del doc
    ratio = rows[-1]["s_per_mb"] / rows[0]["s_per_mb"] if len(rows) > 1 else None
    return {"available": True, "rows": rows, "ratio": ratio}


def growth_exponent(sizes: Sequence[float], seconds: Sequence[float]) -> float | None:
    """``k`` in time ~ size ** k between the two largest sizes: 1 is linear, 2 quadratic.

    The largest sizes only: at the smallest one fixed costs (a call, a sentence) dominate and
    would make every case look sub-linear. ``None`` when the times are too small to compare.
    """
    points = sorted((s, t) for s, t in zip(sizes, seconds) if s > 0)
    if len(points) < 2:
        return None
    (s1, t1), (s2, t2) = points[-2], points[-1]
    if s2 <= s1 or t1 <= 0 or t2 < MIN_TIMED_S:
        return None
    return math.log(t2 / t1) / math.log(s2 / s1)
