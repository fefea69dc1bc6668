"""Referents the knowledge base links to one entry are one referent.

Clustering works on the names as the document spells and the normaliser restores them, so one
body or person can end up as two referents when a form is left inflected (``Беларусью``), a
name is written in two scripts (``Яндекс``/``Yandex``) or an initial stands for a first name
(``Б.Обама``/``Барак Обама``). The linker then gives both the same ``kb_id``: that is the
evidence that they are one, and the entry's own names say which spelling to keep.

A person is merged only with a namesake whose first name (or initial) agrees: a linker that
took ``Виктор Лукашенко`` for his father must not make them one referent.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..annotations import Document, Quote, Referent
from .lexicon import plain
from .records import Entry


def merge_linked(doc: Document, entries: Mapping[str, Entry]) -> Document:
    """``doc`` with referents of one KB entry merged (the first one's id kept) and the quote
    speakers that named a merged referent renamed."""
    groups: list[list[Referent]] = []
    by_kb: dict[str, list[list[Referent]]] = {}
    for ref in doc.referents:
        if ref.kb_id is None:
            groups.append([ref])
            continue
        group = next((g for g in by_kb.get(ref.kb_id, ()) if all(
            ref.label == other.label and _same_person(ref, other) for other in g)), None)
        if group is None:
            group = [ref]
            groups.append(group)
            by_kb.setdefault(ref.kb_id, []).append(group)
        else:
            group.append(ref)
    if len(groups) == len(doc.referents):
        return doc
    order = {entity.id: n for n, entity in enumerate(doc.entities)}
    referents, renamed = [], {}
    for group in groups:
        first = group[0]
        if len(group) == 1:
            referents.append(first)
            continue
        name = _best_name(group, entries.get(first.kb_id or ""))
        mentions = tuple(sorted((m for ref in group for m in ref.mentions),
                                key=lambda m: order.get(m, len(order))))
        merged = replace(first, name=name, mentions=mentions)
        referents.append(merged)
        for ref in group:
            renamed[ref.id] = (ref.name, merged)
    quotes = tuple(_renamed_speaker(q, renamed) for q in doc.quotes)
    return doc.replace(referents=tuple(referents), quotes=quotes)


def _same_person(a: Referent, b: Referent) -> bool:
    """Not a person, or two names whose first names (or initials) agree where both have one."""
    if a.label != "PER":
        return True
    first_a, first_b = _first_letter(a.name), _first_letter(b.name)
    return first_a is None or first_b is None or first_a == first_b


def _first_letter(name: str | None) -> str | None:
    """The first name's (or initial's) letter of a name of two words or more (``Б.Обама``,
    ``Барак Обама``: ``б``)."""
    words = (name or "").replace(".", ". ").split()
    if len(words) < 2 or not words[0][:1].isalpha():
        return None
    return plain(words[0][0])


def _best_name(group: Sequence[Referent], entry: Entry | None) -> str | None:
    """The entry's own name if the document spells it (``Яндекс``, not ``Yandex``), else the
    longest other spelling the entry knows (``Республика Башкортостан``), else the name of the
    referent mentioned most (the first on a tie)."""
    if entry is not None:
        names = [ref.name for ref in group if ref.name]
        if any(plain(n) == plain(entry.name) for n in names):
            return next(n for n in names if plain(n) == plain(entry.name))
        known = {plain(n) for n in (entry.full_name, *entry.aliases) if n}
        spelled = [n for n in names if plain(n) in known]
        if spelled:
            return max(spelled, key=len)
    return max(group, key=lambda ref: len(ref.mentions)).name


def _renamed_speaker(quote: Quote,
                     renamed: Mapping[str, tuple[str | None, Referent]]) -> Quote:
    """The merged referent for a speaker that was one of its parts; its name too where the
    speaker was named by the part (not by a fuller form the resolver found)."""
    speaker = quote.speaker
    if speaker is None or speaker.referent not in renamed:
        return quote
    old_name, merged = renamed[speaker.referent]
    name = merged.name if speaker.name == old_name else speaker.name
    return replace(quote, speaker=replace(speaker, referent=merged.id, name=name))
