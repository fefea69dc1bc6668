"""``annotate --kb FILE``: a newsroom's own gazetteer adds to, or replaces, the bundled KB."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

TEXT = ("Глава «Ромашки» Анна Сидорова заявила, что завод откроется весной. По словам "
        "Дмитрия Пескова, Кремль следит за проектом.")

GAZETTEER = """id,type,name,aliases,gender,role,start,end
org:romashka,ORG,Ромашка,ООО «Ромашка»,,,,
newsroom:sidorova,PER,Анна Сидорова,,f,глава Ромашки,2020-01-01,
"""


def annotate(tmp_path, *extra: str) -> dict:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": TEXT, "date": "2024-05-01"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rusnews_nlp", "annotate", str(src), "-q",
                          "--fields", "referents", *extra],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def kb_ids(record: dict) -> dict:
    return {r["name"]: r["kb_id"] for r in record["referents"]}


@pytest.fixture()
def gazetteer(tmp_path):
    path = tmp_path / "newsroom.csv"
    path.write_text(GAZETTEER, encoding="utf-8")
    return path


def test_gazetteer_adds_to_bundled_kb(tmp_path, gazetteer):
    ids = kb_ids(annotate(tmp_path, "--kb", str(gazetteer)))
    assert ids.get("Анна Сидорова") == "newsroom:sidorova"
    assert ids.get("Дмитрий Песков") == "per:peskov_dmitry"


def test_gazetteer_replaces_bundled_kb(tmp_path, gazetteer):
    ids = kb_ids(annotate(tmp_path, "--kb", str(gazetteer), "--kb-replace"))
    assert ids.get("Анна Сидорова") == "newsroom:sidorova"
    assert ids.get("Дмитрий Песков") is None


def test_without_gazetteer_the_unknown_person_stays_unlinked(tmp_path):
    ids = kb_ids(annotate(tmp_path))
    assert ids.get("Анна Сидорова") is None


def test_missing_gazetteer_is_a_clear_error(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rusnews_nlp", "annotate", str(src),
                          "--kb", str(tmp_path / "nope.csv")],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode != 0
    assert "--kb file not found" in out.stderr


def test_bad_gazetteer_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,type,name,aliases,gender,role,start,end\n"
                   "x:1,PER,Иван Петров,,m,смотритель маяка на Луне,2020-01-01,\n",
                   encoding="utf-8")
    src = tmp_path / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rusnews_nlp", "annotate", str(src),
                          "--kb", str(bad)], capture_output=True, text=True, timeout=600)
    assert out.returncode != 0
    assert "bad --kb gazetteer" in out.stderr and "Traceback" not in out.stderr
