"""Reading annotated schema-v1 JSONL (the output of ``rusnews-nlp annotate``) for reports.

``render`` and ``stats`` read the analysis back rather than re-running the pipeline. A line
that cannot be used (bad JSON, not a schema-v1 document, offsets that do not fit the text) or
that ``annotate`` itself wrote as ``{"id", "error"}`` becomes an ``AnnotatedRecord`` with an
``error`` message instead of a document, so the reports can show and count it: nothing is
dropped silently.
"""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..annotations import DOCUMENT_FIELDS, Document
from ..errors import InputError
from ..io.paths import Unreadable, expand
from ..io.read import json_error

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

#: The fields ``annotate`` adds; a record with none of them was never annotated.
ANNOTATION_FIELDS = tuple(f for f in DOCUMENT_FIELDS if f != "meta")

#: Per-record problems printed before the rest are only counted.
MAX_MESSAGES = 20


@dataclass(frozen=True)
class AnnotatedRecord:
    """One line of annotated JSONL: a document, or why there is none."""

    document: Document | None
    id: str | None
    source: str
    line: int
    error: str | None = None


def offsets_problem(doc: Document) -> str | None:
    """The first entity/quote/zone/token whose offsets do not fit the text, if any."""
    size = len(doc.text)
    groups = (("token", doc.tokens), ("entity", doc.entities), ("quote", doc.quotes))
    for kind, items in groups:
        for item in items:
            if item.end > size or doc.text[item.start:item.end] != item.text:
                return (f"{kind} [{item.start}, {item.end}) {item.text!r} does not match the "
                        "text at its offsets")
    for zone in doc.zones:
        if zone.end > size:
            return f"zone [{zone.start}, {zone.end}) lies beyond the text ({size} characters)"
    return None


def parse_line(line: str, source: str, number: int) -> AnnotatedRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return AnnotatedRecord(None, None, source, number,
                               f"{source}:{number}: invalid JSON: {json_error(error)}")
    if not isinstance(data, dict):
        return AnnotatedRecord(None, None, source, number,
                               f"{source}:{number}: expected a JSON object, got "
                               f"{type(data).__name__}")
    doc_id = None if data.get("id") is None else str(data["id"])
    if "error" in data and "text" not in data:
        error = data["error"]
        message = error.get("message") if isinstance(error, dict) else str(error)
        return AnnotatedRecord(None, doc_id, source, number,
                               f"{source}:{number}: annotate failed: {message}")
    if "text" in data and not any(f in data for f in ANNOTATION_FIELDS):
        return AnnotatedRecord(None, doc_id, source, number,
                               f"{source}:{number}: not annotated (no "
                               f"{', '.join(ANNOTATION_FIELDS)}): run `rusnews-nlp annotate "
                               f"{source} -o out.jsonl` and read out.jsonl")
    try:
        doc = Document.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        what = f"missing field {error}" if isinstance(error, KeyError) else str(error)
        return AnnotatedRecord(None, doc_id, source, number,
                               f"{source}:{number}: not a schema-v1 document ({what}); "
                               "is this the output of `rusnews-nlp annotate`?")
    problem = offsets_problem(doc)
    if problem:
        return AnnotatedRecord(None, doc_id, source, number, f"{source}:{number}: {problem}")
    return AnnotatedRecord(doc, doc_id, source, number)


class Problems:
    """Watches records go by (without keeping them): prints why a record cannot be used, the
    first ``MAX_MESSAGES`` of them, then counts; ``finish`` says when nothing was usable."""

    def __init__(self, inputs: Iterable[str], prog: str = "rusnews-nlp") -> None:
        self.inputs = list(inputs)
        self.prog = prog
        self.records = 0
        self.failed = 0

    def watch(self, records: Iterable[AnnotatedRecord]) -> Iterator[AnnotatedRecord]:
        for record in records:
            self.records += 1
            if record.error:
                self.failed += 1
                if self.failed <= MAX_MESSAGES:
                    print(f"{self.prog}: {record.error}", file=sys.stderr)
            yield record

    def finish(self) -> bool:
        """Print the closing remarks; ``True`` when anything was wrong (the exit code is 1)."""
        if self.failed > MAX_MESSAGES:
            print(f"{self.prog}: ... and {self.failed - MAX_MESSAGES} more records that could "
                  "not be used", file=sys.stderr)
        if self.failed and self.failed == self.records:
            print(f"{self.prog}: none of the {self.records} records could be used",
                  file=sys.stderr)
        if not self.records:
            print(f"{self.prog}: no records in {' '.join(self.inputs)}: expected the JSONL "
                  "written by `rusnews-nlp annotate` (.jsonl, .jsonl.gz, or directories of "
                  "them)", file=sys.stderr)
        return bool(self.failed) or not self.records


def _lines(handle: IO[bytes], source: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(handle, 1):
        if raw.strip():
            yield number, raw.decode("utf-8", errors="replace")


def read_annotated(inputs: Iterable[str]) -> Iterator[AnnotatedRecord]:
    """Records of annotated JSONL files (``.gz`` too), directories of them, or ``-`` (stdin)."""
    for item in expand(inputs):
        if isinstance(item, Unreadable):
            yield AnnotatedRecord(None, None, str(item.path), 0, item.message)
            continue
        if item == "-":
            for number, line in _lines(sys.stdin.buffer, "<stdin>"):
                yield parse_line(line, "<stdin>", number)
            continue
        path = Path(item)
        if not path.name.lower().endswith(JSONL_SUFFIXES):
            raise InputError("not_annotated", f"{path}: expected annotated JSONL; run "
                             f"`rusnews-nlp annotate {path} -o out.jsonl` first")
        opener = gzip.open if path.name.lower().endswith(".gz") else open
        with opener(path, "rb") as handle:
            for number, line in _lines(handle, str(path)):
                yield parse_line(line, str(path), number)
