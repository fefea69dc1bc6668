"""Reader for factRuEval-2016 directories (``book_N.txt`` + ``.tokens``/``.spans``/``.objects``).

Format (dialogue-evaluation/factRuEval-2016 README): ``.spans`` lines are
``id type start length ... # ...``, ``.objects`` lines are ``id Type span_id span_id ... # ...``.
Offsets count code points of the text. The texts are documented as UTF-8 with a BOM and some
copies carry ``\\r\\n``; whether the offsets count those depends on the copy, so ``read_text``
tries the plausible readings and keeps the one under which the ``.tokens`` file matches the text
(corus, which naeval uses, simply reads with universal newlines and keeps the BOM).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

_BOOK = re.compile(r"^book_(\d+)\.txt$")


@dataclass(frozen=True)
class FactruSpan:
    id: str
    type: str  # org_name, loc_name, surname, name, ...
    start: int
    stop: int


@dataclass(frozen=True)
class FactruObject:
    id: str
    type: str  # Person, Org, Location, LocOrg, Project, Facility
    spans: tuple[FactruSpan, ...]

    @property
    def start(self) -> int:
        return min(span.start for span in self.spans)

    @property
    def stop(self) -> int:
        return max(span.stop for span in self.spans)


@dataclass(frozen=True)
class FactruDocument:
    id: str  # "book_100"
    text: str
    objects: tuple[FactruObject, ...]


def list_books(directory: Path) -> list[Path]:
    """``book_N.txt`` files in ``directory`` (or in its ``devset``/``testset``), by number."""
    found = [p for p in directory.iterdir() if _BOOK.match(p.name)]
    if not found:
        for sub in ("devset", "testset"):
            if (directory / sub).is_dir():
                found.extend(p for p in (directory / sub).iterdir() if _BOOK.match(p.name))
    return sorted(found, key=lambda p: (p.parent.name, int(_BOOK.match(p.name).group(1))))  # type: ignore[union-attr]


def read_text(path: Path) -> str:
    """The text under the reading (BOM kept or not, ``\\r\\n`` kept or not) its tokens agree with."""
    raw = path.read_bytes().decode("utf-8")
    universal = raw.replace("\r\n", "\n").replace("\r", "\n")  # what open() gives corus
    candidates = list(dict.fromkeys(
        [universal, raw, universal.removeprefix("\ufeff"), raw.removeprefix("\ufeff")]))
    tokens_path = path.with_suffix(".tokens")
    if len(candidates) == 1 or not tokens_path.exists():
        return universal
    tokens = list(parse_tokens(tokens_path.read_text(encoding="utf-8-sig")))
    # max() keeps the first of equals, so corus's reading wins a tie.
    return max(candidates, key=lambda text: sum(text[a:b] == t for a, b, t in tokens))


def parse_tokens(content: str) -> Iterator[tuple[int, int, str]]:
    """``.tokens`` lines ``id start length text`` as ``(start, stop, text)``."""
    for line in content.splitlines():
        parts = line.split(" ", 3)
        if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
            start = int(parts[1])
            yield start, start + int(parts[2]), parts[3]


def parse_spans(content: str, source: str = "") -> dict[str, FactruSpan]:
    spans: dict[str, FactruSpan] = {}
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(None, 4)
        try:
            span_id, span_type, start, size = parts[0], parts[1], int(parts[2]), int(parts[3])
        except (IndexError, ValueError):
            raise ValueError(f"{source}:{number}: bad span line {line!r}") from None
        spans[span_id] = FactruSpan(span_id, span_type, start, start + size)
    return spans


def parse_objects(content: str, spans: dict[str, FactruSpan],
                  source: str = "") -> list[FactruObject]:
    """Objects in file order; span ids are read up to the first non-number (the ``#`` comment)."""
    objects = []
    for number, line in enumerate(content.splitlines(), 1):
        parts = line.split()
        if len(parts) < 2:
            continue
        members = []
        for span_id in parts[2:]:
            if not span_id.isdigit():
                break
            if span_id not in spans:
                raise ValueError(f"{source}:{number}: object {parts[0]} refers to unknown span "
                                 f"{span_id}")
            members.append(spans[span_id])
        objects.append(FactruObject(parts[0], parts[1], tuple(members)))
    return objects


def load_document(txt: Path) -> FactruDocument:
    text = read_text(txt)
    spans_path, objects_path = txt.with_suffix(".spans"), txt.with_suffix(".objects")
    spans = parse_spans(spans_path.read_text(encoding="utf-8-sig"), str(spans_path))
    objects = parse_objects(objects_path.read_text(encoding="utf-8-sig"), spans,
                            str(objects_path))
    return FactruDocument(txt.stem, text, tuple(objects))


def load_factru(directory: str | Path) -> list[FactruDocument]:
    """All documents of a factRuEval-2016 directory, ordered by book number."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not a directory")
    books = list_books(directory)
    if not books:
        raise FileNotFoundError(f"no book_N.txt files in {directory} (nor in devset/, testset/)")
    return [load_document(path) for path in books]
