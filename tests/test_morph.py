"""Contextual lemmas: the pymorphy3 parse that agrees with slovnet's tags."""

from __future__ import annotations

import pytest

from rusnews_nlp.text.morph import lemmatize


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
    # a participle the dictionary marks as used as an adjective or a noun lemmatises as one
    ("Концерт дали заслуженные артисты России.", "заслуженные", "заслуженный"),
    ("Среди пострадавших есть дети.", "пострадавших", "пострадавший"),
    # a plurale tantum has no gender to lose on: ``выборы`` is not the plural of ``выбор``
    ("На выборах победил действующий мэр.", "выборах", "выборы"),
    ("Выборы прошли спокойно.", "Выборы", "выборы"),
    ("Партия готовится к выборам в Госдуму.", "выборам", "выборы"),
    ("У него не было выбора.", "выбора", "выбор"),
    ("Переговоры длились шесть часов.", "часов", "час"),
    # forms two lexemes share, told apart by the next word
    ("Большую роль в победе сыграли болельщики.", "Большую", "большой"),
    ("Большая часть бюджета ушла на оборону.", "Большая", "больший"),
    ("Москва стала самой дорогой столицей Европы.", "самой", "самый"),
    ("Пожар начался в самом центре города.", "самом", "самый"),
    ("Встреча с самим президентом состоялась.", "самим", "сам"),
    # a rare homonym loses a tie with a common word
    ("Он командовал полком три года.", "полком", "полк"),
    ("Командир полка вручил награды.", "полка", "полк"),
    ("Журналист написал десяток статей о коррупции.", "статей", "статья"),
    ("Основным источником дохода остаётся нефть.", "Основным", "основной"),
    # two-part abbreviations
    ("Рост замедлился, т. е. кризис позади.", "т.", "то"),
    ("Рост замедлился, т. е. кризис позади.", "е.", "быть"),
    ("Встречу отменили, т. к. министр заболел.", "т.", "так"),
    ("Встречу отменили, т. к. министр заболел.", "к.", "как"),
    ("Город основан в V в. до н. э. греками.", "н.", "наш"),
    ("Город основан в V в. до н. э. греками.", "э.", "эра"),
    ("Это т. н. серая схема.", "н.", "называть"),
    ("Об этом сообщил и. о. губернатора.", "и.", "исполнять"),
    ("Об этом сообщил и.о. губернатора.", "о.", "обязанность"),
    # ``фр.``: the franc after a number, French before a noun
    ("Билет стоил 20 фр. за вход.", "фр.", "франк"),
    ("Он переводил с фр. языка.", "фр.", "французский"),
    # the input's ``-ье`` is the lemma's, not pymorphy3's older ``-ие``
    ("Спасатели вывели туристов из ущелья.", "ущелья", "ущелье"),
    ("Он пожелал всем счастья.", "счастья", "счастье"),
    # temporal comparatives are their own lemmas
    ("Позже он вернулся домой.", "Позже", "позже"),
    ("Позднее выяснилось, что отчёт подделан.", "Позднее", "позднее"),
    ("Ранее сообщалось о пожаре.", "Ранее", "ранее"),
    # an adjective's comparative is the positive adjective
    ("Цены на бензин выше, чем в прошлом году.", "выше", "высокий"),
    # an ordinal in digits with ``-м``
    ("В 2020-м году экономика упала.", "2020-м", "2020-й"),
    # a neuter adjective after a preposition with no noun is a noun
    ("Реформа в основном завершена.", "основном", "основное"),
    ("В общем, все довольны.", "общем", "общее"),
    ("В основном составе команды три новичка.", "основном", "основной"),
    # a word the dictionary never knows as a verb: the tagger's VERB is ignored
    ("Согласно опросу, рейтинг вырос.", "Согласно", "согласно"),
    # a name the guesser reads as an abbreviation in every case
    ("Он учился в Университете Сассекса.", "Сассекса", "Сассекс"),
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
    # the tagger's VERB on a word the dictionary never knows as a verb
    ("Согласно", "VERB", "Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
     "согласно"),
    ("выше", "ADJ", "Degree=Cmp", "высокий"),
    ("позже", "ADV", "Degree=Cmp", "позже"),
    ("чаще", "ADV", "Degree=Cmp", "часто"),
    ("293-м", "ADJ", "Case=Ins|Degree=Pos|Gender=Masc|Number=Sing", "293-й"),
    ("фр.", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur", "франк"),
    ("Сассекса", "PROPN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", "Сассекс"),
    ("предгорьях", "NOUN", "Animacy=Inan|Case=Loc|Gender=Neut|Number=Plur", "предгорье"),
    ("заслуженный", "ADJ", "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing", "заслуженный"),
    # without the dictionary's Adjx/Subx the tagger's ADJ on a participle is not trusted
    ("расположены", "ADJ", "Degree=Pos|Number=Plur|Variant=Short", "расположить"),
])
def test_lemmatize_table(word, pos, feats, lemma):
    assert lemmatize(word, pos, feats) == lemma


def test_tokens_get_pos_and_feats(nlp):
    doc = nlp("Песков ответил журналистам.")
    first = doc.tokens[0]
    assert first.pos == "PROPN"
    assert first.feats_dict["Case"] == "Nom"


@pytest.mark.parametrize("sentence, word, pos, lemma", [
    # a common noun opening a sentence is no name for its capital
    ("Политтехнолог отметил, что изменения заметны.", "Политтехнолог", "NOUN", "политтехнолог"),
    ("«Политтехнолог отметил это».", "Политтехнолог", "NOUN", "политтехнолог"),
    ("Врач-терапевт объяснила, как быть.", "Врач-терапевт", "NOUN", "врач-терапевт"),
    # names stay names
    ("Песков ответил журналистам.", "Песков", "PROPN", "Песков"),
    ("Москва ответит на санкции.", "Москва", "PROPN", "Москва"),
])
def test_sentence_initial_capital(nlp, sentence, word, pos, lemma):
    token = next(t for t in nlp(sentence).tokens if t.text == word)
    assert (token.pos, token.lemma) == (pos, lemma)


@pytest.mark.parametrize("sentence, word, verb_form", [
    ("Погибли три человека, передаёт телеканал CNN.", "передаёт", "Fin"),
    ("Погибли три человека, передает телеканал CNN.", "передает", "Fin"),
    ("Он счёл, что решение ошибочно.", "счёл", "Fin"),
])
def test_yo_spelling_tags_like_ye(nlp, sentence, word, verb_form):
    """The tagger reads ``ё`` as ``е`` (its vocabulary saw those spellings far more often);
    the token keeps its ``ё``."""
    token = next(t for t in nlp(sentence).tokens if t.text == word)
    assert token.feats_dict.get("VerbForm") == verb_form


def test_parse_cache_returns_a_list_of_its_own():
    from rusnews_nlp.models.resources import morph_analyzer

    analyzer = morph_analyzer()
    first = analyzer.parse("стали")
    first.clear()  # a caller may change its list; the next caller must not see that
    again = analyzer.parse("стали")
    assert again and [p.normal_form for p in again] == \
        [p.normal_form for p in analyzer.parse("стали")]
