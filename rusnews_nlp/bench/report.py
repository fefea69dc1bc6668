"""What the benchmark prints: progress lines, every side's best run, the targets checked
and the report (text or ``--json``)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

#: The performance targets, checked on every run (``--check`` makes a miss the exit code).
TARGET_RATIO = 1.5          # ours (1 process) docs/s over natasha's
TARGET_SPEEDUP = 1.7        # 2 workers over 1 worker
TARGET_RSS_MB = 400.0       # peak RSS of one process
TARGET_STARTUP_S = 1.5      # spawn -> first document analysed
TARGET_EXPONENT = 1.3       # adversarial time ~ size ** exponent
TARGET_LONG_RATIO = 1.5     # s/MB of the largest long record over s/MB of the smallest


def _log(message: str, quiet: bool) -> None:
    if not quiet:
        print(f"[bench] {message}", file=sys.stderr, flush=True)


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
