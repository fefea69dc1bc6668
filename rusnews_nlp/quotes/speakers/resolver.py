"""``SpeakerResolver``: the speaker phrases of one document resolved, the entry point.

``SpeakerResolver(doc)`` indexes one document once (linear in its tokens) and then answers
``resolve(start, end)`` for each speaker phrase a quote rule found. What it answers is written
by question in its parts: ``phrase_rules`` (which kind of phrase is it), ``candidates`` (who
could be meant), ``genders``, ``salience`` (who is prominent before the phrase), ``roles``
(who holds a role), ``descriptions`` (whom a role noun with no holder describes),
``office_holders`` (what the knowledge base knows of an office and its date), ``phrases``
(naming the speaker).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...annotations import Document, Entity, Referent, Speaker
from ...entities.docindex import DocIndex
from ...entities.referents import (cluster_entities, genitive_surnames, name_words, org_key,
                                   referent_map)
from ...kb.lexicon import (DEMONYMS, NATIONALITY_ADJECTIVES, OFFICE_TITLES, PERSON_ROLES,
                           STATE_OFFICES, plain)
from ...kb.offices import KnownOffices
from ...models import resources
from .candidates import Candidates, Mention
from .descriptions import Descriptions
from .genders import Genders
from .names import fuller_referents
from .office_holders import OfficeHolders
from .org_names import OrgNames
from .phrase_rules import PhraseRules
from .phrases import Phrases
from .roles import FORMER_ADJECTIVES, Role, Roles, bind_role_bodies, group_roles
from .salience import Salience, _SalienceIndex


class SpeakerResolver(PhraseRules, Roles, Descriptions, OfficeHolders, OrgNames, Salience,
                      Candidates, Genders, Phrases):
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
        self._quote: tuple[int, int] | None = None  # the words being attributed (resolve)
        #: spans of the quotes attributed so far, in text order (``note_reported``)
        self._reported: list[tuple[int, int]] = []
        self._spoken: list[tuple[int, int]] = []  # those of them in direct speech
        self._last_speaker: str | None = None  # referent of the last quote's speaker
        self._last_body: Speaker | None = None  # the last quote's speaker, if a named body
        #: token -> the named speaker a quote's source phrase there was finally given
        #: (``Глава Рособрнадзора рассказал`` taken as the person speaking before)
        self._phrase_speakers: dict[int, Speaker] = {}
        self._depth = 0  # recursion guard: a description resolved through another one
        self._genitives_cache: frozenset[str] | None = None  # _male_genitives
        self._pronouns: dict[int, Speaker | None] = {}
        self._quoted_bodies: tuple[list[int], list[Mention], int | None] | None = None
        self._surnames = self._surname_index()
        self._unit_spans: list[tuple[int, int]] = []
        self.roles: list[Role] = []
        self._role_tokens: set[int] = set()
        self._role_kinds: list[tuple[int, tuple[int, ...]]] = []  # _bind_role_bodies
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
        bind_role_bodies(self)
        # current roles (former holders left out) by kind, in order of first appearance:
        # what ``_holders`` looks up per role phrase; former ones for ``экс-президент``
        self._role_groups = group_roles(r for r in self.roles if not r.changed)
        self._former_groups = group_roles(r for r in self.roles if r.mods & FORMER_ADJECTIVES)
        # what the current roles depend on, and the offices the document appointed somebody
        # to: looked up per role phrase, so built once (a long archive has thousands of roles)
        self._roles_by_mod: dict[str, list[Role]] = {}
        for role in self.roles:
            if not role.changed:
                for mod in role.mods:
                    self._roles_by_mod.setdefault(mod, []).append(role)
        self._role_mods = frozenset(self._roles_by_mod)
        self._appointed = frozenset(r.head for r in self.roles if "новый" in r.adjectives)
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
            if role.head in STATE_OFFICES:
                places.update(role.places)  # ``госсекретарь США`` is American
            if places:
                self._nationality.setdefault(role.referent, set()).update(places)

    def _male_genitives(self) -> frozenset[str]:
        """``referents.genitive_surnames``, once per document (``Чеботарева``)."""
        if self._genitives_cache is None:
            self._genitives_cache = genitive_surnames(self.referents)
        return self._genitives_cache

    def referent_gender(self, referent: str | None) -> str | None:
        """A person's gender as the document shows it (``Masc``/``Fem``), if known."""
        return self._gender.get(referent) if referent else None

    def role_heads(self, referent: str | None) -> set[str]:
        """The role nouns the document gives a person (``Аналитик Иван Петров`` -> аналитик)."""
        return {role.head for role in self._roles_of.get(referent or "", ())}

    def referent_for_entity(self, entity_id: str) -> Referent | None:
        return self._by_entity.get(entity_id)

    def note_reported(self, start: int, end: int, speaker: Speaker | None = None,
                      direct: bool = False) -> None:
        """Remember an attributed quote: a person named only inside reported words is a weak
        antecedent for the next speaker's pronoun (``По мнению Лаврова, Байден ошибается. Он
        также отметил`` is Лавров); one named inside direct speech is nobody a role noun
        describes (``— … с улиц: Моторная, Малоярославецкая …, — рассказал чиновник``)."""
        self._reported.append((start, end))
        if direct:
            self._spoken.append((start, end))
        self._last_speaker = speaker.referent if speaker is not None else None
        self._last_body = speaker if speaker is not None and speaker.type == "ORG" and \
            speaker.name else None
        if speaker is not None and speaker.name and speaker.start is not None and \
                speaker.end is not None:
            for k in range(*self.index.token_range(speaker.start, speaker.end)):
                self._phrase_speakers[k] = speaker

    def resolve(self, start: int, end: int, cue_start: int | None = None,
                quote: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker named by the phrase ``text[start:end]``; ``None`` if it names nobody.

        ``cue_start`` (the cue's offset) matters when the cue precedes the phrase
        (``сказал он``): antecedents are searched before the cue. ``quote`` is the span of
        the words attributed: nobody mentioned inside them is their speaker (``— Это был
        мастер, человек таланта, — сказал он``).
        """
        return self.resolve_traced(start, end, cue_start, quote)[0]

    def resolve_traced(self, start: int, end: int, cue_start: int | None = None,
                       quote: tuple[int, int] | None = None
                       ) -> tuple[Speaker | None, str | None]:
        """``resolve`` plus the name of the rule that answered (``None`` if none did)."""
        i0, i1 = self.index.token_range(start, end)
        if i0 >= i1:
            return None, None
        head = self._head(i0, i1)
        before = min(start, cue_start) if cue_start is not None else start
        self._quote = quote
        try:
            for name, rule in self.RULES:
                found = rule(self, i0, i1, head, before)
                if found is not None:
                    return self._span(found, start, end), name
        finally:
            self._quote = None
        return None, None


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


__all__ = ["SpeakerResolver"]
