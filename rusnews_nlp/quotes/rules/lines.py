"""Lines that name their speaker before a colon: interview transcripts (``В.Путин: Это
естественно.``) and headlines (``Захарова: Москва ответит``, ``Зеленский о марафоне: …``)."""

from __future__ import annotations

from typing import Iterator, Mapping

from ...annotations import Entity
from ...entities.referents import initials, org_key
from ...kb.lexicon import ORG_UNITS, UNNAMED_SOURCES
from ..places import location_source
from ..sources import Source, subject_left
from ..view import CLOSING_MARKS, OPENING_MARKS, View, verb_reading
from .candidate import Candidate
from .clauses import _quote_content, after_dateline, first_person_word, role_noun
from .colon_block import clause_predicate
from .interview import INTERVIEWER_LABELS

#: Lower-case names the document gives -> the first person entity ending in that word, or
#: None for a body's name (``_names_in_document``).
Names = Mapping[str, "Entity | None"]


def interview_line(view: View) -> Iterator[Candidate]:
    """Interview transcript or headline: ``Мустафа Джемилев: Да, всё верно...``, ``Захарова:
    Москва ответит``, ``Зеленский о марафоне: готов …`` (a person or body, an optional topic,
    a colon, the statement to the end of the line)."""
    text = view.text
    named = _names_in_document(view)
    for line_start in view.line_starts:
        t = view.token_starting_at_or_after(line_start)
        if t >= len(view.tokens) or text[line_start:view.tokens[t].start].strip():
            continue
        # ``15:04 Песков: …``: a dateline before the label
        t = after_dateline(view, t, view.token_starting_at_or_after(view.line_of(line_start)[1]))
        while t + 2 < len(view.tokens) and _initial(view, t):
            # ``В.Путин:``, ``В. В. Путин:``: initials before the surname
            t += 1 if view.tokens[t].text.endswith(".") else 2
        speaker = _role_and_name(view, t, named) or _line_speaker(view, t, named)
        if speaker is None:
            continue  # ``Фото: …``, ``Источник: ТАСС``
        colon = _topic_colon(view, view.token_at(speaker[1]))
        if colon is None:
            continue
        _, line_end = view.line_of(line_start)
        start, end = view.strip_span(view.tokens[colon].end, line_end)
        if view.text[start:start + 1] in OPENING_MARKS:
            continue  # ``Песков: «…»`` is direct_colon_before
        if len(text[start:end].split()) >= 2 and _states(view, start, end, line_end):
            if view.entity_of_token[t] is None and view.low[t] in named and \
                    speaker == (view.tokens[t].start, view.tokens[t].end):
                # ``Чайка:`` (a seagull to the tagger) is the ``Чайка`` the body names
                person = named[view.low[t]]
                speaker = (person.start, person.end) if person is not None else speaker
            yield Candidate(start, end, "direct", "interview_line", None,
                            Source("phrase", *speaker))


#: A headline signed after a dash is short: a longer line is a sentence of the body.
HEADLINE_MAX_TOKENS = 25


def headline_quoted(view: View) -> Iterator[Candidate]:
    """A line that opens with a quotation signed after a colon by its speaker: ``«Мы не
    отступим»: Лавров о переговорах``, ``«Это провокация»: в Кремле ответили на …``. The
    colon after the closing mark points at who said it, as ``Лавров:`` does before words."""
    text, n = view.text, len(view.tokens)
    named: Names | None = None
    for pair in view.spoken:
        line_start, line_end = view.line_of(pair.open)
        c = view.token_at(pair.close)
        first = view.token_starting_at_or_after(line_start)
        if text[line_start:pair.open].strip() and not (  # (a scraper's `` date 2025-12-03``)
                first < c and after_dateline(view, first, c) == view.token_at(pair.open)) or \
                c + 2 >= n or \
                view.low[c + 1] not in (":", ".") or view.tokens[c + 2].start >= line_end:
            continue
        k, last = c + 2, view.token_starting_at_or_after(line_end) - 1
        if last - k > HEADLINE_MAX_TOKENS:
            continue
        named = _names_in_document(view) if named is None else named
        speaker = _role_and_name(view, k, named) or _line_speaker(view, k, named)
        if view.low[c + 1] == "." and (speaker is None or not (_topic_only(
                view, view.token_at(speaker[1] - 1) + 1, last + 1) or _speaks(
                view, view.token_at(speaker[1] - 1) + 1, last + 1))):
            # ``«…». Тренер X — о матче``: a sentence after the period says nothing, unless
            # its speaker speaks there (``«О боже…». Врач X отвечает на вопросы``)
            continue
        if speaker is not None:
            source: Source | None = Source("phrase", *speaker)
        elif view.low[k] in ("в", "во") and any(
                view.cue_kind(m) in ("speech", "impersonal", "stance", "manner")
                for m in range(k, last + 1)):
            # ``«Это провокация»: в Кремле ответили``; not ``«…»: в России пройдут испытания``,
            # where nobody in the place speaks
            source = location_source(view, k, last + 1)
        elif any(clause_predicate(view, m) for m in range(view.token_at(pair.open) + 1, c)):
            # ``«…»: жители рассказали о …``; a title (``«Золотая осень»: жители вышли на
            # субботник``) states nothing
            source = _role_subject(view, k, last + 1)
        else:
            source = None
        start, end = _quote_content(view, pair)
        if source is not None and end > start:
            yield Candidate(start, end, "direct", "headline_quoted", None, source)
    yield from _unmarked_headlines(view, named)


def _unmarked_headlines(view: View, named: Names | None) -> Iterator[Candidate]:
    """``Ситуация в целом стабильная: Минсельхоз о подорожавших продуктах``: the same headline
    with its marks lost. A line with no final stop, a clause (a predicate) before its first
    colon and after it only a speaker and a topic (``о …``): the clause is the speaker's."""
    text = view.text
    for line_start in view.line_starts:
        _, line_end = view.line_of(line_start)
        line = text[line_start:line_end].rstrip()
        if not line or line[-1] in ".!?…:" or ":" not in line or \
                any(ch in OPENING_MARKS or ch in CLOSING_MARKS for ch in line):
            continue
        first = view.token_starting_at_or_after(line_start)
        last = view.token_starting_at_or_after(line_end) - 1
        colon = next((k for k in range(first, last + 1) if view.low[k] == ":"), None)
        if colon is None or colon - first < 2 or last - colon > HEADLINE_MAX_TOKENS or \
                not any(clause_predicate(view, m) or view.pos[m] == "ADJ"
                        and view.case(m) == "Nom" and m == colon - 1
                        for m in range(first, colon)):
            continue  # (``Ситуация стабильная``: an adjective as the predicate, last)
        named = _names_in_document(view) if named is None else named
        k = colon + 1
        speaker = _role_and_name(view, k, named) or _line_speaker(view, k, named)
        if speaker is None or speaker[1] > line_end:
            continue  # (``_line_speaker`` joins names across blank space, newlines too)
        after = view.token_at(speaker[1] - 1) + 1
        if after > last or view.low[after] not in _TOPIC_PREPOSITIONS or \
                not _topic_only(view, after, last + 1):
            continue  # the topic must say so: ``…: Минсельхоз о ценах``
        start, end = view.strip_span(view.tokens[first].start, view.tokens[colon - 1].end)
        if end > start:
            yield Candidate(start, end, "direct", "headline_quoted", None,
                            Source("phrase", *speaker))


def _role_subject(view: View, k: int, end: int) -> Source | None:
    """``«…»: продюсер «Ласкового мая» не смог поверить в …``, ``«…»: жители дома рассказали
    о …``: a person named by a role or calling, the subject of the verb after the colon, said
    the headline's words (the resolver gives the role's holder, or UNNAMED)."""
    verb = next((m for m in range(k, end) if view.is_finite(m)), None)
    if verb is None or view.pos[k] not in ("NOUN", "ADJ") or view.tokens[k].text[:1].isupper():
        return None
    found = subject_left(view, verb, k)
    if found is None or found.start != view.tokens[k].start:
        return None
    head = k
    while head < verb and view.pos[head] == "ADJ":
        head += 1  # ``местные жители``
    if view.pos[head] != "NOUN" or view.case(head) != "Nom" or not _person_noun(view, head) or \
            view.number(head) != view.number(verb):
        return None
    return found


def headline_signed(view: View) -> Iterator[Candidate]:
    """A headline signed by its source after a dash: ``Москва готова к переговорам - МИД РФ``,
    ``Цены не вырастут — глава Минэнерго Сергей Цивилев``. The statement needs a predicate
    (``Лучший игрок сезона — Иван Петров`` says who, nobody says it) and the line no final
    stop (a sentence of the body is the speech rules' business)."""
    text = view.text
    named: Names | None = None
    for line_start in view.line_starts:
        first = view.token_starting_at_or_after(line_start)
        if first >= len(view.tokens) or text[line_start:view.tokens[first].start].strip():
            continue
        _, line_end = view.line_of(line_start)
        last = view.token_starting_at_or_after(line_end) - 1  # the line's last token
        first = after_dateline(view, first, last + 1)
        if last < first or last - first > HEADLINE_MAX_TOKENS or \
                not text[line_start:line_end].strip() or \
                text[line_start:line_end].rstrip()[-1:] in ".!?…:;,»\"":
            continue
        dash = next((k for k in range(last, first, -1) if view.is_dash(k)), None)
        if dash is None or dash - first < 2 or \
                text[view.tokens[dash - 1].end:view.tokens[dash].start] == "":
            continue  # ``Москва-Сити``: a hyphen inside a word signs nothing
        speaker = _signature(view, dash + 1, last + 1)
        if speaker is None and last == dash + 1 and view.tokens[last].text[:1].isupper():
            named = _names_in_document(view) if named is None else named
            if view.low[last] in named:  # ``… — Зеленский``: the tagger missed the surname
                speaker = view.tokens[last].start, view.tokens[last].end
        if speaker is None:
            continue
        start, end = view.strip_span(view.tokens[first].start, view.tokens[dash].start)
        pair = view.pair_by_open.get(start)
        if pair is not None and pair.close == end - 1:  # ``«Москва готова» — Лавров``
            start, end = view.strip_span(start + 1, end - 1)
        if end > start and _predicate(view, first, dash) and not _states_period(view, start, end):
            yield Candidate(start, end, "direct", "headline_signed", (dash, dash + 1),
                            Source("phrase", *speaker))


def _predicate(view: View, first: int, stop: int) -> bool:
    """A finite verb or a short adjective among tokens ``[first, stop)`` (``готова``): an
    infinitive (``Как выжить в кризис — Сбербанк``) names a topic, it states nothing."""
    return any(view.is_finite(k) or view.pos[k] == "AUX" or
               view.feats[k].get("Variant") == "Short"  # ``готова``, ``не связана``
               # a short participle the tagger read as a noun (``финализирован``)
               or view.pos[k] == "NOUN" and view.tokens[k].text.islower()
               and (verb_reading(view.tokens[k].text) or ("", {}))[1].get("Variant") == "Short"
               for k in range(first, stop))


def _states_period(view: View, start: int, end: int) -> bool:
    """A sentence stop inside the words: two sentences are no headline."""
    return any(ch in ".!?" for ch in view.text[start:end].rstrip(".!?"))


def _signature(view: View, k: int, stop: int) -> tuple[int, int] | None:
    """``[start, end)`` of the person or body that alone fills tokens ``[k, stop)``: a body
    and its country (``МИД РФ``), or a person's name with role words before it (``глава
    Минэнерго Сергей Цивилев``)."""
    if k >= stop or any(view.entity_of_token[j] is None and view.pos[j] not in (
            "NOUN", "ADJ", "PROPN") for j in range(k, stop)):
        return None
    last = view.entity_of_token[stop - 1]
    if last is not None and last.label == "PER":
        return last.start, last.end
    if (role_noun(view, k) or view.lemma[k] in ORG_UNITS) and \
            view.feats[k].get("Number") != "Plur" and (any(
            view.entity_of_token[j] is not None for j in range(k + 1, stop))
            or all(view.pos[j] == "NOUN" and view.case(j) == "Gen" for j in range(k + 1, stop))):
        # ``… – глава МИД Армении``: an office of a named body, ``— гендиректор фестиваля``: of
        # the one the story is about; the resolver finds its holder (``— пресс-служба
        # акима``: a body's unit speaks for it)
        return view.tokens[k].start, view.tokens[stop - 1].end
    head = view.entity_of_token[k]
    if head is None or head.label != "ORG" or \
            any(view.entity_of_token[j] is None for j in range(k, stop)):
        return None
    return head.start, view.tokens[stop - 1].end


def _names_in_document(view: View) -> Names:
    """The last words of the document's person names and its bodies' names, lower-cased: a
    headline may open with a surname (``Хлопцов:``) the tagger misses there but finds in the
    body (``Андрей Хлопцов``), or a body's initials; a word maps to the first person it ends
    the name of."""
    out: dict[str, Entity | None] = {}
    for entity in view.doc.entities:
        if entity.label == "PER":
            word = entity.text.split()[-1].lower()
            if out.get(word) is None:
                out[word] = entity
        elif entity.label == "ORG":
            out.setdefault(entity.text.lower(), None)
            words = org_key(entity.normal or entity.text).split()
            if len(words) >= 2:  # ``WP:`` for ``The Washington Post``: its initials
                out.setdefault(initials(words), None)
    return out


def _line_speaker(view: View, t: int, named: Names) -> tuple[int, int] | None:
    """``[start, end)`` of the person or body opening a line at token ``t``: a tagged name
    (with the place or body after it: ``МИД РФ``), or a capitalised word the document names
    elsewhere."""
    if view.tokens[t].text in OPENING_MARKS and t + 1 < len(view.tokens):
        # ``«Роскосмос»: утечка не угрожает экипажу``: a body's title in marks
        pair = view.pair_by_open.get(view.tokens[t].start)
        inner = view.entity_of_token[t + 1]
        if pair is None or inner is None or inner.label != "ORG" or \
                view.tokens[view.token_at(pair.close) - 1].end != inner.end:
            return None
        return inner.start, pair.close + 1
    entity = view.entity_of_token[t]
    if view.low[t] in INTERVIEWER_LABELS and view.tokens[t].end >= (entity.end if entity else 0):
        return None  # ``Викиновости:``, the outlet's own question, even as a tagged name
    if entity is not None and entity.label in ("PER", "ORG") and \
            entity.start <= view.tokens[t].start:
        end = entity.end
        k = view.token_at(end)
        while k < len(view.tokens) and view.entity_of_token[k] is not None and \
                view.entity_of_token[k].start == view.tokens[k].start and \
                not view.text[end:view.tokens[k].start].strip():
            end = view.entity_of_token[k].end  # ``МИД`` + ``РФ``
            k = view.token_at(end)
        return entity.start, end
    word = view.tokens[t].text
    if entity is None and word[:1].isupper() and view.lemma[t] not in INTERVIEWER_LABELS and (
            word.lower() in named or _person_noun(view, t) or view.lemma[t] in UNNAMED_SOURCES):
        # ``Прокурор: убийство было заказным``, ``Наставник «Зенита»: …``: a role or calling
        # the body ties to a name; with its dependents (``Глава Минсельхоза:``, ``Посол России
        # в США:``, a title in marks) up to the colon
        return view.tokens[t].start, view.tokens[_dependents_end(view, t)].end
    return None


def _dependents_end(view: View, t: int) -> int:
    """The last token of the genitive dependents of a role noun at ``t`` that run to a colon
    (``Глава Минсельхоза:``, ``Посол России в США:``), else ``t``."""
    k = t + 1
    while k < len(view.tokens) and k - t <= 6 and (
            view.pos[k] in ("NOUN", "PROPN", "ADJ") and view.case(k) in ("Gen", None)
            or view.entity_of_token[k] is not None and view.entity_of_token[k].label != "PER"
            or view.low[k] in ("в", "во") and k + 1 < len(view.tokens) and (
                view.entity_of_token[k + 1] is not None
                or view.pos[k + 1] == "NOUN" and view.case(k + 1) == "Loc")
            or view.pos[k] == "NOUN" and view.case(k) == "Loc" and view.low[k - 1] in ("в", "во")
            # a title in marks (``Тренер «Зенита»:``, ``Глава «Газпрома»:``)
            or view.tokens[k].text in OPENING_MARKS | CLOSING_MARKS and _in_title(view, k)):
        k += 1
    return k - 1 if k > t + 1 and view.low[k:k + 1] == [":"] else t


def _in_title(view: View, k: int) -> bool:
    """Is the mark at ``k`` one of a short pair around a name (``«Зенита»``)?"""
    pair = view.pair_by_open.get(view.tokens[k].start) or \
        view.pair_by_close.get(view.tokens[k].start)
    return pair is not None and view.token_at(pair.close) - view.token_at(pair.open) <= 4


def _person_noun(view: View, k: int) -> bool:
    """An office or role (``министр``, ``глава``) or a calling (``психолог``, ``продюсер``)."""
    return role_noun(view, k) or view.feats[k].get("Animacy") == "Anim" and \
        view.entity_of_token[k] is None


def _role_and_name(view: View, t: int, named: Names) -> tuple[int, int] | None:
    """``Глава Минфина Антон Сорокин о бюджете: …``: a role, its dependents, then the person's
    name (tagged, or a capitalised surname the document's names end with: ``Посол России в
    США Дарчиев:``); the name speaks. A role alone with its body (``Вице-мэр Новосибирска:
    …``) is left to the role's own line rule: who holds it is the resolver's question."""
    while t + 1 < len(view.tokens) and view.pos[t] == "ADJ":
        t += 1  # ``Главный тренер``
    # (a capital opening the line may make the tagger call the noun PROPN: ``Психолог Лосева:``)
    if view.pos[t] not in ("NOUN", "PROPN") or view.entity_of_token[t] is not None or \
            not _person_noun(view, t):
        return None
    _, line_end = view.line_of(view.tokens[t].start)
    for k in range(t + 1, min(len(view.tokens), t + 8)):
        if view.tokens[k].start >= line_end:
            return None  # the line's role names nobody on it (a name below is somebody else)
        entity = view.entity_of_token[k]
        if entity is not None and entity.label == "PER":
            return entity.start, entity.end
        if entity is None and view.tokens[k].text[:1].isupper() and view.low[k] in named and \
                view.low[k + 1:k + 2] == [":"]:
            return view.tokens[k].start, view.tokens[k].end
        if not (view.pos[k] in ("NOUN", "PROPN", "ADJ") or entity is not None
                or view.pos[k] == "ADP"  # ``Постпред России в ООН Небензя:``
                or view.tokens[k].text in OPENING_MARKS or view.tokens[k].text in CLOSING_MARKS):
            return None
    return None


#: Words a headline's topic may open with: ``Зеленский о марафоне со СМИ: …``.
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})


def _speaks(view: View, k: int, end: int) -> bool:
    """Is the first finite verb in tokens ``[k, end)`` a verb of speech (``отвечает``)?"""
    verb = next((m for m in range(k, end) if view.is_finite(m)), None)
    return verb is not None and view.cue_kind(verb) == "speech"


def _topic_only(view: View, k: int, end: int) -> bool:
    """Are tokens ``[k, end)`` nothing, or only a topic (``— о матче со «Спартаком»``) with no
    verb of its own?"""
    if k < end and view.is_dash(k):
        k += 1
    if k >= end:
        return True
    return view.low[k] in _TOPIC_PREPOSITIONS and not any(
        view.is_finite(m) for m in range(k, end))


def _topic_colon(view: View, k: int) -> int | None:
    """The colon right after the speaker at token ``k``, or after a short topic (``о
    марафоне со СМИ``) with no verb of its own."""
    if k >= len(view.tokens):
        return None
    if view.low[k] == ":":
        return k
    if view.low[k] == "," and k + 1 < len(view.tokens):
        return _role_colon(view, k + 1)  # ``Александр Попов, руководитель экспедиции: …``
    if view.is_dash(k) and k + 1 < len(view.tokens) and view.low[k + 1] in _TOPIC_PREPOSITIONS:
        k += 1  # ``Лавров — о переговорах: …``
    if view.low[k] not in _TOPIC_PREPOSITIONS:
        return None
    for m in range(k + 1, min(len(view.tokens), k + 8)):
        if view.low[m] == ":":
            return m
        if view.is_finite(m) or view.is_punct(m) or "\n" in view.text[
                view.tokens[m - 1].end:view.tokens[m].start]:
            return None
    return None


def _role_colon(view: View, k: int) -> int | None:
    """The colon closing a role in apposition to the speaker at token ``k`` (``руководитель
    экспедиции:``, ``старший тренер сборной России:``): a person noun after its adjectives, its
    dependents, no verb, no other punctuation, one line."""
    head = k
    while head < len(view.tokens) and head - k < 3 and view.pos[head] == "ADJ":
        head += 1
    if head >= len(view.tokens):
        return None
    place = view.entity_of_token[head]
    if place is not None and place.label == "LOC" or view.pos[head] == "NUM" and \
            view.lemma[head + 1:head + 2] in (["год"], ["лет"]):
        head = view.token_at(place.end - 1) if place is not None else head + 1
        # ``Сергей Иванов, Москва:``, ``Анна Петрова, 35 лет:``: a vox pop's place or age
        return head + 1 if view.low[head + 1:head + 2] == [":"] else None
    if not view.tokens[head].text[:1].islower() or view.pos[head] != "NOUN" or \
            not _person_noun(view, head):
        return None
    for m in range(head + 1, min(len(view.tokens), head + 10)):
        if view.low[m] == ":":
            return m
        if view.is_finite(m) or view.is_punct(m) and view.tokens[m].text not in \
                OPENING_MARKS | CLOSING_MARKS or "\n" in view.text[
                    view.tokens[m - 1].end:view.tokens[m].start]:
            return None
    return None


def _states(view: View, start: int, end: int, line_end: int) -> bool:
    """A statement, not a caption: a line ending in ``.!?…`` (``В.Путин: Это естественно.``)
    or holding a predicate (``Захарова: Москва ответит``, ``…: решение было неуместным``,
    ``МИД: обвинения - провокация``) or the speaker's first person (``Соболенко: спасибо моей
    команде``);
    ``Мария Захарова: биография спикера МИД`` names a page, it says nothing."""
    if view.text[start:line_end].rstrip(" \t\u00a0»”\"")[-1:] in (".", "!", "?", "…"):
        return True
    first, last = view.token_at(start), view.token_at(end - 1) + 1
    return any(view.is_finite(k) or view.pos[k] in ("AUX", "VERB")
               or view.feats[k].get("Variant") == "Short"
               or view.is_dash(k) and first < k < last - 1  # ``Обвинения Запада - провокация``
               or first_person_word(view, k)  # ``Соболенко: спасибо моей команде``
               for k in range(first, min(last, len(view.tokens))))


def _initial(view: View, t: int) -> bool:
    """``В.`` or ``В`` + ``.``: one capital letter and a dot (an initial of a name)."""
    word = view.tokens[t].text.rstrip(".")
    return len(word) == 1 and word.isupper() and (
        view.tokens[t].text.endswith(".") or view.low[t + 1:t + 2] == ["."])
