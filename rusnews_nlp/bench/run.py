"""Throughput benchmark: our full pipeline against natasha's ``Doc`` pipeline, side by side.

One ``bench`` invocation: every side run in fresh child processes, round by round, and the
command line (``rusnews-nlp bench``, ``python -m rusnews_nlp.bench``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

from .child import OURS_BOOT
from .corpus import REPO_DIR, load_corpus
from .natasha import NATASHA_CHILD, find_natasha_python
from .report import Side, _log, check_targets, format_report, summarise

T = TypeVar("T", int, float)

WARMUP_TEXT = "Министр Антон Силуанов заявил в Москве: «Бюджет сбалансирован»."

EXAMPLES = """\
examples:
  rusnews-nlp bench                                  factRuEval dev (or data/samples), workers 1,2
  rusnews-nlp bench --repeat 5 --rounds 5 --check    bigger corpus, best of 5, exit 1 on a miss
  rusnews-nlp bench --natasha-python .venv-natasha/bin/python --json > bench.json
  rusnews-nlp bench my_texts/ --no-natasha --no-adversarial --workers 1,2,4
  rusnews-nlp bench --no-natasha --no-annotate --no-adversarial --rounds 1   long record only"""


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


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _parse_positive_list(value: str, option: str, convert: Callable[[str], T],
                         noun: str) -> list[T]:
    """Comma-separated positive ``convert`` values of ``option``, or a usage error."""
    try:
        items = [convert(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise SystemExit(f"rusnews-nlp bench: {option} takes comma-separated {noun}, "
                         f"not {value!r}") from None
    if not items or any(i <= 0 for i in items):
        raise SystemExit(f"rusnews-nlp bench: {option} needs positive {noun}, got {value!r}")
    return items


def parse_int_list(value: str, option: str) -> list[int]:
    return _parse_positive_list(value, option, int, "integers")


def parse_float_list(value: str, option: str) -> list[float]:
    return _parse_positive_list(value, option, float, "numbers")


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
