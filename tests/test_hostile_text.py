"""Texts a scraper really produces and that once crashed or misled the pipeline (issue 16).

Each case runs the whole pipeline and checks the invariants of ``test_robustness.check``:
no exception, every span is ``text[start:end]`` of the exact input.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rusnews_nlp.annotations import Entity
from rusnews_nlp.entities.referents import _org_loc_clusters
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


#: The same in an oblique case: the person-name rules (case, gender, nominative) read the
#: folded words too.
HIDDEN_OBLIQUE = [
    ("Встреча с Дмитрием Пес\u00adковым прошла спокойно.", "Дмитрием Пес\u00adковым",
     "Дмитрий Песков"),
    ("Журналисты ждали Андрея Клишасa у входа.", "Андрея Клишасa", "Андрей Клишас"),
    ("Журналисты ждали Сергея Лaвpoва у входа.", "Сергея Лaвpoва", "Сергей Лавров"),
]


@pytest.mark.parametrize("text, mention, name", HIDDEN_OBLIQUE)
def test_hidden_characters_in_an_oblique_name(nlp, text, mention, name):
    doc = nlp(text)
    check(doc, text)
    assert [(e.text, e.normal) for e in doc.entities if e.label == "PER"] == [(mention, name)]


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
    from rusnews_nlp.text.confusables import model_form

    assert model_form(word) == model


def test_fold_scripts_keeps_length():
    from rusnews_nlp.text.confusables import fold_scripts

    text = "Пескoв и Peskov, Лaвpoв — MOCKBA и Москвa"
    folded = fold_scripts(text)
    assert len(folded) == len(text)
    assert folded == "Песков и Peskov, Лавров — MOCKBA и Москва"


# --------------------------------------------------------------------------- generated texts
# Speech around cue words cut and glued anyhow: what a scraper makes of quoted news.

CUES = ["заявил", "сказала", "по словам", "По словам", "сообщил", "отметил", "заявил,",
        "сказала:", "сообщили в пресс-службе", "как отметил", "добавил он"]
NAMES = ["Дмитрий Песков", "Песков", "Мария Захарова", "В. Путин", "В. В. Путин", "А.",
         "им.", "ул. Ленина", "пресс-секретарь", "министр", "он", "она", "МИД", "Кремль"]
PIECES = [",", ", ", ".", "...", ":", ";", "!", "?", " ", " ", "\n", "\n\n", " — ", "—", " - ",
          "-", "«", "»", "„", "“", "\"", "'", "(", ")", "что", ", что ", "«Мы готовы»",
          "«Это", "решение»", "встреча состоится", "\u200b", "\u00ad", "o", "В.", "им."]

news_texts = st.lists(st.sampled_from(CUES) | st.sampled_from(NAMES) | st.sampled_from(PIECES),
                      max_size=30).map("".join)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(news_texts, min_size=1, max_size=4))
def test_generated_speech_never_breaks_the_pipeline(nlp, texts):
    """No exception, one document per text, every span (tokens, entities, quotes, cues,
    speakers) exactly ``text[start:end]``."""
    docs = list(nlp.pipe(texts, batch_size=4))
    assert len(docs) == len(texts)
    for doc, text in zip(docs, texts):
        check(doc, text)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(news_texts, min_size=1, max_size=5))
def test_generated_speech_gives_one_annotation_per_record(nlp, texts):
    """Through ``annotate``'s record path: one output line per input record, none an error."""
    from rusnews_nlp.io.batches import annotate_batch
    from rusnews_nlp.io.records import InputRecord

    records = [InputRecord(f"doc{i}", text) for i, text in enumerate(texts)]
    outcomes = annotate_batch(records, nlp)
    assert [o.id for o in outcomes] == [r.id for r in records]
    for outcome, text in zip(outcomes, texts):
        assert outcome.error is None, outcome.line
        assert json.loads(outcome.line)["text"] == text


def test_letter_without_a_unicode_name(nlp):
    """pymorphy3 asks ``unicodedata.name`` whether a letter is Latin; a letter Python's tables
    do not name (Tangut ``𗀀``) raised ValueError and lost the whole document."""
    text = "A𗀀 заявил, что 𗀀𗀀 пришел."
    doc = nlp(text)
    assert doc.tokens and all(text[t.start:t.end] == t.text for t in doc.tokens)
    assert [q.text for q in doc.quotes] == ["𗀀𗀀 пришел"]
