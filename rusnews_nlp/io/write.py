"""Writing JSONL: one line per record (an annotation or an error record), and resuming an
interrupted run's output file."""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import RusnewsError
from .decoding import _SURROGATE
from .records import RecordError


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
