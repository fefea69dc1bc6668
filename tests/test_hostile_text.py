"""Texts a scraper really produces and that once crashed or misled the pipeline (issue 16).

Each case runs the whole pipeline and checks the invariants of ``test_robustness.check``:
no exception, every span is ``text[start:end]`` of the exact input.
"""

from __future__ import annotations

import pytest

from rusnews_nlp.annotations import Entity
from rusnews_nlp.referents import _org_loc_clusters
from test_robustness import check

#: Truncated teasers and snippets: the text stops right after a speech cue (issue 16, case 3).
TRUNCATED = [
    "Дмитрий Песков заявил,",
    "Дмитрий Песков заявил, в частности,",
    "Министр сообщил журналистам,",
    "Как отметила Мария Захарова,",
    "По словам Пескова,",
    "Песков заявил, что",
    "Песков заявил, что «",
    "«Переговоры продолжатся», —",
    "Пресс-секретарь президента сказал:",
    "Глава МИД Сергей Лавров напомнил о том,",
]


@pytest.mark.parametrize("text", TRUNCATED)
def test_text_ending_in_a_cue_is_annotated(nlp, text):
    doc = nlp(text)
    check(doc, text)
    assert doc.tokens[-1].end == len(text)


def test_truncated_cue_keeps_the_speaker_entity(nlp):
    doc = nlp("Дмитрий Песков заявил,")
    assert [e.text for e in doc.entities if e.label == "PER"] == ["Дмитрий Песков"]
    assert doc.quotes == ()


#: Fuzzing debris that made NER emit a one-character ORG (``«``) whose clustering key is empty.
DEBRIS = [
    "ют ьО пресс-секретарь «Иванов(",
    "пресс-служба «(",
    "«Газпром» и «",
]


@pytest.mark.parametrize("text", DEBRIS)
def test_debris_is_annotated(nlp, text):
    check(nlp(text), text)


def test_org_clusters_tolerate_an_empty_key():
    """A name that is only quotation marks has the key ``""``; an abbreviation compares its
    first word with it."""
    entities = [Entity("e1", 0, 1, "«", "ORG", "«"), Entity("e2", 2, 5, "МИД", "ORG", "МИД"),
                Entity("e3", 6, 17, "МИД России", "ORG", "МИД России")]
    forms = {e.id: e.normal for e in entities}
    clusters = _org_loc_clusters(entities, forms)
    assert sorted(sorted(m.id for m in c.mentions) for c in clusters) == [["e1"], ["e2", "e3"]]


# --------------------------------------------------------------------------- case 11
# Invisible and look-alike characters inside names: offsets stay on the input, the models
# read the folded word, the name is whole and the speaker found.

HIDDEN = [
    ("Пресс-секретарь президента Дмитрий Пес\u200bков заявил, что встреча состоится.",
     "Дмитрий Пес\u200bков", "Дмитрий Песков"),          # zero-width space
    ("Пресс-секретарь президента Дмитрий Пес\u00adков заявил, что встреча состоится.",
     "Дмитрий Пес\u00adков", "Дмитрий Песков"),          # soft hyphen
    ("Пресс-секретарь президента Дмитрий Пескoв заявил, что встреча состоится.",
     "Дмитрий Пескoв", "Дмитрий Песков"),                # Latin o
    ("Министр иностранных дел Сергей Лaвpoв сказал журналистам, что переговоры продолжатся.",
     "Сергей Лaвpoв", "Сергей Лавров"),                  # Latin a, p, o
    ("Глава МИД Сергей Лав\u2060ров сообщил, что ответ будет дан.",
     "Сергей Лав\u2060ров", "Сергей Лавров"),            # word joiner
]


@pytest.mark.parametrize("text, mention, name", HIDDEN)
def test_hidden_characters_do_not_cut_names_or_lose_the_speaker(nlp, text, mention, name):
    doc = nlp(text)
    check(doc, text)
    people = [e for e in doc.entities if e.label == "PER"]
    assert [(e.text, e.normal) for e in people] == [(mention, name)]
    assert people[0].start == text.index(mention)
    assert [q.speaker.name for q in doc.quotes if q.speaker] == [name]
    assert [r.name for r in doc.referents if r.label == "PER"] == [name]


@pytest.mark.parametrize("word, model", [
    ("Пес\u200bков", "Песков"),
    ("Пес\u00adков", "Песков"),
    ("Пескoв", "Песков"),          # Latin o inside a Cyrillic word
    ("\ufeffМосква", "Москва"),
    ("Peskov", "Peskov"),          # a Latin word stays Latin
    ("iPhone-версия", "iPhone-версия"),  # Latin letters that are no look-alikes: untouched
    ("COVID", "COVID"),
    ("\u200b", "\u200b"),          # nothing but invisible: kept, never an empty word
])
def test_model_form(word, model):
    from rusnews_nlp.confusables import model_form

    assert model_form(word) == model


def test_fold_scripts_keeps_length():
    from rusnews_nlp.confusables import fold_scripts

    text = "Пескoв и Peskov, Лaвpoв — MOCKBA и Москвa"
    folded = fold_scripts(text)
    assert len(folded) == len(text)
    assert folded == "Песков и Peskov, Лавров — MOCKBA и Москва"
