"""Throughput benchmark: our full pipeline against natasha's ``Doc`` pipeline, side by side.

``rusnews-nlp bench`` (or ``python -m rusnews_nlp.bench``) runs, on the same corpus and each in
a fresh process so start-up and peak memory are measured alike:

* ours: ``Pipeline().pipe(texts, n_process=W)`` — tokens, lemmas, entities with normal forms,
  referents, quotes — once per worker count in ``--workers``;
* ours as ``rusnews-nlp annotate --workers W`` runs it: JSONL records in, schema-v1 JSONL lines
  out (``commands.annotate.map_batches``), once per worker count: ``--workers`` serialises in
  the workers, where ``pipe(n_process=W)`` rebuilds every document as Python objects in the
  calling process, so the two speed-ups differ;
* natasha: ``Doc`` one document at a time: segment -> tag_morph -> tag_ner -> lemmatize every
  token with ``MorphVocab`` -> normalize every span. ``import natasha`` needs pymorphy2, which
  needs ``pkg_resources`` (setuptools < 82), so this side runs in its own interpreter:
  ``--natasha-python``, else ``.venv-natasha`` beside the clone (or in the working directory),
  which the first run creates with ``python -m venv`` and pip (``NATASHA_REQUIREMENTS``).

It prints documents/s, tokens/s, documents per CPU-second (steadier than wall time on a shared
machine), the ratio ours/natasha, peak RSS, start-up time (process spawn -> first document
analysed: imports, model and dictionary loading) and the time of the adversarial inputs
(``adversarial``) at 1x, 4x and 16x size, with the growth exponent (1 = linear),
and one long record (``adversarial.news_archive``: news items whose cast keeps growing) of 1, 2,
4 and 8 MB, with the CPU seconds per MB at each size (``--long-mb``; ``--no-long-document``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO_DIR = PACKAGE_DIR.parent

#: Where the corpus comes from by default: factRuEval-2016 dev beside the repository, else the
#: bundled samples (both also looked for relative to the working directory).
FACTRU_PARTS = ("shared", "data", "factru-devset")
SAMPLES_PARTS = ("data", "samples")

NATASHA_VENV = ".venv-natasha"
NATASHA_VENV_PYTHON = Path(NATASHA_VENV) / "bin" / "python"
#: What natasha's side installs into its own venv: pymorphy2 needs pkg_resources.
NATASHA_REQUIREMENTS = ("natasha==1.6.0", "setuptools<82")
#: What natasha's side really runs, not just ``import natasha``: pymorphy2 reaches for
#: pkg_resources only when ``MorphVocab`` builds its analyzer.
NATASHA_PROBE = "from natasha import MorphVocab; MorphVocab()"

WARMUP_TEXT = "Министр Антон Силуанов заявил в Москве: «Бюджет сбалансирован»."

#: The performance targets, checked on every run (``--check`` makes a miss the exit code).
TARGET_RATIO = 1.5          # ours (1 process) docs/s over natasha's
TARGET_SPEEDUP = 1.7        # 2 workers over 1 worker
TARGET_RSS_MB = 400.0       # peak RSS of one process
TARGET_STARTUP_S = 1.5      # spawn -> first document analysed
TARGET_EXPONENT = 1.3       # adversarial time ~ size ** exponent
MIN_TIMED_S = 0.005         # below this an adversarial timing is noise, not growth
TARGET_LONG_RATIO = 1.5     # s/MB of the largest long record over s/MB of the smallest

EXAMPLES = """\
examples:
  rusnews-nlp bench                                  factRuEval dev (or data/samples), workers 1,2
  rusnews-nlp bench --repeat 5 --rounds 5 --check    bigger corpus, best of 5, exit 1 on a miss
  rusnews-nlp bench --natasha-python .venv-natasha/bin/python --json > bench.json
  rusnews-nlp bench my_texts/ --no-natasha --no-adversarial --workers 1,2,4
  rusnews-nlp bench --no-natasha --no-annotate --no-adversarial --rounds 1   long record only"""


# --------------------------------------------------------------------------- child processes

NATASHA_CHILD = r'''
import json, os, resource, sys, time
spec = json.load(open(sys.argv[1], encoding="utf-8"))
from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
morph, ner = NewsMorphTagger(emb), NewsNERTagger(emb)

def analyse(text):
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.tag_ner(ner)
    for token in doc.tokens:
        token.lemmatize(vocab)
    for span in doc.spans:
        span.normalize(vocab)
    return doc

analyse(spec["warmup"])
ready = time.time()
with open(spec["corpus"], encoding="utf-8") as handle:
    texts = [json.loads(line) for line in handle] * spec["repeat"]
counts = {"docs": 0, "tokens": 0, "entities": 0}
cpu0, t0 = os.times(), time.perf_counter()
for text in texts:
    doc = analyse(text)
    counts["docs"] += 1
    counts["tokens"] += len(doc.tokens)
    counts["entities"] += len(doc.spans)
elapsed, cpu1 = time.perf_counter() - t0, os.times()
try:
    from importlib.metadata import version
    label = "natasha " + version("natasha")
except Exception:
    label = "natasha"
json.dump({"label": label, "startup_s": ready - spec["spawned"], "elapsed_s": elapsed,
           "cpu_s": (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system),
           "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "python": sys.version.split()[0], "counts": counts},
          open(spec["result"], "w", encoding="utf-8"))
'''

OURS_BOOT = "import sys; from rusnews_nlp.bench import run_child; run_child(sys.argv[1])"


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
    from ..commands.annotate import BatchOptions, batched, map_batches
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


# --------------------------------------------------------------------------- parent side

@dataclass
class Side:
    """One measured configuration: best of ``--rounds`` runs, plus every run's docs/s."""

    key: str
    label: str = ""
    ok: bool = True
    error: str | None = None
    runs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def best(self) -> dict[str, Any] | None:
        good = [r for r in self.runs if r.get("elapsed_s")]
        return max(good, key=lambda r: r["counts"]["docs"] / r["elapsed_s"]) if good else None

    def metric(self, name: str) -> float | None:
        best = self.best
        if best is None:
            return None
        docs = best["counts"]["docs"]
        if name == "docs_per_s":
            return docs / best["elapsed_s"]
        if name == "tokens_per_s":
            tokens = best["counts"].get("tokens")  # annotate writes lines, counts no tokens
            return tokens / best["elapsed_s"] if tokens is not None else None
        if name == "docs_per_cpu_s":
            return docs / best["cpu_s"] if best.get("cpu_s") else None
        if name == "startup_s":  # the best start-up over the rounds, like the throughput
            return min(r["startup_s"] for r in self.runs if "startup_s" in r)
        if name == "rss_mb":
            return max(r["rss_mb"] for r in self.runs if "rss_mb" in r)
        return best.get(name)


def find_default_corpus(cwd: Path | None = None) -> Path:
    cwd = cwd or Path.cwd()
    for base in (REPO_DIR, cwd):
        factru = base.parent.joinpath(*FACTRU_PARTS)
        if factru.is_dir() and any(factru.glob("*.txt")):
            return factru
    for base in (REPO_DIR, cwd):
        samples = base.joinpath(*SAMPLES_PARTS)
        if samples.is_dir():
            return samples
    raise SystemExit("rusnews-nlp bench: no corpus given and neither ../shared/data/factru-devset "
                     "nor data/samples was found; pass files or directories of .txt/.jsonl")


def load_corpus(inputs: Sequence[str]) -> tuple[list[str], list[str]]:
    """Texts of the inputs (``.txt``/``.jsonl`` files, directories) and their sources."""
    from ..io.read import read_inputs

    paths = list(inputs) or [str(find_default_corpus())]
    texts: list[str] = []
    for record in read_inputs(paths):
        if record.error is not None:
            print(f"rusnews-nlp bench: skipped: {record.error.message}", file=sys.stderr)
        elif record.text is not None:
            texts.append(record.text)
    if not texts:
        raise SystemExit(f"rusnews-nlp bench: no documents in {', '.join(paths)}")
    return texts, paths


def _child_env() -> dict[str, str]:
    """Our child must import this very package, installed or not."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_DIR), env.get("PYTHONPATH")) if p)
    return env


def _run(cmd: list[str], spec: dict[str, Any], workdir: Path, timeout: float,
         env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run one child with ``spec``; its JSON result, or ``{"error": ...}``."""
    index = len(list(workdir.glob("spec-*.json")))
    spec_path, result_path = workdir / f"spec-{index}.json", workdir / f"result-{index}.json"
    spec = {**spec, "result": str(result_path), "spawned": time.time()}
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    try:
        proc = subprocess.run([*cmd, str(spec_path)], capture_output=True, text=True,
                              timeout=timeout, env=env, cwd=workdir)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    except OSError as error:
        return {"error": f"cannot run {cmd[0]}: {error}"}
    if proc.returncode != 0 or not result_path.exists():
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:]) or f"exit {proc.returncode}"
        return {"error": tail}
    return json.loads(result_path.read_text(encoding="utf-8"))


def natasha_candidates(explicit: str | None) -> list[str]:
    """Interpreters to try for natasha's side. A relative path is made absolute (children run
    in a scratch directory), without resolving symlinks: a venv's python is one."""
    if explicit:
        return [os.path.abspath(explicit) if os.sep in explicit else explicit]
    found = []
    for base in (REPO_DIR, Path.cwd()):
        path = base / NATASHA_VENV_PYTHON
        if path.exists() and str(path) not in found:
            found.append(str(path))
    found.append(sys.executable)
    return found


def natasha_venv_dir() -> Path:
    """Where natasha's venv is created: beside the clone (as ``make bench`` does), else, for
    an installed package, in the working directory."""
    base = REPO_DIR if (REPO_DIR / "pyproject.toml").is_file() else Path.cwd()
    return base / NATASHA_VENV


def setup_commands(venv: Path) -> list[list[str]]:
    """The commands that create natasha's venv (also what to run by hand when they fail)."""
    python = str(venv / "bin" / "python")
    return [[sys.executable, "-m", "venv", str(venv)],
            [python, "-m", "pip", "install", "-q", "--upgrade", "pip"],
            [python, "-m", "pip", "install", "-q", *NATASHA_REQUIREMENTS]]


def _shell(command: Sequence[str]) -> str:
    import shlex

    return " ".join(shlex.quote(part) for part in command)


def create_natasha_venv(venv: Path) -> tuple[str | None, str]:
    """Create ``venv`` with natasha (needs PyPI once); its python, or why not and what to run."""
    commands = setup_commands(venv)
    _log(f"natasha's side needs its own environment ({', '.join(NATASHA_REQUIREMENTS)}: its "
         f"pymorphy2 needs pkg_resources); creating {venv} once, from PyPI ...", False)
    for command in commands:
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as error:
            failure = str(error)
        else:
            if proc.returncode == 0:
                continue
            failure = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        by_hand = " && ".join(_shell(c) for c in commands)
        return None, (f"creating {venv} failed ({failure}); run `{by_hand}` and then "
                      f"rusnews-nlp bench --natasha-python {venv / 'bin' / 'python'}")
    _log(f"created {venv}", False)
    return str(venv / "bin" / "python"), ""


def _natasha_runs(python: str) -> tuple[bool, str]:
    try:
        proc = subprocess.run([python, "-c", NATASHA_PROBE], capture_output=True, text=True,
                              timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, f"{python}: {error}"
    if proc.returncode == 0:
        return True, ""
    last = (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
    return False, f"{python}: {last}"


def find_natasha_python(explicit: str | None,
                        create: bool = False) -> tuple[str | None, str]:
    """The first interpreter where natasha's pipeline can start, and why not when none can.

    Without ``explicit`` and with ``create``, a missing ``.venv-natasha`` is created
    (``create_natasha_venv``); an explicit interpreter is never replaced.
    """
    reasons = []
    for python in natasha_candidates(explicit):
        ok, reason = _natasha_runs(python)
        if ok:
            return python, ""
        reasons.append(reason)
    venv = natasha_venv_dir()
    built = (venv / "bin" / "python").exists()
    if explicit or built or not create:
        if explicit:
            hint = ""
        elif built:
            hint = f"; {venv} cannot run natasha: remove it to have it created again"
        else:
            hint = f"; create it with `{' && '.join(_shell(c) for c in setup_commands(venv))}`"
        return None, "; ".join(reasons) + hint
    python, reason = create_natasha_venv(venv)
    if python is None:
        return None, reason
    ok, reason = _natasha_runs(python)
    return (python, "") if ok else (None, reason)


def _log(message: str, quiet: bool) -> None:
    if not quiet:
        print(f"[bench] {message}", file=sys.stderr, flush=True)


def run_bench(args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement of one ``bench`` invocation, as the ``--json`` report."""
    texts, sources = load_corpus(args.inputs)
    workers = parse_int_list(args.workers, "--workers")
    scales = parse_int_list(args.scales, "--scales")
    quiet = args.quiet
    report: dict[str, Any] = {
        "corpus": {"sources": sources, "documents": len(texts), "repeat": args.repeat,
                   "total_documents": len(texts) * args.repeat,
                   "chars": sum(map(len, texts)) * args.repeat},
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                    "platform": platform.platform(), "load_before": _loadavg()},
        "batch_size": args.batch_size,
    }
    natasha_python, reason = (None, "--no-natasha") if args.no_natasha else \
        find_natasha_python(args.natasha_python, create=not args.no_natasha_setup)
    report["natasha"] = {"python": natasha_python, "available": natasha_python is not None,
                         "reason": reason or None}
    if natasha_python is None and not args.no_natasha:
        _log(f"natasha side SKIPPED: no interpreter can run natasha ({reason})", False)

    sides = [Side(f"ours-{w}") for w in workers]
    if not args.no_annotate:
        sides += [Side(f"annotate-{w}") for w in workers]
    if natasha_python:
        sides.append(Side("natasha"))
    with tempfile.TemporaryDirectory(prefix="rusnews-bench-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in texts),
                          encoding="utf-8")
        records = workdir / "records.jsonl"  # what `annotate` reads: one object a line
        records.write_text("".join(json.dumps({"id": f"doc{i}", "text": t}, ensure_ascii=False)
                                   + "\n" for i, t in enumerate(texts)), encoding="utf-8")
        base = {"corpus": str(corpus), "records": str(records), "repeat": args.repeat,
                "batch_size": args.batch_size, "warmup": WARMUP_TEXT, "mode": "corpus"}
        for round_no in range(1, args.rounds + 1):
            for side in sides:
                _log(f"round {round_no}/{args.rounds}: {side.key} on "
                     f"{len(texts) * args.repeat} documents ...", quiet)
                if side.key == "natasha":
                    result = _run([natasha_python, "-c", NATASHA_CHILD],  # type: ignore[list-item]
                                  base, workdir, args.timeout)
                else:
                    path, _, count = side.key.partition("-")
                    result = _run([sys.executable, "-c", OURS_BOOT],
                                  {**base, "workers": int(count),
                                   "mode": "annotate" if path == "annotate" else "corpus"},
                                  workdir, args.timeout, _child_env())
                if "error" in result:
                    side.ok, side.error = False, result["error"]
                    _log(f"{side.key} FAILED: {result['error']}", False)
                    continue
                side.label = result["label"]
                side.runs.append(result)
                _log(f"  {result['counts']['docs'] / result['elapsed_s']:.2f} docs/s, "
                     f"{result['elapsed_s']:.1f} s", quiet)
        if args.no_adversarial:
            report["adversarial"] = {"available": False, "reason": "--no-adversarial"}
        else:
            _log(f"adversarial inputs at {args.adversarial_chars} chars x {scales} ...", quiet)
            result = _run([sys.executable, "-c", OURS_BOOT],
                          {**base, "mode": "adversarial", "chars": args.adversarial_chars,
                           "scales": scales}, workdir, args.timeout, _child_env())
            report["adversarial"] = ({"available": False, "reason": result["error"]}
                                     if "error" in result else result)
        if args.no_long_document:
            report["long_document"] = {"available": False, "reason": "--no-long-document"}
        else:
            sizes = parse_float_list(args.long_mb, "--long-mb")
            _log(f"one long record of {sizes} MB ...", quiet)
            result = _run([sys.executable, "-c", OURS_BOOT],
                          {**base, "mode": "long_document", "sizes_mb": sizes},
                          workdir, args.timeout, _child_env())
            report["long_document"] = ({"available": False, "reason": result["error"]}
                                       if "error" in result else result)
    report["machine"]["load_after"] = _loadavg()
    report["sides"] = {s.key: summarise(s) for s in sides}
    report["targets"] = check_targets(report)
    return report


def summarise(side: Side) -> dict[str, Any]:
    best = side.best
    out: dict[str, Any] = {"label": side.label or side.key, "ok": side.ok and best is not None,
                           "error": side.error}
    for name in ("docs_per_s", "tokens_per_s", "docs_per_cpu_s", "startup_s", "rss_mb"):
        out[name] = side.metric(name)
    if best is not None:
        out.update(elapsed_s=best["elapsed_s"], cpu_s=best.get("cpu_s"), counts=best["counts"],
                   worker_rss_mb=best.get("worker_rss_mb"), stages=best.get("stages"),
                   python=best.get("python"),
                   rounds_docs_per_s=[r["counts"]["docs"] / r["elapsed_s"] for r in side.runs])
    return out


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def check_targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The target numbers, each ``ok`` True/False, or None when it could not be measured."""
    sides = report["sides"]
    one = sides.get("ours-1", {})
    nat = sides.get("natasha", {})
    rows = []

    def add(name: str, value: float | None, goal: float, higher_is_better: bool) -> None:
        ok = None if value is None else (value >= goal if higher_is_better else value <= goal)
        rows.append({"target": name, "value": value, "goal": goal, "ok": ok})

    def speedup(key: str) -> float | None:
        return _ratio(sides.get(f"{key}-2", {}).get("docs_per_s"),
                      sides.get(f"{key}-1", {}).get("docs_per_s"))

    add("ours (1 process) / natasha, docs/s", _ratio(one.get("docs_per_s"),
                                                      nat.get("docs_per_s")), TARGET_RATIO, True)
    # --workers on the command line, and n_process in Pipeline.pipe, where the calling process
    # also rebuilds every document as Python objects (annotate's workers write the lines)
    add("annotate --workers 2 / --workers 1, docs/s", speedup("annotate"), TARGET_SPEEDUP, True)
    add("pipe(n_process=2) / 1 process, docs/s", speedup("ours"), TARGET_SPEEDUP, True)
    add("peak RSS of 1 process, MB", one.get("rss_mb"), TARGET_RSS_MB, False)
    add("start-up of 1 process, s", one.get("startup_s"), TARGET_STARTUP_S, False)
    adversarial = report.get("adversarial") or {}
    exponents = [c["exponent"] for c in adversarial.get("cases", {}).values()
                 if c.get("exponent") is not None]
    add("adversarial growth exponent (worst case)", max(exponents) if exponents else None,
        TARGET_EXPONENT, False)
    long_document = report.get("long_document") or {}
    add("long record: s/MB at the largest / smallest size", long_document.get("ratio"),
        TARGET_LONG_RATIO, False)
    return rows


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def parse_int_list(value: str, option: str) -> list[int]:
    try:
        items = [int(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise SystemExit(f"rusnews-nlp bench: {option} takes comma-separated integers, "
                         f"not {value!r}") from None
    if not items or any(i < 1 for i in items):
        raise SystemExit(f"rusnews-nlp bench: {option} needs positive integers, got {value!r}")
    return items


def parse_float_list(value: str, option: str) -> list[float]:
    try:
        items = [float(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise SystemExit(f"rusnews-nlp bench: {option} takes comma-separated numbers, "
                         f"not {value!r}") from None
    if not items or any(i <= 0 for i in items):
        raise SystemExit(f"rusnews-nlp bench: {option} needs positive numbers, got {value!r}")
    return items


# --------------------------------------------------------------------------- report

def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def format_report(report: dict[str, Any]) -> str:
    corpus, machine = report["corpus"], report["machine"]
    lines = [
        f"corpus: {', '.join(corpus['sources'])}: {corpus['documents']} documents x "
        f"{corpus['repeat']} = {corpus['total_documents']} ({corpus['chars']:,} chars); "
        f"batch {report['batch_size']}",
        f"machine: {machine['cpus']} CPUs, Python {machine['python']}, load average "
        f"{machine['load_before']} before, {machine['load_after']} after",
    ]
    load = (machine.get("load_before") or [0])[0]
    if machine.get("cpus") and load > 0.5 * machine["cpus"]:
        lines.append("WARNING: the machine is busy; wall-clock numbers are noisy "
                     "(docs/CPU-s is steadier). Re-run on a quiet machine for the record.")
    lines.append("")
    header = (f"{'':32} {'docs/s':>8} {'tokens/s':>9} {'docs/CPU-s':>10} {'vs natasha':>10} "
              f"{'start-up s':>10} {'peak RSS MB':>16} {'wall s':>7}")
    lines.append(header)
    nat = report["sides"].get("natasha", {}).get("docs_per_s")
    for side in report["sides"].values():
        if not side["ok"]:
            lines.append(f"{side['label']:32} FAILED: {side['error']}")
            continue
        rss = _fmt(side["rss_mb"], ".0f")
        if side.get("worker_rss_mb"):
            rss += f" (+{side['worker_rss_mb']:.0f}/w)"
        ratio = _ratio(side["docs_per_s"], nat)
        lines.append(
            f"{side['label']:32} {_fmt(side['docs_per_s']):>8} {_fmt(side['tokens_per_s'], ',.0f'):>9}"
            f" {_fmt(side['docs_per_cpu_s']):>10} {(_fmt(ratio) + 'x') if ratio else '-':>10}"
            f" {_fmt(side['startup_s']):>10} {rss:>16} {_fmt(side['elapsed_s'], '.1f'):>7}")
    if not report["natasha"]["available"]:
        lines.append(f"natasha: not measured ({report['natasha']['reason']})")
    for side in report["sides"].values():
        if side.get("counts", {}).get("tokens") is not None:
            c = side["counts"]
            lines.append(f"\nours found {c['tokens']:,} tokens, {c['entities']:,} entities, "
                         f"{c['referents']:,} referents, {c['quotes']:,} quotes; stages: "
                         f"{', '.join(side.get('stages') or [])}")
            break
    adversarial = report.get("adversarial") or {}
    lines.append("")
    if adversarial.get("available"):
        scales = adversarial["scales"]
        lines.append(f"adversarial inputs (rusnews_nlp.bench.adversarial), base "
                     f"{adversarial['base_chars']:,} chars, CPU seconds at "
                     f"{', '.join(f'{s}x' for s in scales)}; exponent 1 = linear")
        for name, row in adversarial["cases"].items():
            secs = " ".join(f"{t:8.3f}" for t in row["seconds"])
            verdict = ("" if row["exponent"] is None else
                       "linear" if row["exponent"] <= TARGET_EXPONENT else "SUPERLINEAR")
            lines.append(f"  {name:18} {row['chars'][-1]:>9,} chars  {secs}   "
                         f"exponent {_fmt(row['exponent'])} {verdict}")
    else:
        lines.append(f"adversarial: not measured ({adversarial.get('reason')})")
    long_document = report.get("long_document") or {}
    lines.append("")
    if long_document.get("available"):
        lines.append("one long record (rusnews_nlp.bench.adversarial.news_archive), CPU seconds:")
        lines.append(f"  {'MB':>5} {'chars':>11} {'seconds':>9} {'s/MB':>7} {'tokens':>10} "
                     f"{'referents':>10} {'quotes':>8}")
        for row in long_document["rows"]:
            lines.append(f"  {row['mb']:>5g} {row['chars']:>11,} {row['seconds']:>9.1f} "
                         f"{row['s_per_mb']:>7.1f} {row['tokens']:>10,} {row['referents']:>10,} "
                         f"{row['quotes']:>8,}")
        if long_document.get("rss_mb"):
            lines.append(f"  peak RSS {long_document['rss_mb']:,.0f} MB")
    else:
        lines.append(f"long record: not measured ({long_document.get('reason')})")
    lines.append("\ntargets:")
    for row in report["targets"]:
        mark = {True: "ok", False: "MISSED", None: "not measured"}[row["ok"]]
        op = ">=" if row["target"].endswith("docs/s") else "<="
        lines.append(f"  {row['target']:45} {_fmt(row['value']):>8}  ({op} {row['goal']:g})  {mark}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help=".txt/.jsonl files or directories (default: "
                             "../shared/data/factru-devset, else data/samples)")
    parser.add_argument("--repeat", type=int, default=1, help="process the corpus N times")
    parser.add_argument("--workers", default="1,2" if (os.cpu_count() or 1) > 1 else "1",
                        help="comma-separated worker counts to measure (default: 1,2)")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per batch")
    parser.add_argument("--rounds", type=int, default=3,
                        help="run every side N times, interleaved, and keep the best (default "
                             "3: on a shared machine one run of each side is mostly noise)")
    parser.add_argument("--natasha-python", metavar="PATH",
                        help="interpreter that can run natasha (default: .venv-natasha/bin/python "
                             "beside the clone, else this one if it can, else .venv-natasha is "
                             "created from PyPI on the first run)")
    parser.add_argument("--no-natasha", action="store_true", help="measure only our side")
    parser.add_argument("--no-natasha-setup", action="store_true",
                        help="never create .venv-natasha: skip natasha's side when no "
                             "interpreter can run it")
    parser.add_argument("--no-annotate", action="store_true",
                        help="skip the `annotate --workers` runs (the CLI path)")
    parser.add_argument("--no-adversarial", action="store_true",
                        help="skip the adversarial-input timings")
    parser.add_argument("--adversarial-chars", type=int, default=2000,
                        help="size of the 1x adversarial inputs (default 2000 chars)")
    parser.add_argument("--scales", default="1,4,16", help="adversarial sizes (default 1,4,16)")
    parser.add_argument("--no-long-document", action="store_true",
                        help="skip the one-long-record timings (minutes at 8 MB)")
    parser.add_argument("--long-mb", default="1,2,4,8",
                        help="sizes of the long record in MB (default 1,2,4,8)")
    parser.add_argument("--timeout", type=float, default=3600,
                        help="seconds before a side is abandoned (default 3600)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a measured target is missed")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")


def run(args: argparse.Namespace) -> int:
    if args.repeat < 1 or args.rounds < 1 or args.batch_size < 1:
        raise SystemExit("rusnews-nlp bench: --repeat, --rounds and --batch-size must be >= 1")
    report = run_bench(args)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    failed = any(not s["ok"] for s in report["sides"].values())
    missed = any(row["ok"] is False for row in report["targets"])
    return 1 if failed or (args.check and missed) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rusnews_nlp.bench", description=__doc__.split("\n\n")[0],
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
