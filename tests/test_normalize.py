"""Entity ``normal``: nominative, keeping the gender and number of the original."""

from __future__ import annotations

import pytest

CASES = [
    ("Президент позвонил Сергею Лаврову вечером.", "Сергею Лаврову", "Сергей Лавров"),
    ("Встреча с Ангелой Меркель прошла в Берлине.", "Ангелой Меркель", "Ангела Меркель"),
    ("Пожары начались в Калужской области.", "Калужской области", "Калужская область"),
    ("По словам Пескова, переговоры продолжатся.", "Пескова", "Песков"),
    ("Письмо направили Юлии Ивановой.", "Юлии Ивановой", "Юлия Иванова"),
    ("Делегация прибыла в Соединенные Штаты Америки.", "Соединенные Штаты Америки",
     "Соединенные Штаты Америки"),
    ("Решение поддержали в Государственной думе.", "Государственной думе", "Государственная дума"),
    ("Делегация прилетела в Нижний Новгород из Нижнего Новгорода.", "Нижнего Новгорода",
     "Нижний Новгород"),
    ("Интервью с Шарлем Мишелем вышло вчера.", "Шарлем Мишелем", "Шарль Мишель"),
    ("Министр встретился с Джо Байденом.", "Джо Байденом", "Джо Байден"),
    ("Письмо вручили Ангеле Меркель лично.", "Ангеле Меркель", "Ангела Меркель"),
    ("Наставник клуба Марко Росси остался недоволен.", "Марко Росси", "Марко Росси"),
    ("Встреча с Марко Росси прошла вчера.", "Марко Росси", "Марко Росси"),
    ("Встреча с Нго Тхи Ханг прошла вчера.", "Нго Тхи Ханг", "Нго Тхи Ханг"),
]


@pytest.mark.parametrize("word,feats,normal", [
    ("Санкт-Петербурге", "Case=Loc|Gender=Masc|Number=Sing", "Санкт-Петербург"),
    ("Ростова-на-Дону", "Case=Gen|Gender=Masc|Number=Sing", "Ростов-на-Дону"),
    ("Славянска-на-Кубани", "Case=Gen|Gender=Masc|Number=Sing", "Славянск-на-Кубани"),
    ("Нью-Йорке", "Case=Loc|Gender=Masc|Number=Sing", "Нью-Йорк"),
    ("Улан-Удэ", "Case=Loc|Gender=Masc|Number=Sing", "Улан-Удэ"),
])
def test_hyphenated_place_names(word, feats, normal):
    from rusnews_nlp.normalize import nominative

    assert nominative(word, feats, "LOC") == normal


@pytest.mark.parametrize("sentence,span,normal", CASES)
def test_normal(nlp, sentence, span, normal):
    doc = nlp(sentence)
    found = {e.text: e.normal for e in doc.entities}
    assert found.get(span) == normal, found


def test_entity_offsets(nlp):
    text = "Глава МИД России Сергей Лавров встретился с Энтони Блинкеном в Женеве."
    doc = nlp(text)
    assert doc.entities
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]


@pytest.mark.parametrize("sentence,span,label,normal", [
    ("Об этом сообщили в МИД России.", "МИД России", "ORG", "МИД России"),
    ("Заявление министерства иностранных дел России вышло вечером.",
     "министерства иностранных дел России", "ORG", "министерство иностранных дел России"),
    ("Переговоры прошли в Европейском союзе.", "Европейском союзе", "ORG", "Европейский союз"),
])
def test_normalize_span(nlp, sentence, span, label, normal):
    """Spans the NER model may cut differently, normalised directly."""
    from rusnews_nlp.normalize import normalize_entity

    doc = nlp(sentence)
    start = sentence.index(span)
    tokens = [t for t in doc.tokens if start <= t.start and t.end <= start + len(span)]
    assert normalize_entity(span, tokens, label) == normal
