"""Scorers on hand-written gold/pred tables; readers on tiny files; shared-data targets (slow)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

from rusnews_nlp.cli import main
from rusnews_nlp.evaluation import Counts
from rusnews_nlp.evaluation.conllu import locate, parse_conllu
from rusnews_nlp.evaluation.factru import (
    FactruDocument, FactruObject, FactruSpan, load_factru, read_text,
)
from rusnews_nlp.evaluation.lemmas import score_sentences
from rusnews_nlp.evaluation.ner import (
    Span, filter_misaligned, filter_overlapping, gold_spans, io_tags, score_documents, tag_counts,
    tokenize,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FACTRU = SHARED / "data" / "factru-devset"
GSD = SHARED / "data" / "ud-gsd" / "ru_gsd-ud-dev.conllu"

#: Targets the pipeline must reach (natasha's numbers under the same method; lemmas: ours).
NER_TARGETS = {"PER": 0.957, "LOC": 0.902, "ORG": 0.775}
#: issue 2: reached on the strict score, where every kept ё counts as an error (GSD lemmas are
#: written without ё), and so on the ё-folded one too
LEMMA_TARGET = 0.965


def spans(*triples: tuple[int, int, str]) -> list[Span]:
    return [Span(a, b, label) for a, b, label in triples]


def toks(*pairs: tuple[int, int]) -> list[Span]:
    return [Span(a, b, "") for a, b in pairs]


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize("counts, p, r, f", [
    (Counts(3, 4, 3, 6), 0.75, 0.5, 0.6),
    (Counts(0, 0, 0, 5), 0.0, 0.0, 0.0),  # nothing predicted: P = 0, F1 = 0, no ZeroDivision
    (Counts(2, 2, 2, 2), 1.0, 1.0, 1.0),
])
def test_counts(counts: Counts, p: float, r: float, f: float) -> None:
    assert (counts.precision, counts.recall) == (p, r)
    assert counts.f1 == pytest.approx(f)


# --------------------------------------------------------------------------- naeval NER pieces

#  text: "мид Грузии заявил" -> tokens [0,3) [4,10) [11,17)
THREE = toks((0, 3), (4, 10), (11, 17))


@pytest.mark.parametrize("tokens, given, tags", [
    (THREE, spans((4, 10, "LOC")), [False, True, False]),
    (THREE, spans((0, 10, "ORG")), [True, True, False]),
    (THREE, spans((0, 3, "PER"), (11, 17, "PER")), [True, False, True]),
    (THREE, [], [False, False, False]),
    # naeval quirk kept: a span starting mid-token misses that token and is passed over.
    (THREE, spans((1, 3, "PER"), (11, 17, "PER")), [False, False, True]),
])
def test_io_tags(tokens: list[Span], given: list[Span], tags: list[bool]) -> None:
    assert list(io_tags(tokens, given)) == tags


@pytest.mark.parametrize("pred, gold, label, expected", [
    # exact hit
    (spans((0, 10, "ORG")), spans((0, 10, "ORG")), "ORG", Counts(2, 2, 2, 2)),
    # partial credit is per token: predicted only "Грузии" of "мид Грузии"
    (spans((4, 10, "ORG")), spans((0, 10, "ORG")), "ORG", Counts(1, 1, 1, 2)),
    # wrong type: a LOC prediction is no ORG
    (spans((4, 10, "LOC")), spans((4, 10, "ORG")), "ORG", Counts(0, 0, 0, 1)),
    (spans((4, 10, "LOC")), spans((4, 10, "ORG")), "LOC", Counts(0, 1, 0, 0)),
    # over-long prediction costs precision only
    (spans((0, 17, "PER")), spans((4, 10, "PER")), "PER", Counts(1, 3, 1, 1)),
])
def test_tag_counts(pred: list[Span], gold: list[Span], label: str, expected: Counts) -> None:
    assert tag_counts(THREE, pred, gold, label) == expected


@pytest.mark.parametrize("given, kept", [
    # мид Грузии: ORG covers LOC, the earlier/longer span wins
    (spans((0, 10, "ORG"), (4, 10, "LOC")), spans((0, 10, "ORG"))),
    # same start: the longer wins regardless of order
    (spans((4, 10, "LOC"), (4, 17, "ORG")), spans((4, 17, "ORG"))),
    # identical spans: the first listed wins (stable sort)
    (spans((4, 10, "LOC"), (4, 10, "ORG")), spans((4, 10, "LOC"))),
    # touching is not overlapping
    (spans((0, 3, "PER"), (3, 10, "LOC")), spans((0, 3, "PER"), (3, 10, "LOC"))),
    # a chain: the third only overlaps the dropped second, so it stays
    (spans((0, 5, "A"), (4, 9, "B"), (6, 9, "C")), spans((0, 5, "A"), (6, 9, "C"))),
])
def test_filter_overlapping(given: list[Span], kept: list[Span]) -> None:
    assert filter_overlapping(given) == kept


@pytest.mark.parametrize("text, given, kept", [
    ("поезд Москва-Баку", spans((6, 12, "LOC")), []),  # razdel keeps Москва-Баку one token
    ("поезд Москва-Баку", spans((6, 17, "LOC")), spans((6, 17, "LOC"))),
    ("в «Газпроме»", spans((2, 12, "ORG")), spans((2, 12, "ORG"))),
    ("в «Газпроме»", spans((3, 11, "ORG")), spans((3, 11, "ORG"))),
    ("в «Газпроме»", spans((3, 12, "ORG")), spans((3, 12, "ORG"))),
    ("в Газпроме", spans((2, 7, "ORG")), []),
])
def test_filter_misaligned(text: str, given: list[Span], kept: list[Span]) -> None:
    assert filter_misaligned(given, tokenize(text)) == kept


def obj(obj_id: str, obj_type: str, *parts: tuple[str, int, int]) -> FactruObject:
    return FactruObject(obj_id, obj_type, tuple(
        FactruSpan(f"{obj_id}.{i}", t, a, b) for i, (t, a, b) in enumerate(parts)))


#                  0         1         2         3         4
#                  0123456789012345678901234567890123456789012345
GOLD_TEXT = "Посол Италии в мид Грузии Витторио Сандали и ООН"


@pytest.mark.parametrize("objects, expected", [
    # Person: the whole object, first to last part (here name + surname)
    ([obj("1", "Person", ("name", 26, 34), ("surname", 35, 42))], spans((26, 42, "PER"))),
    # Org: only org_name spans; org_descr is not a name
    ([obj("2", "Org", ("org_descr", 15, 18), ("loc_name", 19, 25))], []),
    ([obj("3", "Org", ("org_name", 45, 48))], spans((45, 48, "ORG"))),
    # Location and LocOrg: loc_name spans
    ([obj("4", "LocOrg", ("loc_name", 6, 12))], spans((6, 12, "LOC"))),
    ([obj("5", "Location", ("loc_descr", 0, 5), ("loc_name", 6, 12))], spans((6, 12, "LOC"))),
    # мид Грузии as ORG name overlaps Грузии as LOC: the ORG wins
    ([obj("6", "Org", ("org_name", 15, 25)), obj("7", "LocOrg", ("loc_name", 19, 25))],
     spans((15, 25, "ORG"))),
    # other object types are not scored; result is sorted by start
    ([obj("8", "Project", ("prj_name", 45, 48)), obj("9", "LocOrg", ("loc_name", 19, 25)),
      obj("10", "LocOrg", ("loc_name", 6, 12))], spans((6, 12, "LOC"), (19, 25, "LOC"))),
    # a span not on token bounds is dropped (Итал|ии)
    ([obj("11", "LocOrg", ("loc_name", 6, 10))], []),
])
def test_gold_spans(objects: list[FactruObject], expected: list[Span]) -> None:
    assert gold_spans(FactruDocument("book_1", GOLD_TEXT, tuple(objects))) == expected


def test_score_documents_is_micro_averaged() -> None:
    doc_a = FactruDocument("a", "Путин прибыл в Москву", (
        obj("1", "Person", ("surname", 0, 5)), obj("2", "LocOrg", ("loc_name", 15, 21))))
    doc_b = FactruDocument("b", "Банк России и Сбербанк", (
        obj("3", "Org", ("org_name", 0, 11)), obj("4", "Org", ("org_name", 14, 22))))
    ent = lambda a, b, label: NS(start=a, end=b, label=label)  # noqa: E731
    score = score_documents([
        (doc_a, [ent(0, 5, "PER"), ent(15, 21, "ORG")]),  # Москву mislabelled
        (doc_b, [ent(5, 11, "LOC"), ent(14, 22, "ORG"), ent(0, 4, "MISC")]),
    ])
    assert score.counts["PER"] == Counts(1, 1, 1, 1)
    assert score.counts["ORG"] == Counts(1, 2, 1, 3)  # 3 gold tokens: Банк, России, Сбербанк
    assert score.counts["LOC"] == Counts(0, 1, 0, 1)
    assert (score.documents, score.gold_spans, score.pred_spans) == (2, 4, 4)


# --------------------------------------------------------------------------- factRuEval reader

TOKENS_LINE = "1 {start} {size} {text}\n"


def write_book(directory: Path, raw: bytes, spans_: list[tuple[str, int, int]],
               tokens: list[tuple[int, str]], objects: list[str]) -> None:
    (directory / "book_7.txt").write_bytes(raw)
    (directory / "book_7.tokens").write_text(
        "".join(TOKENS_LINE.format(start=s, size=len(t), text=t) for s, t in tokens), "utf-8")
    (directory / "book_7.spans").write_text(
        "".join(f"{i} {k} {s} {n} 0 1  # 0 x\n" for i, (k, s, n) in
                zip(range(10, 99), spans_)), "utf-8")
    (directory / "book_7.objects").write_text("".join(line + "\n" for line in objects), "utf-8")


@pytest.mark.parametrize("raw, moskva, snow", [
    ("В Москве\nснег".encode(), 2, 9),                       # plain
    ("\ufeffВ Москве\nснег".encode(), 2, 9),                 # BOM not counted
    ("\ufeffВ Москве\nснег".encode(), 3, 10),                # BOM counted
    ("\ufeffВ Москве\r\nснег\r\n".encode(), 2, 9),          # \r\n counted as one
    ("В Москве\r\nснег".encode(), 2, 10),                    # \r\n counted as two
])
def test_read_text_follows_the_tokens(tmp_path: Path, raw: bytes, moskva: int, snow: int) -> None:
    write_book(tmp_path, raw, [("loc_name", moskva, 6)], [(moskva, "Москве"), (snow, "снег")],
               ["20 LocOrg 10 # Москве"])
    doc = load_factru(tmp_path)[0]
    span = doc.objects[0].spans[0]
    assert doc.id == "book_7"
    assert doc.text[span.start:span.stop] == "Москве"
    assert doc.text[snow:snow + 4] == "снег"
    assert read_text(tmp_path / "book_7.txt") == doc.text


def test_objects_read_span_ids_up_to_the_comment(tmp_path: Path) -> None:
    write_book(tmp_path, "мид Грузии".encode(), [("org_name", 0, 3), ("loc_name", 4, 6)],
               [(0, "мид"), (4, "Грузии")], ["30 Org 10 11 # мид Грузии 5", "31 LocOrg 11"])
    doc = load_factru(tmp_path)[0]
    assert [(o.type, [s.type for s in o.spans]) for o in doc.objects] == [
        ("Org", ["org_name", "loc_name"]), ("LocOrg", ["loc_name"])]


def test_load_factru_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_factru(tmp_path)
    write_book(tmp_path, b"x", [], [], ["40 Org 77"])
    with pytest.raises(ValueError, match="unknown span 77"):
        load_factru(tmp_path)


# --------------------------------------------------------------------------- CoNLL-U reader

CONLLU = """\
# sent_id = a
# text = Он пришёл, «в 9:00».
1\tОн\tон\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tпришёл\tприйти\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\t_\t_\t2\tpunct\t_\t_
4\t«\t«\tPUNCT\t_\t_\t5\tpunct\t_\tSpaceAfter=No
5\tв\tв\tADP\t_\t_\t6\tcase\t_\t_
6\t9:00\t9:00\tNUM\t_\t_\t2\tobl\t_\tSpaceAfter=No
7\t»\t»\tPUNCT\t_\t_\t5\tpunct\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = b
1-2\tПойдёмте\t_\t_\t_\t_\t_\t_\t_\t_
1\tПойдём\tпойти\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
2\tте\tте\tPART\t_\t_\t1\tdiscourse\t_\tSpaceAfter=No
2.1\tх\tх\tX\t_\t_\t_\t_\t_\t_
3\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_
"""


def test_conllu_offsets_from_text() -> None:
    first, second = parse_conllu(CONLLU.splitlines(keepends=True))
    assert first.id == "a" and first.text == "Он пришёл, «в 9:00»."
    assert all(first.text[t.start:t.end] == t.form for t in first.tokens)
    # no "# text": rebuilt from SpaceAfter; multiword range and empty node skipped
    assert second.text == "Пойдёмте!"
    assert [(t.form, t.start, t.end) for t in second.tokens] == [
        ("Пойдём", 0, 6), ("те", 6, 8), ("!", 8, 9)]


@pytest.mark.parametrize("text, forms, expected", [
    ("a  b", ["a", "b"], [(0, 1), (3, 4)]),
    ("ab", ["a", "b"], [(0, 1), (1, 2)]),
    ("a b", ["a", "c"], None),          # form not in text: caller rebuilds the text
    ("a x b", ["a", "b"], None),        # only whitespace may be skipped
])
def test_locate(text: str, forms: list[str], expected: list[tuple[int, int]] | None) -> None:
    assert locate(text, forms) == expected


# --------------------------------------------------------------------------- lemma scoring


def tok(a: int, b: int, lemma: str | None) -> NS:
    return NS(start=a, end=b, lemma=lemma)


@pytest.mark.parametrize("ours, scored, span_match, lemma_match", [
    # all right; gold punctuation is not scored, and lemma case does not matter
    ([tok(0, 2, "Он"), tok(3, 9, "прийти"), tok(12, 13, "в"), tok(14, 18, "9:00")], 4, 4, 4),
    # a wrong lemma is an error on a matched span
    ([tok(0, 2, "он"), tok(3, 9, "пришёл"), tok(12, 13, "в"), tok(14, 18, "9:00")], 4, 4, 3),
    # tokenised differently (9:00 split): neither span nor lemma match
    ([tok(0, 2, "он"), tok(3, 9, "прийти"), tok(12, 13, "в"), tok(14, 15, "9"),
      tok(15, 16, ":"), tok(16, 18, "00")], 4, 3, 3),
    # no lemma at all is an error, not a crash
    ([tok(0, 2, None), tok(3, 9, "прийти"), tok(12, 13, "в"), tok(14, 18, "9:00")], 4, 4, 3),
    ([], 4, 0, 0),
])
def test_lemma_scoring(ours: list[NS], scored: int, span_match: int, lemma_match: int) -> None:
    gold = next(parse_conllu(CONLLU.splitlines(keepends=True)))
    score = score_sentences([(gold, ours)])
    assert (score.scored, score.span_match, score.lemma_match) == (scored, span_match, lemma_match)


def test_lemma_errors_are_counted_by_form_gold_ours() -> None:
    gold = next(parse_conllu(CONLLU.splitlines(keepends=True)))
    wrong = [tok(0, 2, "он"), tok(3, 9, "Пришёл"), tok(12, 13, "в"), tok(14, 18, "9:00")]
    score = score_sentences([(gold, wrong), (gold, wrong)])
    assert score.to_dict()["top_errors"] == [
        {"form": "пришёл", "gold": "прийти", "ours": "пришёл", "count": 2}]
    assert score.score == pytest.approx(6 / 8)
    assert score.lemma_accuracy == pytest.approx(6 / 8)


# --------------------------------------------------------------------------- shared data targets


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_ner_on_factru_reaches_natasha(capsys: pytest.CaptureFixture[str]) -> None:
    if not FACTRU.is_dir():
        pytest.skip(f"{FACTRU} is not present")
    result = run_json(capsys, "evaluate", "ner", str(FACTRU), "--json")
    assert result["documents"] == 122
    f1 = {label: result["scores"][label]["f1"] for label in NER_TARGETS}
    assert all(f1[label] >= NER_TARGETS[label] for label in NER_TARGETS), f1


@pytest.mark.slow
def test_lemmas_on_gsd_reach_target(capsys: pytest.CaptureFixture[str]) -> None:
    if not GSD.is_file():
        pytest.skip(f"{GSD} is not present")
    result = run_json(capsys, "evaluate", "lemmas", str(GSD), "--json")
    assert result["sentences"] == 579
    summary = {k: result[k] for k in (
        "score", "score_yo_folded", "span_match_rate", "lemma_accuracy_on_span_match")}
    assert result["score"] >= LEMMA_TARGET, summary
    assert result["score_yo_folded"] >= LEMMA_TARGET, summary
