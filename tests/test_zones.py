"""Page chrome in scraped text: line rules, block rules, labels, the flag stage, the seeds.

The small pages here are written for these tests; the seed pages are read from ../shared and
compared with the annotators' ``ignore`` ranges (the tests skip when ../shared is absent).
"""

from __future__ import annotations

import json
import re
import time

import pytest

from rusnews_nlp.annotations import Cue, Document, Entity, Quote, Referent, Speaker, Zone
from rusnews_nlp.text.zones import (ZoneFlagger, ZoneIndex, classify_line, detect,
                               feed_item_label, find_zones, split_lines)

PAGE = """\
Перейти к содержанию
Экономика ,
12

Минфин пообещал не повышать налоги в следующем году

Антон Силуанов на заседании
Антон Силуанов на заседании (Фото: minfin.gov.ru)

Министр финансов Антон Силуанов заявил, что правительство не будет повышать налоги. По его словам, бюджет сбалансирован.

Читайте также: Набиуллина рассказала о планах ЦБ на осень

Глава ведомства также отметил, что дефицит бюджета сократится.

Силуанов назвал риски для экономики в 2025 году
Экономика
Фото: Иван Иванов / ТАСС

Он добавил, что решения будут приняты до конца месяца.

Теги
Лента новостей
Курс юаня на 5 марта
CNY ЦБ: 12,41 (+0,3)
Финансы, 4 мар, 18:05
В Казани открыли новый мост через рекуОбщество,\u00a014:05
Скидка на подписку 50%
Оформить подписку
Сборная России сыграет с командой СербииСпорт,\u00a013:58
Путин провел совещание с членами правительстваПолитика,\u00a013:40
"""


def covering(zones, text: str, needle: str) -> set[str]:
    """Kinds of the zones that cover every character of ``needle`` (its first occurrence)."""
    start = text.index(needle)
    end = start + len(needle)
    return {z.kind for z in zones if z.start <= start and end <= z.end}


def touching(zones, text: str, needle: str) -> set[str]:
    start = text.index(needle)
    end = start + len(needle)
    return {z.kind for z in zones if z.start < end and start < z.end}


@pytest.mark.parametrize("needle,kind", [
    ("Перейти к содержанию", "navigation"),
    ("Экономика ,", "navigation"),
    ("12", "navigation"),
    ("Антон Силуанов на заседании\nАнтон Силуанов на заседании (Фото: minfin.gov.ru)", "caption"),
    ("Читайте также: Набиуллина рассказала о планах ЦБ на осень", "related"),
    ("Силуанов назвал риски для экономики в 2025 году\nЭкономика\nФото: Иван Иванов / ТАСС",
     "teaser"),
    ("Теги", "navigation"),
    ("Курс юаня на 5 марта\nCNY ЦБ: 12,41 (+0,3)", "market"),
    ("В Казани открыли новый мост через рекуОбщество,\u00a014:05", "feed"),
    ("Скидка на подписку 50%\nОформить подписку", "ad"),
    ("Путин провел совещание с членами правительстваПолитика,\u00a013:40", "feed"),
])
def test_chrome_found(needle, kind):
    zones = find_zones(PAGE)
    assert kind in covering(zones, PAGE, needle)


@pytest.mark.parametrize("needle", [
    "Минфин пообещал не повышать налоги в следующем году",  # the headline
    "Министр финансов Антон Силуанов заявил",
    "Глава ведомства также отметил, что дефицит бюджета сократится.",
    "Он добавил, что решения будут приняты до конца месяца.",
])
def test_article_intact(needle):
    assert touching(find_zones(PAGE), PAGE, needle) == set()


@pytest.mark.parametrize("needle", [
    "Экономика ,", "12", "Теги", "Лента новостей", "Финансы, 4 мар, 18:05",
    "Общество,\u00a014:05", "Спорт,\u00a013:58", "Политика,\u00a013:40",
])
def test_labels(needle):
    assert "label" in covering(find_zones(PAGE), PAGE, needle)


@pytest.mark.parametrize("line,label", [
    ("Большой театр покажет балет в кинотеатрахОбщество,\u00a014:05", "Общество,\u00a014:05"),
    ("Почему роскошь любит тишинуРБК и Партнер,\u00a013:46", "РБК и Партнер,\u00a013:46"),
    ("Путин заявил о начале производства «Орешника»Политика,\u00a013:41", "Политика,\u00a013:41"),
    ("Инвестиции, 27 ноя, 18:05", "Инвестиции, 27 ноя, 18:05"),
    ("Цены на бензин выросли за неделю Экономика, 12:30", "Экономика, 12:30"),
    ("14:05 Путин прибыл в Минск с рабочим визитом", "14:05"),
])
def test_feed_item_label(line, label):
    (parsed,) = [ln for ln in split_lines(line) if ln is not None]
    assert classify_line(parsed).rule == "feed_item"
    start, end = feed_item_label(parsed)
    assert line[start:end] == label


@pytest.mark.parametrize("line,rule", [
    ("Перейти к основному контенту", "navigation_phrase"),
    ("Читайте также", "section_heading"),
    ("Другие новости:", "section_heading"),
    # a wiki article's list of sources, its edit link scraped with it
    ("Источники", "section_heading"),
    ("Источники править", "section_heading"),
    ("Ссылки [править | править код]", "section_heading"),
    ("0", "counter"),
    ("Политика", "rubric"),
    ("Фото: пресс-служба губернатора", "photo_credit"),
    ("Фото:Иван Петров / Getty Images", "photo_credit"),
    ("Мэр Москвы Сергей Собянин (Фото: mos.ru)", "photo_credit"),
    ("USD ЦБ: 91,20 (-0,15)", "market"),
    ("Тариф от 299 ₽ в месяц", "market"),
    ("Купить со скидкой", "promo"),
    ("Видео недоступно при нулевом балансе", "widget_message"),
    ("Министр заявил, что бюджет сбалансирован.", "prose"),
    ("Минфин пообещал не повышать налоги", "headline_like"),
    # a time inside prose is not a feed item; a price inside prose is not a widget
    ("Заседание началось в 14:05, сообщили в пресс-службе.", "prose"),
    ("Цена литра бензина выросла до 60 ₽, сообщил Росстат.", "prose"),
])
def test_line_rules(line, rule):
    (parsed,) = [ln for ln in split_lines(line) if ln is not None]
    assert classify_line(parsed).rule == rule


def test_headline_is_protected():
    """The first line that is not chrome by itself stays article, whatever follows it."""
    text = "Путин прибыл в Минск с рабочим визитом\nФото: пресс-служба Кремля\n\nТекст статьи."
    zones = find_zones(text)
    assert touching(zones, text, "Путин прибыл в Минск") == set()
    assert covering(zones, text, "Фото: пресс-служба Кремля") == {"caption"}


def test_flattened_page_feed_part():
    """A page flattened into one line: the feed run at its end is chrome, the prose is not."""
    text = ("Министр заявил, что переговоры продолжатся на следующей неделе. "
            "Другие новости. В Казани открыли мост Сегодня в 11:17 Пожар в Омске потушили "
            "Сегодня в 10:02 В Сочи выпал снег Вчера в 23:35")
    zones = find_zones(text)
    assert touching(zones, text, "Министр заявил, что переговоры") == set()
    assert "feed" in covering(zones, text, "Пожар в Омске потушили")
    assert "label" in covering(zones, text, "Вчера в 23:35")


def test_trace_names_rules():
    trace = detect(PAGE)
    assert set(trace.rules.values()) >= {"navigation_phrase", "caption_block", "feed_item",
                                          "market", "promo"}
    assert PAGE.split("\n")[trace.title_line].startswith("Минфин пообещал")


@pytest.mark.parametrize("text", ["", "\n\n\n", " ", "Политика", "\x00\x01", "а" * 10_000,
                                  "Фото:", "14:05", "«»" * 100, "\u00a0,\n0\u00a0"])
def test_zones_inside_text(text):
    for zone in find_zones(text):
        assert 0 <= zone.start < zone.end <= len(text)
        assert text[zone.start:zone.end].strip()


def test_zone_index():
    index = ZoneIndex([Zone(10, 20, "feed"), Zone(0, 3, "navigation")])
    assert index.overlaps(2, 5) and index.overlaps(19, 30) and index.overlaps(12, 12)
    assert not index.overlaps(3, 10) and not index.overlaps(20, 25) and not index.overlaps(5, 5)


def test_flag_stage():
    text = "Навальный\nСпорт\nЛавров заявил, что переговоры идут."
    ents = (Entity("e1", 0, 9, "Навальный", "PER"), Entity("e2", 10, 15, "Спорт", "ORG"),
            Entity("e3", 16, 22, "Лавров", "PER"))
    speaker = Speaker("Сергей Лавров", "PER", "r3", 16, 22, "Лавров")
    quotes = (Quote("q1", 37, 50, text[37:50], "indirect", Cue(23, 36, text[23:36], "заявить"),
                    speaker),)
    refs = (Referent("r1", "PER", "Навальный", ("e1",)), Referent("r2", "ORG", "Спорт", ("e2",)),
            Referent("r3", "PER", "Сергей Лавров", ("e3",)))
    doc = Document(text, entities=ents, quotes=quotes, referents=refs,
                   zones=(Zone(0, 15, "navigation"), Zone(10, 15, "label")))
    out = ZoneFlagger()([doc])[0]
    assert [(e.id, e.zone) for e in out.entities] == [("e1", "chrome"), ("e3", None)]
    assert [r.id for r in out.referents] == ["r1", "r3"]
    assert out.quotes[0].zone is None
    kept = ZoneFlagger(drop_labels=False)([doc])[0]
    assert [(e.id, e.zone) for e in kept.entities] == [("e1", "chrome"), ("e2", "chrome"),
                                                         ("e3", None)]


def test_flag_quote_in_chrome():
    text = "Читайте также: Песков заявил, что Кремль готов\n\nТекст."
    quote = Quote("q1", 34, 46, text[34:46], "indirect", None, None)
    doc = Document(text, quotes=(quote,), zones=find_zones(text))
    assert ZoneFlagger()([doc])[0].quotes[0].zone == "chrome"


@pytest.mark.parametrize("unit", ["Политика\n", "Перейти к содержанию\n0\n",
                                  "Заголовок новостиОбщество,\u00a014:05\n",
                                  "Сегодня в 11:17 Заголовок ", "Фото: ТАСС\n\n", "\n"])
def test_linear_time(unit):
    """Zone detection on ~1M characters of one repeated chrome pattern takes well under a
    few seconds and scales linearly."""
    small, large = unit * (250_000 // len(unit)), unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    find_zones(small)
    t_small = time.perf_counter() - started
    started = time.perf_counter()
    find_zones(large)
    t_large = time.perf_counter() - started
    assert t_large < 10
    assert t_large < 4 * t_small * 3 + 0.5  # 4x the input, allowing noise


# --------------------------------------------------------------------------- the seeds


def _seeds(shared_dir):
    gold = [json.loads(line) for line in
            (shared_dir / "gold" / "seeds.quotes.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for record in gold:
        text = (shared_dir / "seeds" / f"{record['doc']}.txt").read_text(encoding="utf-8")
        yield record, text


def _chars(text: str, ranges) -> set[int]:
    return {i for a, b in ranges for i in range(a, b) if not text[i].isspace()}


def test_seed_zones_match_ignore_ranges(shared_dir):
    """The detector's chrome vs the annotators' ``ignore`` ranges, in non-space characters."""
    for record, text in _seeds(shared_dir):
        zones = find_zones(text)
        ours = _chars(text, [(z.start, z.end) for z in zones])
        gold = _chars(text, record["ignore"])
        assert len(ours & gold) / len(gold) >= 0.95, record["doc"]
        assert len(ours & gold) / len(ours) >= 0.95, record["doc"]
        for quote in record["quotes"]:  # the article's quotes are never chrome
            assert not touching_range(zones, quote["start"], quote["end"]), quote


def touching_range(zones, start: int, end: int) -> bool:
    return any(z.start < end and start < z.end for z in zones)


JUNK = re.compile(r"[а-яё»][А-ЯЁ]|^(?:Сегодня|Вчера)$|\b(?:Сегодня|Вчера)\b")


@pytest.mark.slow
def test_seed_entities_flagged_and_no_junk(shared_dir, nlp):
    """On both seeds no entity or quote overlapping page chrome comes out unflagged, and the
    glued feed headlines give no junk entities (glued words, rubrics, time words)."""
    for record, text in _seeds(shared_dir):
        doc = nlp(text)
        for ent in doc.entities:
            in_chrome = touching_range(record_zones(record), ent.start, ent.end)
            assert not in_chrome or ent.zone == "chrome", (record["doc"], ent)
            assert not JUNK.search(ent.text), (record["doc"], ent)
            labels = [z for z in doc.zones if z.kind == "label"]  # rubrics, times, counters
            assert not touching_range(labels, ent.start, ent.end), (record["doc"], ent)
        for quote in doc.quotes:
            if touching_range(record_zones(record), quote.start, quote.end):
                assert quote.zone == "chrome", (record["doc"], quote)
        assert any(e.zone == "chrome" for e in doc.entities)
        assert any(e.zone is None for e in doc.entities)


def record_zones(record) -> list[Zone]:
    return [Zone(a, b, "ignore") for a, b in record["ignore"]]
