"""Tokens and sentences: razdel plus scraped-page rules, written as partition strings.

As in razdel's tests, a marked string gives the text and its token boundaries at once: ``|``
is a boundary with no space, a space is a boundary and part of the text.
"""

from __future__ import annotations

import re

import pytest

from rusnews_nlp.text.segment import segment, sentences, split_glued


def partition(text: str) -> str:
    _, toks = segment(text)
    return "|".join(t.text for t in toks)


def expected(marked: str) -> str:
    return "|".join(re.split(r"[| ]+", marked))


@pytest.mark.parametrize("marked", [
    "Песков заявил|, что Кремль готов|.",
    "В 2021 г. цены выросли на 5 тыс. рублей|.",
    "фильм идет в кинотеатрах|Общество|, 14:05",
    "счет 3:0 на 87-й минуте|, площадь 12 км2|, саммит G20",
    "встреча в Украине|Политика завершилась",
    "Акции МегаФон и СберБанк подорожали",
    "«|Мы готовы|»|, — сказал он|.",
    # razdel keeps a comma on a number before another number (``2020,``); it is punctuation
    "в 2020|, 2021 годах|, счёт партий 21:25|, 25:22|, 25:17",
    "вес 25,5 кг",
    # two-part abbreviations: each part keeps its period; an initial is not a second part
    "Рост замедлился|, т. е. кризис позади|.",
    "Встречу отменили|, т. к. министр заболел|.",
    "фрукты|, овощи и т. п. подорожали",
    "в т. ч. в регионах|, в V в. до н. э. и т. д.",
    "Письмо подписал Т. Е|. Иванов|.",
    "Сообщил и. о. министра|, а и.|о. губернатора промолчал|.",
    # chemical formulas are one token each
    "Утечка H2S и H2O2 на заводе|, где производят C6H12O6",
    # a web address is one token; its final punctuation and a wiki link's brackets are not
    "Судья Дедов [|https://www.kommersant.ru/doc/3814598 высказался|] в мнении|.",
    "Подробнее на www.rbc.ru|. И http://x.ru/a?b=1|, потом|.",
])
def test_tokens(marked):
    assert partition(marked.replace("|", "")) == expected(marked)


def test_glued_split_keeps_offsets():
    pieces = split_glued(10, "кинотеатрахОбщество")
    assert pieces == [(10, "кинотеатрах"), (21, "Общество")]


@pytest.mark.parametrize("text,tokens", [
    ("Путин\x00 заявил\x07, что «всё\x1b хорошо».",
     ["Путин", "заявил", ",", "что", "«", "всё", "хорошо", "»", "."]),
    ("Мэр\x0bгорода\x7fвыступил", ["Мэр", "города", "выступил"]),
    ("\x00\x01\x02", []),
    ("Столбец\tтаблицы", ["Столбец", "таблицы"]),
])
def test_control_characters_separate_tokens(text, tokens):
    """A NUL or BEL glued to a word by a broken export separates tokens like a space and
    belongs to none, so the word still matches the lexicons (``заявил``)."""
    sents, toks = segment(text)
    assert [t.text for t in toks] == tokens
    assert all(text[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize("text,expected", [
    ("Первое предложение. Второе предложение.", ["Первое предложение.", "Второе предложение."]),
    ("Заголовок без точки\nТекст статьи.", ["Заголовок без точки", "Текст статьи."]),
    ("Политика ,\n\n0\n", ["Политика ,", "0"]),
    # an abbreviation may end a sentence: a function word after it opens the next one
    ("Экспорт вырос по сравнению с 2015 г. Об этом заявил Миллер.",
     ["Экспорт вырос по сравнению с 2015 г.", "Об этом заявил Миллер."]),
    ("Добыча снижена на 500 тыс. б/с. Однако рынок не отреагировал.",
     ["Добыча снижена на 500 тыс. б/с.", "Однако рынок не отреагировал."]),
    # a slashed unit's period before a capital ends the sentence (razdel reads ``ч.`` as час)
    ("Порывы превышают 200 км/ч. Ураган движется к побережью.",
     ["Порывы превышают 200 км/ч.", "Ураган движется к побережью."]),
    ("Прибыли в 3 ч. Москвы пассажиры.", ["Прибыли в 3 ч. Москвы пассажиры."]),
    # an abbreviation's period before a quotation opening with a capital ends the sentence
    ('Он не смотрел высадку на Луну в 1969г. "Он делал вид, что ему неинтересно", - сказал '
     'Олесси.', ["Он не смотрел высадку на Луну в 1969г.",
                 '"Он делал вид, что ему неинтересно", - сказал Олесси.']),
    ("Он воевал против т.н. «Исламского государства» в Сирии.",
     ["Он воевал против т.н. «Исламского государства» в Сирии."]),
    # a final stop a scraper glued to the next sentence; not an abbreviation's period
    ("Санкции работают против тех, кто их вводит.Накануне Трамп подписал закон.",
     ["Санкции работают против тех, кто их вводит.", "Накануне Трамп подписал закон."]),
    ("Делаем все, чтобы приземлиться.В пятницу прошли испытания.",
     ["Делаем все, чтобы приземлиться.", "В пятницу прошли испытания."]),
    ("Музей им.Пушкина открыт.", ["Музей им.Пушкина открыт."]),
    ("Поэт А.С.Пушкин родился в Москве.", ["Поэт А.С.Пушкин родился в Москве."]),
    # a site's Cyrillic domain is part of its name
    ("Об этом она рассказала ИА «Чита.Ру» в пятницу.", ["Об этом она рассказала ИА «Чита.Ру» в пятницу."]),
    ("Как пишет Фонтанка.Ру, мост закрыт.", ["Как пишет Фонтанка.Ру, мост закрыт."]),
    ("Вы согласны?Нет, не согласен.", ["Вы согласны?", "Нет, не согласен."]),
    # after a percent sign or a closing quotation mark, as after a word
    ("Заполняемость сократилась на 45,3%.Фактором стала отмена рейсов.",
     ["Заполняемость сократилась на 45,3%.", "Фактором стала отмена рейсов."]),
    ("Он сказал: «Мы готовы».Потом ушел.", ["Он сказал: «Мы готовы».", "Потом ушел."]),
    # but not before a name or an initial
    ("Это случилось в 1990 г. Путин тогда работал в Дрездене.",
     ["Это случилось в 1990 г. Путин тогда работал в Дрездене."]),
    ("Это случилось в 1990 г. В. Путин тогда работал в Дрездене.",
     ["Это случилось в 1990 г. В. Путин тогда работал в Дрездене."]),
    # a sentence hard-wrapped at a fixed width goes on past the newline
    ("Министр добавил, что диалог Парижа\nи Москвы возможен. Он уехал.",
     ["Министр добавил, что диалог Парижа\nи Москвы возможен.", "Он уехал."]),
    ("Цены выросли,\nно спрос не упал.", ["Цены выросли,\nно спрос не упал."]),
    # but a headline ends at its line: before a capital, a label, or after a stop
    ("Парламент принял закон\nДепутаты проголосовали единогласно.",
     ["Парламент принял закон", "Депутаты проголосовали единогласно."]),
    ("Евросоюз в критическом положении\nфото: ca-news.org",
     ["Евросоюз в критическом положении", "фото: ca-news.org"]),
    ("Парламент принял закон.\nи это не всё.", ["Парламент принял закон.", "и это не всё."]),
    ("Итоги дня:\nцены выросли.", ["Итоги дня:", "цены выросли."]),
])
def test_sentences(text, expected):
    sents, _ = segment(text)
    assert [text[s.start:s.end] for s in sents] == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\x00", "«««", "a" * 1000])
def test_offsets_exact(text):
    sents, toks = segment(text)
    for tok in toks:
        assert text[tok.start:tok.end] == tok.text
    for sent in sents:
        assert 0 <= sent.start <= sent.end <= len(text)


def test_every_glue_rule_splits_where_the_fast_path_looks():
    """``split_glued`` skips the rules for tokens with no upper-case Cyrillic letter or digit
    after their first character; a rule splitting before anything else must widen
    ``segment._GLUE_CANDIDATE`` too."""
    from rusnews_nlp.text.segment import GLUE_SPLIT_RULES

    for name, rule in GLUE_SPLIT_RULES:
        lookahead = rule.pattern[rule.pattern.index("(?="):]
        assert lookahead.startswith(("(?=[А-ЯЁ]", "(?=\\d")), name


@pytest.mark.parametrize("unit", ["а", "абвгдеёжзи", "слово.Слово", "г. Об "])
def test_sentences_linear_on_a_long_run(unit):
    """A run of letters with no space is read once: the glued-stop pattern matches the stop
    alone and reads the word before it back (matching the word first scanned the whole run
    again from every letter, quadratic on 200,000 letters)."""
    import time

    text = unit * (200_000 // len(unit))
    started = time.process_time()
    spans = list(sentences(text))
    assert time.process_time() - started < 5.0
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


# razdel_fast drives razdel's own rules; it must give razdel's tokens to the character.
RAZDEL_SAMPLES = [
    "Песков заявил, что Кремль готов. Кто-то сказал: «Нет!»",
    "Рост на 3,5% (а не 2.7%) за 1/4 года; 10\\20, 5-6 раз, XX-XXI века.",
    "Yahoo! купила сайт... Что?! :-) ;) *** -- — – ‐ снова_вместе Δσ mβж ΔP",
    "e-mail: ivan.petrov@mail.ru, http://example.com/a-b_c?x=1&y=2 #тег №5 ~ ^_^",
    "«Ёлки-палки», — сказал он.\tИ ушёл… «Г-н Иванов», т.е. «г-жа» (см. выше).",
    "1 000 000 руб., 12:30, 2020-2021 гг., −5°C, +7 (495) 123-45-67, 3/4-й",
]


def _razdel_random_samples(count: int = 3000) -> list[str]:
    import random

    rnd = random.Random(14)
    pieces = ["аб", "ВГ", "ab", "Cd", "12", "3", " ", "  ", "\n", "\t", "\u00a0", "-", "–", "—",
              "_", ".", ",", "!", "?", "…", ":", ";", "(", ")", "«", "»", '"', "'", "/", "\\",
              "@", "#", "%", "*", "+", "=", "~", "№", "Δ", "σ", "yahoo", "Yahoo", ":-)", "^_^"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(count)]


def test_fast_tokenize_is_razdel():
    from razdel import tokenize as razdel_tokenize

    from rusnews_nlp.text.razdel_fast import tokenize as fast_tokenize

    for text in RAZDEL_SAMPLES + _razdel_random_samples():
        want = [(t.start, t.stop, t.text) for t in razdel_tokenize(text)]
        assert [(t.start, t.stop, t.text) for t in fast_tokenize(text)] == want, text
