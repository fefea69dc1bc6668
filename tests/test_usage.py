"""A new user's mistakes are named: usage errors exit 2, silent no-ops exit non-zero and say
what was expected, the progress bar has a total, Ctrl-C advice fits where the output went."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from rusnews_nlp.cli import main
from rusnews_nlp.commands import annotate

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize("argv, message", [
    (["annotate", "x.txt", "--fields", "entites"], "unknown field(s) entites"),
    (["annotate", "x.txt", "--workers", "0"], "--workers"),
    (["annotate", "x.txt", "--workers", "-2"], "--workers"),
    (["annotate", "x.txt", "--batch-size", "0"], "--batch-size"),
    (["annotate", "x.txt", "--max-chars", "-1"], "--max-chars"),
    (["annotate", "x.txt", "--workers", "two"], "not a whole number"),
    (["spark", "x.jsonl", "out.parquet", "--fields", "entites"], "unknown field(s) entites"),
    (["spark", "x.jsonl", "out.parquet", "--batch-size", "0"], "--batch-size"),
    (["spark", "x.jsonl", "out.parquet", "--partitions", "-3"], "--partitions"),
])
def test_bad_options_are_usage_errors(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "usage:" in err


@pytest.mark.parametrize("value", ["1", "4", "-1"])
def test_worker_counts_accepted(value):
    parser = annotate.add_parser(__import__("argparse").ArgumentParser().add_subparsers())
    assert parser.parse_args(["x.txt", "--workers", value]).workers == int(value)


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main(["annotate"]) == 2
    err = capsys.readouterr().err
    assert "stdin is a terminal" in err and "usage:" in err


def test_dash_on_a_terminal_gets_a_hint(capsys):
    args = annotate.add_parser(__import__("argparse").ArgumentParser().add_subparsers()) \
        .parse_args(["-"])
    assert annotate.check_stdin(args, Terminal()) == ["-"]
    assert "Ctrl-D" in capsys.readouterr().err
    piped = io.StringIO()  # not a terminal: no hint, no error
    assert annotate.check_stdin(args, piped) == ["-"]
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("resumable, advice, not_advice", [
    (True, "rerun with --resume", "-o FILE"),
    (False, "-o FILE", "rerun with --resume"),
])
def test_interrupted_advice_fits_the_output(resumable, advice, not_advice):
    line = annotate.Summary(records=5, annotated=5, interrupted=True,
                            resumable=resumable).line()
    assert advice in line and not_advice not in line


# --------------------------------------------------------------------------- silent no-ops


def test_annotate_a_folder_without_input_files(tmp_path, capsys):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("# Заметки", encoding="utf-8")
    (tmp_path / "notes" / "plan.md").write_text("# План", encoding="utf-8")
    code = main(["annotate", str(tmp_path / "notes"), "-o", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert code == 1
    assert "no documents in" in err and ".txt" in err and "2 .md" in err


def test_annotate_an_empty_jsonl_file(tmp_path, capsys):
    empty = tmp_path / "news.jsonl"
    empty.write_text("", encoding="utf-8")
    code = main(["annotate", str(empty), "--stages", "segment", "-o", str(tmp_path / "o.jsonl")])
    assert code == 1
    assert "no documents in" in capsys.readouterr().err


@pytest.fixture()
def raw_jsonl(tmp_path) -> Path:
    """JSONL that was never annotated: ids and texts only."""
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": text}, ensure_ascii=False) + "\n"
                            for i, text in enumerate(["Песков заявил, что всё готово.",
                                                      "«Да», — сказал Лавров."])),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["stats"], ["render", "-o", "{tmp}/report.html"]])
def test_reports_on_jsonl_that_was_never_annotated(command, raw_jsonl, tmp_path, capsys):
    argv = [c.format(tmp=tmp_path) for c in command] + [str(raw_jsonl)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "not annotated" in err and "rusnews-nlp annotate" in err
    assert "none of the 2 records could be used" in err


@pytest.mark.parametrize("command", [["stats"], ["render"]])
def test_reports_on_an_empty_folder(command, tmp_path, capsys):
    assert main([*command, str(tmp_path)]) == 1
    assert "no records in" in capsys.readouterr().err


# --------------------------------------------------------------------------- progress


def test_input_bytes_knows_plain_and_gzip_sizes(tmp_path):
    text = ("Песков заявил, что визит готовится. " * 50).encode("utf-8")
    (tmp_path / "a.txt").write_bytes(text)
    with gzip.open(tmp_path / "b.jsonl.gz", "wb") as handle:
        handle.write(text)
    assert (tmp_path / "b.jsonl.gz").stat().st_size < len(text)
    assert annotate.input_bytes([tmp_path / "a.txt", tmp_path / "b.jsonl.gz"]) == 2 * len(text)
    assert annotate.input_bytes(["-"]) is None


def run_progress(records, total_bytes, interrupt_after=None):
    progress = annotate.Progress(quiet=False, total_bytes=total_bytes)
    seen = []
    for record in progress.reading(records):
        seen.append(record)
        if interrupt_after is not None and len(seen) > interrupt_after:
            break
        progress.written()
    progress.close(complete=interrupt_after is None)
    return seen, progress


def test_progress_bar_has_a_total_and_reaches_it(monkeypatch):
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    records = [annotate.InputRecord(f"d{i}", "Текст новости. " * 10) for i in range(3)]
    total = sum(annotate.record_bytes(r) for r in records) + 30  # JSON keys, newlines
    seen, progress = run_progress(records, total)
    assert seen == records
    assert progress.bar.n == total
    shown = err.getvalue()
    assert "100%" in shown and "3 docs" in shown
    assert "/" in shown  # done/total, then the ETA


def test_progress_moves_with_records_written_not_read(monkeypatch):
    monkeypatch.setattr(sys, "stderr", Terminal())
    records = [annotate.InputRecord(f"d{i}", "Текст. " * 20) for i in range(4)]
    size = annotate.record_bytes(records[0])
    progress = annotate.Progress(quiet=False, total_bytes=4 * size)
    read = list(progress.reading(records))  # a batch read ahead
    assert len(read) == 4 and progress.bar.n == 0
    progress.written()
    assert progress.bar.n == size
    progress.close(complete=False)  # interrupted: no jump to the end
    assert progress.bar.n == size


def test_progress_without_a_total_counts_documents(monkeypatch):
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    records = [annotate.InputRecord("d", "Текст.")]
    seen, _ = run_progress(records, None)
    assert seen == records
    assert "doc" in err.getvalue() and "%" not in err.getvalue()


def test_no_progress_bar_off_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    seen, progress = run_progress([annotate.InputRecord("d", "Текст.")], 100)
    assert progress.bar is None and len(seen) == 1


# --------------------------------------------------------------------------- extras


def test_render_without_spacy_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    from rusnews_nlp import Pipeline

    doc = Pipeline(stages=["zones", "segment"])("Песков заявил, что визит готовится.")
    annotated = tmp_path / "out.jsonl"
    annotated.write_text(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if the extra were not installed
    assert main(["render", str(annotated), "-o", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert "pip install -e '.[spacy]'" in err and "make setup-all" in err


@pytest.mark.parametrize("command, extra", [
    ("rusnews-nlp render", "[spacy]"),
    (".html", "[html]"),
    ("rusnews-nlp spark", "[spark]"),
])
def test_readme_names_the_extra_next_to_the_command(command, extra):
    """Each README line that needs an extra says which, or the paragraph before its block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraphs = readme.split("\n\n")
    for number, paragraph in enumerate(paragraphs):
        for line in paragraph.splitlines():
            if line.startswith(("rusnews-nlp", "cat ")) and command in line:
                before = paragraphs[number - 1] if number else ""
                assert extra in line or extra in before, line

