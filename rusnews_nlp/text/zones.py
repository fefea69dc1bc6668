"""Page chrome in scraped plain text: menus, captions, feed lists, prices, ads.

Users feed raw scrapes. Around the article they carry the site's furniture: skip links and
rubric names, photo captions and credits, teasers of other articles, "Читайте также", currency
widgets, promo lines, and feed lists whose headlines are glued to their rubric and time
(``…в кинотеатрахОбщество, 14:05``). Entities and quotes found there are not the article's.

The detector works on lines, from the raw text only, in three passes:

1. every line gets a class from ``LINE_RULES`` (ordered, first match wins; tables of markers
   below);
2. block rules (``BLOCK_RULES``) look at runs of non-blank lines: a caption block around a
   photo credit, a teaser (headline + rubric line), a section opened by "Лента новостей", a
   run of feed items;
3. same-kind neighbours separated only by whitespace merge into one ``Zone``.

The article's headline (the first line that is not chrome by itself) is never taken by a block
rule, and prose lines (ending with sentence punctuation, or long) are never chrome unless a
line rule names them. Inside chrome, ``label`` zones mark the rubric names, time stamps and
counters; they nest in the zone they belong to. Every zone is chrome.

``flag_zones`` (the last stage) sets ``zone="chrome"`` on entities and quotes that overlap a
zone, and drops entities that overlap a ``label``: a rubric or a time stamp is never a name
(``Общество`` ORG, ``Вчера`` PER, ``Днепру Сегодня`` LOC are what NER makes of them).

Cost is linear in the text: each line is looked at a bounded number of times, and regexes only
see a bounded head or tail of a line, or scan it with patterns that cannot backtrack.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from ..annotations import Document, Entity, Quote, Referent, Zone
from ..registry import register

#: Zone kinds. All are chrome; ``label`` nests inside another zone.
ZONE_KINDS = ("navigation", "caption", "teaser", "related", "feed", "market", "ad", "label")

CHROME = "chrome"

#: Lines longer than this are never headline-like (and most line rules ignore them).
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
#: How much of a line's head/tail the anchored rules look at.
WINDOW = 160

# --------------------------------------------------------------------------- marker tables

#: Whole lines (case-folded, trailing ``:,.`` and spaces removed) that are site navigation.
NAVIGATION_LINES = frozenset("""
перейти к основному контенту|перейти к содержанию|перейти к основному содержанию|к содержанию
|главная|главная страница|меню|поиск|найти|войти|вход|регистрация|выйти|личный кабинет
|подписаться|подпишитесь|поделиться|поделитесь|скопировать ссылку|ссылка скопирована
|версия для печати|распечатать|наверх|свернуть|развернуть|показать еще|показать ещё
|загрузить еще|загрузить ещё|читать далее|читать полностью|подробнее|все новости|все материалы
|комментарии|комментировать|оставить комментарий|добавить в избранное|в избранное
|сообщить об ошибке|нашли ошибку|обсудить|следите за новостями|мы в соцсетях
""".replace("\n", "").split("|"))

#: Headings that open a chrome section; the rest of their block (and a lone headline-like
#: block right after a lone heading) is chrome of the given kind.
SECTION_HEADINGS: Mapping[str, str] = {
    "читайте также": "related", "читайте еще": "related", "читайте ещё": "related",
    "смотрите также": "related", "см. также": "related", "по теме": "related",
    "материалы по теме": "related", "похожие новости": "related", "похожие материалы": "related",
    "рекомендуем": "related", "вам может быть интересно": "related", "еще по теме": "related",
    "ещё по теме": "related", "другие новости": "feed", "лента новостей": "feed",
    "последние новости": "feed", "главные новости": "feed", "новости дня": "feed",
    "главное": "feed", "главное за день": "feed", "популярное": "feed", "самое читаемое": "feed",
    "самое популярное": "feed", "самое интересное": "feed", "выбор редакции": "feed",
    "новости партнеров": "ad", "новости партнёров": "ad", "реклама": "ad", "партнерский материал": "ad",
    "теги": "navigation", "метки": "navigation", "темы": "navigation", "тэги": "navigation",
    # a wiki article's closing lists: the articles it was written from, links, notes
    "источники": "related", "ссылки": "related", "примечания": "related",
}

#: Site rubrics (section names) seen alone on a line or glued before a feed item's time.
RUBRICS = frozenset("""
политика|общество|экономика|бизнес|финансы|инвестиции|рынки|спорт|культура|наука|технологии
|технологии и медиа|медиа|мир|в мире|россия|в россии|страна|регионы|москва|происшествия
|проишествия|криминал|авто|крипто|недвижимость|здоровье|стиль|путешествия|туризм|образование
|армия|оборона|безопасность|шоу-бизнес|кино|музыка|интервью|мнения|мнение|колонки|колумнисты
|аналитика|отрасли|новости|события|экология|климат|энергетика|телеком|игры|наука и техника
|спецоперация|бывший ссср|украина|лайфстайл|семья|погода|фото|видео|инфографика|тесты
""".replace("\n", "").split("|"))

#: Player and widget messages that can stand anywhere in a scrape.
WIDGET_MESSAGES = re.compile(
    r"видео недоступно|ваш браузер не поддерживает|включите javascript|"
    r"для просмотра (?:видео|контента)|загрузка\.\.\.|реклама\s*\d+\+", re.IGNORECASE)

#: A photo/video credit at the start of a line: ``Фото:``, ``Фото: ТАСС``, ``Видео —``.
CREDIT_HEAD = re.compile(
    r"(?:фото|фотография|видео|иллюстрация|изображение|инфографика|кадр|скриншот|коллаж|"
    r"источник фото|photo|image|credit)\s{0,3}(?:[:—–-]|\s(?=\S))", re.IGNORECASE)
#: A credit at the end of a short line: ``… (Фото: kremlin.ru)``, ``… / Getty Images``.
CREDIT_TAIL = re.compile(
    r"(?:\((?:фото|photo|видео|источник)\s{0,3}:[^()\n]{1,80}\)|"
    r"/\s{0,3}(?:getty images|reuters|afp|ap photo|epa|ap|тасс|риа новости|global look press|"
    r"коммерсантъ|интерфакс|shutterstock|east news|legion-media|pixabay|unsplash)[^/\n]{0,20})"
    r"[\s.]{0,3}$", re.IGNORECASE)

#: Currency and market widgets; only on short lines.
MARKET = re.compile(
    r"\b(?:USD|EUR|CNY|GBP|JPY|CHF|BTC|ETH|Brent|WTI|MOEX|IMOEX|RTSI|РТС|ММВБ)\b[^\n]{0,30}\d|"
    r"\d[\d\s\u00a0]{0,12}(?:[.,]\d{1,2})?\s?(?:₽|руб\.|\$|€)|[₽$€]\s?\d|"
    r"\(\s?[+−–-]\s?\d{1,6}(?:[.,]\d{1,4})?\s?%?\s?\)\s*$|"
    r"^курс\s(?:евро|доллара|юаня|рубля|биткоина|валют)", re.IGNORECASE)

#: Promo and advertising lines; only on short lines without sentence punctuation.
PROMO = re.compile(
    r"(?<!\w)(?:скидк\w*|купить|купите|выгод\w*|промокод\w*|подписк\w*|подпишись|реклама|erid|"
    r"распродаж\w*|спецпредложени\w*|бесплатн\w*|оформить|оформите|успейте|акция|кешбэк|"
    r"кэшбэк)(?!\w)", re.IGNORECASE)

#: A feed item's tail: ``, 14:05`` / ``, 27 ноя, 18:05`` / `` Сегодня в 11:17`` / ``, 27 ноября в 9:30``.
_DATE = r"(?:\d{1,2}\s[а-яё]{3,8}\.?(?:\s\d{4})?|сегодня|вчера|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
FEED_TAIL = re.compile(
    rf"(?:,[\s\u00a0]{{0,2}}(?:{_DATE}(?:,[\s\u00a0]{{0,2}}|\s{{1,2}}в\s{{1,2}}))?|"
    rf"[\s\u00a0]{{1,3}}{_DATE}\s{{1,2}}в\s{{1,2}})\d{{1,2}}:\d{{2}}[\s\u00a0]{{0,3}}$", re.IGNORECASE)
#: A feed item that starts with its time: ``14:05 Путин прибыл в Минск``.
FEED_HEAD = re.compile(r"\d{1,2}:\d{2}[\s\u00a0|·•—–-]{1,4}(?=[«\"A-ZА-ЯЁ])")
#: Inline feed stamps inside one long line of headlines (``… Сегодня в 11:17 Нападавшие …``).
FEED_STAMP = re.compile(
    r"(?<!\w)(?:Сегодня|Вчера|\d{1,2}\s(?:января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря))\s{1,2}в\s{1,2}\d{1,2}:\d{2}(?!\d)")
#: Feed items in one line: stamps at most this far apart form a run.
FEED_ITEM_MAX_CHARS = 250
#: Where a rubric glued to its headline starts: a lower-case letter, digit or closing mark
#: immediately followed by a capital (``кинотеатрахОбщество``, ``«Орешника»Политика``).
GLUE_POINT = re.compile(r"(?<=[a-zа-яё0-9»\"”)!?])(?=[A-ZА-ЯЁ])")

#: Counters (views, comments, likes): a short line of digits.
COUNTER = re.compile(r"[\d\s.,:/+×kKкКмМ]{1,8}")

#: Sentence-final punctuation (a line ending with it is prose, not a headline).
_FINAL = ".!?…;"
_CLOSERS = "»\"”’')]"

# --------------------------------------------------------------------------- lines


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: ``[start, end)`` of its content without surrounding whitespace."""

    index: int
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """The line case-folded, trailing separators and a wiki's edit link removed
        (``Источники [править | править код]``): the form tables are keyed by."""
        key = self.text.casefold().rstrip(" \u00a0\t:,.|·•—–-").strip()
        return _EDIT_LINK.sub("", key) or key


#: A wiki heading's edit link scraped after it: ``Источники править``, ``Ссылки [править |
#: править код]``.
_EDIT_LINK = re.compile(r"\s*\[?\s*править(?:\s*\|\s*править\s+код)?\s*\]?$")


def split_lines(text: str) -> list[Line | None]:
    """Lines of ``text`` (``None`` for blank ones), content offsets exact."""
    out: list[Line | None] = []
    pos = 0
    size = len(text)
    index = 0
    while pos <= size:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = size
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(Line(index, start, start + len(stripped), stripped))
        else:
            out.append(None)
        index += 1
        pos = nl + 1
    return out


def is_headline_like(text: str) -> bool:
    """Short, has a letter, no final sentence punctuation: a headline, caption or menu item."""
    if len(text) > HEADLINE_MAX_CHARS or not any(ch.isalpha() for ch in text[:WINDOW]):
        return False
    if text.count(" ") + 1 > HEADLINE_MAX_WORDS:
        return False
    return text.rstrip(_CLOSERS)[-1:] not in _FINAL


def is_rubric(key: str) -> bool:
    return key in RUBRICS


# --------------------------------------------------------------------------- line rules


@dataclass(frozen=True, slots=True)
class LineClass:
    """What a line is: ``kind`` is a zone kind (``None`` for article text), ``rule`` the trace."""

    rule: str
    kind: str | None
    headline_like: bool = False
    opens: str | None = None  # a section heading opens a chrome section of this kind


def _short(line: Line) -> bool:
    return len(line.text) <= HEADLINE_MAX_CHARS


def heading_kind(line: Line) -> str | None:
    """The section kind if the line is a heading (``Читайте также``, ``Лента новостей:``)."""
    if not _short(line):
        return None
    key = line.key
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    head, sep, _ = line.text.partition(":")  # «Читайте также: <teaser>»
    if sep and head.casefold().strip() in SECTION_HEADINGS:
        return SECTION_HEADINGS[head.casefold().strip()]
    return None


def _feed_item(line: Line) -> bool:
    """A headline with its rubric/time tail (``…Общество, 14:05``) or time head (``14:05 …``)."""
    if not _short(line) or not any(ch.isalpha() for ch in line.text):
        return False
    if len(FEED_STAMP.findall(line.text)) > 1:
        return False  # several items in one line: ``feed_runs``
    tail = FEED_TAIL.search(line.text)
    if tail is not None:
        rest = line.text[:tail.start()]
        return not rest or is_headline_like(rest)
    head = FEED_HEAD.match(line.text)
    return head is not None and is_headline_like(line.text[head.end():])


def feed_runs(line: Line) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Runs of inline feed stamps in one line: ``(start, end, stamps)`` in text offsets.

    Stamps at most ``FEED_ITEM_MAX_CHARS`` apart form a run; two or more make a feed. The run
    starts where the first item's headline does: after the last sentence end before it, or at
    the line start; it ends with the last stamp.
    """
    runs: list[list[tuple[int, int]]] = []
    for match in FEED_STAMP.finditer(line.text):
        stamp = (match.start(), match.end())
        if runs and stamp[0] - runs[-1][-1][1] <= FEED_ITEM_MAX_CHARS:
            runs[-1].append(stamp)
        else:
            runs.append([stamp])
    out = []
    for stamps in runs:
        if len(stamps) < 2:
            continue
        first = stamps[0][0]
        window_start = max(0, first - FEED_ITEM_MAX_CHARS)
        before = line.text[window_start:first]
        start = 0 if window_start == 0 else first
        for position in range(len(before) - 2, -1, -1):
            if before[position] in _FINAL and before[position + 1].isspace():
                start = window_start + position + 2
                break
        out.append((line.start + start, line.start + stamps[-1][1],
                    [(line.start + a, line.start + b) for a, b in stamps]))
    return out


def _feed_line(line: Line) -> bool:
    runs = feed_runs(line)
    return len(runs) == 1 and runs[0][0] == line.start and runs[0][1] == line.end


#: Ordered line rules ``(name, kind, test)``: the first that matches classifies the line.
LINE_RULES: tuple[tuple[str, str, Callable[[Line], bool]], ...] = (
    ("navigation_phrase", "navigation", lambda ln: _short(ln) and ln.key in NAVIGATION_LINES),
    ("section_heading", "(heading)", lambda ln: heading_kind(ln) is not None),
    ("counter", "navigation", lambda ln: len(ln.text) <= 8 and COUNTER.fullmatch(ln.text) is not None),
    ("rubric", "navigation", lambda ln: _short(ln) and is_rubric(ln.key)),
    ("widget_message", "navigation",
     lambda ln: _short(ln) and WIDGET_MESSAGES.search(ln.text) is not None),
    ("photo_credit", "caption", lambda ln: _short(ln) and (
        CREDIT_HEAD.match(ln.text[:WINDOW]) is not None
        or CREDIT_TAIL.search(ln.text[-WINDOW:]) is not None)),
    ("feed_line", "feed", _feed_line),
    ("feed_item", "feed", _feed_item),
    ("market", "market", lambda ln: len(ln.text) <= 80 and _headline_or_numeric(ln)
     and MARKET.search(ln.text) is not None),
    ("promo", "ad", lambda ln: len(ln.text) <= 80 and is_headline_like(ln.text)
     and PROMO.search(ln.text) is not None),
)


def _headline_or_numeric(line: Line) -> bool:
    """No final punctuation, or a number ends the line (``113,09 (+2,6)``)."""
    text = line.text.rstrip(_CLOSERS)
    return text[-1:] not in _FINAL or text[-2:-1].isdigit()


def classify_line(line: Line) -> LineClass:
    """The first matching rule of ``LINE_RULES``; otherwise headline-like text or prose."""
    for name, kind, test in LINE_RULES:
        if test(line):
            if name == "section_heading":
                opened = heading_kind(line)
                return LineClass(name, opened, headline_like=True, opens=opened)
            return LineClass(name, kind, headline_like=True)
    if is_headline_like(line.text):
        return LineClass("headline_like", None, headline_like=True)
    return LineClass("prose", None)


# --------------------------------------------------------------------------- labels


def line_labels(line: Line, cls: LineClass) -> list[tuple[int, int]]:
    """Label ranges inside a chrome line: rubric names, time stamps, counters, headings."""
    if cls.rule in ("rubric", "counter"):
        return [(line.start, line.end)]
    if cls.rule == "section_heading":
        if line.key in SECTION_HEADINGS:
            return [(line.start, line.end)]
        return [(line.start, line.start + line.text.index(":"))]  # «Читайте также: …»
    if cls.rule == "feed_line":
        return [stamp for run in feed_runs(line) for stamp in run[2]]
    if cls.rule == "feed_item":
        return [feed_item_label(line)]
    return []


def feed_item_label(line: Line) -> tuple[int, int]:
    """The rubric + time of a feed item: ``Общество, 14:05`` in ``…в кинотеатрахОбщество, 14:05``
    (from the last glue point), a known rubric before the time, the whole of a bare
    ``Инвестиции, 27 ноя, 18:05``, or the time of ``14:05 Заголовок``."""
    match = FEED_TAIL.search(line.text)
    if match is None:
        head = FEED_HEAD.match(line.text)
        if head is None:
            return line.start, line.start
        return line.start, line.start + len(head.group().rstrip(" \u00a0|·•—–-"))
    cut = match.start()
    prefix = line.text[:cut]
    window = prefix[-48:]
    glue = None
    for glue in GLUE_POINT.finditer(window):
        pass
    if glue is not None:
        return line.start + cut - len(window) + glue.start(), line.end
    words = prefix.split()
    if len(words) <= 3:  # the whole line is a label («Инвестиции, 27 ноя, 18:05»)
        return line.start, line.end
    for n in (3, 2, 1):
        candidate = " ".join(words[-n:])
        if is_rubric(candidate.casefold()):
            return line.start + prefix.rindex(candidate), line.end
    lead = len(match.group()) - len(match.group().lstrip(" ,\u00a0\t"))
    return line.start + cut + lead, line.end


# --------------------------------------------------------------------------- blocks


@dataclass
class _State:
    lines: list[Line | None]
    classes: dict[int, LineClass]
    kinds: dict[int, str]          # line index -> zone kind
    rules: dict[int, str]          # line index -> rule that made it chrome (the trace)
    title: int | None

    def blocks(self) -> list[list[Line]]:
        out: list[list[Line]] = []
        block: list[Line] = []
        for line in self.lines:
            if line is None:
                if block:
                    out.append(block)
                block = []
            else:
                block.append(line)
        if block:
            out.append(block)
        return out

    def cls(self, line: Line) -> LineClass:
        return self.classes[line.index]

    def free(self, line: Line) -> bool:
        """Not yet chrome and not the protected headline."""
        return line.index not in self.kinds and line.index != self.title

    def mark(self, line: Line, kind: str, rule: str, force: bool = False) -> None:
        """Make a line chrome (the headline never; a chrome line only with ``force``)."""
        if line.index == self.title or (line.index in self.kinds and not force):
            return
        self.kinds[line.index] = kind
        self.rules[line.index] = rule


def _caption_block(state: _State, block: list[Line], following: list[Line] | None) -> None:
    """A block with a photo credit whose other lines are headline-like is a caption, or a
    teaser of another article when it also carries a rubric line."""
    if not any(state.cls(ln).rule == "photo_credit" for ln in block):
        return
    if not all(state.cls(ln).headline_like or ln.index == state.title for ln in block):
        return
    kind = "teaser" if any(state.cls(ln).rule == "rubric" for ln in block) else "caption"
    for line in block:
        state.mark(line, kind, "caption_block", force=True)


def _teaser_block(state: _State, block: list[Line], following: list[Line] | None) -> None:
    """Headline-like lines beside a rubric line, away from the article's headline: a teaser
    of another article (``Лавров назвал …`` / ``Политика``)."""
    if not any(state.cls(ln).rule == "rubric" for ln in block):
        return
    if not any(state.free(ln) for ln in block) or any(ln.index == state.title for ln in block):
        return
    if not all(state.cls(ln).headline_like for ln in block):
        return
    for line in block:
        state.mark(line, "teaser", "teaser_block", force=True)


def _section_block(state: _State, block: list[Line], following: list[Line] | None) -> None:
    """After a section heading, the headline-like rest of its block is chrome of the heading's
    kind (up to the first prose line); a lone heading takes a headline-only next block."""
    for position, line in enumerate(block):
        opened = state.cls(line).opens
        if opened is None:
            continue
        rest = block[position + 1:]
        rule = "section:" + line.key[:30]
        for other in rest:
            if other.index == state.title or not state.cls(other).headline_like:
                break
            state.mark(other, opened, rule)
        if not rest and following and all(state.cls(ln).headline_like and ln.index != state.title
                                           for ln in following):
            for other in following:
                state.mark(other, opened, rule)


def _feed_run(state: _State, block: list[Line], following: list[Line] | None) -> None:
    """Two or more feed items in a block: the headline-like lines between them are feed too,
    and so is the headline right above a bare ``Рубрика, 18:05`` first item."""
    items = [i for i, ln in enumerate(block) if state.cls(ln).rule == "feed_item"]
    if len(items) < 2:
        return
    for line in block[items[0]:items[-1] + 1]:
        if state.cls(line).headline_like:
            state.mark(line, "feed", "feed_run")
    first = block[items[0]]
    if feed_item_label(first) == (first.start, first.end):  # bare label: headline above it
        for line in reversed(block[:items[0]]):
            if not state.cls(line).headline_like:
                break
            state.mark(line, "feed", "feed_run")
            if state.cls(line).kind is None:
                break


#: Ordered block rules ``(name, rule)``; each sees a block (and the next one) and marks lines.
BLOCK_RULES: tuple[tuple[str, Callable[[_State, list[Line], list[Line] | None], None]], ...] = (
    ("caption_block", _caption_block),
    ("teaser_block", _teaser_block),
    ("section", _section_block),
    ("feed_run", _feed_run),
)


@dataclass(frozen=True)
class ZoneTrace:
    """Why each line is chrome: line number (0-based) -> rule name."""

    zones: tuple[Zone, ...]
    rules: Mapping[int, str]
    title_line: int | None


def detect(text: str) -> ZoneTrace:
    """Zones of ``text`` with the trace of the rules that made each line chrome."""
    lines = split_lines(text)
    classes = {ln.index: classify_line(ln) for ln in lines if ln is not None}
    kinds = {i: c.kind for i, c in classes.items() if c.kind}
    rules = {i: c.rule for i, c in classes.items() if c.kind}
    title = next((ln.index for ln in lines if ln is not None and classes[ln.index].kind is None
                  and len(ln.text.split()) >= 3), None)
    state = _State(lines, classes, kinds, rules, title)
    blocks = state.blocks()
    for _, rule in BLOCK_RULES:
        for position, block in enumerate(blocks):
            rule(state, block, blocks[position + 1] if position + 1 < len(blocks) else None)
    ranges: list[tuple[int, int, str]] = []
    for line in lines:
        if line is None:
            continue
        if line.index in state.kinds:
            ranges.append((line.start, line.end, state.kinds[line.index]))
            labels = line_labels(line, classes[line.index])
        else:  # part of a line can be a feed (a page flattened into one line)
            labels = []
            for start, end, stamps in feed_runs(line):
                ranges.append((start, end, "feed"))
                labels.extend(stamps)
                state.rules[line.index] = "feed_line_part"
        ranges.extend((start, end, "label") for start, end in labels if end > start)
    return ZoneTrace(merge(text, ranges), dict(state.rules), title)


def merge(text: str, ranges: Sequence[tuple[int, int, str]]) -> tuple[Zone, ...]:
    """Merge same-kind ranges that touch or are separated only by whitespace."""
    out: list[Zone] = []
    last: dict[str, int] = {}  # kind -> index in ``out`` of its latest zone
    for start, end, kind in sorted(ranges, key=lambda r: (r[0], -r[1])):
        index = last.get(kind)
        if index is not None:
            prev = out[index]
            if prev.end >= start or not text[prev.end:start].strip():
                out[index] = Zone(prev.start, max(prev.end, end), kind)
                continue
        last[kind] = len(out)
        out.append(Zone(start, end, kind))
    return tuple(sorted(out, key=lambda z: (z.start, -z.end, z.kind)))


def find_zones(text: str) -> tuple[Zone, ...]:
    """The page-chrome zones of ``text`` (see the module docstring)."""
    return detect(text).zones


# --------------------------------------------------------------------------- stages


class ZoneDetector:
    name = "zones"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        return [doc.replace(zones=find_zones(doc.text)) for doc in docs]


@register("zones", provides=("zones",))
def make_zones() -> ZoneDetector:
    """Page chrome (navigation, captions, feed lists, prices, ads) found in the raw text."""
    return ZoneDetector()


class ZoneIndex:
    """Does ``[start, end)`` overlap a zone? O(log n) per query on sorted zones."""

    def __init__(self, zones: Iterable[Zone]) -> None:
        ordered = sorted(zones, key=lambda z: z.start)
        self.starts = [z.start for z in ordered]
        self.max_end: list[int] = []
        furthest = 0
        for zone in ordered:
            furthest = max(furthest, zone.end)
            self.max_end.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Some zone shares a character with the span (an empty span: contains its point)."""
        if end > start:
            hi = bisect_left(self.starts, end)
        else:
            hi = bisect_right(self.starts, start)
        return hi > 0 and self.max_end[hi - 1] > start


class ZoneFlagger:
    """Flags entities and quotes in chrome; drops entities that are page labels."""

    name = "flag_zones"

    def __init__(self, drop_labels: bool = True) -> None:
        self.drop_labels = drop_labels

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        return [self.flag(doc) for doc in docs]

    def flag(self, doc: Document) -> Document:
        if not doc.zones:
            return doc
        chrome = ZoneIndex(doc.zones)
        labels = ZoneIndex(z for z in doc.zones if z.kind == "label")
        entities: list[Entity] = []
        dropped: set[str] = set()
        for ent in doc.entities:
            if self.drop_labels and labels.overlaps(ent.start, ent.end):
                dropped.add(ent.id)
                continue
            if chrome.overlaps(ent.start, ent.end):
                ent = Entity(ent.id, ent.start, ent.end, ent.text, ent.label, ent.normal, CHROME)
            entities.append(ent)
        quotes = tuple(
            Quote(q.id, q.start, q.end, q.text, q.type, q.cue, q.speaker, q.rule, CHROME)
            if chrome.overlaps(q.start, q.end) else q
            for q in doc.quotes)
        referents = without_mentions(doc.referents, dropped) if dropped else doc.referents
        return doc.replace(entities=tuple(entities), quotes=quotes, referents=referents)


def without_mentions(referents: Sequence[Referent], dropped: set[str]) -> tuple[Referent, ...]:
    """Referents without the dropped entity ids; a referent left with no mention goes."""
    out = []
    for ref in referents:
        mentions = tuple(m for m in ref.mentions if m not in dropped)
        if len(mentions) == len(ref.mentions):
            out.append(ref)
        elif mentions:
            out.append(Referent(ref.id, ref.label, ref.name, mentions, ref.kb_id, ref.kb_by))
    return tuple(out)


@register("flag_zones", requires=("zones",))
def make_flag_zones(drop_labels: bool = True) -> ZoneFlagger:
    """Entities/quotes overlapping page chrome get ``zone="chrome"``; label entities dropped."""
    return ZoneFlagger(drop_labels=drop_labels)
