"""Direct quotes: words in quotation marks (or dialogue dashes, or a block after a colon)
with the cue that attributes them (``«…», — сказал X``, ``X заявил: «…»``)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator

from ...entities.normalize import declined
from ..cues import (BACK_REFERENCE_DEMONSTRATIVES, BACK_REFERENCE_NOUNS, BACK_REFERENCE_VERBS,
                    COLON_CUE_NOUNS, DASHES, QUOTING_VERBS, RELAYING_VERBS, SPEECH_END_PUNCT)
from ..objects import ADDRESSING_VERBS, object_right
from ..places import _possessive_before, location_source, message_source
from ..sources import (POSSESSIVE_PRONOUNS, SCAN_TOKENS, Source, subject_left, subject_of,
                       subject_right)
from ..view import CLOSING_MARKS, OPENING_MARKS, View
from .candidate import Candidate
from .clauses import _quote_content, _strip_space, anchor_source, own_words_after

#: Inside quotation marks or in a dialogue line, speech may also end in a period before the
#: dash of its attribution (``«A. — сказал он. — B»``, ``— Нет. — ответил он``).
SPEECH_END_OR_STOP = SPEECH_END_PUNCT | {"."}


def _inner_attributions(view: View, pair) -> list[tuple[int, int, int]]:
    """``«A, — сказал он, — B»``: (first dash, cue verb, second dash) token triples."""
    first = view.token_at(pair.open) + 1
    last = view.token_at(pair.close)
    found = []
    i = first + 1
    while i < last:
        if view.is_dash(i) and view.low[i - 1] in SPEECH_END_OR_STOP and i + 1 < last:
            v = i + 1
            while v < last and view.pos[v] == "ADV" and v - i < 3:
                v += 1
            if v < last and (view.cue_kind(v) in ("speech", "impersonal", "manner") or
                             view.quoting(v)):
                k = v + 1
                while k < last and k - v <= 16:
                    if view.is_dash(k) and view.low[k - 1] in (",", ".", ":"):
                        found.append((i, v, k))
                        break
                    inner = view.pair_by_open.get(view.tokens[k].start) \
                        if view.tokens[k].text in OPENING_MARKS else None
                    if inner is not None and inner.close < pair.close and \
                            view.token_at(inner.close) - k <= 6:
                        k = view.token_at(inner.close) + 1  # ``тренер «Зенита»``: a title
                        continue
                    if view.tokens[k].text in OPENING_MARKS or view.tokens[k].text in CLOSING_MARKS:
                        break
                    k += 1
                if found and found[-1][1] == v:
                    i = found[-1][2] + 1
                    continue
        i += 1
    return found


def direct_interrupted(view: View) -> Iterator[Candidate]:
    """«A, — сказал он, — B»: two quotes, one speaker, split at the inner attribution."""
    for pair in view.spoken:
        parts = _inner_attributions(view, pair)
        if not parts:
            continue
        piece_start = pair.open + 1
        for dash1, verb, dash2 in parts:
            end_tok = dash1 - 1  # the punctuation before the dash
            end = view.tokens[end_tok].start if view.low[end_tok] in (",", ".") else \
                view.tokens[end_tok].end
            source = _source_after(view, verb, dash2)
            start, end = view.strip_span(piece_start, end)
            if end > start:
                yield Candidate(start, end, "direct", "direct_interrupted", (verb, verb + 1), source)
            piece_start = view.tokens[dash2].end
        start, end = _strip_space(view, piece_start, pair.close)
        if end > start:
            verb = parts[-1][1]
            yield Candidate(start, end, "direct", "direct_interrupted", (verb, verb + 1),
                            _source_after(view, verb, parts[-1][2]))


def _source_after(view: View, verb: int, hi: int) -> Source:
    """The speaker of a cue that follows the quotation (``— сказал X``, ``говорится в
    сообщении X``, ``цитирует РБК Пескова``)."""
    kind = view.cue_kind(verb)
    if view.quoting(verb):
        found = object_right(view, verb, hi)
        if found is not None:
            return found
    if kind in ("impersonal", "passive"):
        return message_source(view, verb + 1, hi) or location_source(view, verb + 1, hi) or \
            Source("document")
    found = subject_right(view, verb, hi)
    if found is not None:
        return found
    f = view.feats[verb]
    if f.get("Number") == "Plur":
        return location_source(view, verb + 1, hi) or Source("unnamed")
    return Source("zero", gender=f.get("Gender"), number=f.get("Number"))


def opens_clause(view: View, pair) -> bool:
    """Does the quotation stand where a sentence or a clause of speech starts (not a title or
    scare quote inside narration: ``держать в «известном напряжении»``)?"""
    before = view.text[max(0, pair.open - 40):pair.open].rstrip(" \t\u00a0")
    # a symbol of page chrome before it (``в полной версии ➞«…»``) ends the narration too
    return not before or before[-1] in ".!?…:;\n»“”\"—–-(" or not (
        before[-1].isalnum() or before[-1] in ",%")


def speech_like(view: View, start: int, end: int) -> bool:
    """Quoted words rather than a name: lower-case start or at least four words."""
    content = view.text[start:end]
    words = [w for w in content.split() if any(c.isalnum() for c in w)]
    return bool(words) and (content[:1].islower() or len(words) >= 4)


def period_before_attribution(view: View, j: int) -> bool:
    """A full stop at token ``j`` where a comma belongs: a dash and a speech verb in lower case
    follow (``«…». — написал Пономарев``), so the sentence goes on with its attribution."""
    k = j + 2
    while k < len(view.tokens) and k - j <= 3 and view.pos[k] == "ADV":
        k += 1
    return view.low[j] == "." and k < len(view.tokens) and view.is_dash(j + 1) and \
        view.tokens[k].text[:1].islower() and view.cue_kind(k) in ("speech", "manner")


def direct_cue_after(view: View) -> Iterator[Candidate]:
    """«…», — сказал X. / «…» — заявил X / «…», говорится в сообщении X: cue after the quote."""
    n = len(view.tokens)
    for pair in view.spoken:
        if not opens_clause(view, pair):
            continue
        c = view.token_at(pair.close)
        if c >= n:
            continue
        j = c + 1
        while j < n and view.tokens[j].text in CLOSING_MARKS and \
                view.tokens[j].start == view.tokens[j - 1].end and \
                view.tokens[j].start not in view.pair_by_close:
            j += 1  # ``«…»», — заявила X``: a stray closing mark the page doubled
        punctuated = False
        comma = j < n and view.low[j] == ","
        if j < n and (comma or view.low[j] == ":" and j + 1 < n and view.low[j + 1] == "так"
                      or period_before_attribution(view, j)):
            j += 1  # (``«…». — написал X``: a stray full stop, the verb in lower case)
            punctuated = True
        dash = j < n and view.is_dash(j)
        if j < n and (dash or view.low[j] == "(" and not punctuated):
            j += 1  # ``«…», — сказал X``, ``«…» (Сергей Лавров)``
            punctuated = True
        so = _so_said(view, j) if j < n else None
        if so is not None and "\n" not in view.text[pair.close:view.tokens[so].start]:
            # ``«…» — такими словами X прокомментировал``, ``«…»: так X ответил``
            _, hi = view.sentence(so)
            start, end = _quote_content(view, pair)
            if end > start:
                yield Candidate(start, end, "direct", "direct_cue_after", (so, so + 1),
                                anchor_source(view, so, j, hi))
            continue
        while j < n and view.pos[j] in ("ADV", "PART") and j - c <= 4:
            j += 1  # ``— коротко ответил он``, ``— также сказал он``
        j = _after_manner(view, j)  # ``— не без гордости сказал он``, ``— с улыбкой ответил``
        if j + 2 < n and view.lemma[j] in BACK_REFERENCE_DEMONSTRATIVES and view.low[j] != "это" \
                and view.lemma[j + 1] in BACK_REFERENCE_NOUNS and \
                view.lemma[j + 2] in BACK_REFERENCE_VERBS and view.is_finite(j + 2):
            j += 2  # ``«…», — такое заявление сделал X``
        if j >= n or j - c > 7 or "\n" in view.text[pair.close:view.tokens[j].start] and not (
                # ``«…»,⏎— заявила Санду``: the page broke the line after the comma
                comma and dash and view.text.count("\n", pair.close, view.tokens[j].start) == 1
                and "\n" in view.text[view.tokens[c + 1].end:view.tokens[c + 2].start]):
            continue
        _, hi = view.sentence(j)
        start, end = _quote_content(view, pair)
        if not (view.cue_kind(j) in ("speech", "impersonal", "stance", "manner", "passive")
                or view.quoting(j) or view.lemma[j] in BACK_REFERENCE_VERBS and
                view.lemma[j - 1] in BACK_REFERENCE_NOUNS
                or (comma or view.text[pair.close - 1] in "?!….") and dash
                and view.is_finite(j)):
            # ``«…», — отреагировал X``: after ``», —`` (or ``?» —``, ``…» —``, where the
            # comma goes) any reporting verb introduces the words, the construction itself
            # says they are speech
            if punctuated and end > start:
                yield from _subject_first(view, j, hi, start, end)
            continue
        if end > start and (punctuated or speech_like(view, start, end)):
            yield Candidate(start, end, "direct", "direct_cue_after", (j, j + 1),
                            _source_after(view, j, hi))


def _after_manner(view: View, j: int) -> int:
    """The speech verb after a manner phrase opening the author's words (``с улыбкой``, ``не
    без гордости``, ``со вздохом``: a preposition and a common noun), or ``j`` itself."""
    n = len(view.tokens)
    k = j + 1 if j < n and view.low[j] == "не" else j
    if k + 2 >= n or view.pos[k] != "ADP":
        return j
    m = k + 1
    while m < n and m - k <= 3 and view.pos[m] == "ADJ":
        m += 1
    if m + 1 < n and view.pos[m] == "NOUN" and view.entity_of_token[m] is None and \
            view.is_finite(m + 1) and view.cue_kind(m + 1) in ("speech", "manner"):
        return m + 1
    return j


def _subject_first(view: View, j: int, hi: int, start: int, end: int) -> Iterator[Candidate]:
    """``«…», — Сергей Лавров заявил журналистам`` (the subject before its verb) and the
    verbless signature ``«…», — Сергей Лавров[, министр].``: a person after the dash speaks.
    After the dash itself the signature may also be a role and a name ending the sentence or
    the line (``«…», — губернатор Иван Петров.``, a headline's ``«…» — Лавров``), when the
    quoted words have a verb: the mirror of ``Петров: «…»``."""
    k = j
    while k < hi and k - j < 8 and (view.pos[k] in ("NOUN", "PROPN", "ADJ", "DET", "PRON")
                                    or view.entity_of_token[k] is not None):
        k += 1
    if k == j:
        return
    if k < hi and view.is_finite(k) and view.cue_kind(k) in ("speech", "stance", "manner"):
        yield Candidate(start, end, "direct", "direct_cue_after", (k, k + 1),
                        Source("phrase", view.tokens[j].start, view.tokens[k - 1].end))
        return
    if not speech_like(view, start, end):
        return  # ``«Мастер и Маргарита» — Михаил Булгаков``: a title and its author
    entity = view.entity_of_token[j]
    if entity is not None and entity.label == "PER" and entity.start == view.tokens[j].start:
        after = view.token_at(entity.end - 1) + 1
        if after >= hi or view.low[after] == "," or view.ends_sentence(after) or \
                view.low[after] == ")" and (after + 1 >= hi or view.ends_sentence(after + 1)):
            yield Candidate(start, end, "direct", "direct_cue_after", None,
                            Source("phrase", entity.start, entity.end))
            return
    signed = _signature_end(view, j) if view.is_dash(j - 1) else None
    if signed is not None and any(view.pos[m] in ("VERB", "AUX") for m in range(
            view.token_at(start), view.token_at(end))):
        yield Candidate(start, end, "direct", "direct_cue_after", None,
                        Source("phrase", view.tokens[j].start, signed))


def _signature_end(view: View, j: int) -> int | None:
    """Where a signature from token ``j`` ends: a role in lower case (``губернатор``), then a
    person's name — or a capitalised surname the tagger did not take for one, which the
    resolver finds in the document (``Лавров``) — and nothing after it in its sentence or
    line (not ``— Иван Петров и его команда …``)."""
    n = len(view.tokens)
    k = j
    while k < n and view.entity_of_token[k] is None and view.pos[k] in ("NOUN", "ADJ") \
            and view.tokens[k].text[:1].islower() and k - j < 4:
        k += 1
    if k >= n:
        return None
    entity = view.entity_of_token[k]
    if entity is None and view.pos[k] == "PROPN" and view.tokens[k].text[:1].isupper():
        name_end = view.tokens[k].end
    elif entity is not None and entity.label == "PER" and view.tokens[k].start == entity.start:
        name_end = entity.end
    else:
        return None
    after = view.token_at(name_end)
    if after >= n or view.ends_sentence(after) or \
            "\n" in view.text[name_end:view.tokens[after].start]:
        return name_end
    return None


def _so_said(view: View, j: int) -> int | None:
    """``так`` or ``такими / этими словами`` at ``j``, then a subject and its finite verb:
    the verb's index. After ``так`` the verb must report speech (``— так Лавров ответил``);
    ``такими словами`` reports it itself, so any verb does (``— такими словами Лавров
    прокомментировал …``, ``— такими словами Хуснуллин открыл совещание``)."""
    n = len(view.tokens)
    if view.low[j] == "так":
        k = j + 1
        speech_only = True
    elif j + 1 < n and view.lemma[j] in BACK_REFERENCE_DEMONSTRATIVES and \
            view.lemma[j + 1] in (*BACK_REFERENCE_NOUNS, "слово") and view.case(j + 1) == "Ins":
        k = j + 2
        speech_only = False
    else:
        return None
    for m in range(k + 1, min(n, k + 7)):
        if view.low[m] in (",", ".", ":", ";") or view.ends_sentence(m):
            return None
        if view.is_finite(m) and (view.cue_kind(m) == "speech" or
                                  not speech_only and view.pos[m] == "VERB"):
            return m
    return None


def _intro_clause_start(view: View, last: int) -> int:
    """First token of the clause ending at token ``last`` (a colon before a quotation)."""
    i = last
    while i > 0 and last - i < SCAN_TOKENS:
        prev = view.tokens[i - 1]
        if "\n" in view.text[prev.end:view.tokens[i].start]:
            break
        if prev.text in CLOSING_MARKS:
            # a title inside the clause (``в группе «ВКонтакте»:``) is stepped over; a
            # quotation closing before it ends the clause
            pair = view.pair_by_close.get(prev.start)
            if pair is None or view.token_at(pair.close) - view.token_at(pair.open) > 6 or \
                    "\n" in view.text[pair.open:pair.close]:
                break
            i = view.token_at(pair.open)
            continue
        if view.low[i - 1] in (".", "!", "?", "…", ";"):
            break
        i -= 1
    return i


def _colon_cue(view: View, lo: int, colon: int) -> tuple[tuple[int, int], Source] | None:
    """The cue and speaker of a clause ``[lo, colon)`` that introduces speech after a colon:
    ``X заявил:``, ``В сообщении Кремля говорится:``, ``X выступил с заявлением:``."""
    verbs = [k for k in range(lo, colon) if view.cue_kind(k) in (
             "speech", "gerund", "impersonal", "manner", "stance")
             or view.lemma[k] in COLON_CUE_NOUNS and view.pos[k] == "NOUN"]
    if not verbs:
        return None
    verb = verbs[-1]
    if view.pos[verb] == "NOUN":  # ``выступил со специальным заявлением:``
        owner = _genitive_owner(view, verb, colon)
        if owner is not None and view.lemma[verb] == "слово":
            return (verb, verb + 1), owner  # ``Приводим слова министра Лаврова: «…»``
        finite = [k for k in range(lo, verb) if view.is_finite(k)]
        later = [k for k in range(verb, colon) if view.is_finite(k)]
        if not finite and later and view.low[lo] in ("с", "со") and \
                all(view.pos[k] in ("ADJ", "DET", "ADP") for k in range(lo, verb)):
            # ``С таким заявлением выступил Сергей Лавров:``: the subject after the verb
            source = subject_right(view, later[0], colon)
            return ((verb, verb + 1), source) if source is not None else None
        owner = owner or _possessive_before(view, verb, lo)
        if not finite and owner is not None and all(
                view.lemma[k] in OWNED_STATEMENT_VERBS for k in later) and \
                all(view.pos[k] in ("ADJ", "DET") or view.low[k] in POSSESSIVE_PRONOUNS
                    for k in range(lo, verb)):
            # ``Ответ Пескова был коротким:``, ``Его слова приводит агентство Reuters:``: the
            # statement's owner speaks (the outlet quoting it is the channel)
            return (verb, verb + 1), owner
        if not finite:
            if later or any(view.pos[k] not in ("ADJ", "DET") for k in range(lo, verb)):
                return None
            # ``Официальное заявление организаторов фестиваля: «…»``: the noun heads the line
            source = message_source(view, verb, colon) or owner or Source("unnamed")
            return (verb, verb + 1), source
        source = anchor_source(view, finite[-1], lo, colon)
    elif view.cue_kind(verb) == "impersonal":
        # ``В сообщении X говорится:``, ``На сайте мэрии отмечается:``
        source = message_source(view, lo, verb) or location_source(view, lo, verb) or \
            _source_after(view, verb, colon)
    elif view.quoting(verb):
        source = _source_after(view, verb, colon)
    else:
        source = anchor_source(view, verb, lo, colon)
    return (verb, verb + 1), source


#: Verbs that only link a statement noun to how it sounded (``Ответ был коротким:``) or relay
#: it (``Его слова приводит агентство:``): the statement's owner still speaks.
OWNED_STATEMENT_VERBS = frozenset({"быть", "оказаться", "прозвучать", "звучать", "стать"}) | \
    RELAYING_VERBS | QUOTING_VERBS


def _genitive_owner(view: View, noun: int, colon: int) -> Source | None:
    """The person or body named right after a statement noun (``Реакция Кремля:``, ``слова
    министра Сергея Лаврова:``): a name among the next few words before the colon."""
    for k in range(noun + 1, min(colon, noun + 5)):
        entity = view.entity_of_token[k]
        if entity is not None and entity.label in ("PER", "ORG"):
            if entity.label == "ORG" or view.case(k) in ("Gen", None) or declined(entity):
                return Source("phrase", entity.start, entity.end)
        if view.pos[k] not in ("NOUN", "ADJ", "PROPN"):
            return None
    return None


def direct_colon_before(view: View) -> Iterator[Candidate]:
    """X заявил: «…» / Песков: «…» / X выступил с заявлением: «…»."""
    for pair in view.spoken:
        o = view.token_at(pair.open)
        j = o - 1
        if j >= 0 and view.is_dash(j):
            j -= 1
        if j < 1 or view.low[j] != ":":
            continue
        lo = _intro_clause_start(view, j)
        if lo >= j:
            continue
        start, end = _quote_content(view, pair)
        found = colon_source(view, lo, j, start, end) if end > start else None
        if found is not None:
            yield Candidate(start, end, "direct", "direct_colon_before", *found)


def colon_source(view: View, lo: int, colon: int, start: int, end: int
                 ) -> tuple[tuple[int, int] | None, Source] | None:
    """``(cue, source)`` of the speech ``[start, end)`` after the colon at token ``colon``
    whose intro starts at ``lo``: the cue before it (``X заявил:``), a name ending the intro
    (``Песков:``, ``Вице-президент РАО Виктор Болотов:``), a person the intro's verb has as
    its subject, else — for four words or more — the speaker who goes on."""
    found = _colon_cue(view, lo, colon)
    if found is not None:
        return found
    speaker = _name_before_colon(view, lo, colon) or person_subject(view, lo, colon)
    if speaker is not None:
        return None, speaker
    if len(view.text[start:end].split()) >= 4:
        return None, Source("previous")
    return None


def person_subject(view: View, lo: int, colon: int, roles: bool = True) -> Source | None:
    """``Сам Белов оказался более дипломатичным: «…»``, ``На это отреагировал глава МИД Сергей
    Лавров: «…»``: the subject of the intro's first verb, before or after it, if it is a named
    person or (``roles``) a person's role (``Мэр обратился к жителям: «…»``) and the verb has
    no object the quotation could be (``Полицейские нашли записку: «…»``)."""
    finite = [k for k in range(lo, colon) if view.is_finite(k)]
    if not finite:
        return None
    found = subject_of(view, finite[0], lo, colon)
    if found is None or found.start is None:
        return None
    head = view.token_at(found.start)
    entity = view.entity_of_token[head]
    if entity is not None:
        return found if entity.label == "PER" else None
    role = roles and view.pos[head] == "NOUN" and view.feats[head].get("Animacy") == "Anim"
    return found if role and not any(view.pos[k] in ("NOUN", "PROPN") and view.case(k) == "Acc"
                                     for k in range(finite[0] + 1, colon)) else None


def direct_nested(view: View) -> Iterator[Candidate]:
    """A quote inside a quote with its own cue (GUIDELINE §2a): ``«Он мне сказал: „Я этого не
    делал“», — рассказала мать`` gives the inner quotation to its own speaker."""
    for outer in view.spoken:
        inside = view.token_at(outer.open) + 1
        for k in range(bisect_right(view.pair_opens, outer.open), len(view.pairs)):
            pair = view.pairs[k]
            if pair.open >= outer.close:
                break
            if pair.level == 0 or pair.close > outer.close:
                continue
            o = view.token_at(pair.open)
            j = o - 1
            if j >= inside and view.is_dash(j):
                j -= 1
            if j <= inside or view.low[j] != ":":
                continue
            lo = max(_intro_clause_start(view, j), inside)
            found = _colon_cue(view, lo, j) if lo < j else None
            start, end = _quote_content(view, pair)
            # only a speaker written inside the outer quotation (``Петров сказал мне:``)
            if found is not None and found[1].kind == "phrase" and end > start and \
                    speech_like(view, start, end):
                yield Candidate(start, end, "direct", "direct_nested", found[0], found[1],
                                may_nest=True)


def _speech_before(view: View, start: int, punct: int) -> tuple[int, int]:
    """The words from ``start`` to the punctuation token ``punct`` before an author's dash: a
    ``!``, ``?`` or ``…`` belongs to the speech, a comma does not."""
    if view.low[punct] in ("!", "?", "…"):
        return view.strip_span(start, view.tokens[punct].end)[0], view.tokens[punct].end
    return view.strip_span(start, view.tokens[punct].start)


def direct_dialogue(view: View) -> Iterator[Candidate]:
    """Dialogue lines with dashes instead of quotation marks: ``— Не знаю, — отрезал он.
    — Спросите у других.``: the words before the attribution, and those after it."""
    text = view.text
    n = len(view.tokens)
    for line_start in view.line_starts:
        t = view.token_starting_at_or_after(line_start)
        if t + 3 >= n or text[line_start:view.tokens[t].start].strip() or not view.is_dash(t):
            continue
        _, line_end = view.line_of(line_start)
        last = view.token_at(line_end) if line_end < len(text) else n
        k = t + 2
        while k < last - 1:
            if view.is_dash(k) and view.low[k - 1] in SPEECH_END_OR_STOP and k - 1 > t:
                v = k + 1
                while v < last and view.pos[v] == "ADV" and v - k < 3:
                    v += 1
                if v < last and view.cue_kind(v) in ("speech", "manner", "impersonal"):
                    break
            k += 1
        else:
            continue
        punct = k - 1
        start, end = _speech_before(view, view.tokens[t].end, punct)
        source = _source_after(view, v, last)
        if end > start:
            yield Candidate(start, end, "direct", "direct_dialogue", (v, v + 1), source)
        # ``…, — отрезал он. — Спросите у других.``: the same speaker goes on
        for m in range(v + 1, last - 1):
            if view.is_dash(m) and view.low[m - 1] in (".", ","):
                rest_start, rest_end = view.strip_span(view.tokens[m].end, line_end)
                if len(text[rest_start:rest_end].split()) >= 2:
                    yield Candidate(rest_start, rest_end, "direct", "direct_dialogue",
                                    (v, v + 1), source)
                break


def _name_before_colon(view: View, lo: int, colon: int) -> Source | None:
    """``Песков:``, ``Вице-президент РАО Виктор Болотов:``: a clause with no verb ending in a
    person's or organisation's name right before the colon; the name speaks. Or the name and
    where it spoke (``Сергей Лавров в интервью РБК:``)."""
    return _name_ending_intro(view, lo, colon) or _name_then_circumstance(view, lo, colon)


#: Longest verbless intro ``Имя … в интервью X:`` read as a speaker and a circumstance.
CIRCUMSTANCE_INTRO_MAX = 14


def _name_then_circumstance(view: View, lo: int, colon: int) -> Source | None:
    """``Сергей Лавров в интервью РБК:``, ``Глава МИД Сергей Лавров на пресс-конференции:``: a
    verbless intro with one person named, followed only by a prepositional phrase (where or
    to whom the words were said); the person speaks."""
    if colon - lo > CIRCUMSTANCE_INTRO_MAX or any(
            view.pos[k] in ("VERB", "AUX") for k in range(lo, colon)):
        return None
    people = {e for k in range(lo, colon)
              if (e := view.entity_of_token[k]) is not None and e.label == "PER"}
    if len(people) != 1:
        return None
    person = people.pop()
    first, after = view.token_at(person.start), view.token_at(person.end - 1) + 1
    if after >= colon or view.pos[after] != "ADP" or any(
            view.is_punct(k) and view.tokens[k].text not in OPENING_MARKS
            and view.tokens[k].text not in CLOSING_MARKS and not view.is_dash(k)
            for k in range(lo, colon)) or not all(
            view.pos[k] in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM")
            or view.is_punct(k) or view.entity_of_token[k] is not None
            for k in range(lo, colon)):
        return None
    return Source("phrase", person.start, person.end) if first >= lo else None


def _name_ending_intro(view: View, lo: int, colon: int) -> Source | None:
    entity = view.entity_of_token[colon - 1]
    if entity is None or entity.label not in ("PER", "ORG") or \
            view.tokens[colon - 1].end != entity.end or \
            entity.label == "ORG" and view.token_at(entity.start) != lo and any(
                view.low[k] == "," for k in range(lo, view.token_at(entity.start))):
        # (``Дмитрий Гудков, бывший депутат Госдумы:``: the body is the person's apposition)
        # ``Анна Иванова, директор школы:``, ``Иван Петров (глава компании):``: a verbless
        # intro naming one person, perhaps with a relative clause after the name
        # (``Пассажирка Наталья Курочкина, которая отделалась ушибами:``)
        colon = next((k for k in range(lo + 1, colon) if view.low[k - 1] == "," and
                      view.lemma[k] == "который"), colon)
        if any(view.pos[k] in ("VERB", "AUX") for k in range(lo, colon)):
            return None
        people = {view.entity_of_token[k] for k in range(lo, colon)
                  if view.entity_of_token[k] is not None and view.entity_of_token[k].label == "PER"}
        if len(people) != 1 or colon - lo > 12:
            return None
        person = people.pop()
        return Source("phrase", person.start, person.end)
    first = view.token_at(entity.start)
    if first != lo and (entity.label != "PER" or any(
            view.pos[k] in ("VERB", "AUX") or view.is_punct(k) and not view.is_dash(k)
            and view.tokens[k].text not in OPENING_MARKS and view.tokens[k].text not in CLOSING_MARKS
            for k in range(lo, first))):
        return None  # (a title in marks may stand in the role: ``Нападающий «Зенита» X:``)
    return Source("phrase", entity.start, entity.end)


def direct_cue_before(view: View) -> Iterator[Candidate]:
    """Марк закончил, сказав «…»: a cue verb right before the quotation."""
    for pair in view.spoken:
        o = view.token_at(pair.open)
        j = o - 1
        if j >= 0 and (view.low[j] == "," or view.is_dash(j)):
            j -= 1
        if j < 0 or view.cue_kind(j) not in ("speech", "gerund"):
            continue
        if "\n" in view.text[view.tokens[j].end:pair.open]:
            continue
        after = view.token_at(pair.close) + 1
        if after < len(view.tokens) and view.pos[after] in ("NOUN", "ADJ") and \
                (view.pos[after - 2] == "ADJ" or view.verb_form(after - 2) == "Part") and \
                view.tokens[after].start == pair.close + 2:
            continue  # ``пообещали «изоляционные» встречи``: an adjective of a noun phrase
        a, b = view.sentence(j)
        start, end = _quote_content(view, pair)
        if after < b and not view.is_punct(after) and len(view.text[start:end].split()) <= 3 \
                and any(view.pos[k] == "NOUN" for k in range(o + 1, after - 1)) \
                and not any(view.is_finite(k) for k in range(o + 1, after - 1)):
            continue  # ``предсказали «тяжелые времена» для Европы``: a phrase the verb takes
            # as its object, the sentence going on after it
        if end > start and speech_like(view, start, end):
            yield Candidate(start, end, "direct", "direct_cue_before", (j, j + 1),
                            anchor_source(view, j, a, o))


def direct_signature(view: View) -> Iterator[Candidate]:
    """A quotation paragraph signed on the next line: «…»\\n— Татьяна Скригонюк, ..."""
    text = view.text
    for pair in view.spoken:
        line_start, line_end = view.line_of(pair.open)
        if pair.open - line_start > 8 or line_end - pair.close > 8 or \
                text[line_start:pair.open].strip() or text[pair.close + 1:line_end].strip(" .!?…"):
            continue
        k = line_end
        while k < len(text) and text[k] in "\n \t\u00a0":
            k += 1
        if k >= len(text):
            continue
        dashed = text[k] in DASHES
        t = view.token_starting_at_or_after(k + 1 if dashed else k)
        if t < len(view.tokens):
            entity = view.entity_of_token[t]
            if entity is not None and entity.label == "PER" and \
                    not text[k + dashed:entity.start].strip() and \
                    (dashed or signature_line(view, entity)):
                start, end = _quote_content(view, pair)
                yield Candidate(start, end, "direct", "direct_signature", None,
                                Source("phrase", entity.start, entity.end))


#: Words an undashed signature may hold after the name (``, министр иностранных дел России``).
SIGNATURE_WORDS = 12


def signature_line(view: View, entity, max_words: int | None = SIGNATURE_WORDS) -> bool:
    """Is the line of a person's name a signature: the name alone, or with an apposition
    after a comma (of at most ``max_words`` words) and no verb (``Сергей Лавров, министр
    иностранных дел России``)?"""
    _, line_end = view.line_of(entity.start)
    rest = view.text[entity.end:line_end].strip()
    if rest and not rest.startswith(",") or "?" in rest:
        return False  # ``– Максим Валентинович, почему …?``: a question to the person
    last = view.token_at(line_end) if line_end < len(view.text) else len(view.tokens)
    return (max_words is None or len(rest.split()) <= max_words) and not any(
        view.is_finite(k) for k in range(view.token_at(entity.end), last))


def direct_standalone(view: View) -> Iterator[Candidate]:
    """A whole sentence in quotation marks with no cue, continuing the last speaker
    (``«…», — сказал X. «Второй абзац его речи.»``)."""
    text = view.text
    for pair in view.spoken:
        before = text[max(0, pair.open - 20):pair.open].rstrip(" \t\u00a0")
        if before[-1:] in ("—", "–") and before[:-1].rstrip(" \t\u00a0")[-1:] in (
                ".", "!", "?", "…"):
            before = before[:-1].rstrip(" \t\u00a0")  # ``… на пресс-конференции. – «B»``
        if before and before[-1] not in ".!?…\n»”\"":
            continue
        k = pair.close + 1
        while k < len(text) and text[k] in ".!?…":
            k += 1
        rest = text[k:k + 2].lstrip(" \t\u00a0")
        if rest and not (rest[0] == "\n" or rest[0].isupper() or rest[0] in OPENING_MARKS):
            continue
        start, end = _quote_content(view, pair)
        words = text[start:end].split()
        if len(words) < 3:
            continue
        t0, t1 = view.token_at(start), view.token_at(end - 1) + 1
        if not any(view.feats[k].get("VerbForm") == "Fin"  # any person: ``Мы победим``
                   for k in range(t0, min(t1, len(view.tokens)))) and len(words) < 8:
            continue
        yield Candidate(start, end, "direct", "direct_standalone", None,
                        _teller_before(view, view.token_at(pair.open)) or Source("previous"))


def _teller_before(view: View, first: int) -> Source | None:
    """``Схожую историю рассказала их соседка.⏎«Уже к подъезду подошла …»``, ``Туск обратился
    к нации.⏎«…»``: the sentence before a quotation with no cue names who tells or addresses
    somebody with a speech verb and only a noun phrase (no words of its own to quote): that
    subject speaks. None when there is none."""
    if first == 0:
        return None
    a, b = view.sentence(first - 1)
    for verb in range(a, b):
        if (view.cue_kind(verb) in ("speech", "manner") or view.lemma[verb] in ADDRESSING_VERBS) \
                and view.is_finite(verb) and not own_words_after(view, verb) and \
                view.low[verb + 1:verb + 2] != [","]:  # ``Психолог раскритиковала тенденцию``
            found = subject_left(view, verb, a) or subject_right(view, verb, b)
            if found is not None and found.kind == "phrase":
                return found
    return None
