"""Interviews: the answers of the person interviewed, line by line.

An interview prints its questions and answers as paragraphs, either labelled (``Вопрос:`` /
``Ответ:``, ``Викиновости:`` / ``И. П.:`` with the interviewee's initials) or as dialogue
dashes with no attribution (``— Как появилась идея?`` / ``— Она пришла на Урале.``). An
answer is a direct quote of the interviewee: the person the introduction says was
interviewed (``побеседовал с X``, ``X ответил на вопросы``), else the person the text names
most. The interviewer's questions are direct speech too (GUIDELINE §2a: a question in direct
speech is a quote), by a speaker the text does not name. A document is an interview only
when it has at least two questions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from ...annotations import Entity
from ..cues import DASHES
from ..sources import Source
from ..view import View
from .candidate import Candidate
from .clauses import first_person

#: Labels of the interviewer's lines (lower-case, no colon).
INTERVIEWER_LABELS = frozenset({
    "вопрос", "в", "викиновости", "вн", "корреспондент", "журналист", "журналистка",
    "интервьюер", "ведущий", "ведущая", "корр", "редакция", "wikinews",
})
#: Words of an interview in the introduction that a bare question needs (lemmas): ``рассказал``
#: alone introduces any news.
INTERVIEW_ONLY_WORDS = frozenset({"интервью", "побеседовать", "поговорить", "беседа",
                                  "беседовать"})
#: The interviewer asks the interviewee in the second person (lemmas).
SECOND_PERSON = frozenset({"вы", "ваш", "ты", "твой"})
#: Labels of the interviewee's lines when no name is written.
ANSWER_LABELS = frozenset({"ответ", "о"})
#: Words that tell the introduction who was interviewed (lemmas).
INTERVIEW_WORDS = frozenset({
    "интервью", "побеседовать", "поговорить", "беседа", "беседовать", "вопрос", "ответить",
    "отвечать", "рассказать", "рассказывать",
})

_LABEL = re.compile(r"([^\W\d_][^\n:]{0,40}?)\s*:\s*(\S.*)")
_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.?\s?){1,3}")


def _paragraphs(view: View) -> list[tuple[int, int]]:
    """``[start, end)`` of each non-empty line, spaces stripped."""
    out = []
    for line_start in view.line_starts:
        _, line_end = view.line_of(line_start)
        line = view.text[line_start:line_end]
        stripped = line.strip()
        if stripped:
            start = line_start + line.index(stripped)
            out.append((start, start + len(stripped)))
    return out


def _is_question(text: str) -> bool:
    return text.rstrip(" \t\u00a0»”\"").endswith("?")


def prompt(view: View, a: int, b: int) -> bool:
    """An interviewer's line: a question, a line that addresses the person by name and asks
    something, or a request closing with a verb in the imperative (``— Артем, … Расскажите о
    своих эмоциях.``)."""
    if _is_question(view.text[a:b]):
        return True
    if "?" in view.text[a:b] and _addressed(view, a + 1):
        return True  # ``— Магомед, почему …? (болельщики Андрей и Рафаэль)``: addressed
    last = view.token_at(b - 1)
    last_sentence = view.sentence(last)[0]
    return any(view.feats[k].get("Mood") == "Imp" and view.feats[k].get("Person") == "2"
               for k in range(max(last_sentence, view.token_at(a)), last + 1))


def _addressed(view: View, start: int) -> bool:
    """Does the line at ``start`` open by addressing a person (``Артем, вы говорили …``)?"""
    opening = view.token_starting_at_or_after(start)
    entity = view.entity_of_token[opening] if opening < len(view.tokens) else None
    after = view.token_at(entity.end - 1) + 1 if entity is not None else 0
    return entity is not None and entity.label == "PER" and after < len(view.tokens) and \
        view.low[after] == ","


def _dash_line(text: str) -> bool:
    """A dialogue line: a dash, then words, and no ``— сказал X`` inside (attributed lines are
    ``direct_dialogue``'s)."""
    if text[:1] not in DASHES or len(text) < 3 or not text[1:2].isspace():
        return False
    return not re.search(r"[,.!?…]\s+[—–]\s+\w", text[2:])


def _interviewee(view: View, lines: list[tuple[int, int]]) -> Entity | None:
    """The person interviewed: named with an interview word in its sentence outside the
    dialogue (``побеседовал с режиссёром Иваном Петровым``), else the person named most."""
    people = [e for e in view.doc.entities if e.label == "PER"
              and not any(a <= e.start < b for a, b in lines)]
    if not people:
        return None
    introduced = [e for e in people if any(
        view.lemma[k] in INTERVIEW_WORDS for k in range(*view.sentence(view.token_at(e.start))))]
    counts = Counter(_surname(e) for e in people)
    if introduced:
        # the person the text names most (``В интервью Лукоянов рассказал, как Зинэтула
        # Билялетдинов поменял команду``), then a full name before a lone word the tagger may
        # have misread (``Викиновостей``); the fullest name of that person
        best = min(introduced, key=lambda e: (-counts[_surname(e)],
                                              len((e.normal or e.text).split()) < 2))
        return max((e for e in people if _surname(e) == _surname(best)),
                   key=lambda e: len((e.normal or e.text).split()))
    best_name = max(counts, key=lambda name: counts[name])
    return next(e for e in people if _surname(e) == best_name)


def _surname(entity: Entity) -> str:
    return (entity.normal or entity.text).split()[-1]


def _by_initials(view: View, label: str) -> Entity | None:
    """The person whose initials the label gives (``И. П.``, ``ИП`` -> Иван Петров)."""
    letters = [c for c in label if c.isalpha()]
    if not 1 < len(letters) <= 3:
        return None
    for entity in view.doc.entities:
        words = (entity.normal or entity.text).split()
        if entity.label == "PER" and len(words) >= 2 and \
                [w[0] for w in words[:len(letters)]] == letters[:len(words)] and \
                words[0][0] == letters[0] and words[-1][0] == letters[-1]:
            return entity
    return None


@dataclass(frozen=True)
class _Layout:
    """An interview's lines: labelled ones (start, end, label as written, label as a key,
    content start), dialogue-dash ones and bare paragraphs (start, end, a question?), and
    unlabelled paragraphs with no dash."""
    labelled: list[tuple[int, int, str, str, int]]
    dialogue: list[tuple[int, int, bool]]
    bare: list[tuple[int, int, bool]]
    plain: list[tuple[int, int]]


def _layout(view: View) -> _Layout | None:
    """The document's lines if it is an interview (at least two questions), else None."""
    text = view.text
    labelled: list[tuple[int, int, str, str, int]] = []
    dialogue: list[tuple[int, int, bool]] = []
    bare: list[tuple[int, int, bool]] = []  # unlabelled paragraphs after a bare question
    plain: list[tuple[int, int]] = []
    for a, b in _paragraphs(view):
        line = text[a:b]
        match = _LABEL.match(line)
        key = match.group(1).lower().strip(". ") if match else ""
        if match and _interviewer(key):
            key = "вопрос"
        if match and (key in INTERVIEWER_LABELS | ANSWER_LABELS
                      or _INITIALS.fullmatch(match.group(1))):
            labelled.append((a, b, match.group(1), key, a + match.start(2)))
            continue
        if _dash_line(line):
            dialogue.append((a, b, prompt(view, a, b)))
        else:
            plain.append((a, b))
            if _asks_you(view, a, b):
                bare.append((a, b, True))
            elif bare:
                bare.append((a, b, False))
    questions = sum(1 for a, b, _, key, _ in labelled
                    if key in INTERVIEWER_LABELS and _is_question(text[a:b]))
    questions += sum(1 for *_, asks in dialogue if asks)
    if questions == 1 and not labelled and _one_question_interview(view, dialogue, plain):
        questions = 2  # a page cut after its first answer is an interview all the same
    asked = sum(1 for n, (*_, asks) in enumerate(bare)
                if asks and n + 1 < len(bare) and not bare[n + 1][2])
    if asked < 2 or not any(view.lemma[k] in INTERVIEW_ONLY_WORDS for k in
                            range(view.token_at(bare[0][0]) if bare else 0)):
        bare = []
    if questions < 2 and not bare:
        return None
    return _Layout(labelled, dialogue, bare, plain)


def interview_answer(view: View) -> Iterator[Candidate]:
    """The answers of an interview (see the module docstring)."""
    layout = _layout(view)
    if layout is None:
        return
    text = view.text
    labelled, dialogue, bare, plain = layout.labelled, layout.dialogue, layout.bare, layout.plain
    person = _interviewee(view, [(a, b) for a, b, *_ in labelled + dialogue])
    for a, b, label, key, content in labelled:
        if key in INTERVIEWER_LABELS:
            continue
        who = _by_initials(view, label) if key not in ANSWER_LABELS else None
        who = who or person
        if who is None:
            continue
        start, end = view.strip_span(content, b)
        if end > start:
            yield Candidate(start, end, "direct", "interview_answer", None,
                            Source("phrase", who.start, who.end))
    if person is None:
        return
    for a, b in _dialogue_answers(view, dialogue, plain):
        start, end = view.strip_span(a + 1 if text[a] in DASHES else a, b)
        if end > start:
            yield Candidate(start, end, "direct", "interview_answer", None,
                            Source("phrase", person.start, person.end))
    for n, (a, b, asks) in enumerate(bare):
        # the paragraph right after a bare question, and those after it in the first person
        if asks or n == 0 or not (bare[n - 1][2] or first_person(view, a, b)):
            continue
        start, end = view.strip_span(a, b)
        if end > start:
            yield Candidate(start, end, "direct", "interview_answer", None,
                            Source("phrase", person.start, person.end))


def interview_question(view: View) -> Iterator[Candidate]:
    """The interviewer's questions: direct speech (GUIDELINE §2a: a question in direct speech
    is a quote) whose speaker the text does not name as a person — unnamed."""
    layout = _layout(view)
    if layout is None:
        return
    text = view.text
    unnamed = Source("unnamed")
    spans = [(content, b, _asker(view, a, content)) for a, b, _, key, content in layout.labelled
             if key in INTERVIEWER_LABELS]
    spans += [(a + 1 if text[a] in DASHES else a, b, unnamed)
              for a, b, asks in layout.dialogue if asks]
    spans += [(a, b, unnamed) for a, b, asks in layout.bare if asks]
    for a, b, source in sorted(spans, key=lambda span: span[0]):
        start, end = view.strip_span(a, b)
        if end > start and ("?" in text[start:b] or _addressed(view, start)):
            # a request to nobody (``Подписывайтесь на наши каналы``) is a page's, no question
            yield Candidate(start, end, "direct", "interview_question", None, source)


def _asker(view: View, a: int, content: int) -> Source:
    """The interviewer a label names (``Дмитрий Иванов (Викиновости):``), else unnamed."""
    person = next((e for k in range(view.token_at(a), view.token_at(content))
                   if (e := view.entity_of_token[k]) is not None and e.label == "PER"
                   and a <= e.start and e.end <= content), None)
    return Source("phrase", person.start, person.end) if person is not None else \
        Source("unnamed")


def _dialogue_answers(view: View, dialogue: list[tuple[int, int, bool]],
                      plain: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The answers of a dialogue-dash interview, in text order: the paragraph right after a
    question (with a dash or without: ``– Почему?⏎⏎Физика нейтрино – …``), and the paragraphs
    with no dash after an answer that go on in the first person (an answer over several
    paragraphs), up to the next dash line."""
    rows = sorted([(a, b, "question" if asks else "dash") for a, b, asks in dialogue]
                  + [(a, b, "plain") for a, b in plain])
    answering = False
    for n, (a, b, kind) in enumerate(rows):
        after_question = n > 0 and rows[n - 1][2] == "question"
        if kind == "question":
            answering = False
        elif after_question and not _is_question(view.text[a:b]):
            answering = True
            yield a, b
        elif kind == "plain" and answering and first_person(view, a, b):
            yield a, b
        else:
            answering = False


def _one_question_interview(view: View, dialogue: list[tuple[int, int, bool]],
                            plain: list[tuple[int, int]]) -> bool:
    """A dialogue with one question is an interview when the question speaks to ``вы`` or the
    introduction before it says the person was interviewed or told something (``В интервью
    X рассказал``, ``рассказал гендиректор X``), and an answer follows it."""
    at = next(n for n, (*_, asks) in enumerate(dialogue) if asks)
    a, b, _ = dialogue[at]
    # the next paragraph, in text order, is an answer: a dash line that asks nothing, or a
    # paragraph with no dash before any further dash line (both lists are in text order)
    next_dash = dialogue[at + 1] if at + 1 < len(dialogue) else None
    next_plain = next((pa for pa, _ in plain if pa > b), None)
    answered = next_dash is not None and not next_dash[2] or next_plain is not None and (
        next_dash is None or next_plain < next_dash[0])
    if not answered:
        return False
    first = view.token_at(a)
    told = any(view.lemma[k] in INTERVIEW_WORDS for k in range(first))
    return told or _asks_you(view, a, b)


def _interviewer(key: str) -> bool:
    """Is a line's label the interviewer's, also with a name (``Дмитрий Иванов
    (Викиновости)``, ``корр. Викиновостей``)?"""
    words = re.findall(r"[^\W\d_]+", key)
    return len(words) > 1 and any(w in INTERVIEWER_LABELS and len(w) > 2 or
                                  w.startswith("викиновост") for w in words)


def _asks_you(view: View, a: int, b: int) -> bool:
    """A bare question to the interviewee: a paragraph ending in ``?`` that speaks to ``вы``
    (``Как появилась идея вашего фильма?``)."""
    if not _is_question(view.text[a:b]):
        return False
    first, last = view.token_at(a), view.token_at(b - 1) + 1
    return any(view.lemma[k] in SECOND_PERSON or view.feats[k].get("Person") == "2"
               for k in range(first, min(last, len(view.tokens))))
