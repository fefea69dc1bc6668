"""Contextual lemmas: the pymorphy3 parse that agrees with slovnet's tags."""

from __future__ import annotations

import pytest

from rusnews_nlp.morph import lemmatize


@pytest.mark.parametrize("sentence,word,lemma", [
    ("Министр заявила журналистам о переговорах.", "заявила", "заявить"),
    ("По словам Пескова, встреча состоится.", "словам", "слово"),
    ("Стороны сочли, что угрозы нет.", "сочли", "счесть"),
    ("Отметив успехи, он уехал.", "Отметив", "отметить"),
    ("Это одна из лучших школ страны.", "лучших", "лучший"),
    ("Он ещё не пришёл.", "пришёл", "прийти"),
    ("Он ещё не пришёл.", "ещё", "ещё"),
    ("Мы встретились в Москве.", "Москве", "Москва"),
    ("Письмо от Анны Петровны пришло вчера.", "Петровны", "Петровна"),
    ("По его словам, это так.", "его", "его"),
    ("В 2020 г. рынок вырос.", "г.", "год"),
    ("Мы говорили с ним во вторник.", "во", "во"),
    ("Работа изображающего художника.", "изображающего", "изображать"),
])
def test_lemma_in_context(nlp, sentence, word, lemma):
    doc = nlp(sentence)
    token = next(t for t in doc.tokens if t.text == word)
    assert token.lemma == lemma


@pytest.mark.parametrize("word,pos,feats,lemma", [
    ("И́горь", "PROPN", "Case=Nom|Gender=Masc|Number=Sing", "Игорь"),
    (",", "PUNCT", "", ","),
    ("2021", "NUM", "", "2021"),
    ("iPhone", "X", "", "iphone"),
])
def test_lemmatize_table(word, pos, feats, lemma):
    assert lemmatize(word, pos, feats) == lemma


def test_tokens_get_pos_and_feats(nlp):
    doc = nlp("Песков ответил журналистам.")
    first = doc.tokens[0]
    assert first.pos == "PROPN"
    assert first.feats_dict["Case"] == "Nom"
