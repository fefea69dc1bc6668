"""Names: the entries a name may denote, and the one it links to.

Precision first: namesakes (two KB people called ``Патрушев``, or a bare surname everyone
shares) link only with a role phrase that fits one of them, and a person's link is vetted
against the role appositions around the mention (``evidence``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from .lemmas import (COMMON_SURNAMES, _surname_genders, is_initials, lemma_candidates, normalize,
                     words)
from .records import Date, Entry

if TYPE_CHECKING:
    from .evidence import Vetting


@dataclass(frozen=True)
class NameHit:
    id: str
    by: str  # "name" | "alias"


_LABEL_TYPES: Mapping[str, tuple[str, ...]] = {
    "PER": ("PER",), "ORG": ("ORG", "LOC"), "LOC": ("LOC", "ORG"),
}


class NameLinking:
    """Name hits and links, a part of ``KnowledgeBase``."""

    def name_hits(self, name: str, label: str | None = None) -> list[NameHit]:
        """Every entry a name may denote, with how it matched (no disambiguation)."""
        return list(self._name_hits(name, label))

    @lru_cache(maxsize=20_000)  # a referent asks for its name twice, a document many times
    def _name_hits(self, name: str, label: str | None) -> tuple[NameHit, ...]:
        toks = words(name)
        initials = [t for t in toks if is_initials(t)]
        rest = [t for t in toks if not is_initials(t)]
        if not rest:
            return ()
        hits = self._names.match_words(rest, lemma_candidates)
        allowed = _LABEL_TYPES.get(label or "", ("PER", "ORG", "LOC"))
        out: dict[str, NameHit] = {}
        for hit in sorted(hits, key=lambda h: h.by != "name"):
            entry = self.entries[hit.id]
            if entry.type not in allowed or hit.id in out:
                continue
            if initials and not _initials_fit(entry, initials):
                continue
            if entry.type == "PER" and len(rest) == 1 and not _gender_fits(entry, rest[0]):
                continue
            out[hit.id] = hit
        return tuple(out.values())

    def link_name(self, name: str, label: str | None = None, doc_date: Date | None = None,
                  roles: Sequence[str] | Callable[[], Sequence[str]] = ()
                  ) -> tuple[str, str] | None:
        """``(kb_id, "name"|"alias")`` for a mention's name, or ``None`` if unknown/ambiguous.

        ``roles`` are role phrases seen with the mention (``экс-канцлер ФРГ``); they pick
        among namesakes (two KB people called ``Патрушев``) and never override a name. They
        may be given as a function, called only when there are namesakes to tell apart
        (finding the roles before every mention costs more than all the rest of linking).
        """
        hits = self.name_hits(name, label)
        if len(hits) > 1 or (hits and _common_bare_surname(name)):
            parses = [p for p in (self.parse_role(r) for r in
                                  (roles() if callable(roles) else roles)) if p]
            hits = [h for h in hits if any(self.supports(h.id, p, doc_date) for p in parses)]
        if len(hits) != 1:
            return None
        return hits[0].id, hits[0].by

    def link_mention(self, text: str, start: int, end: int, label: str | None = None,
                     date: Date | None = None) -> tuple[str, str] | None:
        """Link one mention in running text, using the role phrases around it as evidence.

        A mention that is itself a role phrase (``госсекретарь США``) resolves through its
        holder on ``date``; a proper name never does (an unknown name next to a role is a
        person the KB lacks, not the office holder). A person's name link is then vetted
        against its context (``vet``): ``тренер «Зенита» Сергей Иванов`` is not the KB's.
        """
        return self.link_mention_traced(text, start, end, label, date)[0]

    def link_mention_traced(self, text: str, start: int, end: int, label: str | None = None,
                            date: Date | None = None
                            ) -> tuple[tuple[str, str] | None, "Vetting | None"]:
        """``link_mention`` and the vetting of a name link (``None`` when nothing was vetted)."""
        mention = text[start:end]
        role = self.role_before(text, start)
        linked = self.link_name(mention, label, date, [role] if role else ())
        if linked:
            if self.entries[linked[0]].type != "PER":
                return linked, None
            vetting = self.vet(linked[0], [(start, end)], text, date)
            return (linked if vetting.ok else None), vetting
        if self.name_hits(mention, label):
            return None, None
        if self.parse_role(mention):
            return self.resolve_role(mention, date), None
        return None, None

    def vet(self, eid: str, spans: Sequence[tuple[int, int]], text: str, date: Date | None,
            supported: bool = False) -> "Vetting":
        """Judge a person's name link by the role appositions around its mentions ``spans``
        in ``text`` and by the rest of ``text`` (rules in ``evidence``)."""
        from .evidence import Judge, vet

        if self._judge is None:
            self._judge = Judge(self)
        apps = [a for s, e in spans for a in self._judge.reader.around(text, s, e)]
        return vet(self._judge, eid, apps, text, date, supported)


def _common_bare_surname(name: str) -> bool:
    toks = [t for t in words(name) if not is_initials(t)]
    return (len(toks) == 1 and len(toks) == len(words(name))
            and bool(lemma_candidates(toks[0]) & COMMON_SURNAMES))


def _initials_fit(entry: Entry, initials: Sequence[str]) -> bool:
    """``В.В. Путин``: the initials must be those of the first name (and patronymic)."""
    letters = [c for t in initials for c in normalize(t) if c.isalpha()]
    given = []
    if entry.full_name and entry.surname:
        given = [w for w in entry.full_name.split() if w != entry.surname]
    elif entry.first:
        given = entry.first.split()
    return bool(given) and len(letters) <= len(given) and all(
        normalize(g)[0] == c for g, c in zip(given, letters))


def _gender_fits(entry: Entry, token: str) -> bool:
    """A bare surname whose every surname reading is of the other gender is someone else
    (``Захаров`` is not Мария Захарова)."""
    genders = _surname_genders(token)
    want = {"m": "masc", "f": "femn"}.get(entry.gender or "")
    return not (want and genders and want not in genders and "ms-f" not in genders)
