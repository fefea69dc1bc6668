"""Speech after a colon that lost its quotation marks (GUIDELINE §2a): ``Министр отметил:``
and the paragraph (or paragraphs, one speaker) after it, or ``X заявил: текст`` to the end of
the sentence. The cue before the colon is found as for ``direct_colon_before``."""

from __future__ import annotations

from typing import Iterator

from ..cues import DASHES
from ..objects import ADDRESSING_VERBS
from ..sources import Source
from ..view import OPENING_MARKS, View, verb_reading
from .candidate import Candidate
from .clauses import first_person, last_word, own_words_after, source_marker_opens
from .direct import (_colon_cue, _intro_clause_start, _name_before_colon,
                     _name_then_circumstance, person_subject)


def _next_paragraph(view: View, char: int) -> tuple[int, int] | None:
    """``[start, end)`` of the first non-blank line after the line holding ``char``."""
    _, line_end = view.line_of(char)
    k = line_end
    text = view.text
    while k < len(text):
        start, end = view.line_of(k + 1) if text[k] == "\n" else view.line_of(k)
        if text[start:end].strip():
            return start, end
        if end >= len(text) or end <= k:
            return None
        k = end
    return None


def _speech_paragraphs(view: View, block: tuple[int, int]) -> tuple[int, int]:
    """The speech block after ``Министр отметил:`` runs over the next paragraphs while they
    speak in the first person with no cue of their own (GUIDELINE §2a: one speaker, several
    paragraphs); narration in the third person ends it."""
    start, end = block
    while True:
        nxt = _next_paragraph(view, end - 1)
        if nxt is None or not first_person(view, *nxt) or any(
                view.cue_kind(k) is not None for k in range(view.token_at(nxt[0]),
                                                            view.token_at(nxt[1] - 1) + 1)):
            return start, end
        end = nxt[1]


def _person_subject_speaking(view: View, lo: int, colon: int, start: int,
                             end: int) -> Source | None:
    """``Сам Белов оказался более дипломатичным:`` and a paragraph in the first person, or
    ``Путин обратился к участникам форума:`` and a paragraph that is a sentence (the marks of
    ``direct_colon_before``'s quotation lost): a person named as the subject of the line's
    verb, before or after it, speaks the paragraph. The first person, or a verb of addressing,
    tells speech from a list or narration (``Губернатор приехал на завод:⏎Рабочие …``)."""
    verb = next((k for k in range(lo, colon) if view.is_finite(k)), None)
    if verb is None or _opens_with_item(view, start, end):
        return None
    if not first_person(view, start, end) and not (
            view.lemma[verb] in ADDRESSING_VERBS and _first_sentence_is_clause(view, start)):
        return None
    return person_subject(view, lo, colon, roles=False)


def _first_sentence_is_clause(view: View, start: int) -> bool:
    """Does the block at character ``start`` open with a sentence (``Форум стал площадкой
    для диалога.``), not a list (``Иванов, Петров и Сидоров.``)?"""
    first = view.token_at(start)
    _, b = view.sentence(first)
    return _clause(view, first, last_word(view, first, b))


def _opens_with_item(view: View, start: int, end: int) -> bool:
    """A block whose first line is an item (``— выплаты семьям;``, ``1. …``)."""
    head = view.text[start:end].lstrip()
    return head[:1] in DASHES or head[:1].isdigit() or head[:1] in "•*"


def clause_predicate(view: View, k: int) -> bool:
    """A clause's predicate: a finite verb in any person or mood (speech is often ``мы
    будем``, ``давайте``) or a short form (``Мы готовы``, ``Решение принято``), so the words
    after a colon are a clause, not a list."""
    f = view.feats[k]
    return view.pos[k] in ("VERB", "AUX") and f.get("VerbForm") == "Fin" or \
        f.get("Variant") == "Short"


def _clause(view: View, first: int, last: int) -> bool:
    """Do the words ``[first, last]`` after a colon make a sentence (speech), not a list? A
    predicate (``Мы готовы``), an infinitive (``Пока рано об этом говорить``), a verb the
    tagger read as a noun (``Гололедица продержится``), or a spaced dash after a word, the
    copula of a verbless sentence (``Марс — следующий рубеж``), ``это`` opening one (``Это
    большой день``), or an exclamation (``Позор!``)."""
    if view.low[first] == "это" and first < last and view.pos[first + 1] in (
            "NOUN", "PROPN", "ADJ", "DET", "ADV", "NUM") or \
            last + 1 < len(view.tokens) and view.low[last + 1] == "!":
        return True
    for k in range(first, last + 1):
        if clause_predicate(view, k) or view.feats[k].get("VerbForm") == "Inf":
            return True
        if view.pos[k] == "NOUN" and view.tokens[k].text.lower().endswith(("тся", "ться")) \
                and verb_reading(view.tokens[k].text) is not None:
            return True
        if first < k < last and view.is_dash(k) and \
                view.pos[k - 1] in ("NOUN", "PROPN", "PRON", "ADJ") and \
                view.tokens[k].start > view.tokens[k - 1].end:
            return True
    return False


def _vocative_then_clause(view: View, b: int, line_end: int) -> bool:
    """``сказал: Уважаемые жители! Считаю необходимым …``: an address ending in ``!`` opens
    the speech when the next sentence of the line is one."""
    if b >= len(view.tokens) or view.low[b - 1] != "!" or view.tokens[b].start >= line_end:
        return False
    a2, b2 = view.sentence(b)
    return _clause(view, a2, last_word(view, a2, b2))


def _speech_goes_on(view: View, b: int, line_end: int, last: int) -> int:
    """The last token of speech that lost its marks after ``X сказал: Мы готовы.``: a
    capital after the colon opened a quotation, which runs on over the next sentences of the
    line (``Но не любой ценой.``) until one reports speech itself or opens with a source
    marker."""
    while b < len(view.tokens) and view.tokens[b].start < line_end:
        a, b_next = view.sentence(b)
        if source_marker_opens(view, a) or any(
                view.cue_kind(k) in ("speech", "impersonal", "passive") for k in range(a, b_next)):
            break  # ``По его словам, …`` is reported by the narration again
        last = last_word(view, a, b_next)
        b = b_next
    return last


def direct_colon_block(view: View) -> Iterator[Candidate]:
    """Speech after a colon that lost its quotation marks (GUIDELINE §2a): ``Министр
    отметил:`` and the next paragraph, or ``X заявил: текст`` to the end of the sentence."""
    text = view.text
    n = len(view.tokens)
    for j in range(1, n):
        if view.inside_quote(j) or view.low[j] != ":" and not (
                # ``Лавров подчеркнул — мы готовы к диалогу``: a dash for the lost colon
                view.is_dash(j) and view.is_finite(j - 1) and
                view.cue_kind(j - 1) in ("speech", "manner") and
                "\n" not in text[view.tokens[j].end:view.tokens[min(j + 1, n - 1)].start]):
            continue
        after = j + 1
        if after < n and view.tokens[after].text in OPENING_MARKS and \
                view.pair_by_open.get(view.tokens[after].start) is not None:
            continue  # a quotation: ``direct_colon_before``
        lo = _intro_clause_start(view, j)
        if lo >= j:
            continue
        colon_end = view.tokens[j].end
        _, line_end = view.line_of(colon_end)
        if text[colon_end:line_end].strip():
            # the same line: to the end of the sentence, a clause of its own
            if after >= n or view.is_dash(after) and after + 1 >= n:
                continue
            first = after + 1 if view.is_dash(after) else after
            _, b = view.sentence(first)
            last = last_word(view, first, b)
            if not _clause(view, first, last) and not _vocative_then_clause(view, b, line_end) \
                    and not (view.tokens[first].text[:1].isupper() and first_person(
                        view, view.tokens[first].start, view.tokens[last].end)):
                continue  # (``написал: Я в шоке от новостей``: no verb, but the first person)
            if view.tokens[first].text[:1].isupper():
                last = _speech_goes_on(view, b, line_end, last)
            start, end = view.strip_span(view.tokens[first].start, view.tokens[last].end)
            if view.text[start:start + 1] in OPENING_MARKS:
                continue
        else:
            block = _next_paragraph(view, colon_end)
            if block is None:
                continue
            block = _speech_paragraphs(view, block)
            start, end = view.strip_span(*block)
            if text[start:start + 1] in OPENING_MARKS or text[start:start + 1] in DASHES:
                start, end = view.strip_span(start + 1, end)
            while end > start and text[end - 1] in "»\"“”":
                end -= 1
            end = view.strip_span(start, end)[1]
        if len(text[start:end].split()) < 2:
            continue
        found = _colon_cue(view, lo, j)
        if found is None:
            # ``Песков:`` / ``Анна Иванова:`` alone before the block
            named = _name_before_colon(view, lo, j)
            same_line = bool(text[colon_end:line_end].strip())
            if named is None and not same_line:
                named = _person_subject_speaking(view, lo, j, start, end)
            if same_line and named is not None and text[start:start + 1].isupper() and \
                    _name_then_circumstance(view, lo, j) is not None:
                # ``Эндрю Куомо на пресс-конференции: Мы не можем ждать.``: a person and where
                # the words were said, then the capitalised words on the same line
                yield Candidate(start, end, "direct", "direct_colon_block", None, named)
                continue
            if named is None or same_line:
                continue
            found = (None, named)
        elif text[colon_end:line_end].strip() and any(
                view.cue_kind(k) == "speech" and (
                    own_words_after(view, k) or view.is_finite(k) and
                    view.low[k - 1] in ("он", "она", "они"))
                for k in range(after, view.sentence(after)[1])):
            # ``X ответило на выпад: СМИ сообщили, что …``, ``Небензя объяснил, почему …: он
            # заявил о …``: narration with its own cue
            continue
        elif text[colon_end:line_end].strip() and found[0] is not None and any(
                view.low[k] == "что" and view.low[k - 1] == "," for k in range(found[0][1], j)) \
                and not (text[start:start + 1].isupper() and first_person(view, start, end)):
            # ``X отметил, что проблема в цене: котёл стоит …``: inside the clause; but ``…,
            # что назвали его случайно: Мои родители …`` is the speaker's own words
            continue
        yield Candidate(start, end, "direct", "direct_colon_block", found[0], found[1])
