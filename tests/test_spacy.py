"""The spaCy component: razdel tokens, attributes, DocBin, nlp.pipe, entry points, CLI agreement."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from importlib import metadata
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from hypothesis import given, settings, strategies as st  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from rusnews_nlp.annotations import (Cue, Document, Entity, Quote, Referent, Token,  # noqa: E402
                                     Speaker, Zone)
from rusnews_nlp.integrations import spacy as rs  # noqa: E402
from rusnews_nlp.text.segment import segment  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва готова к диалогу.\n\n"
        "«Мы открыты  для переговоров», — сказал он журналистам.\n"
        "Читайте также: Курс рубля")


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def hand_made() -> Document:
    """A fully annotated schema-v1 document built by hand (no models)."""
    sentences, tokens = segment(TEXT)
    ents = []
    for i, (needle, label, normal) in enumerate([
            ("Кремля", "ORG", "Кремль"), ("Дмитрий Песков", "PER", "Дмитрий Песков"),
            ("Москва", "LOC", "Москва")], 1):
        s, e = at(TEXT, needle)
        ents.append(Entity(f"e{i}", s, e, needle, label, normal))
    s, e = at(TEXT, "Москва готова к диалогу")
    cue1 = Cue(*at(TEXT, "заявил"), "заявил", "заявить")
    speaker = Speaker("Дмитрий Песков", "PER", "r2", *at(TEXT, "Дмитрий Песков"), "Дмитрий Песков")
    q1 = Quote("q1", s, e, TEXT[s:e], "indirect", cue1, speaker, "verb_that")
    s, e = at(TEXT, "Мы открыты  для переговоров")
    cue2 = Cue(*at(TEXT, "сказал"), "сказал", "сказать")
    he = Speaker("Дмитрий Песков", "PER", "r2", *at(TEXT, "он"), "он")
    q2 = Quote("q2", s, e, TEXT[s:e], "direct", cue2, he, "quote_dash_verb")
    chrome = at(TEXT, "Читайте также: Курс рубля")
    return Document(
        TEXT, id="hand", sentences=sentences,
        tokens=tuple(Token(t.start, t.end, t.text, t.text.lower(), "X", "") for t in tokens),
        entities=tuple(ents), quotes=(q1, q2),
        referents=(Referent("r1", "ORG", "Кремль", ("e1",), "Q12345", "exact"),
                   Referent("r2", "PER", "Дмитрий Песков", ("e2",)),
                   Referent("r3", "LOC", "Москва", ("e3",))),
        zones=(Zone(*chrome, "related"),),
    )


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": rs.TOKENIZER}}})


# --------------------------------------------------------------------------- tokenizer


@pytest.mark.parametrize("text", [
    "Песков заявил, что Кремль готов к диалогу.",
    "  Два пробела в начале.\nИ новая строка.",
    "Слово  два   пробела\n\n\nтри строки\t таб",
    "Кинотеатры закрыты в кинотеатрахОбщество 14:05Политика",
    "т.е. и т.д. — сокращения; г. Москва, ул. Тверская.",
    "",
    "   ",
    "конец с пробелами   ",
])
def test_tokenizer_matches_segmenter(blank, text):
    doc = blank(text)
    sentences, tokens = segment(text)
    assert doc.text == text
    assert [(t.idx, t.idx + len(t), t.text) for t in doc if not t.is_space] == \
        [(t.start, t.end, t.text) for t in tokens]
    starts = [t.idx for t in doc if t.is_sent_start and not t.is_space]
    assert starts == [s.start for s in sentences]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="абвгдеёжзАБВГДЕЁЖЗabcXYZ0123456789 \n\t.,!?«»—-:;\"'()", max_size=80))
def test_tokenizer_round_trips_any_text(text):
    vocab = spacy.blank("ru").vocab
    doc = rs.RazdelTokenizer(vocab)(text)
    _, tokens = segment(text)
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc if not t.is_space] == [(t.start, t.text) for t in tokens]
    assert all(t.text.strip() == "" for t in doc if t.is_space)


# --------------------------------------------------------------------------- attributes (no models)


def test_apply_document_sets_everything(blank):
    document = hand_made()
    doc = rs.apply_document(blank.make_doc(TEXT), document)
    assert [(e.text, e.label_, e.id_, e._.normal, e._.referent) for e in doc.ents] == [
        ("Кремля", "ORG", "e1", "Кремль", "r1"),
        ("Дмитрий Песков", "PER", "e2", "Дмитрий Песков", "r2"),
        ("Москва", "LOC", "e3", "Москва", "r3"),
    ]
    assert doc.ents[0].kb_id_ == "Q12345"
    quotes = doc.spans["quotes"]
    assert [(q.text, q.label_, q.id_) for q in quotes] == [
        ("Москва готова к диалогу", "indirect", "q1"),
        ("Мы открыты  для переговоров", "direct", "q2"),
    ]
    q2 = quotes[1]
    assert (q2._.speaker, q2._.speaker_type, q2._.referent, q2._.cue, q2._.cue_lemma,
            q2._.quote_type, q2._.speaker_text, q2._.rule) == (
        "Дмитрий Песков", "PER", "r2", "сказал", "сказать", "direct", "он", "quote_dash_verb")
    assert [r["name"] for r in doc._.referents] == ["Кремль", "Дмитрий Песков", "Москва"]
    assert doc._.zones == [{"start": TEXT.index("Читайте"), "end": len(TEXT), "kind": "related"}]
    assert doc[0].lemma_ == "пресс-секретарь" and doc[0].pos_ == "X"
    assert rs.to_document(doc, "hand").to_dict() == document.to_dict()


def test_docbin_round_trip(blank):
    document = hand_made()
    doc = rs.apply_document(blank.make_doc(TEXT), document)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(blank.vocab)
    assert rs.to_document(back, "hand").to_dict() == document.to_dict()
    assert back.spans["quotes"][0]._.speaker == "Дмитрий Песков"
    assert [e.kb_id_ for e in back.ents] == ["Q12345", "", ""]


def test_foreign_tokenizer_is_replaced_and_warns_only_when_annotations_are_lost():
    document = hand_made()
    nlp = spacy.blank("ru")  # spaCy's own tokenizer
    plain = nlp.make_doc(TEXT)
    assert not rs._aligned(plain, document.tokens)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = rs.apply_document(plain, document)
    assert rs.to_document(doc, "hand").to_dict() == document.to_dict()

    tagged = nlp.make_doc(TEXT)
    tagged[0].pos_ = "NOUN"
    with pytest.warns(UserWarning, match="put 'rusnews_nlp' first"):
        rs.apply_document(tagged, document)


def test_misaligned_span_is_widened_with_a_warning(blank):
    document = hand_made()
    s, e = at(TEXT, "Песков")
    odd = Entity("e9", s + 1, e, TEXT[s + 1:e], "PER")  # starts inside a token
    with pytest.warns(UserWarning, match="not on token boundaries"):
        doc = rs.apply_document(blank.make_doc(TEXT), document.replace(entities=(odd,)))
    span = doc.spans["entities"][0]
    assert span.text == "Песков" and span._.entity["start"] == s + 1


def test_entry_points_declared_in_pyproject():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    points = project["project"]["entry-points"]
    assert points["spacy_factories"][rs.COMPONENT] == f"{rs.__name__}:make_component"
    assert points["spacy_tokenizers"][rs.TOKENIZER] == f"{rs.__name__}:create_tokenizer"
    assert "spacy" in project["project"]["optional-dependencies"]


# --------------------------------------------------------------------------- with the models

SENTENCES = [
    "Пресс-секретарь президента Дмитрий Песков заявил, что Кремль готов к диалогу с Вашингтоном.",
    "«Мы не получали ответа», — сказал министр иностранных дел Сергей Лавров.\n\n"
    "По словам Лаврова, Москва ждёт предложений от НАТО до конца недели.",
    "В Минске  прошла встреча Александра Лукашенко и Владимира Путина.",
]


@pytest.fixture(scope="module")
def nlp_spacy():
    return rs.load()


@pytest.mark.slow
def test_agrees_with_cli_annotate(nlp_spacy, tmp_path):
    from rusnews_nlp.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                              for i, t in enumerate(SENTENCES)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(source), "-o", str(out), "-q"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for line, doc in zip(lines, nlp_spacy.pipe(SENTENCES)):
        ours = rs.to_document(doc, line["id"]).to_dict()
        line.pop("meta")
        ours.pop("meta")
        assert ours == line
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
            [(e["start"], e["end"], e["label"]) for e in line["entities"]]
        assert [(s.start_char, s.end_char, s._.speaker) for s in doc.spans["quotes"]] == \
            [(q["start"], q["end"], (q["speaker"] or {}).get("name")) for q in line["quotes"]]
    assert any(len(line["entities"]) for line in lines)


@pytest.mark.slow
def test_add_pipe_on_spacy_blank_equals_load(nlp_spacy):
    nlp = spacy.blank("ru")
    nlp.add_pipe("rusnews_nlp")
    for text in SENTENCES:
        assert rs.to_document(nlp(text)).to_dict() == rs.to_document(nlp_spacy(text)).to_dict()


@pytest.mark.slow
def test_pipe_batched_and_multiprocess_agree(nlp_spacy):
    single = [rs.to_document(nlp_spacy(t)).to_dict() for t in SENTENCES]
    batched = [rs.to_document(d).to_dict() for d in nlp_spacy.pipe(SENTENCES, batch_size=2)]
    forked = [rs.to_document(d).to_dict()
              for d in nlp_spacy.pipe(SENTENCES * 2, batch_size=2, n_process=2)]
    assert batched == single
    assert forked == single * 2


@pytest.mark.slow
def test_to_disk_and_spacy_load(nlp_spacy, tmp_path):
    nlp_spacy.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    assert isinstance(again.tokenizer, rs.RazdelTokenizer)
    assert again.pipe_names == ["rusnews_nlp"]
    text = SENTENCES[0]
    assert rs.to_document(again(text)).to_dict() == rs.to_document(nlp_spacy(text)).to_dict()


def _installed_entry_point() -> bool:
    return any(ep.name == rs.COMPONENT
               for ep in metadata.entry_points(group="spacy_factories"))


@pytest.mark.slow
@pytest.mark.skipif(not _installed_entry_point(),
                    reason="rusnews-nlp is not pip-installed here (entry points unregistered)")
def test_entry_point_works_without_importing_us():
    code = ("import spacy, sys; assert 'rusnews_nlp' not in sys.modules; "
            "nlp = spacy.blank('ru'); nlp.add_pipe('rusnews_nlp'); "
            "doc = nlp('Сергей Лавров прилетел в Анкару.'); "
            "print([(e.text, e.label_) for e in doc.ents])")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd="/").stdout
    assert "Сергей Лавров" in out and "PER" in out
