"""What an input record is: its text (or HTML, or the error that stopped us reading it), and
the error kinds an output error record may carry."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping


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
