"""What the benchmark measures on: the texts of the inputs, by default factRuEval-2016 dev
beside the clone (``../shared``), else the bundled samples."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO_DIR = PACKAGE_DIR.parent

#: Where the corpus comes from by default: factRuEval-2016 dev beside the repository, else the
#: bundled samples (both also looked for relative to the working directory).
FACTRU_PARTS = ("shared", "data", "factru-devset")
SAMPLES_PARTS = ("data", "samples")


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
