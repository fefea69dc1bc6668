"""Roles: the person a role phrase names (``президент``, ``глава МИД``).

The roles a document introduces with a name (``Президент России Владимир Путин``,
``Владимир Путин, президент России``) are recorded; a role phrase then goes to the most
salient holder of that office (``президент`` = Путин, not the once-mentioned ``президент
США``), a plural one to the body its members speak for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from ...annotations import Entity, Referent, Speaker, Token
from ...entities.referents import one_edit_apart, org_key
from ...kb.lexicon import (COACH_EPITHETS, GROUP_MEMBER_NOUNS, INSTITUTIONS,
                           NATIONALITY_ADJECTIVES, OFFICE_ADJECTIVES, OFFICE_TITLES, PARTY_MEMBERS,
                           PERSON_ROLES, PLACE_HEAD_NOUNS, PLACE_HEAD_OFFICES, PRONOUNS,
                           RELATION_NOUNS, REPRESENTATIVE_NOUNS, ROLE_ALIASES,
                           ROLE_CHANGING_ADJECTIVES, ROLE_PREFIX_ALIASES, SAME_OFFICES,
                           UNIT_BODIES, UNNAMED_SOURCES, body_noun, metonym, plain)
from .candidates import Mention
from .phrases import (APPOSITION_MAX, DASHES, PERSON_LEXICON, POSSESSIVES, _adjectives_before,
                      _agree, _case, _lemma)
from .salience import _SalienceIndex

#: Words a role apposition may run through besides nouns and adjectives.
CHAIN_POS = ("NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "NUM", "DET")
CHAIN_PUNCT = (",", *("—", "–", "-"), "«", "»", '"')


@dataclass(frozen=True, slots=True)
class Role:
    """``Президент России Владимир Путин``: role key ``президент``, mods {россия}."""

    key: str
    head: str
    mods: frozenset[str]
    places: frozenset[str]
    referent: str
    position: int
    adjectives: frozenset[str] = frozenset()  # before the head: ``итальянский тренер``

    @property
    def changed(self) -> bool:
        """``бывший президент``: not the holder of the office now."""
        return bool(self.mods & ROLE_CHANGING_ADJECTIVES)

    def matches(self, key: str, places: frozenset[str]) -> bool:
        """Does this role name the office ``key`` (of ``places``)? ``глава РФ`` is every
        office that heads a place (``президент``), and vice versa."""
        if self.places and places and not (self.places & places):
            return False
        if self.key == key or self.key == "ген" + key:  # a ``генпрокурор`` is a ``прокурор``
            return True
        if any({self.key, key} <= same for same in SAME_OFFICES):
            return True
        if self.key in PLACE_HEAD_NOUNS and self.places:
            return key in PLACE_HEAD_OFFICES
        return key in PLACE_HEAD_NOUNS and bool(places) and self.key in PLACE_HEAD_OFFICES


def canonical_role(head: str, mods: frozenset[str]) -> str:
    """The office a role phrase names (``глава государства`` -> ``президент``)."""
    best: tuple[int, str] | None = None
    for alias_head, required, key in ROLE_ALIASES:
        if alias_head == head and set(required) <= mods:
            if best is None or len(required) > best[0]:
                best = (len(required), key)
    if best:
        return best[1]
    for heads, prefix, key in ROLE_PREFIX_ALIASES:
        if head in heads and any(m.startswith(prefix) for m in mods):
            return key
    return head


@dataclass
class _RoleGroup:
    """Current roles of one kind (office, head noun, dependents, places: ``министр`` +
    {финансы}) with their referents' mentions merged: a long document has hundreds of
    holders of one office but few kinds of role, so office look-ups cost per kind."""

    first: Role  # the earliest role of the group: the answer when nobody was mentioned yet
    referents: list[str]
    _salience: _SalienceIndex | None = None

    def salience(self, by_referent: dict[str, list[Mention]]) -> _SalienceIndex:
        if self._salience is None:
            self._salience = _SalienceIndex(
                m for rid in self.referents for m in by_referent.get(rid, ()))
        return self._salience


def _chain_before(index, i0: int) -> list[int]:
    """The tokens before a name at ``i0`` that may hold its roles: [role adj* NOUN]
    [dependents] NAME, with prepositions and lists among the dependents (``директора по
    развитию бизнеса Philips в России, на Украине Елену``) and a genitive person (``Мать
    певца Ивана Смирнова Ольга``), but no other person."""
    tokens, sent, first = index.tokens, index.sent_of[i0], index.tokens[i0]
    chain: list[int] = []
    j = i0 - 1
    while j >= 0 and len(chain) < APPOSITION_MAX and index.sent_of[j] == sent:
        tok, ent = tokens[j], index.entity_at_token[j]
        if ent is not None and ent.label == "PER" and not (
                _case(tok) == "Gen" and _case(first) == "Nom"):
            break
        if ent is None and tok.pos not in CHAIN_POS and tok.text not in CHAIN_PUNCT and \
                tok.feats_dict.get("VerbForm") != "Part":  # ``Мать скончавшегося … певца``
            break
        chain.insert(0, j)
        j -= 1
    return chain


#: A public body's staff (``сотрудники полиции``) speak for the body their genitive names; a
#: plant's or a shop's (``сотрудники завода``) speak for themselves.
STAFF_NOUNS = frozenset({"сотрудник", "работник", "служащий", "представитель"})
PUBLIC_BODIES = frozenset({
    "полиция", "милиция", "прокуратура", "мэрия", "администрация", "министерство", "ведомство",
    "служба", "управление", "суд", "посольство", "консульство", "департамент", "комитет",
    "инспекция", "госавтоинспекция", "правительство", "следствие",
})


#: How many mentions back a spokesperson's unit noun looks for its body (``_named_body``).
BODY_LOOKBACK = 30

#: Adjectives that make a role phrase somebody other than the holder the text named
#: (``второй адвокат``, ``другой депутат``).
OTHER_ONE_ADJECTIVES = frozenset({"второй", "другой", "иной", "третий"})


#: Verbs that give their subject a role in the instrumental (``стал тренером «Зенита»``,
#: ``избран председателем``, ``назначен министром``) or after ``на пост`` (``назначен на пост
#: мэра``): news name the person by that role afterwards (``Новый мэр пообещал``).
PREDICATIVE_VERBS = frozenset({
    "стать", "становиться", "назначить", "назначать", "избрать", "избирать", "переизбрать",
    "утвердить", "утверждать", "являться", "остаться", "оставаться", "работать",
})
#: Appointment verbs: the role they give is new (``На пост мэра назначен X. Новый мэр …``).
APPOINTING_VERBS = frozenset({"стать", "назначить", "избрать", "переизбрать", "утвердить"})
#: ``на пост мэра``, ``на должность главы``: the role in the genitive.
POST_NOUNS = frozenset({"пост", "должность", "кресло"})
PREDICATIVE_SPAN = 8


def _predicative_roles(index, i0: int, i1: int,
                       is_role: Callable[[int], bool]
                       ) -> list[tuple[int, list[int], list[int], bool]]:
    """The roles a predicate gives the subject at ``[i0, i1)`` (``Новым тренером «Зенита»
    стал Иван Петров``, ``Петров назначен на пост мэра``): ``(role noun, its dependents after,
    adjectives before, given by an appointment)``."""
    tokens, sent = index.tokens, index.sent_of[i0]
    if _case(tokens[i0]) != "Nom":
        return []
    lo, hi = max(0, i0 - PREDICATIVE_SPAN), min(len(tokens), i1 + PREDICATIVE_SPAN)
    verbs = [v for v in range(lo, hi) if index.sent_of[v] == sent and not i0 <= v < i1
             and _lemma(tokens[v]) in PREDICATIVE_VERBS]
    found = []
    for v in verbs:
        for k in range(max(lo, v - 4), min(hi, v + 5)):
            if index.sent_of[k] != sent or i0 <= k < i1 or not is_role(k):
                continue
            post = k > 0 and _lemma(tokens[k - 1]) in POST_NOUNS and _case(tokens[k]) == "Gen"
            if _case(tokens[k]) != "Ins" and not post:
                continue
            after, m = [], k + 1
            while m < hi and len(after) < APPOSITION_MAX and index.sent_of[m] == sent and \
                    not i0 <= m < i1 and (tokens[m].pos in ("NOUN", "PROPN", "ADJ") or (
                        index.entity_at_token[m] is not None
                        and index.entity_at_token[m].label != "PER")):
                after.append(m)
                m += 1
            before = [j for j in range(max(0, k - 3), k) if tokens[j].pos == "ADJ"]
            found.append((k, after, before, _lemma(tokens[v]) in APPOINTING_VERBS))
    return found



def _changing(mods: frozenset[str], lemma: str, appointed: frozenset[str]) -> bool:
    """Does an adjective say the role phrase is not the holder the document named (``бывший
    мэр``)? ``новый мэр`` is the one the document appointed (``appointed``: the role nouns
    it appointed somebody to), if it appointed one."""
    changing = mods & ROLE_CHANGING_ADJECTIVES
    return bool(changing) and not (changing == {"новый"} and lemma in appointed)


def group_roles(roles: Iterable[Role]) -> list[_RoleGroup]:
    """Roles of one kind (key, head, dependents, places) together, in order of first
    appearance, each group's referents once."""
    kinds: dict[tuple, _RoleGroup] = {}
    for role in roles:
        group = kinds.setdefault((role.key, role.head, role.mods, role.places),
                                 _RoleGroup(role, []))
        if role.referent not in group.referents:
            group.referents.append(role.referent)
    return list(kinds.values())


#: Adjectives of a former holder: ``бывший президент`` and ``экс-президент`` are one office.
FORMER_ADJECTIVES = frozenset({"бывший", "прежний"})


def _former_office(lemma: str, mods: frozenset[str]) -> tuple[str, frozenset[str]]:
    """``экс-президент`` -> (``президент``, mods + ``бывший``): the office and its former
    holder, so that ``экс-премьер`` is found after ``бывший премьер-министр X`` and never
    means the premier now."""
    if lemma.startswith("экс-") and len(lemma) > 4:
        return lemma[4:], mods | {"бывший"}
    return lemma, mods


def _possessor(resolver, head: int, i0: int) -> str | None:
    """The referent of a possessive before a role noun (``Его адвокат``, ``её муж``): the
    role's owner, so never its holder."""
    tokens = resolver.index.tokens
    k = head - 1
    while k >= i0 - 1 and k >= 0 and tokens[k].pos in ("ADJ", "VERB") and \
            tokens[k].feats_dict.get("VerbForm") in (None, "Part"):
        k -= 1
    form = plain(tokens[k].text) if k >= 0 else ""
    if form not in POSSESSIVES or resolver.index.sent_of[k] != resolver.index.sent_of[head]:
        return None
    genders, number = PRONOUNS[form]
    found = resolver._antecedent(tokens[k].start, genders, number, k)
    return found.referent if found is not None else None


def _former_holder(resolver, lemma: str, key: str, mods: frozenset[str],
                   places: frozenset[str], owners: set[str], before: int) -> Speaker:
    """The former holder a ``бывший``/``экс-`` role names: one the document called so
    (``бывший министр финансов X`` for ``экс-министр``), else nobody it names — never the
    holder now."""
    holders = [g for g in resolver._former_groups if g.first.matches(key, places) or
               g.first.head == lemma and mods <= g.first.mods]
    best = resolver._best_holder(holders, mods, before) if holders else None
    return resolver._from_referent(resolver._by_id[best]) if best is not None and \
        best not in owners else Speaker(None, "UNNAMED", None)


def _body_by_kind(index, after: Sequence[int]) -> bool:
    """Do a role's dependents name its body by a kind noun alone (``директор компании``, not
    ``директор компании Samsung``)?"""
    entities = [index.entity_at_token[k] for k in after]
    return not any(e is not None and e.label != "PER" for e in entities) and \
        any(e is None and metonym(_lemma(index.tokens[k])) for e, k in zip(entities, after))


def _untagged_body(resolver, head: int, dependent: Entity | None) -> Speaker | None:
    """A body the tagger left untagged between a role noun and the country it belongs to
    (``представитель министерства обороны Израиля``): named as a unit phrase is, up to the
    country (``Phrases._phrase_name``), an organisation, not the country."""
    if dependent is None or dependent.label != "LOC":
        return None
    tokens = resolver.index.tokens
    first, end = resolver.index.token_range(dependent.start, dependent.end)
    for k in range(head + 1, first):
        if tokens[k].pos == "NOUN" and _case(tokens[k]) == "Gen" and \
                (body_noun(_lemma(tokens[k])) or _lemma(tokens[k]) in UNIT_BODIES):
            return Speaker(resolver._phrase_name(k, end), "ORG", None)
    return None


def bind_role_bodies(resolver) -> None:
    """A role of a body the text names by its kind (``Генеральный директор компании Тим Кук``
    after ``Компания Apple``) is a role of that body too, so ``глава Apple`` finds its holder.
    Run once the mentions a kind noun points back to are known."""
    for n, after in resolver._role_kinds:
        role = resolver.roles[n]
        bodies = resolver._metonym_bodies(after, role.position)
        keys = {org_key(body.name or "") for body in bodies} - {""}
        if keys:
            resolver.roles[n] = replace(role, mods=role.mods | keys)


class Roles:
    """Roles recorded and resolved, a part of ``SpeakerResolver``."""

    def _register_roles(self, entity: Entity) -> None:
        """Record the roles a PER entity is introduced with, before and after the name."""
        tokens = self.index.tokens
        i0, i1 = self.index.entity_tokens[entity.id]
        if i0 >= i1:
            return
        referent = self._by_entity.get(entity.id)
        if referent is None:
            return
        sent = self.index.sent_of[i0]
        first = tokens[i0]
        chain = _chain_before(self.index, i0)
        heads = [k for k in chain if self._is_role_noun(k) and self._agree_name(k, first)]
        if i1 - i0 == 1 and plain(entity.text) in self._male_genitives():
            heads = []  # ``ассистентка Чеботарева``: his assistant, not her role
        if first.feats_dict.get("Case") == "Gen":
            # ``жены президента Путина``: only the nearest is his; ``матери Ивана Смирнова``:
            # a relative's noun is the relative's
            heads = [k for k in heads[-1:] if not (
                _lemma(tokens[k]) in RELATION_NOUNS and tokens[k].feats_dict.get("Gender")
                not in (None, first.feats_dict.get("Gender"), "Neut"))]
        for head in heads:
            # its dependents run to the next apposition (``Депутат Госдумы, лидер партии
            # «Новые люди» X``: ``Новые`` is no ``новый`` депутат)
            rest = [k for k in chain if k > head]
            stop = next((n for n, k in enumerate(rest) if tokens[k].text == "," or k in heads),
                        len(rest))
            self._add_role(head, rest[:stop],
                           [k for k in chain if k < head and tokens[k].pos == "ADJ"
                            and k >= head - 3], referent, entity)
        # after: NAME , [adj*] NOUN [chain]
        k = i1
        if k < len(tokens) and tokens[k].text in (",", "(", *DASHES) \
                and self.index.sent_of[k] == sent:
            k += 1
            adjs = []
            while k < len(tokens) and tokens[k].pos == "ADJ" and len(adjs) < 3:
                adjs.append(k)
                k += 1
            if k < len(tokens) and self._is_role_noun(k) and self._agree_name(k, first) \
                    and self.index.sent_of[k] == sent:
                tail = []
                m = k + 1
                while m < len(tokens) and len(tail) < APPOSITION_MAX \
                        and self.index.sent_of[m] == sent \
                        and (tokens[m].pos in ("NOUN", "PROPN", "ADJ")
                             or self.index.entity_at_token[m] is not None) \
                        and (self.index.entity_at_token[m] is None
                             or self.index.entity_at_token[m].label != "PER"):
                    tail.append(m)
                    m += 1
                self._add_role(k, tail, adjs, referent, entity)
        for head, after, before, new in _predicative_roles(self.index, i0, i1,
                                                           self._is_role_noun):
            self._add_role(head, after, before, referent, entity, new)

    def _agree_name(self, k: int, name: Token) -> bool:
        """A role noun in apposition agrees with the name in case and number."""
        token = self.index.tokens[k]
        cases = {_case(token), _case(name)}
        # an animate masculine accusative is spelled as the genitive; taggers mix them up
        if not _agree(token, name) and cases != {"Gen", "Acc"}:
            return False
        number = token.feats_dict.get("Number")
        return number is None or number == "Sing"

    def _is_role_noun(self, k: int) -> bool:
        token = self.index.tokens[k]
        lemma = _lemma(token)
        lexical = lemma in OFFICE_TITLES or lemma in PERSON_ROLES  # (``Генпрокурор`` as PROPN)
        if (token.pos != "NOUN" and lemma not in PERSON_LEXICON and not (
                token.pos == "PROPN" and lexical)) or self.index.entity_at_token[k] is not None:
            return False
        return lexical or lemma in PERSON_LEXICON or token.feats_dict.get("Animacy") == "Anim"

    def _mods(self, ks: Sequence[int]) -> tuple[frozenset[str], frozenset[str]]:
        """Lemmas of dependents, and the places among them (``президент Франции``): holders
        of a role in another country are not candidates."""
        mods, places = set(), set()
        for k in ks:
            entity = self.index.entity_at_token[k]
            if entity is not None:
                key = org_key(entity.normal or entity.text)
                if entity.label == "LOC" and key not in INSTITUTIONS:
                    places.add(key)
                mods.add(key)
            lemma = _lemma(self.index.tokens[k])
            mods.add(lemma)
            places.update(NATIONALITY_ADJECTIVES.get(lemma, ()))  # ``британский премьер``
        return frozenset(mods), frozenset(places)

    def _add_role(self, head: int, after: Sequence[int], before: Sequence[int],
                  referent: Referent, entity: Entity, new: bool = False) -> None:
        mods, places = self._mods([*after, *before])
        lemma, mods = _former_office(_lemma(self.index.tokens[head]), mods)
        adjectives = frozenset(_lemma(self.index.tokens[k]) for k in before) | (
            {"новый"} if new else set())
        # ``врач-терапевт`` is a ``терапевт`` too: the text may name it by its last part (but
        # an ``экс-министр`` or a ``вице-премьер`` is no министр or премьер)
        first, _, last = lemma.partition("-")
        nouns = {lemma, last} if last and (first in PERSON_ROLES or first in OFFICE_TITLES) \
            else {lemma}
        for noun in nouns:
            if _body_by_kind(self.index, after):
                self._role_kinds.append((len(self.roles), tuple(after)))
            self.roles.append(Role(canonical_role(noun, mods), noun, mods, places, referent.id,
                                   self.index.tokens[head].start, adjectives))
        self._role_tokens.add(head)

    def _resolve_role(self, head: int, i0: int, i1: int, before: int) -> Speaker | None:
        before = self._before_words(before)  # the holder is named before the words
        tokens = self.index.tokens
        token = tokens[head]
        lemma = _lemma(token)
        after = [k for k in range(head + 1, i1) if tokens[k].pos in ("NOUN", "PROPN", "ADJ")
                 or self.index.entity_at_token[k] is not None]
        adjs = _adjectives_before(self.index, head, i0)
        mods, places = self._mods([*after, *adjs])
        lemma, mods = _former_office(lemma, mods)
        bodies = self._metonym_bodies(after, before)  # ``глава госкорпорации``: Роскосмос
        if not mods & self._role_mods:  # no current role says ``холдинг``
            mods |= {org_key(body.name or "") for body in bodies}
        # ``Второй адвокат Кокорина пояснил`` after ``адвокат Татьяна Стукалова``: another one
        changed = _changing(mods, lemma, self._appointed) or bool(mods & OTHER_ONE_ADJECTIVES)
        if token.feats_dict.get("Number") == "Plur":
            return self._resolve_group(head, i1, lemma, bodies)
        key = canonical_role(lemma, mods)
        # ``адвокат Ивана Петрова``, ``мать погибшего``: the person the role belongs to is not
        # its holder
        owners = {self._by_entity[e.id].id for k in range(head + 1, i1)
                  if (e := self.index.entity_at_token[k]) is not None and e.label == "PER"
                  and e.id in self._by_entity and self._owned_person(k, head)}
        owner = _possessor(self, head, i0)
        if owner is not None:
            owners.add(owner)
        if mods & FORMER_ADJECTIVES:  # ``экс-министр`` after ``бывший министр финансов X``
            return _former_holder(self, lemma, key, mods, places, owners, before)
        if not changed:
            holders = self._holders(lemma, key, mods, places)
            best = self._best_holder(holders, mods, before) if holders else None
            if best is not None and best not in owners:
                return self._from_referent(self._by_id[best])
        if lemma in UNNAMED_SOURCES:
            expert = self._expert_just_quoted(head, after, before) or \
                self._interlocutor(head, before)
            if expert is not None:
                return self._from_referent(self._by_id[expert])
            # ``Испанский специалист написал``: a description of the story's coach; an
            # ``Американский эксперт`` is somebody new
            described = self._described_person(head, None, mods, before, False, places) \
                if adjs and places and lemma in COACH_EPITHETS else None
            return self._from_referent(self._by_id[described]) if described is not None \
                else Speaker(None, "UNNAMED", None)
        office = lemma in OFFICE_TITLES or bool(mods & OFFICE_ADJECTIVES)
        described = self._described_person(head, None if changed else key, mods, before, office,
                                           places)
        if described is not None and described not in owners:
            return self._from_referent(self._by_id[described])
        if lemma in REPRESENTATIVE_NOUNS:  # an unnamed spokesperson: the body speaks
            dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
            body = _untagged_body(self, head, dependent)
            if body is not None:
                return body  # ``представитель министерства обороны Израиля``: the ministry
            if dependent is not None and dependent.label != "PER":
                return self._from_entity(dependent)
            if dependent is None and bodies:
                return bodies[0]  # ``представитель ведомства``
            unit = self._named_body(head + 1, BODY_LOOKBACK) \
                if dependent is None and head + 1 < len(self.index.tokens) else None
            if unit is not None:
                return unit  # ``представитель полиции`` after ``В УМВД по Калужской области``
        if office and not changed:
            role = self._role_name(adjs, head, i1)
            holder = self._dated_holder(role) or self._named_kb_holder(key, places) \
                or self._kb_office_holder(role)
            if holder is not None:
                return holder
        # a role the document ties to nobody is no name (GUIDELINE.md §2a)
        return Speaker(None, "UNNAMED", None)

    def _holders(self, lemma: str, key: str, mods: frozenset[str],
                 places: frozenset[str]) -> list[_RoleGroup]:
        """Roles of the document that name this office: the same office (``глава МИД`` =
        ``министр иностранных дел``; ``президент`` = ``глава РФ``), else the same head noun
        with fewer dependents (``министр`` = ``министр обороны``), else a bare office that an
        alias names (``Министр`` = ``глава Минфина``, the ``министр финансов``), else a one-letter typo of
        the head, else — for a head noun (``глава холдинга``) — an office of the same body
        (``генеральный директор холдинга``). A former holder (``бывший президент``) holds
        nothing now (``_role_groups`` leaves changed roles out). Per group of roles of one
        kind, not per role: every role of a group has the group's key, head, dependents and
        places, so a test on ``g.first`` is the test on each of them."""
        fits = [g for g in self._role_groups
                if not (g.first.places and places and not (g.first.places & places))]
        return [g for g in fits if g.first.key == key] \
            or [g for g in fits if g.first.matches(key, places)] \
            or [g for g in fits if g.first.head == lemma and mods <= g.first.mods] \
            or [g for g in fits if not mods and lemma in OFFICE_TITLES
                and g.first.key.split()[0] == lemma] \
            or [g for g in fits if len(lemma) >= 6 and one_edit_apart(g.first.head, lemma)] \
            or [g for g in fits if lemma in PLACE_HEAD_NOUNS and mods and not places
                and mods <= g.first.mods and g.first.head in OFFICE_TITLES]  # ``глава холдинга``

    def _best_holder(self, groups: list[_RoleGroup], mods: frozenset[str], before: int) -> str:
        """The referent of the holder with the most dependents in common with the phrase,
        then the most salient before ``before`` (last subject mention, then last mention),
        else the earliest holder: per group of holders, not per holder."""
        top = max(len(g.first.mods & mods) for g in groups)
        groups = [g for g in groups if len(g.first.mods & mods) == top]
        found = [g.salience(self._by_referent).before(before) for g in groups]
        subjects = [s for s, _ in found if s is not None]
        lasts = [m for _, m in found if m is not None]
        if subjects or lasts:
            return max(subjects or lasts, key=lambda m: m.start).referent  # type: ignore
        return min((g.first for g in groups), key=lambda r: self._role_order[id(r)]).referent

    def _resolve_group(self, head: int, i1: int, lemma: str, bodies: list[Speaker]) -> Speaker:
        """A plural person noun: members of a body speak for it (``представители МИД``; its
        spokespeople, ``представители компании``, for the body the document named so; its
        staff, ``сотрудники полиции``, for the body of that kind), a party's members are the
        party (``Демократы заявляют``), other groups are unnamed."""
        end = max(i1, self._phrase_end(head))
        dependent = self._dependent_entity(head, end)
        if lemma in GROUP_MEMBER_NOUNS and dependent is not None and dependent.label != "PER":
            return self._from_entity(dependent)  # ``представители МИД``
        if lemma in REPRESENTATIVE_NOUNS and dependent is None and bodies:
            return bodies[0]  # ``представители компании``: the company named before
        if lemma in STAFF_NOUNS and head + 1 < end and self._genitive_body(head + 1) and \
                _lemma(self.index.tokens[head + 1]) in PUBLIC_BODIES:
            return self._body(head + 1, end)  # ``Сотрудники полиции`` after ``Полиция Остина``
        if lemma in PARTY_MEMBERS:
            prefix = PARTY_MEMBERS[lemma]
            parties = [r for r in self.referents if r.label == "ORG" and any(
                plain(w).startswith(prefix) for w in [(r.name or "")] + (r.name or "").split())]
            if parties:
                return self._from_referent(parties[-1])
            return Speaker(self._plural_name(head), "ORG", None)
        return Speaker(None, "UNNAMED", None)
