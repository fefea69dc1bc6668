"""Candidates: who in the document could be meant (``Mention``: entities, person nouns,
pronouns, organisation units, coordinated pairs), each with how surely it spoke."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ...annotations import Entity, Speaker
from ...entities.referents import SURNAME_ENDINGS, main_part, name_words
from ...kb.lexicon import (MEDIA_NOUNS, OFFICE_TITLES, ORG_UNITS, PERSON_ROLES, PRONOUNS,
                           REPORTER_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, UNNAMED_SOURCES, metonym,
                           plain)
from .phrases import APPOSITION_MAX, NOUNISH, PERSON_LEXICON, QUOTE_MARKS, _lemma


#: The kinds of body written before a title (``телеканал Tolo News``), whose gender it takes.
DESCRIPTOR_NOUNS = MEDIA_NOUNS | ORG_UNITS


@dataclass(frozen=True, slots=True)
class Mention:
    """A possible antecedent: an entity, a person noun (``президент``, ``источник``) or an
    organisation unit phrase (``пресс-служба Кремля``)."""

    start: int
    end: int
    sent: int  # narrative sentence number (``DocIndex.narrative``)
    kind: str  # "entity" | "noun" | "org_unit"
    label: str  # PER / ORG / LOC (for nouns: PER)
    token: int  # head token index
    referent: str | None
    gender: str | None
    number: str | None
    subject: bool  # nominative
    speaker: float  # 1.5 in ``по словам X``, 1.0 next to a speech verb, else 0
    #: a coordinated pair of people (``Мин Си и сын миллиардера Марио Хо``): their referents,
    #: an antecedent of ``они``
    group: tuple[str, ...] = ()


class Candidates:
    """The document's possible antecedents, a part of ``SpeakerResolver``."""

    def _coordinated_people(self, i0: int, i1: int) -> tuple[str, str] | None:
        """The referents of two people joined by ``и`` in tokens ``[i0, i1)`` (a few words of
        description may stand before the second: ``Мин Си и сын миллиардера Марио Хо``)."""
        tokens = self.index.tokens
        people: list[tuple[int, Entity]] = []
        for i in range(i0, i1):
            entity = self.index.entity_at_token[i]
            if entity is not None and entity.label == "PER" and (
                    not people or people[-1][1] is not entity):
                people.append((i, entity))
        if len(people) != 2:
            return None
        (_, first), (k, second) = people
        a, _ = self.index.entity_tokens[first.id]
        end = self.index.entity_tokens[first.id][1]
        between = [plain(t.text) for t in tokens[end:k]]
        if not between or between[0] != "и" or len(between) > 5 or any(
                w in (",", ".", ";", ":") for w in between):
            return None
        r1, r2 = self._by_entity.get(first.id), self._by_entity.get(second.id)
        if r1 is None or r2 is None or r1.id == r2.id:
            return None
        return r1.id, r2.id

    def _group_speaker(self, pair: Sequence[str]) -> Speaker:
        names = [self._by_id[r].name or "" for r in pair]
        return Speaker(" и ".join(names), "PER", None)

    def _missed_surname(self, k: int) -> str | None:
        """The PER referent whose surname token ``k`` is, when the NER left it untagged
        (``Понтеса спросили…`` after ``Маркос Понтес``): a capitalised proper noun matching
        the surname of exactly one person of the document."""
        token = self.index.tokens[k]
        if token.pos != "PROPN" or not token.text[:1].isupper() \
                or self.index.entity_at_token[k] is not None:
            return None
        for form in (plain(token.lemma or ""), plain(token.text)):
            if form in self._surnames:
                return self._surnames[form]
        for ending in SURNAME_ENDINGS:
            form = plain(token.text)
            if form.endswith(ending) and form[: -len(ending)] in self._surnames:
                return self._surnames[form[: -len(ending)]]
        return None

    def _surname_index(self) -> dict[str, str]:
        """Surnames (last words of PER names, or a name of one word: ``Макроном`` -> Макрон)
        that name one referent only."""
        owners: dict[str, set[str]] = {}
        entities = {e.id: e for e in self.doc.entities}
        for referent in self.referents:
            if referent.label != "PER":
                continue
            for mention in referent.mentions:
                entity = entities.get(mention)
                words = name_words(main_part(entity.normal or entity.text)) if entity else []
                if words and len(words[-1]) >= 4:
                    owners.setdefault(plain(words[-1]), set()).add(referent.id)
        return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}

    def _collect_mentions(self) -> list[Mention]:
        out: list[Mention] = []
        tokens = self.index.tokens
        unit_spans = self._unit_spans
        for k, token in enumerate(tokens):
            missed = self._missed_surname(k)
            if missed is not None:
                feats = token.feats_dict
                out.append(Mention(
                    token.start, token.end, self._nsent(k), "entity", "PER", k, missed,
                    self._gender.get(missed), "Sing", feats.get("Case") == "Nom",
                    self._speaker_marked(k, k + 1)))
                continue
            form = plain(token.text)
            if token.pos == "PRON" and form in PRONOUNS:
                genders, number = PRONOUNS[form]
                feats = token.feats_dict
                if number == "Sing" and feats.get("Number") == "Plur":
                    continue  # ``им`` as the plural dative: ambiguous, skip
                out.append(Mention(
                    token.start, token.end, self._nsent(k), "pronoun", "PRON", k, None,
                    next(iter(genders)) if len(genders) == 1 else None, number,
                    feats.get("Case") == "Nom", self._speaker_marked(k, k + 1)))
                continue
            if self.index.entity_at_token[k] is not None:
                continue
            lemma = _lemma(token)
            if token.pos != "NOUN" and lemma not in PERSON_LEXICON and not (
                    token.pos == "PROPN" and lemma in ORG_UNITS):  # ``Администрация …`` opening
                continue
            feats = token.feats_dict
            if lemma in ORG_UNITS:
                dependent = self._dependent_entity(k, min(len(tokens), k + 4))
                if dependent is not None:
                    out.append(Mention(
                        token.start, dependent.end, self._nsent(k), "org_unit", "ORG", k,
                        None, feats.get("Gender"), feats.get("Number"),
                        feats.get("Case") == "Nom", self._speaker_marked(k, self._phrase_end(k))))
                    unit_spans.append((token.start, dependent.end))
                continue
            if k in self._role_tokens or lemma in REPORTER_NOUNS:
                continue
            # ``перевозчик`` is animate to the dictionary, but it names a company here
            person = lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in PERSON_LEXICON \
                or lemma in UNNAMED_SOURCES or feats.get("Animacy") == "Anim" \
                and metonym(lemma) is None
            if person and not self._is_dependent(k):
                out.append(Mention(
                    token.start, token.end, self._nsent(k), "noun", "PER", k, None,
                    feats.get("Gender"), feats.get("Number"), feats.get("Case") == "Nom",
                    self._speaker_marked(k, self._phrase_end(k))))
        kinds = self._kind_genders()
        for entity in self.doc.entities:
            if entity.zone is not None or entity.id not in self._by_entity:
                continue
            i0, i1 = self.index.entity_tokens[entity.id]
            if i0 >= i1:
                continue
            referent = self._by_entity[entity.id]
            head = next((i for i in range(i0, i1) if tokens[i].pos in NOUNISH), i0)
            feats = tokens[head].feats_dict
            if referent.label == "PER":
                gender, number = self._gender.get(referent.id), "Sing"
            else:
                gender, number = feats.get("Gender"), feats.get("Number")
                if gender is None and referent.id in kinds:
                    gender, number = kinds[referent.id]
            # ``ассистентка Чеботарева``: his genitive after the speaking noun, no subject
            owned = i1 - i0 == 1 and i0 > 0 and tokens[i0 - 1].pos in ("NOUN", "PROPN") \
                and plain(entity.text) in self._male_genitives()
            if "Case" in feats:
                subject = feats["Case"] == "Nom"
            else:  # ``Телеканал Fox News сообщил``: a caseless title shares its kind's case
                kind = self._kind_noun(i0)
                subject = kind is not None and tokens[kind].feats_dict.get("Case") == "Nom"
            out.append(Mention(
                entity.start, entity.end, self._nsent(i0), "entity", referent.label,
                head, referent.id, gender, number, subject and not owned,
                0.0 if owned else self._speaker_marked(i0, i1)))
        out.extend(self._group_mentions(out))
        out.sort(key=lambda m: m.start)
        return out

    def _kind_genders(self) -> dict[str, tuple[str | None, str | None]]:
        """``(gender, number)`` per organisation referent of a caseless title, from the kind
        of body written before any of its mentions (``телеканал Tolo News``, ``газета
        «Ведомости»``): ``По его информации`` after ``Tolo News сообщил`` is the channel's."""
        tokens = self.index.tokens
        kinds: dict[str, tuple[str | None, str | None]] = {}
        for entity in self.doc.entities:
            referent = self._by_entity.get(entity.id)
            if referent is None or referent.label == "PER" or referent.id in kinds:
                continue
            k = self._kind_noun(self.index.entity_tokens[entity.id][0])
            if k is not None:
                feats = tokens[k].feats_dict
                kinds[referent.id] = feats.get("Gender"), feats.get("Number")
        return kinds

    def _kind_noun(self, i0: int) -> int | None:
        """The token of the kind of body written right before a title at token ``i0``
        (``телеканал Tolo News``, ``газета «Ведомости»``), if there is one: a caseless title
        takes its gender, number and case."""
        tokens = self.index.tokens
        k = i0 - 1 if i0 and tokens[i0 - 1].text not in QUOTE_MARKS else i0 - 2
        if k >= 0 and tokens[k].pos == "NOUN" and self.index.entity_at_token[k] is None \
                and (tokens[k].lemma or "") in DESCRIPTOR_NOUNS:
            return k
        return None

    def _group_mentions(self, mentions: Sequence[Mention]) -> list[Mention]:
        """A mention for each pair of people coordinated in one sentence (``X и Y``)."""
        people = sorted((m for m in mentions if m.kind == "entity" and m.label == "PER"),
                        key=lambda m: m.start)
        out = []
        for first, second in zip(people, people[1:]):
            if first.sent != second.sent or second.start - first.end > 60:
                continue
            i0 = self.index.token_range(first.start, first.end)[0]
            i1 = self.index.token_range(second.start, second.end)[1]
            pair = self._coordinated_people(i0, i1)
            if pair is not None:
                out.append(Mention(first.start, second.end, first.sent, "group", "PER",
                                   first.token, None, None, "Plur", first.subject, 0.0, pair))
        return out

    def _is_dependent(self, k: int) -> bool:
        """Is the genitive noun at ``k`` a dependent of a noun before it (``жена
        бизнесмена``), hence no antecedent of its own?"""
        tokens = self.index.tokens
        if tokens[k].feats_dict.get("Case") != "Gen":
            return False
        j = k - 1
        while j >= 0 and k - j <= 3 and tokens[j].pos in ("ADJ", "DET"):
            j -= 1
        return j >= 0 and tokens[j].pos in NOUNISH

    def _nsent(self, k: int) -> int:
        """Narrative sentence number of token ``k``."""
        narrative = self.index.narrative
        return narrative[self.index.sent_of[k]] if narrative else 0

    def _speaker_marked(self, i0: int, i1: int) -> float:
        """How surely the phrase at tokens ``[i0, i1)`` is a speaker: 1.5 for ``по словам X``
        and ``X:``, 1.0 next to a speech verb (``X заявил``, ``передает X``), else 0."""
        tokens = self.index.tokens
        sent = self.index.sent_of[i0]
        # the left window starts before a role apposition (``заявил первый замминистра
        # энергетики Армении Арсен Карапетян``, ``по словам руководителя экспедиции X``)
        left = i0
        while left > 0 and i0 - left < APPOSITION_MAX and self.index.sent_of[left - 1] == sent \
                and (tokens[left - 1].pos in ("NOUN", "PROPN", "ADJ", "NUM")
                     or tokens[left - 1].text in QUOTE_MARKS) \
                and not (self.index.entity_at_token[left - 1] is not None
                         and self.index.entity_at_token[left - 1].label == "PER"):
            left -= 1
        if any(_lemma(tokens[k]) in SPEECH_NOUNS for k in range(max(0, left - 1), i0)):
            return 1.5
        if i1 < len(tokens) and tokens[i1].text == ":":
            return 1.5
        head = next((k for k in range(i0, i1) if tokens[k].pos in NOUNISH), i0)
        case = tokens[head].feats_dict.get("Case")
        if case == "Gen" and i0 >= 1 and tokens[i0 - 1].pos == "NOUN":
            return 0.0  # ``после смерти Сергея Смирнова заявил``: a noun's dependent is no speaker
        for k in range(max(0, left - 3), min(len(tokens), i1 + 4)):
            if i0 <= k < i1 or self.index.sent_of[k] != sent:
                continue
            if tokens[k].pos in ("VERB", "AUX") and _lemma(tokens[k]) in SPEECH_VERBS:
                return 1.0
        return 0.0
