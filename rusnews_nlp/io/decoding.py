"""Bytes to text: UTF-8, or UTF-16/UTF-32 with a byte-order mark; invalid bytes and lone
surrogates repaired code point for code point (offsets stay meaningful), with a warning."""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:
    from .records import InputRecord

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


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
