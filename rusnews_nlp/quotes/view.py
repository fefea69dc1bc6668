"""A read-only index over one analysed document, shared by the quote rules.

Rules ask questions like "which sentence is token 12 in", "is this character inside a
quotation", "where does this line end"; the view answers them with precomputed arrays, so
every rule stays linear in the document length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Sequence

from ..annotations import Document, Entity, Referent, Token
from ..entities.referents import genitive_surnames, referent_map
from ..text.segment import is_url
from .cues import (
    ADDRESS_VERBS, AFFIRMED_ONLY_VERBS, DASHES, FINAL_PUNCT, FINDING_SUBJECTS, FINDING_VERBS,
    FROM_DOCUMENT_VERBS, IMPERSONAL_VERBS, INFINITIVE_HOSTS, LIGHT_VERB_CUES, LIGHT_VERB_GAP,
    LIGHT_VERB_NOT_AFTER, LITOTES_HOSTS, MANNER_VERBS, MESSAGE_NOUNS, NEGATED_SPEECH_VERBS,
    NEWS_VERBS, PASSIVE_REPORT_VERBS, QUOTING_VERBS, RELAYING_VERBS, SPEECH_VERBS,
    STANCE_ADJECTIVES, norm,
)
from .marks import QuotePair, outermost, pair_marks

OPENING_MARKS = frozenset("«„“\"‹")

#: Parts of speech the tagger sometimes gives a verb form (``передаёт`` NOUN, a participle
#: after a comma NOUN): such tokens are re-read with pymorphy3 (``verb_reading``).
REPAIRABLE_POS = frozenset({"NOUN", "ADJ", "PROPN", "X"})

_OC_VERB_FORMS = {"VERB": "Fin", "GRND": "Conv", "PRTF": "Part", "PRTS": "Part", "INFN": "Inf"}
_OC_FEATS = {"masc": ("Gender", "Masc"), "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"),
             "sing": ("Number", "Sing"), "plur": ("Number", "Plur"), "1per": ("Person", "1"),
             "2per": ("Person", "2"), "3per": ("Person", "3"), "past": ("Tense", "Past"),
             "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"), "pssv": ("Voice", "Pass"),
             "actv": ("Voice", "Act"), "nomn": ("Case", "Nom"), "impr": ("Mood", "Imp")}


@lru_cache(maxsize=20_000)
def verb_reading(word: str) -> tuple[str, dict[str, str]] | None:
    """``(lemma, feats)`` if pymorphy3 reads ``word`` only as a verb form (its first parse
    is one and no noun or adjective parse scores as high)."""
    from ..models.resources import morph_analyzer

    parses = morph_analyzer().parse(word.lower())
    if not parses or parses[0].tag.POS not in _OC_VERB_FORMS:
        return None
    if any(p.tag.POS in ("NOUN", "ADJF") and p.score >= parses[0].score for p in parses[1:]):
        return None
    tag = parses[0].tag
    feats = {"VerbForm": _OC_VERB_FORMS[tag.POS]}
    for gram in tag.grammemes:
        if gram in _OC_FEATS:
            key, value = _OC_FEATS[gram]
            feats.setdefault(key, value)
    if tag.POS == "PRTS":
        feats["Variant"] = "Short"
    return norm(parses[0].normal_form), feats
CLOSING_MARKS = frozenset("»“”\"›")


def without_link_markup(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens without web addresses and the brackets of a wiki link around one
    (``Дедов [https://… высказался]``): the rules read ``Дедов высказался``."""
    if not any(is_url(t.text) for t in tokens):
        return tokens
    drop: set[int] = set()
    for i, token in enumerate(tokens):
        if not is_url(token.text):
            continue
        drop.add(i)
        if i > 0 and tokens[i - 1].text == "[":
            drop.add(i - 1)
            close = next((k for k in range(i + 1, min(len(tokens), i + 12))
                          if tokens[k].text in ("]", "[")), None)
            if close is not None and tokens[close].text == "]":
                drop.add(close)
    return [t for i, t in enumerate(tokens) if i not in drop]


#: A ``cue_kind`` not computed yet.
_UNKNOWN = object()


@dataclass
class View:
    doc: Document
    text: str = field(init=False)
    tokens: Sequence[Token] = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.tokens = without_link_markup(self.doc.tokens)
        self.starts = [t.start for t in self.tokens]
        #: ``cue_kind`` of each token, filled as the rules ask (they ask about most tokens
        #: several times)
        self._cue_kinds: list[str | None | object] = [_UNKNOWN] * len(self.tokens)
        self.ends = [t.end for t in self.tokens]
        self.low = [norm(t.text) for t in self.tokens]
        self.lemma = [norm(t.lemma or t.text) for t in self.tokens]
        self.feats = [t.feats_dict for t in self.tokens]
        self.pos = [t.pos for t in self.tokens]
        for i, token in enumerate(self.tokens):
            if token.pos in REPAIRABLE_POS and (
                    self.lemma[i] in SPEECH_VERBS or self.lemma[i] in IMPERSONAL_VERBS
                    or self.lemma[i] in MANNER_VERBS
                    or i > 0 and self.tokens[i - 1].text in (",", "—", "–")):
                repaired = verb_reading(token.text)
                if repaired is not None and (repaired[0] in SPEECH_VERBS or repaired[0] in
                                             IMPERSONAL_VERBS or repaired[0] in MANNER_VERBS
                                             or repaired[1]["VerbForm"] in ("Part", "Conv")):
                    self.lemma[i], self.feats[i] = repaired
                    self.pos[i] = "VERB"
        # sentences as token ranges
        self.sent_ranges: list[tuple[int, int]] = []
        self.sent_of: list[int] = [0] * len(self.tokens)
        index = 0
        for number, sent in enumerate(self.doc.sentences):
            first = index
            while index < len(self.tokens) and self.tokens[index].start < sent.end:
                self.sent_of[index] = number
                index += 1
            self.sent_ranges.append((first, index))
        while index < len(self.tokens):  # tokens past the last sentence (should not happen)
            self.sent_of[index] = max(len(self.sent_ranges) - 1, 0)
            index += 1
        self.pairs: list[QuotePair] = pair_marks(self.text)
        self.outer: list[QuotePair] = list(outermost(self.pairs))
        self.outer_opens = [p.open for p in self.outer]
        #: outermost quotations with words inside: the ones a direct-quote rule looks at
        self.spoken: list[QuotePair] = [
            p for p in self.outer if any(c.isalpha() for c in self.text[p.open + 1:p.close])]
        self.pair_opens = [p.open for p in self.pairs]
        self.pair_by_open = {p.open: p for p in self.pairs}
        self.pair_by_close = {p.close: p for p in self.pairs}
        # line starts, for paragraphs (a line is a paragraph in news text)
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    # ------------------------------------------------------------------ positions

    def token_at(self, char: int) -> int:
        """Index of the first token ending after ``char`` (the token at or after it)."""
        return bisect_right(self.ends, char)

    def token_starting_at_or_after(self, char: int) -> int:
        return bisect_left(self.starts, char)

    def enclosing_outer(self, char: int) -> QuotePair | None:
        """The outermost quotation whose inside contains ``char``."""
        i = bisect_right(self.outer_opens, char) - 1
        if i >= 0:
            pair = self.outer[i]
            if pair.open < char < pair.close:
                return pair
        return None

    def inside_quote(self, token: int) -> bool:
        return self.enclosing_outer(self.tokens[token].start) is not None

    def line_of(self, char: int) -> tuple[int, int]:
        """``[start, end)`` of the line holding ``char`` (newline excluded)."""
        i = bisect_right(self.line_starts, char) - 1
        start = self.line_starts[i]
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def sentence(self, token: int) -> tuple[int, int]:
        return self.sent_ranges[self.sent_of[token]]

    # ------------------------------------------------------------------ token classes

    def is_punct(self, i: int) -> bool:
        return self.pos[i] == "PUNCT" or not any(c.isalnum() for c in self.tokens[i].text)

    def is_dash(self, i: int) -> bool:
        return self.tokens[i].text in DASHES or self.tokens[i].text == "--"

    def is_final_punct(self, i: int) -> bool:
        return all(c in FINAL_PUNCT for c in self.tokens[i].text)

    def ends_sentence(self, i: int) -> bool:
        """A full stop, ``!``, ``?`` or ``…`` that ends a sentence (not the dot of ``Lenta.ru``)."""
        token = self.tokens[i]
        if not token.text or any(c not in ".!?…" for c in token.text):
            return False
        nxt = self.text[token.end:token.end + 1]
        return not nxt or nxt.isspace() or nxt in "»”\"“)"

    def case(self, i: int) -> str | None:
        return self.feats[i].get("Case")

    def number(self, i: int) -> str | None:
        return self.feats[i].get("Number")

    def is_nominal(self, i: int) -> bool:
        return self.pos[i] in ("NOUN", "PROPN", "PRON")

    def verb_form(self, i: int) -> str | None:
        if self.pos[i] not in ("VERB", "AUX", "ADJ"):
            return None
        return self.feats[i].get("VerbForm")

    def is_finite(self, i: int) -> bool:
        """A finite verb form, not first/second person or imperative (those are not reports)."""
        f = self.feats[i]
        return (self.pos[i] in ("VERB", "AUX") and f.get("VerbForm") == "Fin"
                and f.get("Person") not in ("1", "2") and f.get("Mood") != "Imp")

    def cue_kind(self, i: int) -> str | None:
        """What kind of reporting word token ``i`` is, or None (``_cue_kind``, once per token)."""
        kind = self._cue_kinds[i]
        if kind is _UNKNOWN:
            kind = self._cue_kinds[i] = _cue_kind(self, i)
        return kind  # type: ignore[return-value]

    def _noun_near(self, i: int, nouns: frozenset[str], before: int, after: int) -> bool:
        """A noun of ``nouns`` within ``before`` tokens before or ``after`` after ``i``, in the
        same clause (no comma or sentence end between)."""
        for step, limit in ((-1, before), (1, after)):
            k = i + step
            while 0 <= k < len(self.tokens) and abs(k - i) <= abs(limit):
                if self.low[k] in (",", ".", ";", ":", "!", "?"):
                    break
                if self.lemma[k] in nouns and self.pos[k] in ("NOUN", "PROPN"):
                    return True
                k += step
        return False

    def _from_document(self, i: int) -> bool:
        """A ``из`` + message noun phrase right before or after token ``i`` (``из доклада
        следует``, ``следует из данных``)."""
        for k in (*range(max(0, i - 4), i), *range(i + 1, min(len(self.tokens), i + 3))):
            if self.low[k] == "из":
                m = k + 1
                while m < len(self.tokens) and self.pos[m] in ("ADJ", "DET"):
                    m += 1
                if m < len(self.tokens) and self.lemma[m] in MESSAGE_NOUNS:
                    return True
        return False

    def quoting(self, i: int) -> bool:
        """Does the verb name the speaker as its object (``цитирует РБК Пескова``,
        ``приводит ТАСС слова Лаврова``)?"""
        # (within its sentence: ``…, передает ТАСС. По словам вдовы`` quotes nobody)
        return self.lemma[i] in QUOTING_VERBS or self.lemma[i] in RELAYING_VERBS and any(
            self.lemma[k] == "слово" or self.lemma[k] in MESSAGE_NOUNS and k + 1 < len(self.tokens)
            and self.case(k + 1) == "Gen"  # ``приводит сообщение ведомства РИА Новости``
            for k in range(i + 1, min(self.sentence(i)[1], i + 6)))

    def light_verb_cue(self, i: int) -> bool:
        """``обратил внимание``, ``высказал мнение``, ``дал показания``: a light verb whose noun
        (``cues.LIGHT_VERB_CUES``) follows within a few tokens."""
        nouns = LIGHT_VERB_CUES.get(self.lemma[i])
        if nouns is None:
            return False
        for k in range(i + 1, min(len(self.tokens), i + 1 + LIGHT_VERB_GAP)):
            if self.lemma[k] in nouns:
                return True
            if self.low[k] in (",", ".", ":", ";", LIGHT_VERB_NOT_AFTER.get(self.lemma[i])):
                return False
        return False

    # ------------------------------------------------------------------ entities

    @cached_property
    def genitive_surnames(self) -> frozenset[str]:
        """``referents.genitive_surnames`` of the document (``чеботарева``)."""
        return genitive_surnames(self.doc.referents or ())

    @cached_property
    def entity_of_token(self) -> list[Entity | None]:
        out: list[Entity | None] = [None] * len(self.tokens)
        for entity in self.doc.entities:
            a = self.token_at(entity.start)
            while a < len(self.tokens) and self.tokens[a].start < entity.end:
                out[a] = entity
                a += 1
        return out

    @cached_property
    def referent_of(self) -> dict[str, Referent]:
        """Entity id -> the referent it mentions (none where referents were not run)."""
        return referent_map(self.doc.referents or ())

    def strip_span(self, start: int, end: int) -> tuple[int, int]:
        """Trim spaces and final punctuation (``.``, ``,``, ``:``...) off a span's ends."""
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…—–-"):
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return start, end


def _reports_finding(view: View, i: int) -> bool:
    """A finding verb reports content, not an object: ``установили, что`` / ``:``, ``как
    показал опрос`` or ``…, показал опрос`` (``Учёные обнаружили новый вид`` is an event)."""
    nxt = view.low[i + 1:i + 5]  # ``, что`` or ``о том, что``
    # or after the content: ``Рост цен замедлился, показали данные Росстата``
    return "что" in nxt or nxt[:1] == [":"] or "как" in view.low[max(0, i - 3):i] or \
        i > 0 and view.low[i - 1] == ","


def _animate_subject(view: View, i: int) -> bool:
    """A person in the nominative right beside a reflexive reporting verb makes it personal:
    ``— признается Иван Иванов``, ``Петров признается, что`` (but ``признается, что``)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(view.tokens) and view.pos[j] in ("PROPN", "NOUN", "PRON") and \
                view.case(j) == "Nom" and view.feats[j].get("Animacy") == "Anim" and \
                view.feats[j].get("Person") not in ("1", "2"):
            return True
    return False


def _cue_kind(view: View, i: int) -> str | None:
    """What kind of reporting word token ``i`` is, or None (``View.cue_kind`` caches it).

    ``speech`` (finite or past: ``заявил``), ``gerund`` (``отметив``), ``participle``
    (``считающему``), ``stance`` (``уверена``), ``passive`` (``заявлено``),
    ``impersonal`` (``отмечается``), ``infinitive`` (``хотел подчеркнуть``), ``manner``
    (``отрезал``, ``вздохнул``: direct speech only).
    """
    lemma = view.lemma[i]
    f = view.feats[i]
    if lemma in IMPERSONAL_VERBS and view.pos[i] in ("VERB", "AUX") and \
            not _animate_subject(view, i):
        return "impersonal" if f.get("Person") not in ("1", "2") else None
    if lemma in FROM_DOCUMENT_VERBS and view.is_finite(i) and view._from_document(i):
        return "impersonal"
    if lemma in NEWS_VERBS and view.is_finite(i) and view._noun_near(
            i, NEWS_VERBS[lemma], -2, LIGHT_VERB_GAP):
        return "impersonal"  # ``поступили сообщения, что``
    if lemma in FINDING_VERBS and view.is_finite(i) and _reports_finding(view, i) and \
            view._noun_near(i, FINDING_SUBJECTS, -6, 3):
        return "speech"  # ``опрос показал, что``, ``как показал опрос``
    if lemma in STANCE_ADJECTIVES or view.low[i] in STANCE_ADJECTIVES:
        if view.pos[i] == "ADJ" or f.get("Variant") == "Short" or (
                f.get("VerbForm") == "Part" and f.get("Voice") == "Pass"):
            return "stance"
    if view.pos[i] not in ("VERB", "AUX"):
        return None
    if lemma in ADDRESS_VERBS and i > 0 and view.is_dash(i - 1) and view.is_finite(i):
        return "manner"  # ``Пожелайте мне удачи, — обратился он к поклонникам``
    if lemma in MANNER_VERBS and lemma not in SPEECH_VERBS:
        form = f.get("VerbForm")
        return "manner" if form == "Conv" or form == "Fin" and view.is_finite(i) else None
    if lemma not in SPEECH_VERBS and not view.light_verb_cue(i) and not (
            lemma in NEGATED_SPEECH_VERBS and "не" in view.low[max(0, i - 3):i]):
        return None  # (``не скрывает, что``, ``не стала скрывать, что``: admits it)
    if lemma in AFFIRMED_ONLY_VERBS and view.low[i - 1:i] == ["не"]:
        return None  # ``не ожидал, что его приговорят``: surprise, no claim
    form = f.get("VerbForm")
    if form == "Fin":
        return "speech" if view.is_finite(i) else None
    if form == "Conv":
        return "gerund"
    if form == "Part":
        if f.get("Voice") == "Pass":
            # заявлено, признано: short neuter passive = impersonal report
            return "passive" if lemma in PASSIVE_REPORT_VERBS and f.get(
                "Gender", "Neut") == "Neut" and f.get(
                "Number", "Sing") == "Sing" and not f.get("Case") else None
        return "participle"
    if form == "Inf":
        j = i - 1
        while j >= 0 and (view.pos[j] in ("ADV", "PART") or view.low[j] == "бы"):
            j -= 1  # ``хотел бы подчеркнуть``
        if j >= 0 and view.lemma[j] in INFINITIVE_HOSTS and (
                view.pos[j] in ("VERB", "AUX") or view.feats[j].get("Variant") == "Short"):
            if view.low[j - 1:j] == ["не"] and view.low[i - 1] != "не" and \
                    view.lemma[j] not in LITOTES_HOSTS:
                return None  # ``не стал комментировать``: declined (``не могу не отметить``
                # still reports)
            return "infinitive"  # ``хочу подчеркнуть``, ``должен признать``
    return None
