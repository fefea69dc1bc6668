"""The benchmark runs and reports (no timing is asserted: only that it measures and says so)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import json
import math
from pathlib import Path

import pytest

from rusnews_nlp import bench
from rusnews_nlp.bench import child, corpus as bench_corpus, natasha

#: Two tiny documents written for this test.
DOCS = [
    "Мэр Казани Илсур Метшин заявил, что новый мост откроют летом.",
    "«Работы идут по графику», — сообщили в пресс-службе мэрии.",
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(DOCS):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return folder


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = bench.main([*argv, "--rounds", "1", "--json", "-q"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_bench_measures_our_side(corpus: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    code, report = run_json(capsys, str(corpus), "--no-natasha", "--workers", "1",
                            "--repeat", "2", "--no-adversarial", "--long-mb", "0.005,0.01")
    assert code == 0
    assert report["corpus"]["documents"] == 2 and report["corpus"]["total_documents"] == 4
    ours = report["sides"]["ours-1"]
    assert ours["ok"] and ours["counts"]["docs"] == 4
    assert ours["counts"]["tokens"] > 20 and ours["counts"]["entities"] >= 2
    for metric in ("docs_per_s", "tokens_per_s", "startup_s", "rss_mb"):
        assert ours[metric] > 0, metric
    assert "segment" in ours["stages"]
    cli = report["sides"]["annotate-1"]  # the same documents through annotate's batches
    assert cli["ok"] and cli["counts"] == {"docs": 4, "failed": 0}
    assert cli["docs_per_s"] > 0 and cli["tokens_per_s"] is None
    assert report["natasha"] == {"python": None, "available": False, "reason": "--no-natasha"}
    assert report["adversarial"] == {"available": False, "reason": "--no-adversarial"}
    long_rows = report["long_document"]["rows"]
    assert [row["mb"] for row in long_rows] == [0.005, 0.01]
    assert long_rows[1]["chars"] >= 10_000 and long_rows[1]["referents"] > long_rows[0]["referents"]
    assert report["long_document"]["ratio"] > 0
    targets = {row["target"]: row for row in report["targets"]}
    assert targets["ours (1 process) / natasha, docs/s"]["ok"] is None  # not measured
    assert targets["long record: s/MB at the largest / smallest size"]["ok"] is not None


@pytest.mark.slow
def test_bench_without_natasha_interpreter_still_reports_ours(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "no-such-python")
    code = bench.main([str(corpus), "--natasha-python", missing, "--workers", "1",
                       "--no-adversarial", "--no-annotate", "--no-long-document", "--rounds",
                       "1", "-q"])
    captured = capsys.readouterr()
    assert code == 0
    assert "natasha side SKIPPED" in captured.err and missing in captured.err
    assert "natasha: not measured" in captured.out
    assert "rusnews-nlp, 1 process" in captured.out
    assert "rusnews-nlp annotate --workers" not in captured.out  # --no-annotate
    assert "long record: not measured (--no-long-document)" in captured.out


def test_adversarial_cases_are_timed_at_each_scale() -> None:
    pytest.importorskip("rusnews_nlp.bench.adversarial")
    from rusnews_nlp.pipeline import Pipeline

    result = child._adversarial(Pipeline(stages=["segment"]), 300, [1, 2])
    assert result["available"] and result["scales"] == [1, 2]
    for name, row in result["cases"].items():
        assert len(row["seconds"]) == 2 and row["chars"][1] > row["chars"][0], name
        assert "exponent" in row


@pytest.mark.parametrize("sizes, seconds, expected", [
    ([100, 400, 1600], [0.01, 0.04, 0.16], 1.0),    # linear
    ([100, 400, 1600], [0.01, 0.16, 2.56], 2.0),    # quadratic
    ([100, 400, 1600], [0.5, 0.5, 0.5], 0.0),       # constant
    ([100, 400, 1600], [0.0001, 0.0002, 0.0004], None),  # too fast to tell
    ([100], [0.1], None),
])
def test_growth_exponent(sizes, seconds, expected) -> None:
    found = bench.growth_exponent(sizes, seconds)
    assert found == expected if expected is None else math.isclose(found, expected)


def side(docs: int, seconds: float, **extra) -> dict:
    return {"label": "x", "ok": True, "docs_per_s": docs / seconds, **extra}


@pytest.mark.parametrize("ours, two, natasha, rss, startup, verdicts", [
    (30, 55, 10, 350, 1.0, [True, True, True, True, True]),
    (12, 15, 10, 450, 2.0, [False, False, False, False, False]),
])
def test_targets(ours, two, natasha, rss, startup, verdicts) -> None:
    report = {"sides": {"ours-1": side(ours, 1, rss_mb=rss, startup_s=startup),
                        "ours-2": side(two, 1),
                        "annotate-1": side(ours, 1), "annotate-2": side(two, 1),
                        "natasha": side(natasha, 1)},
              "adversarial": {"cases": {"a": {"exponent": 1.0}, "b": {"exponent": 2.1}}}}
    rows = {row["target"]: row for row in bench.check_targets(report)}
    assert [rows[name]["ok"] for name in (
        "ours (1 process) / natasha, docs/s", "annotate --workers 2 / --workers 1, docs/s",
        "pipe(n_process=2) / 1 process, docs/s",
        "peak RSS of 1 process, MB", "start-up of 1 process, s")] == verdicts
    worst = rows["adversarial growth exponent (worst case)"]
    assert worst["value"] == 2.1 and worst["ok"] is False
    assert rows["long record: s/MB at the largest / smallest size"]["ok"] is None


@pytest.mark.parametrize("ratio, ok", [(1.1, True), (1.5, True), (3.9, False), (None, None)])
def test_long_record_target(ratio, ok) -> None:
    rows = {row["target"]: row for row in bench.check_targets(
        {"sides": {}, "long_document": {"available": ratio is not None, "ratio": ratio}})}
    assert rows["long record: s/MB at the largest / smallest size"]["ok"] is ok


@pytest.mark.parametrize("value, option", [("1,x", "--workers"), ("0", "--scales"), ("", "--workers")])
def test_bad_integer_lists_are_refused(value: str, option: str) -> None:
    with pytest.raises(SystemExit, match=option):
        bench.parse_int_list(value, option)


@pytest.mark.parametrize("value", ["1,x", "0", "-2", ""])
def test_bad_sizes_are_refused(value: str) -> None:
    with pytest.raises(SystemExit, match="--long-mb"):
        bench.parse_float_list(value, "--long-mb")


def test_long_document_row_times_each_size() -> None:
    from rusnews_nlp.pipeline import Pipeline

    result = child._long_document(Pipeline(stages=["segment"]), [0.002, 0.004])
    assert [row["mb"] for row in result["rows"]] == [0.002, 0.004]
    assert result["rows"][1]["tokens"] > result["rows"][0]["tokens"] > 0
    assert result["ratio"] is not None


def test_default_corpus_prefers_factru_then_samples(tmp_path: Path, monkeypatch) -> None:
    repo = tmp_path / "repo"
    (repo / "data" / "samples").mkdir(parents=True)
    monkeypatch.setattr(bench_corpus, "REPO_DIR", repo)
    assert bench.find_default_corpus(repo) == repo / "data" / "samples"
    factru = tmp_path.joinpath(*bench_corpus.FACTRU_PARTS)
    factru.mkdir(parents=True)
    (factru / "book_1.txt").write_text("Текст.", encoding="utf-8")
    assert bench.find_default_corpus(repo) == factru


def test_command_is_wired_into_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from rusnews_nlp.cli import main

    assert main(["bench", "--help"]) == 0
    assert "--natasha-python" in capsys.readouterr().out


def test_report_formats_a_failed_side() -> None:
    report = {
        "corpus": {"sources": ["x"], "documents": 1, "repeat": 1, "total_documents": 1,
                   "chars": 10},
        "machine": {"cpus": 2, "python": "3.11", "load_before": [0.1], "load_after": [0.1]},
        "batch_size": 32,
        "natasha": {"available": False, "reason": "--no-natasha"},
        "sides": {"ours-1": {"label": "rusnews-nlp, 1 process", "ok": False,
                             "error": "ModuleNotFoundError: boom"}},
        "adversarial": {"available": False, "reason": "--no-adversarial"},
        "targets": bench.check_targets({"sides": {}, "adversarial": {}}),
    }
    text = bench.format_report(report)
    assert "FAILED: ModuleNotFoundError: boom" in text
    assert "not measured" in text


def test_run_rejects_bad_counts() -> None:
    args = argparse.Namespace(repeat=0, rounds=1, batch_size=32)
    with pytest.raises(SystemExit, match="--repeat"):
        bench.run(args)


@pytest.mark.parametrize("given,absolute", [
    (".venv-natasha/bin/python", True),    # `make bench` passes it relative to the repo
    ("python3", False),                    # a bare name is looked up on PATH
])
def test_natasha_interpreter_path_survives_the_scratch_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, absolute: bool) -> None:
    monkeypatch.chdir(tmp_path)
    (candidate,) = natasha.natasha_candidates(given)
    if absolute:
        assert candidate == str(tmp_path / given)  # symlinks (a venv's python) not resolved
    else:
        assert candidate == given


# --------------------------------------------------------------------------- natasha's venv


@pytest.fixture()
def no_natasha_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clone without .venv-natasha, run from a directory without one."""
    clone = tmp_path / "clone"
    clone.mkdir()
    (clone / "pyproject.toml").write_text("", encoding="utf-8")
    monkeypatch.setattr(natasha, "REPO_DIR", clone)
    monkeypatch.chdir(tmp_path)
    return clone


def test_natasha_is_probed_by_what_its_side_runs(no_natasha_venv: Path) -> None:
    """The project venv can `import natasha` but its pymorphy2 cannot build an analyzer
    (setuptools >= 82 has no pkg_resources): that interpreter must not be chosen."""
    python, reason = bench.find_natasha_python(None, create=False)
    assert python is None
    assert "pkg_resources" in reason or "No module named" in reason
    assert ".venv-natasha" in reason and "pip install" in reason  # the command to run


def test_bench_creates_natasha_venv_on_demand(no_natasha_venv: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    ran: list[list[str]] = []
    venv = no_natasha_venv / ".venv-natasha"

    def fake_run(command, **kwargs):
        ran.append(list(command))
        if command[1:3] == ["-m", "venv"]:
            (venv / "bin").mkdir(parents=True)
            (venv / "bin" / "python").write_text("", encoding="utf-8")
        ok = command[0] != sys.executable or command[1:3] == ["-m", "venv"]
        return subprocess.CompletedProcess(command, 0 if ok else 1, "", "no pkg_resources")

    monkeypatch.setattr(natasha.subprocess, "run", fake_run)
    python, reason = bench.find_natasha_python(None, create=True)
    assert (python, reason) == (str(venv / "bin" / "python"), "")
    installs = [c for c in ran if "install" in c]
    assert installs[-1][-2:] == list(natasha.NATASHA_REQUIREMENTS)
    assert [sys.executable, "-m", "venv", str(venv)] in ran
    err = capsys.readouterr().err
    assert f"creating {venv}" in err and "PyPI" in err


def test_failed_natasha_setup_names_the_commands(no_natasha_venv: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_run(command, **kwargs):
        return subprocess.CompletedProcess(command, 1, "", "ERROR: no network")

    monkeypatch.setattr(natasha.subprocess, "run", fake_run)
    python, reason = bench.find_natasha_python(None, create=True)
    assert python is None
    assert "no network" in reason and "-m venv" in reason and "natasha==1.6.0" in reason
    assert "--natasha-python" in reason


def test_report_speaks_of_the_product_only() -> None:
    report = {
        "corpus": {"sources": ["x"], "documents": 1, "repeat": 1, "total_documents": 1,
                   "chars": 10},
        "machine": {"cpus": 2, "python": "3.11", "load_before": None, "load_after": None},
        "batch_size": 32, "natasha": {"available": False, "reason": "--no-natasha"},
        "sides": {}, "adversarial": {"available": False, "reason": "--no-adversarial"},
        "targets": bench.check_targets({"sides": {}, "adversarial": {}}),
    }
    text = bench.format_report(report)
    assert "targets:" in text and "issue" not in text.lower()
