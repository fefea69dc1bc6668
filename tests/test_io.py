"""Reading records: every input record gives one record, bad ones carry an error, never a crash."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from rusnews_nlp.io import html as html_module
from rusnews_nlp.io.decoding import repair_surrogates, text_warnings
from rusnews_nlp.io.paths import expand
from rusnews_nlp.io.read import parse_json_record, read_inputs, read_stdin
from rusnews_nlp.io.records import ERROR_KINDS, InputRecord, ReadOptions
from rusnews_nlp.io.write import ResumeError, dumps, prepare_resume

GOOD = {"id": "a1", "text": "Песков заявил, что Кремль готов к диалогу.", "source": "ТАСС"}


def write_lines(path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def records_of(path, **options) -> list[InputRecord]:
    return list(read_inputs([str(path)], ReadOptions(**options)))


# (name, raw JSONL line, error kind or None, expected text or None)
BAD_LINES = [
    ("invalid_json", b'{"id": "x", "text": "\xd0\x9c\xd0\xb8\xd1\x80', "invalid_json", None),
    ("not_object", b'["\xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82"]', "invalid_record", None),
    ("missing_text", b'{"id": "x", "title": "t"}', "missing_text", None),
    ("null_text", b'{"id": "x", "text": null}', "missing_text", None),
    ("number_text", b'{"id": "x", "text": 42}', "invalid_text", None),
    ("list_text", b'{"id": "x", "text": ["a"]}', "invalid_text", None),
    ("empty_text", b'{"id": "x", "text": ""}', None, ""),
    ("blank_text", b'{"id": "x", "text": " \\n\\t "}', None, " \n\t "),
    ("nul_and_controls", b'{"id": "x", "text": "\\u0000\\u0007\xd0\x94\xd0\xb0"}', None,
     "\x00\x07Да"),
    ("non_russian", b'{"id": "x", "text": "The minister said talks would go on."}', None,
     "The minister said talks would go on."),
    ("deep_nesting", b"[" * 100_000 + b"]" * 100_000, "invalid_json", None),
]


@pytest.mark.parametrize("name,line,kind,text", BAD_LINES, ids=[c[0] for c in BAD_LINES])
def test_bad_jsonl_lines(tmp_path, name, line, kind, text):
    path = tmp_path / "in.jsonl"
    write_lines(path, [json.dumps(GOOD).encode(), line, json.dumps(GOOD).encode()])
    records = records_of(path)
    assert len(records) == 3
    assert records[0].error is None and records[2].error is None  # the run goes on
    record = records[1]
    if kind is None:
        assert record.error is None and record.text == text
    else:
        assert record.text is None and record.error.kind == kind and record.error.line == 2
        assert record.error.kind in ERROR_KINDS
        assert record.id in ("x", "in.jsonl:2")


def test_ids_and_meta(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, [json.dumps(GOOD, ensure_ascii=False).encode(), b"",
                       json.dumps({"text": "Без id", "meta": {"url": "u"}}).encode()])
    first, second = records_of(path)  # a blank line is not a record
    assert first.id == "a1" and first.meta == {"source": "ТАСС"}
    assert second.id == "in.jsonl:3" and second.meta == {"url": "u"} and second.line == 3


def test_custom_fields(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, [json.dumps({"url": "https://x.ru/1", "body": "Текст"}).encode()])
    (record,) = records_of(path, text_field="body", id_field="url")
    assert record.id == "https://x.ru/1" and record.text == "Текст"


def test_invalid_utf8_replaced_with_warning(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, [b'{"id": "x", "text": "\xff\xfe \xd0\x9c\xd0\xb8\xd1\x80"}'])
    (record,) = records_of(path)
    assert record.error is None and record.text == "\ufffd\ufffd Мир"
    assert "invalid UTF-8" in record.meta["warnings"][0]


def test_invalid_utf8_strict(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, [b'{"id": "x", "text": "\xff"}', json.dumps(GOOD).encode()])
    bad, good = records_of(path, unicode="strict")
    assert bad.error.kind == "invalid_unicode" and good.error is None


def test_invalid_utf8_text_file(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("Москва ".encode() + b"\xc3\x28")
    (record,) = records_of(path)
    assert record.id == "doc" and record.text.startswith("Москва ") and record.meta["warnings"]


def test_lone_surrogates_replaced_same_length(tmp_path):
    path = tmp_path / "in.jsonl"
    write_lines(path, [b'{"id": "x", "text": "a\\ud800b\\udfffc"}'])
    (record,) = records_of(path)
    assert record.text == "a\ufffdb\ufffdc"
    assert "surrogate" in record.meta["warnings"][0]
    assert repair_surrogates("ok") == ("ok", None)


def test_bom_and_gzip(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    (record,) = records_of(path)
    assert record.error is None and record.id == "a1"


def test_truncated_gzip_becomes_one_error_record(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    payload = gzip.compress(b"".join(json.dumps({"id": i, "text": "Текст " * 50}).encode()
                                     + b"\n" for i in range(200)))
    path.write_bytes(payload[: len(payload) // 2])
    records = records_of(path)
    assert records[-1].error.kind == "unreadable"
    assert all(r.error is None for r in records[:-1]) and len(records) > 1


def test_huge_line(tmp_path):
    """A 10 MB document on one JSONL line is read whole."""
    text = "Президент заявил, что переговоры продолжатся. " * 120_000
    path = tmp_path / "in.jsonl"
    write_lines(path, [json.dumps({"id": "big", "text": text}, ensure_ascii=False).encode()])
    assert path.stat().st_size > 10_000_000
    (record,) = records_of(path)
    assert record.text == text


def test_missing_input_fails_before_reading(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_inputs([str(tmp_path / "nope.jsonl")])


def test_directory_expansion(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.txt", "3.jsonl", "skip.md", "4.html"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in expand([str(tmp_path)])] == ["1.txt", "3.jsonl", "4.html", "2.txt"]


@pytest.mark.parametrize("data,kind", [
    (b'{"id": "s", "text": "\xd0\x94\xd0\xb0"}\n', "jsonl"),
    (b"\xd0\x94\xd0\xb0 \xd0\xbd\xd0\xb5\xd1\x82", "text"),
    (b"<html><body><p>x</p></body></html>", "html"),
])
def test_stdin_kinds(data, kind):
    (record,) = list(read_stdin(io.BufferedReader(io.BytesIO(data))))
    if kind == "jsonl":
        assert record.id == "s" and record.text == "Да"
    elif kind == "text":
        assert record.id == "stdin" and record.text == "Да нет"
    else:
        assert record.html is not None and record.text is None


def test_html_field_and_file(tmp_path):
    (tmp_path / "page.htm").write_bytes("<p>Текст</p>".encode("cp1251"))
    path = tmp_path / "in.jsonl"
    write_lines(path, [json.dumps({"id": "h", "html": "<p>x</p>", "url": "https://x.ru"}).encode(),
                       json.dumps({"id": "t", "text": "Текст", "html": "<p>x</p>"}).encode(),
                       json.dumps({"id": "n", "html": 5}).encode()])
    page, from_html, from_text, bad = list(read_inputs([str(tmp_path / "page.htm"), str(path)]))
    assert page.id == "page" and isinstance(page.html, bytes)  # trafilatura finds the charset
    assert from_html.html == "<p>x</p>" and from_html.meta == {"url": "https://x.ru"}
    assert from_text.text == "Текст" and from_text.html is None and "html" not in from_text.meta
    assert bad.error.kind == "invalid_text"


@pytest.mark.parametrize("text,expected", [
    ("", "empty text"), ("  \n", "blank"), ("a\x00b", "control"),
    ("The minister said the talks will continue next week.", "Cyrillic"),
])
def test_text_warnings(text, expected):
    assert any(expected in w for w in text_warnings(text))


def test_no_warnings_for_russian():
    assert text_warnings("Министр заявил, что переговоры продолжатся на следующей неделе.") == []


def test_dumps_keeps_lone_surrogates_exactly():
    line = dumps({"id": "a\ud800", "text": "Мир"})
    line.encode("utf-8")  # writable
    assert json.loads(line) == {"id": "a\ud800", "text": "Мир"}
    assert dumps({"text": "Мир"}) == '{"text":"Мир"}'


def test_parse_json_record_nested_meta_wins_less():
    record = parse_json_record('{"id": 1, "text": "x", "meta": {"a": 1, "b": 2}, "b": 3}', 1, "s")
    assert record.id == "1" and record.meta == {"a": 1, "b": 3}


# --------------------------------------------------------------------------- resume


def test_resume_state_cuts_partial_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id":"a","text":""}\n{"id":"b","error":{}}\n{"id":"c","te')
    state = prepare_resume(str(out))
    assert state.ids == ("a", "b") and state.truncated_bytes == len(b'{"id":"c","te')
    assert out.read_bytes().endswith(b'"error":{}}\n')


def test_resume_state_missing_file(tmp_path):
    assert prepare_resume(str(tmp_path / "new.jsonl")).ids == ()


@pytest.mark.parametrize("content", [b"hello\n", b'{"no_id": 1}\n', b'[1]\n'])
def test_resume_refuses_foreign_file(tmp_path, content):
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    with pytest.raises(ResumeError):
        prepare_resume(str(out))
    assert out.read_bytes() == content  # untouched


@pytest.mark.parametrize("target", ["-", "out.jsonl.gz"])
def test_resume_needs_plain_file(tmp_path, target):
    with pytest.raises(ResumeError):
        prepare_resume(target if target == "-" else str(tmp_path / target))


# --------------------------------------------------------------------------- html


def test_html_missing_extra_is_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    from rusnews_nlp.errors import ResourceError

    with pytest.raises(ResourceError, match=r"rusnews-nlp\[html\]"):
        html_module.extract("<p>x</p>")
    assert not html_module.available()


PAGE = """<html><head><meta charset="utf-8"><title>Песков прокомментировал переговоры</title>
<meta property="og:site_name" content="Вестник"><meta name="author" content="Анна Смирнова">
<meta property="article:published_time" content="2023-03-01T10:00:00+03:00"></head><body>
<nav><a href="/">Главная</a> <a href="/p">Политика</a> <a href="/e">Экономика</a></nav>
<article><h1>Песков прокомментировал переговоры</h1>
<p>Пресс-секретарь президента Дмитрий Песков заявил журналистам, что переговоры пока не дали
результата. По его словам, стороны продолжат консультации на следующей неделе в Женеве.</p>
<p>Ранее глава МИД Сергей Лавров отметил, что Москва открыта для диалога с партнерами.</p>
</article><footer>Все права защищены</footer></body></html>"""


@pytest.mark.skipif(not html_module.available(), reason="the html extra is not installed")
def test_html_extract():
    article = html_module.extract(PAGE.encode("utf-8"), url="https://example.ru/a")
    assert article.text.startswith("Песков прокомментировал переговоры\n")
    assert "Дмитрий Песков заявил" in article.text and "Главная" not in article.text
    assert article.meta == {"title": "Песков прокомментировал переговоры", "date": "2023-03-01",
                            "url": "https://example.ru/a", "sitename": "Вестник",
                            "author": "Анна Смирнова"}


@pytest.mark.skipif(not html_module.available(), reason="the html extra is not installed")
@pytest.mark.parametrize("page", ["", "   ", "<html></html>", "<<<>>>", "\x00<p>", b"\xff\xfe<"])
def test_html_without_article(page):
    with pytest.raises(html_module.HtmlExtractionError):
        html_module.extract(page)
