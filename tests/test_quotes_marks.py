"""Quotation-mark pairing (no models): balanced, nested, straight, unbalanced, multi-paragraph,
and linear time on a megabyte of adversarial marks."""

from __future__ import annotations

import time

import pytest

from rusnews_nlp.quotes.marks import MAX_DEPTH, outermost, pair_marks


def quoted(text: str) -> list[str]:
    """Inner texts of all pairs, in opening order."""
    return [text[p.open + 1:p.close] for p in pair_marks(text)]


@pytest.mark.parametrize("text, expected", [
    ("«Мы готовы», — сказал он.", ["Мы готовы"]),
    ("«Союз „Прогресс“ стартует», — сообщили.", ["Союз „Прогресс“ стартует", "Прогресс"]),
    ("«Он сказал «нет» и ушёл»", ["Он сказал «нет» и ушёл", "нет"]),
    ('Он ответил: "Да", а она: "Нет".', ["Да", "Нет"]),
    ("“English quotes” here", ["English quotes"]),
    ("„Низ-верх“ по-немецки", ["Низ-верх"]),
    ("Лишняя » закрывающая, потом «пара»", ["пара"]),
    # a line opening with the same mark continues the quotation (paragraph convention)
    ("«Незакрытая строка\n«Новая пара» тут", ["Незакрытая строка\n«Новая пара"]),
    ("«Незакрытая строка\nдругой абзац «пара»", ["пара"]),
    ("«Первый абзац.\n\n«Второй абзац»", ["Первый абзац.\n\n«Второй абзац"]),
    ('Размер 5" и "кавычки"', ["кавычки"]),
    # a straight mark glued to a colon opens, even with a space after it
    ('Мэр сказал:" Работы много". Потом уехал.', [" Работы много"]),
    # a lone opener after a colon, closed a paragraph or two later that does not repeat it
    ("Тренер: «Игра — потеря очков.\nМы „спустя рукава“ не играем».\nМатч прошёл в Одессе.",
     ["Игра — потеря очков.\nМы „спустя рукава“ не играем", "спустя рукава"]),
    ("Губернатор написал: «Нас разбудила техника.\nНе паникуйте.\nВсё под контролем».",
     ["Нас разбудила техника.\nНе паникуйте.\nВсё под контролем"]),
    # ... stepping over a title in the same marks inside the carried-over words
    ("«Родные, концерт переносится.\nПричина — фестиваль «Своих не бросаем» на Сахалине.\n"
     "Спасибо за терпение», — написал певец.",
     ["Родные, концерт переносится.\nПричина — фестиваль «Своих не бросаем» на Сахалине.\n"
      "Спасибо за терпение", "Своих не бросаем"]),
    # ... but not over a paragraph that opens another quotation first
    ("Он сказал: «Мы готовы.\nКоманда «Черноморец» выиграла.", ["Черноморец"]),
    # ... nor over the next quotation's mismatched marks (``«A" … "B»``)
    ('«Здесь гуляют с колясками", — сказала она.\nЧиновник заверил: "Проект обсуждается», — '
     'пообещал он.', []),
    # ... nor an opener inside the narration
    ("Клуб «Черноморец\nсыграл вничью», — сообщил сайт.", []),
    # straight marks run over paragraphs the same way, also from a sentence's start
    ('"Мы готовы к диалогу.\n\nНо мы не примем ультиматумов", - сказал Лавров.',
     ["Мы готовы к диалогу.\n\nНо мы не примем ультиматумов"]),
    ('Лавров выступил в ООН. "Мы готовы.\n\nНо не примем ультиматумов", - сказал он.',
     ["Мы готовы.\n\nНо не примем ультиматумов"]),
    # but a straight mark that opens the next paragraph's quotation is no closer
    ('Он сказал "нет.\n\n"Второй" пример.', ["Второй"]),
    ("", []),
])
def test_pairs(text, expected):
    assert quoted(text) == expected


def test_levels_and_outermost():
    text = "«А „Б“ В» и «Г»"
    pairs = pair_marks(text)
    assert [(p.level, text[p.open + 1:p.close]) for p in pairs] == [(0, "А „Б“ В"), (1, "Б"),
                                                                     (0, "Г")]
    assert [text[p.open + 1:p.close] for p in outermost(pairs)] == ["А „Б“ В", "Г"]


def test_multi_paragraph_is_marked_continued():
    pairs = pair_marks("«Один.\n\n«Два»")
    assert len(pairs) == 1 and pairs[0].continued


def test_depth_is_bounded():
    text = "«" * 50 + "x" + "»" * 50
    pairs = pair_marks(text)
    assert len(pairs) == MAX_DEPTH
    assert max(p.level for p in pairs) == MAX_DEPTH - 1


def test_unbalanced_mark_does_not_swallow_the_document():
    text = "«Оборванная цитата.\n" + "Дальше текст. «Настоящая цитата», — сказал он.\n" * 3
    inner = quoted(text)
    assert inner == ["Настоящая цитата"] * 3


@pytest.mark.parametrize("unit", ["«", "»", "«»", '"', "„“", "«а» б» «в «г ", "\n«"])
def test_linear_on_a_megabyte_of_marks(unit):
    text = unit * (1_000_000 // len(unit))
    started = time.process_time()
    pairs = pair_marks(text)
    assert time.process_time() - started < 10.0  # about 1 s on a laptop; generous for CI
    assert all(0 <= p.open < p.close < len(text) for p in pairs[:1000])
