"""``rusnews-nlp annotate`` end to end: one output record per input record, in order; bad records
become error records; a failing document does not stop the run; exit codes; ``--resume``.

Most runs use the cheap stages ``zones,segment`` (plus test stages registered here) so that they
exercise the command, not the models; ``test_bad_inputs_full_pipeline`` runs the real analysis.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rusnews_nlp.cli import main
from rusnews_nlp.commands.annotate import EXIT_ERROR, EXIT_OK, EXIT_RECORDS_FAILED, EXIT_USAGE
from rusnews_nlp.io.batches import BatchOptions, annotate_batch, batched
from rusnews_nlp.io.records import InputRecord
from rusnews_nlp.registry import register

REPO = Path(__file__).resolve().parents[1]
CHEAP = "zones,segment"
BOMB = "ВЗРЫВ"


class Exploding:
    """Raises on any batch holding a document with ``BOMB``: the batch must be retried one by
    one, and only that document fail."""

    name = "test_explode"

    def __call__(self, docs):
        if any(BOMB in doc.text for doc in docs):
            raise RuntimeError("stage failed on purpose")
        return list(docs)


class Corrupting:
    """Returns a token whose text does not match the document: must not be written."""

    name = "test_corrupt"

    def __call__(self, docs):
        from rusnews_nlp.annotations import Token

        return [doc.replace(tokens=(Token(0, 1, "Ы"),)) if "испорть" in doc.text else doc
                for doc in docs]


register("test_explode", requires=("tokens",))(lambda: Exploding())
register("test_corrupt", requires=("tokens",))(lambda: Corrupting())

BAD_CASES = [
    # (id, raw line, expected error kind or None)
    ("good", {"id": "good", "text": "Песков заявил, что Кремль готов к диалогу."}, None),
    ("in.jsonl:2", b'{"id": "broken", "text": "\xd0\x9c', "invalid_json"),
    ("no_text", {"id": "no_text", "title": "Заголовок"}, "missing_text"),
    ("int_text", {"id": "int_text", "text": 7}, "invalid_text"),
    ("bad_utf8", b'{"id": "bad_utf8", "text": "\xff\xfe \xd0\x94\xd0\xb0"}', None),
    ("empty", {"id": "empty", "text": ""}, None),
    ("blank", {"id": "blank", "text": " \n\t\u00a0"}, None),
    ("nul", {"id": "nul", "text": "Путин\x00 прибыл\x07 в\x1b Минск\x7f."}, None),
    ("english", {"id": "english", "text": "Biden said the talks in Geneva went well."}, None),
    ("surrogate", b'{"id": "surrogate", "text": "\\ud83d \xd0\x9c\xd0\xb8\xd1\x80"}', None),
    ("in.jsonl:11", b'"just a string"', "invalid_record"),
    ("bomb", {"id": "bomb", "text": f"Текст с {BOMB} внутри."}, "pipeline"),
    ("after", {"id": "after", "text": "Лавров отметил, что переговоры продолжатся."}, None),
]


def write_cases(path: Path, cases=BAD_CASES) -> None:
    with open(path, "wb") as handle:
        for _, raw, _ in cases:
            line = raw if isinstance(raw, bytes) else json.dumps(raw, ensure_ascii=False).encode()
            handle.write(line + b"\n")


def run_cli(args, capsys) -> tuple[int, str]:
    code = main(["annotate", "-q", *map(str, args)])
    return code, capsys.readouterr().err


def read_out(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_bad_input_gives_one_record_in_order(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_cases(src)
    code, err = run_cli([src, "-o", out, "--stages", CHEAP + ",test_explode",
                         "--batch-size", "4"], capsys)
    assert code == EXIT_RECORDS_FAILED
    rows = read_out(out)
    assert [r["id"] for r in rows] == [case[0] for case in BAD_CASES]
    for row, (_, _, kind) in zip(rows, BAD_CASES):
        if kind is None:
            assert "error" not in row and isinstance(row["text"], str)
            assert "tokens" in row and "zones" in row
        else:
            assert set(row) == {"id", "error"} and set(row["error"]) == {"kind", "message", "line"}
            assert row["error"]["kind"] == kind
    assert "13 records: 8 annotated, 5 failed" in err
    assert "invalid_json 1" in err and "pipeline 1" in err
    by_id = {r["id"]: r for r in rows}
    assert by_id["bad_utf8"]["text"] == "\ufffd\ufffd Да"
    assert by_id["surrogate"]["text"] == "\ufffd Мир"
    assert any("Cyrillic" in w for w in by_id["english"]["meta"]["warnings"])
    assert by_id["nul"]["text"] == "Путин\x00 прибыл\x07 в\x1b Минск\x7f."


def test_exit_ok_and_summary(tmp_path, capsys):
    src, out = tmp_path / "a.txt", tmp_path / "out.jsonl.gz"
    src.write_text("Лавров отметил, что переговоры продолжатся.", encoding="utf-8")
    code, err = run_cli([src, "-o", out, "--stages", CHEAP], capsys)
    assert code == EXIT_OK and "1 records: 1 annotated, 0 failed" in err
    import gzip

    (row,) = [json.loads(line) for line in gzip.open(out, "rt", encoding="utf-8")]
    assert row["id"] == "a"


def test_missing_input_is_fatal_before_output(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code, err = run_cli([tmp_path / "nope.jsonl", "-o", out, "--stages", CHEAP], capsys)
    assert code == EXIT_ERROR and "input not found" in err and not out.exists()


def test_usage_error():
    try:
        code = main(["annotate", "--no-such-option"])
    except SystemExit as raised:  # argparse's own exit
        code = raised.code
    assert code == EXIT_USAGE


def test_corrupt_stage_output_is_not_written(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in
                             enumerate(["Обычный текст.", "испорть меня", "Ещё текст."])) + "\n",
                   encoding="utf-8")
    code, _ = run_cli([src, "-o", out, "--stages", CHEAP + ",test_corrupt"], capsys)
    rows = read_out(out)
    assert code == EXIT_RECORDS_FAILED
    assert [("error" in r) for r in rows] == [False, True, False]
    assert rows[1]["error"]["kind"] == "pipeline" and "does not match" in rows[1]["error"]["message"]


def test_annotate_batch_is_one_outcome_per_record():
    from rusnews_nlp.pipeline import Pipeline

    nlp = Pipeline(stages=["zones", "segment", "test_explode"])
    records = [InputRecord("1", "Текст."), InputRecord("2", f"{BOMB}"), InputRecord("3", "Да.")]
    outcomes = annotate_batch(records, nlp, BatchOptions(fields=("tokens",)))
    assert [o.id for o in outcomes] == ["1", "2", "3"]
    assert [o.error.kind if o.error else None for o in outcomes] == [None, "pipeline", None]
    assert json.loads(outcomes[0].line)["tokens"][0]["text"] == "Текст"


@pytest.mark.parametrize("lengths,size,max_chars,expected", [
    ([10, 10, 10, 10], 2, 1000, [[0, 1], [2, 3]]),        # the record count closes batches
    ([10, 900, 100, 10], 32, 1000, [[0, 1], [2, 3]]),     # so do the characters
    ([10, 5000, 10], 32, 1000, [[0], [1], [2]]),          # a huge text is a batch of its own
    ([1000, 1000], 32, 1000, [[0], [1]]),
])
def test_batches_close_on_records_or_characters(lengths, size, max_chars, expected):
    records = [InputRecord(str(i), "я" * n) for i, n in enumerate(lengths)]
    got = [[int(r.id) for r in batch] for batch in batched(records, size, max_chars)]
    assert got == expected


def test_max_chars_and_ten_megabyte_document(tmp_path, capsys):
    """A single 10 MB document is read, analysed (cheap stages) and written back unchanged;
    with ``--max-chars`` it becomes a ``too_large`` error record instead."""
    text = "Президент заявил, что переговоры продолжатся.\nФото: ТАСС\n" * 100_000
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "small", "text": "Да."}) + "\n", encoding="utf-8")
    assert src.stat().st_size > 10_000_000
    started = time.perf_counter()
    code, _ = run_cli([src, "-o", out, "--stages", "zones", "--fields", "zones"], capsys)
    assert time.perf_counter() - started < 120
    big, small = read_out(out)
    assert code == EXIT_OK and big["text"] == text and len(big["zones"]) == 100_000
    code, err = run_cli([src, "-o", out, "--stages", "zones", "--max-chars", "1000000"], capsys)
    big, small = read_out(out)
    assert code == EXIT_RECORDS_FAILED and big["error"]["kind"] == "too_large"
    assert "error" not in small


# --------------------------------------------------------------------------- resume


def _many(path: Path, n: int = 40) -> None:
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Документ номер {i}. " * 20},
                                       ensure_ascii=False) + "\n" for i in range(n)),
                    encoding="utf-8")


def test_resume_after_partial_write(tmp_path, capsys):
    src, full, part = tmp_path / "in.jsonl", tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    _many(src)
    assert run_cli([src, "-o", full, "--stages", CHEAP], capsys)[0] == EXIT_OK
    lines = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(lines[:7]) + lines[7][: len(lines[7]) // 2])  # killed mid-line
    code, err = run_cli([src, "-o", part, "--stages", CHEAP, "--resume"], capsys)
    assert code == EXIT_OK and "7 already done" in err and "33 annotated" in err
    assert part.read_bytes() == full.read_bytes()
    code, err = run_cli([src, "-o", part, "--stages", CHEAP, "--resume"], capsys)  # all done
    assert code == EXIT_OK and part.read_bytes() == full.read_bytes()


def test_resume_refuses_other_input(tmp_path, capsys):
    src, other, out = tmp_path / "in.jsonl", tmp_path / "other.jsonl", tmp_path / "out.jsonl"
    _many(src)
    other.write_text(json.dumps({"id": "zzz", "text": "x"}) + "\n", encoding="utf-8")
    run_cli([src, "-o", out, "--stages", CHEAP], capsys)
    before = out.read_bytes()
    code, err = run_cli([other, "-o", out, "--stages", CHEAP, "--resume"], capsys)
    assert code == EXIT_ERROR and "cannot resume" in err
    assert out.read_bytes() == before


SLOW_RUNNER = """
import sys, time
from rusnews_nlp.registry import register

class Slow:
    name = "test_slow"
    def __call__(self, docs):
        time.sleep(0.05)
        return list(docs)

register("test_slow")(lambda: Slow())
from rusnews_nlp.cli import main
sys.exit(main(sys.argv[1:]))
"""


class Slow:
    name = "test_slow"

    def __call__(self, docs):
        return list(docs)


register("test_slow")(lambda: Slow())


def test_kill_then_resume(tmp_path, capsys):
    """SIGKILL in the middle of a run loses at most the record in flight; --resume then
    produces exactly the output of an uninterrupted run."""
    src, full, killed = tmp_path / "in.jsonl", tmp_path / "full.jsonl", tmp_path / "killed.jsonl"
    _many(src, 60)
    stages = CHEAP + ",test_slow"
    assert run_cli([src, "-o", full, "--stages", stages], capsys)[0] == EXIT_OK
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUNNER, "annotate", "-q", str(src),
                             "-o", str(killed), "--stages", stages, "--batch-size", "1"],
                            env=env, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if killed.exists() and killed.read_bytes().count(b"\n") >= 10:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = killed.read_bytes().count(b"\n")
    assert 10 <= done < 60
    code, err = run_cli([src, "-o", killed, "--stages", stages, "--resume"], capsys)
    assert code == EXIT_OK and f"{done} already done" in err
    assert killed.read_bytes() == full.read_bytes()


# --------------------------------------------------------------------------- real pipeline


@pytest.mark.slow
def test_bad_inputs_full_pipeline(tmp_path, capsys, nlp):
    """The same bad inputs through the real analysis (models loaded once by ``nlp``)."""
    cases = [c for c in BAD_CASES if c[0] != "bomb"]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_cases(src, cases)
    code, err = run_cli([src, "-o", out], capsys)
    rows = read_out(out)
    assert code == EXIT_RECORDS_FAILED
    assert [r["id"] for r in rows] == [c[0] for c in cases]
    assert [r["error"]["kind"] if "error" in r else None for r in rows] == [c[2] for c in cases]
    for row in rows:
        for ent in row.get("entities", []):
            assert row["text"][ent["start"]:ent["end"]] == ent["text"]
