"""Document dates: the article's date from its ``meta``, else the first date written in it.

A role phrase with no named holder (``госсекретарь США``) resolves through the knowledge base
only on a date: the linker and the speaker resolver ask ``doc_date``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping

from .records import Date


MONTHS: Mapping[str, int] = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
DATE_META_KEYS = ("date", "published", "pub_date", "datetime")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
_WORDY = re.compile(r"(?<!\d)(\d{1,2})\s+(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]"
                    r"|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])\s+(\d{4})",
                    re.IGNORECASE)


def _make(y: str | int, m: str | int, d: str | int) -> Date | None:
    try:
        return Date(int(y), int(m), int(d))
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.lower()
    return next(n for stem, n in MONTHS.items() if word.startswith(stem))


def find_date(text: str) -> Date | None:
    """The first full date written in ``text``: ISO, ``22.12.2021``, ``22 декабря 2021``."""
    found = []
    for pattern, order in ((_ISO, "ymd"), (_NUMERIC, "dmy"), (_WORDY, "dMy")):
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            day = (_make(a, b, c) if order == "ymd" else _make(c, b, a) if order == "dmy"
                   else _make(c, _month(b), a))
            if day:
                found.append((m.start(), day))
    return min(found)[1] if found else None


def doc_date(meta: Mapping[str, Any] | None, text: str = "") -> Date | None:
    """The article's date: ``meta["date"]`` (a date, ISO or common formats), else the first
    full date in the text."""
    for key in DATE_META_KEYS:
        value = (meta or {}).get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, Date):
            return value
        if isinstance(value, str) and value.strip():
            day = find_date(value)
            if day:
                return day
    return find_date(text) if text else None
