"""Speakers named as the document names them (issue 14, items 5, 6, 8; GUIDELINE.md §2a):
quote -> speaker on sentences written for these tests."""

from __future__ import annotations

import pytest

from rusnews_nlp.annotations import Referent
from rusnews_nlp.quotes.speakers.names import folded, fuller_referents

STAGES = ["segment", "morph", "ner", "normalize", "referents", "quotes"]


@pytest.fixture(scope="module")
def analyse():
    from rusnews_nlp import Pipeline

    return Pipeline(stages=STAGES)


def _speaker_of(doc, words: str):
    quote = next((q for q in doc.quotes if words in q.text), None)
    assert quote is not None, [q.text for q in doc.quotes]
    return quote.speaker


# (id, text, date or None, words of the quote, expected speaker name, expected type)
CASES = [
    # item 5: the name the document gives
    ("initial_glued_to_the_surname",
     "Директор института Николай Прянишников выступил на конференции. «Денег не хватает», — "
     "сказал Н.Прянишников.", None, "Денег не хватает", "Николай Прянишников", "PER"),
    ("latin_and_cyrillic_lookalikes_are_one_body",
     "«Мы закроем магазины в регионе», — сообщили в компании X5 Retail Group. Позже в Х5 "
     "Retail Group добавили, что сотрудников переведут.", None, "сотрудников переведут",
     "X5 Retail Group", "ORG"),
    ("capitalised_role_tagged_as_a_name",
     "Канцлер Германии Ангела Меркель прибыла в Париж. «Нам нужно единство», — сказал Канцлер.",
     None, "Нам нужно единство", "Ангела Меркель", "PER"),
    ("bare_office_is_unnamed",
     "«Бюджет будет сбалансирован», — сказал министр.", None, "Бюджет будет", None, "UNNAMED"),
    ("head_of_a_body_is_unnamed",
     "«Спектакль перенесут на осень», — сообщил руководитель театра.", None, "Спектакль",
     None, "UNNAMED"),
    ("head_of_a_body_is_its_named_director",
     "Генеральный директор холдинга «Медиа-Групп» Иван Сидоров опроверг слухи. Глава "
     "холдинга заявил, что активы не продаются.", None, "активы не продаются",
     "Иван Сидоров", "PER"),
    # a former holder holds no office of the body (``бывший`` roles are left out when roles
    # are looked up by kind, issue 16 merge)
    ("head_of_a_body_is_not_its_former_director",
     "Бывший генеральный директор холдинга «Медиа-Групп» Иван Сидоров опроверг слухи. Глава "
     "холдинга заявил, что активы не продаются.", None, "активы не продаются", None, "UNNAMED"),
    ("head_of_a_body_is_its_current_director_not_the_former_one",
     "Бывший генеральный директор холдинга «Медиа-Групп» Иван Сидоров опроверг слухи. "
     "Генеральный директор холдинга Петр Орлов выступил. Глава холдинга заявил, что активы не "
     "продаются.", None, "активы не продаются", "Петр Орлов", "PER"),
    ("head_of_a_theatre_is_its_artistic_director",
     "Худрук театра «Современник» Сергей Петров объявил о премьере. «Спектакль перенесут на "
     "осень», — сообщил руководитель театра.", None, "Спектакль", "Сергей Петров", "PER"),
    # item 6: a role never goes to a previous speaker of the other gender
    ("role_after_a_woman_speaker_is_not_her",
     "«Мы ответим на санкции», — заявила Мария Захарова. Глава делегации заявил, что "
     "переговоры продолжатся.", None, "переговоры продолжатся", None, "UNNAMED"),
    ("unwritten_subject_of_a_feminine_verb_is_not_the_last_male_speaker",
     "Глава Минздрава Мэтт Хэнкок поздравил пару: «Очень рад за Бориса и Кэрри».\n\nБорис "
     "Джонсон накануне переболел. Симптомы отмечались и у его возлюбленной. Кэрри оставалась "
     "дома и сказала, что ей не нужно было делать тест.", None, "делать тест", "Кэрри", "PER"),
    ("role_prefers_the_named_leader_over_the_last_speaker",
     "«Мы ответим на санкции», — заявил Сергей Лавров. Александр Лукашенко провел совещание "
     "в Минске. Белорусский лидер заявил, что граница останется открытой.", "2021-06-01",
     "граница останется", "Александр Лукашенко", "PER"),
    ("vague_head_role_leaves_the_office_to_the_kb",
     "Глава внешнеполитического ведомства России Сергей Лавров прилетел в Токио. «Мы готовы "
     "к диалогу», — заявил Сергей Лавров. Глава МИД подтвердил, что визит продлится два "
     "дня.", None, "визит продлится", "Сергей Лавров", "PER"),
    ("attribution_inside_a_quote_with_hyphens_is_narration",
     "«Переговоры были трудными, - заявил Сергей Лавров. - Но мы договорились». Глава МИД "
     "России добавил, что визит продлится два дня.", None, "визит продлится",
     "Сергей Лавров", "PER"),
    # item 6: a pronoun after a long interrupted quote is its speaker (the quoted sentences
    # are not narration, and an unresolved pronoun is the current speaker), never a name
    ("pronoun_after_a_long_interrupted_quote_is_the_speaker",
     "«Разговор был откровенным, — сказал Сергей Лавров. — Ответ будет дан письменно. Сроки "
     "не определены». Переговоры шли шесть часов. Журналисты ждали у входа. Он добавил, что "
     "встреча возможна.", None, "встреча возможна", "Сергей Лавров", "PER"),
    ("pronoun_with_nobody_before_is_unnamed",
     "Он добавил, что встреча возможна.", None, "встреча возможна", None, "UNNAMED"),
    ("pronoun_that_speaks_still_agrees_in_gender",
     "«Мы не отступим», — сказала Мария Захарова. Сергей Лавров вылетел в Женеву. Он "
     "добавил, что санкции не помогут.", None, "санкции не помогут", "Сергей Лавров", "PER"),
    # item 8: an office at the document's date
    ("office_at_the_record_date",
     "Госсекретарь США заявил, что переговоры с Россией продолжатся.", "2022-01-20",
     "переговоры с Россией", "Энтони Блинкен", "PER"),
    ("office_at_a_date_written_in_the_text",
     "20 января 2022 года госсекретарь США заявил, что переговоры продолжатся.", None,
     "переговоры продолжатся", "Энтони Блинкен", "PER"),
    ("office_without_a_date_is_unnamed",
     "Госсекретарь США заявил, что переговоры продолжатся.", None, "переговоры продолжатся",
     None, "UNNAMED"),
    ("office_holder_named_by_the_document",
     "Журналисты ждали Владимира Зеленского у входа. Президент Украины заявил, что санкции "
     "должны быть жестче.", "2022-03-20", "санкции должны", "Владимир Зеленский", "PER"),
    ("office_holder_the_document_names_without_a_date",
     "Журналисты ждали Владимира Зеленского у входа. Президент Украины заявил, что санкции "
     "должны быть жестче.", None, "санкции должны", "Владимир Зеленский", "PER"),
    ("office_of_a_place_nobody_named_holds_is_unnamed",
     "Журналисты ждали Владимира Путина у входа. Президент Украины заявил, что санкции "
     "должны быть жестче.", None, "санкции должны", None, "UNNAMED"),
    # impersonal messages of a body named by a common noun
    ("message_of_a_body_named_by_a_noun",
     "«Мы ищем свидетелей», — говорится в заявлении полиции.", None, "Мы ищем свидетелей",
     "полиция", "ORG"),
    ("message_of_the_body_the_document_named",
     "Полиция Армении задержала двух человек. «Задержанные дали показания», — говорится в "
     "заявлении полиции.", None, "Задержанные дали", "полиция Армении", "ORG"),
]


@pytest.mark.parametrize("text, date, words, name, type_", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_speaker(analyse, text, date, words, name, type_):
    doc = analyse({"text": text, "meta": {"date": date} if date else {}})
    speaker = _speaker_of(doc, words)
    assert speaker is not None
    assert (speaker.name, speaker.type) == (name, type_)


def test_office_holder_named_by_the_document_is_its_referent(analyse):
    text = ("Журналисты ждали Владимира Зеленского у входа. Президент Украины заявил, что санкции "
            "должны быть жестче.")
    doc = analyse({"text": text, "meta": {"date": "2022-03-20"}})
    speaker = _speaker_of(doc, "санкции должны")
    referent = next(r for r in doc.referents if r.id == speaker.referent)
    assert referent.name == "Владимир Зеленский"


def test_lookalike_quotes_share_one_referent(analyse):
    text = ("«Мы закроем магазины в регионе», — сообщили в компании X5 Retail Group. Позже в Х5 "
            "Retail Group добавили, что сотрудников переведут.")
    doc = analyse(text)
    first, second = (_speaker_of(doc, w) for w in ("закроем", "переведут"))
    assert first.referent == second.referent is not None


@pytest.mark.parametrize("names, short, full", [
    (["Николай Прянишников", "Н.Прянишников"], "r2", "r1"),
    (["Николай Прянишников", "Н. Прянишников"], "r2", "r1"),
    (["Николай Прянишников", "Наталья Прянишникова", "Н.Прянишников"], "r3", None),  # two fit
    (["Николай Прянишников", "П.Прянишников"], "r2", None),  # another initial
])
def test_initials_expand_to_the_one_full_name(names, short, full):
    refs = [Referent(f"r{n}", "PER", name, (f"e{n}",)) for n, name in enumerate(names, 1)]
    got = fuller_referents(refs).get(short)
    assert (got.id if got else None) == full


def test_lookalike_letters_fold():
    assert folded("X5 Retail Group") == folded("Х5 Retail Group")
    assert folded("МТС") != folded("MTC Group")
