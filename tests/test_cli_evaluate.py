"""The CLI shell (discovery, version, exit codes) and ``evaluate`` on tiny files with --pred."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from rusnews_nlp import cli
from rusnews_nlp.cli import load_command, main

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------- tiny gold data

#              0         1         2
#              0123456789012345678901234567
FACTRU_TEXT = "Путин посетил мэрию Москвы."
FACTRU_FILES = {
    "book_1.txt": FACTRU_TEXT,
    "book_1.tokens": "1 0 5 Путин\n2 6 7 посетил\n3 14 5 мэрию\n4 20 6 Москвы\n5 26 1 .\n",
    "book_1.spans": ("10 surname 0 5 1 1  # 1 Путин\n11 org_descr 14 5 3 1  # 3 мэрию\n"
                     "12 loc_name 20 6 4 1  # 4 Москвы\n"),
    "book_1.objects": "20 Person 10 # Путин\n21 Org 11 12 # мэрию Москвы\n22 LocOrg 12 # Москвы\n",
}

CONLLU = """\
# sent_id = s1
# text = Путин посетил Москву.
1\tПутин\tПутин\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tпосетил\tпосетить\tVERB\t_\t_\t0\troot\t_\t_
3\tМоскву\tМосква\tPROPN\t_\t_\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""
CONLLU_TEXT = "Путин посетил Москву."


@pytest.fixture
def factru_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "factru"
    directory.mkdir()
    for name, content in FACTRU_FILES.items():
        (directory / name).write_text(content, encoding="utf-8")
    return directory


def entity(start: int, end: int, label: str) -> dict:
    return {"id": f"e{start}", "start": start, "end": end, "text": FACTRU_TEXT[start:end],
            "label": label, "normal": None, "zone": None}


def token(start: int, end: int, lemma: str | None) -> dict:
    return {"start": start, "end": end, "text": CONLLU_TEXT[start:end], "lemma": lemma,
            "pos": None, "feats": ""}


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


# --------------------------------------------------------------------------- CLI shell


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("rusnews-nlp ") and out != "rusnews-nlp "


def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "evaluate" in out and "examples:" in out


@pytest.mark.parametrize("argv, code", [
    ([], 2),                           # no command: help on stderr
    (["evaluate"], 2),                 # no task
    (["no-such-command"], 2),          # argparse usage error
    (["evaluate", "ner"], 2),          # missing DIR
    (["evaluate", "ner", "--help"], 0),
    (["evaluate", "lemmas", "--help"], 0),
])
def test_exit_codes(argv: list[str], code: int) -> None:
    assert main(argv) == code


@pytest.mark.parametrize("argv, named", [
    (["evaluate", "ner", "x"], "evaluate"),
    (["--version"], None),
    (["no-such-command"], None),
    (["--", "evaluate"], None),
])
def test_named_command(argv: list[str], named: str | None) -> None:
    assert cli._named_command(argv, cli.COMMANDS) == named


def test_missing_command_modules_are_skipped(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "COMMANDS", ("not_written_yet", "evaluate"))
    assert main(["--help"]) == 0
    assert "evaluate" in capsys.readouterr().out


def test_a_command_missing_a_dependency_is_not_skipped(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "fakecommands"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "broken.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert load_command("absent", "fakecommands") is None
    with pytest.raises(ModuleNotFoundError, match="no_such_dependency_xyz"):
        load_command("broken", "fakecommands")


def test_evaluate_dispatches_to_task_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    from rusnews_nlp import evaluation

    seen = {}
    fake = types.ModuleType("rusnews_nlp.evaluation.fake", "Fake task.")
    fake.add_arguments = lambda parser: parser.add_argument("thing")  # type: ignore[attr-defined]
    fake.run = lambda args: seen.setdefault("thing", args.thing) and 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rusnews_nlp.evaluation.fake", fake)
    monkeypatch.setattr(evaluation, "TASKS", ("fake", "not_written_yet"))
    assert main(["evaluate", "fake", "x"]) == 7
    assert seen == {"thing": "x"}


def test_python_m_runs_without_heavy_imports() -> None:
    code = (
        "import sys; from rusnews_nlp.cli import main; rc = main(['--help']);"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'spacy', 'pyspark', 'slovnet', 'navec', 'pymorphy3', 'torch'});"
        "print(heavy); raise SystemExit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    done = subprocess.run([sys.executable, "-m", "rusnews_nlp", "--version"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("rusnews-nlp ")


# --------------------------------------------------------------------------- evaluate --pred


def test_evaluate_ner_scores_a_prediction_file(factru_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pred = write_jsonl(tmp_path / "pred.jsonl", {
        "id": "book_1", "text": FACTRU_TEXT,
        # PER right; "мэрию Москвы" as ORG: gold ORG has no org_name here, LOC Москвы is missed
        "entities": [entity(0, 5, "PER"), entity(14, 26, "ORG")],
    })
    assert main(["evaluate", "ner", str(factru_dir), "--pred", str(pred), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert result["scores"]["PER"]["f1"] == 1.0
    assert result["scores"]["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                       "pred": 2, "gold": 0, "correct": 0}
    assert result["scores"]["LOC"]["recall"] == 0.0 and result["scores"]["LOC"]["gold"] == 1


def test_evaluate_ner_text_report(factru_dir: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    pred = write_jsonl(tmp_path / "pred.jsonl", {
        "text": FACTRU_TEXT, "entities": [entity(0, 5, "PER"), entity(20, 26, "LOC")]})  # no id
    assert main(["evaluate", "ner", str(factru_dir), "--pred", str(pred)]) == 0
    out = capsys.readouterr().out
    assert "naeval" in out and "PER" in out and "1.000" in out


@pytest.mark.parametrize("doc_id, half", [("book_1", "B"), ("book_147", "A"), ("book_100", "A")])
def test_dev_half_is_the_md5_split(doc_id: str, half: str) -> None:
    from rusnews_nlp.evaluation import dev_half

    assert dev_half(doc_id) == half  # md5: 840..., 739..., 360...


@pytest.mark.parametrize("half, documents", [("A", 0), ("B", 1)])
def test_evaluate_ner_scores_one_half(factru_dir: Path, tmp_path: Path, half: str,
                                      documents: int, capsys: pytest.CaptureFixture[str]) -> None:
    pred = write_jsonl(tmp_path / "pred.jsonl", {
        "id": "book_1", "text": FACTRU_TEXT, "entities": [entity(0, 5, "PER")]})
    assert main(["evaluate", "ner", str(factru_dir), "--pred", str(pred), "--half", half,
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["half"], result["documents"]) == (half, documents)
    assert result["scores"]["PER"]["gold"] == (1 if documents else 0)


def test_evaluate_lemmas_scores_a_prediction_file(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(CONLLU, encoding="utf-8")
    pred = write_jsonl(tmp_path / "pred.jsonl", {"id": "s1", "text": CONLLU_TEXT, "tokens": [
        token(0, 5, "путин"), token(6, 13, "посетить"), token(14, 20, "москву"),
        token(20, 21, ".")]})
    assert main(["evaluate", "lemmas", str(gold), "--pred", str(pred), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["scored_tokens"], result["score"], result["span_match_rate"]) == (3, 0.6667, 1.0)
    assert result["top_errors"] == [{"form": "москву", "gold": "москва", "ours": "москву",
                                     "count": 1}]


@pytest.mark.parametrize("record, message", [
    ({"id": "book_1", "text": FACTRU_TEXT + " ", "entities": []}, "differs from the gold"),
    ({"id": "book_9", "text": "other", "entities": []}, "not in the gold"),
    ({"id": "book_1", "text": FACTRU_TEXT}, "no 'entities' field"),
])
def test_evaluate_ner_rejects_bad_predictions(factru_dir: Path, tmp_path: Path, record: dict,
                                              message: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    pred = write_jsonl(tmp_path / "pred.jsonl", record)
    assert main(["evaluate", "ner", str(factru_dir), "--pred", str(pred)]) == 1
    assert message in capsys.readouterr().err


def test_evaluate_ner_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "ner", str(tmp_path / "nowhere"), "--pred", "x.jsonl"]) == 1
    assert "is not a directory" in capsys.readouterr().err
