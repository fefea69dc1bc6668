"""What the rules share: reporting anchors, content clauses and where they end, and where the
speaker of a cue is written (``anchor_source``, see ``sources.Source``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...kb.lexicon import OFFICE_TITLES, PERSON_ROLES, body_noun
from ..cues import (CHANNEL_NOUNS, CLAUSE_CONJUNCTIONS, FINDING_VERBS, MARKER_NOUNS, MEDIA_NOUNS,
                    NEWS_VERBS, QUESTION_VERBS, RELAY_TAIL_VERBS, SUBORDINATORS)
from ..objects import object_right, participle_head
from ..places import location_source, message_source, subject_or_place
from ..sources import (SCAN_TOKENS, Source, cites, main_subject, past_channel, subject_left,
                       subject_right)
from ..subjects import skip_parenthetical_left
from ..view import OPENING_MARKS, View
from .markers import marker_at

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


def _own_subject(view: View, k: int, b: int) -> bool:
    """Does the verb at ``k`` after ``что`` have a subject of its own, so that ``что`` is a
    conjunction (``заявил, что происходят нарушения``, ``что произошла авария``), not the
    subject of an embedded question (``рассказал, что происходит``)?"""
    feats = view.feats[k]
    if feats.get("Number") == "Plur" or feats.get("Gender") in ("Masc", "Fem"):
        return True
    m = k + 1
    while m < b and view.pos[m] in ("ADV", "ADJ", "DET", "PART"):
        m += 1
    return m < b and view.pos[m] in ("NOUN", "PROPN") and view.case(m) == "Nom"


def _asks(view: View, k: int, b: int) -> bool:
    """Does the clause after ``что`` at token ``k`` ask what happens, ``что`` its subject:
    ``что означает``, ``что произошло``, ``что будет (происходить) с курсом рубля``, ``что
    будет дальше`` (but ``что будет трудно``, ``что будет снижение ставки`` report)?"""
    if view.lemma[k] == "быть" and k + 1 < b and view.lemma[k + 1] in QUESTION_VERBS:
        k += 1  # ``что будет происходить``
    if view.lemma[k] in QUESTION_VERBS:
        return not _own_subject(view, k, b)
    m = k + 1
    while m < b and view.pos[m] == "ADV" and view.low[m] in ("дальше", "теперь", "потом"):
        m += 1
    ends = m >= b or view.pos[m] == "PUNCT"  # ``что будет дальше.``
    return view.lemma[k] == "быть" and view.feats[k].get("Number") != "Plur" and (
        m < b and view.low[m] in ("с", "со") or ends and m > k + 1) and \
        not _own_subject(view, k, b)


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
            if _asks(view, j + 1, b):
                return None  # embedded question: ``пояснить, что означает``
            return j
        if low in ("чтобы", ":", ";") or view.ends_sentence(j):
            return None
        if low == ",":
            # only a short parenthetical may stand between the cue and ``что``
            # (``заявил, в частности, что``); another comma starts another clause
            after = view.low[j + 1] if j + 1 < b else None  # a comma may end the text
            if after is not None and view.lemma[j + 1] == "который":
                # a relative clause about the addressee: ``заявил журналистам, которые ждали
                # его у входа, что``; one with a cue of its own reports its own words
                k = next((m for m in range(j + 2, min(b, j + 12)) if view.low[m] == ","), None)
                if k is None or any(view.cue_kind(m) is not None for m in range(j + 2, k)):
                    return None
                j = k
                continue
            k = j + 1
            while k < b and k - j <= 4 and view.low[k] != "," and not (
                    view.is_finite(k) or view.cue_kind(k) is not None):
                k += 1  # a parenthetical has no verb: ``Отвечая на вопрос, Петров сказал, что``
            if k >= b or view.low[k] != "," or k - j > 4 or after in ("что", "будто"):
                if after not in ("что", "будто"):  # ``заявил, будто санкции не действуют``
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
    if found is None and view.number(j) == "Plur":
        found = location_source(view, j + 1, stop)  # ``…, сообщили в суде``
        if found is not None and not body_place(view, found):
            found = None  # (``…, продолжают в приличных объемах потреблять``: no body)
        if found is None and unnamed_plural(view, j, stop):
            return True  # ``…, сообщили журналистам``: somebody unnamed
    if found is None or found.end is None:
        return view.cue_kind(j) == "impersonal"
    after = view.token_at(found.end - 1) + 1
    # (``…, пишет Reuters, а посол отказался от комментариев``: a new clause may follow)
    joined = next((k for k in range(after, stop - 1) if view.low[k] == ","
                   and view.low[k + 1] in PREDICATE_CONJUNCTIONS), stop)
    return _only_tail(view, after, joined)


def body_place(view: View, found: Source) -> bool:
    """Does a place after a plural cue name a body or its channel (``в суде``, ``на сайте
    газеты``), not where unnamed people speak (``в интернете``, ``в народе``)?"""
    if found.start is None or found.end is None:
        return False
    return any(view.entity_of_token[k] is not None or body_noun(view.lemma[k])
               or view.lemma[k] in CHANNEL_NOUNS  # ``…, отметили на сайте газеты``
               or view.lemma[k] in MEDIA_NOUNS
               for k in range(view.token_at(found.start), view.token_at(found.end - 1) + 1))


def unnamed_plural(view: View, verb: int, stop: int) -> bool:
    """``…, сообщили журналистам``, ``…, рассказали в соцсетях``: a plural speech verb in the
    past with no subject and only circumstances after it — the indefinite-personal form,
    an unnamed source (GUIDELINE §2a, like ``сообщается``)."""
    return view.cue_kind(verb) == "speech" and view.is_finite(verb) and \
        view.number(verb) == "Plur" and view.feats[verb].get("Tense") == "Past" and \
        view.low[verb + 1:verb + 2] != ["там"] and _only_tail(view, verb + 1, stop)


def own_words_after(view: View, verb: int) -> bool:
    """Does the speech verb report words of its own: a ``что`` clause (even one the text cuts
    off: ``газеты сообщили, что⏎``), a colon or a quotation after it (``СМИ сообщили, что
    …``), not a noun phrase (``МИД объявил о прекращении переговоров``)?"""
    nxt = verb + 1
    return that_clause(view, verb) is not None or view.low[nxt:nxt + 2] == [",", "что"] or \
        nxt < len(view.tokens) and (view.low[nxt] == ":" or view.tokens[nxt].text in OPENING_MARKS)


def role_noun(view: View, k: int) -> bool:
    """Does token ``k`` name an office or a role (``министр``, ``представитель``, ``глава``)
    that may head a speaker's description?"""
    return view.lemma[k] in OFFICE_TITLES or view.lemma[k] in PERSON_ROLES or \
        view.lemma[k] == "глава"


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
        if low == "," and k + 1 < stop and view.lemma[k + 1] in RELAY_TAIL_VERBS and \
                view.is_finite(k + 1):
            return True  # ``…, заявила X, пишет РИА Новости``: an outlet relays it
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
        if low != "," and not final and view.cue_kind(i) is None and not view.is_dash(i):
            continue
        if view.inside_quote(i):
            continue
        a, b = view.sentence(i)
        if final and low != ":" and i + 1 < n and view.tokens[i + 1].text in OPENING_MARKS:
            kind[i] = "end"  # ``…8,2 G. «Для меня…»``: a sentence end razdel did not see
        elif (low in (";", ":") or view.is_dash(i)) and i + 1 < b and marker_at(view, i + 1):
            kind[i] = "end"  # ``что рубль укрепится: по его мнению, …``: a marker's own quote
        elif low == ";":
            kind[i] = "end"  # ``заявил, что рубль укрепится; в то же время …``: a semicolon
            # joins clauses of the main sentence, the subordinate one ends before it
        elif low == ":":
            nxt = i + 1
            if nxt < n and view.is_dash(nxt):
                nxt += 1
            if nxt >= b or nxt >= n or view.tokens[nxt].text in OPENING_MARKS or \
                    "\n" in view.text[view.tokens[i].end:view.tokens[nxt].start] or \
                    view.tokens[nxt].text[:1].isupper() and \
                    any(first_person_word(view, m) for m in range(nxt, min(b, nxt + SCAN_TOKENS))):
                # ``рассказал, что назвали его случайно: Мои родители …``: a capital and the
                # first person after the colon open speech whose marks were lost
                kind[i] = "end"
        elif low == ",":
            if _trailing_attribution(view, i, b):
                kind[i] = "end"
        elif view.cue_kind(i) is not None:  # (a sentence's final stop is no cue: ``…, но
            # явка будет низкой.`` goes on with the content)
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
        if c is None and kind[k] == "cue" and anchor is not None and k > first:
            c = _asyndetic_cue(view, k, anchor, first)
        if k > first and k != anchor and c is not None and c > first:
            end_tok = c
            break
        k = next_stop[k + 1]
    if anchor is not None:
        end_tok = _main_verb_goes_on(view, first, end_tok, anchor)
    if anchor is not None and _in_fronted_clause(view, anchor):
        for i in range(first, end_tok):
            if view.low[i] == "," and _main_clause_after(view, i, end_tok):
                end_tok = i
                break
    elif anchor is not None and _in_relative_clause(view, anchor):
        # ``Ляшко, который уверяет, что всё хорошо, ответил на вопросы``: the main clause's
        # verb after a comma closes the relative clause and the content in it
        for i in range(first, end_tok - 1):
            if view.low[i] == "," and view.is_finite(i + 1) and view.pos[i + 1] == "VERB":
                end_tok = i
                break
    if end_tok <= first:
        return view.tokens[first].start
    start = view.tokens[first].start
    end = view.tokens[end_tok - 1].end
    return view.strip_span(start, end)[1]


#: Conjunctions that may join a second predicate to the cue's subject.
PREDICATE_CONJUNCTIONS = frozenset({"и", "но", "а", "однако"})
_AGREEMENT = ("Number", "Gender", "Person")


def _main_verb_goes_on(view: View, first: int, end_tok: int, anchor: int) -> int:
    """``Агентство сообщило, что модуль прилунился, но затем прервало трансляцию``: after a
    comma (and a conjunction), a verb with no subject of its own that agrees with the cue
    (``сообщило`` … ``прервало``) and not with the content's predicate (``прилунился``) is
    the cue's subject acting again: the content ends at the comma. Where both agree the
    verb may be the content's (``что компания выросла и удвоила прибыль``): it stays."""
    if not view.is_finite(anchor):
        return end_tok
    own = next((k for k in range(first, end_tok) if view.is_finite(k)
                or view.feats[k].get("Variant") == "Short"), None)  # ``обвинения сняты``
    if own is None:
        return end_tok
    for i in range(own + 1, end_tok - 1):
        # ``…, но прервало``; ``что обвинения сняты и ходатайствовал``: no comma before ``и``
        bare = view.low[i] == "и" and view.low[i - 1] != ","
        if not bare and (view.low[i] != "," or view.low[i + 1] not in PREDICATE_CONJUNCTIONS):
            continue
        k = i + 1 if bare else i + 2
        while k < end_tok and view.pos[k] == "ADV":
            k += 1
        if k >= end_tok or not view.is_finite(k) or view.pos[k] != "VERB":
            continue
        # (``…, и погибли двое``: the verb's own subject after it)
        subject_after = any(view.pos[m] in ("NOUN", "PROPN", "PRON") and view.case(m) == "Nom"
                            for m in range(k + 1, _next_comma(view, k, end_tok)))
        if _agrees(view, k, anchor) and not _agrees(view, k, own) and not subject_after:
            return i
    return end_tok


def _next_comma(view: View, k: int, stop: int) -> int:
    return next((m for m in range(k, stop) if view.low[m] == ","), stop)


def _agrees(view: View, a: int, b: int) -> bool:
    """Do two finite verbs agree in number, gender and person (where both mark them)?"""
    fa, fb = view.feats[a], view.feats[b]
    return all(fa.get(f) is None or fb.get(f) is None or fa.get(f) == fb.get(f)
               for f in _AGREEMENT)


def _asyndetic_cue(view: View, cue: int, anchor: int, first: int) -> int | None:
    """``Трамп заявлял, что A, отмечал, что B``: a second cue right after a comma, in the
    anchor's very form (tense, number, gender or person) and with no subject of its own, is
    the anchor's subject speaking again — the comma ends the first clause. A verb in another
    form is the content's own predicate (``заявил, что люди, которые там живут, говорят``)."""
    j = cue - 1
    while j > first and view.pos[j] == "ADV":
        j -= 1
    if j <= first or view.low[j] != "," or not (view.is_finite(cue) and view.is_finite(anchor)):
        return None
    a, b = view.feats[cue], view.feats[anchor]
    if any(a.get(f) != b.get(f) for f in ("Tense", "Number", "Gender", "Person")):
        return None
    if any(view.lemma[m] == "который" for m in range(first, j)):
        return None
    return j


def _in_fronted_clause(view: View, anchor: int) -> bool:
    """Is the cue inside a sentence-initial subordinate clause (``Поскольку … заявило``)?"""
    a, _ = view.sentence(anchor)
    k = a + 1 if view.low[a] in CLAUSE_CONJUNCTIONS and a + 1 < anchor else a
    return anchor - k < SCAN_TOKENS and view.lemma[k] in SUBORDINATORS and not any(
        view.low[j] == "," for j in range(k, anchor))


def _in_relative_clause(view: View, anchor: int) -> bool:
    """Is the cue the verb of a relative clause (``…, который уверяет``)?"""
    k = anchor - 1
    while k >= 0 and view.pos[k] == "ADV":
        k -= 1
    return k >= 1 and view.lemma[k] == "который" and view.low[k - 1] == ","


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


def cited_after(view: View, verb: int, found: Source, hi: int) -> Source:
    """The source cited right after the verb rather than its subject, which only relays it
    (``Институт физики Земли сообщил со ссылкой на службу, что …`` -> the service)."""
    k = verb + 1
    while k < hi and view.pos[k] == "ADV":
        k += 1
    if found.kind == "phrase" and cites(view, k):
        return past_channel(view, found, k, hi)
    return found


def _cited_source(view: View, lo: int, verb: int) -> Source | None:
    """``Со ссылкой на пресс-службу «Аэрофлота» сообщается``: the source cited before an
    impersonal report (``со ссылкой на источники`` names nobody)."""
    for k in range(lo, max(lo, verb - 3)):
        if cites(view, k):
            end = verb
            while end > k + 3 and view.is_punct(end - 1):
                end -= 1
            if end > k + 3:
                return Source("phrase", view.tokens[k + 3].start, view.tokens[end - 1].end)
    return None


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
            if body_noun(view.lemma[view.token_at(found.start)]):
                return found  # ``Полиция установила``: the body the story is about
        return Source("unnamed")
    if kind in ("impersonal", "passive"):
        found = message_source(view, lo, hi) or _cited_source(view, lo, verb) or \
            location_source(view, lo, verb)
        return found or Source("unnamed")
    found = subject_or_place(view, verb, lo, hi)
    if found is not None:
        return cited_after(view, verb, found, hi)
    verb_feats = view.feats[verb]
    j = verb - 1
    while j >= lo and view.pos[j] == "ADV":
        j -= 1
    if kind == "participle":
        found = participle_head(view, verb, lo)
        if found is not None:
            return found
    if kind in ("gerund", "participle") or j >= lo and (
            view.low[j] in ("и", "а", "но") or view.low[j] == "," and
            skip_parenthetical_left(view, j, lo) is None):
        # ``…, и добавил``: a coordinated verb; but ``В ЦИК, в свою очередь, заявили``: the
        # comma closes a parenthetical
        return main_subject(view, lo, verb) or Source("same")
    if verb_feats.get("Number") == "Plur":
        if "там" in view.low[max(lo, verb - 4):verb]:
            return Source("there")  # ``В МВД сообщили … Там подчеркнули, что``: that body
        found = location_source(view, lo, hi)
        if found is None and all(view.pos[k] in ("ADV", "CCONJ", "PART", "PUNCT", "ADP")
                                 or view.low[k] == "того" for k in range(lo, verb)):
            # ``В МИД заявили, что … Также отметили, что …``: the same unnamed people again,
            # the body that has just spoken through them
            return Source("they")
        return found or Source("unnamed")
    return Source("zero", gender=verb_feats.get("Gender"), number=verb_feats.get("Number"))


def _strip_space(view: View, start: int, end: int) -> tuple[int, int]:
    text = view.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_content(view: View, pair) -> tuple[int, int]:
    return _strip_space(view, pair.open + 1, pair.close)


#: Words of a dateline before a headline or a lead (``Понедельник, 10 Июня, 2024 года, 10:00``,
#: a scraper's ``date 2025-09-15``): not part of the statement.
_DATELINE_WORDS = frozenset({
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь", "год", "г", "понедельник", "вторник", "среда", "четверг",
    "пятница", "суббота", "воскресенье", "date", "дата", "обновлено", "опубликовано", "мск",
})


def after_dateline(view: View, a: int, b: int) -> int:
    """The first token of sentence ``[a, b)`` after a leading dateline (figures, a date's
    words and punctuation, ending in a figure or ``года``), or ``a`` if it has none."""
    end, k = a, a
    while k < b and (not view.low[k][:1].isalpha() or view.lemma[k] in _DATELINE_WORDS
                     or view.low[k] in _DATELINE_WORDS):
        if any(ch.isdigit() for ch in view.low[k]) or view.low[k] in ("года", "г"):
            end = k + 1
        k += 1
    while a < end < b and view.is_punct(end) and view.low[end] not in ("«", "\"", "„", "“"):
        end += 1
    # the statement starts anew after it (``2024 год стал рекордным`` has no dateline)
    return end if end < b - 2 and not view.tokens[end].text[:1].islower() else a


FIRST_PERSON_WORDS = frozenset({"я", "мы", "мой", "наш"})  # lemmas


def first_person_word(view: View, k: int) -> bool:
    """Is token ``k`` in the first person (``мы``, ``наш``, ``считаю``)? Only a speaker
    writes so."""
    return view.lemma[k] in FIRST_PERSON_WORDS or view.pos[k] in ("VERB", "AUX") \
        and view.feats[k].get("Person") == "1"


def first_person(view: View, start: int, end: int) -> bool:
    """Words in the first person in the text ``[start, end)``."""
    a, b = view.token_at(start), min(view.token_at(end - 1) + 1, len(view.tokens))
    return any(first_person_word(view, k) for k in range(a, b))


#: Speech verbs that also take an object and a predicate (``признал Кастильо виновным``,
#: ``назвал решение ошибкой``, ``считает сделку предпочтительной``): without a clause of their
#: own they report no speech.
OBJECT_VERDICT_VERBS = frozenset({"признать", "назвать", "объявить", "считать", "счесть",
                                  "посчитать"})


def reports_there(view: View, verb: int, a: int, comma: int | None = None) -> bool:
    """Does a cue verb inside a sentence report speech there: with its clause or a colon or
    quotation after it, or pointing back (``Так Песков ответил``)? ``Суд признал Кастильо
    виновным`` reports a verdict, not speech, so ``…, сообщает BBC`` is the source of it; nor
    does a verb with an infinitive (``Государство рассчитывает получить …, заявил X``). A
    verb with only a noun phrase (``Ученые ожидают эпидемию …, сообщила X``, ``Он сообщил о
    гарантиях, передают Reuters``) reports nothing of its own (GUIDELINE §2): the trailing
    cue's source gives the sentence. ``comma`` is the trailing cue's own comma (``Петров вину
    не признал, сообщили в суде``): right after the verb it opens no clause of the verb's."""
    nxt = verb + 1
    opens = view.low[verb + 1:verb + 2] == [","] and verb + 1 != comma
    while nxt < len(view.low) and view.pos[nxt] == "ADV":
        nxt += 1
    if nxt < len(view.low) and view.verb_form(nxt) == "Inf":
        return False
    if view.cue_kind(verb) == "speech" and not own_words_after(view, verb) and \
            not opens and not (
                view.low[verb - 1] == "," or view.is_dash(verb - 1)):  # ``…, заявила X, пишет``
        return _points_back(view, verb, a)
    if view.cue_kind(verb) != "speech" or view.lemma[verb] not in OBJECT_VERDICT_VERBS:
        return True
    return own_words_after(view, verb) or opens or _points_back(view, verb, a)


def _points_back(view: View, verb: int, a: int) -> bool:
    """``Так Песков ответил``, ``Это он заявил``: the verb points back at words before it."""
    return any(view.low[k] in ("так", "это", "этом") for k in range(max(a, verb - 3), verb))


def source_marker_opens(view: View, a: int) -> bool:
    """``По словам адвоката, …``, ``По его мнению, …``: a sentence that is itself reported."""
    return view.low[a] == "по" and any(view.lemma[m] in MARKER_NOUNS
                                       for m in range(a + 1, min(len(view.tokens), a + 3)))


def last_word(view: View, a: int, b: int) -> int:
    """The last token of tokens ``[a, b)`` (a sentence, a line) before its final punctuation."""
    last = b - 1
    while last > a and view.is_final_punct(last):
        last -= 1
    return last
