"""Malformed user gazetteers (``--kb FILE``) are refused with the file, the line and the field
(issue 16, case 9), and a string where a list belongs keeps its meaning."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rusnews_nlp.kb.base import KnowledgeBase
from rusnews_nlp.kb.gazetteer import GazetteerError, check_record
from rusnews_nlp.kb.records import bundled_records

PETROV = {"id": "per:petrov_ivan", "type": "PER", "name": "Иван Петров"}

#: (file name, content, what the message must say) — each written for this test.
BAD = [
    ("noname.jsonl", {"id": "per:petrov_ivan", "type": "PER"}, ':1: a PER record needs a non-empty "name"'),
    ("noid.jsonl", {"type": "PER", "name": "Иван Петров"}, ':1: a PER record needs a non-empty "id"'),
    ("list.jsonl", ["per:petrov_ivan", "Иван Петров"], ":1: a record must be a JSON object, not a list"),
    ("empty.jsonl", {**PETROV, "name": ""}, ':1: a PER record needs a non-empty "name"'),
    ("blank.jsonl", {**PETROV, "name": "   "}, ':1: a PER record needs a non-empty "name"'),
    ("roles.jsonl", {**PETROV, "roles": "x"}, ':1: "roles" must be a list'),
    ("roleitem.jsonl", {**PETROV, "roles": ["мэр Твери"]}, ":1: role 1 must be an object"),
    ("norole.jsonl", {**PETROV, "roles": [{"start": "2020"}]}, ':1: role 1 needs a non-empty "role"'),
    ("phrase.jsonl", {"type": "ROLE_PHRASE", "phrase": "глава Ромашки"},
     ':1: a ROLE_PHRASE record needs a non-empty "role"'),
    ("type.jsonl", {**PETROV, "type": "PERSON"}, ":1: unknown record type 'PERSON'"),
    ("notype.jsonl", {"name": "Иван Петров"}, ':1: the record has no "id"'),
    ("number.jsonl", {**PETROV, "name": 7}, ':1: "name" must be a string, not a number'),
    ("aliases.jsonl", {**PETROV, "aliases": ["Петров", 7]}, ':1: "aliases" must be a list of strings'),
    ("risk.jsonl", {**PETROV, "namesake_risk": "maybe"}, ":1: per:petrov_ivan: bad boolean"),
    ("date.jsonl", {**PETROV, "roles": [{"role": "мэр Москвы", "start": "вчера"}]},
     ":1: per:petrov_ivan: role 'мэр Москвы': bad date"),
    ("unparsed.jsonl", {**PETROV, "roles": [{"role": "смотритель маяка на Луне"}]},
     ":1: per:petrov_ivan: role 'смотритель маяка на Луне' does not parse"),
]

BAD_CSV = [
    ("noid.csv", "type,name\nPER,Иван Петров\n", ':1: the CSV header has no "id" column'),
    ("emptyid.csv", "id,type,name\nper:a,PER,Анна Иванова\n,PER,Иван Петров\n", ":3: the row has no id"),
    ("daterow.csv", "id,type,name,role,start,end\nper:a,PER,Анна Иванова,,2020,\n",
     ":2: a start or end date needs a role"),
]


def write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    if name.endswith(".jsonl"):
        content = json.dumps(PETROV | {"id": "per:other", "name": "Анна Иванова"},
                             ensure_ascii=False) + "\n" + json.dumps(content, ensure_ascii=False)
        content += "\n"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, content, expected", BAD + BAD_CSV)
def test_bad_gazetteer_names_file_line_and_field(tmp_path, name, content, expected):
    path = write(tmp_path, name, content)
    if name.endswith(".jsonl"):  # the bad record is the second line, after a good one
        expected = expected.replace(":1:", ":2:", 1)
    with pytest.raises(GazetteerError) as caught:
        KnowledgeBase.load(extra=[path])
    message = str(caught.value)
    assert message.startswith(str(path) + ":"), message
    assert expected in message, message


@pytest.mark.parametrize("aliases, expected", [
    ("Петров", ("Петров",)),              # one alias, not П, е, т, р, о, в
    (["Петров", "Petrov"], ("Петров", "Petrov")),
    ("", ()),
])
def test_aliases_string_is_one_alias(tmp_path, aliases, expected):
    path = write(tmp_path, "alias.jsonl", {**PETROV, "aliases": aliases})
    kb = KnowledgeBase.load(extra=[path])
    assert kb.entries["per:petrov_ivan"].aliases == expected
    assert kb.link_name("е", "PER") is None and kb.link_name("П", "PER") is None


def test_bundled_records_pass_the_checks():
    for n, rec in enumerate(bundled_records(), 1):
        check_record(rec, f"kb.jsonl:{n}")


@pytest.mark.parametrize("name, content, expected", [BAD[2], BAD_CSV[0]])
def test_cli_refuses_a_bad_gazetteer_with_exit_2(tmp_path, name, content, expected):
    path = write(tmp_path, name, content)
    src = tmp_path / "in.txt"
    src.write_text("Иван Петров заявил, что мост откроют летом.", encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    out = subprocess.run([sys.executable, "-m", "rusnews_nlp", "annotate", str(src),
                          "--kb", str(path), "-o", str(out_path)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 2, out.stderr
    assert "bad --kb gazetteer" in out.stderr and str(path) in out.stderr
    assert "Traceback" not in out.stderr
    assert not out_path.exists()  # refused before anything was written
