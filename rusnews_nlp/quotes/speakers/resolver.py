"""Speaker resolution: the phrase a quote rule found -> a canonical person or organisation.

``SpeakerResolver(doc)`` indexes one document once (linear in its tokens) and then answers
``resolve(start, end)`` for each speaker phrase a quote rule found — an entity (``Пескова``),
a pronoun (``по его словам``), a role (``президент``, ``глава МИД``), an organisation unit
(``пресс-служба Кремля``), a metonym (``в альянсе``), a statement (``в сообщении Кремля``) or an
unnamed source (``источник``). The rules are tried in the order of ``RULES``; the name of the
rule that answered is returned by ``resolve_traced`` for debugging.

Why these rules (GUIDELINE.md §3): the speaker must be the canonical name of the source as
complete as the document allows, so every phrase is resolved to a referent of the document
when one exists:

* pronouns go to the most salient earlier mention that agrees in gender and number — same or
  previous sentences, subjects and earlier speakers preferred, quoted text skipped;
* roles go to the person the document introduced with that role by apposition
  (``Президент России Владимир Путин``, ``Владимир Путин, президент России``), the most
  recently mentioned holder winning (``президент`` = Путин, not the once-mentioned
  ``президент США``); an office with no named holder is the one the knowledge base knows
  in it on the document's date, else UNNAMED like any other person noun with no holder;
* metonyms go to the organisation of the document that fits (``альянс`` -> НАТО,
  ``ведомство`` -> the latest ministry).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from ...models import resources
from ...annotations import Document, Entity, Referent, Speaker, Token
from ...entities.docindex import DocIndex
from ...entities.referents import (SURNAME_ENDINGS, cluster_entities, main_part, name_words, one_edit_apart,
                        org_key, referent_map)
from ...kb.offices import KnownOffices
from .names import fuller_referents
from ...kb.lexicon import (DEMONYMS, DEPENDENT_PREPOSITIONS, EDGE_WORDS, EPITHET_NOUNS, FEMININE_GENDER,
                    GROUP_MEMBER_NOUNS, INSTITUTIONS, MEDIA_NOUNS, METONYMS,
                    NATIONALITY_ADJECTIVES, OFFICE_ADJECTIVES, OFFICE_TITLES, ORG_UNITS,
                    PARTY_MEMBERS, PERSON_ROLES, PLACE_HEAD_NOUNS, PLACE_HEAD_OFFICES, PRONOUNS,
                    RELATIVE_PRONOUNS, REPORTER_NOUNS, REPRESENTATIVE_NOUNS, ROLE_ALIASES,
                    ROLE_CHANGING_ADJECTIVES, ROLE_PREFIX_ALIASES, SPEECH_NOUNS, SPEECH_VERBS,
                    STATEMENT_NOUNS, UNNAMED_SOURCES, plain)

#: How many sentences back a pronoun or an impersonal statement looks for its source.
PRONOUN_WINDOW = 4
SOURCE_WINDOW = 3
#: How many sentences back a role noun with no named holder (``чиновник``) looks for the
#: person it describes.
DESCRIPTION_WINDOW = 3
#: Longest apposition chain between a role noun and a name (``директора по стратегии и
#: развитию бизнеса Philips в России Елену Сябренко``).
APPOSITION_MAX = 20
#: Words a role apposition may run through besides nouns and adjectives.
CHAIN_POS = ("NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "NUM", "DET")
CHAIN_PUNCT = (",", *("—", "–", "-"), "«", "»", '"')

NOUNISH = ("NOUN", "PROPN")
#: Person nouns the tagger may call adjectives (``Демократы``, ``мексиканец``).
PERSON_LEXICON = frozenset({*DEMONYMS, *PARTY_MEMBERS})
QUOTE_MARKS = ("«", "»", '"', "„", "“", "”")
DASHES = ("—", "–", "-")


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
        if self.key == key:
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


def _lemma(token: Token) -> str:
    return plain(token.lemma or token.text)


def _case(token: Token) -> str | None:
    return token.feats_dict.get("Case")


_PYMORPHY_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_UD_GENDER = {"masc": "Masc", "femn": "Fem"}


def _form_gender(word: str, pos: tuple[str, ...]) -> str | None:
    """The one gender (Masc/Fem) every singular ``pos`` reading of ``word`` has, if any:
    ``65-летнюю`` -> Fem, ``заявила`` -> Fem, ``сказали`` -> None (plural)."""
    genders = set()
    for parse in resources.morph_analyzer().parse(word):
        tag = parse.tag
        if tag.POS in pos and tag.number != "plur":
            genders.add(_UD_GENDER.get(tag.gender or ""))
    return genders.pop() if len(genders) == 1 else None


def _nominative(token: Token, gender: str) -> str:
    """An adjective in the nominative singular of ``gender`` (``главного`` -> ``главный``)."""
    lemma = token.lemma or token.text
    if gender == "Masc":
        return lemma
    parsed = resources.morph_analyzer().parse(lemma)
    form = parsed[0].inflect({"nomn", "sing", _PYMORPHY_GENDER.get(gender, "masc")}) \
        if parsed else None
    return form.word if form is not None else lemma


def _agree(a: Token, b: Token) -> bool:
    ca, cb = _case(a), _case(b)
    return ca is None or cb is None or ca == cb


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


class SpeakerResolver:
    """Resolve speaker phrases of one document; build once per document (cheap)."""

    def __init__(self, doc: Document, offices: KnownOffices | None = None) -> None:
        doc = _without_role_names(doc)
        self.doc = doc
        self.offices = offices or _KNOWN_OFFICES
        self.index = DocIndex(doc)
        self.referents: tuple[Referent, ...] = doc.referents or cluster_entities(doc, self.index)
        self._by_entity = referent_map(self.referents)
        self._by_id = {r.id: r for r in self.referents}
        self._fuller = fuller_referents(self.referents)
        self._date: object = False  # the document's date, found on the first dated role
        self._gender = self._referent_genders()
        self._org_keys = {org_key(e.normal or e.text) for e in doc.entities if e.label != "PER"}
        self._depth = 0  # recursion guard: a description resolved through another one
        self._pronouns: dict[int, Speaker | None] = {}
        self._surnames = self._surname_index()
        self._unit_spans: list[tuple[int, int]] = []
        self.roles: list[Role] = []
        self._role_tokens: set[int] = set()
        for entity in doc.entities:
            if entity.label == "PER" and entity.zone is None:
                self._register_roles(entity)
        self.mentions: list[Mention] = self._collect_mentions()
        self._mention_starts = [m.start for m in self.mentions]
        self._by_referent: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.referent:
                self._by_referent.setdefault(mention.referent, []).append(mention)
        self._salience_index = {rid: _SalienceIndex(found)
                                for rid, found in self._by_referent.items()}
        # current roles (former holders left out) by kind, in order of first appearance:
        # what ``_holders`` looks up per role phrase
        kinds: dict[tuple, _RoleGroup] = {}
        for role in self.roles:
            if not role.changed:
                group = kinds.setdefault((role.key, role.head, role.mods, role.places),
                                         _RoleGroup(role, []))
                if role.referent not in group.referents:
                    group.referents.append(role.referent)
        self._role_groups = list(kinds.values())
        self._role_order = {id(role): n for n, role in enumerate(self.roles)}
        self._roles_of: dict[str, list[Role]] = {}
        self._nationality: dict[str, set[str]] = {}
        for role in self.roles:
            self._roles_of.setdefault(role.referent, []).append(role)
            # ``итальянец Марко Росси``, ``итальянский тренер Марко Росси`` (not ``тренер
            # сборной России``: a team's or office's place is no nationality)
            places = set(DEMONYMS[role.head][0]) if role.head in DEMONYMS else set()
            for adj in role.adjectives:
                places.update(NATIONALITY_ADJECTIVES.get(adj, ()))
            if places:
                self._nationality.setdefault(role.referent, set()).update(places)

    # ---------------------------------------------------------------- public API

    def referent_for_entity(self, entity_id: str) -> Referent | None:
        return self._by_entity.get(entity_id)

    def resolve(self, start: int, end: int, cue_start: int | None = None) -> Speaker | None:
        """The speaker named by the phrase ``text[start:end]``; ``None`` if it names nobody.

        ``cue_start`` (the cue's offset) matters when the cue precedes the phrase
        (``сказал он``): antecedents are searched before the cue.
        """
        return self.resolve_traced(start, end, cue_start)[0]

    def resolve_traced(self, start: int, end: int,
                       cue_start: int | None = None) -> tuple[Speaker | None, str | None]:
        """``resolve`` plus the name of the rule that answered (``None`` if none did)."""
        i0, i1 = self.index.token_range(start, end)
        if i0 >= i1:
            return None, None
        head = self._head(i0, i1)
        before = min(start, cue_start) if cue_start is not None else start
        for name, rule in self.RULES:
            found = rule(self, i0, i1, head, before)
            if found is not None:
                return self._span(found, start, end), name
        return None, None

    def role_contradicts(self, name: str, start: int, end: int) -> bool:
        """Does the knowledge base rule out that ``name`` holds the office the role phrase at
        ``[start, end)`` names (``губернатор`` for Путин)? ``False`` when it cannot tell."""
        office = self._office_at(start, end)
        return office is not None and self.offices.contradicts(name, office[0])

    def office_of(self, start: int, end: int) -> str | None:
        """The office (``президент``) the phrase at ``[start, end)`` names, one holder at a
        time; ``None`` for other phrases, and for a former holder (``бывший мэр``)."""
        office = self._office_at(start, end)
        if office is None:
            return None
        key, head, mods = office
        if mods & ROLE_CHANGING_ADJECTIVES:
            return None
        return key if head in OFFICE_TITLES or mods & OFFICE_ADJECTIVES else None

    def _office_at(self, start: int, end: int) -> tuple[str, str, frozenset[str]] | None:
        """(role key, head lemma, other lemmas) of the phrase's first noun."""
        i0, i1 = self.index.token_range(start, end)
        nouns = [k for k in range(i0, i1) if self.index.tokens[k].pos in ("NOUN", "PROPN")]
        if not nouns:
            return None
        head = _lemma(self.index.tokens[nouns[0]])
        mods = frozenset(_lemma(self.index.tokens[k]) for k in range(i0, i1) if k != nouns[0])
        return canonical_role(head, mods), head, mods

    def resolve_source(self, position: int) -> Speaker | None:
        """The body behind an impersonal statement at ``position`` (``в сообщении
        отмечается``): the most salient organisation of the few sentences before, one that
        spoke preferred (``…, передает пресс-служба Кремля. В сообщении отмечается``).
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
            score = -(sent - mention.sent) + 1.5 * mention.speaker + 1.0 * mention.subject \
                + 0.5 * (mention.kind == "org_unit")
            if best is None or (score, mention.start) > best[:2]:
                best = (score, mention.start, mention)
        if best is None:
            return None
        speaker = self._from_mention(best[2], position)
        return speaker and Speaker(speaker.name, speaker.type, speaker.referent)

    # ---------------------------------------------------------------- rules

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
        """Is the person at token ``k`` a genitive dependent of a person or unit noun before it
        in the phrase (``мать погибшего Ивана Петрова``, ``адвокат Навального``, ``пресс-служба
        Кадырова``)? Then that noun speaks, not the person (GUIDELINE §3)."""
        tokens = self.index.tokens
        if _case(tokens[k]) != "Gen":
            return False
        j = k - 1
        while j >= i0 and (tokens[j].pos in ("ADJ", "DET", "VERB") or
                           self.index.entity_at_token[j] is self.index.entity_at_token[k]):
            j -= 1
        if j < i0 or tokens[j].pos != "NOUN" or self.index.entity_at_token[j] is not None:
            return False
        return tokens[j].feats_dict.get("Animacy") == "Anim" or _lemma(tokens[j]) in ORG_UNITS

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

    def _rule_pronoun(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        token = self.index.tokens[head]
        form = plain(token.text)
        if form in PRONOUNS:
            genders, number = PRONOUNS[form]
            feats = token.feats_dict
            if form in ("им", "ним") and feats.get("Number") == "Plur":
                genders, number = frozenset(), "Plur"
            return self._antecedent(before, genders, number, head)
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
        dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
        if dependent is None:
            if self._genitive_body(head):  # ``говорится в заявлении полиции``
                return self._body(head, max(i1, self._phrase_end(head)))
            return None  # bare ``в ведомстве``: the metonym rule
        if self._appositive(head, dependent):  # ``компания «Газпром»`` is Газпром
            return self._from_entity(dependent)
        return Speaker(self._phrase_name(head, i1), "ORG", None)

    def _appositive(self, head: int, entity: Entity) -> bool:
        """Is ``entity`` the name of the noun at ``head`` (``компания «Газпром»``, ``газета
        Известия``) rather than its genitive dependent (``пресс-служба Кремля``)?"""
        tokens = self.index.tokens
        i0 = self.index.entity_tokens.get(entity.id, (head + 1, head + 1))[0]
        if any(tokens[k].text in QUOTE_MARKS for k in range(head + 1, min(i0 + 1, len(tokens)))):
            return True
        if i0 < len(tokens) and tokens[i0].text in QUOTE_MARKS:
            return True
        case = _case(tokens[i0]) if i0 < len(tokens) else None
        return case is not None and case != "Gen" and case == _case(tokens[head])

    def _rule_statement(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        if _lemma(self.index.tokens[head]) not in STATEMENT_NOUNS:
            return None
        dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
        if dependent is not None:
            return self._from_entity(dependent)
        end = max(i1, self._phrase_end(head))
        if head + 1 < end and self._genitive_body(head + 1):
            return self._body(head + 1, end)
        return self.resolve_source(before)

    def _genitive_body(self, k: int) -> bool:
        """Is token ``k`` a body's noun in the genitive that names no entity (``в заявлении
        полиции``), and not a word that only points back (``компании``: METONYMS)?"""
        token = self.index.tokens[k]
        lemma = _lemma(token)
        return token.pos == "NOUN" and _case(token) == "Gen" and lemma in ORG_UNITS \
            and lemma not in METONYMS and self.index.entity_at_token[k] is None

    def _body(self, k: int, end: int) -> Speaker:
        """The body a bare organisation noun at ``k`` names (``полиции``): the document's
        organisation of that kind named before it (``Полиция Армении``), else the noun phrase
        in the nominative (``полиция``, ORG)."""
        lemma = _lemma(self.index.tokens[k])
        for mention in self._mentions_back(self.index.tokens[k].start):
            if mention.kind == "org_unit" and _lemma(self.index.tokens[mention.token]) == lemma:
                return self._from_mention(mention, mention.start)  # type: ignore[return-value]
            if mention.kind == "entity" and mention.label == "ORG" and mention.referent:
                words = (self._by_id[mention.referent].name or "").split()
                if words and plain(words[0]) == lemma:
                    return self._from_referent(self._by_id[mention.referent])
        return Speaker(self._phrase_name(k, end), "ORG", None)

    def _rule_media(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        if _lemma(self.index.tokens[head]) not in MEDIA_NOUNS \
                or self.index.entity_at_token[head] is not None:
            return None
        dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
        if dependent is not None:
            return self._from_entity(dependent)
        return Speaker(None, "UNNAMED", None)

    def _rule_role(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        token = self.index.tokens[head]
        lemma = _lemma(token)
        lexical = lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in UNNAMED_SOURCES
        if not (token.pos == "NOUN" or (token.pos == "PROPN" and lexical)
                or lemma in PERSON_LEXICON) \
                or self.index.entity_at_token[head] is not None:
            return None  # a capitalised ``Госсекретарь`` may be tagged PROPN
        if lemma in ORG_UNITS or lemma in STATEMENT_NOUNS or lemma in METONYMS \
                or lemma in MEDIA_NOUNS:
            return None
        if not (lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in UNNAMED_SOURCES
                or lemma in PERSON_LEXICON or token.feats_dict.get("Animacy") == "Anim"):
            return None
        return self._resolve_role(head, i0, i1, before)

    def _rule_unnamed(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        if _lemma(self.index.tokens[head]) in UNNAMED_SOURCES:
            return Speaker(None, "UNNAMED", None)
        return None

    def _rule_entity(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        entity = self.index.entity_at_token[head]
        if entity is None:
            entity = next((e for i in range(i0, i1)
                           if (e := self.index.entity_at_token[i]) is not None), None)
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

    def _rule_metonym(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        lemma = _lemma(self.index.tokens[head])
        if lemma not in METONYMS:
            return None
        patterns = METONYMS[lemma]
        best: tuple[int, int, Mention] | None = None
        top = len(patterns) if patterns else 1  # the best rank: the latest such mention wins
        for mention in self._mentions_back(before):
            if mention.kind != "entity" or mention.label == "PER":
                continue
            referent = self._by_id[mention.referent]  # type: ignore[index]
            name = plain(referent.name or "")
            names = {name, org_key(referent.name or "")}
            if patterns:
                rank = next((len(patterns) - k for k, p in enumerate(patterns)
                             if any(n == p or n.startswith(p) for n in names)), 0)
                if not rank:
                    continue
            else:
                if referent.label != "ORG":
                    continue
                rank = 1
            if best is None or rank > best[0]:
                best = (rank, mention.start, mention)
                if rank == top:
                    break
        return self._from_mention(best[2], before) if best else None

    RULES: tuple[tuple[str, Callable[..., Speaker | None]], ...] = (
        ("person_entity", _rule_person_entity),
        ("pronoun", _rule_pronoun),
        ("org_unit", _rule_org_unit),
        ("statement", _rule_statement),
        ("media", _rule_media),
        ("role", _rule_role),
        ("unnamed", _rule_unnamed),
        ("entity", _rule_entity),
        ("institution", _rule_institution),
        ("metonym", _rule_metonym),
    )

    # ---------------------------------------------------------------- roles

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
        # before: [role adj* NOUN] [dependents] NAME; the dependents may hold prepositions
        # and lists (``директора по развитию бизнеса Philips в России, на Украине Елену``)
        chain: list[int] = []
        j = i0 - 1
        while j >= 0 and len(chain) < APPOSITION_MAX and self.index.sent_of[j] == sent:
            tok, ent = tokens[j], self.index.entity_at_token[j]
            if ent is not None and ent.label == "PER":
                break
            if ent is None and tok.pos not in CHAIN_POS and tok.text not in CHAIN_PUNCT:
                break
            chain.insert(0, j)
            j -= 1
        heads = [k for k in chain if self._is_role_noun(k) and self._agree_name(k, first)]
        if first.feats_dict.get("Case") == "Gen":
            heads = heads[-1:]  # ``жены президента Путина``: only the nearest is his
        for head in heads:
            self._add_role(head, [k for k in chain if k > head],
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
        if (token.pos != "NOUN" and lemma not in PERSON_LEXICON) \
                or self.index.entity_at_token[k] is not None:
            return False
        return lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in PERSON_LEXICON \
            or token.feats_dict.get("Animacy") == "Anim"

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
                  referent: Referent, entity: Entity) -> None:
        mods, places = self._mods([*after, *before])
        lemma = _lemma(self.index.tokens[head])
        adjectives = frozenset(_lemma(self.index.tokens[k]) for k in before)
        self.roles.append(Role(canonical_role(lemma, mods), lemma, mods, places, referent.id,
                               self.index.tokens[head].start, adjectives))
        self._role_tokens.add(head)

    def _resolve_role(self, head: int, i0: int, i1: int, before: int) -> Speaker | None:
        tokens = self.index.tokens
        token = tokens[head]
        lemma = _lemma(token)
        after = [k for k in range(head + 1, i1) if tokens[k].pos in ("NOUN", "PROPN", "ADJ")
                 or self.index.entity_at_token[k] is not None]
        adjs = self._adjectives_before(head, i0)
        mods, places = self._mods([*after, *adjs])
        changed = bool(mods & ROLE_CHANGING_ADJECTIVES)
        if token.feats_dict.get("Number") == "Plur":
            return self._resolve_group(head, i1, lemma)
        key = canonical_role(lemma, mods)
        # ``адвокат Ивана Петрова``, ``мать погибшего``: the person the role belongs to is not
        # its holder
        owners = {self._by_entity[e.id].id for k in range(head + 1, i1)
                  if (e := self.index.entity_at_token[k]) is not None and e.label == "PER"
                  and e.id in self._by_entity and self._owned_person(k, head)}
        if not changed:
            holders = self._holders(lemma, key, mods, places)
            best = self._best_holder(holders, mods, before) if holders else None
            if best is not None and best not in owners:
                return self._from_referent(self._by_id[best])
        if lemma in UNNAMED_SOURCES:
            return Speaker(None, "UNNAMED", None)
        office = lemma in OFFICE_TITLES or bool(mods & OFFICE_ADJECTIVES)
        described = self._described_person(head, None if changed else key, mods, before, office,
                                           places)
        if described is not None and described not in owners:
            return self._from_referent(self._by_id[described])
        if lemma in REPRESENTATIVE_NOUNS:  # an unnamed spokesperson: the body speaks
            dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
            if dependent is not None and dependent.label != "PER":
                return self._from_entity(dependent)
        if office and not changed:
            holder = self._dated_holder(self._role_name(adjs, head, i1)) \
                or self._named_kb_holder(key, places)
            if holder is not None:
                return holder
        # a role the document ties to nobody is no name (GUIDELINE.md §2a)
        return Speaker(None, "UNNAMED", None)

    def _named_kb_holder(self, key: str, places: frozenset[str]) -> Speaker | None:
        """The one person of the document the knowledge base knows in the office ``key`` of
        ``places`` at some time (``Президент Украины заявил`` in a text that names Зеленский
        and no other Ukrainian president); only for an office of a named place, where one
        person a document names is rarely a coincidence."""
        if not places:
            return None
        fits = [r for r in self.referents if r.label == "PER" and r.name
                and " " in r.name and self.offices.confirms(r.name, key, places)]
        return self._from_referent(fits[0]) if len(fits) == 1 else None

    def _dated_holder(self, role: str) -> Speaker | None:
        """Who held the office ``role`` (``госсекретарь США``) on the document's date (its
        ``meta`` date, else the first date written in it), by the knowledge base: the
        document's referent of that person when it names them, else the KB's name."""
        if self._date is False:
            from ...kb.dates import doc_date

            self._date = doc_date(self.doc.meta, self.doc.text)
        holder = self.offices.holder(role, self._date)  # type: ignore[arg-type]
        if holder is None:
            return None
        kb_id, name = holder
        named = [r for r in self.referents if r.label == "PER" and r.name
                 and (r.kb_id == kb_id or self.offices.links_to(r.name, kb_id))]
        if named:
            return self._from_referent(named[0])
        return Speaker(name, "PER", None)

    def _holders(self, lemma: str, key: str, mods: frozenset[str],
                 places: frozenset[str]) -> list[_RoleGroup]:
        """Roles of the document that name this office: the same office (``глава МИД`` =
        ``министр иностранных дел``; ``президент`` = ``глава РФ``), else the same head noun
        with fewer dependents (``министр`` = ``министр обороны``), else a one-letter typo of
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

    def _resolve_group(self, head: int, i1: int, lemma: str) -> Speaker:
        """A plural person noun: members of a body speak for it (``представители МИД``), a
        party's members are the party (``Демократы заявляют``), other groups are unnamed."""
        dependent = self._dependent_entity(head, max(i1, self._phrase_end(head)))
        if lemma in GROUP_MEMBER_NOUNS and dependent is not None and dependent.label != "PER":
            return self._from_entity(dependent)  # ``представители МИД``
        if lemma in PARTY_MEMBERS:
            prefix = PARTY_MEMBERS[lemma]
            parties = [r for r in self.referents if r.label == "ORG" and any(
                plain(w).startswith(prefix) for w in [(r.name or "")] + (r.name or "").split())]
            if parties:
                return self._from_referent(parties[-1])
            return Speaker(self._plural_name(head), "ORG", None)
        return Speaker(None, "UNNAMED", None)

    def _adjectives_before(self, head: int, i0: int) -> list[int]:
        """Adjectives of the role noun at ``head``: those of the phrase, or — for a noun met
        in running text — the ones written right before it (``главный тренер``)."""
        tokens = self.index.tokens
        if i0 < head:
            return [k for k in range(i0, head) if tokens[k].pos == "ADJ"]
        out: list[int] = []
        k = head - 1
        while k >= 0 and head - k <= 3 and tokens[k].pos == "ADJ" \
                and self.index.sent_of[k] == self.index.sent_of[head] \
                and _agree(tokens[k], tokens[head]):
            out.insert(0, k)
            k -= 1
        return out

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
            tied = [r.referent for r in self.roles if r.mods & orgs]
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
        subjects = demonym is not None or lemma in EPITHET_NOUNS or lemma in PARTY_MEMBERS

        def candidate(mention: Mention) -> bool:
            # ``судья заявила`` after ``Андрей Санников был приговорен`` is not Санников;
            # an office may describe a subject the KB knows in that office (below)
            if not (mention.speaker or (mention.subject and (subjects or office))):
                return False
            if mention.gender == excluded and excluded is not None:
                return False
            if mention.kind == "noun":
                return mention.token != head and mention.number != "Plur" \
                    and _lemma(self.index.tokens[mention.token]) not in UNNAMED_SOURCES
            if mention.kind == "pronoun":
                return mention.number == "Sing"
            return mention.kind == "entity" and mention.label == "PER"

        sent = self.index.narrative_at(token.start)
        quote = self.index.in_quote(token.start)
        scored: list[tuple[float, int, Mention]] = []
        for mention in self._mentions_before(before, DESCRIPTION_WINDOW):
            if not candidate(mention) or self.index.in_quote(mention.start) not in (None, quote):
                continue
            score = -(sent - mention.sent) + 1.5 * mention.subject + mention.speaker \
                - 0.5 * (mention.kind == "noun") \
                + 3.0 * bool(nationality & self._nationality.get(mention.referent or "", set()))
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
            if needs_kb(mention) and (len(confirmed) != 1 or mention.referent not in confirmed):
                continue
            person = self._person_of(mention)
            if person is None:
                return None  # ``Судья … Она заявила``: somebody the text does not name
            if self._describes(person, key if office else None, nationality, excluded, places):
                return person
        if office or demonym:
            return None
        k = bisect_left(self._mention_starts, token.end)
        for mention in self.mentions[k:]:
            if mention.sent - sent > DESCRIPTION_WINDOW:
                break
            if mention.kind == "entity" and mention.label == "PER" and mention.speaker \
                    and mention.gender != excluded \
                    and self.index.in_quote(mention.start) is None:
                return mention.referent
        return None

    def _predicate_gender(self, head: int) -> str | None:
        """The gender of the past-tense verb a nominative noun at ``head`` is the subject of
        (``Глава делегации заявил`` -> Masc): the first verb after its noun phrase."""
        tokens = self.index.tokens
        if _case(tokens[head]) != "Nom":
            return None
        sent = self.index.sent_of[head]
        for k in range(head + 1, min(len(tokens), head + 8)):
            if self.index.sent_of[k] != sent or tokens[k].text in (",", ":", *DASHES):
                return None
            if tokens[k].pos in ("VERB", "AUX"):
                feats = tokens[k].feats_dict
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

    def _salience(self, referent: str, before: int) -> tuple[int, int]:
        """Last subject mention and last mention of a referent before an offset."""
        index = self._salience_index.get(referent)
        if index is None:
            return -1, -1
        subject, last = index.before(before)
        return (subject.start if subject else -1), (last.start if last else -1)

    # ---------------------------------------------------------------- pronouns

    def _antecedent(self, before: int, genders: frozenset[str], number: str, token: int,
                    same_sentence: bool = False) -> Speaker | None:
        sent = self.index.narrative_at(self.index.tokens[token].start)
        quote = self.index.in_quote(self.index.tokens[token].start)
        scored: list[tuple[float, int, Mention]] = []
        window = 0 if same_sentence else PRONOUN_WINDOW
        for mention in self._mentions_before(before, window):
            if mention.token == token or self.index.in_quote(mention.start) not in (None, quote):
                continue
            base = self._agreement(mention, genders, number)
            if base is None:
                continue
            score = base - 2.0 * (sent - mention.sent) + 1.0 * mention.subject + mention.speaker
            scored.append((score, mention.start, mention))
        scored.sort(key=lambda item: item[:2], reverse=True)
        for _, _, mention in scored:
            found = self._from_mention(mention, before)
            if found is not None:  # an earlier pronoun that resolves to nobody is skipped
                return found
        return None

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

    def _mentions_before(self, position: int, window: int) -> list[Mention]:
        """Mentions starting before ``position`` within ``window`` sentences, latest first."""
        sent = self.index.narrative_at(position)
        out = []
        for mention in self._mentions_back(position):
            if sent - mention.sent > window:
                break
            if mention.end <= position:
                out.append(mention)
        return out

    # ---------------------------------------------------------------- mentions

    def _surname_index(self) -> dict[str, str]:
        """Surnames (last words of multi-word PER names) that name one referent only."""
        owners: dict[str, set[str]] = {}
        entities = {e.id: e for e in self.doc.entities}
        for referent in self.referents:
            if referent.label != "PER":
                continue
            for mention in referent.mentions:
                entity = entities.get(mention)
                words = name_words(main_part(entity.normal or entity.text)) if entity else []
                if len(words) >= 2 and len(words[-1]) >= 4:
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
            if token.pos != "NOUN" and lemma not in PERSON_LEXICON:
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
            person = lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in PERSON_LEXICON \
                or lemma in UNNAMED_SOURCES or feats.get("Animacy") == "Anim"
            if person and not self._is_dependent(k):
                out.append(Mention(
                    token.start, token.end, self._nsent(k), "noun", "PER", k, None,
                    feats.get("Gender"), feats.get("Number"), feats.get("Case") == "Nom",
                    self._speaker_marked(k, self._phrase_end(k))))
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
            out.append(Mention(
                entity.start, entity.end, self._nsent(i0), "entity", referent.label,
                head, referent.id, gender, number, feats.get("Case") == "Nom",
                self._speaker_marked(i0, i1)))
        out.extend(self._group_mentions(out))
        out.sort(key=lambda m: m.start)
        return out

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
        if i0 >= 1 and _lemma(tokens[i0 - 1]) in SPEECH_NOUNS:
            return 1.5
        if i1 < len(tokens) and tokens[i1].text == ":":
            return 1.5
        # the left window starts before a role apposition (``заявил первый замминистра
        # энергетики Армении Арсен Карапетян``)
        left = i0
        while left > 0 and i0 - left < APPOSITION_MAX and self.index.sent_of[left - 1] == sent \
                and tokens[left - 1].pos in ("NOUN", "PROPN", "ADJ", "NUM") \
                and not (self.index.entity_at_token[left - 1] is not None
                         and self.index.entity_at_token[left - 1].label == "PER"):
            left -= 1
        for k in range(max(0, left - 3), min(len(tokens), i1 + 4)):
            if i0 <= k < i1 or self.index.sent_of[k] != sent:
                continue
            if tokens[k].pos in ("VERB", "AUX") and _lemma(tokens[k]) in SPEECH_VERBS:
                return 1.0
        return 0.0

    def _referent_genders(self) -> dict[str, str]:
        """Each person's gender: the tagger's reading of the name (first gendered word of each
        mention), outvoted by the words that agree with it — an adjective before the name
        (``65-летнюю Аун Сан Су Чжи``) or a past-tense verb beside a nominative name (``Аун
        Сан Су Чжи заявила``) — since foreign names get a default gender from the tagger."""
        by_id: dict[str, Counter] = {}
        entities = {e.id: e for e in self.doc.entities}
        for referent in self.referents:
            if referent.label != "PER":
                continue
            counts = by_id.setdefault(referent.id, Counter())
            for mention in referent.mentions:
                entity = entities.get(mention)
                if entity is None:
                    continue
                for token in self.index.entity_token_list(entity):
                    gender = token.feats_dict.get("Gender")
                    if gender in ("Masc", "Fem"):
                        counts[gender] += 1
                        break
                for gender in self._agreeing_genders(entity):
                    counts[gender] += 2
        return {rid: c.most_common(1)[0][0] for rid, c in by_id.items()
                if c and (len(c) == 1 or c.most_common(2)[0][1] > c.most_common(2)[1][1])}

    def _agreeing_genders(self, entity: Entity) -> list[str]:
        """Genders of the words that agree with a name: the adjective or participle right
        before it (``65-летнюю Аун Сан Су Чжи``, ``выпущена Аун Сан Су Чжи``) and the
        past-tense verb right after a nominative name (``Аун Сан Су Чжи заявила``). Read with
        pymorphy3, since the tagger's contextual gender follows the (foreign) name."""
        tokens = self.index.tokens
        i0, i1 = self.index.entity_tokens.get(entity.id, (0, 0))
        if i0 >= i1:
            return []
        out = []
        if i0 > 0 and self.index.sent_of[i0 - 1] == self.index.sent_of[i0]:
            out.append(_form_gender(tokens[i0 - 1].text, ("ADJF", "PRTF", "PRTS")))
        if i1 < len(tokens) and _case(tokens[i0]) == "Nom" \
                and self.index.sent_of[i1] == self.index.sent_of[i0]:
            out.append(_form_gender(tokens[i1].text, ("VERB",)))
        return [g for g in out if g is not None]

    # ---------------------------------------------------------------- helpers

    def _head(self, i0: int, i1: int) -> int:
        """First token of the phrase that is not a preposition, particle or adverb."""
        tokens = self.index.tokens
        for k in range(i0, i1):
            token = tokens[k]
            if plain(token.text) in EDGE_WORDS or token.pos in ("PUNCT", "ADP", "CCONJ", "PART"):
                continue
            if token.pos == "ADJ" and k + 1 < i1:  # ``официальный представитель``
                continue
            return k
        return i0

    def _dependent_entity(self, head: int, limit: int) -> Entity | None:
        """The first entity among the few words after ``head`` (``пресс-служба Кремля``)."""
        tokens = self.index.tokens
        for k in range(head + 1, min(limit, head + 5, len(tokens))):
            entity = self.index.entity_at_token[k]
            if entity is not None:
                return entity
            if k == head + 1 and plain(tokens[k].text) in DEPENDENT_PREPOSITIONS:
                continue  # ``наблюдатели от ОБСЕ``
            if tokens[k].text in QUOTE_MARKS:
                continue  # ``газета «Труд»``
            if tokens[k].pos not in ("NOUN", "ADJ", "PROPN", "DET") \
                    or self.index.sent_of[k] != self.index.sent_of[head]:
                return None
        return None

    def _role_name(self, adjs: Sequence[int], head: int, i1: int) -> str:
        """An office phrase in the nominative with its adjectives (``главного тренера
        сборной`` -> ``главный тренер сборной``)."""
        name = self._phrase_name(head, i1)
        if not adjs:
            return name
        gender = self.index.tokens[head].feats_dict.get("Gender", "Masc")
        words = [_nominative(self.index.tokens[k], gender) for k in adjs]
        return " ".join([*words, name])

    def _plural_name(self, head: int) -> str:
        """A plural noun as an organisation's name: nominative, capitalised (``демократов``
        -> ``Демократы``)."""
        token = self.index.tokens[head]
        word = token.text
        if token.feats_dict.get("Case") != "Nom":
            parsed = resources.morph_analyzer().parse(token.lemma or token.text)
            form = parsed[0].inflect({"nomn", "plur"}) if parsed else None
            word = form.word if form is not None else token.text
        return word[:1].upper() + word[1:]

    def _phrase_name(self, head: int, i1: int) -> str:
        """A role/unit phrase in the nominative: the head's lemma plus its dependents as
        written (``пресс-службы Кремля`` -> ``пресс-служба Кремля``)."""
        tokens = self.index.tokens
        last = head
        for k in range(head + 1, i1):
            if tokens[k].pos in ("NOUN", "PROPN", "ADJ") or self.index.entity_at_token[k]:
                last = k
            else:
                break
        head_token = tokens[head]
        word = head_token.lemma or head_token.text
        text = self.doc.text
        rest = text[head_token.end:tokens[last].end] if last > head else ""
        return word + rest

    def _from_entity(self, entity: Entity) -> Speaker | None:
        referent = self._by_entity.get(entity.id)
        if referent is None:
            return Speaker(entity.normal or entity.text, entity.label, None)
        return self._from_referent(referent)

    def _from_referent(self, referent: Referent) -> Speaker:
        """A referent as a speaker, under the fullest name the document gives it
        (``Н.Прянишников`` -> ``Николай Прянишников``, ``speaker_names``)."""
        referent = self._fuller.get(referent.id, referent)
        return Speaker(referent.name, referent.label, referent.id)

    def _from_mention(self, mention: Mention, before: int) -> Speaker | None:
        if mention.kind == "entity" and mention.referent:
            return self._from_referent(self._by_id[mention.referent])
        if mention.kind == "pronoun":
            return self._pronoun_speaker(mention)
        if mention.kind == "group":
            return self._group_speaker(mention.group)
        if mention.kind == "org_unit":
            end = self.index.token_range(mention.start, mention.end)[1]
            return Speaker(self._phrase_name(mention.token, end), "ORG", None)
        return self._resolve_role(mention.token, mention.token, self._phrase_end(mention.token),
                                  mention.start)

    def _phrase_end(self, head: int) -> int:
        """End (exclusive token index) of the noun phrase headed by ``head``: its adjectives,
        nouns and non-person names (``президент Франции``)."""
        tokens = self.index.tokens
        k = head + 1
        sent = self.index.sent_of[head]
        while k < len(tokens) and k - head <= 5 and self.index.sent_of[k] == sent:
            entity = self.index.entity_at_token[k]
            if entity is not None and entity.label == "PER":
                break
            if entity is None and tokens[k].pos not in ("NOUN", "PROPN", "ADJ") \
                    and tokens[k].text not in QUOTE_MARKS \
                    and not (k == head + 1 and plain(tokens[k].text) in DEPENDENT_PREPOSITIONS):
                break
            k += 1
        return k

    def _span(self, speaker: Speaker, start: int, end: int) -> Speaker:
        return Speaker(speaker.name, speaker.type, speaker.referent, start, end,
                       self.doc.text[start:end])


def _role_name_entity(doc: Document, entity: Entity) -> bool:
    """A PER "name" that is only a capitalised role word (``Канцлер``, ``Госсекретарь``):
    the tagger's mistake, to be resolved as the role it is."""
    if entity.label != "PER":
        return False
    words = name_words(doc.text[entity.start:entity.end])
    return bool(words) and all(_role_word(w) for w in words)


@lru_cache(maxsize=8192)
def _role_word(word: str) -> bool:
    forms = {plain(word)} | {plain(p.normal_form)
                             for p in resources.morph_analyzer().parse(word) if p.tag.POS == "NOUN"}
    return any(f in OFFICE_TITLES or f in PERSON_ROLES for f in forms)


def _without_role_names(doc: Document) -> Document:
    """The document without PER entities that are role words, and without their referents
    (a referent keeps its other mentions)."""
    dropped = {e.id for e in doc.entities if _role_name_entity(doc, e)}
    if not dropped:
        return doc
    referents = tuple(r if not set(r.mentions) & dropped else
                      replace(r, mentions=tuple(m for m in r.mentions if m not in dropped))
                      for r in doc.referents)
    return doc.replace(entities=tuple(e for e in doc.entities if e.id not in dropped),
                       referents=tuple(r for r in referents if r.mentions))


#: One knowledge-base view per process, loaded on its first question.
_KNOWN_OFFICES = KnownOffices()

__all__ = ["SpeakerResolver", "Mention", "Role", "canonical_role"]
