"""HTML input: the article (title, date, body) extracted with trafilatura.

Scraped HTML carries menus, feeds and comments; trafilatura (the ``html`` extra) keeps the main
text and reads the page's metadata. The analysed ``text`` is the headline followed by the body,
exactly as extracted, and ``meta`` keeps ``title``, ``date``, ``url``, ``sitename`` and
``author`` (``None`` when the page does not say). trafilatura is imported on first use, so the
rest of the library works without it.

``meta.date`` is a publication date or ``None``: when htmldate finds no dated markup it falls
back to a bare year (a ``© 2024`` footer) and reports it as 1 January; such a date is kept only
when the page's markup or its text names that very day (``publication_date``).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any, Mapping

from ..errors import ResourceError, install_hint

#: Metadata fields copied from trafilatura into ``meta``.
META_FIELDS = ("title", "date", "url", "sitename", "author")

#: File suffixes read as HTML.
HTML_SUFFIXES = (".html", ".htm")

INSTALL_HINT = install_hint("html")

#: How a page may spell 1 January of a year (``{y}``) when it really means that day.
NEW_YEAR_SPELLINGS = (r"\b0?1\.0?1\.{y}\b", r"\b{y}-01-01\b", r"\b0?1/0?1/{y}\b",
                      r"\b1\s+января\s+{y}", r"\bJan(?:uary)?\.?\s+1,?\s+{y}",
                      r"\b1\s+Jan(?:uary)?\.?\s+{y}")


class HtmlExtractionError(ValueError):
    """trafilatura found no article text in the page."""


@dataclass(frozen=True)
class Article:
    """The extracted text (headline, blank line, body) and the page's metadata."""

    text: str
    meta: Mapping[str, Any]


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as error:  # the extra, or one of its dependencies, is missing
        raise ResourceError(
            f"HTML input needs trafilatura: {INSTALL_HINT} ({error})"
        ) from None
    return trafilatura


def available() -> bool:
    """Whether HTML extraction can run here."""
    try:
        _trafilatura()
    except ResourceError:
        return False
    return True


def extract(html: str | bytes, url: str | None = None) -> Article:
    """The article of an HTML page; bytes are decoded by trafilatura (meta charset, detection).

    Raises ``HtmlExtractionError`` when the page has no article text and ``ResourceError`` when
    trafilatura is not installed.
    """
    trafilatura = _trafilatura()
    if isinstance(html, str) and not html.strip() or isinstance(html, bytes) and not html.strip():
        raise HtmlExtractionError("empty HTML")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura's lxml FutureWarnings are not ours
        try:
            result = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False,
                include_tables=False)
        except Exception as error:  # trafilatura/lxml fail on some malformed pages
            raise HtmlExtractionError(f"trafilatura failed: {type(error).__name__}: {error}") \
                from None
    if result is None:
        raise HtmlExtractionError("no article text found in the page")
    data = result if isinstance(result, dict) else result.as_dict()
    body = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip() or None
    if not body and not title:
        raise HtmlExtractionError("no article text found in the page")
    if title and not body.startswith(title):
        text = f"{title}\n\n{body}" if body else title
    else:
        text = body
    meta = {name: (data.get(name) or None) for name in META_FIELDS}
    meta["title"] = title
    meta["date"] = publication_date(meta["date"], html, url)
    if url and not meta["url"]:
        meta["url"] = url
    return Article(text, meta)


def publication_date(date: str | None, html: str | bytes, url: str | None = None) -> str | None:
    """``date`` unless it is htmldate's guess from a bare year (``YYYY-01-01`` that neither the
    page's markup nor its text names as that day): a year alone is not a publication date."""
    if not date or not date.endswith("-01-01"):
        return date
    from htmldate import find_date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            marked = find_date(html, extensive_search=False, url=url)
        except Exception:  # noqa: BLE001 - a page htmldate cannot read has no marked date
            marked = None
    if marked == date:
        return date
    page = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    year = re.escape(date[:4])
    if any(re.search(p.format(y=year), page, re.IGNORECASE) for p in NEW_YEAR_SPELLINGS):
        return date
    return None
