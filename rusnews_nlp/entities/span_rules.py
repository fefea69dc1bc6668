"""Span rules applied to the tagger's entities, in order, before they are numbered.

The NER model sometimes runs a name on through a bracket or a quote (``Барри Лоуенкрон (Barry
Lowenkron)``, ``Русской службе «Голоса Америки``), takes a bullet or a bracket into a span
(``• Веселин Топалов``, ``ПАСЕ (``), or tags a piece that names nothing by itself: an initial
(``В.``), an abbreviation (``им.``), a legal form (``ООО`` of ``ООО «Алтек»``) or a common noun
written as an abbreviation (``СМИ``). factRuEval annotates the names inside and around brackets
and quotes as names of their own and none of those pieces, so neither do we.

Each rule takes the tokens of one span and returns the token runs to keep (``SPAN_RULES``); a
linguist fixes a case by editing a table or adding a rule. ``trace`` says which rule changed a
span. Two rules then look at neighbouring spans and the text: adjacent person spans in one case
are one name (``merge_adjacent_persons``), and a lone sentence-initial word the dictionary knows
only as a common word is no name (``drop_capitalised_common_word``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Iterable, Sequence

from ..annotations import Entity, Token
from ..text.segment import ABBREVIATIONS

Piece = Sequence[Token]
SpanRule = Callable[[Piece, str], list[Piece]]

#: Brackets and quote marks: what stands inside them is a name of its own (a transliteration,
#: an abbreviation, a newspaper's title), and they are never part of one.
BRACKETS = frozenset("()[]{}«»„“”‟\"'‹›")

#: Legal forms and kinds of organisation written as abbreviations: the descriptor before a
#: name (``ООО «Алтек»``, ``ГУП «Водоканал»``, ``ИА Regnum``), not a name.
LEGAL_FORMS = frozenset("""
ООО ОАО ЗАО ПАО НАО АО ТОО ОДО ИП ЧП ГУП МУП ФГУП ФГУ ФГБУ ФГБОУ ГБУ ГБОУ МБУ МБОУ МАУ ГКУ
НКО АНО НП ИА ТК ТРК ЧОП ЧОО СНТ ДНТ ТСЖ ЖСК ПК СПК КФХ ФК ПФК ХК
""".split())

#: Common nouns written as abbreviations: they name a kind of thing, never one organisation.
COMMON_ABBREVIATIONS = frozenset("""
СМИ ВУЗ ВУЗы ДТП ЧС ОПГ ВВП ВПК ЖКХ ТЭК ТЦ ТРЦ БПЛА ПВО ПРО АПЛ СИЗО ИВС НИИ КБ ЦРБ ФАП
""".split())

#: Kinds of online outlet: ``Telegram-канал``, ``YouTube-канала``, ``Twitter-аккаунт`` name
#: a kind of thing on a platform (factRuEval: a descriptor), not an organisation.
OUTLET_NOUNS = ("канал", "аккаунт", "блог", "паблик", "страниц", "чат", "бот", "сообществ",
                "групп", "сайт", "портал")
_OUTLET = re.compile(r"[A-Za-z][\w.]*-(?:%s)[а-яё]{0,3}" % "|".join(OUTLET_NOUNS))

_INITIAL = re.compile(r"[^\W\d_]\.?")
_WORDISH = re.compile(r"[^\W_]")


def _is_bracket(token: Token) -> bool:
    return token.text in BRACKETS


#: Quote marks that open a name: the word before one is often the kind of thing named.
OPENING_QUOTES = frozenset("«„“\"")


def split_at_brackets(piece: Piece, label: str) -> list[Piece]:
    """``X (Y)`` / ``X «Y»``: the runs between brackets and quotes, each a span of its own;
    a lone common noun before an opening quote is the kind of thing named, not a name
    (``Агентство «Франс Пресс»``, ``Компания «Вектор»``)."""
    out: list[Piece] = []
    current: list[Token] = []
    for index, token in enumerate(piece):
        if _is_bracket(token):
            descriptor = (token.text in OPENING_QUOTES and index == len(current)
                          and index + 1 < len(piece) and _common_noun(current))
            if current and not descriptor:
                out.append(current)
            current = []
        else:
            current.append(token)
    if current:
        out.append(current)
    return out


def _common_noun(piece: Piece) -> bool:
    """One word the dictionary knows only as a common noun (no name, place, organisation or
    abbreviation reading)."""
    from ..models.resources import morph_analyzer

    if len(piece) != 1 or not piece[0].text.isalpha():
        return False
    parses = morph_analyzer().parse(piece[0].text)
    return bool(parses) and all(
        p.tag.POS == "NOUN" and not PROPER & p.tag.grammemes
        and all(type(m[0]).__name__ == "DictionaryAnalyzer" for m in p.methods_stack)
        for p in parses)


PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def trim_punctuation(piece: Piece, label: str) -> list[Piece]:
    """Bullets, dashes, commas and stray marks at either end are no part of a name."""
    first = next((i for i, t in enumerate(piece) if _WORDISH.search(t.text)), None)
    if first is None:
        return []
    last = max(i for i, t in enumerate(piece) if _WORDISH.search(t.text))
    return [piece[first:last + 1]]


def _text(piece: Piece) -> str:
    """The words of ``piece``, a space wherever the text has a gap between tokens."""
    out = []
    for i, token in enumerate(piece):
        if i and token.start > piece[i - 1].end:
            out.append(" ")
        out.append(token.text)
    return "".join(out)


def drop_lone_initial(piece: Piece, label: str) -> list[Piece]:
    """A single initial or abbreviation (``В.``, ``Г``, ``им.``) names nothing by itself."""
    text = _text(piece)
    if _INITIAL.fullmatch(text) or (text.endswith(".") and text[:-1].lower() in ABBREVIATIONS):
        return []
    return [piece]


def drop_descriptor_abbreviation(piece: Piece, label: str) -> list[Piece]:
    """A legal form (``ООО``) or a common-noun abbreviation (``СМИ``) alone is no name."""
    text = _text(piece)
    if label == "ORG" and (text in LEGAL_FORMS or text.upper() in COMMON_ABBREVIATIONS):
        return []
    return [piece]


def drop_outlet_kind(piece: Piece, label: str) -> list[Piece]:
    """``Telegram-канал`` is a kind of outlet; the channel's own name is what follows it
    (``Telegram-канала Baza`` -> ``Baza``)."""
    if not _OUTLET.fullmatch(piece[0].text):
        return [piece]
    return [piece[1:]] if len(piece) > 1 else []


def _readings(word: str) -> set[str]:
    """The name grammemes (``Name``, ``Surn``, ``Patr``) among the dictionary's readings."""
    from ..models.resources import morph_analyzer

    return {g for p in morph_analyzer().parse(word) for g in ("Name", "Surn", "Patr")
            if g in p.tag.grammemes}


def next_person(before: Sequence[str], after: Sequence[str]) -> bool:
    """Does a new person start at ``after`` (``Зеленским`` | ``Дональд Трамп``)? The words
    before end in a surname, the words after are a first name and a surname, not a patronymic
    (``Луценко Юрий Витальевич`` is one person, surname first)."""
    if not before or len(after) < 2 or not all(w.isalpha() and w[:1].isupper()
                                                for w in (*before, *after)):
        return False
    last, first, final = _readings(before[-1]), _readings(after[0]), _readings(after[-1])
    return "Surn" in last and "Name" not in last and "Name" in first and "Surn" not in first \
        and "Patr" not in final


def split_surname_and_name(piece: Piece, label: str) -> list[Piece]:
    """``Владимиром Зеленским Дональд Трамп``, ``адвокат Луценко Алексей Баганец``: two people
    side by side, which the tagger ran into one span (see ``next_person``)."""
    words = [t.text for t in piece]
    if label == "PER" and len(words) >= 3:
        for i in range(1, len(words) - 1):
            if next_person(words[:i], words[i:]):
                return [piece[:i], piece[i:]]
    return [piece]


#: Nouns a source marker is made of (``по данным``, ``по сведениям``, ``по словам``).
REPORT_NOUNS = frozenset({"данные", "сведение", "сведения", "слово", "информация", "оценка",
                          "подсчет", "мнение", "сообщение", "утверждение", "версия"})


def drop_trailing_source_noun(piece: Piece, label: str) -> list[Piece]:
    """``рассказал Сибдепо осведомлённый источник``: an outlet's name and the unnamed source
    after it, which the tagger ran into one span; a name never ends in a lower-case source
    noun (``источник``, ``собеседник``) nor in the dative of a report noun (``у Би-би-си
    сведениям``), so the name stops before the lower-case words."""
    from ..kb.lexicon import UNNAMED_SOURCES
    from ..models.resources import morph_analyzer

    last = piece[-1]
    if len(piece) < 2 or not last.text.isalpha() or not last.text.islower():
        return [piece]
    # the dictionary's lemma, not the token's: ``--fields entities`` runs no lemmatiser
    parses = morph_analyzer().parse(last.text)
    lemmas = {p.normal_form.replace("ё", "е") for p in parses}
    if not lemmas & UNNAMED_SOURCES and not (
            # ``по имеющимся у Би-би-си сведениям``: the dative noun the name depends on
            lemmas & REPORT_NOUNS and {p.tag.case for p in parses if p.tag.POS == "NOUN"} ==
            {"datv"}):
        return [piece]
    k = len(piece) - 1
    while k > 0 and piece[k - 1].text.islower():
        k -= 1
    return [piece[:k]] if k > 0 else []


def _cases(word: str, grammemes: frozenset[str]) -> set[str]:
    """The cases of the dictionary's readings of ``word`` that carry one of ``grammemes``."""
    from ..models.resources import morph_analyzer

    return {p.tag.case for p in morph_analyzer().parse(word)
            if grammemes & p.tag.grammemes and p.tag.case}


def split_owner_and_first_name(piece: Piece, label: str) -> list[Piece]:
    """``Мать … Майкла Джексона Кэтрин``: a person's name in the genitive (whose mother) and
    the first name of the person in the nominative after it, which the tagger ran into one
    span; a first name never follows a genitive name within one name."""
    words = [t.text for t in piece]
    if label == "PER" and owner_then_first_name(words[:-1], words[-1:]):
        return [piece[:-1], piece[-1:]]
    return [piece]


def owner_then_first_name(before: Sequence[str], after: Sequence[str]) -> bool:
    """Are ``before`` a full name in the genitive and ``after`` a lone first name that may be
    nominative (``Майкла Джексона`` | ``Кэтрин``)?"""
    if len(before) < 2 or len(after) != 1 or not all(w.isalpha() for w in (*before, *after)):
        return False
    last = _cases(after[0], frozenset({"Name"}))
    if "nomn" not in last or "Surn" in _readings(after[0]):
        return False
    owner = [_cases(w, frozenset({"Name", "Surn"})) for w in before]
    return all(cases and "nomn" not in cases and "gent" in cases for cases in owner)


#: ``Минцифры``, ``Минэкономразвития``: a ministry's short name, which the dictionary may not know.
_MINISTRY = re.compile(r"Мин[а-яё]{3,}")


def _organisation_word(word: str) -> bool:
    """Does the dictionary know ``word`` only as an organisation (``МИД``, ``Минфина``), or is
    it a ministry's short name, and never as part of a person's name?"""
    from ..models.resources import morph_analyzer

    parses = morph_analyzer().parse(word)
    if any(g in p.tag.grammemes for p in parses for g in ("Name", "Surn", "Patr")):
        return False
    return bool(_MINISTRY.fullmatch(word)) or any(
        "Orgn" in p.tag.grammemes or "Abbr" in p.tag.grammemes for p in parses)


#: How likely the dictionary must find a capitalised common noun a person's for it to be
#: cut from the name it opens (``Астроном`` 0.8, ``Франк`` 0.5).
PERSON_NOUN_ODDS = 0.75


def drop_leading_common_noun(piece: Piece, label: str) -> list[Piece]:
    """``Политолог Марков: …``: a capitalised common noun opening a line or a sentence, which
    the tagger ran into the person's span; the dictionary knows it only as a common noun."""
    from ..models.resources import morph_analyzer
    from ..text.morph import common_noun_only

    word = piece[0].text
    if label != "PER" or len(piece) < 2 or "-" in word or not common_noun_only(word) or \
            sum(p.score for p in morph_analyzer().parse(word)
                if "anim" in p.tag.grammemes) < PERSON_NOUN_ODDS:
        # a person's noun first of all (``Астроном``, though also a rare inanimate form; not
        # ``Франк``, the currency as often as a person)
        return [piece]
    return [piece[1:]]


def drop_leading_organisation(piece: Piece, label: str) -> list[Piece]:
    """``глава Минцифры Максут Шадаев``: the body the person heads, which the tagger ran into
    the person's span; a first name follows it."""
    words = [t.text for t in piece]
    if label != "PER" or len(words) < 3 or not words[0][:1].isupper() \
            or "Name" not in _readings(words[1]) or not _organisation_word(words[0]):
        return [piece]
    return [piece[1:]]


#: The rules, in order; each is applied to every piece the previous ones kept.
SPAN_RULES: tuple[tuple[str, SpanRule], ...] = (
    ("split_at_brackets", split_at_brackets),
    ("trim_punctuation", trim_punctuation),
    ("drop_lone_initial", drop_lone_initial),
    ("drop_descriptor_abbreviation", drop_descriptor_abbreviation),
    ("drop_outlet_kind", drop_outlet_kind),
    ("split_surname_and_name", split_surname_and_name),
    ("drop_leading_organisation", drop_leading_organisation),
    ("drop_leading_common_noun", drop_leading_common_noun),
    ("split_owner_and_first_name", split_owner_and_first_name),
    ("drop_trailing_source_noun", drop_trailing_source_noun),
)


def refine_span(piece: Piece, label: str,
                trace: list[tuple[str, str, list[str]]] | None = None) -> list[Piece]:
    """The token runs of one tagged span that ``SPAN_RULES`` keep; ``trace`` (if given)
    collects ``(rule, before, after)`` for each rule that changed something."""
    pieces: list[Piece] = [piece]
    for name, rule in SPAN_RULES:
        out: list[Piece] = []
        for p in pieces:
            kept = rule(p, label)
            if trace is not None and [list(k) for k in kept] != [list(p)]:
                trace.append((name, _text(p), [_text(k) for k in kept]))
            out.extend(kept)
        pieces = out
    return pieces


def merge_adjacent_persons(text: str, entities: list[Entity],
                           tokens: Sequence[Token] = ()) -> list[Entity]:
    """Two person spans in one case with only spaces between them are one name the tagger cut
    in two (``Фёдора`` + ``Достоевского``, ``Анне Сергеевне`` + ``Ивановой``); two people side
    by side differ in case (``внук Минтимера Шаймиева Тимур Шаймиев``). The case is the
    tagger's on ``tokens`` (none given: any case agrees)."""
    from .person_names import person_case

    def case(entity: Entity) -> str | None:
        return person_case([t for t in tokens if entity.start <= t.start and t.end <= entity.end])

    def joins(prev: Entity, entity: Entity) -> bool:
        return prev.label == entity.label == "PER" and entity.start > prev.end \
            and text[prev.end:entity.start].strip(" ") == "" \
            and (not tokens or case(prev) == case(entity)) \
            and not next_person(prev.text.split(), entity.text.split()) \
            and not owner_then_first_name(prev.text.split(), entity.text.split())

    return _merge_adjacent(text, entities, joins)


def _merge_adjacent(text: str, entities: Iterable[Entity],
                    joins: Callable[[Entity, Entity], bool]) -> list[Entity]:
    """``entities`` with each one that ``joins`` the span kept before it merged into it (one
    span from the first's start to the second's end, the same label)."""
    out: list[Entity] = []
    for entity in entities:
        if out and joins(out[-1], entity):
            prev = out[-1]
            out[-1] = Entity("", prev.start, entity.end, text[prev.start:entity.end], entity.label)
            continue
        out.append(entity)
    return out


#: Particles inside foreign surnames (``Ле Мэр``, ``ван Дейк``, ``де Голль``): a name that the
#: tagger ended on one goes on to the capitalised word after it.
NAME_PARTICLES = frozenset({
    "ле", "ла", "де", "ди", "да", "дю", "дель", "делла", "ван", "фон", "фан", "эль", "аль",
    "ибн", "бен", "бин", "мак", "о",
})


def extend_over_particle(text: str, entities: list[Entity], tokens: Sequence[Token],
                         starts: Sequence[int]) -> list[Entity]:
    """``Брюно Ле`` + ``Мэр``: a person span ending on a surname particle takes the
    capitalised word after it (which the tagger read as the noun ``мэр``)."""
    if not tokens:
        return entities
    out: list[Entity] = []
    for entity in entities:
        words = entity.text.split()
        if entity.label == "PER" and len(words) >= 2 and words[-1].lower() in NAME_PARTICLES:
            k = bisect_left(starts, entity.end)
            while k < len(tokens) and tokens[k].start < entity.end:
                k += 1
            if k < len(tokens) and text[entity.end:tokens[k].start] == " " and \
                    tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and \
                    not any(e.start == tokens[k].start for e in entities):
                end = tokens[k].end
                entity = Entity("", entity.start, end, text[entity.start:end], "PER")
        out.append(entity)
    return out


#: Abbreviations of a body's generic unit that the tagger tags apart from the body they
#: belong to (``ГУ`` + ``МЧС``): ``главное управление``, ``следственное управление``.
UNIT_ABBREVIATIONS = frozenset({"ГУ", "ГСУ", "СУ", "ТУ"})


def merge_unit_abbreviation(text: str, entities: list[Entity]) -> list[Entity]:
    """``ГУ`` + ``МЧС`` (``ГУ МЧС по Приморскому краю``) is one body: a unit's abbreviation
    right before the body's name."""
    return _merge_adjacent(text, entities, lambda prev, entity: (
        prev.label == entity.label == "ORG" and prev.text in UNIT_ABBREVIATIONS
        and text[prev.end:entity.start] == " "))


#: Nouns of ``по`` adverbials (``по итогам``, ``по традиции``, ``по словам``): what follows a
#: body's name with them is no part of it, unlike a field (``по правам человека``).
ADVERBIAL_PO_NOUNS = frozenset({
    "итог", "результат", "традиция", "слово", "данные", "информация", "мнение", "оценка",
    "сообщение", "предложение", "поручение", "просьба", "инициатива", "приглашение", "случай",
    "повод", "причина", "решение", "требование", "приказ", "указание", "сведения", "версия",
    "пример", "время", "мера", "факт", "линия", "телефон", "мотив", "ошибка", "закон",
})


def _po_phrase_end(tokens: Sequence[Token], k: int) -> int | None:
    """End offset of ``по`` + lower-case words at token ``k`` (``по правам человека``, ``по
    санитарному надзору за качеством продуктов``), which ends on a noun; else ``None``."""
    if k + 1 >= len(tokens) or tokens[k].text != "по" or \
            next((t.lemma for t in tokens[k + 1:k + 4] if t.pos == "NOUN"), None) \
            in ADVERBIAL_PO_NOUNS:
        return None
    end = None
    k += 1
    while k < len(tokens) and tokens[k].text[:1].islower() and (
            tokens[k].pos in ("ADJ", "NOUN") or tokens[k].text in ("и", "за")):
        if tokens[k].pos == "NOUN":
            end = tokens[k].end
        k += 1
    return end


def merge_body_before_place(text: str, entities: list[Entity], tokens: Sequence[Token],
                            starts: Sequence[int]) -> list[Entity]:
    """``Агентство США по международному развитию``, ``Управление ООН по координации
    гуманитарных вопросов``: the tagger tags the place or body inside the name, with or without
    the ``по`` phrase after it (a place never goes on with ``по`` and lower-case words), apart
    from the body's capitalised kind before it. The body's name runs from its kind (and the
    capitalised adjectives before it) to the phrase's end."""
    from ..kb.lexicon import body_noun

    if not tokens:
        return entities
    out: list[Entity] = []
    for entity in entities:
        k = bisect_left(starts, entity.start)
        words = entity.text.split()
        if entity.label not in ("LOC", "ORG") or not 0 < k < len(tokens) or \
                tokens[k].start != entity.start or \
                text[tokens[k - 1].end:entity.start] != " ":
            out.append(entity)
            continue
        if "по" in words[1:-1]:
            cut = words.index("по")
            po = next(m for m in range(k, len(tokens)) if tokens[m].text == "по")
            end = entity.end if all(w[:1].isupper() for w in words[:cut]) and \
                words[cut + 1][:1].islower() and _po_phrase_end(tokens, po) is not None else None
        else:
            after = bisect_left(starts, entity.end)
            end = _po_phrase_end(tokens, after) if all(w[:1].isupper() for w in words) and \
                after < len(tokens) and text[entity.end:tokens[after].start] == " " else None
        head = tokens[k - 1]
        if end is None:
            start = None
        elif out and out[-1].end == head.end and out[-1].label == "ORG":
            start = out.pop().start  # ``Национальное управление`` tagged apart
        elif head.text[:1].isupper() and head.lemma is not None and body_noun(head.lemma):
            start = head.start
            j = k - 2  # its capitalised adjectives (``Национальное``)
            while j >= 0 and tokens[j].pos == "ADJ" and tokens[j].text[:1].isupper() and \
                    text[tokens[j].end:tokens[j + 1].start] == " ":
                start, j = tokens[j].start, j - 1
        else:
            start = None
        if start is not None and end is not None:
            entity = Entity("", start, end, text[start:end], "ORG")
        out.append(entity)
    return out


def _sentence_initial(text: str, start: int) -> bool:
    # scan back over blanks instead of slicing ``text[:start]``: a slice is O(start), which made
    # this check quadratic on one long record
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?…"


def _common_word(word: str) -> bool:
    """A word the dictionary knows, and only as a common word (no proper-name reading)."""
    from ..models.resources import morph_analyzer

    parses = morph_analyzer().parse(word)
    return bool(parses) and all(
        not PROPER & p.tag.grammemes and p.tag.POS is not None
        and all(type(m[0]).__name__ == "DictionaryAnalyzer" for m in p.methods_stack)
        for p in parses)


def drop_capitalised_common_word(text: str, entities: list[Entity]) -> list[Entity]:
    """A lone word at the start of a sentence that the dictionary knows only as a common word
    (``Воскресное заседание``, ``Замглавы ...``) is capitalised by position, not a name."""
    return [e for e in entities
            if " " in e.text or not e.text.isalpha() or not _sentence_initial(text, e.start)
            or not _common_word(e.text)]


def refine_entities(text: str, tokens: Sequence[Token], entities: Iterable[Entity]
                    ) -> list[Entity]:
    """Entities after ``SPAN_RULES``, then ``merge_adjacent_persons`` (ids are left empty:
    they are numbered afterwards)."""
    out: list[Entity] = []
    index = 0
    for entity in sorted(entities, key=lambda e: e.start):
        while index < len(tokens) and tokens[index].end <= entity.start:
            index += 1
        end = index
        while end < len(tokens) and tokens[end].start < entity.end:
            end += 1
        for piece in refine_span(tokens[index:end], entity.label):
            start, stop = piece[0].start, piece[-1].end
            out.append(Entity("", start, stop, text[start:stop], entity.label))
    starts = [t.start for t in tokens]  # (both document-wide rules below bisect these)
    merged = merge_unit_abbreviation(text, merge_adjacent_persons(text, out, tokens))
    merged = merge_body_before_place(text, merged, tokens, starts)
    return drop_capitalised_common_word(text, extend_over_particle(text, merged, tokens, starts))
