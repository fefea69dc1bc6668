"""The syntax experiment's speaker rules (issue 14) on sentences written for them."""

from __future__ import annotations

import pytest

from rusnews_nlp.evaluation.quotes import GoldQuote
from rusnews_nlp.evaluation.syntax_speakers import (cue_word, half_of, locate_cue,
                                                    speaker_phrase)
from rusnews_nlp.models import syntax

needs_model = pytest.mark.skipif(not syntax.available(),
                                 reason="slovnet_syntax_news_v1 is not in natasha's data folder")

# sentence, cue word, expected speaker phrase, rule that finds it
PHRASES = [
    ("Песков заявил журналистам, что переговоры продолжатся.", "заявил", "Песков", "subject"),
    ("Как сообщил РИА Новости Дмитрий Песков, встреча состоится в пятницу.", "сообщил",
     "Дмитрий Песков", "subject"),
    ("По словам министра финансов Антона Силуанова, бюджет будет исполнен.", "словам",
     "министра финансов Антона Силуанова", "marker_noun"),
    ("По его словам, бюджет будет исполнен.", "словам", "его", "marker_noun"),
    ("Взрыв произошёл утром, сообщает РБК со ссылкой на пресс-службу МЧС.", "сообщает",
     "на пресс-службу МЧС", "reference"),
    ("В министерстве рассказали, что реформа продолжится.", "рассказали", "В министерстве",
     "locative_source"),
    ("Министр прибыл в Москву и заявил, что переговоры продолжатся.", "заявил", "Министр",
     "inherited_subject"),
]


@needs_model
@pytest.mark.parametrize("sentence, cue, phrase, rule", PHRASES)
def test_speaker_phrase(nlp, sentence: str, cue: str, phrase: str, rule: str) -> None:
    doc = nlp(sentence)
    tokens = doc.tokens
    [parse] = syntax.parse([[t.text for t in tokens]])
    word = next(i for i, t in enumerate(tokens) if t.text == cue)
    found = speaker_phrase(parse, tokens, word)
    assert found is not None and found.rule == rule
    assert sentence[tokens[found.words[0]].start:tokens[found.words[-1]].end] == phrase


@needs_model
@pytest.mark.parametrize("sentence, cue", [
    # impersonal: no speaker, not even the subject of a coordinated clause
    ("Начало акции было намечено на вечер; подчёркивалось, что она состоится.",
     "подчёркивалось"),
])
def test_no_speaker(nlp, sentence: str, cue: str) -> None:
    doc = nlp(sentence)
    [parse] = syntax.parse([[t.text for t in doc.tokens]])
    word = next(i for i, t in enumerate(doc.tokens) if t.text == cue)
    assert speaker_phrase(parse, doc.tokens, word) is None


TEXT = "Он сказал: «Нет». Позже Лавров сказал, что ответ будет. По словам Лаврова, это так."
TEXT_F = "Он сказал тогда журналистам, что ответ будет, сказала пресс-служба."


@pytest.mark.parametrize("cue, start, end, expected", [
    ("сказал", 43, 54, (31, 37)),  # the occurrence next to the quote, not the first one
    ("по словам", 56, 82, (56, 65)),  # case-insensitive, inside the span
    ("сообщает … со ссылкой на", 43, 54, None),  # first part looked up: absent here
    (":", 0, 5, None),  # no word to parse
])
def test_locate_cue(cue: str, start: int, end: int, expected) -> None:
    quote = GoldQuote(start, end, "indirect", "Сергей Лавров", "PER", cue)
    assert locate_cue(TEXT, quote) == expected


def test_locate_cue_matches_whole_words() -> None:
    quote = GoldQuote(33, 44, "indirect", "Сергей Лавров", "PER", "сказал")
    assert TEXT_F[33:44] == "ответ будет"
    assert locate_cue(TEXT_F, quote) == (3, 9)  # not the nearer prefix of «сказала»


def test_cue_word_prefers_the_speech_verb(nlp) -> None:
    doc = nlp("Об этом сообщила пресс-служба.")
    assert doc.tokens[cue_word(doc.tokens, 0, 3)].text == "сообщила"
    doc = nlp("По словам министра, всё хорошо.")
    assert doc.tokens[cue_word(doc.tokens, 0, 2)].text == "словам"


def test_halves_follow_the_shared_split() -> None:
    # MD5("a") = 0cc1..., MD5("b") = 92eb...
    assert (half_of("a"), half_of("b")) == ("A", "B")
