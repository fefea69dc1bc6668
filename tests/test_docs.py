"""Every command block of README.md and docs/*.md runs as written (convention: tests/docblocks.py).

Also: no file of the repository names a path outside the clone other than ``../shared``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from docblocks import DATA_LANGUAGES, RUN_LANGUAGES, Block, dump, extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

#: Blocks never run, each with its reason in the Markdown; the list keeps them few.
MAX_SKIPPED = 8


def all_blocks() -> list[Block]:
    return [block for path in MARKDOWN for block in extract(path, ROOT)]


def available(name: str) -> bool:
    return shutil.which(name) is not None or importlib.util.find_spec(name) is not None


def test_every_block_is_tagged():
    untagged = [b.where for b in all_blocks()
                if b.language not in RUN_LANGUAGES and b.language not in DATA_LANGUAGES]
    assert not untagged, f"tag these blocks sh/python (run) or text/json/csv (not run): {untagged}"


def test_skips_are_few_and_give_a_reason():
    skipped = [b for b in all_blocks() if b.skip is not None]
    assert len(skipped) <= MAX_SKIPPED, [b.where for b in skipped]
    assert all(len(b.skip.split()) >= 2 for b in skipped), [b.where for b in skipped]


def test_extract_reads_directives(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("<!-- doc-test: skip needs a cluster -->\n```sh\nspark-submit x\n```\n"
                    "<!-- doc-test: needs java pyspark -->\n```python\nimport pyspark\n```\n"
                    "```text\noutput\n```\n", encoding="utf-8")
    blocks = extract(page, tmp_path)
    assert [(b.line, b.language, b.skip, b.needs) for b in blocks] == [
        (2, "sh", "needs a cluster", ()), (6, "python", None, ("java", "pyspark")),
        (9, "text", None, ())]
    assert blocks[0].code == "spark-submit x\n"


def test_runner_fails_on_a_failing_block(tmp_path):
    """The harness itself can fail: an exit code, a Python exception, a traceback on stderr."""
    for language, code in (("sh", "false\n"), ("python", "texts\n"),
                           ("sh", "python -c 'import sys; print(\"Traceback (most recent "
                                  "call last)\", file=sys.stderr)'\n")):
        spec = tmp_path / "blocks.json"
        dump([Block("x.md", 1, language, code)], spec)
        proc = subprocess.run([sys.executable, str(ROOT / "tests" / "docblocks.py"), str(spec)],
                              cwd=tmp_path, capture_output=True, text=True,
                              env=_env())
        assert proc.returncode == 1, (language, code, proc.stderr)
        assert "FAILED x.md:1" in proc.stderr


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("RUSNEWS_NLP_KB_INDEX", None)
    return env


@pytest.mark.slow
@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.name)
def test_blocks_run(path, tmp_path):
    blocks = [b for b in extract(path, ROOT) if b.runnable]
    run, left_out = [], []
    for block in blocks:
        missing = [n for n in block.needs if not available(n)]
        if block.skip is not None:
            left_out.append(f"{block.where}: skip {block.skip}")
        elif block.reads_shared and not SHARED.is_dir():
            left_out.append(f"{block.where}: ../shared is absent")
        elif missing:
            left_out.append(f"{block.where}: needs {missing}")
        else:
            run.append(block)
    if not run:
        pytest.skip("; ".join(left_out) or "no command blocks")
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "data" / "samples", clone / "data" / "samples")
    shutil.copytree(ROOT / "tests" / "data", clone / "tests" / "data")
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED, target_is_directory=True)
    spec = tmp_path / "blocks.json"
    dump(run, spec)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "docblocks.py"), str(spec)],
                          cwd=clone, capture_output=True, text=True, env=_env(), timeout=1200)
    assert proc.returncode == 0, proc.stderr[-6000:]


# --------------------------------------------------------------------------- machine paths

#: Absolute paths of one machine: a home, a scratch or a work directory.
MACHINE_PATH = re.compile(r"(?<![\w.~])/(?:work|home|Users|tmp|mnt|data|srv)/[\w.-]+")

TEXT_SUFFIXES = {".py", ".md", ".toml", ".cfg", ".txt", ".json", ".jsonl", ".yml", ".yaml",
                 ".csv", ""}


#: Folders that are not the repository's own files (when git cannot list them).
NOT_OURS = {".git", ".venv", ".venv-natasha", "build", "dist", "out", "__pycache__",
            ".pytest_cache", ".hypothesis", "spark-warehouse", "metastore_db"}


def repo_files() -> list[Path]:
    """The repository's text files: git's list (tracked and new), else a walk of the tree."""
    try:
        listed = subprocess.run(["git", "ls-files", "--cached", "--others",
                                 "--exclude-standard"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        listed = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                  if not any(part in NOT_OURS or part.endswith(".egg-info")
                             for part in p.relative_to(ROOT).parts)]
    return [ROOT / name for name in listed
            if (ROOT / name).is_file() and Path(name).suffix in TEXT_SUFFIXES]


def test_machine_path_pattern():
    assert MACHINE_PATH.search("rusnews-nlp evaluate ner /work/shared/data/factru-devset")
    assert MACHINE_PATH.search("--user-data-dir=/tmp/chr")
    assert not MACHINE_PATH.search("rusnews-nlp evaluate ner ../shared/data/factru-devset")
    assert not MACHINE_PATH.search("s3a://archive/articles/ and hdfs:///news/2015/")


def test_no_file_names_a_path_outside_the_clone():
    """Only ``../shared`` may be named: other absolute paths belong to one machine."""
    found = []
    for path in repo_files():
        if path == Path(__file__).resolve():
            continue  # the pattern's own examples
        for number, line in enumerate(path.read_text(encoding="utf-8",
                                                     errors="replace").splitlines(), 1):
            if MACHINE_PATH.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
