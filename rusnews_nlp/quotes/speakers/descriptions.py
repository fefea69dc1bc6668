"""Descriptions: whom a role noun with no named holder describes (``Чиновник заметил``,
``Как пояснила жена бизнесмена``, ``заявил итальянец``): the most salient fitting person of the
last sentences, never one the document or the knowledge base gives another office."""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from ...kb.lexicon import (DEFENDANT_NOUNS, DEMONYMS, EPITHET_NOUNS, FEMININE_GENDER, OFFICE_TITLES,
                           ORIGIN_OFFICES, PARTY_MEMBERS, PLACE_HEAD_NOUNS, PLAIN_PERSON_NOUNS,
                           UNNAMED_SOURCES)
from .candidates import Mention
from .phrases import DASHES, EXPERT_NOUNS, _adjectives_before, _case, _lemma

#: The parties of a trial: one never describes a person the document gave another role.
TRIAL_ROLES = frozenset({"адвокат", "защитник", "юрист", "прокурор", "обвинитель",
                         "гособвинитель", "следователь", "судья", "истец", "ответчик"})

#: How many sentences back a role noun with no named holder (``чиновник``) looks for the
#: person it describes.
DESCRIPTION_WINDOW = 3

#: ``собеседник агентства``: the person the outlet talked to, the one it just quoted.
INTERLOCUTOR_NOUNS = frozenset({"собеседник", "собеседница"})
INTERLOCUTOR_WINDOW = 600


class Descriptions:
    """The person a role noun describes, a part of ``SpeakerResolver``."""

    def _interlocutor(self, head: int, before: int) -> str | None:
        """``… — рассказала Анна Смирнова. Собеседница агентства добавила``: the outlet's
        interlocutor is the named person it just quoted (within ``INTERLOCUTOR_WINDOW``
        characters), if the noun's gender fits; else somebody unnamed."""
        token = self.index.tokens[head]
        last = self._last_speaker
        if _lemma(token) not in INTERLOCUTOR_NOUNS or token.feats_dict.get("Number") == "Plur" \
                or last is None or last not in self._by_id or self._by_id[last].label != "PER" \
                or not self._reported or before - self._reported[-1][1] > INTERLOCUTOR_WINDOW:
            return None
        gender = self._gender.get(last)
        if gender is not None and gender != token.feats_dict.get("Gender", gender):
            return None
        return last

    def _expert_just_quoted(self, head: int, after: Sequence[int], before: int) -> str | None:
        """``Политолог Алексей Макаркин считает, что … По мнению эксперта, …``: a bare
        singular expert noun right after a named person who spoke (or was the subject of the
        sentence before: ``Врач Людмила Лапа объяснила, как …``) and whom the document
        introduced by a profession is that person, not a new unnamed source."""
        token = self.index.tokens[head]
        if _lemma(token) not in EXPERT_NOUNS or token.feats_dict.get("Number") == "Plur" or after:
            return None
        last = self._last_speaker  # ``X отметил, что … «…, — заявил специалист»``
        if last is not None and last in self._roles_of and \
                any(not r.changed for r in self._roles_of[last]):
            return last
        before = self._before_words(before)
        sent = self.index.narrative_at(min(token.start, before))
        for mention in self._mentions_before(before, 1):
            if mention.kind != "entity" or mention.label != "PER" or not (
                    mention.speaker or mention.subject):
                continue
            if sent - mention.sent > 1 or mention.referent is None:
                return None
            roles = self._roles_of.get(mention.referent, ())
            # a mere subject is the expert only by a profession, and for a bare noun
            # (``Госсекретарь Блинкен прибыл. Американский эксперт …`` is somebody new)
            professional = mention.speaker or not _adjectives_before(self.index, head, head) \
                and any(r.head not in OFFICE_TITLES for r in roles)
            return mention.referent if professional and any(not r.changed for r in roles) \
                else None
        return None

    def _described_person(self, head: int, key: str | None, mods: frozenset[str],
                          before: int, office: bool = False,
                          places: frozenset[str] = frozenset()) -> str | None:
        """The person a role noun with no named holder describes (``Чиновник заметил`` after
        ``…заявил замминистра Эдуард Товпинец``; ``Как пояснила жена бизнесмена``;
        ``заявил итальянец`` after ``Марко Росси остался недоволен``).

        With an organisation among its dependents (``представитель Philips``) it is a person
        the document tied to that organisation by a role. Otherwise it is the most salient
        person of the last sentences who fits the description (``_describes``): one who
        spoke; for an epithet or a demonym (``бизнесмен``, ``итальянец``) also one who was a
        subject. Failing that, a person the next sentences name as a speaker (``Супруга
        барона рассчитывает… — рассказала Алла Бут``), but never for an office or a demonym.
        """
        token = self.index.tokens[head]
        lemma = _lemma(token)
        orgs = (mods & self._org_keys) - places
        if orgs:
            quoted = self._quoted_referents()  # ``«…умер Исаев…», — уточнил представитель РАН``
            tied = [r.referent for org in orgs for r in self._roles_by_mod.get(org, ())
                    if r.referent not in quoted]
            if tied:
                return max(set(tied), key=lambda rid: self._salience(rid, before))
            if key is None or key == lemma:  # ``глава МИД`` is an office wherever it is named
                return None
        demonym = DEMONYMS.get(lemma)
        gender = demonym[1] if demonym else token.feats_dict.get("Gender")
        # a feminine noun names a woman; a masculine title may name a woman too, a
        # masculine demonym (``итальянец``) does not; the verb it is the subject of tells
        # (``Глава делегации заявил`` is no woman)
        predicate = self._predicate_gender(head)
        excluded = "Masc" if gender == FEMININE_GENDER else ("Fem" if demonym else None)
        if predicate is not None:
            excluded = "Masc" if predicate == FEMININE_GENDER else "Fem"
        nationality = demonym[0] if demonym else frozenset()
        origin = nationality or places  # ``итальянец``, ``американский дипломат``
        subjects = demonym is not None or lemma in EPITHET_NOUNS or lemma in PARTY_MEMBERS \
            or lemma in DEFENDANT_NOUNS or lemma in PLAIN_PERSON_NOUNS \
            or lemma in UNNAMED_SOURCES and bool(places)  # ``испанский специалист``

        def candidate(mention: Mention) -> bool:
            # ``судья заявила`` after ``Андрей Санников был приговорен`` is not Санников;
            # an office may describe a subject the KB knows in that office (below)
            # an office may also describe a direct object the KB confirms in it (``Журналисты
            # спросили Путина. Президент ответил``), never an oblique one (``о Байдене``)
            if not (mention.speaker or (mention.subject and (subjects or office))
                    or office and mention.kind == "entity" and not self._oblique(mention)
                    # ``с госсекретарем США Энтони Блинкеном. Американский дипломат``:
                    # the nationality picks a person named in any case
                    or origin and mention.kind == "entity" and mention.label == "PER"
                    and self._of_origin(mention.referent, origin)
                    # ``Суд приговорил Олега Кравцова … Сам подсудимый``: the accused
                    or lemma in DEFENDANT_NOUNS and mention.kind == "entity"
                    and mention.label == "PER" and not self._oblique(mention)):
                return False
            if mention.gender == excluded and excluded is not None:
                return False
            if mention.kind == "noun":
                if lemma in DEFENDANT_NOUNS:
                    return False  # ``Гособвинитель требовал … Сам подсудимый``: not the accuser
                return mention.token != head and mention.number != "Plur" \
                    and _lemma(self.index.tokens[mention.token]) not in UNNAMED_SOURCES
            if mention.kind == "pronoun":  # ``оно`` (the decision) is nobody
                return mention.number == "Sing" and mention.gender != "Neut"
            return mention.kind == "entity" and mention.label == "PER"

        sent = self.index.narrative_at(token.start)
        quote = self.index.in_quote(token.start)
        scored: list[tuple[float, int, Mention]] = []
        for mention in self._mentions_before(before, DESCRIPTION_WINDOW):
            if not candidate(mention) or self.index.in_quote(mention.start) not in (None, quote) \
                    or self._in_spoken(mention.start):  # a name inside somebody's words
                continue
            score = -(sent - mention.sent) + 1.5 * mention.subject + mention.speaker \
                - 0.5 * (mention.kind == "noun") \
                + 3.0 * (bool(nationality & self._nationality.get(mention.referent or "", set()))
                         or bool(places) and mention.kind == "entity"
                         and self._of_origin(mention.referent, places))
            scored.append((score, mention.start, mention))
        scored.sort(key=lambda item: item[:2], reverse=True)
        # an office describes a mere subject only if the KB knows exactly one of them in that
        # office: ``Путин прибыл в Тверь. Губернатор заявил`` is not Путин, and in ``Путин
        # согласился, если Медведев победит. Об этом президент заявил`` both were presidents
        # — nor, for an office of a named place (``Премьер-министр Израиля``), anybody else
        def needs_kb(mention: Mention) -> bool:
            return office and not subjects and (not mention.speaker or bool(places))

        confirmed = {mention.referent for _, _, mention in scored
                     if needs_kb(mention) and key and mention.kind == "entity"
                     and self.offices.confirms(self._by_id[mention.referent].name, key, places)}
        for _, _, mention in scored:
            if needs_kb(mention) and (len(confirmed) != 1 or mention.referent not in confirmed) \
                    and not (origin and self._of_origin(mention.referent, origin)):
                continue
            person = self._person_of(mention)
            if person is None:
                return None  # ``Судья … Она заявила``: somebody the text does not name
            if lemma in PLAIN_PERSON_NOUNS and self._roles_of.get(person):
                continue  # ``позвонивший мужчина`` is not the minister who just spoke
            if lemma in TRIAL_ROLES and self._roles_of.get(person) and \
                    not any(r.head == lemma for r in self._roles_of[person]):
                continue  # ``Адвокат Маркива заявил`` is not ``Прокурор Андреа Занончелли``
            if self._describes(person, key if office else None, nationality, excluded, places):
                return person
        if subjects and excluded is not None and not office and demonym is None:
            # ``… встретилась с Петром Смирновым. — уточнил бизнесмен``: the one person of
            # the verb's gender in the last sentences, in any role
            fitting = {m.referent for m in self._mentions_before(before, DESCRIPTION_WINDOW)
                       if m.kind == "entity" and m.label == "PER" and m.gender is not None
                       and m.gender != excluded and self.index.in_quote(m.start) is None
                       and not self._in_spoken(m.start)
                       and not (lemma in PLAIN_PERSON_NOUNS and self._roles_of.get(m.referent))}
            if len(fitting) == 1:
                return fitting.pop()
        quote = self._quote  # (who asked is not who answers next)
        if office or demonym or quote and self.index.doc.text[quote[0]:quote[1]].endswith("?"):
            return None
        k = bisect_left(self._mention_starts, token.end)
        for mention in self.mentions[k:]:
            if mention.sent - sent > DESCRIPTION_WINDOW:
                break
            if mention.kind == "entity" and mention.label == "PER" and mention.speaker \
                    and mention.gender != excluded and (
                        excluded is None or self._gender.get(mention.referent or "") != excluded) \
                    and self.index.in_quote(mention.start) is None:
                return mention.referent
        return None

    def _of_origin(self, referent: str | None, origin: frozenset[str]) -> bool:
        """Is the person of one of the ``origin`` places: by a role the document gives
        (``госсекретарь США``, ``итальянец``) or by a state office the KB knows (``Эммануэль
        Макрон`` was president of Франция)?"""
        if referent is None:
            return False
        if origin & self._nationality.get(referent, set()):
            return True
        name = self._by_id[referent].name or ""
        return any(self.offices.confirms(name, office, origin) for office in ORIGIN_OFFICES)

    def _predicate_gender(self, head: int) -> str | None:
        """The gender of the past-tense verb a nominative noun at ``head`` is the subject of
        (``Глава делегации заявил`` -> Masc): the verb right before it (``— уточнил
        бизнесмен``), else the first verb after its noun phrase."""
        tokens = self.index.tokens
        if _case(tokens[head]) != "Nom":
            return None
        sent = self.index.sent_of[head]
        k = head - 1  # inverted: ``— уточнил [немецкий] бизнесмен``
        while k >= 0 and tokens[k].pos in ("ADJ", "DET") and self.index.sent_of[k] == sent:
            k -= 1
        if k >= 0 and self.index.sent_of[k] == sent and tokens[k].pos in ("VERB", "AUX") and \
                tokens[k].feats_dict.get("Number") == "Sing":
            return tokens[k].feats_dict.get("Gender")
        for k in range(head + 1, min(len(tokens), head + 8)):
            if self.index.sent_of[k] != sent or tokens[k].text in (",", ":", *DASHES):
                return None
            if tokens[k].pos in ("VERB", "AUX"):
                feats = tokens[k].feats_dict
                if feats.get("VerbForm") in ("Part", "Conv"):
                    continue  # ``Мать погибшего вышла``: a participle is no predicate
                return feats.get("Gender") if feats.get("Number") == "Sing" else None
        return None

    def _describes(self, referent: str, office: str | None, nationality: frozenset[str],
                   excluded_gender: str | None, places: frozenset[str] = frozenset()) -> bool:
        """May the person ``referent`` be described by the role noun? Not with the wrong
        gender or a different known nationality; for an office, not when the document gives
        them another office (``Президент`` is not ``пресс-секретарь Дмитрий Песков``) or,
        when it gives none, the knowledge base knows only other offices (``Губернатор`` is
        not ``Путин``)."""
        if excluded_gender is not None and self._gender.get(referent) == excluded_gender:
            return False
        known = self._nationality.get(referent)
        if nationality and known and not (known & nationality):
            return False
        if office is None:
            return True
        held = self._roles_of.get(referent, ())
        if any(not r.changed and r.matches(office, places) for r in held):
            return True
        # a former holder (``бывший мэр``) is not the ``мэр`` of today; a vague head (``глава
        # внешнеполитического ведомства``) leaves the office to the knowledge base
        if any(r.changed or r.key not in PLACE_HEAD_NOUNS for r in held):
            return False
        return not self.offices.contradicts(self._by_id[referent].name, office, places)

    def _person_of(self, mention: Mention) -> str | None:
        """The referent behind an antecedent: an entity's own, or a role noun's resolution
        (``Представитель министерства сообщил… Чиновник подчеркнул``)."""
        if mention.kind == "entity":
            return mention.referent
        if mention.kind == "pronoun":
            speaker = self._pronoun_speaker(mention)
            return speaker.referent if speaker is not None else None
        if self._depth:
            return None
        self._depth += 1
        try:
            speaker = self._resolve_role(mention.token, mention.token,
                                         self._phrase_end(mention.token), mention.start)
        finally:
            self._depth -= 1
        return speaker.referent if speaker is not None else None
