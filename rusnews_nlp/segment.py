"""Sentences and tokens with razdel, offsets into the untouched input.

Two additions to razdel, both driven by scraped news pages:

* a line break always ends a sentence (headlines, captions and menu items carry no final
  punctuation, and razdel would glue them to the next line);
* words glued together by scraping (``кинотеатрахОбщество``) are split into two tokens at the
  lower-to-upper case change. The text is never modified: both tokens are substrings.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from razdel import sentenize, tokenize

from .annotations import Document, Span, Token
from .registry import register

_LINE = re.compile(r"[^\n]+")

#: Ordered rules that split one razdel token into several; each is a regex whose matches are
#: split points (zero-width). A linguist adds a case by adding a row.
GLUE_SPLIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # кинотеатрахОбщество, УкраинеПолитика, деньПолитика: a lower-case Cyrillic run then a
    # capitalised word. Four lower-case letters keep brand names (МегаФон, СберБанк) whole.
    ("cyr_lower_upper", re.compile(r"(?<=[а-яё]{4})(?=[А-ЯЁ][а-яё]{2})")),
    # тишинуРБК, историйРБК: a lower-case Cyrillic run then an abbreviation.
    ("cyr_lower_abbr", re.compile(r"(?<=[а-яё]{4})(?=[А-ЯЁ]{2})")),
    # 14:05Политика, 2021Общество: digits then a capitalised Cyrillic word.
    ("digit_upper", re.compile(r"(?<=\d)(?=[А-ЯЁ][а-яё]{2})")),
    # Политика14:05: a Cyrillic word then digits.
    ("lower_digit", re.compile(r"(?<=[а-яё]{3})(?=\d{1,2}:\d\d)")),
)


#: Abbreviations written with a period; the period belongs to the token (``г.``, ``тыс.``), as
#: in UD Russian, so ``в 2020 г.`` has the token ``г.`` rather than ``г`` + ``.``.
ABBREVIATIONS = frozenset("""
г гг в вв т тыс млн млрд трлн руб коп долл ул пр просп пер пл д кв корп стр с см ср им св ст
чел букв реж ум род сокр фр англ нем лат греч араб итал исп яп кит др проф акад доц ген полк
мин макс обл р-н пос дер оз о-в п-ов ок напр т.е н.э до.н.э
""".split())


def join_abbreviations(pieces: list[tuple[int, str]], text: str, base: int) -> list[tuple[int, str]]:
    """Merge an abbreviation with the period right after it."""
    out: list[tuple[int, str]] = []
    for start, piece in pieces:
        if (piece == "." and out and out[-1][1].lower() in ABBREVIATIONS
                and out[-1][0] + len(out[-1][1]) == start):
            prev_start, prev = out.pop()
            out.append((prev_start, text[prev_start - base:start - base + 1]))
        else:
            out.append((start, piece))
    return out


def split_glued(start: int, text: str) -> list[tuple[int, str]]:
    """Split a token glued by scraping; returns ``(start, text)`` pieces covering ``text``."""
    points: set[int] = set()
    for _, rule in GLUE_SPLIT_RULES:
        points.update(m.start() for m in rule.finditer(text))
    if not points:
        return [(start, text)]
    cuts = [0, *sorted(points), len(text)]
    return [(start + a, text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


def sentences(text: str) -> Iterator[Span]:
    """Sentence spans: razdel's sentenize inside each line, so no sentence crosses a newline."""
    for line in _LINE.finditer(text):
        base = line.start()
        for sent in sentenize(line.group()):
            if sent.text.strip():
                yield Span(base + sent.start, base + sent.stop)


def tokens(text: str, start: int = 0) -> Iterator[Token]:
    """razdel tokens of ``text`` (offset by ``start``): glued words split, abbreviations joined
    with their period."""
    pieces = [piece for tok in tokenize(text) for piece in split_glued(start + tok.start, tok.text)]
    for piece_start, piece in join_abbreviations(pieces, text, start):
        yield Token(piece_start, piece_start + len(piece), piece)


def segment(text: str) -> tuple[tuple[Span, ...], tuple[Token, ...]]:
    sents: list[Span] = []
    toks: list[Token] = []
    for sent in sentences(text):
        sent_tokens = list(tokens(text[sent.start:sent.end], sent.start))
        if sent_tokens:
            sents.append(Span(sent_tokens[0].start, sent_tokens[-1].end))
            toks.extend(sent_tokens)
    return tuple(sents), tuple(toks)


def sentence_tokens(doc: Document) -> list[list[Token]]:
    """Group a document's tokens by sentence (tokens are sorted and inside sentences)."""
    groups: list[list[Token]] = [[] for _ in doc.sentences]
    index = 0
    for token in doc.tokens:
        while index < len(doc.sentences) and token.start >= doc.sentences[index].end:
            index += 1
        if index < len(groups):
            groups[index].append(token)
    return groups


class Segmenter:
    name = "segment"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        out = []
        for doc in docs:
            sents, toks = segment(doc.text)
            out.append(doc.replace(sentences=sents, tokens=toks))
        return out


@register("segment", provides=("sentences", "tokens"))
def make_segmenter() -> Segmenter:
    """razdel sentences and tokens; newline ends a sentence; glued scraped words are split."""
    return Segmenter()
