"""Indirect quotes: a content clause after its cue (``X заявил, что …``), or fronted before
it (``О том, что …, заявил X``)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from ..cues import CLAUSE_CONJUNCTIONS, SPEECH_SUBJECT_NOUNS
from ..sources import POSSESSIVE_PRONOUNS, Source, subject_right
from ..view import View
from .markers import MARKER_FIRST_WORDS, _match_marker
from .candidate import Candidate
from .clauses import anchor_source, anchors, clause_end, speech_in_quotes, that_clause


def indirect_that(view: View) -> Iterator[Candidate]:
    """X заявил/считает/уверена, что … (``mixed`` when the clause quotes words); impersonal
    ``отмечается, что``; coordinated ``уточнил, что A, отметив, что B`` gives two quotes."""
    for verb in anchors(view):
        a, b = view.sentence(verb)
        found = _that_candidate(view, verb, a, b, "indirect_that")
        if found is not None:
            yield found


def indirect_nested(view: View) -> Iterator[Candidate]:
    """A third party's words reported inside direct speech (GUIDELINE §2a, a quote inside a
    quote with its own cue and speaker): ``«Министр сказал нам, что налоги не вырастут», —
    рассказал депутат``, ``— Он сказал мне, что ни в чём не виноват, — сообщила свидетельница``.

    Only inside quotation marks or on a line of dialogue, and only a subject written inside
    the speech that is not the speaker's own ``я``/``мы`` (``Мы считаем, что …`` is the outer
    speaker's line of thought, not a second quote); ``select`` keeps these only inside a
    direct quote."""
    for verb in range(len(view.tokens)):
        # what somebody said, not a stance or a forecast (``Мы считаем``, ``прогнозы не
        # говорят``, ``скажут ли мне``): a past-tense speech verb, not negated
        if view.cue_kind(verb) != "speech" or view.feats[verb].get("Tense") != "Past" or \
                verb > 0 and view.low[verb - 1] == "не":
            continue
        pair = view.enclosing_outer(view.tokens[verb].start)
        if pair is None and not _dialogue_line(view, verb):
            continue  # outside direct speech: ``indirect_that``'s
        a, b = view.sentence(verb)
        if pair is not None:  # the speech's own bounds, not the sentence around it
            a = max(a, view.token_at(pair.open) + 1)
            b = min(b, view.token_at(pair.close))
        found = _that_candidate(view, verb, a, b, "indirect_nested")
        if found is None or found.source.kind != "phrase" or found.source.start is None:
            continue
        if pair is not None and not pair.open < found.source.start < pair.close:
            continue
        if _third_person(view, found.source.start, found.source.end):
            yield found


def _dialogue_line(view: View, token: int) -> bool:
    """Is the token on a line of dialogue, opened by a dash (``— Он сказал мне, что …``)?"""
    start, end = view.line_of(view.tokens[token].start)
    return view.text[start:min(end, start + 8)].lstrip()[:1] in ("—", "–", "-")


#: The speaker's own voice inside their speech (``я``, ``мы``) is not a second source.
THIRD_PERSON_PRONOUNS = frozenset({"он", "она", "они"})


def _third_person(view: View, start: int, end: int) -> bool:
    """A person other than the speaker: a name the tagger found, or ``он``/``она``/``они``."""
    words = [k for k in range(view.token_at(start), view.token_at(end - 1) + 1)
             if not view.is_punct(k)]
    if len(words) == 1 and view.lemma[words[0]] in THIRD_PERSON_PRONOUNS:
        return True
    return any((e := view.entity_of_token[k]) is not None and e.label == "PER" for k in words)


def _that_candidate(view: View, verb: int, a: int, b: int, rule: str) -> Candidate | None:
    """The content clause of the cue ``verb`` in the sentence ``[a, b)``, if it has one."""
    k = that_clause(view, verb)
    if k is None or k >= b:
        return None
    if _inside_content(view, verb, a):
        return None
    first = body = k + 1
    if first < b and view.low[first] == ",":
        # ``заявил, что, несмотря на саботаж, власти продолжают …``: an inserted phrase
        # between commas opens the clause, which goes on after it
        first += 1
        body = next((m + 1 for m in range(first, min(b, first + 14))
                     if view.low[m] == ","), first)
    if first >= b:
        return None
    start = view.tokens[first].start
    end = clause_end(view, min(body, b - 1), b, anchor=verb)
    if end <= start:
        return None
    source = _owner_of_words(view, verb, k) or anchor_source(view, verb, a, k)
    if source.kind == "unnamed" and _told_by_marker(view, verb, a):
        return None
    qtype = "mixed" if speech_in_quotes(view, start, end) else "indirect"
    return Candidate(start, end, qtype, rule, (verb, verb + 1), source,
                     may_nest=source.kind == "phrase")


def _owner_of_words(view: View, verb: int, k: int) -> Source | None:
    """``прокомментировал слова Стивена Брайена о том, что …``: the clause is the words' (a
    speech noun's object with its genitive owner right before ``о том, что``), so their owner
    speaks, not the cue's subject."""
    i = next((m for m in range(verb + 1, k) if view.lemma[m] in SPEECH_SUBJECT_NOUNS
              and view.pos[m] == "NOUN"), None)
    if i is None:
        return None
    j = i + 1
    while j < k and (view.case(j) == "Gen" and view.pos[j] in ("NOUN", "PROPN", "ADJ", "DET")
                     or view.entity_of_token[j] is not None):
        j += 1
    if j == i + 1 or not (view.low[j:j + 4] == ["о", "том", ",", "что"] and j + 3 == k):
        return None
    named = view.entity_of_token[j - 1]  # ``помощника министра Стивена Брайена``: the name
    if named is not None and named.label in ("PER", "ORG"):
        return Source("phrase", named.start, named.end)
    return Source("phrase", view.tokens[i + 1].start, view.tokens[j - 1].end)


def _told_by_marker(view: View, verb: int, a: int) -> bool:
    """``По словам X, ей передали, что …``: nobody named does the telling, so the words are
    X's report; the marker's quote (the clause it governs) is the quote, not this one."""
    i = a + 1 if view.low[a] in CLAUSE_CONJUNCTIONS else a
    if view.low[i] not in MARKER_FIRST_WORDS or view.number(verb) != "Plur" or \
            view.cue_kind(verb) != "speech":
        return False
    matched = _match_marker(view, i)
    if matched is None or matched[1] == "verb":
        return False
    commas = [m for m in range(i, verb) if view.low[m] == ","]
    return len(commas) == 1


def _inside_content(view: View, verb: int, a: int) -> bool:
    """Is a coordinated cue part of an earlier cue's content clause: ``заявил, что знает …,
    и надеется, что …`` (``надеется`` agrees in tense with ``знает``, not with ``заявил``)?
    ``заявил, что …, и добавил, что …`` is a second quote."""
    if view.low[verb - 1] != "и" or not view.is_finite(verb):
        return False
    tense = view.feats[verb].get("Tense")
    for cue in range(a, verb - 1):
        if view.cue_kind(cue) != "speech" or not view.is_finite(cue):
            continue
        k = that_clause(view, cue)
        if k is None or k >= verb:
            continue
        content = next((m for m in range(k + 1, verb - 1) if view.is_finite(m)), None)
        return content is not None and view.feats[content].get("Tense") == tense and \
            view.feats[cue].get("Tense") != tense
    return False


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


def indirect_noun(view: View) -> Iterator[Candidate]:
    """Заявление X о том, что … [, вызвало …]: a speech noun as the subject carries its
    content clause; its genitive (or a possessive before it) is the speaker, else nobody."""
    n = len(view.tokens)
    for i in range(n):
        if view.lemma[i] not in SPEECH_SUBJECT_NOUNS or view.pos[i] != "NOUN" or \
                view.case(i) != "Nom" or view.inside_quote(i):
            continue
        j = i + 1
        while j < n and (view.case(j) == "Gen" and view.pos[j] in ("NOUN", "PROPN", "ADJ", "DET")
                         or view.entity_of_token[j] is not None and j > i + 1):
            j += 1
        if view.low[j:j + 4] == ["о", "том", ",", "что"]:
            k = j + 3
        elif view.low[j:j + 2] == [",", "что"] and j > i + 1:
            k = j + 1
        else:
            continue
        a, b = view.sentence(i)
        if k + 1 >= b:
            continue
        start = view.tokens[k + 1].start
        comma = next((m for m in range(k + 2, b) if view.low[m] == ","), b)
        # the clause closes at its comma, before the noun's own predicate (``…, вызвало``)
        end = clause_end(view, k + 1, comma) if comma < b else clause_end(view, k + 1, b)
        if end <= start:
            continue
        if j > i + 1:
            source = Source("phrase", view.tokens[i + 1].start, view.tokens[j - 1].end)
        elif i > a and view.low[i - 1] in POSSESSIVE_PRONOUNS:
            source = Source("phrase", view.tokens[i - 1].start, view.tokens[i - 1].end)
        else:
            source = Source("unnamed")
        qtype = "mixed" if speech_in_quotes(view, start, end) else "indirect"
        yield Candidate(start, end, qtype, "indirect_noun", (i, i + 1), source)
