"""Within-document coreference: name matching rules (pure) and clustering on analysed text."""

from __future__ import annotations

import pytest

from rusnews_nlp.annotations import Document, Entity, Referent
from rusnews_nlp.entities.referents import (acronyms, cluster_entities, org_key, referent_map,
                                   same_first_name, same_surname)

STAGES = ["segment", "morph", "ner", "normalize", "referents"]


@pytest.fixture(scope="module")
def analyse():
    from rusnews_nlp import Pipeline

    return Pipeline(stages=STAGES)


# ------------------------------------------------------------------ pure rules

@pytest.mark.parametrize("a, b, same", [
    ("Песков", "Песков", True),
    ("Песков", "Пескова", True),          # normaliser missed the case: still one surname
    ("Сайкыа", "Сайкыу", True),           # both inflected forms of an unknown name
    ("Ёлкин", "Елкин", True),
    ("Иванов", "Петров", False),
    ("Бут", "Бута", False),                # too short to trust an ending
    ("Лавров", "Лаврентьев", False),
])
def test_same_surname(a, b, same):
    assert same_surname(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("Владимир", "В.", True),
    ("В.", "Владимир", True),
    ("Владимир", "Вадим", False),
    ("Анна", "Анной", True),
])
def test_same_first_name(a, b, same):
    assert same_first_name(a, b) is same


@pytest.mark.parametrize("name, key", [
    ("МИД России", "мид россии"),
    ("Министерство иностранных дел России", "мид россии"),
    ("РФ", "россия"),
    ("Российская Федерация", "россия"),
    ("Североатлантический альянс", "нато"),
    ("«Газпром»", "газпром"),
    ("Соединённые Штаты", "сша"),
])
def test_org_key(name, key):
    assert org_key(name) == key


def test_acronyms_cover_word_prefixes():
    assert {"ми", "мид", "мидр"} == acronyms("министерство иностранных дел россии")
    # English articles and prepositions have no initial either (``WP``, ``RCA``)
    assert "wp" in acronyms("the washington post")
    assert "rca" in acronyms("radio corporation of america")
    assert "фас" in acronyms("федеральная антимонопольная служба")


def _doc(text: str, spans: list[tuple[str, str, str]]) -> Document:
    """A document with hand-made entities ``(surface, label, normal)``, found left to right."""
    entities, pos = [], 0
    for n, (surface, label, normal) in enumerate(spans, 1):
        start = text.index(surface, pos)
        entities.append(Entity(f"e{n}", start, start + len(surface), surface, label, normal))
        pos = start + len(surface)
    return Document(text=text, entities=tuple(entities))


def test_clusters_from_entities_alone():
    """Without tokens (no morphology) clustering still works on the normal forms."""
    doc = _doc("Путина поддержал Лавров. Владимир Путин и Сергей Лавров в РФ. Россия ответит.",
               [("Путина", "PER", "Путин"), ("Лавров", "PER", "Лавров"),
                ("Владимир Путин", "PER", "Владимир Путин"),
                ("Сергей Лавров", "PER", "Сергей Лавров"), ("РФ", "LOC", "РФ"),
                ("Россия", "LOC", "Россия")])
    refs = cluster_entities(doc)
    by_entity = referent_map(refs)
    assert by_entity["e1"] is by_entity["e3"] and by_entity["e1"].name == "Владимир Путин"
    assert by_entity["e2"] is by_entity["e4"] and by_entity["e2"].name == "Сергей Лавров"
    assert by_entity["e5"] is by_entity["e6"] and by_entity["e5"].label == "LOC"
    assert [r.id for r in refs] == [f"r{i}" for i in range(1, len(refs) + 1)]


def test_a_body_named_by_its_noun_stays_an_organisation(analyse):
    """``Геологической службы США (USGS)``: the acronym and the country the tagger called places
    do not outvote the body's own noun."""
    doc = analyse("По данным Геологической службы США (USGS), очаг залегал на глубине 10 км.")
    bodies = [r for r in doc.referents if "служба" in r.name.lower()]
    assert [r.label for r in bodies] == ["ORG"], [(r.name, r.label) for r in doc.referents]


def test_a_doubled_word_does_not_make_the_name():
    """A scraping typo (``Максим Дадашев Дадашев``) is no fuller than ``Максим Дадашев``."""
    doc = _doc("Максим Дадашев выиграл. Вчера Максим Дадашев Дадашев проиграл.",
               [("Максим Дадашев", "PER", "Максим Дадашев"),
                ("Максим Дадашев Дадашев", "PER", "Максим Дадашев Дадашев")])
    (ref,) = cluster_entities(doc)
    assert ref.name == "Максим Дадашев"


def test_soft_sign_variant_of_a_first_name_is_the_same_person():
    doc = _doc("Бой с Сабриэлем Матиасом закончился. Сабриэл Матиас остался непобежденным.",
               [("Сабриэлем Матиасом", "PER", "Сабриэль Матиас"),
                ("Сабриэл Матиас", "PER", "Сабриэл Матиас")])
    (ref,) = cluster_entities(doc)
    assert ref.name == "Сабриэл Матиас"  # the form the text writes in the nominative


def test_spelled_out_name_beats_an_initial_in_the_nominative():
    doc = _doc("Корреспондент побеседовал с Иваном Петровым. И. Петров рассказал о романе.",
               [("Иваном Петровым", "PER", "Иван Петров"), ("И. Петров", "PER", "И. Петров")])
    (ref,) = cluster_entities(doc)
    assert ref.name == "Иван Петров"


def test_abbreviation_joins_only_an_unambiguous_full_name():
    doc = _doc("МИД России и МИД Украины обменялись нотами. МИД промолчал.",
               [("МИД России", "ORG", "МИД России"), ("МИД Украины", "ORG", "МИД Украины"),
                ("МИД", "ORG", "МИД")])
    by_entity = referent_map(cluster_entities(doc))
    assert len({id(by_entity[e]) for e in ("e1", "e2", "e3")}) == 3


@pytest.mark.parametrize("text", [
    "Виктор Ющенко и Виктор Янукович встретились.",  # a surname that looks like a patronymic
    "Александр Григорьевич приехал. Александр Лукашенко заявил.",  # before the full name
    "Роман Абрамович встретился с Романом Старовойтом. Абрамович заявил, что доволен.",
])
def test_patronymic_address_needs_a_patronymic_after_the_one_full_name(analyse, text):
    doc = analyse(text)
    assert all(len(r.mentions) == 1 or r.name == "Роман Абрамович" for r in doc.referents
               if r.label == "PER"), [(r.name, r.mentions) for r in doc.referents]


def test_institution_is_an_org():
    doc = _doc("В Кремле заявили. Кремль ответил.",
               [("Кремле", "LOC", "Кремль"), ("Кремль", "ORG", "Кремль")])
    (ref,) = cluster_entities(doc)
    assert (ref.label, ref.name, ref.mentions) == ("ORG", "Кремль", ("e1", "e2"))


# ------------------------------------------------------------------ on analysed text

def _referent_of(doc: Document, surface: str, nth: int = 0) -> Referent:
    matches = [e for e in doc.entities if e.text == surface]
    assert len(matches) > nth, (surface, [(e.text, e.label) for e in doc.entities])
    return referent_map(doc.referents)[matches[nth].id]


CLUSTER_CASES = [
    # (text, [(surface, nth), ...] that must share one referent, its name)
    ("Министр иностранных дел России Сергей Лавров прилетел в Анкару. Лаврова встретили в "
     "аэропорту. Вечером Лавров провел переговоры.",
     [("Сергей Лавров", 0), ("Лаврова", 0), ("Лавров", 0)], "Сергей Лавров"),
    ("Захаровой задали вопрос о визах. Официальный представитель МИД Мария Захарова "
     "ответила на него подробно.",
     [("Захаровой", 0), ("Мария Захарова", 0)], "Мария Захарова"),
    ("Канцлер Германии Ангела Меркель прибыла в Париж. С Меркель встретился президент "
     "Франции.",
     [("Ангела Меркель", 0), ("Меркель", 0)], "Ангела Меркель"),
    # the document's own spelling of a surname is that person, whatever the normaliser
    # guessed for the lone word (``Жоли`` is no ``Жоля``, ``Захарова`` no ``Захаров``)
    ("Министр Канады Мелани Жоли выступила на G20. Слова Жоли вызвали споры.",
     [("Мелани Жоли", 0), ("Жоли", 0)], "Мелани Жоли"),
    ("Мария Захарова выступила на премии.\n\nЗахарова: выступление министра было неуместным",
     [("Мария Захарова", 0), ("Захарова", 0)], "Мария Захарова"),
    # a one-word body's name the normaliser left in the genitive is the same body
    ("Об этом сообщила президент Росптицесоюза Галина Бобылева. Президент Росптицесоюза "
     "также рассказала о ценах.",
     [("Росптицесоюза", 0), ("Росптицесоюза", 1)], "Росптицесоюз"),
    # a spelled-out name abbreviates as it likes in brackets, after its genitive place too;
    # the referent is named in full with the abbreviation the document uses for it
    ("Об этом сообщила Армия обороны Израиля (ЦАХАЛ). Позже ЦАХАЛ уточнила данные.",
     [("ЦАХАЛ", 0), ("ЦАХАЛ", 1)], "Армия обороны Израиля (ЦАХАЛ)"),
    # a one-word alias may start a longer name: ``Госдепартамент США`` is the ``Госдеп``
    ("Госдепартамент США выступил с заявлением. В Госдепе уточнили детали.",
     [("Госдепартамент", 0), ("Госдепе", 0)], "Госдепартамент США"),
    # first name and a patronymic no full name writes, after the one full name of that first name
    ("Президент Белоруссии Александр Лукашенко провёл совещание. «Пусть Запад спит "
     "спокойно», — подчеркнул Александр Григорьевич.",
     [("Александр Лукашенко", 0), ("Александр Григорьевич", 0)], "Александр Лукашенко"),
    # a body's country ending written as ``РФ`` is the same body as with ``России``
    ("Пожар потушили, сообщает МЧС России. В МЧС РФ добавили, что пострадавших нет.",
     [("МЧС", 0), ("МЧС", 1)], "МЧС России"),
    # a surname names the person, not the first name and patronymic of an address; a
    # surname in -ич is a surname where no other name of the person ends otherwise
    ("Корреспондент побеседовал с депутатом Иваном Смирновым.\n\n— Иван Петрович, что будет "
     "с законом?\n\n— Закон примут осенью.",
     [("Иваном Смирновым", 0), ("Иван Петрович", 0)], "Иван Смирнов"),
    ("Писатель Виктор Шендерович выступил в Праге. Шендерович заявил, что вернётся.",
     [("Виктор Шендерович", 0), ("Шендерович", 0)], "Виктор Шендерович"),
    # a surname with its particle and no first name (``Ван Керхове``, ``де Голль``) is the
    # person the text named in full, whatever the normaliser made of the lone surname
    ("Технический руководитель ВОЗ Мария Ван Керхове заявила, что штамм опасен. По словам "
     "Ван Керхове, эксперты анализируют ситуацию.",
     [("Мария Ван Керхове", 0), ("Ван Керхове", 0)], "Мария Ван Керхове"),
    # a lone word that is the genitive of a man the text named with a first name is his,
    # though the tagger read it as a woman's nominative after a feminine noun
    ("Режиссёр Владимир Чеботарев скончался. Как рассказала ассистентка Чеботарева, он "
     "умер утром.", [("Владимир Чеботарев", 0), ("Чеботарева", 0)], "Владимир Чеботарев"),
    # a Latin name in brackets joins the name before it, and the body stays a body though
    # the NER took the words before the brackets for a place
    ("Национальное управление США по аэронавтике и исследованию космического пространства "
     "(NASA) опубликовало снимок. В NASA добавили, что снимков будет больше.",
     [("NASA", 0), ("NASA", 1)], None),
    # an abbreviation with the same place after it is the spelled-out name with that place,
    # so the bare abbreviation has one name to join
    ("Министерство внутренних дел Грузии сообщило о задержаниях. По данным МВД Грузии, "
     "задержаны десять человек. В МВД добавили, что проверка идёт.",
     [("Министерство внутренних дел", 0), ("МВД", 0), ("МВД", 1)],
     "Министерство внутренних дел Грузии (МВД)"),
    ("Глава Федеральной налоговой службы Казахстана выступил в сенате. В ФНС Казахстана "
     "считают, что сборы вырастут.",
     [("Федеральной налоговой службы", 0), ("ФНС", 0)], "Федеральная налоговая служба Казахстана"),
    # a clipped compound (``Нацбанк``, ``Центробанк``) is the adjective-and-noun name it clips
    ("Национальный банк Казахстана принял решение. Курс Нацбанка вырос.",
     [("Национальный банк", 0), ("Нацбанка", 0)], "Национальный банк Казахстана"),
    ("Центральный банк России повысил ставку. Центробанк пояснил решение.",
     [("Центральный банк", 0), ("Центробанк", 0)], "Центральный банк России"),
    # the place after the bracketed abbreviation ends the name before the brackets
    ("Представитель Министерства иностранных дел (МИД) Ирана выступил с заявлением. В МИД "
     "Ирана добавили, что ответят.",
     [("Министерства иностранных дел", 0), ("МИД", 1)],
     "Министерство иностранных дел Ирана (МИД)"),
]


@pytest.mark.parametrize("text, surfaces, name", CLUSTER_CASES)
def test_mentions_cluster(analyse, text, surfaces, name):
    doc = analyse(text)
    refs = {id(_referent_of(doc, s, n)) for s, n in surfaces}
    assert len(refs) == 1
    if name is None:  # the name is the NER's business; the label is the referents'
        assert _referent_of(doc, *surfaces[0]).label == "ORG"
    else:
        assert _referent_of(doc, *surfaces[0]).name == name


@pytest.mark.parametrize("a, b, near", [
    ("Бенер", "Бонер", True),
    ("протоирей", "протоиерей", True),
    ("Лавров", "Павлов", False),
    ("Песков", "Песков", True),
])
def test_one_edit_apart(a, b, near):
    from rusnews_nlp.entities.referents import one_edit_apart

    assert one_edit_apart(a, b) is near


def test_variant_spelling_and_bracketed_names_join():
    doc = _doc("Джон Бенер (John Boehner) выступил. Бонер добавил. Комитет защиты журналистов "
               "(КЗЖ) ответил. КЗЖ настаивает. Концерн «Майкрософт» и Майкрософт.",
               [("Джон Бенер (John Boehner)", "PER", "Джон Бенер (John Boehner)"),
                ("Бонер", "PER", "Бонер"),
                ("Комитет защиты журналистов (КЗЖ)", "ORG", "Комитет защиты журналистов (КЗЖ)"),
                ("КЗЖ", "ORG", "КЗЖ"), ("Концерн «Майкрософт»", "ORG", "Концерн «Майкрософт»"),
                ("Майкрософт", "ORG", "Майкрософт")])
    by_entity = referent_map(cluster_entities(doc))
    assert by_entity["e1"] is by_entity["e2"] and by_entity["e1"].name == "Джон Бенер"
    assert by_entity["e3"] is by_entity["e4"]
    assert by_entity["e3"].name == "Комитет защиты журналистов (КЗЖ)"
    assert by_entity["e5"] is by_entity["e6"]


def test_first_name_and_patronymic_join_the_full_name():
    doc = _doc("Борис Николаевич Ельцин приехал. Бориса Николаевича встретили. Виктор Янукович "
               "и Виктор Янукович.",
               [("Борис Николаевич Ельцин", "PER", "Борис Николаевич Ельцин"),
                ("Бориса Николаевича", "PER", "Борис Николаевич"),
                ("Виктор Янукович", "PER", "Виктор Янукович"),
                ("Виктор Янукович", "PER", "Виктор Янукович")])
    by_entity = referent_map(cluster_entities(doc))
    assert by_entity["e1"] is by_entity["e2"]
    assert by_entity["e3"] is by_entity["e4"] and by_entity["e3"] is not by_entity["e1"]


def test_namesakes_of_both_genders_stay_apart(analyse):
    doc = analyse("Анна Иванова и Петр Иванов пришли на выборы вместе. Позже Иванова "
                  "рассказала журналистам о результатах.")
    anna = _referent_of(doc, "Анна Иванова")
    petr = _referent_of(doc, "Петр Иванов")
    assert anna is not petr
    assert _referent_of(doc, "Иванова") is anna


def test_stage_fills_referents_for_every_entity(analyse):
    doc = analyse("Президент России Владимир Путин провел совещание в Кремле. Путин "
                  "поручил правительству РФ подготовить доклад. В Кремле его ждут.")
    covered = {m for r in doc.referents for m in r.mentions}
    assert covered == {e.id for e in doc.entities}
    assert _referent_of(doc, "Кремле").label == "ORG"
    assert _referent_of(doc, "Путин").name == "Владимир Путин"


def test_seed_referents(analyse, shared_dir):
    text = (shared_dir / "seeds" / "000_0ee8888d4f2f9c11.txt").read_text(encoding="utf-8")
    doc = analyse(text)
    assert _referent_of(doc, "Пескова").name == "Дмитрий Песков"
    assert _referent_of(doc, "Лаврову").name == "Сергей Лавров"
    assert _referent_of(doc, "Ангелой Меркель").name == "Ангела Меркель"
    nato = {id(_referent_of(doc, "НАТО", n)) for n in range(3)}
    assert len(nato) == 1


# ------------------------------------------------------------------ the evaluation task

def test_coref_scoring_counts_links_and_mentions():
    from rusnews_nlp.evaluation.referents import Mention, b_cubed, muc, parse_coref

    content = "7 100 101 102\nname Путин\n\n8 103\nname Москва\n"
    assert parse_coref(content) == {"100": "7", "101": "7", "102": "7", "103": "8"}
    key = {"a": {1, 2, 3}, "b": {4}}
    response = {"x": {1, 2}, "y": {3}, "z": {4}}
    assert muc(key, response) == (1, 2)      # one of two gold links found
    assert muc(response, key) == (1, 1)      # the predicted link is right
    recall, n = b_cubed(key, response)
    assert n == 4 and abs(recall - (2 / 3 + 2 / 3 + 1 / 3 + 1)) < 1e-9
    assert Mention(0, 5, "PER", "7").group == "PER"


def test_coref_alignment_is_one_to_one_within_a_group():
    from rusnews_nlp.evaluation.referents import Mention, align

    gold = [Mention(0, 14, "PER", "g1"), Mention(20, 26, "ORG+LOC", "g2")]
    pred = [Mention(0, 8, "PER", "p1"), Mention(9, 14, "PER", "p2"),
            Mention(20, 26, "PER", "p3")]
    pairs = align(gold, pred)
    assert [(g.cluster, p.cluster) for g, p in pairs] == [("g1", "p1")]


def test_exact_normal_baseline_joins_identical_normals_only():
    from rusnews_nlp.evaluation.referents import exact_normal_referents

    entities = [Entity("e1", 0, 14, "Владимир Путин", "PER", "Владимир Путин"),
                Entity("e2", 20, 26, "Путина", "PER", "Путин"),
                Entity("e3", 30, 35, "Путин", "PER", "Путин"),
                Entity("e4", 40, 46, "Москвы", "LOC", "Москва"),
                Entity("e5", 50, 56, "МОСКВА", "ORG", "москва")]
    clusters = sorted(sorted(c.mentions) for c in exact_normal_referents(entities))
    assert clusters == [["e1"], ["e2", "e3"], ["e4", "e5"]]


#: ``A (B)``: the NER keeps a name and its bracketed original apart (factRuEval annotates
#: both); they are one referent, named by the first.
@pytest.mark.parametrize("text, first, inner, name", [
    ("Замминистра Барри Лоуенкрон (Barry Lowenkron) заявил о пытках.", "Барри Лоуенкрон",
     "Barry Lowenkron", "Барри Лоуенкрон"),
    ("В акции участвовал Союз координационных советов (СКС) и другие группы.",
     "Союз координационных советов", "СКС", "Союз координационных советов (СКС)"),
    ("Об этом сообщила газета «Коррьере делла Сера» (Corriere della Sera).",
     "Коррьере делла Сера", "Corriere della Sera", "Коррьере делла Сера"),
])
def test_bracketed_name_is_the_same_referent(analyse, text, first, inner, name):
    doc = analyse(text)
    a, b = _referent_of(doc, first), _referent_of(doc, inner)
    assert a is b and a.name == name


def test_a_transliterated_person_is_named_in_russian(analyse):
    doc = analyse("Владелец ателье Андреа Падован (Andrea Padovan) рассказал о масках.")
    assert _referent_of(doc, "Andrea Padovan").name == "Андреа Падован"


def test_a_bracketed_place_is_another_referent(analyse):
    doc = analyse("Судья Коффи Коджа (Бенин) обслужит матч.")
    assert _referent_of(doc, "Коффи Коджа") is not _referent_of(doc, "Бенин")
