"""``rusnews-nlp render``: the HTML page, its marks, spacing, chrome zones; a Chromium screenshot."""

from __future__ import annotations

import html
import json
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("spacy")

from rusnews_nlp.annotations import (Cue, Document, Entity, Quote, Referent,  # noqa: E402
                                     Speaker, Zone)
from rusnews_nlp.cli import main  # noqa: E402
from rusnews_nlp.reports import render  # noqa: E402
from rusnews_nlp.reports.annotated import AnnotatedRecord, read_annotated  # noqa: E402

TEXT = ("Главное\nПолитика, 14:05 Газпром снизил цены\n"
        "Пресс-секретарь Кремля Дмитрий Песков заявил, что «диалог возможен».\n\n"
        "«Мы готовы к переговорам», — сказал он журналистам в Москве.\n"
        "По словам источника, встреча пройдёт в Минске.")


def span(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def make_doc(speaker_name: str = "Дмитрий Песков") -> Document:
    ents = [Entity("e1", *span("Газпром"), "Газпром", "ORG", "Газпром", "chrome"),
            Entity("e2", *span("Кремля"), "Кремля", "ORG", "Кремль"),
            Entity("e3", *span("Дмитрий Песков"), "Дмитрий Песков", "PER", "Дмитрий Песков"),
            Entity("e4", *span("Москве"), "Москве", "LOC", "Москва"),
            Entity("e5", *span("Минске"), "Минске", "LOC", "Минск")]
    peskov = Speaker(speaker_name, "PER", "r2", *span("Дмитрий Песков"), "Дмитрий Песков")
    he = Speaker(speaker_name, "PER", "r2", *span("он"), "он")
    quotes = [
        Quote("q1", *span("«диалог возможен»"), "«диалог возможен»", "mixed",
              Cue(*span("заявил"), "заявил", "заявить"), peskov),
        Quote("q2", *span("Мы готовы к переговорам"), "Мы готовы к переговорам", "direct",
              Cue(*span("сказал"), "сказал", "сказать"), he),
        Quote("q3", *span("встреча пройдёт в Минске"), "встреча пройдёт в Минске",
              "according_to", Cue(*span("По словам"), "По словам", "по словам"),
              Speaker(None, "UNNAMED", None, *span("источника"), "источника")),
    ]
    zones = [Zone(0, TEXT.index("Пресс") - 1, "navigation"),
             Zone(*span("Политика, 14:05"), "label")]
    referents = [Referent("r1", "ORG", "Кремль", ("e2",), "org:kremlin"),
                 Referent("r2", "PER", speaker_name, ("e3",), "per:peskov_dmitry")]
    return Document(TEXT, id="doc-1", meta={"url": "https://example.org/a"},
                    entities=tuple(ents), quotes=tuple(quotes), zones=tuple(zones),
                    referents=tuple(referents))


def record(doc: Document) -> AnnotatedRecord:
    return AnnotatedRecord(doc, doc.id, "test.jsonl", 1)


class TextOf(HTMLParser):
    """Visible text of the marked-up body, leaving out displaCy's labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if self.skip or ("class", "label") in attrs:
            self.skip += 1

    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    @classmethod
    def of(cls, markup: str) -> str:
        parser = cls()
        parser.feed(markup)
        return "".join(parser.parts)


def test_blocks_follow_lines_and_outer_zones():
    doc = make_doc()
    blocks = render.blocks(doc)
    assert [doc.text[b.start:b.end] for b in blocks][:3] == [
        "Главное", "Политика, 14:05 Газпром снизил цены",
        "Пресс-секретарь Кремля Дмитрий Песков заявил, что «диалог возможен»."]
    assert [b.zone.kind if b.zone else None for b in blocks] == \
        ["navigation", "navigation", None, None, None]  # the nested label zone is drawn inside


@pytest.mark.parametrize("line", [
    "Пресс-секретарь Кремля Дмитрий Песков заявил, что «диалог возможен».",
    "«Мы готовы к переговорам», — сказал он журналистам в Москве.",
    "По словам источника, встреча пройдёт в Минске.",
])
def test_rendered_text_keeps_original_spacing(line):
    doc = make_doc()
    (block,) = [b for b in render.blocks(doc) if doc.text[b.start:b.end] == line]
    markup = render.render_blocks(doc.text, [block], render.marks(doc))
    assert render.GLUE not in markup
    assert " ".join(html.unescape(TextOf.of(markup)).split()) == line


def test_displacy_input_spans_cover_exact_pieces():
    doc = make_doc()
    block = render.blocks(doc)[2]
    data = render.displacy_input(doc.text, block, render.marks(doc))
    pieces = [t.replace(render.GLUE, "") for t in data["tokens"]]
    assert "".join(pieces).replace(" ", "") == doc.text[block.start:block.end].replace(" ", "")
    by_label = {s["label"]: "".join(pieces[s["start_token"]:s["end_token"]])
                for s in data["spans"]}
    assert by_label["PER"] == "Дмитрий Песков"
    assert by_label["mixed · Дмитрий Песков"] == "«диалог возможен»"
    assert by_label["cue"] == "заявил"


def test_page_has_toc_marks_speakers_and_greyed_chrome():
    bad = AnnotatedRecord(None, "broken", "x.jsonl", 7, "x.jsonl:7: invalid JSON")
    page = render.render_html([record(make_doc()), bad], title="Тест <отчёт>")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "<title>Тест &lt;отчёт&gt;</title>" in page
    assert 'href="#doc-1"' in page and 'id="doc-1"' in page and 'href="#doc-2"' in page
    assert "x.jsonl:7: invalid JSON" in page
    for label in ("mixed · Дмитрий Песков", "direct · Дмитрий Песков",
                  "according_to · unnamed source", ">PER<", ">LOC<", ">cue<", ">speaker<"):
        assert label.strip("><") in page, label
    chrome = page[page.index('<div class="chrome"'):]
    chrome = chrome[:chrome.index('<div class="body">')]
    assert "page chrome · navigation" in chrome and "Газпром" in chrome
    assert "Дмитрий Песков" not in chrome
    assert "per:peskov_dmitry" in page  # KB ids listed under "Who is mentioned"
    assert "http" not in page.replace("https://example.org/a", "")  # self-contained


def test_labels_and_text_are_escaped():
    page = render.render_html([record(make_doc(speaker_name="<img src=x onerror=alert(1)>"))])
    assert "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_entity_marked_chrome_without_zones_is_grey():
    doc = make_doc().replace(zones=())
    chrome_marks = [m for m in render.marks(doc) if m.label.endswith("(chrome)")]
    assert [(m.label, m.color) for m in chrome_marks] == [("ORG (chrome)", render.CHROME_COLOR)]


def _write(path: Path, docs) -> Path:
    path.write_text("".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def test_cli_writes_one_page(tmp_path, capsys):
    source = _write(tmp_path / "in.jsonl", [make_doc(), make_doc().replace(id="doc-2")])
    out = tmp_path / "report.html"
    assert main(["render", str(source), "-o", str(out), "--title", "Сводка"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 2 and "<h1>Сводка</h1>" in page
    assert main(["render", str(source), "--limit", "1"]) == 0
    assert capsys.readouterr().out.count('<section class="doc"') == 1


# --------------------------------------------------------------------------- Chromium


def decode_png(data: bytes) -> np.ndarray:
    """Pixels (height x width x channels) of an 8-bit RGB/RGBA non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header  # type: ignore[misc]
    assert depth == 8 and color in (2, 6) and interlace == 0
    channels = 3 if color == 2 else 4
    stride = width * channels
    raw = np.frombuffer(zlib.decompress(b"".join(idat)), dtype=np.uint8)
    raw = raw.reshape(height, stride + 1)
    out = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        kind, row = raw[y, 0], raw[y, 1:].copy()
        if kind == 1:  # Sub: running sum per channel, modulo 256
            row = np.cumsum(row.reshape(width, channels), axis=0, dtype=np.uint8).reshape(-1)
        elif kind == 2:  # Up
            row = row + prev
        elif kind in (3, 4):  # Average, Paeth: sequential, in plain ints
            r, up = row.tolist(), prev.tolist()
            for i in range(stride):
                a = r[i - channels] if i >= channels else 0
                b = up[i]
                if kind == 3:
                    r[i] = (r[i] + ((a + b) >> 1)) & 255
                    continue
                c = up[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                r[i] = (r[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            row = np.array(r, dtype=np.uint8)
        out[y] = row
        prev = row
    return out.reshape(height, width, channels)


def color_count(pixels: np.ndarray, hex_color: str) -> int:
    target = np.frombuffer(bytes.fromhex(hex_color.lstrip("#")), dtype=np.uint8)
    return int(np.all(pixels[..., :3] == target, axis=-1).sum())


def screenshot(page: str, tmp_path: Path, name: str) -> np.ndarray:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    html_path = tmp_path / f"{name}.html"
    html_path.write_text(page, encoding="utf-8")
    png = tmp_path / f"{name}.png"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
         "--force-device-scale-factor=1", f"--screenshot={png}", "--window-size=1000,1500",
         html_path.as_uri()],
        check=True, capture_output=True, timeout=120)
    return decode_png(png.read_bytes())


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="chromium is not installed (CI installs it)")
def test_chromium_draws_marks_and_greys_chrome(tmp_path, monkeypatch):
    # The only ORG entity left is "Газпром", in the navigation chrome: it must be drawn grey.
    doc = make_doc()
    doc = doc.replace(entities=tuple(e for e in doc.entities if e.id != "e2"))
    marked = screenshot(render.render_html([record(doc)]), tmp_path, "marked")
    assert marked.shape[:2] == (1500, 1000)
    monkeypatch.setattr(render, "marks", lambda doc: [])  # the same page without text marks
    plain = screenshot(render.render_html([record(doc)]), tmp_path, "plain")

    def drawn(color: str) -> int:
        return color_count(marked, color) - color_count(plain, color)

    for color in (render.ENTITY_COLORS["PER"], render.ENTITY_COLORS["LOC"],
                  render.QUOTE_COLORS["direct"], render.QUOTE_COLORS["mixed"],
                  render.QUOTE_COLORS["according_to"], render.CUE_COLOR,
                  render.SPEAKER_COLOR):
        assert drawn(color) > 150, color  # a label and a bar under the words
    assert drawn(render.ENTITY_COLORS["ORG"]) < 20


@pytest.mark.slow
def test_seeds_render(shared_dir, nlp, tmp_path):
    docs = list(nlp.pipe(Document(p.read_text(encoding="utf-8"), id=p.stem)
                         for p in sorted((shared_dir / "seeds").glob("*.txt"))))
    source = _write(tmp_path / "seeds.jsonl", docs)
    out = tmp_path / "seeds.html"
    assert main(["render", str(source), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == len(docs) == 2
    assert page.count('class="chrome"') >= 2
    for doc in docs:
        for quote in doc.quotes:
            assert html.escape(render.speaker_label(quote)) in page
    records = list(read_annotated([str(source)]))
    assert all(r.document is not None for r in records)
