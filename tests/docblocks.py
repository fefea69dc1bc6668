"""The command blocks of README.md and docs/*.md, extracted and run as a new user would.

Convention (also stated in docs/architecture.md, "Documentation blocks are tested"):

* a fenced block tagged ``sh``/``bash`` is a shell script and one tagged ``python`` is Python:
  both are run; ``text``, ``json``, ``csv``, ``jsonl`` blocks are output or data and are not;
  a block with no tag is refused, so no command block escapes by accident;
* the blocks of one Markdown file run in order in one fresh directory holding a copy of
  ``data/samples`` and ``tests/data``, with ``../shared`` beside it when the repository has it;
  Python blocks share one interpreter (a later block may use an earlier block's names), shell
  blocks see ``rusnews-nlp`` and ``python`` of the interpreter running the tests;
* a block that names ``../shared`` runs only when ``../shared`` is present;
* ``<!-- doc-test: needs NAME ... -->`` on the line before a block runs it only when every NAME
  is a command on PATH or an importable module (``java``, ``pyspark``, ``chromium``);
* ``<!-- doc-test: skip REASON -->`` never runs it; keep these few and give the reason.

A block fails on a non-zero exit, an exception or a ``Traceback`` on stderr.
``python tests/docblocks.py BLOCKS.json`` is the runner the test starts in the scratch directory.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

RUN_LANGUAGES = {"sh": "sh", "bash": "sh", "python": "python"}
DATA_LANGUAGES = {"text", "json", "jsonl", "csv"}
SHARED_MARK = "../shared"

FENCE = re.compile(r"^```(\S*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*doc-test:\s*(skip|needs)\s+(.+?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    """One fenced block: where it starts (1-based line of the fence) and how to treat it."""

    path: str
    line: int
    language: str
    code: str
    skip: str | None = None
    needs: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def runnable(self) -> bool:
        return self.language in RUN_LANGUAGES

    @property
    def reads_shared(self) -> bool:
        return SHARED_MARK in self.code


def extract(path: Path, root: Path) -> list[Block]:
    """Every fenced block of a Markdown file, with the directive on the line before it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    start = None
    language = ""
    body: list[str] = []
    for number, line in enumerate(lines, 1):
        match = FENCE.match(line)
        if start is None:
            if match:
                start, language, body = number, match.group(1), []
            continue
        if line.strip() == "```":
            skip, needs = None, ()
            previous = lines[start - 2] if start >= 2 else ""
            directive = DIRECTIVE.match(previous.strip())
            if directive and directive.group(1) == "skip":
                skip = directive.group(2)
            elif directive:
                needs = tuple(directive.group(2).split())
            blocks.append(Block(str(path.relative_to(root)), start, language,
                                "\n".join(body) + "\n", skip, needs))
            start = None
            continue
        body.append(line)
    if start is not None:
        raise ValueError(f"{path}:{start}: unclosed code fence")
    return blocks


def dump(blocks: list[Block], path: Path) -> None:
    """The blocks as the runner's JSON argument."""
    path.write_text(json.dumps([asdict(b) for b in blocks], ensure_ascii=False),
                    encoding="utf-8")


# --------------------------------------------------------------------------- the runner


def run_blocks(blocks: list[dict]) -> int:
    """Run the blocks in order in the current directory; 1 at the first failure."""
    namespace: dict = {"__name__": "__main__"}
    for data in blocks:
        block = Block(**{**data, "needs": tuple(data["needs"])})
        print(f"--- {block.where} ({block.language})", file=sys.stderr, flush=True)
        if RUN_LANGUAGES[block.language] == "python":
            try:
                exec(compile(block.code, block.where, "exec"), namespace)  # noqa: S102
            except BaseException:  # noqa: BLE001 - any failure of the block is the report
                traceback.print_exc()
                print(f"FAILED {block.where}: exception", file=sys.stderr)
                return 1
            continue
        proc = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", block.code],
                              capture_output=True, text=True, stdin=subprocess.DEVNULL)
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        if proc.returncode != 0 or "Traceback (most recent call last)" in proc.stderr:
            print(f"FAILED {block.where}: exit {proc.returncode}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(run_blocks(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
