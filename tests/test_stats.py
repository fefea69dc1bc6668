"""``rusnews-nlp stats``: grouping speakers across documents, counts, formats, the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rusnews_nlp.annotations import Cue, Document, Quote, Referent, Speaker
from rusnews_nlp.cli import main
from rusnews_nlp.reports.annotated import AnnotatedRecord, parse_line, read_annotated
from rusnews_nlp.reports.stats import (corpus_stats, cue_group, format_csv, format_json,
                                       format_table, name_key)

ROOT = Path(__file__).resolve().parents[1]


def make_doc(doc_id: str, text: str, quotes: list[tuple], referents: tuple = ()) -> Document:
    """``quotes``: (quote text, type, speaker name or None, cue text, cue lemma[, ref[, zone]])."""
    built = []
    for i, row in enumerate(quotes, 1):
        qtext, qtype, name, cue, lemma, *rest = row
        ref = rest[0] if rest else None
        zone = rest[1] if len(rest) > 1 else None
        start = text.index(qtext)
        c = text.index(cue)
        speaker = Speaker(name, "UNNAMED" if name is None else "PER", ref)
        built.append(Quote(f"q{i}", start, start + len(qtext), qtext, qtype,
                           Cue(c, c + len(cue), cue, lemma), speaker, zone=zone))
    return Document(text, id=doc_id, quotes=tuple(built), referents=tuple(referents))


def records(*docs: Document) -> list[AnnotatedRecord]:
    return [AnnotatedRecord(d, d.id, "test", n) for n, d in enumerate(docs, 1)]


D1 = make_doc(
    "d1",
    "Дмитрий Песков заявил, что визит готовится. По словам Пескова, сроки обсуждаются. "
    "Источник сообщил, что переговоры продолжатся.",
    [("визит готовится", "indirect", "Дмитрий Песков", "заявил", "заявить", "r1"),
     ("сроки обсуждаются", "according_to", "Дмитрий Песков", "По словам", "по словам", "r1"),
     ("переговоры продолжатся", "indirect", None, "сообщил", "сообщить")],
    (Referent("r1", "PER", "Дмитрий Песков", ("e1",), "per:peskov"),),
)
D2 = make_doc(
    "d2",
    "«Решение принято», — сказал Песков. Путин отметил, что экономика растёт. "
    "Владимир Путин заявил, что санкции не работают.",
    [("Решение принято", "direct", "Песков", "сказал", "сказать", "r7"),
     ("экономика растёт", "indirect", "Путин", "отметил", "отметить"),
     ("санкции не работают", "indirect", "Владимир Путин", "заявил", "заявить")],
    (Referent("r7", "PER", "Песков", ("e3",), "per:peskov"),),
)


def by_name(stats):
    return {s.speaker: s for s in stats.speakers}


def test_groups_by_kb_id_then_name_and_merges_short_names():
    stats = corpus_stats(records(D1, D2))
    speakers = by_name(stats)
    peskov = speakers["Дмитрий Песков"]
    assert (peskov.quotes, peskov.documents, peskov.kb_id, peskov.grouped_by) == \
        (3, 2, "per:peskov", "kb")
    assert peskov.names == ("Дмитрий Песков", "Песков")
    assert dict(peskov.quote_types) == {"direct": 1, "indirect": 1, "mixed": 0,
                                        "according_to": 1}
    putin = speakers["Владимир Путин"]  # "Путин" folded into the one longer name
    assert (putin.quotes, putin.documents, putin.kb_id, putin.names) == \
        (2, 1, None, ("Владимир Путин", "Путин"))
    assert putin.cues == (("заявить", 1), ("отметить", 1))
    unnamed = speakers["(unnamed sources)"]
    assert (unnamed.quotes, unnamed.grouped_by) == (1, "unnamed")
    assert [s.speaker for s in stats.speakers] == \
        ["Дмитрий Песков", "Владимир Путин", "(unnamed sources)"]
    assert stats.totals == {"documents": 2, "unreadable": 0, "quotes": 6, "speakers": 2,
                            "unnamed_quotes": 1, "chrome_quotes": 0}


@pytest.mark.parametrize("cue, group", [
    ("как отметила", "отметить"),          # the verb of a "как ..." cue, in dictionary form
    ("как сообщили", "сообщить"),
    ("как рассказал", "рассказать"),
    ("отметить", "отметить"),              # already a lemma
    ("по ее словам", "по словам"),         # the possessive says who: the speaker column does
    ("по его мнению", "по мнению"),
    ("по их данным", "по данным"),
    ("по словам", "по словам"),
    ("говорится в сообщении", "говорится в сообщении"),
    ("как говорится в заявлении", "говорится в заявлении"),
])
def test_cue_groups(cue, group):
    assert cue_group(cue) == group


def test_cues_are_counted_by_lemma():
    """Issue 18, item 10: ``как отметила`` with ``отметить``, ``по ее словам`` with
    ``по словам``."""
    doc = make_doc(
        "d3",
        "Ирина Соколова отметила, что мост готов. Как отметила Соколова, дорога тоже. "
        "По словам Соколовой, сроки выдержаны. По ее словам, денег хватит.",
        [("мост готов", "indirect", "Ирина Соколова", "отметила", "отметить"),
         ("дорога тоже", "according_to", "Ирина Соколова", "Как отметила", "как отметила"),
         ("сроки выдержаны", "according_to", "Ирина Соколова", "По словам", "по словам"),
         ("денег хватит", "according_to", "Ирина Соколова", "По ее словам", "по ее словам")])
    (speaker,) = corpus_stats(records(doc)).speakers
    assert speaker.cues == (("отметить", 2), ("по словам", 2))


def test_exact_names_keeps_short_names_apart():
    speakers = by_name(corpus_stats(records(D1, D2), merge_names=False))
    assert speakers["Путин"].quotes == 1 and speakers["Владимир Путин"].quotes == 1


@pytest.mark.parametrize("names, merged", [
    (["Иванов", "Иван Иванов", "Пётр Иванов"], False),  # two candidates: ambiguous
    (["Иванов", "Иван Иванов"], True),
    (["иванов", "Иван ИВАНОВ"], True),                   # case does not matter
    (["Сергей Лавров", "Сергей Шойгу"], False),          # not a subset
    (["Шойгу", "Сергей Шойгу", "Сергей Кужугетович Шойгу"], True),  # chain to the fullest
])
def test_short_name_merge_table(names, merged):
    text = " ".join(f"{n} заявил, что тезис {i}." for i, n in enumerate(names))
    doc = make_doc("d", text, [(f"тезис {i}", "indirect", n, "заявил", "заявить")
                               for i, n in enumerate(names)])
    # all cues are the first "заявил": fine, only the lemma is counted
    stats = corpus_stats(records(doc))
    short = name_key(names[0])
    group = next(s for s in stats.speakers if short in {name_key(n) for n in s.names})
    assert (len(group.names) > 1) is merged


def test_chrome_quotes_left_out_unless_asked():
    doc = make_doc("c", "Путин заявил, что всё хорошо. Читайте: Песков сказал, что курс растёт.",
                   [("всё хорошо", "indirect", "Путин", "заявил", "заявить"),
                    ("курс растёт", "indirect", "Песков", "сказал", "сказать", None, "chrome")])
    stats = corpus_stats(records(doc))
    assert [s.speaker for s in stats.speakers] == ["Путин"]
    assert stats.documents[0].chrome_quotes == 1 and stats.documents[0].quotes == 1
    assert {s.speaker for s in corpus_stats(records(doc), include_chrome=True).speakers} == \
        {"Путин", "Песков"}


def test_document_rows_and_errors():
    bad = parse_line('{"id": "x", "text": "abc", "entities": [{"id": "e1", "start": 0, '
                     '"end": 2, "text": "zz", "label": "PER"}]}', "f.jsonl", 3)
    failed = parse_line('{"id": "y", "error": {"kind": "invalid_json", "message": "boom"}}',
                        "f.jsonl", 4)
    assert bad.document is None and "does not match the text" in bad.error
    assert failed.error == "f.jsonl:4: annotate failed: boom"
    stats = corpus_stats([*records(D1), bad, failed])
    assert [d.id for d in stats.documents] == ["d1", "x", "y"]
    d1 = stats.documents[0]
    assert (d1.quotes, d1.speakers, d1.unnamed_quotes, d1.quote_types["indirect"]) == (3, 1, 1, 2)
    assert stats.totals["unreadable"] == 2


def test_formats():
    stats = corpus_stats(records(D1, D2))
    table = format_table(stats)
    assert "Speakers" in table and "Documents" in table
    row = next(line for line in table.splitlines() if line.startswith("Дмитрий Песков"))
    assert row.split()[2:6] == ["PER", "per:peskov", "3", "2"]
    rows = list(csv.DictReader(io.StringIO(format_csv(stats, "speakers"))))
    assert rows[0]["speaker"] == "Дмитрий Песков" and rows[0]["quotes"] == "3"
    assert rows[1]["names"] == "Владимир Путин; Путин"
    docs = list(csv.DictReader(io.StringIO(format_csv(stats, "documents"))))
    assert [d["id"] for d in docs] == ["d1", "d2"] and docs[1]["direct"] == "1"
    with pytest.raises(ValueError, match="one table"):
        format_csv(stats, "all")
    data = json.loads(format_json(stats, min_quotes=2))
    assert [s["speaker"] for s in data["speakers"]] == ["Дмитрий Песков", "Владимир Путин"]
    assert data["speakers"][0]["cues"][0] == {"lemma": "заявить", "count": 1}
    assert data["totals"]["quotes"] == 6


def _write(path: Path, docs) -> Path:
    path.write_text("".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def test_cli(tmp_path, capsys):
    source = _write(tmp_path / "a.jsonl", [D1, D2])
    assert main(["stats", str(source), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["speakers"][0]["speaker"] == "Дмитрий Песков"
    out = tmp_path / "s.csv"
    assert main(["stats", str(source), "--format", "csv", "--view", "documents",
                 "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("id,entities,referents,quotes")
    assert main(["stats", str(source), "--format", "csv", "--view", "all"]) == 1
    assert "one table" in capsys.readouterr().err
    raw = tmp_path / "raw.txt"
    raw.write_text("Просто текст.", encoding="utf-8")
    assert main(["stats", str(raw)]) == 1
    assert "run `rusnews-nlp annotate" in capsys.readouterr().err
    broken = tmp_path / "b.jsonl"
    broken.write_text(json.dumps(D1.to_dict(), ensure_ascii=False) + "\n{oops\n",
                      encoding="utf-8")
    assert main(["stats", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "b.jsonl:2: invalid JSON" in captured.err and "Дмитрий Песков" in captured.out


def test_reports_do_not_import_spacy_or_models():
    code = ("import sys, rusnews_nlp, rusnews_nlp.reports.stats, rusnews_nlp.reports.annotated, "
            "rusnews_nlp.cli as c; c.build_parser(); "
            "bad = [m for m in ('spacy', 'slovnet', 'navec') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.mark.slow
def test_seeds_show_putin_and_peskov(shared_dir, nlp, tmp_path):
    docs = list(nlp.pipe(Document(p.read_text(encoding="utf-8"), id=p.stem)
                         for p in sorted((shared_dir / "seeds").glob("*.txt"))))
    if not any(d.quotes for d in docs):
        pytest.skip("the pipeline finds no quotes yet (quotes stage not registered)")
    path = _write(tmp_path / "seeds.jsonl", docs)
    stats = corpus_stats(read_annotated([str(path)]))
    found = {s.speaker: s for s in stats.speakers}
    putin = next(s for n, s in found.items() if "Путин" in n)
    peskov = next(s for n, s in found.items() if "Песков" in n)
    assert putin.quotes >= 2 and peskov.quotes >= 2
    assert peskov.documents == 2
