"""Reading input documents and writing JSONL, with one output record per input record.

Inputs are ``.txt`` files (one document each, id = file stem), ``.jsonl`` files (one document a
line), directories of them (sorted, recursive), ``.gz`` variants of both, or ``-`` for stdin
(JSONL when the first non-blank character is ``{``, otherwise one text document). A record that
cannot be read becomes an ``InputRecord`` carrying an ``InputError`` instead of text, so the
writer can emit ``{"id", "error"}`` in its place and nothing is silently dropped.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping

from .errors import InputError

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class InputRecord:
    """One input document, or the error that stopped us reading it."""

    id: str | None
    text: str | None
    meta: Mapping[str, Any] = field(default_factory=dict)
    error: InputError | None = None
    source: str | None = None
    line: int | None = None


def _suffixes(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return Path(name).suffix, gz


def is_input_file(path: Path) -> bool:
    suffix, _ = _suffixes(path)
    return suffix in TEXT_SUFFIXES + JSONL_SUFFIXES


def expand(inputs: Iterable[str]) -> Iterator[str | Path]:
    """Paths in order; a directory contributes its input files, sorted, recursively."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_input_file(p))
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"input not found: {item}")


def _open_binary(path: Path) -> IO[bytes]:
    _, gz = _suffixes(path)
    return gzip.open(path, "rb") if gz else open(path, "rb")


def decode(data: bytes, where: str) -> tuple[str, str | None]:
    """UTF-8 text (a BOM dropped); invalid bytes replaced, with a warning message."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return (data.decode("utf-8", errors="replace"),
                f"{where}: invalid UTF-8 at byte {error.start}; replaced with U+FFFD")


def stem_id(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def read_text_file(path: Path) -> InputRecord:
    with _open_binary(path) as handle:
        text, warning = decode(handle.read(), str(path))
    meta = {"source": str(path)}
    if warning:
        meta["warnings"] = [warning]
    return InputRecord(stem_id(path), text, meta, source=str(path))


def parse_json_record(line: str, number: int, source: str, text_field: str = "text",
                      id_field: str = "id") -> InputRecord:
    """One JSONL line -> record; other fields are kept under ``meta``."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return InputRecord(None, None, error=InputError(
            "invalid_json", f"{source}:{number}: {error.msg} at column {error.colno}", number),
            source=source, line=number)
    if not isinstance(data, dict):
        return InputRecord(None, None, error=InputError(
            "invalid_record", f"{source}:{number}: expected a JSON object, "
            f"got {type(data).__name__}", number), source=source, line=number)
    raw_id = data.get(id_field)
    doc_id = None if raw_id is None else str(raw_id)
    text = data.get(text_field)
    if text is None:
        return InputRecord(doc_id, None, error=InputError(
            "missing_text", f"{source}:{number}: no {text_field!r} field", number),
            source=source, line=number)
    if not isinstance(text, str):
        return InputRecord(doc_id, None, error=InputError(
            "invalid_text", f"{source}:{number}: field {text_field!r} is "
            f"{type(text).__name__}, not a string", number), source=source, line=number)
    meta = {k: v for k, v in data.items() if k not in (text_field, id_field)}
    nested = meta.pop("meta", None)
    if isinstance(nested, dict):
        meta = {**nested, **meta}
    return InputRecord(doc_id, text, meta, source=source, line=number)


def read_jsonl_stream(handle: IO[bytes], source: str, text_field: str = "text",
                      id_field: str = "id") -> Iterator[InputRecord]:
    for number, raw in enumerate(handle, 1):
        if not raw.strip():
            continue
        line, warning = decode(raw, f"{source}:{number}")
        record = parse_json_record(line, number, source, text_field, id_field)
        if warning and record.error is None:
            meta = dict(record.meta)
            meta["warnings"] = [*meta.get("warnings", []), warning]
            record = InputRecord(record.id, record.text, meta, None, source, number)
        yield record


def read_stdin(stream: IO[bytes], text_field: str, id_field: str) -> Iterator[InputRecord]:
    buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
    head = buffered.peek(4096)[:4096].lstrip()  # type: ignore[union-attr]
    if head.startswith(b"{"):
        yield from read_jsonl_stream(buffered, "<stdin>", text_field, id_field)
    else:
        text, warning = decode(buffered.read(), "<stdin>")
        yield InputRecord("stdin", text, {"warnings": [warning]} if warning else {},
                          source="<stdin>")


def read_inputs(inputs: Iterable[str], text_field: str = "text",
                id_field: str = "id") -> Iterator[InputRecord]:
    """All records of all inputs, in order. Records without an id get ``<source>:<line>``."""
    for item in expand(inputs):
        if item == "-":
            records = read_stdin(sys.stdin.buffer, text_field, id_field)
        else:
            path = Path(item)
            suffix, _ = _suffixes(path)
            if suffix in JSONL_SUFFIXES:
                handle = _open_binary(path)
                records = read_jsonl_stream(handle, str(path), text_field, id_field)
            else:
                records = iter([read_text_file(path)])
        for record in records:
            if record.id is None and record.line is not None:
                record = InputRecord(f"{Path(record.source or '').name}:{record.line}",
                                     record.text, record.meta, record.error, record.source,
                                     record.line)
            yield record


def dumps(obj: Any) -> str:
    """One JSONL line: UTF-8 unescaped, compact."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def open_output(path: str | None, append: bool = False) -> IO[str]:
    if path in (None, "-"):
        return sys.stdout
    mode = "at" if append else "wt"
    if str(path).endswith(".gz"):
        return gzip.open(path, mode, encoding="utf-8")  # type: ignore[return-value]
    return open(path, mode.replace("t", ""), encoding="utf-8")
