"""Knowledge base: bundled data, name and role linking, dates, gazetteers, the ``link`` stage."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from rusnews_nlp.annotations import Document, Entity, Referent
from rusnews_nlp.evaluation.kb import read_cases, score_links
from rusnews_nlp.kb import KBLinker, KnowledgeBase, bundled_records, default_kb, doc_date
from rusnews_nlp.registry import get_stage

D = dt.date
LINK_SET = Path(__file__).parent / "data" / "kb_link_set.jsonl"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


# ---- bundled data ----------------------------------------------------------------------------

def test_bundled_kb_size_and_ids(kb):
    people_orgs = [e for e in kb.entries.values() if e.type in ("PER", "ORG")]
    assert len(people_orgs) >= 300
    ids = [r["id"] for r in bundled_records() if "id" in r]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(per|org|loc|pos):[a-z0-9_]+", i) for i in ids)


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def test_bundled_records_are_well_formed(kb):
    for entry in kb.entries.values():
        if entry.type == "PER":
            assert entry.gender in ("m", "f"), entry.id
        for role in entry.roles:
            for value in (role.start, role.end):
                assert value is None or _DATE.fullmatch(value), (entry.id, value)
            if role.start and role.end:
                assert role.start[:len(role.end)] <= role.end, (entry.id, role)
            assert role.keys, (entry.id, role.role)  # every role parses


@pytest.mark.parametrize("kb_id,role,day", [
    ("per:putin_vladimir", "президент России", D(2022, 1, 28)),
    ("per:lavrov_sergey", "министр иностранных дел России", D(2021, 12, 22)),
    ("per:peskov_dmitry", "пресс-секретарь президента России", D(2022, 1, 28)),
    ("per:merkel_angela", "канцлер Германии", D(2015, 6, 1)),
    ("per:biden_joe", "президент США", D(2021, 12, 7)),
    ("per:blinken_antony", "государственный секретарь США", D(2022, 1, 26)),
    ("per:macron_emmanuel", "президент Франции", D(2022, 1, 28)),
    ("per:stoltenberg_jens", "генеральный секретарь НАТО", D(2021, 10, 7)),
])
def test_seed_speakers_hold_their_roles(kb, kb_id, role, day):
    assert kb.resolve_role(role, day) == (kb_id, "role@date")


def test_merkel_no_longer_chancellor_in_2022(kb):
    assert kb.resolve_role("канцлер Германии", D(2022, 6, 1)) == ("per:scholz_olaf", "role@date")


# ---- names -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,label,expected", [
    ("Пескова", "PER", ("per:peskov_dmitry", "name")),
    ("Дмитрий Песков", "PER", ("per:peskov_dmitry", "name")),
    ("Peskov", "PER", ("per:peskov_dmitry", "alias")),
    ("Сергею Лаврову", "PER", ("per:lavrov_sergey", "name")),
    ("Ангелой Меркель", "PER", ("per:merkel_angela", "name")),
    ("Джо Байденом", "PER", ("per:biden_joe", "name")),
    ("Энтони Блинкена", "PER", ("per:blinken_antony", "name")),
    ("Макрону", "PER", ("per:macron_emmanuel", "name")),
    ("Столтенберг", "PER", ("per:stoltenberg_jens", "name")),
    ("Марии Захаровой", "PER", ("per:zakharova_maria", "name")),
    ("Шольцем", "PER", ("per:scholz_olaf", "name")),
    ("В.В. Путин", "PER", ("per:putin_vladimir", "name")),
    ("Н. Патрушев", "PER", ("per:patrushev_nikolay", "name")),
    ("Си Цзиньпина", "PER", ("per:xi_jinping", "name")),
    ("фон дер Ляйен", "PER", ("per:von_der_leyen_ursula", "name")),
    ("НАТО", "ORG", ("org:nato", "name")),
    ("МИД РФ", "ORG", ("org:mid_russia", "alias")),
    ("Кремля", "LOC", ("org:kremlin", "name")),
    ("Минобороны России", "ORG", ("org:mod_russia", "name")),
])
def test_link_name(kb, name, label, expected):
    assert kb.link_name(name, label) == expected


@pytest.mark.parametrize("name,label", [
    ("Патрушев", "PER"),        # two Patrushevs in the KB
    ("Джордж Буш", "PER"),      # father and son
    ("Миллер", "PER"),          # Alexey (Gazprom) and Matthew (State Department)
    ("Андрей Лавров", "PER"),   # a Lavrov who is not Sergey
    ("Захаров", "PER"),         # masculine surname, the KB has Мария Захарова
    ("Песков", "ORG"),          # a person's name is not an organisation
    ("песка", "PER"),           # the noun, not the surname
    ("Медведев", "PER"),        # a common surname (the tennis player?) needs evidence
])
def test_link_name_refuses(kb, name, label):
    assert kb.link_name(name, label) is None


@pytest.mark.parametrize("name,day,roles,expected", [
    ("Патрушев", D(2020, 3, 1), ["секретарь Совбеза"], "per:patrushev_nikolay"),
    ("Патрушев", D(2020, 3, 1), ["министр сельского хозяйства России"], "per:patrushev_dmitry"),
    ("Джордж Буш", D(1991, 1, 17), ["президент США"], "per:bush_george_hw"),
    ("Джордж Буш", D(2003, 3, 20), ["президент США"], "per:bush_george_w"),
    ("Клинтон", D(2016, 7, 27), ["экс-президент США"], "per:clinton_bill"),
    ("Джонсон", D(2024, 2, 14), ["спикер Палаты представителей"], "per:johnson_mike"),
    ("Патрушев", D(2020, 3, 1), ["губернатор Курской области"], None),
    ("Медведевым", D(2021, 3, 1), ["зампред Совбеза"], "per:medvedev_dmitry"),
])
def test_namesakes_need_role_evidence(kb, name, day, roles, expected):
    linked = kb.link_name(name, "PER", day, roles)
    assert (linked[0] if linked else None) == expected


# ---- roles -------------------------------------------------------------------------------------

@pytest.mark.parametrize("role,day,expected", [
    ("госсекретарь США", D(2022, 1, 20), "per:blinken_antony"),
    ("госсекретаря США", D(2026, 2, 10), "per:rubio_marco"),
    ("президент России", D(2010, 6, 1), "per:medvedev_dmitry"),
    ("президента России", D(2005, 6, 1), "per:putin_vladimir"),
    ("главы МИД Франции", D(2023, 3, 1), "per:colonna_catherine"),
    ("глава французского МИД", D(2025, 1, 15), "per:barrot_jean_noel"),
    ("пресс-секретарь Кремля", D(2023, 8, 24), "per:peskov_dmitry"),
    ("пресс-секретаря президента России", D(2010, 3, 1), "per:timakova_natalya"),
    ("генсек НАТО", D(2025, 6, 20), "per:rutte_mark"),
    ("глава Пентагона", D(2023, 1, 10), "per:austin_lloyd"),
    ("британский премьер", D(2022, 10, 1), "per:truss_liz"),
    ("белгородский губернатор", D(2024, 1, 5), "per:gladkov_vyacheslav"),
    ("врио губернатора Курской области", D(2024, 8, 10), "per:smirnov_alexey"),
    ("глава Сбербанка", None, "per:gref_german"),           # one holder in the KB, still in post
    ("председатель Конституционного суда России", None, "per:zorkin_valery"),
    ("Папа Римский", D(2025, 6, 1), "per:pope_leo_xiv"),
])
def test_resolve_role(kb, role, day, expected):
    assert kb.resolve_role(role, day) == (expected, "role@date")


@pytest.mark.parametrize("role,day", [
    ("президент США", D(2021, 1, 20)),           # inauguration day: two holders
    ("пресс-секретарь Кремля", None),            # Тимакова before Песков: no date, no link
    ("экс-канцлер ФРГ", D(2022, 6, 7)),          # former holder: who is not said
    ("вице-премьер России", D(2022, 4, 12)),      # several at once
    ("глава Роскосмоса", D(2025, 2, 15)),         # change known only to the month
    ("госсекретарь США", D(2021, 1, 22)),         # acting secretary, not in the KB
    ("заместитель министра иностранных дел России", D(2022, 1, 1)),
    ("глава Германии", D(2022, 1, 1)),            # president or chancellor: a guess
])
def test_resolve_role_refuses(kb, role, day):
    assert kb.resolve_role(role, day) is None


@pytest.mark.parametrize("text,mention,expected", [
    ("Так пресс-секретарь главы государства Дмитрий Песков ответил.", "Дмитрий", None),
    ("не обсуждал ни с экс-канцлером ФРГ Ангелой Меркель, ни с кем", "Ангелой",
     "экс-канцлером ФРГ"),
    ("разговор с президентом США Джо Байденом", "Джо", "президентом США"),
    ("По словам главы МИД России Сергея Лаврова, ответ готов.", "Сергея", "главы МИД России"),
    ("заместитель министра иностранных дел России Сергей Рябков", "Сергей", None),
    ("Как сказал министр, Сергей Лавров уже прибыл.", "Сергей", None),
])
def test_role_before(kb, text, mention, expected):
    assert kb.role_before(text, text.index(mention)) == expected


# ---- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("meta,text,expected", [
    ({"date": "2022-01-28"}, "", D(2022, 1, 28)),
    ({"date": "2022-01-28T16:49:00+03:00"}, "", D(2022, 1, 28)),
    ({"date": "28.01.2022"}, "", D(2022, 1, 28)),
    ({"date": dt.datetime(2021, 12, 22, 10, 0)}, "", D(2021, 12, 22)),
    ({}, "Путин 22 декабря 2021 года выступил на коллегии.", D(2021, 12, 22)),
    ({}, "28/01/2022 - 16:49 (по МСК)", D(2022, 1, 28)),
    ({}, "Заседание 3 мая 2024 г. перенесли", D(2024, 5, 3)),
    ({"date": ""}, "Без даты, только 26 января.", None),
    (None, "", None),
])
def test_doc_date(meta, text, expected):
    assert doc_date(meta, text) == expected


# ---- user gazetteers ---------------------------------------------------------------------------

def test_extra_jsonl_and_csv(tmp_path):
    jsonl = tmp_path / "mine.jsonl"
    jsonl.write_text(json.dumps({
        "id": "per:ivanov_petr", "type": "PER", "name": "Пётр Иванов", "gender": "m",
        "aliases": ["Petr Ivanov"],
        "roles": [{"role": "глава Ромашки", "start": "2030-01-01", "end": None},
                  {"role": "губернатор Тверской области", "start": "2030-01-01", "end": None}],
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text(
        "id,type,name,aliases,gender,role,start,end\n"
        "org:romashka,ORG,Ромашка,ООО «Ромашка»|Romashka,,,,\n"
        "per:sidorova_anna,PER,Анна Сидорова,,f,глава Ромашки,2020-01-01,2029-12-31\n",
        encoding="utf-8")
    kb = KnowledgeBase.load(extra=[jsonl, csv_path])
    assert kb.link_name("Петра Иванова", "PER") == ("per:ivanov_petr", "name")
    assert kb.link_name("Romashka", "ORG") == ("org:romashka", "alias")
    assert kb.resolve_role("глава Ромашки", D(2021, 1, 1)) == ("per:sidorova_anna", "role@date")
    assert kb.resolve_role("главы ООО «Ромашка»", D(2031, 1, 1)) == ("per:ivanov_petr", "role@date")
    # the bundled governor's term is open-ended, so 2031 has two possible holders
    assert kb.resolve_role("губернатор Тверской области", D(2031, 1, 1)) is None
    assert kb.link_name("Анны Сидоровой", "PER") == ("per:sidorova_anna", "name")
    assert kb.link_name("Сидоровой", "PER") is None  # a common surname needs more evidence
    only = KnowledgeBase.load(extra=csv_path, replace=True)
    assert only.link_name("Пескова", "PER") is None
    assert only.link_name("Анна Сидорова", "PER") == ("per:sidorova_anna", "name")


@pytest.mark.parametrize("role,start,message", [
    ("смотритель маяка", None, "does not parse"),
    ("губернатор Курской области", "01.02.2020", "bad date"),
])
def test_bad_gazetteer_role_is_reported(tmp_path, role, start, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "per:x_y", "type": "PER", "name": "Икс Игрек", "gender": "m",
                                "roles": [{"role": role, "start": start, "end": None}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        KnowledgeBase.load(extra=path)


# ---- the link stage --------------------------------------------------------------------------

def _doc(text: str, meta: dict, mentions: list[tuple[str, str, str]]) -> Document:
    """Entities and one referent per (mention text, label, referent name)."""
    entities, referents = [], []
    for n, (mention, label, name) in enumerate(mentions):
        start = text.index(mention)
        entities.append(Entity(f"T{n}", start, start + len(mention), mention, label, name))
        referents.append(Referent(f"R{n}", label, name, (f"T{n}",)))
    return Document(text, meta=meta, entities=tuple(entities), referents=tuple(referents))


def test_link_stage_registered():
    spec = get_stage("link")
    assert spec.requires == ("referents",) and spec.provides == ("referents",)


def test_link_stage_sets_kb_ids(kb):
    text = ("Пресс-секретарь президента России Дмитрий Песков заявил, что Патрушев доложил. "
            "Секретарь Совбеза Николай Патрушев не комментировал. Госсекретарь США отказался "
            "от встречи, сообщила Мария Петрова.")
    doc = _doc(text, {"date": "2022-01-28"}, [
        ("Дмитрий Песков", "PER", "Дмитрий Песков"),
        ("Николай Патрушев", "PER", "Николай Патрушев"),
        ("Госсекретарь США", "PER", "госсекретарь США"),
        ("Мария Петрова", "PER", "Мария Петрова"),
    ])
    (out,) = KBLinker(kb)([doc])
    links = {r.name: (r.kb_id, r.kb_by) for r in out.referents}
    assert links == {
        "Дмитрий Песков": ("per:peskov_dmitry", "name"),
        "Николай Патрушев": ("per:patrushev_nikolay", "name"),
        "госсекретарь США": ("per:blinken_antony", "role@date"),
        "Мария Петрова": (None, None),
    }


def test_link_stage_uses_role_context_for_namesakes(kb):
    text = "Министр сельского хозяйства России Патрушев оценил урожай 1 сентября 2021 года."
    doc = _doc(text, {}, [("Патрушев", "PER", "Патрушев")])
    (out,) = KBLinker(kb)([doc])
    assert out.referents[0].kb_id == "per:patrushev_dmitry"


# ---- the evaluation set ----------------------------------------------------------------------

def test_link_set_targets():
    cases = read_cases(LINK_SET)
    assert len(cases) >= 60
    assert {c.kind for c in cases} >= {"name", "alias", "role", "namesake", "unknown"}
    score = score_links(cases)
    assert score.precision >= 0.97, score.report()
    assert score.recall >= 0.85, score.report()
