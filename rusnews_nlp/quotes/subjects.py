"""Could a token head a subject? Case, position and name shape, for ``sources``.

slovnet's contextual case is right most of the time; these checks catch what it gets wrong in
news: a caseless name (``Fatto Quotidiano``), an indeclinable abbreviation (``МИД``), a name in
the dative the tagger read as a nominative (``Ведомостям``), a name inside a prepositional
phrase (``в интервью РБК``) or in apposition to an object (``агентству AFP``).
"""

from __future__ import annotations

from functools import lru_cache

from ..models.resources import morph_analyzer
from .cues import MEDIA_NOUNS, norm
from .view import CLOSING_MARKS, View

#: Personal pronouns that can be a speaker (``он заявил``, ``по его словам``).
SUBJECT_PRONOUNS = frozenset("он она оно они тот та".split())  # ``Тот ответил``: the latter
#: Labels an editor puts before an added paragraph.
EDITORIAL_MARKERS = frozenset({"upd", "update", "апд", "обновлено"})
#: Adjectives that stand for the latter person alone (``Последний заявил``).
LATTER_ADJECTIVES = frozenset({"последний", "последняя"})


def nominative(view: View, i: int) -> bool:
    """Could token ``i`` head a subject? Nominative nouns/pronouns and caseless names."""
    if view.low[i] in EDITORIAL_MARKERS:
        return False  # ``UPD. В пресс-службе сообщили``: an update's label, nobody
    if view.pos[i] == "DET" and view.low[i] in SUBJECT_PRONOUNS:
        return view.case(i) in (None, "Nom")  # ``Тот ответил``
    if view.low[i] in LATTER_ADJECTIVES and view.case(i) in (None, "Nom"):
        # ``Последний заявил``, not ``последний матч``
        return i + 1 >= len(view.tokens) or view.pos[i + 1] not in ("NOUN", "PROPN", "ADJ")
    if view.pos[i] not in ("NOUN", "PROPN", "PRON", "X"):
        entity = view.entity_of_token[i]
        return entity is not None and view.case(i) in (None, "Nom")
    case = view.case(i)
    if view.pos[i] == "PRON" and view.low[i] not in SUBJECT_PRONOUNS:
        return False
    if case == "Nom" and view.pos[i] == "PROPN" and not can_be_nominative(view.tokens[i].text) \
            and not (view.feats[i].get("Gender") == "Fem" and view.low[i][-1:] in ("а", "я")):
        # ``рассказал Ведомостям источник``: the tagger's Nom for a dative name (but a
        # woman's name the dictionary reads as a man's genitive, ``Джамала``, is hers)
        return False
    if case is None:  # a user name (``Пользователь ЖЖ zyalt сообщает``), not a scraper's
        # ``date 2025-09-29`` stamp before a headline
        return view.pos[i] == "PROPN" or view.entity_of_token[i] is not None or \
            view.pos[i] == "X" and not (i + 1 < len(view.tokens) and
                                        view.tokens[i + 1].text[:1].isdigit())
    if case == "Nom":
        return True
    if abbreviation(view, i):
        return True  # the tagger guesses a case for indeclinable ``МИД``, ``НАТО``
    if view.pos[i] == "NOUN" and view.sentence(i)[0] == i and \
            can_be_nominative(view.tokens[i].text):
        return True  # ``Пресс-служба «Газпрома» сообщила``: the tagger's genitive, misled by
        # the marks, for the word that opens the sentence and reads as a nominative
    # an entity whose other words are nominative (``Пегги Уитсон``: tagger unsure of one)
    entity = view.entity_of_token[i]
    if entity is not None:
        a = view.token_at(entity.start)
        return any(view.case(k) == "Nom" for k in range(a, i + 1) if k < len(view.tokens)
                   and view.tokens[k].start < entity.end)
    return False


@lru_cache(maxsize=4096)
def can_be_nominative(word: str) -> bool:
    """Can pymorphy3 read this Cyrillic word as a nominative? Names it does not know are
    read by their endings, so ``Ведомостям``, ``Известиям``, ``Спорт-Экспрессу`` are not,
    while indeclinable names (``Шойгу``) are. Only a vowel or a plural ``-ам`` ending is
    trusted: pymorphy3 reads an unknown name ending in a consonant (``Маркив``) as a
    genitive plural."""
    low = word.lower()
    if not (low[-1:] in "аеёиоуыэюя" and low[-1:].isalpha() or low.endswith(("ам", "ям"))):
        return True
    parses = morph_analyzer().parse(word)
    return not parses or any(p.tag.case in ("nomn", None) for p in parses)


#: Nouns of an interview or a broadcast: the name after one is the outlet (``в интервью РБК``,
#: ``в эфире НТВ``, ``в беседе с ТАСС``), a media noun's too (``в интервью агентству AFP``).
INTERVIEW_NOUNS = MEDIA_NOUNS | frozenset({"интервью", "эфир", "беседа", "комментарий"})


def abbreviation(view: View, i: int) -> bool:
    text = view.tokens[i].text
    return len(text) >= 2 and text.isupper() and view.pos[i] in ("PROPN", "NOUN")


def after_preposition(view: View, i: int, lo: int) -> bool:
    """Is token ``i`` inside a prepositional phrase (``в ответ``, ``во время форума``)?"""
    entity = view.entity_of_token[i]
    last_case = view.case(view.token_at(entity.end - 1)) if entity is not None else None
    if entity is not None:  # from the name's first word (``RMF`` of ``RMF FM``)
        i = max(lo, view.token_at(entity.start))
    j = i - 1
    while j >= lo and view.pos[j] in ("ADJ", "DET", "NUM"):
        j -= 1
    if j >= lo and view.pos[j] == "ADP":
        return True
    # a genitive or caseless name hanging off a noun of a prepositional phrase
    # (``в ответ на запрос РБК``, ``по просьбе агентства Reuters``)
    steps = 0
    while j >= lo and steps < 4 and view.pos[j] in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and \
            view.case(j) not in ("Nom", None):
        j -= 1
        steps += 1
    # a person's name ending in a nominative (``… климата Шерри Рехман``: the tagger read a
    # foreign first name as a genitive) is the subject in apposition to the noun before
    person_nominative = entity is not None and entity.label == "PER" and last_case == "Nom" \
        and len(entity.text.split()) > 1
    # a Latin name (``радиостанции RMF FM``) has no case to show, whatever the tagger says,
    # nor has an abbreviation after the noun of an interview (``в интервью РБК``)
    return steps > 0 and j >= lo and view.pos[j] == "ADP" and not person_nominative and (
        view.case(i) in ("Gen", None) or view.tokens[i].text.isascii()
        or abbreviation(view, i) and view.lemma[i - 1] in INTERVIEW_NOUNS) \
        and view.case(j + 1) not in ("Nom", None)


def apposition_of_object(view: View, i: int, verb: int) -> bool:
    """A caseless name right after an oblique noun names that noun, not the subject
    (``написал письмо в газету Fatto Quotidiano``); so does an abbreviation after a media
    noun, whatever case the tagger guessed for it (``сказал агентству AFP``)."""
    return (view.case(i) is None or abbreviation(view, i) and view.lemma[i - 1] in MEDIA_NOUNS) \
        and i - 1 > verb and view.pos[i - 1] == "NOUN" and view.case(i - 1) not in (None, "Nom")


def apposition_of_noun(view: View, i: int) -> bool:
    """A body's caseless name right after an oblique common noun names that noun (``в
    интервью YouTube-каналу CDU.TV``), so it is no subject however the tagger read it."""
    entity = view.entity_of_token[i]
    if entity is None or entity.label == "PER":
        return False
    first = view.token_at(entity.start)
    if first == 0 or view.entity_of_token[first - 1] is not None or not (
            view.case(i) is None or view.tokens[i].text.isascii() or abbreviation(view, i)):
        return False
    if view.pos[first - 1] == "NOUN":
        return view.case(first - 1) not in ("Nom", None)
    # a compound the tagger left caseless (``YouTube-каналу``): its Russian part's case
    tail = view.tokens[first - 1].text.rpartition("-")[2].lower()
    return "-" in view.tokens[first - 1].text and tail.isalpha() and not tail.isascii() and \
        _oblique_noun(tail)


@lru_cache(maxsize=4096)
def _oblique_noun(word: str) -> bool:
    """Does the dictionary read ``word`` as a noun, never in the nominative?"""
    parses = [p for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN"]
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses)


def agrees(view: View, noun: int, verb: int | None) -> bool:
    if verb is None:
        return True
    vnum, nnum = view.number(verb), view.number(noun)
    if vnum == "Sing" and nnum == "Plur" and view.entity_of_token[noun] is None:
        return False
    if vnum == "Plur" and nnum == "Sing" and view.pos[noun] == "NOUN" and \
            view.entity_of_token[noun] is None and view.feats[noun].get("Animacy") == "Inan" \
            and view.lemma[noun] not in QUANTITY_NOUNS and \
            not any(view.low[k] == "и" for k in range(max(0, noun - 5), noun)):
        # ``Закрытие магазинов в X5 объяснили``: a singular thing is no subject of a plural
        # verb (but ``ряд экспертов считают``, ``правительство и парламент заявили``)
        return False
    return True


#: Singular nouns of a quantity whose plural genitive makes the verb plural.
QUANTITY_NOUNS = frozenset("ряд большинство часть множество половина группа несколько "
                           "треть четверть меньшинство десяток сотня тысяча миллион".split())


def numeral_subject(view: View, i: int, hi: int) -> bool:
    """``два источника``, ``несколько очевидцев``: a nominative numeral with its noun in the
    genitive is a subject."""
    return i + 1 < hi and view.pos[i] == "NUM" and view.case(i) in ("Nom", None) and \
        view.pos[i + 1] == "NOUN" and view.case(i + 1) == "Gen" and \
        not view.tokens[i].text[:1].isdigit()


def date_between(view: View, first: int, comma: int) -> bool:
    """Are tokens ``[first, comma)`` a date or time set off by commas (``, 31 марта,``)?"""
    segment = range(first, comma)
    return 0 < comma - first <= 5 and \
        any(view.pos[k] == "NUM" or view.tokens[k].text[:1].isdigit() for k in segment) and \
        all(view.pos[k] in ("NUM", "NOUN", "ADJ", "ADP", "PUNCT") for k in segment)


#: A comma-delimited segment starting with one of these words is a parenthetical that may sit
#: between a subject and its verb (``Путин, выступая ..., заявил``).
PARENTHETICAL_OPENERS = frozenset(norm(w) for w in """
    который которая которое которые чей чья чье чьи по согласно как в частности впрочем
    однако кстати
    например безусловно видимо очевидно наверное конечно правда
    """.split())

#: Tokens that end a clause when scanning for a subject.
CLAUSE_BREAKERS = frozenset(";:()[]")


def skip_parenthetical_left(view: View, comma: int, lo: int) -> int | None:
    """If the segment ending at ``comma`` is a parenthetical, the index just before its
    opening comma; else None."""
    j = comma - 1
    while j >= lo:
        opening = next((k for k in range(j - 1, max(lo, j - 12) - 1, -1) if view.low[k] == "("),
                       None) if view.low[j] == ")" else None
        if opening is not None:  # ``(21-0, 11 KO)``: a bracket's commas are its own
            j = opening - 1
            continue
        if view.low[j] in (",", "—", "–") or view.low[j] in CLAUSE_BREAKERS:
            break
        if view.low[j] == "что":
            return None
        j -= 1
    if j < lo or view.low[j] != ",":
        return None
    first = j + 1
    if first >= comma:
        return None
    form = view.verb_form(first + 1 if view.low[first] == "не" and first + 1 < comma else first)
    if form in ("Conv", "Part") or view.lemma[first] in PARENTHETICAL_OPENERS or \
            view.low[first] in PARENTHETICAL_OPENERS:
        return j - 1
    # a date or time between commas: ``Борис Джонсон во вторник, 31 марта, заявил``
    if date_between(view, first, comma):
        return j - 1
    # an apposition after a name: ``Адриано Челентано, известный певец, написал``
    depth, bracketed = 0, set()  # (a bracket's content is a gloss: ``(21-0, 11 KO)``)
    for k in range(first, comma):
        depth += (view.low[k] == "(") - (view.low[k] == ")")
        if depth > 0 or view.low[k] == ")":
            bracketed.add(k)
    if j - 1 >= lo and view.entity_of_token[j - 1] is not None and all(
            view.pos[k] in ("ADJ", "NOUN", "PROPN", "CCONJ", "DET", "NUM", "ADP", "PUNCT")
            or k in bracketed for k in range(first, comma)):
        return j - 1
    # apposition after a name: ``Нэнси Пелоси, бывший спикер, заявила`` is rare; a name
    # before a comma followed by a relative clause is handled by ``который`` above.
    return None


def dative_before(view: View, first: int, lo: int) -> int | None:
    """The dative media noun a name at token ``first`` is the title of, when its dative noun
    phrase ends right before it (``Агентству городских новостей Москва``, the title's marks
    lost): the addressee's name, no subject. ``None`` otherwise."""
    k = first - 1
    before = view.entity_of_token[k] if k >= lo else None
    if before is not None and before.label == "ORG":
        k = view.token_at(before.start)  # (the tagger's name for the agency's noun phrase)
    while k >= lo and first - k <= 4 and view.pos[k] in ("NOUN", "ADJ") and \
            view.case(k) == "Gen" and view.entity_of_token[k] is None:
        k -= 1
    return k if k >= lo and view.pos[k] in ("NOUN", "PROPN") and view.case(k) == "Dat" and \
        view.lemma[k] in MEDIA_NOUNS else None


def one_of(view: View, i: int, hi: int) -> int | None:
    """``один из адвокатов подсудимого``, ``одна из участниц``: the end (exclusive) of a
    subject that picks somebody out of a group in the genitive plural, else ``None``. Such a
    person is nobody the text has named (the resolver makes it UNNAMED)."""
    if view.lemma[i] != "один" or view.case(i) not in ("Nom", None) or \
            view.low[i + 1:i + 2] != ["из"] or i + 2 >= hi:
        return None
    k = i + 2
    while k < hi and k - i < 8 and (view.entity_of_token[k] is not None or view.pos[k] in (
            "NOUN", "ADJ", "PROPN") and view.case(k) in ("Gen", None)):
        k += 1
    return k if k > i + 2 and view.number(i + 2) in ("Plur", None) else None


def adverbials(view: View, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` hold only circumstances (``по телефону``, ``вчера``), if any: a
    closing mark, adverbs, prepositions and oblique nouns."""
    return all(view.pos[m] in ("ADV", "ADP") or view.tokens[m].text in CLOSING_MARKS or
               view.pos[m] in ("NOUN", "ADJ") and view.case(m) not in ("Nom", None)
               for m in range(a, b))


def addressee_title(view: View, i: int, verb: int, hi: int) -> bool:
    """A body's name right after a noun in the dative (``заявила корреспонденту ИА Чита.Ру
    генеральный директор``, ``рассказал журналистам РЕН ТВ директор``) names the addressee,
    an indeclinable title in apposition or a genitive, when a subject follows it (``сообщило
    журналистам Минобороны`` has none: the body is the subject)."""
    entity = view.entity_of_token[i]
    if entity is None or entity.label == "PER" or view.token_at(entity.start) != i:
        return False
    k = i - 1
    if not (k > verb and view.pos[k] == "NOUN" and view.case(k) == "Dat"
            and not after_preposition(view, k, verb + 1)):
        return False
    for m in range(view.token_at(entity.end - 1) + 1, hi):
        if view.low[m] in (",", ";", ":") or view.ends_sentence(m) or view.is_finite(m):
            return False
        if view.pos[m] in ("NOUN", "PROPN") and nominative(view, m) and \
                not after_preposition(view, m, i):
            return True
    return False


def addressee(view: View, i: int, verb: int) -> bool:
    """A singular name after a plural verb is its addressee, not its subject
    (``сообщили ТАСС в пресс-службе``), unless names are coordinated (``X и Y сообщили``)."""
    if view.number(verb) != "Plur" or view.number(i) != "Sing":
        return False
    entity = view.entity_of_token[i]
    end = view.token_at(entity.end - 1) + 1 if entity is not None else i + 1
    if end < len(view.low) and (view.low[end] in (",", ".", ";", ":") or view.is_dash(end)) \
            and entity is not None and entity.label == "ORG":
        return False  # ``Как сообщали Викиновости, …``: a plural title ends the clause
    return view.low[end:end + 1] != ["и"]
