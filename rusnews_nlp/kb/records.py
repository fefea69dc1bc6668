"""The knowledge base's records: people, organisations, places, positions, dated roles.

Read from the bundled ``data/kb.jsonl`` (format in ``docs/kb.md``) or a user gazetteer
(JSONL or CSV, checked by ``gazetteer``) into frozen dataclasses; term boundaries may be known
to a day, a month or a year only (``Bound``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .gazetteer import GazetteerError, check_record

Date = dt.date
RoleKey = tuple[str, str | None]  # (position id, jurisdiction id or None for standalone posts)

BUNDLED = "data/kb.jsonl"
RECORD_TYPES = ("PER", "ORG", "LOC", "POSITION", "ROLE_PHRASE")


@dataclass(frozen=True)
class Bound:
    """A term boundary known to a day, a month or a year: the earliest and latest day it
    can be. Imprecise bounds make the dates inside them undecidable, not guessed."""

    lo: Date
    hi: Date

    @classmethod
    @lru_cache(maxsize=4096)
    def parse(cls, value: str | None, open_end: bool) -> "Bound":
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` is unknown (a start) or open (an
        end)."""
        if value is None or value == "":
            return cls(Date.max, Date.max) if open_end else cls(Date.min, Date.max)
        if not _PARTIAL_DATE.fullmatch(str(value)):
            raise ValueError(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
        parts = [int(p) for p in str(value).split("-")]
        if len(parts) == 3:
            day = Date(*parts)
            return cls(day, day)
        if len(parts) == 2:
            first = Date(parts[0], parts[1], 1)
            nxt = Date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return cls(first, nxt - dt.timedelta(days=1))
        return cls(Date(parts[0], 1, 1), Date(parts[0], 12, 31))


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Role:
    """A dated role of a person. ``end`` ``None`` = still held when the KB was compiled."""

    role: str
    start: str | None
    end: str | None
    keys: frozenset[RoleKey] = frozenset()

    @property
    def open(self) -> bool:
        return self.end is None

    def certain(self, day: Date) -> bool:
        return Bound.parse(self.start, False).hi <= day <= Bound.parse(self.end, True).lo

    def possible(self, day: Date) -> bool:
        return Bound.parse(self.start, False).lo <= day <= Bound.parse(self.end, True).hi

    def began_by(self, day: Date) -> bool:
        return Bound.parse(self.start, False).lo <= day


@dataclass(frozen=True)
class Entry:
    """One KB record (person, organisation or place)."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    full_name: str | None = None
    first: str | None = None
    surname: str | None = None
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    kind: str | None = None
    adjectives: tuple[str, ...] = ()
    head_role: str | None = None
    wikidata: str | None = None
    descriptors: tuple[str, ...] = ()
    namesake_risk: bool | None = None


@dataclass(frozen=True)
class Position:
    """A position word (``министр иностранных дел``) that a jurisdiction completes."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    head: bool = False
    standalone: bool = False
    implies: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleParse:
    """What a role phrase means: the role keys it may denote and its tense."""

    keys: frozenset[RoleKey]
    tense: str = "current"


CSV_LIST_SEP = "|"


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Checked records of a JSONL or CSV gazetteer (CSV: one row per role, rows of an id
    merge); a record that cannot be used raises ``GazetteerError`` naming file and line."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as error:
                    raise GazetteerError(f"{path}:{n}: bad JSON: {error}") from None
                out.append(check_record(rec, f"{path}:{n}"))
    return out


def _read_csv(path: Path) -> list[dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    first_line: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = [c.strip() for c in reader.fieldnames or () if c]
        if "id" not in columns:
            raise GazetteerError(f"{path}:1: the CSV header has no \"id\" column "
                                 f"(it has: {', '.join(columns) or 'nothing'})")
        for row in reader:
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            if not any(row.values()):
                continue
            if not row["id"]:
                raise GazetteerError(f"{path}:{reader.line_num}: the row has no id")
            if not row.get("role") and (row.get("start") or row.get("end")):
                raise GazetteerError(f"{path}:{reader.line_num}: a start or end date needs "
                                     f"a role")
            first_line.setdefault(row["id"], reader.line_num)
            rec = merged.setdefault(row["id"], {"id": row["id"], "roles": []})
            for key, value in row.items():
                if key in ("role", "start", "end") or not value:
                    continue
                if key in ("aliases", "adjectives", "descriptors"):
                    rec[key] = list(dict.fromkeys(rec.get(key, []) + value.split(CSV_LIST_SEP)))
                else:
                    rec[key] = value
            if row.get("role"):
                rec["roles"].append({"role": row["role"], "start": row.get("start") or None,
                                     "end": row.get("end") or None})
    return [check_record(rec, f"{path}:{first_line[eid]}") for eid, rec in merged.items()]


def _entry(rec: Mapping[str, Any]) -> Entry:
    name = rec["name"]
    toks = name.split()
    rtype = rec.get("type") or rec["id"].split(":", 1)[0].upper()
    is_per = rtype == "PER"
    return Entry(
        id=rec["id"], type=rtype, name=name,
        aliases=tuple(a for a in rec.get("aliases", ()) if a),
        full_name=rec.get("full_name"),
        first=rec.get("first", toks[0] if is_per and len(toks) > 1 else None),
        surname=rec.get("surname", toks[-1] if is_per else None),
        gender=rec.get("gender"),
        roles=tuple(Role(r["role"], r.get("start"), r.get("end")) for r in rec.get("roles", ())),
        kind=rec.get("kind"), adjectives=tuple(rec.get("adjectives", ())),
        head_role=rec.get("head_role"), wikidata=rec.get("wikidata"),
        descriptors=tuple(_listish(rec.get("descriptors"))),
        namesake_risk=_boolish(rec.get("namesake_risk")),
    )


def _listish(value: Any) -> list[str]:
    """A list field of JSONL (a list) or CSV (``a|b``)."""
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(CSV_LIST_SEP) if v.strip()]
    return [str(v) for v in value if v]


def _boolish(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    low = str(value).strip().lower()
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise ValueError(f"bad boolean {value!r}: use true or false")


@lru_cache(maxsize=1)
def bundled_records() -> list[dict[str, Any]]:
    """Records of the KB shipped in the wheel."""
    text = resources.files("rusnews_nlp").joinpath(BUNDLED).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
