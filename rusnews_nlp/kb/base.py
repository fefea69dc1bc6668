"""The knowledge base: people, organisations and places with dated roles, indexed for linking.

The bundled ``data/kb.jsonl`` (format in ``docs/kb.md``) holds people and organisations with
dated roles, the places those roles belong to, and the position words that build role
phrases. Linking is precision-first: a wrong id is worse than none, so every ambiguity
(namesakes, two holders on one date, a date that falls in an imprecise term boundary) returns
``None``. Matching is inflection-insensitive: each word is compared through its pymorphy3
lemmas, so ``Сергею Лаврову`` finds ``Сергей Лавров`` and ``главы МИД Франции`` finds
``министр иностранных дел Франции``. The lemmas of the bundled KB's own words are shipped
precomputed (``index``; ``python -m rusnews_nlp.kb build-index``). Nothing is fetched at
run time.

``KnowledgeBase`` builds the indexes; what it answers is written by question in its parts:
``role_phrases`` (what a role phrase means, who held it), ``names`` (what a name links to),
``role_context`` (what a person's roles are made of, for ``evidence``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .gazetteer import WHERE, GazetteerError
from .lexicon import plain
from .lemmas import lemma_candidates, name_keys, words
from .names import NameHit, NameLinking
from .phrases import PhraseIndex
from .records import Bound, Entry, Position, Role, RoleKey, _entry, bundled_records, read_records
from .role_context import RoleContext
from .role_phrases import RolePhrases, _phrase_keys


class KnowledgeBase(RolePhrases, NameLinking, RoleContext):
    """Entries, name and role indexes; build with ``KnowledgeBase.load``."""

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        self.entries: dict[str, Entry] = {}
        self.positions: dict[str, Position] = {}
        phrases: list[tuple[str, str]] = []
        records = list(records)
        # where a gazetteer record came from (``file:line``), for the messages below
        self._where = {rec["id"]: rec[WHERE] for rec in records if WHERE in rec and "id" in rec}
        for rec in records:
            rtype = rec.get("type") or str(rec.get("id", "")).split(":", 1)[0].upper()
            if rtype == "POSITION":
                self.positions[rec["id"]] = Position(
                    rec["id"], rec["name"], tuple(rec.get("aliases", ())),
                    bool(rec.get("head")), bool(rec.get("standalone")),
                    tuple(rec.get("implies", ())))
            elif rtype == "ROLE_PHRASE":
                phrases.append((rec["phrase"], rec["role"]))
            elif rtype in ("PER", "ORG", "LOC"):
                try:
                    self.entries[rec["id"]] = _entry({**rec, "type": rtype})
                except ValueError as error:  # a bad ``namesake_risk``
                    raise GazetteerError(f"{self._origin(rec['id'])}: {error}") from None
            else:
                raise ValueError(f"unknown KB record type {rtype!r} in {rec!r}")
        self._head_words: frozenset[str] | None = None
        self._judge: Any = None
        self._vocab: dict[str, frozenset[str]] = {}
        self._jurs: dict[str, frozenset[str]] = {}
        self._scans: dict[str, tuple[frozenset[str], frozenset[RoleKey]]] = {}
        self._build_role_indexes(phrases)
        self._build_name_index()
        self._index_roles()

    @classmethod
    def load(cls, path: str | Path | None = None,
             extra: str | Path | Sequence[str | Path] | None = None,
             replace: bool = False) -> "KnowledgeBase":
        """The bundled KB (or ``path``) plus user gazetteers ``extra`` (JSONL or CSV).

        A user record with an existing id replaces that entry. ``replace=True`` drops the
        bundled people/organisations/places but keeps its position words and role phrases,
        which a gazetteer's role strings are parsed with.
        """
        base = read_records(path) if path else bundled_records()
        extras = [extra] if isinstance(extra, (str, Path)) else list(extra or ())
        added = [rec for item in extras for rec in read_records(item)]
        if replace:
            base = [r for r in base if r.get("type") in ("POSITION", "ROLE_PHRASE")]
        by_id: dict[str, Mapping[str, Any]] = {}
        plain: list[Mapping[str, Any]] = []
        for rec in [*base, *added]:
            if "id" in rec:
                by_id[rec["id"]] = rec
            else:
                plain.append(rec)
        return cls([*plain, *by_id.values()])

    def _build_role_indexes(self, phrases: list[tuple[str, str]]) -> None:
        self._pos_index = PhraseIndex()
        for pos in self.positions.values():
            for text in (pos.name, *pos.aliases):
                self._pos_index.add(_phrase_keys(text), pos.id)
        self._jur_index = PhraseIndex()
        self._adjectives: dict[str, set[str]] = {}
        for entry in self.entries.values():
            if entry.type in ("ORG", "LOC"):
                for text in (entry.name, *entry.aliases):
                    if words(text):
                        self._jur_index.add(_phrase_keys(text), entry.id)
                for adj in entry.adjectives:
                    for key in lemma_candidates(adj):
                        self._adjectives.setdefault(key, set()).add(entry.id)
        self._phrase_index = PhraseIndex()
        for phrase, role in phrases:
            self._phrase_index.add(_phrase_keys(phrase), role)
        #: Every key a word of a parsable role phrase may match (``_role_word``).
        self._role_keys = frozenset().union(
            self._pos_index.keys(), self._jur_index.keys(), self._phrase_index.keys(),
            self._adjectives.keys())

    def by_adjective(self, adjective: str) -> set[str]:
        """Ids of the organisations and places an adjective names (``украинский`` ->
        Украина), from the index the role parser uses."""
        return set(self._adjectives.get(adjective, ()))

    def _build_name_index(self) -> None:
        self._names = PhraseIndex()
        for entry in self.entries.values():
            hits = {by: NameHit(entry.id, by) for by in ("name", "alias")}
            keyer = name_keys if entry.type == "PER" else lemma_candidates
            for text, by in self._variants(entry):
                toks = words(text)
                if toks:
                    self._names.add([keyer(t) for t in toks], hits[by])

    @staticmethod
    def _variants(entry: Entry) -> Iterator[tuple[str, str]]:
        """Spellings a mention may use: derived from the name (by ``name``) and listed
        aliases (by ``alias``)."""
        yield entry.name, "name"
        if entry.type == "PER":
            if entry.full_name:
                yield entry.full_name, "name"
                full = entry.full_name.split()
                if len(full) == 3 and entry.surname == full[2]:  # Песков Дмитрий Сергеевич
                    yield f"{full[2]} {full[0]} {full[1]}", "name"
                    yield f"{full[2]} {full[0]}", "name"
            if entry.first and entry.surname:
                yield f"{entry.first} {entry.surname}", "name"
            if entry.surname:
                yield entry.surname, "name"
        for alias in entry.aliases:
            yield alias, "alias"

    def _index_roles(self) -> None:
        self._holders: dict[RoleKey, list[tuple[str, Role]]] = {}
        for eid, entry in list(self.entries.items()):
            roles = []
            for role in entry.roles:
                try:
                    Bound.parse(role.start, False), Bound.parse(role.end, True)
                except ValueError as error:
                    raise GazetteerError(f"{self._origin(eid)}: role {role.role!r}: "
                                         f"{error}") from None
                parsed = self.parse_role(role.role)
                if parsed is None or not parsed.keys:
                    raise GazetteerError(f"{self._origin(eid)}: role {role.role!r} does not "
                                         f"parse; add its position or jurisdiction to the KB")
                roles.append(replace(role, keys=parsed.keys))
                for key in parsed.keys:
                    self._holders.setdefault(key, []).append((eid, roles[-1]))
            self.entries[eid] = replace(entry, roles=tuple(roles))

    def _origin(self, eid: str) -> str:
        """``file:line: id`` of a gazetteer record, the id alone for a bundled one."""
        return f"{self._where[eid]}: {eid}" if eid in self._where else eid


def default_kb(path: str | Path | None = None,
               extra: str | Path | Sequence[str | Path] = (), replace: bool = False
               ) -> KnowledgeBase:
    """One KB per process and configuration (the bundled one loads in ~0.05 CPU-s from the
    precomputed word index, ``index``). ``default_kb()`` and ``default_kb(None, (), False)``
    are the same configuration, so they share one KB (an lru_cache on the raw arguments built
    the bundled KB twice: for the linker, and again for the speakers' office checks)."""
    extras = [extra] if isinstance(extra, (str, Path)) else extra
    return _cached_kb(str(path) if path else None, tuple(map(str, extras)), bool(replace))


@lru_cache(maxsize=8)
def _cached_kb(path: str | None, extra: tuple[str, ...], replace: bool) -> KnowledgeBase:
    return KnowledgeBase.load(path, list(extra), replace)


@lru_cache(maxsize=1)
def known_patronymics() -> Mapping[tuple[str, str], str]:
    """(first name, surname) -> patronymic, plain, from the bundled KB's full names
    (``Александр Григорьевич Лукашенко``): a document that names ``Александр Лукашенко`` and
    then ``Александр Вольфович`` names somebody else."""
    out: dict[tuple[str, str], str] = {}
    for entry in default_kb().entries.values():
        words = (entry.full_name or "").split()
        if entry.type == "PER" and len(words) == 3 and entry.first and entry.surname and \
                words[0] == entry.first and words[2] == entry.surname:
            out[(plain(entry.first), plain(entry.surname))] = plain(words[1])
    return out
