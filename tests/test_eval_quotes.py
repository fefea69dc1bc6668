"""``evaluate quotes``: the guideline's scoring (section 6) on hand-made documents, the input
checks (SHA-1, ids, offsets), the CLI with ``--pred``, and the dev numbers on ../shared."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rusnews_nlp.annotations import Quote, Speaker
from rusnews_nlp.errors import InputError
from rusnews_nlp.evaluation import HALVES, dev_half
from rusnews_nlp.evaluation.quotes import (GoldDocument, GoldQuote, overlap_f1, read_gold,
                                           same_speaker, score, score_document)

TEXT = ("Песков заявил, что встреча состоится в мае. Эксперты считают, что рубль вырастет. "
        "Меню: Главная Политика Спорт")


def span(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def quote(fragment: str, speaker: str | None, stype: str = "PER", qid: str = "q1") -> Quote:
    start, end = span(fragment)
    sp = Speaker(speaker, stype) if stype != "UNNAMED" else Speaker(None, "UNNAMED")
    return Quote(qid, start, end, TEXT[start:end], "indirect", None, sp, "test")


def gold_doc(*quotes: GoldQuote, ignore=(), doc_id: str = "d1") -> GoldDocument:
    return GoldDocument(doc_id, TEXT, tuple(ignore), tuple(quotes), "gold.jsonl")


def gq(fragment: str, speaker: str | None, stype: str = "PER") -> GoldQuote:
    start, end = span(fragment)
    return GoldQuote(start, end, "indirect", speaker, stype)


@pytest.mark.parametrize("gold, pred, same", [
    ("Дмитрий Песков", "Песков", True),
    ("Песков", "Дмитрий Песков", True),
    ("дмитрий песков", "Дмитрий Песков", True),
    ("Дмитрий Песков", "Дмитрий Медведев", False),
    ("МИД России", "МИД", True),
    ("пресс-служба Кремля", "Кремль", False),   # tokens, not stems
    (None, None, True),                          # both UNNAMED
    (None, "Песков", False),
    ("Песков", None, False),
])
def test_same_speaker(gold, pred, same):
    assert same_speaker(gold, pred) is same


def test_overlap_f1():
    assert overlap_f1(frozenset({1, 2, 3, 4}), frozenset({3, 4, 5, 6})) == 0.5
    assert overlap_f1(frozenset({1}), frozenset({2})) == 0.0


def test_exact_match_right_speaker():
    result = score_document(gold_doc(gq("встреча состоится в мае", "Дмитрий Песков")),
                            [quote("встреча состоится в мае", "Песков")])
    assert (result.matched, result.attributed) == (1, 1)
    assert not result.misses and not result.false_alarms and not result.wrong_speaker


def test_partial_overlap_matches_at_half():
    # 3 of 4 gold tokens predicted: F1 = 2*1*0.75/1.75 ≈ 0.86 >= 0.5
    result = score_document(gold_doc(gq("встреча состоится в мае", "Песков")),
                            [quote("встреча состоится в", "Песков")])
    assert result.matched == 1
    # 1 of 4 tokens: F1 = 0.4 < 0.5, a miss and a false alarm
    result = score_document(gold_doc(gq("встреча состоится в мае", "Песков")),
                            [quote("встреча", "Песков")])
    assert result.matched == 0 and len(result.misses) == 1 and len(result.false_alarms) == 1


def test_one_to_one_best_first():
    gold = gold_doc(gq("встреча состоится в мае", "Песков"))
    preds = [quote("встреча состоится", "Песков", qid="q1"),
             quote("встреча состоится в мае", "Песков", qid="q2")]
    result = score_document(gold, preds)
    assert result.matched == 1 and len(result.false_alarms) == 1
    assert result.false_alarms[0]["text"] == "встреча состоится"


def test_wrong_speaker_and_unnamed():
    gold = gold_doc(gq("встреча состоится в мае", "Дмитрий Песков"),
                    gq("рубль вырастет", None, "UNNAMED"))
    preds = [quote("встреча состоится в мае", "Лавров", qid="q1"),
             quote("рубль вырастет", None, "UNNAMED", qid="q2")]
    result = score_document(gold, preds)
    assert (result.matched, result.attributed) == (2, 1)
    assert result.wrong_speaker[0]["pred"]["speaker"] == "Лавров"


def test_ignored_predictions_count_neither_way():
    menu = span("Главная Политика Спорт")
    gold = gold_doc(gq("встреча состоится в мае", "Песков"), ignore=[menu])
    preds = [quote("встреча состоится в мае", "Песков"),
             quote("Главная Политика", None, "UNNAMED", qid="q2")]
    result = score_document(gold, preds)
    assert (result.pred, result.ignored_pred, len(result.false_alarms)) == (1, 1, 0)


def test_totals_end_to_end():
    gold = gold_doc(gq("встреча состоится в мае", "Песков"), gq("рубль вырастет", None, "UNNAMED"))
    _, totals = score([gold], {"d1": [quote("встреча состоится в мае", "Лавров"),
                                      quote("Меню", None, "UNNAMED", qid="q2")]})
    d = totals["all"].to_dict()
    assert d["detection"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert d["attribution_accuracy"] == 0.0
    assert d["end_to_end"]["f1"] == 0.0


def test_totals_by_half():
    """``--half both``: a row per gold file and dev half, split by the MD5 of the document id
    exactly as ``../shared/tools/quotes-halves`` does."""
    docs = [gold_doc(gq("встреча состоится в мае", "Песков"), doc_id=doc_id)
            for doc_id in ("d1", "d2", "d3", "d4")]
    _, totals = score(docs, {d.id: [quote("встреча состоится в мае", "Песков")] for d in docs},
                      by_half=True)
    halves = {doc_id: dev_half(doc_id) for doc_id in ("d1", "d2", "d3", "d4")}
    for half in HALVES:
        name = f"gold.jsonl {half}"
        count = sum(h == half for h in halves.values())
        assert (name in totals) == bool(count)
        if count:
            assert totals[name].to_dict()["documents"] == count
    assert list(totals)[-1] == "all" and totals["all"].to_dict()["documents"] == 4
    assert dev_half("last_37") == ("A" if hashlib.md5(b"last_37").hexdigest()[0] in "01234567"
                                   else "B")


# ------------------------------------------------------------------ files and CLI


def write_set(tmp_path: Path, text: str = TEXT, sha1: str | None = None) -> tuple[Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d1.txt").write_text(text, encoding="utf-8")
    start, end = span("встреча состоится в мае")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "doc": "d1", "text_sha1": sha1 or hashlib.sha1(text.encode()).hexdigest(),
        "ignore": [list(span("Главная Политика Спорт"))],
        "quotes": [{"start": start, "end": end, "type": "indirect", "speaker": "Дмитрий Песков",
                    "speaker_type": "PER", "cue": "заявил"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    return gold, texts


def test_sha1_mismatch_is_an_error(tmp_path):
    gold, texts = write_set(tmp_path, sha1="0" * 40)
    with pytest.raises(InputError, match="SHA-1"):
        read_gold(gold, texts)


def test_texts_as_jsonl(tmp_path):
    gold, _ = write_set(tmp_path)
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "d1", "text": TEXT}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    [doc] = read_gold(gold, texts)
    assert doc.text == TEXT and len(doc.quotes) == 1


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rusnews_nlp", "evaluate", "quotes", *args],
                          capture_output=True, text=True, timeout=900,
                          cwd=Path(__file__).resolve().parents[1])


def test_cli_scores_a_predictions_file(tmp_path):
    gold, texts = write_set(tmp_path)
    start, end = span("встреча состоится в мае")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "d1", "text": TEXT, "quotes": [
        {"id": "q1", "start": start, "end": end, "text": TEXT[start:end], "type": "indirect",
         "cue": None, "speaker": {"name": "Песков", "type": "PER"}}]}, ensure_ascii=False)
        + "\n", encoding="utf-8")
    out = run_cli("--gold", str(gold), "--texts", str(texts), "--pred", str(pred), "--json")
    assert out.returncode == 0, out.stderr
    total = json.loads(out.stdout)["totals"]["all"]
    assert total["end_to_end"]["f1"] == 1.0
    text_report = run_cli("--gold", str(gold), "--texts", str(texts), "--pred", str(pred))
    assert "e2e F1" in text_report.stdout and "misses (gold not found): 0" in text_report.stdout


def test_cli_needs_one_texts_per_gold(tmp_path):
    gold, texts = write_set(tmp_path)
    out = run_cli("--gold", str(gold), "--gold", str(gold), "--texts", str(texts), "--pred", "-")
    assert out.returncode != 0 and "--texts" in out.stderr


@pytest.mark.slow
def test_dev_numbers(shared_dir, tmp_path):
    """The issue's acceptance numbers on the factRu dev gold and the seeds."""
    out = run_cli("--gold", str(shared_dir / "gold" / "factru-dev.quotes.jsonl"),
                  "--texts", str(shared_dir / "data" / "factru-devset"),
                  "--gold", str(shared_dir / "gold" / "seeds.quotes.jsonl"),
                  "--texts", str(shared_dir / "seeds"), "--json")
    assert out.returncode == 0, out.stderr
    totals = json.loads(out.stdout)["totals"]
    for name, t in totals.items():
        assert t["end_to_end"]["f1"] >= 0.80, (name, t)
        assert t["detection"]["f1"] >= 0.88, (name, t)
        assert t["attribution_accuracy"] >= 0.90, (name, t)
    assert totals["all"]["gold"] == 245


@pytest.mark.slow
def test_wikinews_halves_do_not_regress(shared_dir):
    """Both halves of the Wikinews dev gold (issue 14's set; the target is 0.85 on each). The
    floors sit just under what was measured on 2026-12-03, third session (A 0.899, B 0.726),
    so a change cannot lose what the rules have reached."""
    out = run_cli("--gold", str(shared_dir / "gold" / "wikinews-dev.quotes.jsonl"),
                  "--texts", str(shared_dir / "data" / "wikinews-dev"), "--half", "both",
                  "--json")
    assert out.returncode == 0, out.stderr
    totals = json.loads(out.stdout)["totals"]
    floors = {"A": 0.88, "B": 0.71}
    for half, floor in floors.items():
        [t] = [v for k, v in totals.items() if k.endswith(f"wikinews-dev.quotes.jsonl {half}")]
        assert t["end_to_end"]["f1"] >= floor, (half, t)
