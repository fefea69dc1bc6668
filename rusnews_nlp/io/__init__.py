"""Reading input records and writing JSONL, with exactly one output record per input record.

Inputs are ``.txt`` files (one document each, id = file stem), ``.html``/``.htm`` pages (the
article is extracted, see ``rusnews_nlp.io.html``), ``.jsonl``/``.ndjson`` files (one document a
line; a ``text`` field, or an ``html`` field to extract from), directories of them (sorted,
recursive, links to directories followed), ``.gz`` variants of all, or ``-`` for stdin (JSONL
when the first non-blank character is ``{``, HTML when it starts with ``<``, otherwise one text
document). UTF-8, or UTF-16/UTF-32 with a byte-order mark.

Nothing is dropped silently: a record, file, directory or link that cannot be read becomes an
``InputRecord`` carrying a ``RecordError`` instead of text, and the writer emits ``{"id",
"error"}`` in its place. Text that is not valid Unicode is repaired code point for code point
(offsets stay meaningful) and the repair is reported in ``meta["warnings"]``;
``unicode="strict"`` makes it an error instead.
See ``docs/input.md``.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping

from ..errors import RusnewsError
from .html import HTML_SUFFIXES

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: Error kinds of an error record (``{"id", "error": {"kind", "message", "line"}}``).
ERROR_KINDS: Mapping[str, str] = {
    "invalid_json": "the JSONL line is not valid JSON",
    "invalid_record": "the JSONL line is valid JSON but not an object",
    "missing_text": "the record has neither the text field nor the html field",
    "invalid_text": "the text (or html) field is not a string",
    "invalid_unicode": "invalid UTF-8 or lone surrogates, with --unicode strict",
    "unreadable": "the file could not be read from this line on (I/O error, corrupt gzip)",
    "html_extraction": "no article text could be extracted from the HTML",
    "too_large": "the text is longer than --max-chars",
    "pipeline": "the analysis raised an exception on this document",
}

UNICODE_POLICIES = ("replace", "strict")

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True)
class RecordError:
    """Why a record could not be annotated; ``line`` is its line in a JSONL input, if any."""

    kind: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "line": self.line}


@dataclass(frozen=True)
class InputRecord:
    """One input document, still to be analysed, or the error that stopped us reading it.

    ``html`` is set instead of ``text`` for an HTML page not yet extracted (extraction is part
    of the per-batch work, so it can run in worker processes and is skipped on ``--resume``).
    """

    id: str | None
    text: str | None
    meta: Mapping[str, Any] = field(default_factory=dict)
    error: RecordError | None = None
    source: str | None = None
    line: int | None = None
    html: str | bytes | None = None

    def failed(self, kind: str, message: str) -> "InputRecord":
        return replace(self, text=None, html=None,
                       error=RecordError(kind, message, self.line))


@dataclass(frozen=True)
class ReadOptions:
    """How records are read: field names and the policy for invalid Unicode."""

    text_field: str = "text"
    id_field: str = "id"
    html_field: str = "html"
    unicode: str = "replace"

    def __post_init__(self) -> None:
        if self.unicode not in UNICODE_POLICIES:
            raise ValueError(f"unicode must be one of {UNICODE_POLICIES}, not {self.unicode!r}")


# --------------------------------------------------------------------------- paths


def _suffixes(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return Path(name).suffix, gz


def is_input_file(path: Path) -> bool:
    suffix, _ = _suffixes(path)
    return suffix in TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES


@dataclass(frozen=True)
class Unreadable:
    """A path met while listing the inputs that cannot be read (a directory we may not list, a
    broken symbolic link): it becomes one ``unreadable`` error record, never a silent gap."""

    path: Path
    message: str


@dataclass(frozen=True)
class InputScan:
    """The inputs, listed before anything is read or written.

    ``items`` are ``"-"``, files and ``Unreadable`` paths in reading order; ``directories`` are
    the real paths of the directories listed (so an output inside one can be refused);
    ``warnings`` say what was deliberately not read (a directory link leading to a directory
    already listed).
    """

    items: tuple[str | Path | Unreadable, ...]
    directories: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()

    @property
    def files(self) -> list[Path]:
        return [item for item in self.items if isinstance(item, Path)]


def scan_inputs(inputs: Iterable[str]) -> InputScan:
    """Input paths in order; a directory contributes its input files, sorted, recursively.

    Symbolic links to directories are followed, each real directory is listed once (a link
    loop ends there, with a warning). A missing input path raises ``FileNotFoundError`` now,
    so the run stops before anything is written.
    """
    items: list[str | Path | Unreadable] = []
    directories: set[str] = set()
    warnings: list[str] = []
    for item in inputs:
        if item == "-":
            items.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            seen: set[str] = set()
            _walk(path, seen, items, warnings)
            directories |= seen
        elif path.exists():
            items.append(path)
        elif path.is_symlink():
            raise FileNotFoundError(f"input not found: {item} is a broken symbolic link to "
                                    f"{os.readlink(path)}")
        else:
            raise FileNotFoundError(f"input not found: {item}")
    return InputScan(tuple(items), frozenset(directories), tuple(warnings))


def _walk(directory: Path, seen: set[str], items: list[str | Path | Unreadable],
          warnings: list[str]) -> None:
    real = os.path.realpath(directory)
    if real in seen:
        warnings.append(f"{directory}: the directory {real} is read already (a symbolic link "
                        f"leads to it twice, or in a loop); not read twice")
        return
    seen.add(real)
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        items.append(Unreadable(directory, f"{directory}: cannot list the directory: "
                                           f"{type(error).__name__}: {error.strerror}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_symlink() and not path.exists():
            items.append(Unreadable(path, f"{path}: broken symbolic link to "
                                          f"{os.readlink(path)}"))
        elif entry.is_dir():
            _walk(path, seen, items, warnings)
        elif entry.is_file() and is_input_file(path):
            items.append(path)


def expand(inputs: Iterable[str]) -> list[str | Path | Unreadable]:
    """``scan_inputs(inputs).items``."""
    return list(scan_inputs(inputs).items)


def _open_binary(path: Path) -> IO[bytes]:
    _, gz = _suffixes(path)
    return gzip.open(path, "rb") if gz else open(path, "rb")


def stem_id(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


# --------------------------------------------------------------------------- decoding


#: Byte-order marks of the wide encodings, UTF-32 first (its little-endian BOM begins with
#: UTF-16's). The ``utf-16``/``utf-32`` codecs read the BOM and take its byte order.
WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(head: bytes) -> str | None:
    """``utf-16``/``utf-32`` when ``head`` starts with that encoding's byte-order mark."""
    return next((encoding for bom, encoding in WIDE_BOMS if head.startswith(bom)), None)


def decode(data: bytes, where: str) -> tuple[str, str | None]:
    """The text of a file: UTF-16/UTF-32 when a byte-order mark says so, else UTF-8 (a UTF-8
    BOM dropped); invalid bytes are replaced by U+FFFD, with a warning message."""
    encoding = wide_encoding(data) or "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as error:
        text = data.decode(encoding, errors="replace")
        return text, (f"{where}: invalid {encoding.upper()} at byte {error.start}; "
                      f"{text.count(chr(0xFFFD))} U+FFFD in the text")


#: The high byte of a UTF-16 code unit of Latin (0x00) or Cyrillic (0x04) text.
_WIDE_HIGH_BYTES = frozenset((0x00, 0x04))


def wide_hint(data: bytes) -> str | None:
    """A hint when the bytes look like UTF-16 (or UTF-32) without a byte-order mark: every
    other byte is the high byte of a Latin or Cyrillic code unit. No reader can tell for
    certain, so this only says what to do."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    shares = [sum(b in _WIDE_HIGH_BYTES for b in sample[start::2]) / len(sample[start::2])
              for start in (0, 1)]
    if max(shares) < 0.9:
        return None
    return ("every other byte is 0x00 or 0x04: UTF-16 without a byte-order mark? Convert "
            "it to UTF-8 (iconv -f UTF-16LE -t UTF-8)")


def _with_hint(record: "InputRecord", hint: str | None) -> "InputRecord":
    if hint is None or record.error is None:
        return record
    return replace(record, error=replace(record.error,
                                         message=f"{record.error.message}; {hint}"))


def utf8_lines(handle: IO[bytes]) -> Iterable[bytes]:
    """The lines of a binary stream as UTF-8: a UTF-16/UTF-32 stream (known by its BOM) is
    decoded first, since its newlines are not the byte ``\n``. Invalid UTF-16 raises
    ``UnicodeDecodeError`` where it is met (the reader makes that an ``unreadable`` record)."""
    encoding = wide_encoding(handle.peek(4)[:4]) if hasattr(handle, "peek") else None
    if encoding is None:
        return handle
    text = io.TextIOWrapper(handle, encoding=encoding, newline="\n")  # type: ignore[arg-type]
    return (line.encode("utf-8", errors="surrogatepass") for line in text)


def repair_surrogates(text: str) -> tuple[str, str | None]:
    """Lone surrogates (``"\\ud800"`` in JSON) cannot be written as UTF-8: each becomes U+FFFD
    (same length, so offsets stay valid), with a warning."""
    if _SURROGATE.search(text) is None:
        return text, None
    count = len(_SURROGATE.findall(text))
    return _SURROGATE.sub("\ufffd", text), f"{count} lone surrogate(s) replaced with U+FFFD"


def text_warnings(text: str) -> list[str]:
    """Things about a text a user should know; none stops the analysis."""
    if not text:
        return ["empty text"]
    if not text.strip():
        return ["blank text (whitespace only)"]
    out = []
    controls = len(_CONTROL.findall(text))
    if controls:
        out.append(f"{controls} control character(s) (e.g. NUL) kept as they are")
    sample = text[:20_000]
    letters = len(_LETTER.findall(sample))
    if letters >= 20:
        share = len(_CYRILLIC.findall(sample)) / letters
        if share < 0.2:
            out.append(f"only {share:.0%} of the letters are Cyrillic: the analysis is tuned "
                       f"for Russian")
    return out


def with_warnings(meta: Mapping[str, Any], warnings: Iterable[str | None]) -> dict[str, Any]:
    new = [w for w in warnings if w]
    out = dict(meta)
    if new:
        out["warnings"] = [*out.get("warnings", []), *new]
    return out


# --------------------------------------------------------------------------- records


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


# --------------------------------------------------------------------------- output


def dumps(obj: Any) -> str:
    """One JSONL line: compact, UTF-8 unescaped; a lone surrogate anywhere (an id, a meta
    value) falls back to ASCII escapes, which keep it exactly and stay valid UTF-8."""
    line = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if _SURROGATE.search(line) is not None:
        line = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    return line


def error_record(record_id: str | None, error: RecordError) -> dict[str, Any]:
    """The output line of a record that could not be annotated."""
    return {"id": record_id, "error": error.to_dict()}


def open_output(path: str | None, append: bool = False) -> IO[str]:
    if path in (None, "-"):
        return sys.stdout
    mode = "at" if append else "wt"
    if str(path).endswith(".gz"):
        return gzip.open(path, mode, encoding="utf-8")  # type: ignore[return-value]
    return open(path, mode.replace("t", ""), encoding="utf-8", newline="\n")


@dataclass(frozen=True)
class ResumeState:
    """What an earlier, interrupted run wrote: the ids of its complete records, in order."""

    ids: tuple[str | None, ...]
    truncated_bytes: int = 0


class ResumeError(RusnewsError):
    """The output file cannot be continued (not ours, or not the same input)."""

    code = "E004"


def check_resumable(path: str | None) -> None:
    if path in (None, "-") or str(path).endswith(".gz"):
        raise ResumeError("--resume needs a plain (not .gz) output file given with -o")


def prepare_resume(path: str) -> ResumeState:
    """Read an earlier run's output and cut a partly written last line.

    Every complete line must be a JSON object with an ``id`` (an annotation or an error
    record); a kill can leave only the last line incomplete, which is removed so the record
    is redone. Anything else means the file is not an output of ours, and we refuse.
    """
    check_resumable(path)
    target = Path(path)
    if not target.exists():
        return ResumeState(())
    ids: list[str | None] = []
    good_end = 0
    with open(target, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.endswith(b"\n"):
                break  # the last line, cut short by the kill: that record is redone
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
            if not isinstance(data, dict) or "id" not in data:
                raise ResumeError(f"{path}:{number}: not an output record of rusnews-nlp; "
                                  f"refusing to resume into this file")
            ids.append(data["id"])
            good_end += len(raw)
    size = target.stat().st_size
    if size != good_end:
        with open(target, "r+b") as handle:
            handle.truncate(good_end)
    return ResumeState(tuple(ids), size - good_end)
