"""Salience: which earlier mention is the most prominent (recent, a subject, a speaker), for
pronouns (``по его словам``) and impersonal statements (``в сообщении отмечается``)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Iterator

from ...annotations import Speaker
from ...kb.lexicon import PRONOUNS, TIME_NOUNS, plain
from ..cues import CHANNEL_NOUNS
from ..subjects import INTERVIEW_NOUNS
from ..view import CLOSING_MARKS
from .candidates import DESCRIPTOR_NOUNS, Mention

#: How many sentences back a pronoun or an impersonal statement looks for its source.
PRONOUN_WINDOW = 4
SOURCE_WINDOW = 3
#: How many of the last attributed quotes count for ``_in_reported``.
REPORTED_LOOKBACK = 4
#: An outlet that relays the news (``Как пишет «Коммерсант»``) authors a message only when no
#: other body is near: its relaying makes it neither a speaker nor a subject of its own.
OUTLET_LAST = 10.0
#: How far back an editor's parenthesis (``(… — «Газета.Ru»)``) may open, in characters.
NOTE_CHARS = 200
#: Nouns of what a body reports as much as a person (``по его данным``): an organisation is a
#: fair antecedent of the possessive before them.
DATA_NOUNS = frozenset({"данные", "информация", "сведения", "сведение", "подсчет", "оценка"})
#: Nouns a name right after them does not depend on: the kind of body it names (``телеканал
#: Tolo News``) or a time (``во вторник Tolo News сообщил``).
NOT_GOVERNING = DESCRIPTOR_NOUNS | TIME_NOUNS


class _SalienceIndex:
    """Mentions (of one referent or of several) by start, with the last subject mention up to
    each: ``before(offset)`` is a bisection, where a scan of the mentions made a long document
    quadratic (every role phrase asks about every holder of the office)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.last_subject: list[Mention | None] = []
        last = None
        for mention in self.mentions:
            if mention.subject:
                last = mention
            self.last_subject.append(last)

    def before(self, offset: int) -> tuple[Mention | None, Mention | None]:
        """(last subject mention, last mention) starting before ``offset``."""
        k = bisect_left(self.starts, offset)
        return (self.last_subject[k - 1], self.mentions[k - 1]) if k else (None, None)


class Salience:
    """Antecedents by salience, a part of ``SpeakerResolver``."""

    def resolve_source(self, position: int) -> Speaker | None:
        """The body behind an impersonal statement at ``position`` (``в сообщении
        отмечается``): the most salient organisation of the few sentences before, one that
        spoke preferred (``…, передает пресс-служба Кремля. В сообщении отмечается``), an
        outlet only if no other body is near.
        ``None`` when there is none; by the guideline the source is then the author (UNNAMED).
        """
        sent = self.index.narrative_at(position)
        best: tuple[float, int, Mention] | None = None
        for mention in self._mentions_before(position, SOURCE_WINDOW):
            if mention.label not in ("ORG",) and mention.kind != "org_unit":
                continue
            if mention.kind == "entity" and any(a <= mention.start < b
                                                for a, b in self._unit_spans):
                continue  # ``пресс-служба Кремля`` speaks, not ``Кремль``
            if self._editors_note(mention.start) or mention.kind == "entity" and \
                    plain(self.index.doc.text[mention.start:mention.end]) in CHANNEL_NOUNS:
                continue  # (``заявление в Twitter``: the platform publishes nobody's message)
            score = -(sent - mention.sent) + 1.5 * mention.speaker + 1.0 * mention.subject \
                + 0.5 * (mention.kind == "org_unit") - 1.5 * self._relays(mention) \
                - OUTLET_LAST * (mention.kind == "entity" and self._outlet(mention)) \
                + 1.0 * (mention.referent is not None and mention.referent == self._last_speaker)
            if best is None or (score, mention.start) > best[:2]:
                best = (score, mention.start, mention)
        if best is None:
            return None
        speaker = self._from_mention(best[2], position)
        last = self._last_body
        if self._relays(best[2]) and last is not None and speaker is not None and \
                last.name != speaker.name:
            # ``Об этом сообщает РИА Новости со ссылкой на пресс-службу мэрии. «…», —
            # говорится в сообщении``: the message is the body's the outlet cited, which
            # the quote before has as its speaker even when the tagger found no name there
            return Speaker(last.name, last.type, last.referent)
        return speaker and Speaker(speaker.name, speaker.type, speaker.referent)

    def _editors_note(self, offset: int) -> bool:
        """Is ``offset`` in parentheses inside quoted words (``«… (основания задержания —
        «Газета.Ru») …»``)? That is the outlet's note in somebody's text, not whose message it
        is."""
        text = self.index.doc.text
        opening = text.rfind("(", max(0, offset - NOTE_CHARS), offset)
        return opening >= 0 and text.find(")", opening, offset) < 0 and \
            self.index.in_quote(opening) is not None

    def _relays(self, mention: Mention) -> bool:
        """An outlet that relays another source (``сообщает РИА Новости со ссылкой на
        министерство``): the message is the source's, not the outlet's (GUIDELINE §2a)."""
        k = self.index.token_range(mention.start, mention.end)[1]
        tokens = self.index.tokens
        while k < len(tokens) and tokens[k].text in CLOSING_MARKS:
            k += 1  # ``«Интерфакс» со ссылкой на``
        return k + 2 < len(tokens) and tokens[k].text.lower() == "со" and \
            tokens[k + 1].text.lower() == "ссылкой" and tokens[k + 2].text.lower() == "на"

    def _salience(self, referent: str, before: int) -> tuple[int, int]:
        """Last subject mention and last mention of a referent before an offset."""
        index = self._salience_index.get(referent)
        if index is None:
            return -1, -1
        subject, last = index.before(before)
        return (subject.start if subject else -1), (last.start if last else -1)

    def _antecedent(self, before: int, genders: frozenset[str], number: str, token: int,
                    same_sentence: bool = False) -> Speaker | None:
        sent = self.index.narrative_at(self.index.tokens[token].start)
        quote = self.index.in_quote(self.index.tokens[token].start)
        scored: list[tuple[float, int, Mention]] = []
        window = 0 if same_sentence else PRONOUN_WINDOW
        # ``по его данным``, ``по его информации``: a body's as much as a person's
        data = token + 1 < len(self.index.tokens) and \
            plain(self.index.tokens[token + 1].lemma or "") in DATA_NOUNS
        for mention in self._mentions_before(before, window):
            if mention.token == token or self.index.in_quote(mention.start) not in (None, quote):
                continue
            base = self._agreement(mention, genders, number)
            if base is None or number == "Sing" and mention.label in ("ORG", "LOC") and \
                    mention.kind == "entity" and (self._oblique(mention) or self._channel(mention)
                                                  or self._dependent(mention)):
                continue  # ``На своей странице в Facebook он написал``: a place or a body
                # after a preposition is no ``он``, nor the outlet of ``В интервью Sports.ru
                # она``, nor the place of ``экс-мэра Мехико`` (the mayor is)
            score = base - 2.0 * (sent - mention.sent) + 1.0 * mention.subject + mention.speaker \
                - 0.5 * self._oblique(mention) - 2.0 * self._in_reported(mention.start) \
                + 1.0 * (mention.referent is not None and mention.referent == self._last_speaker) \
                + 2.0 * (data and mention.label == "ORG" and mention.kind == "entity")
            scored.append((score, mention.start, mention))
        scored.sort(key=lambda item: item[:2], reverse=True)
        for _, _, mention in scored:
            found = self._from_mention(mention, before)
            if found is not None:  # an earlier pronoun that resolves to nobody is skipped
                return found
        return None

    def _in_spoken(self, offset: int) -> bool:
        """Is ``offset`` inside one of the last direct quotes attributed?"""
        return any(a <= offset < b for a, b in self._spoken[-REPORTED_LOOKBACK:])

    def _in_reported(self, offset: int) -> bool:
        """Is ``offset`` inside the words of one of the last quotes attributed?"""
        return any(a <= offset < b for a, b in self._reported[-REPORTED_LOOKBACK:])

    def _latter(self, before: int, gender: str, last: bool = False) -> Speaker | None:
        """``Журналисты спросили Путина о Байдене. Тот ответил``: the last person of the
        previous sentence who was not its subject, an object before an oblique mention;
        ``последний`` (``last``) is the person named last, a subject or not (``Мадуро
        победил, а его соперник Фалькон отстал. Последний заявил``)."""
        found = [m for m in self._mentions_before(before, 1)
                 if m.kind == "entity" and m.label == "PER" and (last or not m.subject)
                 and m.gender in (None, gender)]
        if not found:
            return None
        best = max(found, key=lambda m: (last or not self._oblique(m), m.start))
        return self._from_mention(best, before)

    def _channel(self, mention: Mention) -> bool:
        """A name right after an interview or media noun (``в интервью Sports.ru``, ``в эфире
        телеканала X``) or a body in the dative right after a verb (``сообщил Интерфаксу``):
        the channel the words went through."""
        first = self.index.token_range(mention.start, mention.end)[0]
        k = first - 1
        if k >= 0 and self.index.tokens[k].pos == "VERB" and mention.label == "ORG" and \
                self.index.tokens[first].feats_dict.get("Case") == "Dat":
            return True  # ``— сообщил Интерфаксу один из адвокатов``: told the outlet
        # ``телеканал Tolo News сообщил``: the channel as the subject speaks itself
        return k >= 0 and plain(self.index.tokens[k].lemma or self.index.tokens[k].text) in \
            INTERVIEW_NOUNS and self.index.tokens[k].feats_dict.get("Case") != "Nom"

    def _dependent(self, mention: Mention) -> bool:
        """A name right after a common noun it depends on (``мэра Мехико``, ``главы МИД``),
        not the kind of body it names (``телеканал Tolo News``)."""
        k = self.index.token_range(mention.start, mention.end)[0] - 1
        return k >= 0 and self.index.tokens[k].pos == "NOUN" and \
            self.index.entity_at_token[k] is None and \
            plain(self.index.tokens[k].lemma or "") not in NOT_GOVERNING

    def _oblique(self, mention: Mention) -> bool:
        """A mention after a preposition (``о Байдене``, ``с Блинкеном``): the least likely
        antecedent of a subject pronoun, after subjects and direct objects."""
        k = self.index.token_range(mention.start, mention.end)[0] - 1
        return k >= 0 and self.index.tokens[k].pos == "ADP"

    @staticmethod
    def _agreement(mention: Mention, genders: frozenset[str], number: str) -> float | None:
        """Base score of an antecedent for a pronoun, ``None`` if they cannot agree."""
        if mention.kind == "pronoun":  # ``…которые он видит. Он ответил``: the same one
            if mention.number != number:
                return None
            return 0.0 if not genders or mention.gender is None or mention.gender in genders \
                else None
        if mention.kind == "group":  # ``Мин Си и Марио Хо … Они сообщили``
            return 0.5 if number == "Plur" else None
        if number == "Plur":
            if mention.label == "PER":
                return None if mention.kind == "entity" or mention.number != "Plur" else 0.0
            return 0.0 if mention.label == "ORG" else -0.5
        if mention.number == "Plur" and mention.label == "PER":
            return None
        gender_ok = not genders or mention.gender is None or mention.gender in genders
        if not gender_ok:
            return None
        if mention.label == "PER":
            return 0.0
        if mention.gender is None or mention.number == "Plur":
            return None
        return -2.0

    def _pronoun_speaker(self, mention: Mention) -> Speaker | None:
        """What an earlier pronoun refers to (memoised; chains of pronouns end at depth 3)."""
        if mention.token in self._pronouns:
            return self._pronouns[mention.token]
        if self._depth >= 3:
            return None
        token = self.index.tokens[mention.token]
        genders, number = PRONOUNS[plain(token.text)]
        self._depth += 1
        try:
            found = self._antecedent(mention.start, genders, number, mention.token)
        finally:
            self._depth -= 1
        self._pronouns[mention.token] = found
        return found

    def _mentions_back(self, position: int) -> Iterator[Mention]:
        """Mentions starting before ``position``, latest first, without copying the list (a
        copy per cue made a document with thousands of quotes quadratic)."""
        for k in range(bisect_left(self._mention_starts, position) - 1, -1, -1):
            yield self.mentions[k]

    def _quoted_referents(self) -> set[str | None]:
        """The referents mentioned inside the words being attributed (``resolve``'s quote)."""
        if self._quote is None:
            return set()
        a, b = self._quote
        out = set()
        for k in range(bisect_left(self._mention_starts, a), len(self.mentions)):
            if self.mentions[k].start >= b:
                break
            out.add(self.mentions[k].referent)
        return out

    def _mentions_before(self, position: int, window: int) -> list[Mention]:
        """Mentions starting before ``position`` within ``window`` sentences, latest first."""
        sent = self.index.narrative_at(position)
        quote = self._quote
        out = []
        for mention in self._mentions_back(position):
            if sent - mention.sent > window:
                break
            if mention.end <= position and not (quote and quote[0] <= mention.start < quote[1]):
                out.append(mention)
        return out
