"""Ordered, named quote rules. Each rule proposes candidate quotes; earlier rules win overlaps.

A rule is a function from a document ``View`` to ``Candidate`` quotes, registered in
``RULES`` with a name (stored in ``Quote.rule``) and a one-line description. The order of
``RULES`` is the priority: ``extract.select`` keeps a candidate unless it overlaps one kept
from an earlier rule (a cue inside an indirect clause with its own subject may nest).
To add a pattern, write a function here and put a ``Rule`` row in ``RULES`` at the right place;
``rusnews_nlp.quotes.trace(doc)`` shows which rule proposed, kept or dropped what.

Vocabulary: an *anchor* is a reporting word outside quotation marks (``cues.py`` decides what
reports); a *``что`` clause* is the content clause after it; the *source* says where the
speaker phrase is (``sources.py``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, Iterator

from ..cues import (
    BACK_REFERENCE_DEMONSTRATIVES, BACK_REFERENCE_NOUNS, BACK_REFERENCE_VERBS, CLAUSE_CONJUNCTIONS,
    COLON_CUE_NOUNS, CONTAINING_VERBS, FINDING_VERBS, IDIOMATIC_IMPERSONAL, INFORMATION_NOUNS,
    MARKER_NOUNS, NEWS_VERBS, QUESTION_VERBS, SOURCE_MARKERS, SPEECH_VERBS, SUBORDINATORS,
)
from ..sources import (
    SCAN_TOKENS, POSSESSIVE_PRONOUNS, Source, genitive_after, location_source, main_subject, message_source,
    object_right, participle_head, subject_left, subject_right,
)
from ..view import CLOSING_MARKS, OPENING_MARKS, View


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed quote: character span, type, cue token range and how to find the speaker."""

    start: int
    end: int
    type: str
    rule: str
    cue: tuple[int, int] | None
    source: Source
    #: an indirect quote with its own written subject may sit inside another quote
    #: (``Марк отметил, что рабочие рассказали им, что ...``)
    may_nest: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    find: Callable[[View], Iterator[Candidate]]


# --------------------------------------------------------------------------- shared helpers

#: A content clause is cut after this many tokens (a safety bound: news clauses are far
#: shorter, and it keeps the rules linear on pathological input).
MAX_CLAUSE_TOKENS = 400

def anchors(view: View) -> list[int]:
    """Reporting words outside quotation marks, in text order (cached on the view)."""
    cached = getattr(view, "_anchors", None)
    if cached is None:
        cached = [i for i in range(len(view.tokens))
                  if view.cue_kind(i) not in (None, "manner") and not view.inside_quote(i)]
        view._anchors = cached  # type: ignore[attr-defined]
    return cached


def that_clause(view: View, verb: int) -> int | None:
    """Index of the ``что`` opening the content clause of ``verb`` (``заявил, что``,
    ``напомнил о том, что``, ``рассказал Макрону, что``, ``выразил уверенность, что``)."""
    _, b = view.sentence(verb)
    j = verb + 1
    while j < b and j - verb <= 16:
        low = view.low[j]
        if low in ("что", "будто"):
            if view.low[j - 1] != "," or j + 1 >= b:
                return None
            if view.lemma[j + 1] in QUESTION_VERBS:
                return None  # embedded question: ``пояснить, что означает``
            return j
        if low in ("чтобы", ":", ";") or view.ends_sentence(j):
            return None
        if low == ",":
            # only a short parenthetical may stand between the cue and ``что``
            # (``заявил, в частности, что``); another comma starts another clause
            after = view.low[j + 1] if j + 1 < b else None  # a comma may end the text
            k = j + 1
            while k < b and k - j <= 4 and view.low[k] != ",":
                k += 1
            if k >= b or view.low[k] != "," or k - j > 4 or after == "что":
                if after != "что":
                    return None
            else:
                j = k
                continue
        if view.tokens[j].text in OPENING_MARKS:
            # a title between the cue and ``что`` (``подтвердил «Ведомостям», что``)
            pair = view.pair_by_open.get(view.tokens[j].start)
            close = view.token_at(pair.close) if pair is not None else j
            if pair is None or close - j > 6 or close >= b:
                return None
            j = close + 1
            continue
        if view.is_dash(j) and view.tokens[j].text != "-":
            return None
        if j > verb + 1 and (view.is_finite(j) or view.cue_kind(j) is not None):
            return None
        j += 1
    return None


def speech_in_quotes(view: View, start: int, end: int) -> bool:
    """Does ``[start, end)`` hold quoted *words* (not a title like ``«Союз ТМА-12»``)?"""
    for k in range(bisect_left(view.pair_opens, start), len(view.pairs)):
        pair = view.pairs[k]
        if pair.open >= end:
            break
        if pair.close >= end:
            continue
        content = view.text[pair.open + 1:pair.close].strip()
        words = content.split()
        if words and (content[0].islower() or len(words) >= 4):
            return True
    return False


def _connector_before(view: View, token: int, first: int) -> int | None:
    """If the cue at ``token`` is coordinated with what precedes (``, отметив``, ``и
    подчеркнул``, ``, а Россия уверена``, ``, однако эксперты сомневаются``), the index where
    the earlier clause ends (the comma or the conjunction)."""
    def back_over_adverbs(j: int) -> int:
        while j > first and view.pos[j] == "ADV" and view.low[j] not in CLAUSE_CONJUNCTIONS:
            j -= 1
        return j

    j = back_over_adverbs(token - 1)
    if view.cue_kind(token) == "gerund" and view.low[j] == ",":
        return j
    if view.low[j] in CLAUSE_CONJUNCTIONS and view.pos[j] in ("CCONJ", "ADV", "PART", "SCONJ"):
        return j - 1 if view.low[j - 1] == "," else j
    found = subject_left(view, token, first)
    if found is not None and found.start is not None:
        u = back_over_adverbs(view.token_at(found.start) - 1)
        if u > first and view.low[u] in CLAUSE_CONJUNCTIONS:
            return u - 1 if view.low[u - 1] == "," else u
        if u > first and view.low[u] == ",":
            return u  # ``…, эксперты сомневаются``: a new clause with its own subject
    return None


def _trailing_attribution(view: View, comma: int, stop: int) -> bool:
    """``..., сообщает «Лента.ру»`` / ``..., — сказал он`` closing the sentence at ``comma``."""
    j = comma + 1
    if j < stop and view.is_dash(j):
        j += 1
    if j >= stop or view.cue_kind(j) not in ("speech", "impersonal"):
        return False
    if view.quoting(j):
        return object_right(view, j, stop) is not None
    found = subject_right(view, j, stop)
    if found is None or found.end is None:
        return view.cue_kind(j) == "impersonal"
    return _only_tail(view, view.token_at(found.end - 1) + 1, stop)


def _only_tail(view: View, k: int, stop: int) -> bool:
    """Nothing but circumstances after a post-verbal source (``в понедельник``, ``на встрече
    с ...``, ``, которого цитирует РБК``) up to the sentence end."""
    relative = False
    stop = min(stop, k + 2 * SCAN_TOKENS)
    while k < stop:
        low = view.low[k]
        if view.lemma[k] == "который":
            relative = True
        if view.tokens[k].start in view.pair_by_close:
            k += 1  # the closing mark of a title (``пишет "Коммерсантъ"``)
            continue
        if low == "что" or view.tokens[k].text in OPENING_MARKS and not relative:
            pair = view.pair_by_open.get(view.tokens[k].start)
            if low == "что" or pair is None:
                return False
            k = view.token_at(pair.close) + 1
            continue
        if view.is_finite(k) and not relative:
            return False
        k += 1
    return True


def _stop_table(view: View) -> tuple[list[int], list[str | None], list[int | None]]:
    """Where content clauses may end, computed once per document.

    ``kind[i]`` is ``end`` (a trailing attribution's comma, a colon opening a quotation, a
    sentence end razdel missed) or ``cue`` (a coordinated cue with its own clause, which ends
    the clause before it at ``cut[i]``); ``next_stop[i]`` is the first stop at or after ``i``.
    One pass, so finding a clause end is a few jumps, never a rescan.
    """
    cached = getattr(view, "_stop_table", None)
    if cached is not None:
        return cached
    n = len(view.tokens)
    kind: list[str | None] = [None] * n
    cut: list[int | None] = [None] * n
    for i in range(n):
        low = view.low[i]
        final = view.is_final_punct(i)
        if low != "," and not final and view.cue_kind(i) is None:
            continue
        if view.inside_quote(i):
            continue
        a, b = view.sentence(i)
        if final and low != ":" and i + 1 < n and view.tokens[i + 1].text in OPENING_MARKS:
            kind[i] = "end"  # ``…8,2 G. «Для меня…»``: a sentence end razdel did not see
        elif low == ":":
            nxt = i + 1
            if nxt < n and view.is_dash(nxt):
                nxt += 1
            if nxt >= b or nxt >= n or view.tokens[nxt].text in OPENING_MARKS or \
                    "\n" in view.text[view.tokens[i].end:view.tokens[nxt].start]:
                kind[i] = "end"
        elif low == ",":
            if _trailing_attribution(view, i, b):
                kind[i] = "end"
        else:
            connector = _connector_before(view, i, a)
            if that_clause(view, i) is not None or _colon_quote_after(view, i) or (
                    connector is not None and view.low[connector] == ","):
                # a cue with its own clause, or a new main clause with its own cue
                # (``…, однако эксперты сомневаются в этом``)
                kind[i] = "cue"
                cut[i] = connector
    next_stop = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_stop[i] = i if kind[i] is not None else next_stop[i + 1]
    table = (next_stop, kind, cut)
    view._stop_table = table  # type: ignore[attr-defined]
    return table


def _extend_over_quotations(view: View, first: int, end_tok: int) -> int:
    """A quotation opened in the clause and closed after its sentence carries the clause on
    to the sentence where it closes (razdel may split inside quotation marks)."""
    start_char = view.tokens[first].start
    for _ in range(4):
        end_char = view.tokens[end_tok - 1].end
        k = bisect_right(view.outer_opens, end_char - 1) - 1
        if k < 0:
            break
        pair = view.outer[k]
        if pair.open < start_char or pair.close < end_char:
            break
        close = view.token_at(pair.close)
        if close >= len(view.tokens):
            break
        end_tok = min(max(end_tok, view.sentence(close)[1]), close + MAX_CLAUSE_TOKENS)
    return end_tok


def clause_end(view: View, first: int, stop: int, anchor: int | None = None) -> int:
    """Character end of the clause starting at token ``first`` (final punctuation excluded).

    The clause runs to the sentence end (token ``stop``, exclusive) — further if a quotation
    opened in it closes later — but stops before a coordinated cue with its own clause
    (``..., отметив, что``), a trailing attribution (``..., сообщает РИА «Новости»``) and a
    colon that opens a quotation (see ``_stop_table``).
    """
    end_tok = min(stop, first + MAX_CLAUSE_TOKENS)
    if end_tok <= first:
        return view.tokens[first].start
    end_tok = _extend_over_quotations(view, first, end_tok)
    next_stop, kind, cut = _stop_table(view)
    k = next_stop[first]
    while k < end_tok:
        if kind[k] == "end":
            end_tok = k
            break
        c = cut[k]
        if k > first and k != anchor and c is not None and c > first:
            end_tok = c
            break
        k = next_stop[k + 1]
    if anchor is not None and _in_fronted_clause(view, anchor):
        for i in range(first, end_tok):
            if view.low[i] == "," and _main_clause_after(view, i, end_tok):
                end_tok = i
                break
    if end_tok <= first:
        return view.tokens[first].start
    start = view.tokens[first].start
    end = view.tokens[end_tok - 1].end
    return view.strip_span(start, end)[1]


def _in_fronted_clause(view: View, anchor: int) -> bool:
    """Is the cue inside a sentence-initial subordinate clause (``Поскольку … заявило``)?"""
    a, _ = view.sentence(anchor)
    k = a + 1 if view.low[a] in CLAUSE_CONJUNCTIONS and a + 1 < anchor else a
    return anchor - k < SCAN_TOKENS and view.lemma[k] in SUBORDINATORS and not any(
        view.low[j] == "," for j in range(k, anchor))


def _main_clause_after(view: View, comma: int, stop: int) -> bool:
    """After ``comma``, a subject and its finite verb: the main clause begins."""
    k = comma + 1
    if k >= stop or not (view.pos[k] in ("NOUN", "PROPN", "PRON")
                         and view.case(k) in ("Nom", None)):
        return False
    for j in range(k + 1, min(stop, k + 6)):
        if view.low[j] == ",":
            return False
        if view.is_finite(j):
            return True
    return False


def _colon_quote_after(view: View, verb: int) -> bool:
    """``... и добавил: «...»``: the cue opens a direct quotation after a colon."""
    _, b = view.sentence(verb)
    for j in range(verb + 1, min(b, verb + 6)):
        if view.low[j] == ":":
            return j + 1 < len(view.tokens) and view.tokens[j + 1].text in OPENING_MARKS
    return False


def anchor_source(view: View, verb: int, lo: int, hi: int) -> Source:
    """Where the speaker of the cue ``verb`` is written (see ``sources.Source``)."""
    kind = view.cue_kind(verb)
    if view.quoting(verb):
        found = object_right(view, verb, hi)
        if found is not None:
            return found
    if view.lemma[verb] in NEWS_VERBS:
        # ``в Кремле появилась информация`` names a body; ``в соцсетях / СМИ`` nobody
        found = location_source(view, lo, verb)
        if found is not None and found.start is not None and view.entity_of_token[
                view.token_at(found.start)] is not None:
            return found
        return Source("unnamed")
    if view.lemma[verb] in FINDING_VERBS:
        # ``Опрос ВЦИОМ показал`` -> ВЦИОМ; ``Данные свидетельствуют`` -> nobody named
        found = subject_left(view, verb, lo)
        if found is not None and found.start is not None:
            for k in range(view.token_at(found.start), verb):
                entity = view.entity_of_token[k]
                if entity is not None and entity.label in ("ORG", "PER"):
                    return Source("phrase", entity.start, entity.end)
        return Source("unnamed")
    if kind in ("impersonal", "passive"):
        found = message_source(view, lo, hi) or location_source(view, lo, verb)
        return found or Source("unnamed")
    found = subject_left(view, verb, lo)
    if found is None:
        found = subject_right(view, verb, hi)
    if found is not None:
        return found
    verb_feats = view.feats[verb]
    j = verb - 1
    while j >= lo and view.pos[j] == "ADV":
        j -= 1
    if kind == "participle":
        found = participle_head(view, verb, lo)
        if found is not None:
            return found
    if kind in ("gerund", "participle") or j >= lo and view.low[j] in ("и", "а", "но", ","):
        return main_subject(view, lo, verb) or Source("same")
    if verb_feats.get("Number") == "Plur":
        return location_source(view, lo, hi) or Source("unnamed")
    return Source("zero", gender=verb_feats.get("Gender"), number=verb_feats.get("Number"))


# --------------------------------------------------------------------------- direct quotes


def _inner_attributions(view: View, pair) -> list[tuple[int, int, int]]:
    """``«A, — сказал он, — B»``: (first dash, cue verb, second dash) token triples."""
    first = view.token_at(pair.open) + 1
    last = view.token_at(pair.close)
    found = []
    i = first + 1
    while i < last:
        if view.is_dash(i) and view.low[i - 1] in (",", ".", "!", "?", "…") and i + 1 < last:
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


def _strip_space(view: View, start: int, end: int) -> tuple[int, int]:
    text = view.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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


def _quote_content(view: View, pair) -> tuple[int, int]:
    return _strip_space(view, pair.open + 1, pair.close)


def opens_clause(view: View, pair) -> bool:
    """Does the quotation stand where a sentence or a clause of speech starts (not a title or
    scare quote inside narration: ``держать в «известном напряжении»``)?"""
    before = view.text[max(0, pair.open - 40):pair.open].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?…:;\n»“”\"—–-("


def speech_like(view: View, start: int, end: int) -> bool:
    """Quoted words rather than a name: lower-case start or at least four words."""
    content = view.text[start:end]
    words = [w for w in content.split() if any(c.isalnum() for c in w)]
    return bool(words) and (content[:1].islower() or len(words) >= 4)


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
        punctuated = False
        if j < n and view.low[j] in (",",):
            j += 1
            punctuated = True
        if j < n and view.is_dash(j):
            j += 1
            punctuated = True
        while j < n and view.pos[j] in ("ADV", "PART") and j - c <= 4:
            j += 1  # ``— коротко ответил он``, ``— также сказал он``
        if j + 2 < n and view.lemma[j] in BACK_REFERENCE_DEMONSTRATIVES and view.low[j] != "это" \
                and view.lemma[j + 1] in BACK_REFERENCE_NOUNS and \
                view.lemma[j + 2] in BACK_REFERENCE_VERBS and view.is_finite(j + 2):
            j += 2  # ``«…», — такое заявление сделал X``
        if j >= n or j - c > 7 or "\n" in view.text[pair.close:view.tokens[j].start]:
            continue
        if not (view.cue_kind(j) in ("speech", "impersonal", "stance", "manner", "passive")
                or view.quoting(j) or view.lemma[j] in BACK_REFERENCE_VERBS and
                view.lemma[j - 1] in BACK_REFERENCE_NOUNS):
            continue
        _, hi = view.sentence(j)
        start, end = _quote_content(view, pair)
        if end > start and (punctuated or speech_like(view, start, end)):
            yield Candidate(start, end, "direct", "direct_cue_after", (j, j + 1),
                            _source_after(view, j, hi))


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
        finite = [k for k in range(lo, verb) if view.is_finite(k)]
        if not finite:
            return None
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
        if end <= start:
            continue
        found = _colon_cue(view, lo, j)
        if found is not None:
            yield Candidate(start, end, "direct", "direct_colon_before", found[0], found[1])
            continue
        named = _name_before_colon(view, lo, j)
        if named is not None:  # ``Песков: «…»``, ``Вице-президент РАО Виктор Болотов: «…»``
            yield Candidate(start, end, "direct", "direct_colon_before", None, named)
            continue
        # ``Сам Белов оказался более дипломатичным: «…»``: a person is the subject
        finite = [k for k in range(lo, j) if view.is_finite(k)]
        if finite:
            found_subject = subject_left(view, finite[0], lo)
            if found_subject is not None and found_subject.start is not None:
                ent = view.entity_of_token[view.token_at(found_subject.start)]
                if ent is not None and ent.label == "PER":
                    yield Candidate(start, end, "direct", "direct_colon_before", None,
                                    found_subject)
                    continue
        if len(view.text[start:end].split()) >= 4:
            yield Candidate(start, end, "direct", "direct_colon_before", None, Source("previous"))


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
            if view.is_dash(k) and view.low[k - 1] in (",", "!", "?", "…", ".") and k - 1 > t:
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
    person's or organisation's name right before the colon; the name speaks."""
    entity = view.entity_of_token[colon - 1]
    if entity is None or entity.label not in ("PER", "ORG") or \
            view.tokens[colon - 1].end != entity.end:
        # ``Анна Иванова, директор школы:``, ``Иван Петров (глава компании):``: a verbless
        # intro naming one person
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
            for k in range(lo, first))):
        return None
    return Source("phrase", entity.start, entity.end)


def direct_lost_marks(view: View) -> Iterator[Candidate]:
    """``Мы готовы. Мы ждем ответа, — сказал Лавров.``: the comma (or ``?``, ``!``) and dash
    before the author's words mark direct speech, whose quotation marks were lost; the speech
    runs from the start of its paragraph (or from the previous attribution in it)."""
    text = view.text
    n = len(view.tokens)
    line_from = -1
    for verb in range(2, n):
        dash = verb - 1
        if not view.is_dash(dash) or view.low[dash - 1] not in (",", "!", "?", "…"):
            continue
        if view.cue_kind(verb) not in ("speech", "manner") or view.inside_quote(verb):
            continue
        punct = dash - 1
        line_start, _ = view.line_of(view.tokens[punct].start)
        first = view.token_starting_at_or_after(line_start)
        if line_from >= first:
            first = line_from  # after the previous attribution on this line
        if first >= punct or view.is_dash(first) and view.token_starting_at_or_after(
                line_start) == first:
            continue  # dialogue lines: ``direct_dialogue``
        if any(c in text[view.tokens[first].start:view.tokens[punct].start] for c in "«»„“”\""):
            continue  # quotation marks are there: the direct rules
        start, end = _speech_before(view, view.tokens[first].start, punct)
        _, b = view.sentence(verb)
        source = _source_after(view, verb, b)
        if end > start and len(text[start:end].split()) >= 2:
            yield Candidate(start, end, "direct", "direct_lost_marks", (verb, verb + 1), source)
        k = verb + 1
        while k < n and not view.ends_sentence(k) and k - verb < SCAN_TOKENS:
            k += 1
        line_from = k + 1


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


def direct_colon_block(view: View) -> Iterator[Candidate]:
    """Speech after a colon that lost its quotation marks (GUIDELINE §2a): ``Министр
    отметил:`` and the next paragraph, or ``X заявил: текст`` to the end of the sentence."""
    text = view.text
    n = len(view.tokens)
    for j in range(1, n):
        if view.low[j] != ":" or view.inside_quote(j):
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
            last = b - 1
            while last > first and view.is_final_punct(last):
                last -= 1
            if not any(view.is_finite(k) for k in range(first, last + 1)):
                continue
            start, end = view.strip_span(view.tokens[first].start, view.tokens[last].end)
            if view.text[start:start + 1] in OPENING_MARKS:
                continue
        else:
            block = _next_paragraph(view, colon_end)
            if block is None:
                continue
            start, end = view.strip_span(*block)
            if text[start:start + 1] in OPENING_MARKS or text[start:start + 1] in "—–-":
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
            if named is None or text[colon_end:line_end].strip():
                continue
            found = (None, named)
        elif text[colon_end:line_end].strip() and any(
                view.cue_kind(k) == "speech" for k in range(after, view.sentence(after)[1])):
            continue  # ``X ответило на выпад: СМИ сообщили, что …``: narration with its own cue
        yield Candidate(start, end, "direct", "direct_colon_block", found[0], found[1])


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
        a, b = view.sentence(j)
        start, end = _quote_content(view, pair)
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
        if k >= len(text) or text[k] not in "—–-":
            continue
        t = view.token_starting_at_or_after(k + 1)
        if t < len(view.tokens):
            entity = view.entity_of_token[t]
            if entity is not None and entity.label == "PER" and \
                    not text[k + 1:entity.start].strip():
                start, end = _quote_content(view, pair)
                yield Candidate(start, end, "direct", "direct_signature", None,
                                Source("phrase", entity.start, entity.end))


def interview_line(view: View) -> Iterator[Candidate]:
    """Interview transcript: ``Мустафа Джемилев: Да, всё верно...`` (a person, a colon, the
    answer to the end of the line)."""
    text = view.text
    for line_start in view.line_starts:
        t = view.token_starting_at_or_after(line_start)
        if t >= len(view.tokens) or text[line_start:view.tokens[t].start].strip():
            continue
        while t + 2 < len(view.tokens) and _initial(view, t):
            # ``В.Путин:``, ``В. В. Путин:``: initials before the surname
            t += 1 if view.tokens[t].text.endswith(".") else 2
        entity = view.entity_of_token[t]
        if entity is None or entity.label not in ("PER", "ORG") or \
                entity.start > view.tokens[t].start:
            continue  # ``Захарова: Москва ответит``, ``Минфин: бюджет исполнен``
        colon = view.token_at(entity.end)
        if colon >= len(view.tokens) or view.low[colon] != ":":
            continue
        _, line_end = view.line_of(line_start)
        start, end = view.strip_span(view.tokens[colon].end, line_end)
        if view.text[start:start + 1] in OPENING_MARKS:
            continue  # ``Песков: «…»`` is direct_colon_before
        if len(text[start:end].split()) >= 2:
            yield Candidate(start, end, "direct", "interview_line", None,
                            Source("phrase", entity.start, entity.end))


def _initial(view: View, t: int) -> bool:
    """``В.`` or ``В`` + ``.``: one capital letter and a dot (an initial of a name)."""
    word = view.tokens[t].text.rstrip(".")
    return len(word) == 1 and word.isupper() and (
        view.tokens[t].text.endswith(".") or view.low[t + 1:t + 2] == ["."])


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
        yield Candidate(start, end, "direct", "direct_standalone", None, Source("previous"))


# --------------------------------------------------------------------------- indirect quotes


def indirect_that(view: View) -> Iterator[Candidate]:
    """X заявил/считает/уверена, что … (``mixed`` when the clause quotes words); impersonal
    ``отмечается, что``; coordinated ``уточнил, что A, отметив, что B`` gives two quotes."""
    for verb in anchors(view):
        k = that_clause(view, verb)
        if k is None:
            continue
        a, b = view.sentence(verb)
        first = k + 1
        start = view.tokens[first].start
        end = clause_end(view, first, b, anchor=verb)
        if end <= start:
            continue
        source = anchor_source(view, verb, a, k)
        qtype = "mixed" if speech_in_quotes(view, start, end) else "indirect"
        yield Candidate(start, end, qtype, "indirect_that", (verb, verb + 1), source,
                        may_nest=source.kind == "phrase")


def indirect_fronted(view: View) -> Iterator[Candidate]:
    """О том, что …, заявил X. / Что …, подтвердил X: the content clause before its cue."""
    for a, b in view.sent_ranges:
        s = a
        while s < b and s - a < 2 and view.pos[s] in ("CCONJ", "ADV", "PART"):
            s += 1
        if view.low[s:s + 4] == ["о", "том", ",", "что"] or view.low[s:s + 3] == ["то", ",",
                                                                                   "что"]:
            first = s + 4 if view.low[s] == "о" else s + 3
        else:
            continue
        found = anchors(view)
        for verb in found[bisect_left(found, first + 1):]:
            if verb >= b:
                break
            if view.cue_kind(verb) != "speech":
                continue
            j = verb - 1
            if view.is_dash(j):
                j -= 1
            if view.low[j] != ",":
                continue
            source = subject_right(view, verb, b)
            if source is None:
                continue
            start, end = view.strip_span(view.tokens[first].start, view.tokens[j].start)
            if end > start:
                qtype = "mixed" if speech_in_quotes(view, start, end) else "indirect"
                yield Candidate(start, end, qtype, "indirect_fronted", (verb, verb + 1), source)
            break


# --------------------------------------------------------------------------- according to


#: The words a source marker can start with (``по``, ``согласно``, ``как``, ``со``, ``если``).
MARKER_FIRST_WORDS = frozenset({"по", "согласно"} | {words[0] for words, _ in SOURCE_MARKERS})


def _match_marker(view: View, i: int) -> tuple[int, str, int | None] | None:
    """``(length, kind, pronoun)`` of a source marker starting at token ``i``; ``pronoun`` is
    the index of a possessive inside it (``по его словам``, ``по их последним данным``)."""
    noun_marker = _noun_marker(view, i)
    if noun_marker is not None:
        return noun_marker
    for words, kind in SOURCE_MARKERS:
        n = len(words)
        if tuple(view.low[i:i + n]) == words:
            return n, kind, None
        if n == 2 and kind == "genitive" and view.low[i] == words[0] and \
                i + 2 < len(view.low) and view.low[i + 1] in POSSESSIVE_PRONOUNS and \
                view.low[i + 2] == words[1]:
            return 3, kind, i + 1
    return None


def _noun_marker(view: View, i: int) -> tuple[int, str, int | None] | None:
    """``по некоторым данным``, ``по их последним оценкам``, ``согласно новому исследованию``:
    ``по``/``согласно``, adjectives or a possessive, and a noun of ``MARKER_NOUNS``."""
    if view.low[i] not in ("по", "согласно"):
        return None
    k, pronoun = i + 1, None
    while k < len(view.tokens) and k - i <= 3:
        if view.low[k] in POSSESSIVE_PRONOUNS and pronoun is None:
            pronoun = k
        elif view.pos[k] not in ("ADJ", "DET") or view.lemma[k] in MARKER_NOUNS:
            break
        k += 1
    if k < len(view.tokens) and (view.lemma[k] in MARKER_NOUNS or view.low[k] == "данным") \
            and view.pos[k] in ("NOUN", "ADJ") and view.case(k) in ("Dat", None):
        return k + 1 - i, "genitive", pronoun
    return None


def _marker_position(view: View, i: int, a: int) -> bool:
    """A marker opens the sentence or a parenthetical (``По данным X, …``, ``…, по словам X,
    …``, ``(по данным X)``); inside a noun phrase (``чемпион по версии WBA``) it is no source."""
    if _sentence_opening(view, i, a):
        return True
    j = i - 1
    return view.low[j] in (",", "(", ":", ";") or view.is_dash(j) or \
        view.low[j] in CLAUSE_CONJUNCTIONS and j - 1 >= a and view.low[j - 1] == ","


def _sentence_opening(view: View, i: int, a: int) -> bool:
    """Is token ``i`` where the sentence's content starts (after an optional conjunction)?"""
    if i == a:
        return True
    return i == a + 1 and view.low[a] in CLAUSE_CONJUNCTIONS


def according_to_marker(view: View) -> Iterator[Candidate]:
    """По словам X, … / по мнению X / согласно сообщению X / как отметил X, … ."""
    n = len(view.tokens)
    for i in range(n):
        if view.low[i] not in MARKER_FIRST_WORDS:
            continue
        matched = _match_marker(view, i)
        if matched is None or view.inside_quote(i):
            continue
        length, kind, pronoun = matched
        a, b = view.sentence(i)
        after = i + length
        if kind != "verb" and not _marker_position(view, i, a):
            continue
        if kind == "verb":
            if i > a and view.low[i - 1] not in (",",) and not _sentence_opening(view, i, a):
                continue
            verb = after
            while verb < b and view.pos[verb] == "ADV":
                verb += 1
            if verb >= b or view.cue_kind(verb) not in ("speech", "impersonal"):
                continue
            comma = verb + 1
            b_scan = min(b, verb + SCAN_TOKENS)
            while comma < b_scan and view.low[comma] != ",":
                if view.ends_sentence(comma):
                    break
                comma += 1
            if view.cue_kind(verb) == "impersonal":
                # ``как говорится в пресс-релизе X``; bare ``как говорится`` is an idiom (as
                # the saying goes), ``как сообщается`` an unnamed source
                source = message_source(view, verb + 1, comma) or \
                    location_source(view, verb + 1, comma)
                if source is None and view.lemma[verb] in IDIOMATIC_IMPERSONAL:
                    continue
                source = source or Source("unnamed")
            else:
                source = subject_right(view, verb, comma) or \
                    location_source(view, verb + 1, comma)
            if source is None:
                source = Source("unnamed") if view.number(verb) == "Plur" else Source(
                    "zero", gender=view.feats[verb].get("Gender"))
            cue = (i, verb + 1)
            body = comma + 1 if comma < b and view.low[comma] == "," else comma
            if (comma >= b or view.low[comma] != ",") and source.kind == "phrase" and \
                    source.end is not None and \
                    view.token_at(source.end - 1) + 2 < b:
                # the comma after the source is missing (``Как сообщило министерство в
                # больницах умерли …``): the clause starts after the source
                body = view.token_at(source.end - 1) + 1
        else:
            if kind == "dative" and after < b and view.tokens[after].text in OPENING_MARKS:
                after += 1  # ``как стало известно «Коммерсанту»``
            if kind == "dative" and not (after < b and (
                    view.entity_of_token[after] is not None or view.pos[after] == "PRON")):
                continue
            if pronoun is not None:
                t = view.tokens[pronoun]
                source, body = Source("phrase", t.start, t.end), after
            else:
                source, body = genitive_after(view, after, b)
            if source is None and after < b and view.low[after] == ",":
                source = Source("unnamed")  # ``по некоторым данным, …``: nobody is named
            if source is None:
                continue
            cue = (i, after + (1 if pronoun is None and after < b and
                               view.low[after] in POSSESSIVE_PRONOUNS else 0))
            if body < b and view.low[body] == ",":
                body += 1
        if body < b and view.lemma[body] == "который":
            # ``По словам X, которого цитирует «Интерфакс», ...``: skip the relative clause
            k = body
            while k < b and view.low[k] != ",":
                k += 1
            body = k + 1
        if body >= b:
            continue
        if _sentence_opening(view, i, a):
            start = view.tokens[body].start
            end = clause_end(view, body, b)
        else:
            start = view.tokens[a].start
            end = clause_end(view, a, b)
        if end > start:
            yield Candidate(start, end, "according_to", "according_to_marker", cue, source)


def according_to_parenthetical(view: View) -> Iterator[Candidate]:
    """Такой переход, считает вице-губернатор X, повысит … : the whole sentence."""
    for verb in anchors(view):
        if view.cue_kind(verb) not in ("speech", "impersonal"):
            continue
        a, b = view.sentence(verb)
        j = verb - 1
        if j > a and view.is_dash(j):
            j -= 1
        if j <= a or view.low[j] != ",":
            continue
        source = subject_right(view, verb, b)
        if source is None or source.end is None or source.start is None:
            continue
        if view.token_at(source.start) - verb > 3:
            continue  # ``X, известный певец, написал письмо в газету Y, ...``: not inverted
        k = view.token_at(source.end - 1) + 1
        while k < b and view.tokens[k].text in CLOSING_MARKS:
            k += 1
        while k < b and view.low[k] not in (",",) and not view.is_final_punct(k):
            if view.is_finite(k):
                break
            k += 1
        if k >= b - 1 or view.low[k] != "," or view.is_final_punct(k + 1):
            continue
        start = view.tokens[a].start
        end = clause_end(view, a, b, anchor=verb)
        if end > start:
            yield Candidate(start, end, "according_to", "according_to_parenthetical",
                            (verb, verb + 1), source)


def according_to_trailing(view: View) -> Iterator[Candidate]:
    """…, передает пресс-служба Кремля. / …, сообщает NEWSru.com.: the sentence before."""
    for verb in anchors(view):
        kind = view.cue_kind(verb)
        if kind not in ("speech", "impersonal", "passive") or kind == "speech" and \
                view.lemma[verb] not in SPEECH_VERBS:
            continue
        a, b = view.sentence(verb)
        j = verb - 1
        if j > a and view.is_dash(j):
            j -= 1
        if j <= a or view.low[j] != ",":
            continue
        if view.tokens[a].text in OPENING_MARKS:
            pair = view.pair_by_open.get(view.tokens[a].start)
            if pair is not None and view.token_at(pair.close) >= j - 1:
                continue  # a direct quotation: direct_cue_after
        if view.quoting(verb):
            source = object_right(view, verb, b)
        elif kind in ("impersonal", "passive"):  # ``…, говорится / сказано в сообщении X``
            source = message_source(view, verb + 1, b)
        else:
            source = subject_right(view, verb, b)
            if source is None and view.number(verb) == "Plur":
                source = location_source(view, verb + 1, b)  # ``…, сообщили в Росавиации``
        if source is None:
            continue
        if source.end is not None and \
                not _only_tail(view, view.token_at(source.end - 1) + 1, b):
            continue
        # the body must not report speech itself (``Так Песков ответил …, передает РБК``)
        found = anchors(view)
        first = bisect_left(found, a)
        if first < len(found) and found[first] < j:
            continue
        start, end = view.strip_span(view.tokens[a].start, view.tokens[j].start)
        if end > start:
            yield Candidate(start, end, "according_to", "according_to_trailing",
                            (verb, verb + 1), source)


def _back_reference_opener(view: View, a: int, b: int) -> int | None:
    """Where the cue search starts in a sentence pointing back at the previous one, or None:
    ``Об этом [в понедельник] сообщил X``, ``Так X ответил``, ``Такое мнение высказал X``,
    ``Информацию подтвердил X``, ``Сообщили об этом в пресс-службе``."""
    low = view.low
    if low[a] == "об" and low[a + 1] == "этом":
        if view.pos[a + 2] in ("NOUN", "PROPN", "ADJ") and view.case(a + 2) == "Loc":
            return None  # ``Об этом скафандре сообщали``: not a back reference
        return a + 2
    if low[a] == "так" and low[a + 1] not in (",", "же", "как", "и", "что"):
        return a + 1
    # ``С таким заявлением выступил X``: a preposition may head the phrase
    first = a + 1 if low[a] in ("с", "со") and view.lemma[a + 1] in \
        BACK_REFERENCE_DEMONSTRATIVES else a
    k = first + 1 if view.lemma[first] in BACK_REFERENCE_DEMONSTRATIVES else first
    if k + 1 < b and view.lemma[k] in BACK_REFERENCE_NOUNS and (
            view.case(k) in ("Acc", "Nom") or first > a and view.case(k) == "Ins") \
            and (k > a or view.lemma[k] in INFORMATION_NOUNS):
        return k + 1  # ``Такое мнение высказал X``, ``Информацию подтвердил X``
    # ``Сообщили об этом в пресс-службе``, ``Песков заявил об этом журналистам``,
    # ``Полиция подтвердила эту информацию``
    for j in range(a, min(b - 1, a + 8)):
        if low[j] == "об" and low[j + 1] == "этом" and not (
                j + 2 < b and view.pos[j + 2] in ("NOUN", "ADJ") and view.case(j + 2) == "Loc") \
                or view.lemma[j] in BACK_REFERENCE_DEMONSTRATIVES and low[j] != "это" and \
                view.lemma[j + 1] in BACK_REFERENCE_NOUNS:
            if any(_back_reference_verb(view, v) for v in range(max(a, j - 2), j)):
                return a
            return None
    return None


def _back_reference_verb(view: View, k: int) -> bool:
    return view.is_finite(k) and (view.lemma[k] in BACK_REFERENCE_VERBS or
                                  view.cue_kind(k) in ("speech", "impersonal"))


def according_to_back_reference(view: View) -> Iterator[Candidate]:
    """Об этом заявил X. / Так X ответил на … / Информацию подтвердил X / Об этом говорится
    в сообщении X: the previous sentence is the quote (inside its marks if it is one)."""
    targets: dict[int, tuple[int, int, str]] = {}  # back-reference sentence -> its quote
    for number, (a, b) in enumerate(view.sent_ranges):
        if number == 0 or b - a < 3:
            continue
        opener = _back_reference_opener(view, a, b)
        if opener is None:
            continue
        verb = next((k for k in range(opener, min(b, opener + 16))
                     if _back_reference_verb(view, k)), None)
        if verb is None or that_clause(view, verb) is not None:
            continue
        pa, pb = view.sent_ranges[number - 1]
        if pb <= pa:
            continue
        between = view.text[view.tokens[pb - 1].end:view.tokens[a].start]
        if between.count("\n") > 2:
            continue
        if view.cue_kind(verb) == "impersonal" or view.lemma[verb] in CONTAINING_VERBS:
            source = message_source(view, verb + 1, b) or location_source(view, opener, b) or \
                Source("document")
        else:
            source = subject_left(view, verb, opener if opener > a else a) or \
                subject_right(view, verb, b)
        if source is None:
            source = location_source(view, opener, b) or (
                Source("unnamed") if view.number(verb) == "Plur" else Source("zero"))
        start, end = view.strip_span(view.tokens[pa].start, view.tokens[pb - 1].end)
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


def according_to_relative(view: View) -> Iterator[Candidate]:
    """``…, о чем сообщила X``: a relative clause points back at the clause before it."""
    for a, b in view.sent_ranges:
        for j in range(a + 2, b - 2):
            if view.low[j] != "," or view.low[j + 1] != "о" or view.lemma[j + 2] != "что":
                continue
            verb = next((k for k in range(j + 3, min(b, j + 6)) if _back_reference_verb(view, k)),
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


#: The rules, in priority order.
RULES: tuple[Rule, ...] = (
    Rule("direct_interrupted", "«A, — сказал он, — B»: two quotes split at the attribution",
         direct_interrupted),
    Rule("direct_signature", "quotation paragraph signed by «— Имя Фамилия» on the next line",
         direct_signature),
    Rule("direct_cue_after", "«…», — сказал X / «…», говорится в сообщении X", direct_cue_after),
    Rule("direct_colon_before", "X заявил: «…» / X: «…»", direct_colon_before),
    Rule("direct_cue_before", "X, сказав «…» (cue verb right before the quotation)",
         direct_cue_before),
    Rule("interview_line", "Имя Фамилия: answer to the end of the line", interview_line),
    Rule("direct_colon_block", "X заявил:⏎paragraph with no quotation marks", direct_colon_block),
    Rule("direct_dialogue", "— Не знаю, — отрезал он (dialogue dashes, no marks)",
         direct_dialogue),
    Rule("direct_nested", "«Он сказал: „…“», — рассказала X (a quote inside a quote)",
         direct_nested),
    Rule("direct_lost_marks", "Мы готовы, — сказал X (direct speech whose marks were lost)",
         direct_lost_marks),
    Rule("indirect_that", "X заявил, что … / в альянсе сочли, что … / отмечается, что …",
         indirect_that),
    Rule("indirect_fronted", "О том, что …, заявил X (the clause before its cue)",
         indirect_fronted),
    Rule("according_to_marker", "по словам X, … / согласно сообщению X / как отметил X, …",
         according_to_marker),
    Rule("according_to_back_reference", "Об этом заявил X / Так X ответил (previous sentence)",
         according_to_back_reference),
    Rule("according_to_relative", "…, о чем сообщил X (the clause before)",
         according_to_relative),
    Rule("according_to_parenthetical", "…, считает X, … (cue inside the sentence)",
         according_to_parenthetical),
    Rule("according_to_trailing", "…, передает X. (sentence closed by an attribution)",
         according_to_trailing),
    Rule("direct_standalone", "«…» a quoted sentence with no cue: the last speaker goes on",
         direct_standalone),
)

RULE_NAMES = tuple(rule.name for rule in RULES)


def rule_index(name: str) -> int:
    return RULE_NAMES.index(name)


def lemma_of_cue(view: View, cue: tuple[int, int] | None) -> str:
    """The cue's lemma: a verb's lemma (``заявить``), a marker's words (``по словам``)."""
    if cue is None:
        return ""
    a, b = cue
    if b - a == 1:
        token = view.tokens[a]
        return token.lemma or token.text.lower()
    return " ".join(view.tokens[k].text.lower() for k in range(a, b))
