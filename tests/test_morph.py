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
    # an adverb's comparative -> the positive adverb; none in the dictionary -> itself
    ("Такие споры случаются всё чаще.", "чаще", "часто"),
    ("Делегация прибыла раньше срока.", "раньше", "раньше"),
    # ``всё`` keeps the ё that tells it from ``все``, even in a text written without ё
    ("Он все же приехал на встречу.", "все", "всё"),
    # a stress mark hides the word from the tagger and the dictionary alike
    ("Испытали раке́тный двигатель нового типа.", "раке́тный", "ракетный"),
    # counts written without a period; unit symbols stay as written
    ("Бюджет вырос на 5 млн рублей.", "млн", "миллион"),
    ("Колонна прошла 30 км за день.", "км", "км"),
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
    # a name is never a verb form: ``жилить``, ``мереть`` are pymorphy3's only readings
    ("Жиль", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "Жиль"),
    ("Мерло", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "Мерло"),
    # an untagged word pymorphy3 only guesses at keeps its form, a known one is lemmatised
    ("Гуммет", "X", "Foreign=Yes", "гуммет"),
    ("плуги", "X", "Foreign=Yes", "плуг"),
    ("всего", "PRON", "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing", "всё"),
])
def test_lemmatize_table(word, pos, feats, lemma):
    assert lemmatize(word, pos, feats) == lemma


def test_tokens_get_pos_and_feats(nlp):
    doc = nlp("Песков ответил журналистам.")
    first = doc.tokens[0]
    assert first.pos == "PROPN"
    assert first.feats_dict["Case"] == "Nom"
