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

from .annotations import Document
from .errors import InputError
from .io import Unreadable, expand, json_error

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


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
