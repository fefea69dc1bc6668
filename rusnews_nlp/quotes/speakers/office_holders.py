"""Office holders: what the knowledge base says about an office a phrase names.

Whether it contradicts a person (``Губернатор`` is not Путин), and who held the office on the
document's date (``госсекретарь США``, ``kb.dates``) when the document names no holder.
"""

from __future__ import annotations

from typing import Callable

from ...annotations import Speaker
from ...kb.lexicon import (EPITHET_NOUNS, OFFICE_ADJECTIVES, OFFICE_TITLES, PERSON_ROLES,
                           ROLE_CHANGING_ADJECTIVES, UNNAMED_SOURCES)
from .phrases import _lemma
from .roles import canonical_role


#: Heads of a body, whatever its kind: such a role fits any office of the body.
BODY_HEADS = frozenset({"глава", "руководитель", "начальник", "директор", "гендиректор",
                        "председатель", "лидер", "управляющий", "шеф"})


class OfficeHolders:
    """Offices and their holders by the knowledge base, a part of ``SpeakerResolver``."""

    def role_contradicts(self, name: str, start: int, end: int) -> bool:
        """Does the knowledge base or the document rule out that ``name`` holds the office the
        role phrase at ``[start, end)`` names (``губернатор`` for Путин; ``Министр`` for the
        one the text introduced as ``Губернатор``)? ``False`` when it cannot tell."""
        office = self._office_at(start, end)
        if office is None:
            return False
        if self.offices.contradicts(name, office[0]):
            return True
        held = [role for role in self.roles if role.head in OFFICE_TITLES
                and (self._by_id[role.referent].name or "") == name]
        # ``министр обороны`` and ``военный министр`` agree; a body's head (``глава
        # ведомства``, ``начальник управления``) may be any office of it
        word = office[0].split()[0]
        return office[1] in OFFICE_TITLES and office[1] not in BODY_HEADS and bool(held) and \
            not any(role.matches(office[0], frozenset()) or word in (role.head,
                                                                   role.key.split()[0])
                    or role.head in BODY_HEADS for role in held)

    def office_of(self, start: int, end: int) -> str | None:
        """The office (``президент``) the phrase at ``[start, end)`` names, one holder at a
        time; ``None`` for other phrases, and for a former holder (``бывший мэр``)."""
        office = self._office_at(start, end)
        if office is None:
            return None
        key, head, mods = office
        if mods & ROLE_CHANGING_ADJECTIVES:
            return None
        if self._one_of_at(self.index.token_range(start, end)[1]):
            return None  # ``Директор одной из гимназий``: somebody new, not the office
        return key if head in OFFICE_TITLES or mods & OFFICE_ADJECTIVES else None

    def epithet_of(self, start: int, end: int) -> bool:
        """Is the phrase one person described by a role or an epithet (``учёный``, ``критик``,
        ``литовский лидер``) and nothing more — no name in it, no body it belongs to that the
        text does not name (``одной из``), not an unnamed source by its word (``эксперт``,
        ``источник``), not a group, not described as somebody new (``позвонивший в студию
        мужчина``)? News use such words for the person they are quoting."""
        i0, i1 = self.index.token_range(start, end)
        tokens = self.index.tokens
        nouns = [k for k in range(i0, i1) if tokens[k].pos in ("NOUN", "PROPN")]
        if not nouns or any(self.index.entity_at_token[k] is not None for k in range(i0, i1)):
            return False
        token = tokens[nouns[0]]
        lemma = _lemma(token)
        feats = token.feats_dict
        if feats.get("Number") == "Plur" or lemma in UNNAMED_SOURCES or \
                self._one_of_at(nouns[0] + 1):
            return False
        mods = {_lemma(tokens[k]) for k in range(i0, i1) if k != nouns[0]}
        if mods & ROLE_CHANGING_ADJECTIVES or self._participle_before(nouns[0], i0):
            return False  # ``бывший министр``, ``позвонивший в студию мужчина``: somebody new
        return lemma in OFFICE_TITLES or lemma in PERSON_ROLES or lemma in EPITHET_NOUNS or \
            feats.get("Animacy") == "Anim"

    def _participle_before(self, head: int, i0: int) -> bool:
        """A participle agreeing with ``head`` in the phrase or in the words just before it
        (``позвонивший на «прямую линию» мужчина``)."""
        tokens = self.index.tokens
        case = tokens[head].feats_dict.get("Case")
        for k in range(head - 1, max(-1, i0 - 8), -1):
            token = tokens[k]
            feats = token.feats_dict
            if feats.get("VerbForm") == "Part" and feats.get("Case") == case:
                return True
            if token.text in (",", ".", ":", ";", "—", "–", "-") or \
                    feats.get("VerbForm") == "Fin":
                return False
        return False

    def _office_at(self, start: int, end: int) -> tuple[str, str, frozenset[str]] | None:
        """(role key, head lemma, other lemmas) of the phrase's first noun."""
        i0, i1 = self.index.token_range(start, end)
        nouns = [k for k in range(i0, i1) if self.index.tokens[k].pos in ("NOUN", "PROPN")]
        if not nouns:
            return None
        head = _lemma(self.index.tokens[nouns[0]])
        mods = frozenset(_lemma(self.index.tokens[k]) for k in range(i0, i1) if k != nouns[0])
        return canonical_role(head, mods), head, mods

    def _named_kb_holder(self, key: str, places: frozenset[str]) -> Speaker | None:
        """The one person of the document the knowledge base knows in the office ``key`` of
        ``places`` at some time (``Президент Украины заявил`` in a text that names Зеленский
        and no other Ukrainian president); only for an office of a named place, where one
        person a document names is rarely a coincidence."""
        if not places:
            return None
        return self._only_person(lambda name: " " in name and
                                 self.offices.confirms(name, key, places))

    def _kb_office_holder(self, role: str) -> Speaker | None:
        """The one person of the document the knowledge base knows as a holder, at some time,
        of the office the phrase ``role`` names with its body (``глава Банка России`` in a
        text that names Набиуллина): a body's office, unlike a bare title, leaves no doubt."""
        return self._only_person(lambda name: self.offices.held_by(role, name))

    def _only_person(self, fits: Callable[[str], bool]) -> Speaker | None:
        """The one person of the document whose name ``fits``, or None for none or several."""
        found = [r for r in self.referents if r.label == "PER" and r.name and fits(r.name)]
        return self._from_referent(found[0]) if len(found) == 1 else None

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
