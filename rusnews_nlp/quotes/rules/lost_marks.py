"""Direct speech whose quotation marks were lost in scraping: ``Мы готовы. Мы ждем ответа, —
сказал Лавров.`` The comma (or ``?``, ``!``) and dash before the author's words mark the speech;
where it starts is the question — at its paragraph, after the narration before it."""

from __future__ import annotations

import re
from typing import Iterator

from ..cues import DASHES, SPEECH_END_PUNCT
from ..sources import SCAN_TOKENS, Source, subject_right
from ..view import CLOSING_MARKS, OPENING_MARKS, View
from .candidate import Candidate
from .clauses import (anchor_source, first_person_word, last_word, role_noun,
                      source_marker_opens, that_clause)
from .direct import (SIGNATURE_WORDS, _so_said, _source_after, _speech_before, opens_clause,
                     period_before_attribution,
                     signature_line, speech_like)
from .interview import prompt
from .markers import marker_at
from .owners import words_owner


def direct_lost_marks(view: View) -> Iterator[Candidate]:
    """``Мы готовы. Мы ждем ответа, — сказал Лавров.``: the comma (or ``?``, ``!``) and dash
    before the author's words mark direct speech, whose quotation marks were lost; the speech
    runs from the start of its paragraph (or from the previous attribution in it), and
    paragraphs of first-person speech right before it are the same speaker's."""
    text = view.text
    n = len(view.tokens)
    line_from = -1
    for verb in range(2, n):
        dash = _dash_before(view, verb)
        owner = view.low[verb] in ("эти", "слова") and view.ends_sentence(verb - 1)
        if dash is None and not owner or view.inside_quote(verb):
            continue  # most tokens: no dash before them, no ``Эти слова принадлежат``
        _, b = view.sentence(verb)
        source = None
        kind = view.cue_kind(verb)
        so = _so_said(view, verb) if view.is_dash(verb - 1) else None
        if so is not None:
            # ``Мы построим мост — такими словами Хуснуллин открыл совещание``
            dash, kind, source = verb - 1, "speech", anchor_source(view, so, verb, b)
            verb = so
        elif owner and (named := words_owner(view, verb)) is not None:
            # ``Каждый рубль должен работать. Эти слова принадлежат губернатору X``
            dash, kind, source = verb, "speech", named
        if dash is None or kind not in _ATTRIBUTION_KINDS:
            continue
        if dash == verb:
            punct = verb - 1
        elif view.low[dash - 1] in SPEECH_END_PUNCT or \
                period_before_attribution(view, dash - 1) and kind in ("speech", "manner"):
            punct = dash - 1
        elif kind in ("speech", "manner") and view.low[dash - 1][-1:].isalnum() and \
                view.text[view.tokens[dash].start - 1:view.tokens[dash].start].isspace():
            # ``Но не любой ценой — сказал министр``: the comma went with the marks, so the
            # author's words must name somebody
            source = source or _source_after(view, verb, b)
            if source.kind != "phrase":
                continue
            punct = dash
        else:
            continue
        line_start, _ = view.line_of(view.tokens[punct].start)
        first = view.token_starting_at_or_after(line_start)
        if line_from >= first:
            first = line_from  # after the previous attribution on this line
        if first >= punct or view.is_dash(first) and view.token_starting_at_or_after(
                line_start) == first:
            continue  # dialogue lines: ``direct_dialogue``
        lo, hi = view.tokens[first].start, view.tokens[punct].start
        pairs = (view.pair_by_open.get(i) or view.pair_by_close.get(i) for i in range(lo, hi))
        if any(pair is not None and (_quotation(view, pair) or opens_clause(view, pair) and
                                     not text[pair.close + 1:hi].strip(" \t\u00a0,!?…"))
               for pair in pairs):
            continue  # paired quotation marks are there (``«Дети устают», —``): the direct rules
        if source is None:
            source = _source_after(view, verb, b)
        first = _after_reported_sentences(view, first, punct, verb, source)
        begin = view.tokens[first].end if first == line_from and view.is_dash(first) \
            else view.tokens[first].start  # ``… — сказал он. — B, — добавил он``: B
        start, end = _speech_before(view, begin, punct)
        # a mark whose partner was lost (``Мы готовы», — сказал он``) is not speech
        while start < end and (text[start] in OPENING_MARKS or text[start] in CLOSING_MARKS
                               or text[start].isspace()):
            start += 1
        while end > start and text[end - 1] in CLOSING_MARKS:
            end -= 1
        if end > start and len(text[start:end].split()) >= 2:
            yield Candidate(start, end, "direct", "direct_lost_marks", (verb, verb + 1), source)
            if first == view.token_starting_at_or_after(line_start):
                yield from _speech_paragraphs_before(view, line_start, verb, source)
        k = verb + 1
        _, verb_line_end = view.line_of(view.tokens[verb].start)
        # (a line ends the attribution where no stop does: ``…, — сказал Медведев⏎НТВ``)
        while k < n and not view.ends_sentence(k) and k - verb < SCAN_TOKENS and \
                view.tokens[k].start < verb_line_end:
            if view.low[k] == "," and k + 2 < n and view.is_dash(k + 1) and \
                    view.tokens[k + 2].text[:1].islower() and \
                    view.cue_kind(k + 2) not in ("speech", "manner"):
                # ``Мы готовы, — сказал Лавров, — но не любой ценой.``: the speech goes on
                # (not ``…, — отметил он`` closing the next speech)
                _, b = view.sentence(k + 2)
                last = last_word(view, k + 2, b)
                rest_start, rest_end = view.strip_span(view.tokens[k + 2].start,
                                                       view.tokens[last].end)
                if len(text[rest_start:rest_end].split()) >= 2:
                    yield Candidate(rest_start, rest_end, "direct", "direct_lost_marks",
                                    (verb, verb + 1), source)
                k = b - 1
                break
            k += 1
        line_from = k + 1 if k < n and view.tokens[k].start < verb_line_end else k
        if line_from < n and view.is_dash(line_from) and view.low[k] == "." and \
                view.tokens[line_from].start < view.line_of(view.tokens[k].start)[1]:
            # ``Мы готовы, — сказал Лавров. — Ждем ответа.``: the speaker goes on; a second
            # attribution later on the line gives that part itself (the next round)
            _, line_end = view.line_of(view.tokens[line_from].start)
            last = view.token_at(line_end) if line_end < len(text) else n
            if not any(view.is_dash(m) and view.low[m - 1] in SPEECH_END_PUNCT
                       and view.cue_kind(m + 1) in ("speech", "manner")
                       for m in range(line_from + 1, last - 1)):
                rest_start, rest_end = view.strip_span(view.tokens[line_from].end, line_end)
                if len(text[rest_start:rest_end].split()) >= 2:
                    yield Candidate(rest_start, rest_end, "direct", "direct_lost_marks",
                                    (verb, verb + 1), source)


#: Cue kinds of an attribution after speech that lost its marks.
_ATTRIBUTION_KINDS = frozenset({"speech", "manner", "impersonal", "passive", "stance"})


def _quotation(view: View, pair) -> bool:
    """Is a pair of marks a quotation (the direct rules' business), not a title inside the
    narration (``Наставник «Авангарда» был краток``)? It opens a clause and reads as speech."""
    return opens_clause(view, pair) and speech_like(view, pair.open + 1, pair.close)


def _dash_before(view: View, verb: int) -> int | None:
    """The dash of ``…, — сказал X``, ``…, — уклончиво ответил X``, ``…, — говорится в
    сообщении``: right before the cue verb or before one or two adverbs."""
    k = verb - 1
    while k > 1 and verb - k <= 2 and view.pos[k] == "ADV" and view.low[k] != "не":
        k -= 1
    return k if k >= 1 and view.is_dash(k) else None


def _marked_within(view: View, a: int, b: int) -> bool:
    """Does a source marker set off by a comma inside sentence ``[a, b)`` attribute it
    (``Водитель, по предварительным данным, выехал на встречную полосу.``)? Such a sentence
    is the marker's quote, not the start of speech after it (but ``по моим данным`` in
    speech is the speaker's own source)."""
    return any(view.low[m - 1] == "," and marker_at(view, m) and
               not first_person_word(view, m + 1) for m in range(a + 1, b - 1))


def _after_reported_sentences(view: View, first: int, punct: int, verb: int,
                              source: Source) -> int:
    """Where speech that lost its marks starts: after the last whole sentence before it that
    is narration — one that reports speech itself (``Жители рассказывают, что огонь подошёл
    быстро.``, ``Пассажир Питер Коста рассказал CTV о первых минутах.``), or, when the
    attribution says only ``он``/``она``, one whose subject is a person named in it and acting
    in the attribution verb's gender (``Мать погибшего Анна Смит вышла к журналистам. Мой сын
    …, — сказала она``), or one that names the speaker the attribution names: people speak
    of others, not of themselves, by name (``Вечером Оздоев сыграл последний матч. Приехал к
    вам из аэропорта, — заявил Магомед Оздоев``)."""
    pronoun = view.low[verb + 1:verb + 2] in (["он"], ["она"], ["они"])
    speaker = _speaker_referent(view, source)
    # the nouns of the attribution's speaker (``глава концерна``): the narration names him too
    nouns = {view.lemma[m] for m in range(verb + 1, min(len(view.tokens), verb + 4))
             if view.pos[m] == "NOUN"}
    k = first
    while k < punct:
        a, b = view.sentence(k)
        if b > punct:
            break
        if source_marker_opens(view, a) or _marked_within(view, a, b) or any(
                view.cue_kind(m) in ("speech", "impersonal") and view.is_finite(m)
                and (that_clause(view, m) is not None or _named_subject(view, a, m)
                     # ``Об этом сообщил губернатор Илья Середюк.``
                     or _named_subject(view, m + 1, b)
                     # ``Запуск отложен, сообщила компания.``: attributed by its own cue
                     # (but ``Несмотря на гол, продолжали играть``: no subject, no report)
                     or m > a and view.low[m - 1] == "," and
                     subject_right(view, m, b) is not None
                     # ``Она выступила на пресс-конференции, как сообщает ТАСС.``
                     or m > a + 1 and view.low[m - 2:m] == [",", "как"])
                for m in range(a, b)) or speaker is not None and any(
                _referent(view, k) == speaker for k in range(a, b)) or any(
                view.is_finite(m) and view.pos[m] in ("VERB", "AUX")
                and view.feats[m].get("Gender") == view.feats[verb].get("Gender")
                and view.number(m) == view.number(verb)
                and (pronoun and _person_subject(view, a, m)
                     or nouns & {view.lemma[n] for n in range(a, m)} and _named_subject(view, a, m))
                for m in range(a, b)):
            first = b
        k = b
    return first


def _referent(view: View, k: int) -> str | None:
    """The referent id of the person whose name token ``k`` is part of."""
    entity = view.entity_of_token[k]
    if entity is None or entity.label != "PER":
        return None
    referent = view.referent_of.get(entity.id)
    return referent.id if referent is not None else None


def _speaker_referent(view: View, source: Source) -> str | None:
    """The referent of the person an attribution names (``— заявил Магомед Оздоев``)."""
    if source.kind != "phrase":
        return None
    k = view.token_starting_at_or_after(source.start)
    return _referent(view, k) if k < len(view.tokens) else None


def _named_subject(view: View, a: int, verb: int) -> bool:
    """Is a person tagged by name, in the nominative, the subject before ``verb``?"""
    return any(view.entity_of_token[k] is not None and view.entity_of_token[k].label == "PER"
               and view.case(k) in ("Nom", None) for k in range(a, verb))


def _person_subject(view: View, a: int, verb: int) -> bool:
    """A named person or a person noun (``Мать погибшего``) in the nominative before ``verb``."""
    return _named_subject(view, a, verb) or any(
        view.pos[k] == "NOUN" and view.case(k) == "Nom" and view.feats[k].get("Animacy") == "Anim"
        for k in range(a, verb))


def direct_signed_paragraph(view: View) -> Iterator[Candidate]:
    """A quotation paragraph that lost its marks, signed on the next line (a quote template
    scraped to text): ``Мы готовы к диалогу. Но не любой ценой.⏎— Сергей Лавров`` — the
    signature line holds only a person's name (and an apposition after a comma)."""
    text = view.text
    for line_start in view.line_starts:
        _, line_end = view.line_of(line_start)
        line = text[line_start:line_end].strip()
        dashed = line[:1] in ("—", "–", "-") and line[1:2].isspace()
        if len(line) < 4:
            continue
        at = line_start + text[line_start:line_end].index(line[0])
        t = view.token_starting_at_or_after(at + 1 if dashed else at)
        entity = view.entity_of_token[t] if t < len(view.tokens) else None
        role = _role_line(view, t, line_end) if dashed and entity is None else None
        said = _attribution_line(view, t, line_end)
        if said is not None:
            signer = said  # ``сказал Лавров`` alone on its line under the paragraph
        elif role is not None:
            signer = role  # ``– глава МИД Турции``: the resolver finds who holds it
        elif entity is None or entity.label != "PER" or \
                entity.start != view.tokens[t].start or \
                dashed and text[view.tokens[t - 1].end:entity.start].strip():
            continue
        elif not signature_line(view, entity, None if dashed else SIGNATURE_WORDS):
            continue  # ``— сказал Лавров`` is an attribution: direct_lost_marks
        else:
            signer = Source("phrase", entity.start, entity.end)
        # the paragraph before, after any blank lines
        k = line_start - 1
        while k > 0 and text[k - 1] in "\n \t\u00a0":
            k -= 1
        if k <= 0:
            continue
        para_start, para_end = view.line_of(k - 1)
        start, end = view.strip_span(para_start, para_end)
        body = text[start:end]
        if len(body.split()) < 3 or any(ch in OPENING_MARKS or ch in CLOSING_MARKS
                                        for ch in body):
            continue  # marked quotations are direct_signature's
        if (not dashed or role is not None) and said is None and not _first_person_here(
                view, view.token_at(start), min(view.token_at(end - 1) + 1, len(view.tokens))):
            continue  # a photo caption under narration is no signature
        yield Candidate(start, end, "direct", "direct_signed_paragraph", None, signer)


def _attribution_line(view: View, t: int, line_end: int) -> Source | None:
    """A line that is only an attribution (``сказал Лавров``, ``— заявил глава МИД.``, ``—
    сказал он журналистам.``): a speech verb in the past, its subject after it, and at most
    the circumstances of saying (no other verb)."""
    n = len(view.tokens)
    if t >= n or view.cue_kind(t) not in ("speech", "manner") or not view.is_finite(t) or \
            view.feats[t].get("Tense") != "Past":
        return None
    last = last_word(view, t, view.token_starting_at_or_after(line_end))
    if last <= t or last - t > SIGNATURE_WORDS:
        return None
    found = subject_right(view, t, last + 1)
    if found is None or found.end is None:
        return None
    after = view.token_at(found.end - 1) + 1
    if found.end != view.tokens[last].end and any(
            view.is_finite(k) or view.low[k] in ("что", ":", "и") for k in range(after, last + 1)):
        return None  # (``— сказал он журналистам.`` ends with the addressee; ``сказал Лавров
        # и уехал`` goes on with narration)
    return found


def _role_line(view: View, t: int, line_end: int) -> Source | None:
    """A signature line that gives only an office (``– глава МИД Турции``): a role noun and
    its dependents, at most ``SIGNATURE_WORDS`` words, no verb."""
    if t >= len(view.tokens) or not role_noun(view, t):
        return None
    last = view.token_starting_at_or_after(line_end) - 1
    if last < t or last - t + 1 > SIGNATURE_WORDS or any(
            view.pos[k] not in ("NOUN", "ADJ", "PROPN") and view.entity_of_token[k] is None
            for k in range(t, last + 1)):
        return None
    return Source("phrase", view.tokens[t].start, view.tokens[last].end)


def _worded_lines(view: View) -> Iterator[tuple[int, int, int, int, int]]:
    """Each line with tokens: ``(line_end, start, end, a, b)``, its span with spaces and final
    punctuation stripped and its tokens ``[a, b)``."""
    for line_start in view.line_starts:
        _, line_end = view.line_of(line_start)
        start, end = view.strip_span(line_start, line_end)
        if end <= start:
            continue
        a, b = view.token_at(start), min(view.token_at(end - 1) + 1, len(view.tokens))
        if a < b:
            yield line_end, start, end, a, b


def direct_speech_goes_on(view: View) -> Iterator[Candidate]:
    """``Мы готовы, — сказал Лавров.⏎Но ответа пока нет. И мы ждём.``: a paragraph in the first
    person, with no marks and no cue of its own, right after a paragraph that direct speech's
    attribution closes, goes on with that speech (``direct_standalone``'s quotation paragraph
    whose marks were lost). Only a speaker says ``мы`` in news; narration does not."""
    text = view.text
    speaking = False  # did the paragraph before end in direct speech or go on with it?
    for line_end, start, end, a, b in _worded_lines(view):  # blank lines keep the state
        body = text[start:end]
        goes_on = speaking and _speech_paragraph(view, start, end, a, b) and \
            not text[line_end - 1:line_end].strip().endswith(":")
        if goes_on:
            yield Candidate(start, end, "direct", "direct_speech_goes_on", None,
                            Source("previous"))
        speaking = goes_on or any(d in body for d in DASHES) and _closed_by_attribution(view, a, b)


#: What a newsroom calls its own (``наш корреспондент``, ``нашей редакции``): the outlet's
#: voice, not a speaker's.
EDITORIAL_NOUNS = frozenset({"корреспондент", "редакция", "издание", "журналист", "сайт",
                             "портал", "газета", "канал", "читатель", "зритель", "слушатель"})


#: The newsroom's own first person plural opening a paragraph (``Напомним, …``, ``Отметим,
#: что …``): narration, never the speaker going on.
EDITORIAL_OPENERS = frozenset({"напомним", "отметим", "заметим", "добавим", "уточним",
                               "подчеркнем", "поясним", "вспомним"})


def _first_person_here(view: View, a: int, b: int) -> bool:
    """Words in the first person in tokens ``[a, b)`` (``мы``, ``наш``, ``считаю``), not the
    newsroom's own (``наш корреспондент``, ``Напомним, мы писали``)."""
    if view.low[a] in EDITORIAL_OPENERS:
        return False
    return any(first_person_word(view, k)
               and view.lemma[k + 1 if k + 1 < b else k] not in EDITORIAL_NOUNS
               for k in range(a, b))


#: How many paragraphs of speech that lost its marks may run before its attribution's.
SPEECH_PARAGRAPHS_BEFORE = 3


def _speech_paragraphs_before(view: View, line_start: int, verb: int,
                              source: Source) -> Iterator[Candidate]:
    """``Сейчас сложно ответить. Если переговоры будут успешны, думаю, да.⏎Думаю, это
    бразильский вектор, — сказал Палкин.``: paragraphs in the first person, with no marks and
    no cue of their own, right before a paragraph that is all speech with its attribution,
    are the same speaker's (``direct_speech_goes_on`` read backwards: a quotation paragraph
    whose marks were lost, before the one the attribution closes)."""
    text = view.text
    found: list[Candidate] = []
    at = line_start
    while len(found) < SPEECH_PARAGRAPHS_BEFORE:
        k = at - 1
        while k > 0 and text[k - 1] in "\n \t\u00a0":
            k -= 1  # blank lines
        if k <= 0:
            break
        at, line_end = view.line_of(k - 1)
        start, end = view.strip_span(at, line_end)
        if end <= start:
            break
        a, b = view.token_at(start), min(view.token_at(end - 1) + 1, len(view.tokens))
        if text[start:line_end].rstrip()[-1:] not in (".", "!", "?", "…") or \
                not _speech_paragraph(view, start, end, a, b):
            break  # a headline has no final stop; narration no first person
        found.append(Candidate(start, end, "direct", "direct_lost_marks", (verb, verb + 1),
                               source))
    yield from reversed(found)


def unmarked_speech_start(view: View, first: int, end: int) -> int | None:
    """Where speech that lost its marks and ends in a trailing cue starts (``Я думаю, что мы
    останемся в плане. С точки зрения грузов мы не удовлетворены, цитирует его слова РБК.``):
    a sentence ``[first, end)`` in the first person with no quotation marks is direct speech,
    and so are the sentences in the first person before it on its line, up to one with marks
    or a cue of its own. ``None`` unless that holds."""
    if not _unmarked_speech(view, first, end):
        return None
    line_start, _ = view.line_of(view.tokens[first].start)
    while first > 0:
        a, b = view.sentence(first - 1)
        if view.tokens[a].start < line_start or not _unmarked_speech(view, a, b) or \
                _own_cue(view, a, b):
            break
        first = a
    return first


def _speech_paragraph(view: View, start: int, end: int, a: int, b: int) -> bool:
    """Does the paragraph ``text[start:end]`` (tokens ``[a, b)``) read as speech that lost its
    marks: three words or more, no dialogue dash opening it, the first person, no quotation
    mark, no cue of somebody else's?"""
    body = view.text[start:end]
    return len(body.split()) >= 3 and body[0] not in DASHES and \
        not any(ch in OPENING_MARKS or ch in CLOSING_MARKS for ch in body) and \
        _first_person_here(view, a, b) and not _own_cue(view, a, b)


def _own_cue(view: View, a: int, b: int) -> bool:
    """A cue of somebody else's among tokens ``[a, b)`` (``сказал``; a speaker's own ``скажу``
    is part of the speech): the words are attributed there, not by the cue around them."""
    return any(view.cue_kind(k) in ("speech", "impersonal", "passive", "manner")
               and view.feats[k].get("Person") != "1" for k in range(a, b))


def _unmarked_speech(view: View, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` in the first person, with no quotation mark among them."""
    return a < b and not any(view.tokens[k].text in OPENING_MARKS
                             or view.tokens[k].text in CLOSING_MARKS for k in range(a, b)) \
        and _first_person_here(view, a, b)


def _closed_by_attribution(view: View, a: int, b: int) -> bool:
    """Does the last sentence of tokens ``[a, b)`` attribute direct speech (``…, — сказал
    Лавров.``, ``«…», — добавил он.``)?"""
    if b <= a:
        return False
    first, _ = view.sentence(b - 1)
    for k in range(max(a, first), b):
        dash = _dash_before(view, k) if k >= 2 else None
        if dash is not None and view.cue_kind(k) in ("speech", "manner") and \
                (view.low[dash - 1] in SPEECH_END_PUNCT
                 or view.tokens[dash - 1].text in CLOSING_MARKS):
            return True
    return False


def direct_dash_paragraph(view: View) -> Iterator[Candidate]:
    """``Дом не ремонтировали, рассказала жительница Марина Исламова.⏎— Крыша течёт. Мы писали
    во все инстанции.``: a paragraph opened by a dialogue dash, with no attribution of its own,
    right after a paragraph whose last sentence reports someone's words (or after another such
    paragraph), is that someone's direct speech. The dash marks speech as quotation marks do;
    a list item (``— выплаты семьям;``) has no predicate or no final stop."""
    text = view.text
    speaking = False  # does the paragraph before report speech or go on with it?
    for line_end, start, end, a, b in _worded_lines(view):  # blank lines keep the state
        body = text[start:line_end].rstrip()
        words = text[start:end].lstrip("".join(DASHES) + " \t\u00a0")
        goes_on = speaking and body[0] in DASHES and body[1:2].isspace() and \
            words[:1].isupper() and len(words.split()) >= 3 and \
            body[-1:] in (".", "!", "…") and \
            not _DIALOGUE_ATTRIBUTION.search(body[2:]) and \
            not any(ch in OPENING_MARKS or ch in CLOSING_MARKS for ch in body) and \
            any(view.is_finite(k) or view.pos[k] == "AUX" or
                view.feats[k].get("Variant") == "Short" for k in range(a, b)) and \
            not prompt(view, start, end)  # ``— Артем, … Расскажите о …``: the interviewer
        verb = _attribution_below(view, view.token_starting_at_or_after(line_end)) \
            if body[0] in DASHES and body.endswith(",") \
            and words[:1].isupper() else None
        if goes_on or verb is not None:
            q_start = end - len(words)
            yield Candidate(q_start, end, "direct", "direct_dash_paragraph",
                            None if verb is None else (verb, verb + 1),
                            Source("zero") if verb is None else
                            _source_after(view, verb, view.sentence(verb)[1]))
        # a question (``— А Браун пояснил свой промах?``) is an interviewer's, not a report
        speaking = goes_on or body[-1:] not in (":", "?") and _reports_speech(view, a, b) \
            and not (body[0] in DASHES and prompt(view, start, end))


def _attribution_below(view: View, b: int) -> int | None:
    """``— Я не хочу предвосхищать события,⏎— цитирует ее слова издание.``: the cue verb of an
    attribution the page broke onto the next line, right after its dash (token ``b``)."""
    if b + 1 >= len(view.tokens) or not view.is_dash(b):
        return None
    verb = b + 1
    while verb < len(view.tokens) and view.pos[verb] in ("ADV", "PART") and verb - b <= 3:
        verb += 1
    if verb < len(view.tokens) and (view.cue_kind(verb) in ("speech", "manner", "stance")
                                    or view.quoting(verb)):
        return verb
    return None


#: ``…, — сказал он`` inside a dialogue line: ``direct_dialogue``'s, not a bare paragraph.
_DIALOGUE_ATTRIBUTION = re.compile(r"[,.!?…]\s+[—–-]\s+\w")


def _reports_speech(view: View, a: int, b: int) -> bool:
    """Does the last sentence of tokens ``[a, b)`` report someone's words (a speech or stance
    cue, or ``по словам``/``по мнению``; ``по данным`` cites data, nobody who talks on)?"""
    first, _ = view.sentence(b - 1)
    first = max(a, first)
    if view.low[first:first + 2] in (["об", "этом"], ["о", "чем"], ["о", "чём"]):
        return False  # ``Об этом она рассказала …`` points back, at what came before
    return any(view.cue_kind(k) in ("speech", "stance", "manner") or
               k > 0 and view.low[k - 1] == "по" and view.low[k] in ("словам", "мнению")
               for k in range(first, b))
