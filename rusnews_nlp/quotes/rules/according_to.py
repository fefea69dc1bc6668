"""``according_to`` quotes: a source marker (``по словам X``, ``согласно сообщению X``, ``как
отметил X``) or a parenthetical or trailing cue (``…, считает X, …``, ``…, передает X.``); the
back references (``Об этом заявил X``) are ``back_reference``'s."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from ..cues import (CLAUSE_CONJUNCTIONS, FINDING_SUBJECTS, FINDING_VERBS, IDIOMATIC_IMPERSONAL,
                    IDIOMATIC_WITHOUT_SUBJECT, MARKER_ONLY_VERBS, SPEECH_VERBS)
from ..objects import object_right, relayed_person, relays
from ..places import location_source, message_source
from ..sources import (SCAN_TOKENS, POSSESSIVE_PRONOUNS, Source, genitive_after,
                       phrase, subject_right)
from ..view import CLOSING_MARKS, OPENING_MARKS, View
from .back_reference import (about_this, back_reference_opener, back_reference_verb,
                             channel_aside, comma_before_cue)
from .candidate import Candidate
from .clauses import (_only_tail, after_dateline, anchors, body_place, clause_end,
                      reports_there, that_clause)
from .lost_marks import unmarked_speech_start
from .markers import MARKER_FIRST_WORDS, _match_marker


def _marker_position(view: View, i: int, a: int) -> bool:
    """A marker opens the sentence or a parenthetical (``По данным X, …``, ``…, по словам X,
    …``, ``(по данным X)``); inside a noun phrase (``чемпион по версии WBA``) it is no source."""
    if _sentence_opening(view, i, a):
        return True
    j = i - 1
    return view.low[j] in (",", "(", ":", ";") or view.is_dash(j) or \
        view.low[j] in CLAUSE_CONJUNCTIONS and j - 1 >= a and view.low[j - 1] == ","


def _subject_before_verb(view: View, k: int, b: int, opening: bool = True
                         ) -> tuple[int, int] | None:
    """``Как [сам] Иван Петров сказал``, ``Как он рассказал``: the subject's tokens ``[start,
    verb)`` between the marker's ``как`` and its finite speech verb, if that is what follows
    ``как``. A pronoun only where the sentence opens: ``…, как он …`` inside one is often a
    time or a manner."""
    if k < b and view.low[k] in ("сам", "сама", "сами"):
        k += 1
    start = k
    if k < b and view.low[k] in ("он", "она", "они"):
        if not opening:
            return None  # ``…, как он заявил о …`` inside a sentence has other readings
        k += 1  # ``Как он рассказал в подкасте, …``: the pronoun is the subject
    else:
        while k < b and k - start < 6 and (view.pos[k] in ("NOUN", "PROPN", "ADJ") or
                                           view.entity_of_token[k] is not None):
            k += 1
    if k == start or k >= b or not view.is_finite(k) or view.cue_kind(k) != "speech" or \
            view.case(start) not in ("Nom", None):
        return None
    return start, k


def _sentence_opening(view: View, i: int, a: int) -> bool:
    """Is token ``i`` where the sentence's content starts (after an optional conjunction, or
    a scraper's dateline: `` date 2019-02 По словам …``)?"""
    if i == a:
        return True
    if i > a and after_dateline(view, a, view.sentence(i)[1]) == i:
        return True
    if i == a + 2 and view.low[a] in REMINDER_WORDS and view.low[a + 1] in (":", ","):
        return True  # ``Напомним: как заявил Бессент, …``
    return i == a + 1 and view.low[a] in CLAUSE_CONJUNCTIONS


#: A writer's aside opening a sentence before the content (``Напомним: …``, ``Напомним, …``).
REMINDER_WORDS = frozenset({"напомним", "напомню", "напомнить", "кстати", "итак"})


def according_to_marker(view: View) -> Iterator[Candidate]:
    """По словам X, … / по мнению X / согласно сообщению X / как отметил X, … ."""
    n = len(view.tokens)
    anchors_set = set(anchors(view))
    for i in range(n):
        if view.low[i] not in MARKER_FIRST_WORDS:
            continue
        matched = _match_marker(view, i)
        if matched is None or view.inside_quote(i):
            continue
        length, kind, inner = matched
        a, b = view.sentence(i)
        after = i + length
        if kind != "verb" and not _marker_position(view, i, a):
            continue
        if kind == "verb":
            if i > a and view.low[i - 1] not in (",",) and not _sentence_opening(view, i, a):
                continue
            if i > a and about_this(view, a, b) and channel_aside(view, i, b) is not None:
                continue  # ``Об этом, как передает ТАСС, заявил X``: a back reference's aside
            verb = after
            while verb < b and view.pos[verb] == "ADV":
                verb += 1
            # not ``после того, как экологи сообщили`` (a time clause) nor ``спросил, как
            # губернатор оценивает`` (an embedded question)
            opening = _sentence_opening(view, i, a)
            subject = _subject_before_verb(view, verb, b, opening) if opening \
                or i > a + 1 and view.lemma[i - 2] not in ("тот", "так", "то") and \
                view.pos[i - 2] not in ("VERB", "AUX") else None
            if subject is not None:
                verb = subject[1]  # ``Как сам Иван Петров сформулировал, …``
            finding = verb < b and view.lemma[verb] in MARKER_ONLY_VERBS and \
                view.cue_kind(verb) is None
            if verb >= b or view.cue_kind(verb) not in ("speech", "impersonal", "stance",
                                                        "passive") and not finding:
                continue
            comma = verb + 1
            b_scan = min(b, verb + SCAN_TOKENS)
            while comma < b_scan and view.low[comma] != ",":
                if view.ends_sentence(comma):
                    break
                comma += 1
            if view.cue_kind(verb) in ("impersonal", "passive"):
                # (``как указано в документе``: a passive report is the message's too)
                # ``как говорится в пресс-релизе X``; bare ``как говорится`` is an idiom (as
                # the saying goes), ``как сообщается`` an unnamed source
                source = message_source(view, verb + 1, comma) or \
                    location_source(view, verb + 1, comma)
                if source is None and view.lemma[verb] in IDIOMATIC_IMPERSONAL:
                    continue
                source = source or Source("unnamed")
            elif subject is not None:
                source = Source("phrase", view.tokens[subject[0]].start,
                                view.tokens[subject[1] - 1].end)
            else:
                source = subject_right(view, verb, comma) or \
                    location_source(view, verb + 1, comma)
            if source is None and view.lemma[verb] in IDIOMATIC_WITHOUT_SUBJECT:
                continue  # ``как выражались тогда, «рупор гласности»``: a way of putting it
            if source is None and finding:
                continue  # ``как выяснилось``, ``как узнать``: nobody reports
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
            if inner is not None:
                source = Source("phrase", view.tokens[inner[0]].start,
                                view.tokens[inner[1] - 1].end)
                body = after
            elif after < b and view.pos[after] == "ADV" and kind == "genitive":
                continue  # ``По данным видно, что …``: a predicate, the data no source
            elif (described := _described_source(view, after, b)) is not None:
                source, body = described  # ``По данным, опубликованным Росстатом, …``
            else:
                source, body = genitive_after(view, after, b)
            if source is None and after < b and (view.low[after] == "," or not _sentence_opening(
                    view, i, a) and view.ends_sentence(after) or view.is_finite(after)
                    or view.is_dash(after) and after + 1 < b):
                # ``по некоторым данным, …``, ``По данным — …``: nobody is named
                source = Source("unnamed")
            if source is None:
                continue
            cue = (i, after + (1 if inner is None and after < b and
                               view.low[after] in POSSESSIVE_PRONOUNS else 0))
            if body < b and (view.low[body] in (",", ":") or view.is_dash(body)):
                body += 1  # ``По его словам: Мы готовы``: a colon (or a dash) for the comma
        if body < b and (view.lemma[body] == "который" or _participle_opens(view, body)):
            # ``По словам X, которого цитирует «Интерфакс», ...``, ``Как заявил X, не
            # участвовавший в исследовании, …``: skip the clause that describes X
            k = body
            while k < b and view.low[k] != ",":
                k += 1
            body = k + 1
        if body >= b or about_this(view, body, b) and _reports(view, body + 2, b):
            # ``Как сообщает X, об этом заявил Y``: a back reference, Y's words (but ``По
            # словам X, об этом не стоит заявлять``: X's words about it)
            continue
        # ``…, а по подсчетам Росстата — 5,2 процента``: the marker opens a clause of its own
        coordinated = i - 2 >= a and view.low[i - 2] == "," and view.low[i - 1] in ("а", "но")
        # ``…, что рубль укрепится: по его мнению, …``: after a cue's clause and a colon, a
        # semicolon or a dash, the marker opens a clause of its own (``Сейчас — по его мнению
        # — продавцы боятся``: a parenthetical; ``Безработица выросла — по данным Росстата,
        # …``: no cue before, the whole sentence)
        after_clause = i - 1 > a and (view.low[i - 1] in (";", ":") or view.is_dash(i - 1)) \
            and not view.is_dash(body - 1) and any(m in anchors_set for m in range(a, i - 1))
        if _sentence_opening(view, i, a) or after_clause:
            start = view.tokens[body].start
            end = clause_end(view, body, b)
        elif coordinated:
            start = view.tokens[i].start
            end = clause_end(view, body, b)
        else:  # ``Сейчас, по его мнению, продавцы боятся …``: the sentence around the marker
            start = view.tokens[a].start
            end = clause_end(view, body, b)
        second = _coordinated_marker(view, body, b)
        if second is not None and view.tokens[second].start < end:
            end = view.tokens[second - 2].start  # up to ``, а по оценкам экспертов``
        if _introduces_speech(view, body, view.token_starting_at_or_after(end), b):
            continue  # ``Как сообщает BBC, X заявил: «…»``: the words after the colon are X's
        if end > start:
            yield Candidate(start, end, "according_to", "according_to_marker", cue, source)


def _reports(view: View, k: int, b: int) -> bool:
    """Is the first finite verb from token ``k`` on a cue (``об этом заявил Y``)?"""
    verb = next((m for m in range(k, b) if view.is_finite(m)), None)
    return verb is not None and view.cue_kind(verb) is not None


def _introduces_speech(view: View, body: int, stop: int, b: int) -> bool:
    """Does the clause ``[body, stop)`` only introduce speech after a colon (``X заявил
    журналистам:``)? The marker's outlet then relays that speech, whose speaker is X."""
    return stop < b and view.low[stop] == ":" and \
        any(view.cue_kind(k) == "speech" for k in range(body, stop))


def _coordinated_marker(view: View, k: int, b: int) -> int | None:
    """The token of a second source marker coordinated after ``, а`` / ``, но`` in the
    sentence from token ``k`` (``цены не растут, а по оценкам экспертов — растут``)."""
    for m in range(k + 2, b):
        if view.low[m - 2] == "," and view.low[m - 1] in ("а", "но") and \
                view.low[m] in MARKER_FIRST_WORDS and _match_marker(view, m) is not None:
            return m
    return None


def _described_source(view: View, comma: int, b: int) -> tuple[Source, int] | None:
    """``По данным, опубликованным Росстатом, …``, ``По информации, поступившей из МЧС, …``,
    ``Согласно отчету, опубликованному Всемирным банком, …``: a participle phrase set off
    after the marker's noun, agreeing with it, names where the data come from — the body or
    person in it, else nobody. Returns the source and the comma closing the phrase."""
    k = comma + 1
    if k >= b or comma < 1 or view.low[comma] != "," or view.verb_form(k) != "Part" or \
            view.case(k) is None or view.case(k) != view.case(comma - 1):
        return None
    close = next((m for m in range(k + 1, min(b, k + SCAN_TOKENS))
                  if view.low[m] == "," or view.is_finite(m) or view.ends_sentence(m)), None)
    if close is None or view.low[close] != ",":
        return None
    named = next((e for m in range(k + 1, close) if (e := view.entity_of_token[m]) is not None
                  and e.label in ("ORG", "PER")), None)
    if named is None:
        return Source("unnamed"), close
    return Source("phrase", named.start, named.end), close


def _participle_opens(view: View, k: int) -> bool:
    """Does a participle phrase describing the person before it open at token ``k`` (``Как
    заявил X, не участвовавший в исследовании, …``)? It follows a name and closes with a
    comma before any finite verb; ``По информации полиции, задержанный ранее привлекался``
    has a substantivised participle as its subject."""
    entity = view.entity_of_token[k - 2] if k >= 2 else None
    if entity is None or entity.label != "PER":
        return False
    if view.low[k] == "не":
        k += 1
    if k >= len(view.tokens) or view.verb_form(k) != "Part" or view.case(k) != "Nom":
        return False
    for m in range(k + 1, min(len(view.tokens), k + 12)):
        if view.low[m] == ",":
            return True
        if view.is_finite(m) or view.ends_sentence(m):
            return False
    return False


#: Parts of speech of a connective before a parenthetical cue (``Кроме того``, ``При этом``,
#: ``Однако``): it says nothing itself, so the quoted clause follows the cue.
CONNECTIVE_POS = frozenset({"ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "PUNCT"})


def according_to_parenthetical(view: View) -> Iterator[Candidate]:
    """Такой переход, считает вице-губернатор X, повысит … : the whole sentence."""
    for verb in anchors(view):
        if view.cue_kind(verb) not in ("speech", "impersonal", "stance"):
            continue
        found = comma_before_cue(view, verb)
        if found is None:
            continue
        a, b, j = found
        source = subject_right(view, verb, b)
        if source is None or source.end is None or source.start is None:
            continue
        first = view.token_at(source.start)
        if first - verb > 8 or any(view.pos[m] not in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
                                   and view.tokens[m].text not in OPENING_MARKS
                                   and view.tokens[m].text not in CLOSING_MARKS
                                   and view.entity_of_token[m] is None
                                   and view.feats[m].get("VerbForm") != "Part"
                                   and not (view.pos[m] == "ADV" and m > verb + 1 and
                                            view.feats[m - 1].get("VerbForm") == "Part")
                                   for m in range(verb + 1, first)):
            # ``рассказала «Известиям» живущая там Марина Исламова``: an addressee in marks
            # and a participle of the subject may stand between
            # ``X, известный певец, написал письмо в газету Y, ...``: not inverted; but
            # ``считает глава ассоциации ритейлеров Ирина Седова,`` is (the role before her)
            continue
        k = view.token_at(source.end - 1) + 1
        while k < b and view.tokens[k].text in CLOSING_MARKS:
            k += 1
        while k < b and view.low[k] not in (",",) and not view.is_final_punct(k):
            if view.is_finite(k):
                break
            k += 1
        if k < b - 1 and view.low[k] == "," and view.verb_form(k + 1) == "Conv":  # the cue's
            k = next((m for m in range(k + 2, b) if view.low[m] == ","), b)  # ``, отвечая …``
        if k >= b - 1 or view.low[k] != "," or view.is_final_punct(k + 1):
            continue
        start = view.tokens[a].start
        if any(view.pos[m] not in CONNECTIVE_POS for m in range(a, j)):
            end = clause_end(view, a, b, anchor=verb)
        else:  # ``Кроме того, добавила X, около половины …``: the clause is after the cue
            end = clause_end(view, k + 1, b)
        if end > start:
            yield Candidate(start, end, "according_to", "according_to_parenthetical",
                            (verb, verb + 1), source)


def according_to_trailing(view: View) -> Iterator[Candidate]:
    """…, передает пресс-служба Кремля. / …, сообщает NEWSru.com.: the sentence before; and
    first-person words that lost their marks before a manner-of-speaking verb (``Нас не
    предупредили, возмущается Елена``)."""
    manner = [i for i in range(len(view.tokens))
              if view.cue_kind(i) == "manner" and not view.inside_quote(i)]
    for verb in sorted(anchors(view) + manner) if manner else anchors(view):
        kind = view.cue_kind(verb)
        if kind not in ("speech", "impersonal", "passive", "stance", "manner") or \
                kind == "speech" and view.lemma[verb] not in SPEECH_VERBS and \
                view.lemma[verb] not in FINDING_VERBS and \
                not view.quoting(verb):  # ``…, приводит ТАСС слова Ушакова``
            continue  # ``stance``: ``…, уверен Петров`` as ``…, считает Петров``
        found = comma_before_cue(view, verb, over_circumstance=True)
        if found is None or view.low[verb + 1:verb + 2] == ["ли"] or \
                that_clause(view, verb) is not None:
            # ``О том, боится ли Трамп …``: an embedded question, nobody speaks;
            # ``Эксперты, опрошенные AFP, считают, что …``: the cue's own clause follows
            continue
        a, b, j = found
        if view.tokens[a].text in OPENING_MARKS:
            pair = view.pair_by_open.get(view.tokens[a].start)
            if pair is not None and view.token_at(pair.close) >= j - 1:
                continue  # a direct quotation: direct_cue_after
        if view.inside_quote(a) and not view.inside_quote(verb):
            continue  # ``в обзоре «Картина инфляции. Март 2021 года», передает ТАСС``: the
            # sentence split inside a title; its attribution is the whole sentence's
        opener = back_reference_opener(view, a, j)
        if view.low[a:a + 2] == ["об", "этом"] or opener is not None and opener < j and any(
                back_reference_verb(view, m) for m in range(opener, min(j, opener + SCAN_TOKENS))):
            continue  # ``Об этом в среду сообщает X``, ``Такое заявление сделал X, пишет ТАСС``,
            # ``Так X ответил на вопрос, передает РБК``: a back reference, whose words are the
            # sentence before
        if view.quoting(verb):
            source = object_right(view, verb, b)
        elif kind in ("impersonal", "passive"):  # ``…, говорится / сказано в сообщении X``
            # or ``…, сообщается на сайте МГУ``: the site's owner
            source = message_source(view, verb + 1, b) or location_source(view, verb + 1, b)
        else:
            source = subject_right(view, verb, b)
            if source is None and view.lemma[verb] in FINDING_VERBS:
                # ``…, показали данные Росстата``: the study, whatever case the tagger read
                study = next((m for m in range(verb + 1, min(b, verb + 4))
                              if view.lemma[m] in FINDING_SUBJECTS), None)
                source = phrase(view, study, verb + 1, b) if study is not None else None
            if source is None and view.number(verb) == "Plur":
                source = location_source(view, verb + 1, b)  # ``…, сообщили в Росавиации``
                if source is not None and not body_place(view, source):
                    source = None  # ``…, рассказали в интернете``: nobody named
                if source is None and view.low[verb + 1:verb + 2] == ["там"]:
                    source = Source("there")  # ``…, заявили там``: the body named before
        if source is None:
            continue
        if source.end is not None and \
                not _only_tail(view, max(verb, view.token_at(source.end - 1)) + 1, b):
            continue  # (a source cited before the verb: the outlet after it is no tail)
        # the body must not report speech itself (``Так Песков ответил …, передает РБК``)
        # (a future verb reports nothing: ``Москва ответит на санкции, говорится в …``)
        found = anchors(view)
        first = bisect_left(found, a)
        relay = relays(view, verb, source)
        if any(view.feats[v].get("Tense") != "Fut" and not _attributive(view, v)
               and reports_there(view, v, a, j) for v in found[first:] if v < j):
            continue
        first = after_dateline(view, a, j)  # ``27.06.2024 | 14:58 Текст …, заявил X``
        if relay:  # ``X потребовал …, сообщает DPA``: X's words, the outlet their channel
            source = relayed_person(view, first, j) or source
        # words in the first person are the speaker's own, their marks lost: direct speech
        lost = unmarked_speech_start(view, first, j) if kind in ("speech", "manner") else None
        if kind == "manner" and lost is None:
            continue  # ``…, вздохнул Петров`` reports speech only if the words are his own
        start, end = view.strip_span(view.tokens[first if lost is None else lost].start,
                                     view.tokens[j].start)
        if end > start:
            yield Candidate(start, end, "according_to" if lost is None else "direct",
                            "according_to_trailing", (verb, verb + 1), source)


def _attributive(view: View, v: int) -> bool:
    """A participle describing the noun after it (``думающая аудитория``): no report."""
    return view.verb_form(v) == "Part" and v + 1 < len(view.tokens) and \
        view.pos[v + 1] in ("NOUN", "ADJ") and view.case(v) == view.case(v + 1) is not None
