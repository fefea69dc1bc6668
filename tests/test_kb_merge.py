"""Referents linked to one knowledge-base entry become one referent (``kb/merge.py``)."""

from __future__ import annotations

import pytest

from rusnews_nlp.annotations import Document, Entity, Quote, Referent, Speaker
from rusnews_nlp.kb.base import default_kb
from rusnews_nlp.kb.linker import KBLinker
from rusnews_nlp.kb.merge import merge_linked


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def _doc(text: str, mentions: list[tuple[str, str, str, str | None]],
         quotes: tuple[Quote, ...] = ()) -> Document:
    """One entity and one referent per ``(mention, label, name, kb_id)``, in text order."""
    entities, referents, at = [], [], 0
    for n, (mention, label, name, kb_id) in enumerate(mentions):
        start = text.index(mention, at)
        at = start + len(mention)
        entities.append(Entity(f"T{n}", start, at, mention, label, name))
        referents.append(Referent(f"R{n}", label, name, (f"T{n}",), kb_id, "name" if kb_id else None))
    return Document(text, entities=tuple(entities), referents=tuple(referents), quotes=quotes)


# (text, mentions with the kb id the linker gave, the referents expected: (name, mentions))
MERGES = [
    # a form the normaliser left inflected: the entry's own spelling is kept
    ("Россия граничит с Беларусью. Лукашенко вернулся в Беларусь.",
     [("Беларусью", "LOC", "Беларусью", "loc:belarus"),
      ("Беларусь", "LOC", "Беларусь", "loc:belarus")],
     [("Беларусь", ("T0", "T1"))]),
    # two scripts
    ("Сервисами Yandex пользуются миллионы. В «Яндексе» это подтвердили.",
     [("Yandex", "ORG", "Yandex", "org:yandex"), ("Яндексе", "ORG", "Яндекс", "org:yandex")],
     [("Яндекс", ("T0", "T1"))]),
    # an initial for the first name; the longest of the entry's spellings wins
    ("Б.Обама прилетел в Берлин. Барак Обама встретился с канцлером.",
     [("Б.Обама", "PER", "Б.Обама", "per:obama_barack"),
      ("Барак Обама", "PER", "Барак Обама", "per:obama_barack")],
     [("Барак Обама", ("T0", "T1"))]),
    ("В Башкортостане открыли школу. Республика Башкортостан заняла первое место.",
     [("Башкортостане", "LOC", "Башкортостан", "loc:bashkortostan"),
      ("Республика Башкортостан", "LOC", "Республика Башкортостан", "loc:bashkortostan")],
     [("Республика Башкортостан", ("T0", "T1"))]),
    # a namesake with another first name stays apart, whatever the linker said
    ("Александр Лукашенко и его сын Виктор Лукашенко приехали на выставку.",
     [("Александр Лукашенко", "PER", "Александр Лукашенко", "per:lukashenko_alexander"),
      ("Виктор Лукашенко", "PER", "Виктор Лукашенко", "per:lukashenko_alexander")],
     [("Александр Лукашенко", ("T0",)), ("Виктор Лукашенко", ("T1",))]),
    # no link, no merge
    ("Иван Петров и Иван Петров-младший пришли.",
     [("Иван Петров", "PER", "Иван Петров", None),
      ("Иван Петров-младший", "PER", "Иван Петров-младший", None)],
     [("Иван Петров", ("T0",)), ("Иван Петров-младший", ("T1",))]),
    # different labels are different things even under one id
    ("Москва ответила. В Москве прошел дождь.",
     [("Москва", "ORG", "Москва", "loc:moscow"), ("Москве", "LOC", "Москва", "loc:moscow")],
     [("Москва", ("T0",)), ("Москва", ("T1",))]),
]


@pytest.mark.parametrize("text,mentions,expected", MERGES,
                         ids=[m[1][0][0] for m in MERGES])
def test_referents_of_one_entry_are_merged(kb, text, mentions, expected):
    out = merge_linked(_doc(text, mentions), kb.entries)
    assert [(r.name, r.mentions) for r in out.referents] == expected


def test_merged_referent_keeps_the_first_id_and_the_link(kb):
    doc = _doc("Россия граничит с Беларусью. Лукашенко вернулся в Беларусь.",
               [("Беларусью", "LOC", "Беларусью", "loc:belarus"),
                ("Беларусь", "LOC", "Беларусь", "loc:belarus")])
    (merged,) = merge_linked(doc, kb.entries).referents
    assert (merged.id, merged.kb_id, merged.kb_by) == ("R0", "loc:belarus", "name")


def test_nothing_to_merge_returns_the_same_document(kb):
    doc = _doc("Песков и Лавров.", [("Песков", "PER", "Песков", "per:peskov_dmitry"),
                                     ("Лавров", "PER", "Лавров", "per:lavrov_sergey")])
    assert merge_linked(doc, kb.entries) is doc


def test_speakers_follow_the_merge(kb):
    text = ("Сервисами Yandex пользуются миллионы. В компании отметили, что число пользователей "
            "выросло. «Мы рады», — сказал глава «Яндекса» Иван Петров.")
    content = "число пользователей выросло"
    start = text.index(content)
    by_part = Quote("q1", start, start + len(content), content, "indirect", None,
                    Speaker("Yandex", "ORG", "R0"), rule="indirect_that")
    start = text.index("Мы рады")
    by_fuller = Quote("q2", start, start + 7, "Мы рады", "direct", None,
                      Speaker("Яндекс Россия", "ORG", "R1"), rule="direct_cue_after")
    doc = _doc(text, [("Yandex", "ORG", "Yandex", "org:yandex"),
                      ("Яндекса", "ORG", "Яндекс", "org:yandex")], (by_part, by_fuller))
    out = merge_linked(doc, kb.entries)
    assert [(q.speaker.name, q.speaker.referent) for q in out.quotes] == [
        ("Яндекс", "R0"),         # renamed: it was named by the part
        ("Яндекс Россия", "R0"),  # a name the resolver found itself is kept
    ]


def test_link_stage_merges(kb):
    doc = _doc("Россия граничит с Беларусью. Лукашенко вернулся в Беларусь.",
               [("Беларусью", "LOC", "Беларусью", None), ("Беларусь", "LOC", "Беларусь", None)])
    (out,) = KBLinker(kb)([doc])
    assert [(r.name, r.kb_id, r.mentions) for r in out.referents] == [
        ("Беларусь", "loc:belarus", ("T0", "T1"))]
