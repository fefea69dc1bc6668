"""Sentences and tokens with razdel, offsets into the untouched input.

Two additions to razdel, both driven by scraped news pages:

* a line break always ends a sentence (headlines, captions and menu items carry no final
  punctuation, and razdel would glue them to the next line);
* words glued together by scraping (``кинотеатрахОбщество``) are split into two tokens at the
  lower-to-upper case change. The text is never modified: both tokens are substrings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Mapping, Sequence

from razdel import sentenize

from ..annotations import Document, Span, Token
from ..registry import register
from .confusables import fold_scripts
from .razdel_fast import tokenize

#: A line, or the lines of one hard-wrapped sentence: a newline right after a word or a comma
#: and right before a lower-case word continues the sentence (``диалог Парижа⏎и Москвы``, text
#: wrapped at a fixed width by a wire feed or a PDF), unless that word labels its line
#: (``фото: ca-news.org`` under a headline).
_LINE = re.compile(r"(?:[^\n]|(?<=[^\W_]|,)\n(?=[а-яё])(?![а-яё]+:))+")

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


#: Ordered rules that join adjacent razdel pieces (no space between them) back into one token;
#: each is ``(name, pattern)`` and fires when the joined text matches the pattern in full.
JOIN_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # в 2020 г., 5 тыс. рублей: the period belongs to the abbreviation.
    ("abbreviation_period", re.compile(
        r"(?i)(?:%s)\." % "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len)[::-1]))),
    # км2, G20, Tele2: a unit or a name with its number; H2O2, C6H12O6, H2O: a chemical
    # formula, element symbols (a Latin capital, maybe a small letter) with their counts.
    ("letters_digits", re.compile(r"[^\W\d_]{1,6}\d{1,4}(?:[A-Z][a-z]?\d{0,4})*")),
    # 3:0, 14:05: a score or a time.
    ("score_time", re.compile(r"\d{1,2}:\d{1,2}")),
)


#: Abbreviations of two one-letter parts written with a space (``т. е.``, ``т. к.``, ``т. п.``,
#: ``т. д.``, ``т. н.``, ``в т. ч.``, ``т. о.``, ``н. э.``, ``и. о.``): each part keeps its
#: period, as in UD Russian (``т.`` + ``е.``). A lone letter does so only inside such a pair:
#: ``е``, ``к``, ``н`` alone may end a sentence (``витамин Е.``), and an upper-case second
#: letter is an initial (``Т. Е. Иванов``).
PAIRED_ABBREVIATIONS: Mapping[str, frozenset[str]] = {
    "т": frozenset("екпдноч"), "н": frozenset("э"),
    "и": frozenset("о"),  # ``и. о. министра`` (acting minister)
}


def join_paired_abbreviations(pieces: list[tuple[int, str]], text: str,
                              base: int) -> list[tuple[int, str]]:
    """``т`` ``.`` ``е`` ``.`` -> ``т.`` ``е.`` (see ``PAIRED_ABBREVIATIONS``)."""
    if not any(piece.lower() in PAIRED_ABBREVIATIONS for _, piece in pieces):
        return pieces
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(pieces):
        if index + 3 < len(pieces) and _is_pair(pieces, index, text, base):
            (a, first), _, (c, second), _ = pieces[index:index + 4]
            out += [(a, first + "."), (c, second + ".")]
            index += 4
            continue
        out.append(pieces[index])
        index += 1
    return out


def _is_pair(pieces: list[tuple[int, str]], index: int, text: str, base: int) -> bool:
    """Whether ``pieces[index:index + 4]`` is letter, ``.``, letter, ``.`` of a pair, with only
    white space between the first period and the second letter."""
    seconds = PAIRED_ABBREVIATIONS.get(pieces[index][1].lower())
    if seconds is None:
        return False
    (a, _), (b, dot1), (c, second), (d, dot2) = pieces[index:index + 4]
    return (second in seconds and dot1 == "." and dot2 == "." and b == a + 1 and d == c + 1
            and not text[b + 1 - base:c - base].strip())


def join_pieces(pieces: list[tuple[int, str]], text: str, base: int) -> list[tuple[int, str]]:
    """Apply ``JOIN_RULES`` to adjacent pieces, left to right (a joined token may join again:
    ``3`` + ``:`` + ``0``)."""
    pieces = join_paired_abbreviations(pieces, text, base)
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(pieces):
        start, piece = pieces[index]
        if out and out[-1][0] + len(out[-1][1]) == start:
            prev_start, prev = out[-1]
            joined = text[prev_start - base:start - base + len(piece)]
            nxt = pieces[index + 1] if index + 1 < len(pieces) else None
            candidates = [joined]
            if nxt is not None and nxt[0] == start + len(piece):
                candidates.append(text[prev_start - base:nxt[0] - base + len(nxt[1])])
            if any(rule.fullmatch(joined) for _, rule in JOIN_RULES):
                out[-1] = (prev_start, joined)
                index += 1
                continue
            if len(candidates) == 2 and any(rule.fullmatch(candidates[1]) for _, rule in JOIN_RULES):
                out[-1] = (prev_start, candidates[1])
                index += 2
                continue
        out.append((start, piece))
        index += 1
    return out


#: C0/C1 control characters other than tab and line breaks (NUL, BEL, ESC...): razdel keeps
#: them inside words (``заявил\x07``), which then match no lexicon; they separate tokens, as
#: white space does, and belong to none.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_BETWEEN_CONTROLS = re.compile(f"[^{_CONTROLS}]+")


def split_controls(start: int, text: str) -> list[tuple[int, str]]:
    """``(start, text)`` pieces of a razdel token between its control characters."""
    if not _CONTROL.search(text):
        return [(start, text)]
    return [(start + m.start(), m.group()) for m in _BETWEEN_CONTROLS.finditer(text)]


#: Every glue rule splits before an upper-case Cyrillic letter or a digit, so a token with
#: neither after its first character (almost every token) is returned without running them.
_GLUE_CANDIDATE = re.compile(r"[А-ЯЁ\d]")


#: razdel reads ``2020, 2021`` as a decimal begun and keeps the comma on the number
#: (``2020,``, ``25,`` in ``(21:25, 25:22)``); the comma is punctuation of its own.
_NUMBER_COMMA = re.compile(r"\d+,")


def split_number_comma(start: int, text: str) -> list[tuple[int, str]]:
    """``(start, text)`` pieces of a razdel token: a number and its trailing comma apart."""
    if text[-1:] != "," or not _NUMBER_COMMA.fullmatch(text):
        return [(start, text)]
    return [(start, text[:-1]), (start + len(text) - 1, ",")]


def split_glued(start: int, text: str) -> list[tuple[int, str]]:
    """Split a token glued by scraping; returns ``(start, text)`` pieces covering ``text``."""
    if len(text) < 4 or not _GLUE_CANDIDATE.search(text, 1):
        return [(start, text)]
    points: set[int] = set()
    for _, rule in GLUE_SPLIT_RULES:
        points.update(m.start() for m in rule.finditer(text))
    if not points:
        return [(start, text)]
    cuts = [0, *sorted(points), len(text)]
    return [(start + a, text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


#: Linear-time guards (adversarial scrapes: 1 MB of «»", tables with no full stop).
#: A sentence of more tokens is cut into pieces of this many: tagger and quote-rule costs grow
#: faster than linearly with sentence length, and such a "sentence" is debris, not prose.
MAX_SENTENCE_TOKENS = 200
#: A run of this many or more punctuation/symbol characters (no letter, digit or space) is
#: debris: it bypasses razdel (~25 µs and one token per such character) and is cut into tokens
#: of at most ``NOISE_TOKEN_CHARS`` characters.
_NOISE = re.compile(r"[^\w\s]{8,}")
NOISE_TOKEN_CHARS = 256


def _split(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, str, bool]]:
    """``(offset, part, matched)`` pieces of ``text``: the matches of ``pattern`` and the text
    between them."""
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            yield pos, text[pos:match.start()], False
        yield match.start(), match.group(), True
        pos = match.end()
    if pos < len(text):
        yield pos, text[pos:], False


def _parts(text: str) -> Iterator[tuple[int, str, bool]]:
    """``(offset, part, is_noise)`` pieces of ``text``: noise runs and the text between them."""
    return _split(_NOISE, text)


#: A web address is one token (razdel cuts ``https://www.kommersant.ru/doc/1`` into 12); its
#: final period, comma or bracket is punctuation, not part of it.
_URL = re.compile(r"(?:https?://|www\.)[^\s\[\]<>«»\"“”]+(?<![.,;:!?)])", re.IGNORECASE)


def is_url(text: str) -> bool:
    """Is ``text`` a web address as the segmenter keeps it (one token)?"""
    return _URL.fullmatch(text) is not None


def _url_parts(text: str) -> Iterator[tuple[int, str, bool]]:
    """``(offset, part, is_url)`` pieces of ``text``."""
    return _split(_URL, text)


#: A period, space and a capitalised word: where razdel keeps a sentence going after an
#: abbreviation (``в 2015 г. Об этом заявил``, ``500 тыс. б/с. Об этом``).
_PERIOD_CAPITAL = re.compile(r"(?<=\.)\s+(?=([А-ЯЁ][а-яё]+)\b(?!\.))")

#: Parts of speech (OpenCorpora) of a word that opens a sentence and is never a name.
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


@lru_cache(maxsize=4096)
def _opens_sentence(word: str) -> bool:
    """Is ``word`` (capitalised) first of all a function word (``Об``, ``Он``, ``Однако``), so a
    period before it ends a sentence even after an abbreviation?"""
    from ..models.resources import morph_analyzer

    parses = morph_analyzer().parse(word.lower())
    # the dictionary's first reading: ``Об``, ``По`` are prepositions before they are an
    # abbreviation or Edgar Poe's surname
    return bool(parses) and parses[0].is_known and parses[0].tag.POS in _FUNCTION_POS


#: A sentence's final stop glued to the next one by a scraper (``кто их вводит.Накануне``):
#: the stop alone is matched (a lookbehind, so a long run of letters is read once, not once
#: per starting letter), the word before it is read back from there.
#: Not before a site name's Cyrillic domain (``ИА «Чита.Ру»``, ``Фонтанка.Ру``); before a
#: one-letter word too (``чтобы приземлиться.В пятницу``); after a percent sign, a closing
#: quotation mark or bracket as after a word (``на 45,3%.Фактором``).
_GLUED_STOP = re.compile(
    r"(?:(?<=[а-яё]{2})|(?<=[%»)]))[.!?](?=[А-ЯЁ][а-яё]|[АВИКОСУЯ]\s)(?!(?:Ру|Рф|Ком|Инфо|Орг)\b)")
_WORD_BEFORE = 40  # letters read back for the word before a glued stop

#: A unit written with a slash (``км/ч``, ``м/с``) before a stop and a capital ends the
#: sentence: razdel reads ``ч.`` as the abbreviation of ``час`` and joins the two.
_UNIT_STOP = re.compile(r"\b[а-яё]{1,3}/[а-яё]{1,3}\.(\s+)(?=[А-ЯЁ])")


#: An abbreviation's period, then a quotation that opens with a capital (``в 1969г. "Он делал
#: вид…"``, ``и т.д. «Мы …»``): razdel keeps the sentence going into the quotation.
_PERIOD_QUOTE = re.compile(r"(?<=\.)\s+(?=[«\"„“][А-ЯЁA-Z])")
#: Abbreviations that introduce a name in marks (``т.н. «Исламское государство»``, ``им.
#: «…»``, ``ул. «…»``): no sentence ends after them.
_BEFORE_A_NAME = frozenset({"н", "им", "ул", "пр", "пос", "ст", "пл", "просп", "наб", "пер",
                            "с", "д", "о", "p"})


def _word_before(text: str, end: int) -> str:
    start = end
    while start > max(0, end - _WORD_BEFORE) and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _after_abbreviations(text: str) -> Iterator[tuple[int, int]]:
    """``[start, end)`` pieces of one razdel sentence, cut after an abbreviation's period that
    a function word follows (razdel reads ``г. Об`` as one sentence) or a quotation opening
    with a capital (``в 1969г. "Он …"``), after a slashed unit's (``180 км/ч. Ураган``) and at
    a final stop with no space after it before a capital (``вводит.Накануне``; not
    ``им.Пушкина``)."""
    cuts = [(m.start(), m.end()) for m in _PERIOD_CAPITAL.finditer(text)
            if _opens_sentence(m.group(1))]
    cuts += [(m.end(), m.end()) for m in _GLUED_STOP.finditer(text)
             if _word_before(text, m.start()).lower() not in ABBREVIATIONS]
    cuts += [(m.start(1), m.end(1)) for m in _UNIT_STOP.finditer(text)]
    cuts += [(m.start(), m.end()) for m in _PERIOD_QUOTE.finditer(text)
             if _word_before(text, m.start() - 1).lower() not in _BEFORE_A_NAME]
    start = 0
    for end, nxt in sorted(set(cuts)):  # (two rules may cut at one place: ``б/с. Однако``)
        yield start, end
        start = nxt
    yield start, len(text)


def sentences(text: str) -> Iterator[Span]:
    """Sentence spans: razdel's sentenize inside each line, so no sentence crosses a newline
    (but a hard-wrapped sentence's, ``_LINE``), cut again after an abbreviation that ends one
    (``_after_abbreviations``); a noise run is a sentence of its own."""
    for line in _LINE.finditer(text):
        for offset, part, noise in _parts(line.group()):
            base = line.start() + offset
            if noise:
                yield Span(base, base + len(part))
                continue
            for sent in sentenize(part):
                if sent.text.strip():
                    for a, b in _after_abbreviations(sent.text):
                        yield Span(base + sent.start + a, base + sent.start + b)


def tokens(text: str, start: int = 0) -> Iterator[Token]:
    """razdel tokens of ``text`` (offset by ``start``): glued words split, abbreviations joined
    with their period; noise runs cut into tokens of ``NOISE_TOKEN_CHARS``."""
    for offset, part, noise in _parts(text):
        base = start + offset
        if noise:
            for a in range(0, len(part), NOISE_TOKEN_CHARS):
                piece = part[a:a + NOISE_TOKEN_CHARS]
                yield Token(base + a, base + a + len(piece), piece)
            continue
        if "//" in part or "www." in part.lower():
            for url_offset, url_part, url in _url_parts(part):
                if url:
                    yield Token(base + url_offset, base + url_offset + len(url_part), url_part)
                else:
                    yield from _word_tokens(url_part, base + url_offset)
            continue
        yield from _word_tokens(part, base)


def _word_tokens(part: str, base: int) -> Iterator[Token]:
    """razdel tokens of a piece of text with no noise run or web address."""
    # razdel reads the folded view (``Пескoв`` with a Latin o is one word there); the
    # tokens are cut from ``part`` itself
    pieces = [piece for tok in tokenize(fold_scripts(part))
              for start_, text_ in split_controls(base + tok.start, part[tok.start:tok.stop])
              for glued_start, glued in split_number_comma(start_, text_)
              for piece in split_glued(glued_start, glued)]
    for piece_start, piece in join_pieces(pieces, part, base):
        yield Token(piece_start, piece_start + len(piece), piece)


def segment(text: str) -> tuple[tuple[Span, ...], tuple[Token, ...]]:
    sents: list[Span] = []
    toks: list[Token] = []
    for sent in sentences(text):
        sent_tokens = list(tokens(text[sent.start:sent.end], sent.start))
        for a in range(0, len(sent_tokens), MAX_SENTENCE_TOKENS):
            piece = sent_tokens[a:a + MAX_SENTENCE_TOKENS]
            sents.append(Span(piece[0].start, piece[-1].end))
            toks.extend(piece)
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
    """razdel sentences and tokens; a newline ends a sentence (unless it wraps one: a word or
    comma before it, a lower-case word after); glued scraped words are split."""
    return Segmenter()
