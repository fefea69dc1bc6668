"""Phrase rules: which kind of phrase names the speaker, tried in the order of ``RULES``.

An entity (``Пескова``), a pronoun (``по его словам``), an organisation unit (``пресс-служба
Кремля``), a statement (``в сообщении Кремля``), a medium, a role (``президент``), an unnamed
source (``источник``), an institution or a metonym (``в альянсе``); the first rule that
answers decides, and its name is returned by ``resolve_traced``.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ...annotations import Speaker, Token
from ...entities.normalize import declined_anywhere
from ...kb.lexicon import (BUSINESS_ROLE_NOUNS, EPITHET_NOUNS, INSTITUTIONS, LATTER_PRONOUNS,
                           MEDIA_NOUNS, OFFICE_TITLES, ORG_UNITS, PERSON_ROLES, PRONOUNS,
                           RELATIVE_PRONOUNS, REPORTER_NOUNS, STATEMENT_NOUNS, UNIT_BODIES,
                           UNNAMED_SOURCES, metonym, plain)
from .candidates import Mention
from .org_names import OrgNames
from .phrases import PERSON_LEXICON, Phrases, _adjectives_before, _case, _lemma

#: Sentences back in which a bare ``издание`` / ``газета`` finds the outlet it refers to.
MEDIA_WINDOW = 2

#: Heads of a body whose name may follow the body in apposition (``главы корпорации Линды
#: Маккормик``), rather than the body owning the person.
HEAD_ROLE_NOUNS = frozenset({"глава", "руководитель", "директор", "президент", "председатель",
                             "генеральный", "гендиректор", "основатель", "владелец"})


#: Mentions back in which a bare unit noun (``в прокуратуре``) looks for its body: bounded,
#: so a document of thousands of such nouns stays linear.
BODY_LOOKBACK = 300

#: A place named only by its kind, as a genitive or an adjective (``администрация города``,
#: ``областное правительство``): the unit is the one of the place the document names.
GENERIC_PLACES = frozenset({
    "город", "область", "регион", "район", "округ", "муниципалитет", "край", "республика",
    "поселок", "село", "столица", "городской", "областной", "региональный", "районный",
    "окружной", "муниципальный", "краевой", "республиканский", "столичный", "местный",
})


def _generic_after(tokens: Sequence[Token], head: int, end: int) -> bool:
    """Does the unit noun at ``head`` (its phrase ending at ``end``) stand alone or with a place
    named only by its kind (``администрация города``, ``городская администрация``)?"""
    if any(_lemma(tokens[k]) not in GENERIC_PLACES for k in range(head + 1, end)):
        return False
    k = head - 1
    return not (k >= 0 and tokens[k].pos == "ADJ" and _lemma(tokens[k]) not in GENERIC_PLACES)


def _cut_before_name(index, head: int, i1: int) -> bool:
    """A bare ``ведомства`` the caller's phrase ends at, right before a name (``приводит
    сообщение ведомства РИА Новости``: the outlet is the subject): it points back, it depends
    on no name after it."""
    return i1 == head + 1 < len(index.tokens) and index.entity_at_token[i1] is not None and \
        metonym(_lemma(index.tokens[head])) is not None


def owned_person(index, k: int, i0: int, genitives: frozenset[str] = frozenset()) -> bool:
    """Is the person at token ``k`` a genitive dependent of a person or unit noun before it
    in the phrase (``мать погибшего Ивана Петрова``, ``адвокат Навального``, ``пресс-служба
    Кадырова``)? Then that noun speaks, not the person (GUIDELINE §3). ``genitives`` are the
    genitives of the men the document names (``Чеботарева`` of ``Владимир Чеботарев``): after
    a feminine noun the tagger reads one as a woman's nominative (``ассистентка Чеботарева``)."""
    tokens = index.tokens
    entity = index.entity_at_token[k]
    if _case(tokens[k]) != "Gen" and not (entity is not None and declined_anywhere(entity)) \
            and not (entity is not None and plain(entity.text) in genitives):
        return False  # the tagger may read an unknown surname as a nominative
    j = k - 1
    while j >= i0 and (tokens[j].pos in ("ADJ", "DET", "VERB") or
                       index.entity_at_token[j] is index.entity_at_token[k]):
        j -= 1
    if j < i0 or tokens[j].pos not in ("NOUN", "PROPN") or index.entity_at_token[j] is not None:
        return False  # (a capital opening the sentence may make the tagger call it PROPN)
    if _lemma(tokens[j]) in OFFICE_TITLES and _case(tokens[j]) == "Gen" and \
            not any(tokens[m].pos == "NOUN" for m in range(i0, j)):
        return False  # ``в обращении папы римского Франциска``: the office and its holder
    if _lemma(tokens[j]) in ORG_UNITS and j - 1 >= i0 and tokens[j - 1].pos == "NOUN" and \
            tokens[j - 1].feats_dict.get("Animacy") == "Anim" and \
            _case(tokens[j - 1]) == _case(tokens[k]) == "Gen" and \
            _lemma(tokens[j - 1]) in HEAD_ROLE_NOUNS:
        return False  # ``главы корпорации Линды Маккормик``: the head of it, named
    return tokens[j].feats_dict.get("Animacy") == "Anim" or _lemma(tokens[j]) in ORG_UNITS \
        or _lemma(tokens[j]) in ("защита", "обвинение")  # ``защита Януковича``: lawyers


#: An outlet's people (``журналисты``, ``корреспондент``): its own voice when unnamed.
MEDIA_STAFF_NOUNS = REPORTER_NOUNS | frozenset({"журналист", "журналистка", "репортёр"})


def _of_unit_kind(name: str, lemma: str) -> bool:
    """Is ``name`` (a body's name or a unit noun) one of the bodies ``UNIT_BODIES`` says the
    unit noun ``lemma`` names (``ГУ МВД по Петербургу`` for ``полиция``, ``мэрия`` for
    ``администрация``)?"""
    return any(plain(name).startswith(p) for p in UNIT_BODIES.get(lemma, ()))


def _unit_body(resolver, lemma: str, k: int, limit: int | None) -> Mention | None:
    """The latest mention before token ``k`` of a body ``UNIT_BODIES`` says a unit noun names
    (``полиция`` -> ``ГУ МВД по Петербургу``)."""
    if lemma not in UNIT_BODIES:
        return None
    for n, mention in enumerate(resolver._mentions_back(resolver.index.tokens[k].start)):
        if limit is not None and n >= limit:
            return None
        if mention.kind == "entity" and mention.label == "ORG" and mention.referent and \
                _of_unit_kind(resolver._by_id[mention.referent].name or "", lemma):
            return mention
    return None


def _business_company(index, lemma: str, head: int, i1: int):
    """The company a business role names (``BUSINESS_ROLE_NOUNS``): in apposition right after
    its noun (``дистрибьютор Sony Pictures``) or after its phrase, a dash or comma and maybe
    its kind (``дистрибьютор ленты в России — компания Walt Disney``); else ``None``."""
    if lemma not in BUSINESS_ROLE_NOUNS:
        return None
    if head + 1 < i1 and _org(index, head + 1):
        return index.entity_at_token[head + 1]
    k, tokens = i1, index.tokens
    while k < len(tokens) and k - i1 < 4 and tokens[k].text not in (",", "—", "–", "-") and \
            getattr(index.entity_at_token[k], "label", "LOC") == "LOC" and \
            tokens[k].pos in ("ADP", "NOUN", "PROPN", "ADJ"):
        k += 1  # the phrase's own tail the source left out (``в России``)
    if k >= len(tokens) or tokens[k].text not in (",", "—", "–", "-"):
        return None
    m = k + 1
    if m < len(tokens) and index.entity_at_token[m] is None and tokens[m].pos == "NOUN" and \
            metonym(_lemma(tokens[m])) is not None:
        m += 1  # ``компания``
    entity = index.entity_at_token[m] if m < len(tokens) else None
    return entity if entity is not None and entity.label == "ORG" else None


def _org(index, k: int) -> bool:
    entity = index.entity_at_token[k]
    return entity is not None and entity.label == "ORG"


class PhraseRules:
    """The ordered rules, a part of ``SpeakerResolver``."""

    def _rule_person_entity(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        pair = self._coordinated_people(i0, i1)
        if pair is not None:  # ``Алла Пугачева и Максим Галкин заявили``
            return self._group_speaker(pair)
        for i in range(i0, i1):
            entity = self.index.entity_at_token[i]
            if entity is not None and entity.label == "PER" and \
                    not self._owned_person(i, i0):
                return self._from_entity(entity)
        for i in range(i0, i1):  # a surname of the document the NER missed here
            referent = self._missed_surname(i)
            if referent is not None:
                return self._from_referent(self._by_id[referent])
        return None

    def _owned_person(self, k: int, i0: int) -> bool:
        return owned_person(self.index, k, i0, self._male_genitives())


    def _rule_pronoun(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        token = self.index.tokens[head]
        form = plain(token.text)
        if form in PRONOUNS:
            genders, number = PRONOUNS[form]
            feats = token.feats_dict
            if form in ("им", "ним") and feats.get("Number") == "Plur":
                genders, number = frozenset(), "Plur"
            return self._antecedent(before, genders, number, head)
        if form in LATTER_PRONOUNS and _case(token) == "Nom":  # ``Тот ответил``
            return self._latter(before, LATTER_PRONOUNS[form], last=form.startswith("послед"))
        if _lemma(token) in RELATIVE_PRONOUNS:
            feats = token.feats_dict
            gender = feats.get("Gender")
            number = feats.get("Number", "Sing")
            return self._antecedent(before, frozenset({gender}) if gender else frozenset(),
                                    number, head, same_sentence=True)
        return None

    def _rule_org_unit(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        token = self.index.tokens[head]
        if _lemma(token) not in ORG_UNITS or self.index.entity_at_token[head] is not None:
            return None
        dependent = None if _cut_before_name(self.index, head, i1) else \
            self._dependent_entity(head, max(i1, self._phrase_end(head)))
        if dependent is None:
            found = self._unit_of_metonym(head, before)
            if found is not None:
                return found
            if token.feats_dict.get("Number") == "Plur" and self._named_body(head) is None \
                    and (self._genitive_body(head) or metonym(_lemma(token)) is None):
                return Speaker(None, "UNNAMED", None)  # ``из экстренных служб``, ``в
                # оперативных службах региона``: bodies of a kind, none named
            if self._genitive_body(head):  # ``говорится в заявлении полиции``
                return self._body(head, max(i1, self._phrase_end(head)))
            if metonym(_lemma(token)) is None and \
                    _generic_after(self.index.tokens, head, self._phrase_end(head)) and \
                    _case(token) != "Gen":
                # a bare ``в прокуратуре`` after ``Прокуратура Амурской области``, or one of a
                # place named by its kind (``администрация города``): that body
                found = self._named_body(head, BODY_LOOKBACK)
                if found is not None:
                    return found
            return None  # bare ``в ведомстве``: the metonym rule
        if self._appositive(head, dependent):  # ``компания «Газпром»`` is Газпром
            return self._from_entity(dependent)
        return self._of_a_place(head, dependent, before) or Speaker(  # ``береговая охрана``
            self._role_name(_adjectives_before(self.index, head, i0), head, i1), "ORG", None)

    def _rule_statement(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        if _lemma(self.index.tokens[head]) not in STATEMENT_NOUNS:
            return None
        end = max(i1, self._phrase_end(head))
        dependent = self._dependent_entity(head, end)
        if dependent is not None and (dependent.start <= self.index.tokens[head + 1].start
                                      or not self._genitive_body(head + 1)):
            return self._from_entity(dependent)
        if head + 1 < end and self._genitive_body(head + 1):
            # ``сайт мэрии Москвы``: the body, whose place the name only is
            return self._unit_of_metonym(head + 1, before) or self._body(head + 1, end)
        if head + 1 < end and self.index.tokens[head + 1].pos == "NOUN" and \
                _case(self.index.tokens[head + 1]) == "Gen":
            # ``сайт кабмина``, ``заявление ведомства``: whoever the genitive names, else
            # nobody the text names (``Текст письма гласит``)
            return next((found for name, rule in self.RULES if name != "statement"
                         and (found := rule(self, head + 1, end, head + 1, before))),
                        Speaker(None, "UNNAMED", None))
        return self.resolve_source(before)

    def _genitive_body(self, k: int) -> bool:
        """Is token ``k`` a body's noun in the genitive that names no entity (``в заявлении
        полиции``), and not a word that only points back (``компании``: METONYMS)?"""
        token = self.index.tokens[k]
        lemma = _lemma(token)
        return token.pos == "NOUN" and _case(token) == "Gen" and lemma in ORG_UNITS \
            and metonym(lemma) is None and self.index.entity_at_token[k] is None

    def _body(self, k: int, end: int) -> Speaker:
        """The body a bare organisation noun at ``k`` names (``полиции``): the document's
        organisation of that kind named before it (``Полиция Армении``), else the noun phrase
        in the nominative (``полиция``, ORG)."""
        return self._named_body(k) or Speaker(self._phrase_name(k, end), "ORG", None)

    def _named_body(self, k: int, limit: int | None = None) -> Speaker | None:
        """A body named before, of the kind the noun at ``k`` names (``администрация``: мэрия)."""
        lemma = _lemma(self.index.tokens[k])
        for n, mention in enumerate(self._mentions_back(self.index.tokens[k].start)):
            if limit is not None and n >= limit:
                break
            unit = _lemma(self.index.tokens[mention.token]) if mention.kind == "org_unit" else ""
            if unit and (unit == lemma or _of_unit_kind(unit, lemma)):
                return self._from_mention(mention, mention.start)
            if mention.kind == "entity" and mention.label == "ORG" and mention.referent:
                words = (self._by_id[mention.referent].name or "").split()
                if lemma in {plain(w) for w in words}:  # ``театр`` of ``Драматический театр``
                    return self._by_title(mention, mention.start)
        found = _unit_body(self, lemma, k, limit)  # ``в полиции``: ГУ МВД
        return self._by_title(found, found.start) if found is not None else None

    def _rule_media_staff(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        """``по информации журналистов газеты «Известия»``, ``репортёр Le Figaro``: an outlet's
        unnamed staff speak as the outlet (a name of theirs is the role rule's)."""
        if _lemma(self.index.tokens[head]) not in MEDIA_STAFF_NOUNS:
            return None
        dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
        return self._from_entity(dependent) if dependent is not None and \
            dependent.label == "ORG" else None

    def _rule_media(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        if _lemma(self.index.tokens[head]) not in MEDIA_NOUNS \
                or self.index.entity_at_token[head] is not None or \
                head + 1 < i1 and plain(self.index.tokens[head + 1].text) == "по":
            return None  # ``агентство по чрезвычайным ситуациям`` is no outlet
        dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
        if dependent is not None:
            return self._from_entity(dependent)
        # ``Как сообщает The Wall Street Journal, … Издание отмечает``: the outlet just quoted
        if self.index.tokens[head].feats_dict.get("Number") != "Plur":
            for mention in self._mentions_before(before, MEDIA_WINDOW):
                if mention.kind == "entity" and mention.label == "ORG" and mention.speaker \
                        and not self._in_reported(mention.start):  # not inside the words
                    return self._from_mention(mention, before)
            # further back only if one body has been quoted in the whole text so far
            only = self._only_quoted_body(before)
            if only is not None:
                return self._from_mention(only, before)
        if metonym(_lemma(self.index.tokens[head])) is not None:
            return None  # no outlet quoted: ``агентство`` may be a body's (``агентство NASA``)
        return Speaker(None, "UNNAMED", None)

    def _rule_role(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        token = self.index.tokens[head]
        lemma = _lemma(token)
        lexical = lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in UNNAMED_SOURCES
        if not (token.pos == "NOUN" or (token.pos == "PROPN" and lexical)
                or lemma in PERSON_LEXICON) \
                or self.index.entity_at_token[head] is not None:
            return None  # a capitalised ``Госсекретарь`` may be tagged PROPN
        if lemma in ORG_UNITS or lemma in STATEMENT_NOUNS or metonym(lemma) is not None \
                or lemma in MEDIA_NOUNS:
            return None
        company = _business_company(self.index, lemma, head, i1)
        if company is not None:  # ``дистрибьютор Sony Pictures``: the company speaks
            return self._from_entity(company)
        if not (lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in UNNAMED_SOURCES
                or lemma in PERSON_LEXICON or token.feats_dict.get("Animacy") == "Anim"
                or lemma in EPITHET_NOUNS):  # ``По словам звезды``: read as a star in the sky
            return None
        return self._resolve_role(head, i0, i1, before)

    def _rule_one_of(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        """``Директор одной из гимназий``, ``сотрудник одного из банков``, ``один из
        адвокатов``: somebody the text does not name, not the last person of that role."""
        n = len(self.index.tokens)
        # ``Один из адвокатов подсудимого``: the phrase itself picks one out of a group
        if (self._one_of_at(head + 1) or self._one_of_at(head)) and not any(
                (e := self.index.entity_at_token[m]) is not None and e.label == "PER"
                for m in range(i0, min(n, max(i1, head + 5)))):
            return Speaker(None, "UNNAMED", None)
        return None

    def _rule_unnamed(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        if _lemma(self.index.tokens[head]) in UNNAMED_SOURCES:
            return Speaker(None, "UNNAMED", None)
        return None

    def _rule_entity(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        entity = self.index.entity_at_token[head]
        if entity is None:
            entity = next((e for i in range(i0, i1)
                           if (e := self.index.entity_at_token[i]) is not None), None)
            if entity is not None and entity.label == "LOC" and \
                    metonym(_lemma(self.index.tokens[head])) is not None:
                return None  # ``агентство по чрезвычайным ситуациям Филиппин``: the body
        elif entity.label == "ORG":
            entity = self._titled(entity, i1) or entity
        return self._from_entity(entity) if entity is not None else None

    def _rule_institution(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        tokens = self.index.tokens
        for n in (2, 1):
            if head + n > i1:
                continue
            lemmas = " ".join(_lemma(t) for t in tokens[head:head + n])
            if lemmas in INSTITUTIONS:
                return Speaker(INSTITUTIONS[lemmas], "ORG", None)
        return None

    def _rule_descriptor(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        """``Банк «Открытие» повысил ставки. Банк отметил`` / ``В холдинге отметили``: a bare
        noun that the document wrote before an organisation's name is that organisation (the
        latest one before the phrase)."""
        token = self.index.tokens[head]
        if token.pos != "NOUN" or self.index.entity_at_token[head] is not None or \
                token.feats_dict.get("Number") == "Plur" or any(
                    self.index.tokens[k].pos in ("NOUN", "PROPN")
                    or self.index.entity_at_token[k] is not None for k in range(head + 1, i1)):
            return None
        lemma = _lemma(token)
        best: Mention | None = None
        for mention in self._mentions_back(before):
            if mention.kind == "entity" and mention.label == "ORG" and \
                    self._descriptor(mention) == lemma:
                best = mention
                break
        return self._from_mention(best, before) if best is not None else None

    def _rule_side(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        """``Украинская сторона заявила``: the country (``OrgNames._country_side``)."""
        return self._country_side(i0, head, before)

    RULES: tuple[tuple[str, Callable[..., Speaker | None]], ...] = (
        ("person_entity", _rule_person_entity),
        ("surname", Phrases._rule_surname),
        ("pronoun", _rule_pronoun),
        ("org_unit", _rule_org_unit),
        ("statement", _rule_statement),
        ("media", _rule_media),
        ("media_staff", _rule_media_staff),
        ("side", _rule_side),
        ("one_of", _rule_one_of),
        ("role", _rule_role),
        ("unnamed", _rule_unnamed),
        ("entity", _rule_entity),
        ("institution", _rule_institution),
        ("metonym", OrgNames._rule_metonym),
        ("descriptor", _rule_descriptor),
    )
