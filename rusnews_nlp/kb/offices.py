"""What the bundled knowledge base says about the offices a named person has held.

The speaker resolver decides whether a bare office (``Губернатор добавил``) may describe a
person named just before. The document often gives that person no office at all (``Путин
заявил…``); then the knowledge base (``rusnews_nlp.kb``) is the only evidence that the
person is a president and not a governor. It is used to *refuse* a description that
contradicts every office the KB knows for an unambiguously linked person,
so a KB gap never adds an attribution — and, where the KB confirms the office, to let a
person who was only the subject of the last sentences (``Путин согласился… Об этом
нынешний президент заявил``) be the one described. The KB is loaded lazily, on the first
question.
"""

from __future__ import annotations

from functools import lru_cache
from datetime import date as Date
from typing import Any, Iterable

from .lexicon import PLACE_HEAD_NOUNS, plain


class KnownOffices:
    """Office lookups over one knowledge base (``default_kb()`` unless one is given)."""

    def __init__(self, kb: Any = None) -> None:
        self._kb = kb

    @property
    def kb(self) -> Any:
        if self._kb is None:
            from .base import default_kb

            self._kb = default_kb()
        return self._kb

    def positions_for(self, key: str) -> frozenset[str]:
        """KB position ids an office key (``президент``, ``министр иностранных дел``,
        ``министр``) may denote; empty when the KB has no such position or the key is a
        generic head (``глава``) that any position may be."""
        if key in PLACE_HEAD_NOUNS:
            return frozenset()
        return _positions_for(self.kb, key)

    def positions_of(self, name: str) -> frozenset[tuple[str, str | None]] | None:
        """``(position, jurisdiction)`` pairs the KB records for the person called ``name``
        (any date); ``None`` when the name links to nobody or to several people, or the
        person has no roles."""
        return _positions_of(self.kb, name)

    def confirms(self, name: str, key: str, places: Iterable[str] = ()) -> bool:
        """Does the KB know ``name`` as a holder (at any time) of an office ``key`` denotes,
        of one of ``places`` when given (``президент`` of ``франция``)?"""
        return self._fits(name, key, places) is True

    def contradicts(self, name: str, key: str, places: Iterable[str] = ()) -> bool:
        """Does the KB know ``name`` and list none of the offices ``key`` (of ``places``)
        may denote?"""
        return self._fits(name, key, places) is False

    def holder(self, role: str, day: Date | None) -> tuple[str, str] | None:
        """``(kb_id, name)`` of the one person the KB knows in the office ``role``
        (``госсекретарь США``) on ``day`` — or, with no day, of a still-held office that only
        ever had one holder; ``None`` when the KB cannot tell."""
        found = self.kb.resolve_role(role, day)
        if found is None:
            return None
        entry = self.kb.entries.get(found[0])
        return (found[0], entry.name) if entry is not None and entry.type == "PER" else None

    def held_by(self, role: str, name: str) -> bool:
        """Has the person called ``name`` held, at any time, the office the whole phrase
        ``role`` names with its body or place (``глава ЦБ``: Набиуллина)? A bare head noun
        (``глава``) names no office."""
        parse = self.kb.parse_role(role)
        if parse is None or parse.tense != "current" or not parse.keys:
            return False
        held = self.positions_of(name)
        return held is not None and bool(held & parse.keys)

    def links_to(self, name: str, kb_id: str) -> bool:
        """Does the document's name ``name`` link to the KB entry ``kb_id``?"""
        linked = _link(self.kb, name)
        return linked is not None and linked == kb_id

    def _fits(self, name: str, key: str, places: Iterable[str]) -> bool | None:
        wanted = self.positions_for(key)
        held = self.positions_of(name) if wanted else None
        if held is None:
            return None
        jurisdictions = {j for p in places if (j := _place_id(self.kb, p)) is not None}
        return any(pos in wanted and (not jurisdictions or jur in jurisdictions)
                   for pos, jur in held)


@lru_cache(maxsize=4096)
def _positions_for(kb: Any, key: str) -> frozenset[str]:
    exact, by_head = set(), set()
    for pos in kb.positions.values():
        names = [plain(n) for n in (pos.name, *pos.aliases)]
        if key in names:
            exact.add(pos.id)
        elif " " not in key and any(n.split()[0] == key for n in names if n):
            by_head.add(pos.id)  # ``министр`` is any minister
    return frozenset(exact or by_head)


@lru_cache(maxsize=4096)
def _positions_of(kb: Any, name: str) -> frozenset[tuple[str, str | None]] | None:
    linked = kb.link_name(name, "PER")
    if linked is None:
        return None
    entry = kb.entries.get(linked[0])
    if entry is None or not entry.roles:
        return None
    held = {key for role in entry.roles for key in role.keys}
    for pos, jur in list(held):
        position = kb.positions.get(pos)
        held.update((implied, jur) for implied in (position.implies if position else ()))
    return frozenset(held)


@lru_cache(maxsize=4096)
def _link(kb: Any, name: str) -> str | None:
    linked = kb.link_name(name, "PER")
    return linked[0] if linked else None


@lru_cache(maxsize=4096)
def _place_id(kb: Any, place: str) -> str | None:
    linked = kb.link_name(place, "LOC")
    return linked[0] if linked else None


__all__ = ["KnownOffices"]
