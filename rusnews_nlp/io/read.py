"""Reading input records: ``.txt`` and HTML files, JSONL files and streams, stdin; exactly
one record per document, an error record where one cannot be read."""

from __future__ import annotations

import io
import json
import sys
import zlib
from dataclasses import replace
from pathlib import Path
from typing import IO, Iterable, Iterator

from .decoding import (_with_hint, decode, repair_surrogates, utf8_lines, wide_encoding, wide_hint,
                       with_warnings)
from .html import HTML_SUFFIXES
from .paths import (JSONL_SUFFIXES, InputScan, Unreadable, _open_binary, _suffixes, is_input_file,
                    scan_inputs, stem_id)
from .records import InputRecord, ReadOptions, RecordError


def read_text_file(path: Path, options: ReadOptions = ReadOptions()) -> InputRecord:
    with _open_binary(path) as handle:
        data = handle.read()
    doc_id = stem_id(path)
    meta = {"source": str(path)}
    suffix, _ = _suffixes(path)
    if suffix in HTML_SUFFIXES:  # trafilatura finds the charset itself (windows-1251 too)
        html = decode(data, str(path))[0] if wide_encoding(data) else data  # but not UTF-16
        return InputRecord(doc_id, None, meta, source=str(path), html=html)
    text, warning = decode(data, str(path))
    record = InputRecord(doc_id, text, with_warnings(meta, [warning, wide_hint(data)]),
                         source=str(path))
    if warning and options.unicode == "strict":
        return record.failed("invalid_unicode", warning)
    return record


def json_error(error: json.JSONDecodeError) -> str:
    """``Expecting ',' delimiter at column 40``; json's own messages may end in "at" already
    (``Unterminated string starting at``), which must not become "at at column"."""
    message = error.msg[:-3] if error.msg.endswith(" at") else error.msg
    return f"{message} at column {error.colno}"


def parse_json_record(line: str, number: int, source: str,
                      options: ReadOptions = ReadOptions()) -> InputRecord:
    """One JSONL line -> record; other fields are kept under ``meta`` (a nested ``meta``
    object is merged in)."""
    where = f"{source}:{number}"
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        message = (f"{where}: {json_error(error)}"
                   if isinstance(error, json.JSONDecodeError) else f"{where}: nested too deep")
        return InputRecord(None, None, error=RecordError("invalid_json", message, number),
                           source=source, line=number)
    if not isinstance(data, dict):
        return InputRecord(None, None, error=RecordError(
            "invalid_record", f"{where}: expected a JSON object, got {type(data).__name__}",
            number), source=source, line=number)
    raw_id = data.get(options.id_field)
    doc_id = None if raw_id is None else str(raw_id)
    text = data.get(options.text_field)
    html = data.get(options.html_field) if text is None else None
    meta = {k: v for k, v in data.items()
            if k not in (options.text_field, options.id_field, options.html_field)}
    nested = meta.pop("meta", None)
    if isinstance(nested, dict):
        meta = {**nested, **meta}
    record = InputRecord(doc_id, None, meta, source=source, line=number)
    if text is None and html is None:
        return record.failed("missing_text", f"{where}: no {options.text_field!r} field"
                             + (f" and no {options.html_field!r} field"
                                if options.html_field else ""))
    value, name = (text, options.text_field) if text is not None else (html, options.html_field)
    if not isinstance(value, str):
        return record.failed("invalid_text", f"{where}: field {name!r} is "
                             f"{type(value).__name__}, not a string")
    value, warning = repair_surrogates(value)
    if warning and options.unicode == "strict":
        return record.failed("invalid_unicode", f"{where}: {warning}")
    if warning:
        record = replace(record, meta=with_warnings(meta, [f"{where}: {warning}"]))
    if text is None:
        return replace(record, html=value)
    return replace(record, text=value)


def read_jsonl_stream(handle: IO[bytes], source: str,
                      options: ReadOptions = ReadOptions()) -> Iterator[InputRecord]:
    """Records of a JSONL stream; blank lines are not records. A read failure (I/O error, a
    truncated or corrupt gzip) becomes one ``unreadable`` error record and ends the stream."""
    number = 0
    try:
        for number, raw in enumerate(utf8_lines(handle), 1):
            if not raw.strip():
                continue
            line, warning = decode(raw, f"{source}:{number}")
            if warning and options.unicode == "strict":
                yield InputRecord(None, None, error=RecordError("invalid_unicode", warning, number),
                                  source=source, line=number)
                continue
            record = parse_json_record(line, number, source, options)
            if record.error is not None and record.error.kind == "invalid_json":
                record = _with_hint(record, wide_hint(raw))
            if warning and record.error is None:
                record = replace(record, meta=with_warnings(record.meta, [warning]))
            yield record
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
        number += 1
        yield InputRecord(None, None, error=RecordError(
            "unreadable", f"{source}:{number}: cannot read on from here: "
            f"{type(error).__name__}: {error}", number), source=source, line=number)


def read_stdin(stream: IO[bytes], options: ReadOptions = ReadOptions()) -> Iterator[InputRecord]:
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore
    peeked = buffered.peek(4096)[:4096]  # type: ignore[union-attr]
    encoding = wide_encoding(peeked)
    head = peeked.decode(encoding or "utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        yield from read_jsonl_stream(buffered, "<stdin>", options)
        return
    data = buffered.read()
    if head.startswith("<"):
        html = decode(data, "<stdin>")[0] if encoding else data
        yield InputRecord("stdin", None, {"source": "<stdin>"}, source="<stdin>", html=html)
        return
    text, warning = decode(data, "<stdin>")
    record = InputRecord("stdin", text, with_warnings({}, [warning, wide_hint(data)]),
                         source="<stdin>")
    if warning and options.unicode == "strict":
        record = record.failed("invalid_unicode", warning)
    yield record


def read_inputs(inputs: Iterable[str] | InputScan, options: ReadOptions = ReadOptions(),
                stdin: IO[bytes] | None = None) -> Iterator[InputRecord]:
    """All records of all inputs, in order. Records without an id get ``<file>:<line>``.

    Input paths are checked now (``FileNotFoundError``), unless already scanned; records are
    read lazily.
    """
    scan = inputs if isinstance(inputs, InputScan) else scan_inputs(inputs)
    return _records(scan.items, options, stdin)


def _records(items: Iterable[str | Path | Unreadable], options: ReadOptions,
             stdin: IO[bytes] | None) -> Iterator[InputRecord]:
    for item in items:
        if item == "-":
            records = read_stdin(stdin or sys.stdin.buffer, options)
        elif isinstance(item, Unreadable):
            records = iter([_unreadable(item)])
        else:
            path = Path(item)
            suffix, _ = _suffixes(path)
            if suffix in JSONL_SUFFIXES:
                records = _read_jsonl_file(path, options)
            else:
                records = iter([_read_file_safely(path, options)])
        for record in records:
            if record.id is None and record.line is not None:
                record = replace(record, id=f"{Path(record.source or '').name}:{record.line}")
            yield record


def _unreadable(item: Unreadable) -> InputRecord:
    doc_id = stem_id(item.path) if is_input_file(item.path) else str(item.path)
    return InputRecord(doc_id, None, {"source": str(item.path)},
                       RecordError("unreadable", item.message), source=str(item.path))


def _read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[InputRecord]:
    try:
        handle = _open_binary(path)
    except OSError as error:  # a file we may not open: one record says so, the run goes on
        yield InputRecord(stem_id(path), None, {"source": str(path)}, RecordError(
            "unreadable", f"{path}: cannot open: {type(error).__name__}: {error.strerror}"),
            source=str(path))
        return
    with handle:
        yield from read_jsonl_stream(handle, str(path), options)


def _read_file_safely(path: Path, options: ReadOptions) -> InputRecord:
    try:
        return read_text_file(path, options)
    except (OSError, EOFError, zlib.error) as error:
        return InputRecord(stem_id(path), None, {"source": str(path)}, RecordError(
            "unreadable", f"{path}: {type(error).__name__}: {error}"), source=str(path))
