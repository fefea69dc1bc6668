"""HTML input: ``meta.date`` is a publication date, never a year read from a ``©`` footer."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

from rusnews_nlp.io.html import extract, publication_date  # noqa: E402

BODY = ("<p>" + "Мэр Казани Илсур Метшин заявил, что новый мост через Казанку откроют летом. "
        * 3 + "</p>")


def page(head: str = "", article_top: str = "", footer: str = "© 2024 Казанские новости") -> str:
    return (f"<html><head><title>Мост</title>{head}</head><body><article><h1>Мост откроют "
            f"летом</h1>{article_top}{BODY}</article><footer>{footer}</footer></body></html>")


@pytest.mark.parametrize("html, url, date", [
    # the case: the only date is the copyright year
    (page(), None, None),
    (page(footer="Copyright © 2019–2024 «Казанские новости»"), None, None),
    # real dates are kept, the footer notwithstanding
    (page(head="<meta property='article:published_time' content='2024-03-12T10:00:00+03:00'>"),
     None, "2024-03-12"),
    (page(article_top="<time datetime='2024-03-12'>12 марта 2024</time>"), None, "2024-03-12"),
    (page(article_top="<p>12.03.2024</p>"), None, "2024-03-12"),
    (page(), "https://news.example/2024/03/12/most", "2024-03-12"),
    # 1 January is a date when the page says so
    (page(head="<meta property='article:published_time' content='2024-01-01'>"), None,
     "2024-01-01"),
    (page(article_top="<p>1 января 2024 года</p>"), None, "2024-01-01"),
    (page(article_top="<p>01.01.2024</p>"), None, "2024-01-01"),
])
def test_publication_date(html, url, date):
    assert extract(html, url=url).meta["date"] == date


def test_publication_date_passes_other_dates_through():
    assert publication_date("2024-03-12", "<html></html>") == "2024-03-12"
    assert publication_date(None, "<html></html>") is None
    assert publication_date("2024-01-01", "<html><body>© 2024</body></html>") is None
