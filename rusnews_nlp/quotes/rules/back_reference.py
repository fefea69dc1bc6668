"""Back references: a sentence or clause pointing at the words before it (``Об этом заявил
X``, ``Так X ответил``, ``Такое мнение высказал X``, ``— об этом заявил X``, ``…, о чем сообщил
X``). The words pointed at are the quote; the pointer names their source."""

from __future__ import annotations

from typing import Iterator

from ..cues import (APPEARING_VERBS, BACK_REFERENCE_DEMONSTRATIVES, BACK_REFERENCE_NOUNS,
                    BACK_REFERENCE_VERBS, CONTAINING_VERBS, FINDING_SUBJECTS, FINDING_VERBS,
                    INFORMATION_NOUNS, LIGHT_VERB_NOT_AFTER)
from ..objects import relays
from ..places import location_source, message_source, subject_or_place
from ..sources import SCAN_TOKENS, Source, cites, genitive_after, subject_left, subject_right
from ..view import CLOSING_MARKS, OPENING_MARKS, View
from .candidate import Candidate
from .clauses import _only_tail, _quote_content, after_dateline, that_clause


def about_this(view: View, k: int, b: int) -> bool:
    """``об этом`` at token ``k`` pointing back, not opening a noun phrase (``об этом
    скафандре``)."""
    return view.low[k:k + 2] == ["об", "этом"] and not (
        k + 2 < b and view.pos[k + 2] in ("NOUN", "PROPN", "ADJ") and view.case(k + 2) == "Loc")


def back_reference_opener(view: View, a: int, b: int) -> int | None:
    """Where the cue search starts in a sentence pointing back at the previous one, or None:
    ``Об этом [в понедельник] сообщил X``, ``Так X ответил``, ``Такое мнение высказал X``,
    ``Информацию подтвердил X``, ``Сообщили об этом в пресс-службе``."""
    low = view.low
    if low[a] == "о" and low[a + 1] in ("чем", "чём") and a + 2 < b and \
            back_reference_verb(view, a + 2):
        return a + 2  # ``О чём сообщила X.``: the relative ``, о чём …`` set off as a sentence
    if low[a] == "об" and low[a + 1] == "этом":
        if about_this(view, a, b):
            return a + 2
        # ``Об этом инциденте сообщила полиция``: the event just told, a speech verb next
        return a + 3 if _event_reported(view, a + 2, b) else None
    if low[a] == "об" and view.lemma[a + 1] == "этот" and _event_reported(view, a + 2, b):
        return a + 3  # ``Об этой кибератаке заявило EMA``
    if low[a] in ("о", "об") and a + 1 < b and view.pos[a + 1] == "NOUN" and \
            view.case(a + 1) == "Loc" and view.feats[a + 1].get("Animacy") != "Anim":
        # ``О встрече на полях сессии ООН сообщил X``: the event the sentence before told,
        # its dependents, then a speech verb
        k = a + 2
        while k < min(b, a + 10) and view.pos[k] in ("NOUN", "PROPN", "ADJ", "ADP", "NUM", "DET"):
            k += 1
        if k < b and view.is_finite(k) and view.cue_kind(k) in ("speech", "impersonal") and \
                _told_before(view, a, range(a + 1, k)):
            return k
    if low[a] == "так" and low[a + 1] not in (",", "же", "как", "и", "что"):
        return a + 1
    if low[a:a + 2] == ["таким", "образом"] and a + 2 < b and low[a + 2] != ",":
        return a + 2  # ``Таким образом Песков отреагировал на вопрос`` (``Таким образом, …``
        # with its comma is "thus", a conclusion)
    # ``Это заявил X``, ``На этом настаивает X``: the demonstrative object, a speech verb next
    k = a + 1 if low[a] in ("на", "в") and low[a + 1] == "этом" else a
    if (low[k] == "это" and k == a or low[k] == "этом" and k > a) and k + 1 < b and (
            back_reference_verb(view, k + 1) or k > a and view.cue_kind(k + 1) == "stance"):
        return k + 1  # ``В этом уверен X``: a stance adjective
    # ``С таким заявлением выступил X``: a preposition may head the phrase
    first = a + 1 if low[a] in ("с", "со") and view.lemma[a + 1] in \
        BACK_REFERENCE_DEMONSTRATIVES else a
    k = first + 1 if view.lemma[first] in BACK_REFERENCE_DEMONSTRATIVES else first
    if k + 1 < b and view.lemma[k] in BACK_REFERENCE_NOUNS and (
            view.case(k) in ("Acc", "Nom") or first > a and view.case(k) == "Ins") \
            and (k > a or view.lemma[k] in INFORMATION_NOUNS and (
                view.is_finite(k + 1) or view.low[k + 1] in ("о", "об", "обо"))):
        # ``Такое мнение высказал X``, ``Информацию (об обысках) подтвердил X``, ``Сообщение
        # об этом появилось …``; but ``Сообщения за неделю повысили …, — сообщила X``
        return k + 1
    # ``Сообщили об этом в пресс-службе``, ``Песков заявил об этом журналистам``,
    # ``Полиция подтвердила эту информацию``
    for j in range(a, min(b - 1, a + 8)):
        if about_this(view, j, b) \
                or view.lemma[j] in BACK_REFERENCE_DEMONSTRATIVES and low[j] != "это" and \
                view.lemma[j + 1] in BACK_REFERENCE_NOUNS:
            if any(back_reference_verb(view, v) for v in range(max(a, j - 2), j)):
                return a
            return None
    return None


def _told_before(view: View, a: int, words: range) -> bool:
    """Does the sentence before the one at token ``a`` name what ``words`` speak of (a word
    of theirs shares its stem with one there: ``Цены выросли. О росте цен заявили``), so
    ``О + noun`` points back rather than at what comes next (``О планах ведомства
    рассказал``)?"""
    if a == 0:
        return False
    def stem(m: int) -> str | None:  # a content word's first letters; a name whole (``ООН``)
        lemma = view.lemma[m]
        if view.tokens[m].text.isupper() and len(lemma) > 1:
            return lemma
        return lemma[:5] if len(lemma) > 3 and view.pos[m] in ("NOUN", "PROPN", "ADJ", "VERB") \
            else None

    pa, pb = view.sentence(a - 1)
    before = {stem(m) for m in range(max(pa, pb - 2 * SCAN_TOKENS), pb)} - {None}
    return any(stem(m) in before for m in words if view.pos[m] != "VERB")


def _event_reported(view: View, k: int, b: int) -> bool:
    """``инциденте сообщила``: a thing or event (not a person: ``Об этом человеке говорят``)
    at ``k``, a speech verb right after it."""
    return k + 1 < b and view.pos[k] == "NOUN" and view.feats[k].get("Animacy") != "Anim" \
        and view.cue_kind(k + 1) in ("speech", "impersonal")


def _after_channel(view: View, a: int, b: int) -> int:
    """The token after a leading ``Как сообщает X,`` whose clause points back (``Как
    передает «Хвиля», об этом пишет ТАСС``): X only relays what the clause's subject said;
    else ``a``."""
    if view.low[a] != "как" or not any(view.cue_kind(k) in ("speech", "impersonal")
                                       for k in range(a + 1, min(b, a + 3))):
        return a
    comma = next((k for k in range(a + 2, min(b, a + 10)) if view.low[k] == ","), None)
    if comma is None or not about_this(view, comma + 1, b):
        return a
    return comma + 1


def channel_aside(view: View, k: int, b: int) -> int | None:
    """The token after an aside ``, как передает «Интерфакс»,`` opening at token ``k`` (the
    ``как``), or None: the outlet relays the words of the clause around it."""
    if view.low[k] != "как" or k == 0 or view.low[k - 1] != "," or not any(
            view.cue_kind(v) in ("speech", "impersonal") for v in range(k + 1, min(b, k + 3))):
        return None
    return next((m + 1 for m in range(k + 2, min(b, k + 10)) if view.low[m] == ","), None)


def _outside_channel(view: View, a: int, b: int) -> Iterator[int]:
    """Tokens ``[a, b)`` but those of a channel aside (``Об этом, как передает «Интерфакс»,
    заявил X``: the verb is ``заявил``, not ``передает``)."""
    k = a
    while k < b:
        after = channel_aside(view, k, b)
        if after is not None:
            k = after
            continue
        yield k
        k += 1


def _closing_attribution(view: View, a: int, b: int) -> tuple[int, Source] | None:
    """The verb and source of the attribution closing the sentence ``[a, b)`` (``…, считает
    X.``), if any: a back reference after it (``Об этом он заявил в интервью``) only says where
    that was said, unless an outlet's attribution is followed by its source."""
    for verb in range(max(a + 2, b - SCAN_TOKENS), b):
        if view.cue_kind(verb) not in ("speech", "stance") or not view.is_finite(verb) or \
                comma_before_cue(view, verb) is None or that_clause(view, verb) is not None:
            continue
        source = subject_right(view, verb, b)
        if source is not None and source.kind == "phrase" and source.end is not None and \
                _only_tail(view, view.token_at(source.end - 1) + 1, b):
            return verb, source
    return None


def _person(view: View, source: Source | None) -> bool:
    """Does ``source`` start with a person's name?"""
    if source is None or source.start is None:
        return False
    entity = view.entity_of_token[view.token_at(source.start)]
    return entity is not None and entity.label == "PER"


def _wordless(view: View, a: int, b: int) -> bool:
    """No word in tokens ``[a, b)``: a dateline or a row of figures states nothing to quote."""
    return not any(view.low[k][:1].isalpha() for k in range(a, b))


def back_reference_verb(view: View, k: int) -> bool:
    if view.cue_kind(k) == "passive":
        return True  # ``Об этом было объявлено в эфире Первого канала``
    if not view.is_finite(k) or view.lemma[k] in LIGHT_VERB_NOT_AFTER and \
            view.low[k + 1:k + 2] == [LIGHT_VERB_NOT_AFTER[view.lemma[k]]]:
        return False  # ``Это приводит к росту цен``: leads to, relays nothing
    if view.lemma[k] in FINDING_VERBS:  # ``Об этом свидетельствуют данные X``, not ``… рост``
        return any(view.lemma[m] in FINDING_SUBJECTS
                   for m in range(k + 1, min(len(view.low), k + 4)))
    return view.lemma[k] in BACK_REFERENCE_VERBS or view.lemma[k] in APPEARING_VERBS or \
        view.cue_kind(k) in ("speech", "impersonal") or known_from(view, k)


def known_from(view: View, k: int) -> bool:
    """``Об этом стало известно из сообщения пресс-службы``: a report that became known from a
    message, whose author is the source (like ``появилась на сайте``); or during somebody's
    speech (``во время выступления представителя МИД``, ``в ходе брифинга X``)."""
    return view.lemma[k] == "стать" and view.low[k + 1:k + 2] == ["известно"] and (
        "из" in view.low[k + 2:k + 4] or _event_at(view, k + 2) is not None)


#: Events at which words are said: whose they are names the source.
SPEECH_EVENTS = frozenset({"выступление", "брифинг", "пресс-конференция", "интервью",
                           "беседа", "речь", "обращение"})


def _event_at(view: View, k: int) -> int | None:
    """The speech event noun of ``во время / в ходе / на`` + event at token ``k``, if any."""
    if view.low[k:k + 2] == ["во", "время"] or view.low[k:k + 2] == ["в", "ходе"]:
        k += 2
    elif view.low[k:k + 1] == ["на"]:
        k += 1
    else:
        return None
    return k if k < len(view.tokens) and view.lemma[k] in SPEECH_EVENTS else None


def _event_speaker(view: View, verb: int, b: int) -> Source | None:
    """Whose event ``стало известно во время выступления X`` names: X."""
    event = _event_at(view, verb + 2)
    if event is None:
        return None
    found, _ = genitive_after(view, event + 1, b)
    return found


#: How many sentences before the one pointed at a back reference may take in.
LEAD_SENTENCES = 2


#: Labels of a credit line: ``Фото: ТАСС``, ``Источник: РИА Новости``.
CAPTION_LABELS = frozenset({"фото", "видео", "источник", "иллюстрация", "инфографика",
                            "коллаж", "скриншот"})


def _caption(view: View, a: int, b: int) -> bool:
    """Is sentence ``[a, b)`` a credit line (``Фото: ТАСС``, ``Фото © РИА Новости``)?"""
    return b - a >= 2 and view.low[a] in CAPTION_LABELS and view.low[a + 1] in (":", "©")


def _breaks(gap: str) -> int:
    """Line breaks in the text between two sentences, a blank line of spaces counted as none
    (``…сентября.⏎⏎ ⏎⏎Об этом сообщил…``: an empty paragraph the page left)."""
    return sum(1 for line in gap.split("\n")[1:-1] if line.strip()) * 2 + \
        min(gap.count("\n"), 2)


def _lead_start(view: View, back: int, pa: int) -> int:
    """Where the words a back reference points at start: ``A. B. Об этом сообщил X`` points
    at the sentences of its paragraph before it (GUIDELINE §2a, "the lead sentences"), as far
    as they are plain narration ending in a full stop: no quotation marks, no cue of their
    own, no line break between."""
    for number in range(back - 1, max(-1, back - 1 - LEAD_SENTENCES), -1):
        a, b = view.sent_ranges[number]
        if b <= a or view.low[b - 1] != "." or \
                "\n" in view.text[view.tokens[b - 1].end:view.tokens[pa].start] or \
                _wordless(view, a, b) or any(
                    view.tokens[k].text in OPENING_MARKS or view.tokens[k].text in CLOSING_MARKS
                    or view.cue_kind(k) not in (None, "manner") for k in range(a, b)):
            break
        pa = a
    return pa


def according_to_back_reference(view: View) -> Iterator[Candidate]:
    """Об этом заявил X. / Так X ответил на … / Информацию подтвердил X / Об этом говорится
    в сообщении X: the previous sentence is the quote (inside its marks if it is one)."""
    targets: dict[int, tuple[int, int, str]] = {}  # back-reference sentence -> its quote
    for number, (a, b) in enumerate(view.sent_ranges):
        if number == 0 or b - a < 3:
            continue
        a = _after_channel(view, a, b)  # ``Как сообщает Укринформ, об этом заявила X``
        opener = back_reference_opener(view, a, b)
        if opener is None:
            continue
        verb = next((k for k in _outside_channel(view, opener, min(b, opener + 16))
                     if back_reference_verb(view, k) or view.cue_kind(k) == "stance"), None)
        if verb is None or that_clause(view, verb) is not None or view.inside_quote(verb):
            continue  # (``«… Это приводит к разобщенности»``: the speaker's own words)
        back = number - 1
        if back > 0 and (_wordless(view, *view.sent_ranges[back])
                         or _caption(view, *view.sent_ranges[back])):
            back -= 1  # a dateline ``- 13.10.2025, 14:16`` between a headline and its pointer,
            # a photo credit ``Фото: ТАСС`` between the words and their pointer
        pa, pb = view.sent_ranges[back]
        if pb <= pa or _wordless(view, pa, pb):
            continue
        closing = _closing_attribution(view, pa, pb)
        if closing is not None and not relays(view, *closing):
            continue  # (an outlet's ``…, передает ТАСС.`` may name its source next: below)
        between = view.text[view.tokens[pb - 1].end:view.tokens[a].start]
        if back < number - 1:  # the line skipped is no break of its own
            sa, sb = view.sent_ranges[back + 1]
            between = view.text[view.tokens[pb - 1].end:view.tokens[sa].start] + \
                view.text[view.tokens[sb - 1].end:view.tokens[a].start]
        if _breaks(between) > 2 + (back < number - 1):
            continue
        if view.lemma[verb] in APPEARING_VERBS or known_from(view, verb):
            source = message_source(view, verb + 1, b) or _event_speaker(view, verb, b) or \
                location_source(view, verb + 1, b)
            if source is None:
                continue  # ``Информация об этом появилась вчера``: nobody named
        elif view.cue_kind(verb) in ("impersonal", "passive") or \
                view.lemma[verb] in CONTAINING_VERBS:
            source = message_source(view, verb + 1, b) or location_source(view, opener, b) or \
                (Source("unnamed") if view.cue_kind(verb) == "passive" else Source("document"))
        else:
            source = subject_or_place(view, verb, opener if opener > a else a, b)
        if source is None and opener > a and view.lemma[opener - 1] in BACK_REFERENCE_NOUNS \
                and location_source(view, opener, b) is None:
            continue  # ``Такие цифры говорят сами за себя``: the noun is the subject
        if source is None:
            source = location_source(view, opener, b) or (
                Source("unnamed") if view.number(verb) == "Plur" else Source("zero"))
        if closing is not None and not _person(view, source):
            continue
        # ``…, передает ТАСС. Об этом корреспонденту агентства сообщила Ингрид Райзер``: the
        # person who told the outlet is the source, the outlet its channel (GUIDELINE §2a)
        if closing is None:
            pa = _lead_start(view, back, pa)
        pa = after_dateline(view, pa, pb)
        last = pb - 1 if closing is None else comma_before_cue(view, closing[0])[2] - 1
        start, end = view.strip_span(view.tokens[pa].start, view.tokens[last].end)
        qtype = "according_to"
        pair = view.pair_by_open.get(start) if view.text[start:start + 1] in OPENING_MARKS \
            else None
        if pair is not None and not view.text[pair.close + 1:end].strip(" .!?…"):
            start, end = _quote_content(view, pair)  # ``«…». Об этом говорится в …``
            qtype = "direct"
        if number - 1 in targets:
            # ``A. Об этом сообщил X. Информацию подтвердил Y.``: Y confirms A too
            start, end, qtype = targets[number - 1]
        targets[number] = (start, end, qtype)
        if end > start:
            yield Candidate(start, end, qtype, "according_to_back_reference",
                            (a, verb + 1), source)


def according_to_inline_reference(view: View) -> Iterator[Candidate]:
    """``Москва готова к диалогу — об этом заявил Лавров`` (or after ``,`` / ``:``): a back
    reference inside the sentence points at the clause before it."""
    for a, b in view.sent_ranges:
        for j in range(a + 2, b - 3):  # two words may say it: ``Рынок стабилен — такое мнение``
            if not (view.low[j] in (",", ":") or view.is_dash(j)):
                continue
            gerund = _gerund_reference(view, a, j, b)
            if gerund is not None:  # ``Петрин ушёл в отпуск, сообщив об этом в канале``
                start, end = view.strip_span(view.tokens[a].start, view.tokens[j].start)
                if end > start:
                    yield Candidate(start, end, "according_to", "according_to_inline_reference",
                                    (j + 1, j + 2), gerund)
                break
            opener = _inline_opener(view, j + 1, b)
            if opener is None:
                continue
            verb = next((k for k in range(opener, min(b, opener + 5))
                         if back_reference_verb(view, k)), None)
            if verb is None or that_clause(view, verb) is not None:
                continue
            if any(view.cue_kind(k) in ("speech", "impersonal") and view.is_finite(k)
                   for k in range(a, j)):
                continue  # the clause has a cue of its own
            if view.cue_kind(verb) == "impersonal":
                source = message_source(view, verb + 1, b) or Source("document")
            else:
                source = subject_or_place(view, verb, j + 1, b) or location_source(view, j + 1, b) \
                    or Source("zero")
            start, end = view.strip_span(view.tokens[a].start, view.tokens[j].start)
            if end > start:
                yield Candidate(start, end, "according_to", "according_to_inline_reference",
                                (j + 1, verb + 1), source)
            break


def _gerund_reference(view: View, a: int, j: int, b: int) -> Source | None:
    """``X ушёл в отпуск, сообщив об этом в канале``: a gerund of speech pointing back with
    ``об этом`` at the clause before the comma ``j``; its doer, the subject of that clause's
    verb, is the source. None for anything else."""
    g = j + 1
    if view.low[j] != "," or view.verb_form(g) != "Conv" or view.cue_kind(g) != "gerund" or \
            not about_this(view, g + 1, b):
        return None
    verb = next((k for k in range(j - 1, a - 1, -1)
                 if view.is_finite(k) and view.pos[k] in ("VERB", "AUX")), None)
    if verb is None or any(view.cue_kind(k) in ("speech", "impersonal") for k in range(a, j)):
        return None
    found = subject_left(view, verb, a)
    return found if found is not None and found.kind == "phrase" else None


def _inline_opener(view: View, k: int, b: int) -> int | None:
    """Where the cue search starts after ``— об этом``, ``— такое мнение`` or ``— с таким
    заявлением`` at token ``k`` (a back reference to the clause before), or None."""
    if about_this(view, k, b):
        return k + 2
    if view.low[k] == "с":
        k += 1
    if k + 1 < b and view.lemma[k] in BACK_REFERENCE_DEMONSTRATIVES and view.low[k] != "это" \
            and view.lemma[k + 1] in BACK_REFERENCE_NOUNS:
        return k + 2
    return None


def according_to_relative(view: View) -> Iterator[Candidate]:
    """``…, о чем сообщила X``: a relative clause points back at the clause before it."""
    for a, b in view.sent_ranges:
        for j in range(a + 2, b - 2):
            if view.low[j] != "," or view.low[j + 1] != "о" or view.lemma[j + 2] != "что":
                continue
            verb = next((k for k in range(j + 3, min(b, j + 6)) if back_reference_verb(view, k)),
                        None)
            if verb is None:
                continue
            if view.cue_kind(verb) == "impersonal":
                source = message_source(view, verb + 1, b) or Source("document")
            else:
                source = subject_right(view, verb, b) or location_source(view, verb + 1, b) or \
                    Source("unnamed")
            start, end = view.strip_span(view.tokens[a].start, view.tokens[j].start)
            if end > start:
                yield Candidate(start, end, "according_to", "according_to_relative",
                                (j + 1, verb + 1), source)
            break


def comma_before_cue(view: View, verb: int, over_circumstance: bool = False
                     ) -> tuple[int, int, int] | None:
    """``(a, b, j)``: the sentence ``[a, b)`` of ``verb`` and the comma ``j`` right before it
    (over a dash: ``…, — сказал``), or None when no comma inside the sentence precedes it.
    With ``over_circumstance``, over a short circumstance too (``…, 20 июня сообщает X``,
    ``…, в пятницу передает X``) and a citation (``…, со ссылкой на X сообщает ТАСС``)."""
    a, b = view.sentence(verb)
    j = verb - 1
    if over_circumstance:
        k = j
        while k > a and verb - k <= 4 and view.low[k] != "," and (
                view.pos[k] in ("ADV", "ADP", "NUM") or view.tokens[k].text.isdigit()
                or view.pos[k] == "NOUN" and view.case(k) not in ("Nom", None)):
            k -= 1
        if k < j and view.low[k] == ",":
            j = k
        cited = next((m for m in range(verb - 3, max(a, verb - 16), -1)
                      if cites(view, m)), None)
        if cited is not None and view.low[cited - 1] == "," and not any(
                view.low[m] in (",", ";", ":") or view.is_finite(m) for m in range(cited, verb)):
            j = cited - 1  # ``…, со ссылкой на пресс-службу сообщает ТАСС``
    if j > a and view.is_dash(j):
        j -= 1
    if j <= a or view.low[j] != ",":
        return None
    return a, b, j

