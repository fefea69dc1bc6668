"""A bare office after a named speaker: the same person, unless the KB rules it out."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("Владимир Путин заявил, что переговоры продолжатся. Президент добавил, что визит "
     "состоится.", ["Владимир Путин", "Владимир Путин"]),
    ("Владимир Путин заявил, что переговоры продолжатся. Губернатор добавил, что регион готов "
     "к визиту.", ["Владимир Путин", None]),  # a role is no name (GUIDELINE §2a): UNNAMED
    ("Сергей Лавров заявил, что ответ будет. Министр подчеркнул, что Москва не спешит.",
     ["Сергей Лавров", "Сергей Лавров"]),
    # the verb's gender rules out the previous speaker
    ("Мария Захарова заявила, что ответ будет. Министр подчеркнул, что Москва не спешит.",
     ["Мария Захарова", None]),
])
def test_bare_office_after_speaker(nlp, text, speakers):
    doc = nlp(text)
    assert [q.speaker.name for q in doc.quotes] == speakers
