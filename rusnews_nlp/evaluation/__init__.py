"""Scoring our pipeline against public gold data (``rusnews-nlp evaluate ...``).

Each task is a module here exposing ``add_arguments(parser)`` and ``run(args) -> int``
(``ner``, ``lemmas``, ``quotes``); ``rusnews_nlp.commands.evaluate`` discovers them. This module
holds what they share: precision/recall counts, reading a predictions JSONL, running the pipeline
on gold texts and printing a report. It imports nothing heavy: the pipeline is loaded in ``run``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, TextIO

from ..annotations import Document
from ..errors import InputError

#: Evaluation tasks, in ``--help`` order; each is ``rusnews_nlp.evaluation.<name>``.
TASKS = ("ner", "lemmas", "referents", "quotes")


@dataclass
class Counts:
    """Micro-averaged precision/recall counts (summed over documents, then divided)."""

    correct_pred: int = 0  # predicted items that are in gold (precision numerator)
    pred: int = 0
    correct_gold: int = 0  # gold items that were predicted (recall numerator)
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.correct_pred += other.correct_pred
        self.pred += other.pred
        self.correct_gold += other.correct_gold
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.correct_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "pred": self.pred, "gold": self.gold,
            "correct": self.correct_gold,
        }


#: Dev sets are split in two halves by document: ``A`` holds the documents whose id's MD5 hex
#: digest starts with 0-7, ``B`` the rest. Rules are developed looking at half A only; half B
#: tells whether a change generalises (the same split as ``../shared/tools/quotes-halves``).
HALVES = ("A", "B")


def dev_half(doc_id: str) -> str:
    """``"A"`` or ``"B"``: the dev-set half document ``doc_id`` belongs to (see ``HALVES``)."""
    return "A" if hashlib.md5(doc_id.encode("utf-8")).hexdigest()[0] in "01234567" else "B"


def share(part: int, total: int) -> float:
    return part / total if total else 0.0


# --------------------------------------------------------------------------- predictions


def match_predictions(path: str | Path, gold: Mapping[str, str], need: str) -> dict[str, Document]:
    """Predictions keyed by gold id; checks ids, texts and that field ``need`` is present.

    ``gold`` maps document id to its exact text. A prediction whose id is unknown but whose
    text equals a gold text is matched by text, so files written without ids still work.
    """
    by_text = {text: doc_id for doc_id, text in gold.items()}
    out: dict[str, Document] = {}
    stream = nullcontext(sys.stdin) if str(path) == "-" else open(path, encoding="utf-8")
    with stream as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as error:
                raise InputError("json", f"{path}:{number}: bad JSON ({error})", number) from None
            if not isinstance(data, dict):
                raise InputError("schema", f"{path}:{number}: not a JSON object", number)
            if need not in data:
                raise InputError(
                    "schema", f"{path}:{number}: no {need!r} field; annotate with that field "
                    f"kept (e.g. `--fields {need}`)", number)
            try:
                doc = Document.from_dict(data)
            except (KeyError, TypeError, ValueError) as error:
                raise InputError("schema", f"{path}:{number}: not a schema-v1 document "
                                 f"({error!r})", number) from None
            doc_id = doc.id if doc.id in gold else by_text.get(doc.text)
            if doc_id is None:
                raise InputError("match", f"{path}:{number}: id {doc.id!r} is not in the gold "
                                 "data and its text matches no gold text", number)
            if gold[doc_id] != doc.text:
                raise InputError("match", f"{path}:{number}: text of {doc_id!r} differs from "
                                 "the gold text (offsets would not compare)", number)
            out[doc_id] = doc
    missing = [doc_id for doc_id in gold if doc_id not in out]
    if missing:
        raise InputError("match", f"{path}: no prediction for {len(missing)} of {len(gold)} "
                         f"gold documents (first: {missing[0]!r})")
    return out


# --------------------------------------------------------------------------- pipeline


def add_pipeline_arguments(parser: argparse.ArgumentParser, default_stages: Sequence[str],
                           need: str) -> None:
    """The options every task shares: score a file, or run the pipeline (and save its output)."""
    parser.add_argument("--pred", metavar="FILE",
                        help=f"score this schema-v1 JSONL (lines with id, text, {need}) instead "
                             "of running the pipeline; '-' reads stdin")
    parser.add_argument("--stages", default=",".join(default_stages),
                        help="pipeline stages to run, comma-separated (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N",
                        help="documents per pipeline batch (default: %(default)s)")
    parser.add_argument("--save-pred", metavar="FILE",
                        help="also write the pipeline's output as JSONL, to rescore with --pred")
    parser.add_argument("--json", action="store_true",
                        help="print one machine-readable JSON object instead of the report")


def run_pipeline(items: Sequence[tuple[str, str]], stages: str, batch_size: int,
                 save: str | None = None) -> tuple[dict[str, Document], float]:
    """Analyse ``(id, text)`` pairs in batches; returns documents by id and the seconds taken."""
    from ..pipeline import Pipeline  # the models load here, never at CLI start-up

    names = [name.strip() for name in stages.split(",") if name.strip()]
    if save:  # before the run, not after it: `--save-pred out/x.jsonl` makes out/
        Path(save).parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    pipeline = Pipeline(stages=names)
    docs: dict[str, Document] = {}
    for doc in pipeline.pipe(({"id": i, "text": t} for i, t in items), batch_size=batch_size):
        docs[str(doc.id)] = doc
    seconds = time.perf_counter() - started
    if save:
        with open(save, "w", encoding="utf-8") as file:
            for doc_id, _ in items:
                file.write(json.dumps(docs[doc_id].to_dict(), ensure_ascii=False) + "\n")
    return docs, seconds


def predictions(args: argparse.Namespace, items: Sequence[tuple[str, str]],
                need: str) -> tuple[dict[str, Document], float | None]:
    """The documents to score, by id: ``--pred``'s lines matched to the gold ``(id, text)``
    items, or a pipeline run over them (then also the seconds it took)."""
    if args.pred:
        return match_predictions(args.pred, dict(items), need), None
    return run_pipeline(items, args.stages, args.batch_size, args.save_pred)


def load_factru_dir(directory: str | Path) -> list[Any]:
    """factRuEval-2016 documents of ``directory``; a malformed one is an input error."""
    from ..errors import InputError
    from .factru import load_factru

    try:
        return load_factru(directory)
    except ValueError as error:
        raise InputError("format", f"not factRuEval-2016 data: {error}") from None


def print_json(data: Mapping[str, Any], out: TextIO | None = None) -> None:
    (out or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def format_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain left/right-aligned text table (numbers right-aligned, floats to 3 places)."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in cells)) if cells else len(str(h))
              for i, h in enumerate(header)]
    lines = ["  ".join(str(h).ljust(w) if i == 0 else str(h).rjust(w)
                       for i, (h, w) in enumerate(zip(header, widths)))]
    for row in cells:
        lines.append("  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                               for i, (v, w) in enumerate(zip(row, widths))))
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "-" if value is None else str(value)
