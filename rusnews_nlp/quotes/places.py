"""Impersonal sources: the body in a ``в``/``на`` phrase (``В альянсе сочли``, ``как пояснили
в милиции``) and the owner of a message (``в сообщении Кремля``, ``в заявлении, опубликованном
на сайте МИД``). ``sources`` finds written subjects; this module finds where nobody is the
subject and a place, a body or a document speaks instead."""

from __future__ import annotations

from ..kb.lexicon import ORG_UNITS, TIME_NOUNS
from .cues import CHANNEL_NOUNS, MESSAGE_NOUNS
from .sources import POSSESSIVE_PRONOUNS, SCAN_TOKENS, Source, phrase, subject_of, told_outlet
from .view import OPENING_MARKS, View

#: Circles around somebody, not a body (``в окружении мэра считают``, ``в кулуарах говорят``,
#: ``в правительственных кругах``, ``в семье погибшего``): who speaks there the text does not say.
UNNAMED_CIRCLES = frozenset({"окружение", "кулуар", "кулуары", "круг", "круги", "семья", "родня"})

#: Events where words are said (``на брифинге сообщили``, ``на заседании правительства
#: отметили``): the body holding the event speaks, else nobody the text names; ``в ходе`` is
#: read through.
EVENT_NOUNS = frozenset({
    "пресс-конференция", "брифинг", "заседание", "совещание", "встреча", "саммит", "форум",
    "конференция", "съезд", "сессия", "пленум", "слушание", "слушания", "переговоры",
    "коллегия", "церемония", "презентация", "выступление", "интервью", "эфир",
})


#: Parts of a time span (``в конце декабря``, ``в начале 2024 года``): with a time noun or a
#: number after them the ``в`` phrase says when, not where.
TIME_PARTS = frozenset({"конец", "начало", "середина", "течение"})


def location_source(view: View, lo: int, hi: int) -> Source | None:
    """``В альянсе сочли``, ``в Минсвязи уверены``, ``как пояснили в милиции``: the place or
    body in a ``в``/``на`` phrase of the clause speaks."""
    lo = max(lo, hi - 2 * SCAN_TOKENS)
    for i in range(lo, hi - 1):
        if view.low[i] in ("в", "во", "на") and view.pos[i] == "ADP":
            j = i + 1
            while j < hi and view.pos[j] in ("ADJ", "DET"):
                j += 1
            if j + 1 < hi and view.tokens[j].text in OPENING_MARKS and \
                    view.entity_of_token[j + 1] is not None:
                j += 1  # ``в «Аэрофлоте» сообщили``: a title in marks
            if j >= hi:
                break
            channel = _channel_noun(view, j)
            owner = _possessive_before(view, j, i + 1) if channel else None
            if owner is not None:
                return owner  # ``сообщается на её сайте``: the site's owner
            if channel and j + 1 < hi \
                    and view.pos[j + 1] in ("NOUN", "PROPN", "ADJ") \
                    and (view.case(j + 1) == "Gen" or view.case(j + 1) is None
                         and view.entity_of_token[j + 1] is not None):
                # ``на сайте мэрии``, ``на странице коллектива``, ``в аккаунте NASA`` (a name
                # that does not decline): the owner speaks
                k = j + 1
                while k < hi and view.pos[k] == "ADJ":
                    k += 1
                if k < hi and view.pos[k] in ("NOUN", "PROPN"):
                    # the platform's name in marks is the channel's: ``группа театра
                    # «ВКонтакте»`` -> театр
                    stop = next((m for m in range(k, hi)
                                 if view.tokens[m].text in OPENING_MARKS), hi)
                    return phrase(view, k, j + 1, stop)
            if view.lemma[j] in UNNAMED_CIRCLES:
                return Source("unnamed")  # ``в окружении мэра``, ``в кулуарах форума``
            if view.low[j] == "ходе" and j + 1 < hi:
                j += 1  # ``в ходе брифинга``
            if view.lemma[j] in EVENT_NOUNS:
                return _holder(view, j, hi)
            if view.lemma[j] in TIME_PARTS and j + 1 < hi and (
                    view.lemma[j + 1] in TIME_NOUNS or view.low[j + 1][:1].isdigit()):
                continue  # ``В конце декабря в «Роскосмосе» сообщили``: a time, not a place
            if view.pos[j] in ("NOUN", "PROPN") and view.lemma[j] not in MESSAGE_NOUNS \
                    and view.lemma[j] not in TIME_NOUNS:  # not ``В феврале сообщалось``
                entity = view.entity_of_token[j]
                if entity is not None:
                    return Source("phrase", entity.start, entity.end)
                # no preposition governs the nominative: a tagger's slip on a compound
                # (``в интернет-компании``) is the locative
                if view.pos[j] == "NOUN" and view.case(j) in ("Loc", "Nom"):
                    return phrase(view, j, i + 1, hi)
    return None


def subject_or_place(view: View, verb: int, lo: int, hi: int) -> Source | None:
    """``sources.subject_of``, except that an outlet told (``Об этом ТАСС сообщили в ЦОС
    ФСБ``) gives way to the body in the clause's ``в`` phrase."""
    found = subject_of(view, verb, lo, hi)
    if found is not None and told_outlet(view, found, verb):
        return location_source(view, lo, hi) or found
    return found


def message_source(view: View, lo: int, hi: int) -> Source | None:
    """``в сообщении Кремля`` -> Кремль; ``в сообщении`` alone -> the document's source."""
    hi = min(hi, lo + 2 * SCAN_TOKENS)
    for i in range(lo, hi):
        if i > lo and view.low[i - 1] == "в" and _names_message(view, i):
            return Source("document")  # ``Министерство выпустило доклад. В нём говорится``
        if view.lemma[i] in MESSAGE_NOUNS and view.pos[i] == "NOUN":
            owner = _possessive_before(view, i, lo)
            if owner is not None:
                return owner  # ``В его обращении говорится``: whose message it is
            j = i + 1
            if j + 2 < hi and view.low[j] == "," and view.low[j + 1] in HEDGES and \
                    view.low[j + 2] == ",":
                j += 3  # ``в сообщении, вероятно, Лиама Хоулетта``: the hedge set off
            first = j
            while j < hi and (view.pos[j] in ("ADJ", "DET", "NOUN") and view.case(j) == "Gen"
                              or view.low[j] == "и" and j > first
                              # the noun a genitive adjective agrees with, whatever the tagger
                              # says of a compound (``российской интернет-компании``)
                              or view.pos[j] == "NOUN" and j > first
                              and view.pos[j - 1] == "ADJ" and view.case(j - 1) == "Gen") and \
                    view.entity_of_token[j] is None:
                j += 1
            if j + 1 < hi and view.tokens[j].text in OPENING_MARKS and \
                    view.entity_of_token[j + 1] is not None:
                j += 1  # ``из годового отчёта «Норникеля»``: a title in quotation marks
            if j < hi and view.entity_of_token[j] is not None:
                entity = view.entity_of_token[j]
                if entity.label == "PER" and \
                        sum(view.pos[m] == "NOUN" for m in range(first, j)) == 1:
                    # ``в заявлении официального представителя Стефана Дюжаррика``: the person
                    # the one role names is the message's author (but in ``в заявлении
                    # помощника президента Владимира Путина`` the name may be either's)
                    return Source("phrase", entity.start, entity.end)
                if j > first and any(view.pos[m] == "NOUN" for m in range(first, j)):
                    # (``в заявлении внешнеполитического ведомства Ирана``: the body's noun)
                    # ``в поздравлении президента России``: the role with its dependents
                    return Source("phrase", view.tokens[first].start, entity.end)
                return Source("phrase", entity.start, entity.end)
            if j > first:  # ``в сообщении пресс-службы``
                return Source("phrase", view.tokens[first].start, view.tokens[j - 1].end)
            # ``в заявлении, опубликованном на сайте МИД``, ``в опубликованном на сайте МИД
            # заявлении``: the owner of the site it was published on
            return _channel_owner(view, lo, hi) or Source("document")
    return None


#: Hedges a writer sets off by commas inside a phrase (``в сообщении, вероятно, X``).
HEDGES = frozenset({"вероятно", "видимо", "возможно", "предположительно", "по-видимому",
                    "очевидно", "якобы"})

#: ``в нём`` / ``в ней`` and the genders of the noun each can stand for.
_MESSAGE_PRONOUNS = {"нём": ("Masc", "Neut"), "нем": ("Masc", "Neut"), "ней": ("Fem",)}


def _names_message(view: View, i: int) -> bool:
    """Is ``i`` a pronoun for a message noun of the sentence before (``доклад … В нём``,
    ``— сказано в заявлении. В нём также отмечается``)? Its author is then the source, as
    for ``в докладе`` itself."""
    genders = _MESSAGE_PRONOUNS.get(view.low[i])
    if genders is None:
        return False
    sent = view.sent_of[i]
    if sent == 0:
        return False
    a, b = view.sent_ranges[sent - 1]
    # the message a sentence cites (``— сказано в заявлении``) is one to point back at too
    nouns = [k for k in range(max(a, b - SCAN_TOKENS), b)  # bounded: linear on any input
             if view.pos[k] in ("NOUN", "PROPN", "ADJ") and (
                 view.case(k) in ("Nom", "Acc")
                 or view.case(k) == "Loc" and view.low[k - 1] in ("в", "во"))]
    return bool(nouns) and view.lemma[nouns[-1]] in MESSAGE_NOUNS and \
        view.feats[nouns[-1]].get("Gender") in genders


def _channel_noun(view: View, i: int) -> bool:
    """``сайт``, ``канал``, and compounds ending in one (``телеграм-канал``, ``веб-сайт``)."""
    return view.lemma[i].rpartition("-")[2] in CHANNEL_NOUNS


def _possessive_before(view: View, noun: int, lo: int) -> Source | None:
    """``его`` in ``в его (новогоднем) обращении``, ``в его телеграм-канале``: the owner."""
    k = noun - 1
    while k > lo and view.pos[k] == "ADJ":
        k -= 1
    if k >= lo and view.low[k] in POSSESSIVE_PRONOUNS:
        return Source("phrase", view.tokens[k].start, view.tokens[k].end)
    return None


def _channel_owner(view: View, lo: int, hi: int) -> Source | None:
    """The owner in a ``на сайте X`` / ``в Telegram-канале X`` phrase within ``[lo, hi)``."""
    for k in range(lo, hi - 1):
        if view.low[k] not in ("в", "на"):
            continue
        noun = k + 1  # past adjectives: ``на официальном сайте театра``
        while noun + 1 < hi and noun - k <= 2 and (view.pos[noun] == "ADJ" or
                                                   view.low[noun] in POSSESSIVE_PRONOUNS):
            noun += 1
        if _channel_noun(view, noun):
            found = _possessive_before(view, noun, k) or location_source(view, k, hi) or \
                location_source(view, noun - 1, hi)
            if found is not None and found.start == view.tokens[noun].start:
                continue  # ``в сообщении на Twitter``: the platform itself, whose owner is not
                # written; the message is the document's (GUIDELINE §2a: a channel)
            if found is not None:
                return found
    return None


def _holder(view: View, j: int, hi: int) -> Source:
    """The body whose event ``j`` is (``заседании правительства`` -> правительство), named
    by a genitive after it; else nobody the text names (``на брифинге сообщили``)."""
    k = j + 1
    while k < hi and view.pos[k] in ("ADJ", "DET"):
        k += 1
    if k < hi and view.pos[k] in ("NOUN", "PROPN") and view.case(k) in ("Gen", None) and \
            view.lemma[k] not in EVENT_NOUNS and (view.entity_of_token[k] is not None or
                                                  view.lemma[k] in ORG_UNITS):
        entity = view.entity_of_token[k]
        if entity is not None:
            return Source("phrase", entity.start, entity.end)
        return phrase(view, k, j + 1, hi)
    return Source("unnamed")
