"""Knowledge base: bundled data, name and role linking, dates, gazetteers, the ``link`` stage."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from rusnews_nlp.annotations import Document, Entity, Referent
from rusnews_nlp.evaluation.kb import read_cases, score_links
from rusnews_nlp.kb import build_index, index as kb_index, lemmas, role_phrases
from rusnews_nlp.kb.base import KnowledgeBase, default_kb
from rusnews_nlp.kb.dates import doc_date
from rusnews_nlp.kb.evidence import AppositionReader, has_namesake_risk
from rusnews_nlp.kb.linker import KBLinker
from rusnews_nlp.kb.phrases import PhraseIndex
from rusnews_nlp.kb.records import bundled_records
from rusnews_nlp.registry import get_stage

D = dt.date
LINK_SET = Path(__file__).parent / "data" / "kb_link_set.jsonl"
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


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


def test_one_bundled_kb_per_process_however_it_is_asked_for(kb, tmp_path):
    """The linker asks for ``default_kb(None, (), False)``, the speakers' office checks for
    ``default_kb()``: one configuration, one KB (it was built twice, once per spelling)."""
    from rusnews_nlp.kb.offices import KnownOffices
    from rusnews_nlp.registry import make_stage

    assert default_kb(None, (), False) is kb
    assert default_kb(extra=[]) is kb
    gazetteer = tmp_path / "people.jsonl"
    gazetteer.write_text(json.dumps({"id": "per:test_person", "type": "PER",
                                     "name": "Иван Тестов"}, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    assert default_kb(extra=str(gazetteer)) is default_kb(extra=[gazetteer])
    assert "per:test_person" in default_kb(extra=(str(gazetteer),)).entries
    assert KnownOffices().kb is kb
    assert make_stage("link").kb is kb


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


_LONG_CLAUSE = ("В среду вечером в ходе большой пресс-конференции, состоявшейся сразу после "
                "долгих многочасовых переговоров делегаций в здании правительства в "
                "присутствии большого числа журналистов и операторов из самых разных стран "
                "и регионов мира, от Латинской Америки до Юго-Восточной Азии и Океании, "
                "которые с самого утра ждали начала встречи у входа в здание и обсуждали "
                "последние новости, с подробным заявлением для прессы выступил министр "
                "иностранных дел России Сергей Лавров")


@pytest.mark.parametrize("cut", [0, 37, 101, 250, 333, 380])
def test_role_before_reads_the_tail_of_a_long_clause(kb, cut):
    text = _LONG_CLAUSE[cut:]
    start = text.index("Сергей")
    assert kb.role_before(text, start) == "министр иностранных дел России"
    left = text[:start]
    full = [(m.start(), m.group()) for m in lemmas._TOKEN.finditer(left)]
    for n in (1, 8, 30, 100):
        assert role_phrases._last_tokens(left, n) == full[-n:]


def test_every_word_of_a_kb_role_phrase_is_a_role_word(kb):
    """``parse_role`` and ``role_before`` skip phrases holding a non-role word: sound only
    if every word of every position, role phrase and place name passes ``_role_word``."""
    texts = [t for p in kb.positions.values() for t in (p.name, *p.aliases)]
    texts += [r["phrase"] for r in bundled_records() if r.get("type") == "ROLE_PHRASE"]
    texts += [t for e in kb.entries.values() if e.type in ("ORG", "LOC")
              for t in (e.name, *e.aliases)]
    texts += ["бывший министр обороны России", "экс-канцлер ФРГ", "российский президент"]
    missing = {w for t in texts for w in lemmas.words(t) if not kb._role_word(w)}
    assert not missing


@pytest.mark.parametrize("word", ["главы", "министра", "людей", "лучше", "шел", "песковым",
                                  "шольцем", "байдена", "экс-премьера", "мид", "сша", "iphone",
                                  "по-русски", "красно-белый", "2022", "зеленского", "ею"])
def test_normal_forms_are_those_of_parse(word):
    from rusnews_nlp.models.resources import morph_analyzer

    assert set(lemmas.normal_forms(word)) == {p.normal_form
                                                 for p in morph_analyzer().parse(word)}


def test_roles_are_looked_for_only_for_namesakes(kb):
    calls = []

    def roles():
        calls.append(1)
        return ["экс-канцлер ФРГ"]

    assert kb.link_name("Сергей Лавров", "PER", D(2022, 1, 1), roles) == (
        "per:lavrov_sergey", "name")
    assert not calls
    assert kb.link_name("Иванов", "PER", D(2022, 1, 1), roles) == kb.link_name(
        "Иванов", "PER", D(2022, 1, 1), ["экс-канцлер ФРГ"])
    assert calls


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
    assert len(cases) >= 140
    assert {c.kind for c in cases} >= {"name", "alias", "role", "namesake", "unknown",
                                       "namesake_context", "role_context"}
    assert sum(c.kind == "namesake_context" for c in cases) >= 20
    score = score_links(cases)
    assert score.precision >= 0.97, score.report()
    assert score.recall >= 0.85, score.report()
    context = [c for c in cases if c.kind == "namesake_context"]
    wrong = [e for e in score.errors if e[0].kind == "namesake_context"]
    assert not wrong, score.report()  # a namesake with a contradicting role never links
    assert len(context) >= 20


# ---- context evidence: role appositions around a name ----------------------------------------

@pytest.mark.parametrize("text,mention,side,head,phrase", [
    ("Главный тренер «Зенита» Сергей Иванов признал поражение.", "Сергей Иванов",
     "before", "тренер", "Главный тренер «Зенита»"),
    ("Сергей Иванов, нападающий «Крыльев Советов», забил дважды.", "Сергей Иванов",
     "after", "нападающий", "нападающий «Крыльев Советов»"),
    ("Сергей Иванов (тренер «Ротора») остался недоволен.", "Сергей Иванов",
     "after", "тренер", "тренер «Ротора»"),
    ("Мы поговорили с Сергеем Ивановым, тренером «Ротора», после матча.", "Сергеем Ивановым",
     "after", "тренер", "тренером «Ротора»"),
    ("Так ответил пресс-секретаря президента Дмитрия Пескова помощник.", "Дмитрия Пескова",
     "before", "пресс-секретарь", "пресс-секретаря президента"),
    ("Экс-футболист Вячеслав Лебедев открыл школу.", "Вячеслав Лебедев",
     "before", "футболист", "Экс-футболист"),
])
def test_appositions_found(kb, text, mention, side, head, phrase):
    start = text.index(mention)
    found = AppositionReader(kb).around(text, start, start + len(mention))
    assert [(a.side, a.head, a.phrase) for a in found] == [(side, head, phrase)]


@pytest.mark.parametrize("text,mention", [
    ("Тренер похвалил Сергея Иванова за игру.", "Сергея Иванова"),        # a verb in between
    ("Министр обороны Андрей Белоусов и Сергей Иванов приехали.", "Сергей Иванов"),  # и
    ("Приехали Владимир Путин, президент Франции Эмманюэль Макрон и другие.", "Владимир Путин"),
    ("По словам тренера, Сергей Иванов готов играть.", "Сергей Иванов"),  # another clause
    ("Сергей Иванов, который вчера прилетел, отказался говорить.", "Сергей Иванов"),
])
def test_no_apposition(kb, text, mention):
    start = text.index(mention)
    assert AppositionReader(kb).around(text, start, start + len(mention)) == []


@pytest.mark.parametrize("text,mention,day,reason,linked", [
    # contradictions, one per rule
    ("Главный тренер «Ротора» Сергей Лавров доволен.", "Сергей Лавров", D(2023, 5, 1),
     "contradicted:other-domain", None),
    ("Губернатор Курской области Сергей Лавров приехал.", "Сергей Лавров", D(2023, 5, 1),
     "contradicted:office-held-by-other", None),
    ("Депутат городской думы Сергей Лавров выступил.", "Сергей Лавров", D(2023, 5, 1),
     "contradicted:local-assembly", None),
    ("Глава компании «Ромашка» Сергей Лавров подал иск.", "Сергей Лавров", D(2023, 5, 1),
     "contradicted:unknown-organisation", None),
    ("Посол Сергей Лавров вручил грамоты.", "Сергей Лавров", D(2023, 5, 1),
     "contradicted:unknown-office", None),
    # the KB has no term for him then: the office says nothing against him
    ("Посол Сергей Лавров вручил грамоты.", "Сергей Лавров", D(1990, 5, 1), "name",
     "per:lavrov_sergey"),
    # a fitting KB role outweighs a contradiction
    ("Канцлер Германии Ангела Меркель, физик по образованию, выступила.", "Ангела Меркель",
     D(2019, 5, 30), "role-fits", "per:merkel_angela"),
    # descriptors: Зеленский was a comedian, so the word fits him
    ("Бывший комик Владимир Зеленский подписал указ.", "Владимир Зеленский", D(2023, 3, 1),
     "name", "per:zelensky_volodymyr"),
    # a common full name needs evidence; the document's organisation is enough
    ("Сергей Иванов открыл выставку акварелей.", "Сергей Иванов", D(2023, 2, 1),
     "common-name-without-evidence", None),
    ("Сергей Иванов вспомнил годы в Минобороны России.", "Сергей Иванов", D(2021, 3, 1),
     "common-name-document-evidence", "per:ivanov_sergey"),
    ("Министр Сергей Иванов прибыл в Мурманск.", "Сергей Иванов", D(2005, 3, 1),
     "common-name-role-word", "per:ivanov_sergey"),
])
def test_vetting_rules(kb, text, mention, day, reason, linked):
    start = text.index(mention)
    got, vetting = kb.link_mention_traced(text, start, start + len(mention), "PER", day)
    assert vetting is not None and vetting.reason == reason, vetting
    assert (got[0] if got else None) == linked


@pytest.mark.parametrize("kb_id,risk", [
    ("per:ivanov_sergey", True),      # Сергей + Иванов
    ("per:kozlov_alexander", True),
    ("per:medvedev_dmitry", False),   # namesake_risk: false in the KB record
    ("per:zakharova_maria", False),
    ("per:lavrov_sergey", False),     # Лавров is not a common surname
    ("per:kondratyev_veniamin", False),  # Вениамин is not a common first name
])
def test_namesake_risk(kb, kb_id, risk):
    assert has_namesake_risk(kb.entries[kb_id]) is risk


def test_context_rules_in_the_link_stage(kb):
    text = ("Главный тренер «Зенита» Сергей Иванов после игры признал, что победа далась "
            "тяжело. Иванов добавил, что доволен. Канцлер Германии Ангела Меркель, физик по "
            "образованию, выступила в университете 30 мая 2019 года.")
    ivanov = [text.index("Сергей Иванов"), text.index("Иванов добавил")]
    entities = (Entity("T0", ivanov[0], ivanov[0] + 13, "Сергей Иванов", "PER", "Сергей Иванов"),
                Entity("T1", ivanov[1], ivanov[1] + 6, "Иванов", "PER", "Иванов"),
                Entity("T2", text.index("Ангела"), text.index("Ангела") + 14, "Ангела Меркель",
                       "PER", "Ангела Меркель"))
    doc = Document(text, meta={}, entities=entities, referents=(
        Referent("R0", "PER", "Сергей Иванов", ("T0", "T1")),
        Referent("R1", "PER", "Ангела Меркель", ("T2",))))
    linker = KBLinker(kb)
    (out,) = linker([doc])
    assert [(r.name, r.kb_id) for r in out.referents] == [
        ("Сергей Иванов", None), ("Ангела Меркель", "per:merkel_angela")]
    traces = {t.referent: t for t in linker.explain(doc)}
    assert traces["R0"].candidate == "per:ivanov_sergey"
    assert traces["R0"].reason == "contradicted:other-domain"
    assert traces["R0"].vetting.evidence[0].phrase == "Главный тренер «Зенита»"
    assert traces["R1"].reason == "role-fits"


def test_descriptors_and_namesake_risk_in_gazetteers(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,type,name,gender,descriptors,namesake_risk,role,start,end\n"
        "per:ivanov_petr,PER,Пётр Иванов,m,тренер|наставник,false,,,\n", encoding="utf-8")
    kb = KnowledgeBase.load(extra=path)
    entry = kb.entries["per:ivanov_petr"]
    assert entry.descriptors == ("тренер", "наставник") and entry.namesake_risk is False
    text = "Главный тренер «Ротора» Пётр Иванов доволен."
    start = text.index("Пётр")
    end = start + len("Пётр Иванов")
    assert kb.link_mention(text, start, end, "PER") == ("per:ivanov_petr", "name")
    path.write_text("id,type,name,gender,namesake_risk\nper:x_y,PER,Икс Игрек,m,maybe\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="bad boolean"):
        KnowledgeBase.load(extra=path)


# ---- end to end -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def linking_pipeline():
    from rusnews_nlp import Pipeline

    return Pipeline(stages=["zones", "segment", "morph", "ner", "normalize", "referents", "link"])


def test_football_coach_is_not_the_politician(linking_pipeline):
    doc = linking_pipeline((SAMPLES / "football_derby.txt").read_text(encoding="utf-8"))
    people = {r.name: r.kb_id for r in doc.referents if r.label == "PER"}
    assert "Сергей Иванов" in people and people["Сергей Иванов"] is None


SEED_PEOPLE = {"per:putin_vladimir", "per:lavrov_sergey", "per:peskov_dmitry",
               "per:merkel_angela", "per:biden_joe", "per:blinken_antony",
               "per:macron_emmanuel", "per:stoltenberg_jens"}


def test_seed_people_link_end_to_end(shared_dir, linking_pipeline):
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "seeds").glob("*.txt"))]
    linked = {r.kb_id for doc in linking_pipeline.pipe(texts) for r in doc.referents}
    assert SEED_PEOPLE <= linked


# ---- the precomputed word index (kb_index) ---------------------------------------------------

def _keys(*words: str) -> frozenset[str]:
    return frozenset(words)


@pytest.mark.parametrize("query,expected", [
    ([_keys("глава")], {"head"}),
    ([_keys("глава", "главы"), _keys("мид")], {"fm"}),
    ([_keys("министр"), _keys("иностранный"), _keys("дело")], {"fm-long"}),
    ([_keys("министр"), _keys("дело")], set()),                  # a word missing
    ([_keys("глава"), _keys("мид"), _keys("россия")], set()),   # a word too many
    ([_keys("мид"), _keys("глава")], set()),                     # order matters
    ([_keys("шеф", "глава"), _keys("мид", "миды")], {"fm"}),   # any candidate may match
    ([_keys("председатель"), _keys("правительство")], {"pm", "pm2"}),
    ([], set()),
])
def test_phrase_index_matching(query, expected):
    index = PhraseIndex()
    index.add([_keys("глава", "руководитель")], "head")
    index.add([_keys("глава"), _keys("мид", "министерство")], "fm")
    index.add([_keys("министр"), _keys("иностранный"), _keys("дело", "дела")], "fm-long")
    index.add([_keys("председатель"), _keys("правительство")], "pm")
    index.add([_keys("председатель"), _keys("правительство")], "pm2")
    index.add([_keys("председатель"), _keys("правительство")], "pm")  # a repeat
    assert index.match(query) == expected
    assert index.first_keys == {"глава", "руководитель", "министр", "председатель"}


def test_shipped_index_is_in_sync_with_kb_jsonl():
    """Editing data/kb.jsonl (or upgrading pymorphy3) needs `python -m rusnews_nlp.kb
    build-index`; the shipped table must be exactly what that command builds now."""
    shipped = kb_index.bundled_table()
    assert shipped is not kb_index.EMPTY, (
        f"data/kb_index.json.gz missing, unreadable or built with another pymorphy3 than the "
        f"installed {kb_index.morph_versions()}: run `python -m rusnews_nlp.kb build-index`")
    assert shipped.kb_sha256 == kb_index.kb_sha256(), \
        "data/kb.jsonl changed: run `python -m rusnews_nlp.kb build-index`"
    fresh = build_index.bundled_build()
    assert fresh.to_json() == shipped.to_json(), \
        "data/kb_index.json.gz is stale: run `python -m rusnews_nlp.kb build-index`"


def test_index_build_command_check(tmp_path):
    out = tmp_path / "index.json.gz"
    assert build_index.main(["build-index", "-o", str(out)]) == 0
    assert out.read_bytes() == build_index.bundled_path().read_bytes()  # deterministic bytes
    assert build_index.main(["build-index", "--check", "-o", str(out)]) == 0
    out.write_bytes(b"not gzip")
    assert build_index.main(["build-index", "--check", "-o", str(out)]) == 1


def test_index_with_other_pymorphy3_is_not_used(monkeypatch, caplog):
    monkeypatch.setattr(kb_index, "morph_versions", lambda: {"pymorphy3": "0.0.0"})
    assert kb_index.bundled_table.__wrapped__() is kb_index.EMPTY
    assert "not used" in caplog.text


def test_index_from_another_kb_jsonl_is_used_and_warned(monkeypatch, caplog):
    monkeypatch.setattr(kb_index, "kb_sha256", lambda: "0" * 64)
    table = kb_index.bundled_table.__wrapped__()
    assert table.lemmas and "build-index" in caplog.text


def _python(code: str, **env: str) -> str:
    import os
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=600, env={**os.environ, "PYTHONHASHSEED": "0", **env},
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_loading_the_kb_asks_pymorphy3_nothing():
    """Load, the role heads and the vetting vocabulary all come from the shipped table."""
    code = """
from rusnews_nlp.kb import default_kb
from rusnews_nlp.kb.evidence import AppositionReader, has_namesake_risk
from rusnews_nlp.models.resources import morph_analyzer
kb = default_kb()
AppositionReader(kb)
for eid, entry in kb.entries.items():
    kb.role_vocabulary(eid), kb.role_jurisdictions(eid), has_namesake_risk(entry)
print(morph_analyzer.cache_info().currsize)
"""
    assert _python(code).strip() == "0"


#: Prints every link-set decision with its trace, name and role look-ups of every KB string
#: and of inflected forms, and a gazetteer's links (words the shipped table does not have).
_LINK_DUMP = """
import datetime as dt, json, sys, tempfile
from rusnews_nlp.evaluation.kb import read_cases, predict_traced
from rusnews_nlp.kb import KnowledgeBase, bundled_records, default_kb
from rusnews_nlp.kb.build_index import record_texts
kb = default_kb()
for case in read_cases("tests/data/kb_link_set.jsonl"):
    print(case.mention, case.date, predict_traced(case, kb))
texts = sorted(set(record_texts(bundled_records())))
for text in texts + [t + "у" for t in texts] + [t + "ой" for t in texts]:
    parse = kb.parse_role(text)
    print(text, sorted(map(repr, kb.name_hits(text))), parse and (sorted(parse.keys), parse.tense),
          kb.resolve_role(text, dt.date(2022, 1, 28)), sorted(kb.role_keys_in(text)))
print(sorted(kb.role_head_words()))
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as fh:
    fh.write("id,type,name,gender,role,start,end\\n"
             "org:zhukovka,ORG,Жуковская мануфактура,,,,\\n"
             "per:shilova,PER,Ефросинья Шилова,f,глава Жуковской мануфактуры,2020,\\n")
gaz = KnowledgeBase.load(extra=[fh.name])
for name in ("Ефросиньей Шиловой", "Шиловой", "главы Жуковской мануфактуры"):
    print(name, gaz.link_name(name, "PER"), gaz.resolve_role(name, dt.date(2022, 1, 1)))
"""


def test_linking_is_identical_without_the_index():
    with_index = _python(_LINK_DUMP)
    without = _python(_LINK_DUMP, RUSNEWS_NLP_KB_INDEX="0")
    assert with_index.count("\n") > 5000
    assert with_index == without
    assert "Ефросиньей Шиловой ('per:shilova', 'name')" in with_index
