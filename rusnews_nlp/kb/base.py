"""Speaker knowledge base: link names and role phrases to stable ids (``per:peskov_dmitry``).

The bundled ``data/kb.jsonl`` (format in ``docs/kb.md``) holds people and organisations with
dated roles, the places those roles belong to, and the position words that build role
phrases. Linking is precision-first: a wrong id is worse than none, so every ambiguity
(namesakes, two holders on one date, a date that falls in an imprecise term boundary) returns
``None``. Matching is inflection-insensitive: each word is compared through its pymorphy3
lemmas, so ``Сергею Лаврову`` finds ``Сергей Лавров`` and ``главы МИД Франции`` finds
``министр иностранных дел Франции``. The lemmas of the bundled KB's own words are shipped
precomputed (``kb_index``; ``python -m rusnews_nlp.kb build-index``). Nothing is fetched at
run time.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..annotations import Document, Referent
from .gazetteer import WHERE, GazetteerError, check_record
from .index import bundled_table
from ..registry import register

if TYPE_CHECKING:
    from .evidence import Vetting

log = logging.getLogger(__name__)

Date = dt.date
RoleKey = tuple[str, str | None]  # (position id, jurisdiction id or None for standalone posts)

BUNDLED = "data/kb.jsonl"
RECORD_TYPES = ("PER", "ORG", "LOC", "POSITION", "ROLE_PHRASE")

# --------------------------------------------------------------------------------------------
# Words: normalisation, tokens and their lemma candidates
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W_]+(?:[-.'’][^\W_]+)*")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")

#: Words before a role that say the term is not the current one, and words that change nothing.
TENSE_WORDS: Mapping[str, str] = {
    "бывший": "former", "экс": "former", "прежний": "former", "покойный": "former",
    "будущий": "future", "избранный": "future", "новоизбранный": "future",
    "нынешний": "current", "действующий": "current", "новый": "current", "врио": "current",
    "и.о.": "current", "временно": "current", "исполняющий": "current", "обязанность": "current",
}
#: Prefixes glued to a role noun (``экс-канцлер``): same meaning as ``TENSE_WORDS``.
TENSE_PREFIXES: Mapping[str, str] = {"экс-": "former"}

#: The most frequent Russian surnames (masculine lemma, ``ё`` as ``е``). A bare surname from
#: this list is everyone's namesake (``Медведев`` may be the tennis player), so it links only
#: with role evidence, like a surname two KB people share.
COMMON_SURNAMES = frozenset("""
иванов смирнов кузнецов попов васильев петров соколов михайлов новиков федоров морозов волков
алексеев лебедев семенов егоров павлов козлов степанов николаев орлов андреев макаров никитин
захаров зайцев соловьев борисов яковлев григорьев романов воробьев сергеев кузьмин фролов
александров дмитриев королев гусев киселев ильин максимов поляков сорокин виноградов ковалев
белов медведев антонов тарасов жуков баранов филиппов комаров давыдов беляев герасимов богданов
осипов сидоров матвеев титов марков миронов крылов куликов карпов власов мельников денисов
гаврилов тихонов казаков афанасьев данилов савельев тимофеев фомин чернов абрамов мартынов
ефимов федотов щербаков назаров калинин исаев чернышев быков маслов родионов коновалов лазарев
воронин климов филатов пономарев голубев кудрявцев прохоров наумов потапов журавлев овчинников
трофимов леонов соболев ермаков колесников гончаров емельянов никифоров грачев котов гришин
ефремов архипов громов кириллов малышев панов моисеев румянцев акимов кондратьев бирюков
горбунов анисимов еремин тихомиров галкин лукьянов михеев скворцов юдин белоусов нестеров
симонов прокофьев харитонов князев цветков левин митрофанов воронов аксенов софронов мальцев
логинов горшков савин краснов майоров демидов елисеев рыбаков сафонов плотников демин хохлов
жданов носов кулаков мазур соколова орлова
""".split())

#: pymorphy3 grammemes that mark a word form as a personal name, for the KB side of name keys.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def normalize(text: str) -> str:
    """Lower case, ``ё`` as ``е``, typographic quotes dropped: the form every key is built on."""
    return text.lower().replace("ё", "е").replace("«", "").replace("»", "").replace('"', "")


def words(text: str) -> list[str]:
    """Word tokens of a name or role phrase (initials like ``В.В.`` stay one token)."""
    return _TOKEN.findall(text.replace("ё", "е").replace("Ё", "Е"))


def is_initials(token: str) -> bool:
    return bool(_INITIALS.fullmatch(token))


@lru_cache(maxsize=200_000)
def lemma_candidates(token: str) -> frozenset[str]:
    """The token itself and every pymorphy3 normal form: ``главы`` -> {главы, глава}.
    The KB's own words come precomputed from ``kb_index`` (no pymorphy3 at load)."""
    low = normalize(token)
    known = bundled_table().lemmas.get(low)
    return known if known is not None else analyse_lemmas(low)


def analyse_lemmas(low: str) -> frozenset[str]:
    """``lemma_candidates`` of a normalised word, asking pymorphy3."""
    out = {low}
    if re.search("[а-я]", low):
        out.update(normalize(form) for form in normal_forms(low))
    return frozenset(out)


def normal_forms(low: str) -> list[str]:
    """The normal forms of every pymorphy3 analysis of a lower-case word.

    Runs the analyzer's units as ``MorphAnalyzer.parse`` does but leaves out what only
    ranks and wraps the analyses (the P(tag|word) re-scoring and sort, the ``Parse``
    tuples): the same forms at half the cost, and linking analyses thousands of names.
    ``test_kb`` checks the sameness against ``parse``; an analyzer without ``_units``
    falls back to it."""
    from ..models.resources import morph_analyzer

    analyzer = morph_analyzer()
    units = getattr(analyzer, "_units", None)
    if units is None:
        return [p.normal_form for p in analyzer.parse(low)]
    found: list[Any] = []
    seen: set[Any] = set()
    try:
        for unit, terminal in units:
            found.extend(unit.parse(low, low, seen))
            if terminal and found:
                break
        return [p[2] for p in found]
    except (TypeError, ValueError, IndexError):  # private API changed: the public one then
        return [p.normal_form for p in analyzer.parse(low)]


@lru_cache(maxsize=50_000)
def name_keys(token: str) -> frozenset[str]:
    """KB-side keys of a name word: itself, lemmas of its *name* readings only (so that
    ``Песков`` is not also keyed as ``песок``) and the singular forms of its nominative
    readings, for names pymorphy3 only guesses (``Шольцем`` is a form of ``Шольц``)."""
    low = normalize(token)
    known = bundled_table().names.get(low)
    return known if known is not None else analyse_name_keys(low)


def analyse_name_keys(low: str) -> frozenset[str]:
    """``name_keys`` of a normalised word, asking pymorphy3."""
    from ..models.resources import morph_analyzer

    out = {low}
    if re.search("[а-я]", low):
        for parse in morph_analyzer().parse(low):
            if NAME_GRAMMEMES & parse.tag.grammemes:
                out.add(normalize(parse.normal_form))
            if parse.tag.case == "nomn" and parse.tag.POS in ("NOUN", "ADJF") \
                    and normalize(parse.word) == low:  # Маск -> Маска, Маском (a guessed noun)
                out.update(normalize(f.word) for f in parse.lexeme if f.tag.number != "plur")
    return frozenset(out)


@lru_cache(maxsize=50_000)
def _surname_genders(token: str) -> frozenset[str]:
    from ..models.resources import morph_analyzer

    return frozenset(str(p.tag.gender) for p in morph_analyzer().parse(normalize(token))
                     if "Surn" in p.tag.grammemes and p.tag.gender)


@lru_cache(maxsize=50_000)
def _cases(token: str) -> frozenset[str]:
    """Possible cases of a word; empty when pymorphy3 knows none (then anything agrees)."""
    from ..models.resources import morph_analyzer

    low = normalize(token)
    for prefix in TENSE_PREFIXES:
        low = low.removeprefix(prefix)
    return frozenset(str(p.tag.case) for p in morph_analyzer().parse(low) if p.tag.case)


# --------------------------------------------------------------------------------------------
# Phrases matched word by word on sets of keys: exact phrase matching that ignores inflection
# --------------------------------------------------------------------------------------------

class PhraseIndex:
    """Phrases keyed word by word on sets of keys; a query matches when it has as many words
    as the phrase and, at every position, one of its lemma candidates is one of the phrase
    word's keys.

    Stored as postings, ``(length, position) -> key -> payloads``: memory grows with the sum
    of the key-set sizes. (A trie over the keys grew with their product, a node per
    combination: 240,000 nodes and ~90 MB for the KB's names.)"""

    __slots__ = ("_slots", "first_keys")

    def __init__(self) -> None:
        self._slots: dict[tuple[int, int], dict[str, list[Any]]] = {}
        #: Keys of the first word of some phrase: a scan may start a match only there.
        self.first_keys: set[str] = set()

    def add(self, keysets: Sequence[frozenset[str]], payload: Any) -> None:
        if keysets:
            self.first_keys.update(keysets[0])
        if not keysets or not all(keysets):
            return  # matches no query
        n = len(keysets)
        for i, keys in enumerate(keysets):
            slot = self._slots.setdefault((n, i), {})
            for key in keys:
                found = slot.setdefault(key, [])
                if not found or found[-1] != payload:  # a repeat costs only memory
                    found.append(payload)

    def keys(self) -> set[str]:
        """Every key of every phrase word: a word matching none of them is in no phrase."""
        return {key for slot in self._slots.values() for key in slot}

    def match_words(self, tokens: Sequence[str], keyer: Callable[[str], frozenset[str]]
                    ) -> set[Any]:
        """``match`` of the keys ``keyer`` gives the tokens, asking for them lazily: the
        positions are tried last word first (a surname is the rarest), and the first word
        that fits no phrase at its position ends the search before the others are analysed
        (``keyer`` may be a pymorphy3 analysis)."""
        n = len(tokens)
        for i in range(n - 1, -1, -1):
            slot = self._slots.get((n, i))
            if slot is None or slot.keys().isdisjoint(keyer(tokens[i])):
                return set()
        return self.match([keyer(t) for t in tokens])

    def match(self, candidates: Sequence[frozenset[str]]) -> set[Any]:
        n = len(candidates)
        found: set[Any] | None = None
        for i, cands in enumerate(candidates):
            slot = self._slots.get((n, i))
            if slot is None:
                return set()
            here: set[Any] = set()
            for key in cands:
                payloads = slot.get(key)
                if payloads:
                    here.update(payloads)
            found = here if found is None else found & here
            if not found:
                return set()
        return found if found is not None else set()


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bound:
    """A term boundary known to a day, a month or a year: the earliest and latest day it
    can be. Imprecise bounds make the dates inside them undecidable, not guessed."""

    lo: Date
    hi: Date

    @classmethod
    @lru_cache(maxsize=4096)
    def parse(cls, value: str | None, open_end: bool) -> "Bound":
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` is unknown (a start) or open (an
        end)."""
        if value is None or value == "":
            return cls(Date.max, Date.max) if open_end else cls(Date.min, Date.max)
        if not _PARTIAL_DATE.fullmatch(str(value)):
            raise ValueError(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
        parts = [int(p) for p in str(value).split("-")]
        if len(parts) == 3:
            day = Date(*parts)
            return cls(day, day)
        if len(parts) == 2:
            first = Date(parts[0], parts[1], 1)
            nxt = Date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return cls(first, nxt - dt.timedelta(days=1))
        return cls(Date(parts[0], 1, 1), Date(parts[0], 12, 31))


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Role:
    """A dated role of a person. ``end`` ``None`` = still held when the KB was compiled."""

    role: str
    start: str | None
    end: str | None
    keys: frozenset[RoleKey] = frozenset()

    @property
    def open(self) -> bool:
        return self.end is None

    def certain(self, day: Date) -> bool:
        return Bound.parse(self.start, False).hi <= day <= Bound.parse(self.end, True).lo

    def possible(self, day: Date) -> bool:
        return Bound.parse(self.start, False).lo <= day <= Bound.parse(self.end, True).hi

    def began_by(self, day: Date) -> bool:
        return Bound.parse(self.start, False).lo <= day


@dataclass(frozen=True)
class Entry:
    """One KB record (person, organisation or place)."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    full_name: str | None = None
    first: str | None = None
    surname: str | None = None
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    kind: str | None = None
    adjectives: tuple[str, ...] = ()
    head_role: str | None = None
    wikidata: str | None = None
    descriptors: tuple[str, ...] = ()
    namesake_risk: bool | None = None


@dataclass(frozen=True)
class Position:
    """A position word (``министр иностранных дел``) that a jurisdiction completes."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    head: bool = False
    standalone: bool = False
    implies: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleParse:
    """What a role phrase means: the role keys it may denote and its tense."""

    keys: frozenset[RoleKey]
    tense: str = "current"


# --------------------------------------------------------------------------------------------
# Reading KB files (JSONL, CSV)
# --------------------------------------------------------------------------------------------

CSV_LIST_SEP = "|"


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Checked records of a JSONL or CSV gazetteer (CSV: one row per role, rows of an id
    merge); a record that cannot be used raises ``GazetteerError`` naming file and line."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as error:
                    raise GazetteerError(f"{path}:{n}: bad JSON: {error}") from None
                out.append(check_record(rec, f"{path}:{n}"))
    return out


def _read_csv(path: Path) -> list[dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    first_line: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = [c.strip() for c in reader.fieldnames or () if c]
        if "id" not in columns:
            raise GazetteerError(f"{path}:1: the CSV header has no \"id\" column "
                                 f"(it has: {', '.join(columns) or 'nothing'})")
        for row in reader:
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            if not any(row.values()):
                continue
            if not row["id"]:
                raise GazetteerError(f"{path}:{reader.line_num}: the row has no id")
            if not row.get("role") and (row.get("start") or row.get("end")):
                raise GazetteerError(f"{path}:{reader.line_num}: a start or end date needs "
                                     f"a role")
            first_line.setdefault(row["id"], reader.line_num)
            rec = merged.setdefault(row["id"], {"id": row["id"], "roles": []})
            for key, value in row.items():
                if key in ("role", "start", "end") or not value:
                    continue
                if key in ("aliases", "adjectives", "descriptors"):
                    rec[key] = list(dict.fromkeys(rec.get(key, []) + value.split(CSV_LIST_SEP)))
                else:
                    rec[key] = value
            if row.get("role"):
                rec["roles"].append({"role": row["role"], "start": row.get("start") or None,
                                     "end": row.get("end") or None})
    return [check_record(rec, f"{path}:{first_line[eid]}") for eid, rec in merged.items()]


def _entry(rec: Mapping[str, Any]) -> Entry:
    name = rec["name"]
    toks = name.split()
    rtype = rec.get("type") or rec["id"].split(":", 1)[0].upper()
    is_per = rtype == "PER"
    return Entry(
        id=rec["id"], type=rtype, name=name,
        aliases=tuple(a for a in rec.get("aliases", ()) if a),
        full_name=rec.get("full_name"),
        first=rec.get("first", toks[0] if is_per and len(toks) > 1 else None),
        surname=rec.get("surname", toks[-1] if is_per else None),
        gender=rec.get("gender"),
        roles=tuple(Role(r["role"], r.get("start"), r.get("end")) for r in rec.get("roles", ())),
        kind=rec.get("kind"), adjectives=tuple(rec.get("adjectives", ())),
        head_role=rec.get("head_role"), wikidata=rec.get("wikidata"),
        descriptors=tuple(_listish(rec.get("descriptors"))),
        namesake_risk=_boolish(rec.get("namesake_risk")),
    )


def _listish(value: Any) -> list[str]:
    """A list field of JSONL (a list) or CSV (``a|b``)."""
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(CSV_LIST_SEP) if v.strip()]
    return [str(v) for v in value if v]


def _boolish(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    low = str(value).strip().lower()
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise ValueError(f"bad boolean {value!r}: use true or false")


# --------------------------------------------------------------------------------------------
# The knowledge base
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NameHit:
    id: str
    by: str  # "name" | "alias"


class KnowledgeBase:
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

    # ---- loading ---------------------------------------------------------------------------

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

    # ---- indexes ---------------------------------------------------------------------------

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

    # ---- roles -----------------------------------------------------------------------------

    def parse_role(self, text: str) -> RoleParse | None:
        """Role keys of a phrase (``глава МИД Франции`` -> (foreign_minister, loc:france))."""
        return self._parse_role_tokens(tuple(words(text)))

    @lru_cache(maxsize=20_000)
    def _parse_role_tokens(self, toks: tuple[str, ...], expand_heads: bool = True
                           ) -> RoleParse | None:
        if not all(self._role_word(t) for t in reversed(toks)):
            return None  # cheap and lazy: most names and clauses stop at their last word
        tense = "current"
        toks = list(toks)
        while toks:
            low = normalize(toks[0])
            prefix = next((p for p in TENSE_PREFIXES if low.startswith(p)), None)
            word_tense = next((TENSE_WORDS[c] for c in lemma_candidates(toks[0])
                               if c in TENSE_WORDS), None)
            if word_tense:
                tense = word_tense if word_tense != "current" else tense
                toks.pop(0)
            elif prefix:
                tense = TENSE_PREFIXES[prefix]
                toks[0] = toks[0][len(prefix):]
                break
            else:
                break
        if not toks:
            return None
        cands = [lemma_candidates(t) for t in toks]
        keys: set[RoleKey] = set()
        for role in self._phrase_index.match(cands):
            parsed = self.parse_role(role)
            if parsed:
                keys |= parsed.keys
        if keys:
            return RoleParse(frozenset(keys), tense)
        raw: set[RoleKey] = set()
        for split in range(1, len(toks)):  # position + jurisdiction (genitive) after it
            jurs = self._jur_index.match(cands[split:])
            if jurs:
                for pos in self._pos_index.match(cands[:split]):
                    raw.update((pos, jur) for jur in jurs)
        for i, cand in enumerate(cands):  # jurisdiction as an adjective anywhere
            jurs = set().union(*(self._adjectives.get(c, set()) for c in cand))
            if jurs and len(cands) > 1:
                for pos in self._pos_index.match(cands[:i] + cands[i + 1:]):
                    raw.update((pos, jur) for jur in jurs)
        for pos in self._pos_index.match(cands):
            if self.positions[pos].standalone:
                raw.add((pos, None))
        keys = self._expand(raw, expand_heads)
        return RoleParse(frozenset(keys), tense) if keys else None

    def _expand(self, raw: set[RoleKey], expand_heads: bool) -> set[RoleKey]:
        """Add implied positions (a chancellor heads a government; a governor heads a
        region) and what ``глава <org>`` means for organisations with a named head role."""
        keys = set(raw)
        for pos, jur in raw:
            for implied in self.positions[pos].implies:
                keys.add((implied, jur))
            if jur is not None and self.positions[pos].head and self._headable(jur):
                keys.add(("pos:head", jur))
        if expand_heads:
            for pos, jur in list(keys):
                head_role = self.entries[jur].head_role if jur in self.entries else None
                if pos == "pos:head" and head_role:
                    parsed = self._parse_role_tokens(tuple(words(head_role)), False)
                    if parsed:
                        keys |= parsed.keys
        return keys

    def _headable(self, jur: str) -> bool:
        """``глава X`` names a head of organisations, regions and cities, not of countries
        (``глава Германии`` would be a guess between president and chancellor)."""
        entry = self.entries.get(jur)
        return entry is not None and (entry.type == "ORG" or entry.kind in ("region", "city"))

    def holders(self, parse: RoleParse, day: Date | None) -> tuple[set[str], set[str]]:
        """(certain, possible) holders of a parsed current role on ``day`` (any time if
        ``day`` is None)."""
        certain: set[str] = set()
        possible: set[str] = set()
        for key in parse.keys:
            for eid, role in self._holders.get(key, ()):
                if day is None:
                    certain.add(eid)
                    possible.add(eid)
                else:
                    certain.update([eid] if role.certain(day) else [])
                    possible.update([eid] if role.possible(day) else [])
        return certain, possible

    def resolve_role(self, role_text: str, date: Date | None = None
                     ) -> tuple[str, str] | None:
        """The holder of a role phrase on ``date``: ``("per:blinken_antony", "role@date")``.

        Without a date only a role with a single holder in the KB, still held, resolves.
        Former/future phrasing (``экс-канцлер``, ``избранный президент``) never resolves.
        """
        parse = self.parse_role(role_text)
        if parse is None or parse.tense != "current":
            return None
        certain, possible = self.holders(parse, date)
        if len(possible) != 1 or certain != possible:
            return None
        (eid,) = certain
        if date is None and not any(r.open and r.keys & parse.keys
                                    for r in self.entries[eid].roles):
            return None
        return eid, "role@date"

    def supports(self, eid: str, parse: RoleParse, day: Date | None) -> bool:
        """Whether a role phrase seen next to a name fits this entry (for namesakes)."""
        for role in self.entries[eid].roles:
            if not role.keys & parse.keys:
                continue
            if day is None or parse.tense == "future":
                return True
            if parse.tense == "former" and role.began_by(day):
                return True
            if parse.tense == "current" and role.possible(day):
                return True
        return False

    # ---- what a person's roles are made of (for context evidence, see kb_evidence) ----------

    def role_head_words(self) -> frozenset[str]:
        """Lemmas that head a position name or alias (``министр``, ``секретарь``, ``папа``)
        or a person's descriptor: the words that can head a role apposition."""
        if self._head_words is None:
            heads: set[str] = set()
            texts = [t for p in self.positions.values() for t in (p.name, *p.aliases)]
            texts += [d for e in self.entries.values() for d in e.descriptors]
            for text in texts:
                head = _head_noun(text)
                if head:
                    heads.add(head)
            self._head_words = frozenset(heads)
        return self._head_words

    def role_vocabulary(self, eid: str) -> frozenset[str]:
        """Lemmas of every word of a person's roles, of the positions those roles hold
        (with aliases and implied positions) and of their descriptors."""
        if eid not in self._vocab:
            entry = self.entries[eid]
            texts = [r.role for r in entry.roles] + list(entry.descriptors)
            for role in entry.roles:
                for pos, _ in role.keys:
                    if pos in self.positions:
                        texts += [self.positions[pos].name, *self.positions[pos].aliases]
            vocab: set[str] = set()
            for text in texts:
                for tok in words(text):
                    vocab |= lemma_candidates(tok)
                    if normalize(tok).startswith(tuple(TENSE_PREFIXES)):
                        vocab |= lemma_candidates(tok.split("-", 1)[1])
            self._vocab[eid] = frozenset(vocab)
        return self._vocab[eid]

    def role_jurisdictions(self, eid: str) -> frozenset[str]:
        """Organisations and places of a person's roles, and the organisations those roles
        head (``министр обороны России`` -> Минобороны России), minus the home country."""
        from .evidence import HOME_JURISDICTIONS

        if eid not in self._jurs:
            keys = {k for r in self.entries[eid].roles for k in r.keys}
            jurs = {jur for _, jur in keys if jur}
            for org in self.entries.values():
                if org.head_role:
                    parsed = self._parse_role_tokens(tuple(words(org.head_role)), False)
                    if parsed and parsed.keys & keys:
                        jurs.add(org.id)
            self._jurs[eid] = frozenset(jurs - HOME_JURISDICTIONS)
        return self._jurs[eid]

    def jurisdictions_in(self, text: str) -> frozenset[str]:
        """Ids of the KB organisations and places named in ``text`` (any case, adjectives
        too: ``российский``)."""
        return self._scan(text)[0]

    def role_keys_in(self, text: str) -> frozenset[RoleKey]:
        """Role keys of every KB role phrase in ``text`` (``министр обороны России`` …)."""
        return self._scan(text)[1]

    def _scan(self, text: str) -> tuple[frozenset[str], frozenset[RoleKey]]:
        cached = self._scans.get(text)
        if cached is not None:
            return cached
        toks = words(text)
        cands = [lemma_candidates(t) for t in toks]
        jur_first = self._jur_index.first_keys
        role_first = (self._pos_index.first_keys | self._phrase_index.first_keys
                      | self._adjectives.keys())
        jurs: set[str] = set()
        keys: set[RoleKey] = set()
        for i, cand in enumerate(cands):
            for c in cand:
                jurs |= self._adjectives.get(c, set())
            if cand & jur_first:
                for n in range(1, SCAN_WINDOW + 1):
                    jurs |= self._jur_index.match(cands[i:i + n])
            if cand & role_first:
                for n in range(1, SCAN_WINDOW + 1):
                    if i + n <= len(toks):
                        parsed = self._parse_role_tokens(tuple(toks[i:i + n]))
                        keys |= parsed.keys if parsed else set()
        result = (frozenset(jurs), frozenset(keys))
        if len(self._scans) >= SCAN_CACHE:
            self._scans.clear()
        self._scans[text] = result
        return result

    def document_supports(self, eid: str, text: str) -> bool:
        """Weak evidence for a person in a document: one of their organisations or places
        (not the home country) or one of their role phrases is named somewhere in it."""
        if self.role_jurisdictions(eid) & self.jurisdictions_in(text):
            return True
        keys = {k for r in self.entries[eid].roles for k in r.keys}
        return bool(keys & self.role_keys_in(text))

    # ---- names -----------------------------------------------------------------------------

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

    # ---- mentions in running text ------------------------------------------------------------

    def role_before(self, text: str, start: int, window: int = 8) -> str | None:
        """The role phrase right before a mention (``главы МИД России`` in ``по словам главы
        МИД России Сергея Лаврова``): the longest run of words ending at the mention that
        parses as a KB role and agrees in case with the name.

        Runs grow leftwards from the mention and stop at the first word that can be part of
        no role phrase (``_role_word``): every longer run contains it and cannot parse either.
        So only the few words next to the mention are analysed, not the whole clause."""
        left = clause_before(text, start)
        if left and not left[-1].isspace():  # the mention must start a new word
            return None
        spans = _last_tokens(left, window)
        if not spans or _GAP.search(left[spans[-1][0] + len(spans[-1][1]):]):
            return None
        end = spans[-1][0] + len(spans[-1][1])
        name_cases: frozenset[str] | None = None  # computed when a run first parses
        best = None
        for k in range(1, len(spans) + 1):
            piece = spans[-k:]
            between = left[piece[0][0]:end]
            if _GAP.search(between):
                break
            if not self._role_word(piece[0][1]):
                break
            if not self.parse_role(between):
                continue
            if name_cases is None:
                name_words = words(text[start:start + 60])
                name_cases = _cases(name_words[0]) if name_words else frozenset()
            head = next((w for _, w in piece if not TENSE_WORDS.keys()
                         & lemma_candidates(w)), piece[0][1])
            head_cases = _cases(head)
            if name_cases and head_cases and not name_cases & head_cases:
                continue
            best = between
        return best

    def _role_word(self, token: str) -> bool:
        """Whether a word can stand in a role phrase that ``parse_role`` accepts: a tense
        word (``бывший``), or a word with a lemma among the keys of the position, role-phrase
        and jurisdiction indexes or the jurisdiction adjectives (itself or without its
        ``экс-`` prefix). A run of words holding any other word parses as no role: tense
        words are only dropped at its start, and every remaining word must match a key."""
        cands = lemma_candidates(token)
        if not cands.isdisjoint(self._role_keys) or not cands.isdisjoint(TENSE_WORDS.keys()):
            return True
        low = normalize(token)
        prefix = next((p for p in TENSE_PREFIXES if low.startswith(p)), None)
        return prefix is not None and not lemma_candidates(
            token[len(prefix):]).isdisjoint(self._role_keys)

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
        in ``text`` and by the rest of ``text`` (rules in ``kb_evidence``)."""
        from .evidence import Judge, vet

        if self._judge is None:
            self._judge = Judge(self)
        apps = [a for s, e in spans for a in self._judge.reader.around(text, s, e)]
        return vet(self._judge, eid, apps, text, date, supported)


_LABEL_TYPES: Mapping[str, tuple[str, ...]] = {
    "PER": ("PER",), "ORG": ("ORG", "LOC"), "LOC": ("LOC", "ORG"),
}
#: Where a role context stops: sentence ends, brackets, dashes, colons, quotes opening speech.
_SENTENCE_STOP = re.compile(r"[.!?\n;:()\[\]—–]\s")

#: How far back a role phrase before a mention is looked for. Bounded so that linking stays
#: linear in the length of a document (splitting the whole prefix per mention was quadratic).
LOOKBEHIND_CHARS = 400


def clause_before(text: str, start: int) -> str:
    """The text between the last sentence stop before ``start`` and ``start`` (at most
    ``LOOKBEHIND_CHARS`` back)."""
    return _SENTENCE_STOP.split(text[max(0, start - LOOKBEHIND_CHARS):start])[-1]
_GAP = re.compile(r"[,;:()\[\]—–]")
_SPACE = re.compile(r"\s")
#: How much of a clause ``_last_tokens`` reads first (enough for ``window`` words mostly).
TAIL_CHARS = 160


def _last_tokens(left: str, n: int) -> list[tuple[int, str]]:
    """The last ``n`` word tokens of ``left`` with their offsets, as tokenising all of it
    would find them, reading only its tail when that holds ``n`` tokens: no token holds a
    space, so the tokens after a space are the same whether tokenising starts there or
    earlier."""
    if len(left) > TAIL_CHARS:
        space = _SPACE.search(left, len(left) - TAIL_CHARS)
        if space:
            tail = [(m.start(), m.group()) for m in _TOKEN.finditer(left, space.end())]
            if len(tail) >= n:
                return tail[-n:]
    return [(m.start(), m.group()) for m in _TOKEN.finditer(left)][-n:]


#: Longest organisation, place or role phrase looked for when scanning a document (words).
SCAN_WINDOW = 8
#: Documents whose scan is kept (the referents of one document ask about the same text). Few,
#: since the cache keeps each text alive: 64 long documents would be held in memory.
SCAN_CACHE = 4


def _head_noun(text: str) -> str | None:
    """Lemma of the first noun of a position or descriptor (``государственный секретарь`` ->
    ``секретарь``; ``экс-боксер`` -> ``боксер``)."""
    heads = bundled_table().heads
    return heads[text] if text in heads else analyse_head_noun(text)


def analyse_head_noun(text: str) -> str | None:
    """``_head_noun``, asking pymorphy3."""
    from ..models.resources import morph_analyzer

    for tok in words(text):
        low = normalize(tok)
        for prefix in TENSE_PREFIXES:
            low = low.removeprefix(prefix)
        parses = morph_analyzer().parse(low)
        if parses and parses[0].tag.POS == "NOUN":
            return normalize(parses[0].normal_form)
    return None


def _phrase_keys(text: str) -> list[frozenset[str]]:
    return [lemma_candidates(t) for t in words(text)]


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


@lru_cache(maxsize=1)
def bundled_records() -> list[dict[str, Any]]:
    """Records of the KB shipped in the wheel."""
    text = resources.files("rusnews_nlp").joinpath(BUNDLED).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def default_kb(path: str | Path | None = None,
               extra: str | Path | Sequence[str | Path] = (), replace: bool = False
               ) -> KnowledgeBase:
    """One KB per process and configuration (the bundled one loads in ~0.05 CPU-s from the
    precomputed word index, ``kb_index``). ``default_kb()`` and ``default_kb(None, (), False)``
    are the same configuration, so they share one KB (an lru_cache on the raw arguments built
    the bundled KB twice: for the linker, and again for the speakers' office checks)."""
    extras = [extra] if isinstance(extra, (str, Path)) else extra
    return _cached_kb(str(path) if path else None, tuple(map(str, extras)), bool(replace))


@lru_cache(maxsize=8)
def _cached_kb(path: str | None, extra: tuple[str, ...], replace: bool) -> KnowledgeBase:
    return KnowledgeBase.load(path, list(extra), replace)


# --------------------------------------------------------------------------------------------
# Document dates
# --------------------------------------------------------------------------------------------

MONTHS: Mapping[str, int] = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
DATE_META_KEYS = ("date", "published", "pub_date", "datetime")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
_WORDY = re.compile(r"(?<!\d)(\d{1,2})\s+(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]"
                    r"|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])\s+(\d{4})",
                    re.IGNORECASE)


def _make(y: str | int, m: str | int, d: str | int) -> Date | None:
    try:
        return Date(int(y), int(m), int(d))
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.lower()
    return next(n for stem, n in MONTHS.items() if word.startswith(stem))


def find_date(text: str) -> Date | None:
    """The first full date written in ``text``: ISO, ``22.12.2021``, ``22 декабря 2021``."""
    found = []
    for pattern, order in ((_ISO, "ymd"), (_NUMERIC, "dmy"), (_WORDY, "dMy")):
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            day = (_make(a, b, c) if order == "ymd" else _make(c, b, a) if order == "dmy"
                   else _make(c, _month(b), a))
            if day:
                found.append((m.start(), day))
    return min(found)[1] if found else None


def doc_date(meta: Mapping[str, Any] | None, text: str = "") -> Date | None:
    """The article's date: ``meta["date"]`` (a date, ISO or common formats), else the first
    full date in the text."""
    for key in DATE_META_KEYS:
        value = (meta or {}).get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, Date):
            return value
        if isinstance(value, str) and value.strip():
            day = find_date(value)
            if day:
                return day
    return find_date(text) if text else None


# --------------------------------------------------------------------------------------------
# Pipeline stage
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LinkTrace:
    """Why a referent got its ``kb_id`` or none: ``candidate`` is what its name matched,
    ``reason`` the deciding rule, ``vetting`` the context evidence (``kb_evidence``)."""

    referent: str
    name: str | None
    candidate: str | None
    by: str | None
    reason: str
    vetting: "Vetting | None" = None


@dataclass(frozen=True)
class KBLinker:
    """Sets ``kb_id``/``kb_by`` on each referent of a document."""

    kb: KnowledgeBase = field(repr=False)
    name: str = "link"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        return [self.link_document(doc) for doc in docs]

    def link_document(self, doc: Document) -> Document:
        if not doc.referents:
            return doc
        day = doc_date(doc.meta, doc.text)
        entities = {e.id: e for e in doc.entities}
        referents = tuple(self.link_referent(doc.text, ref, entities, day)
                          for ref in doc.referents)
        return doc.replace(referents=referents)

    def explain(self, doc: Document) -> list["LinkTrace"]:
        """The debug trace of ``link_document``: per referent, what its name matched and
        why the link was kept or dropped."""
        day = doc_date(doc.meta, doc.text)
        entities = {e.id: e for e in doc.entities}
        return [self.link_referent_traced(doc.text, ref, entities, day)[1]
                for ref in doc.referents]

    def link_referent(self, text: str, ref: Referent, entities: Mapping[str, Any],
                      day: Date | None) -> Referent:
        linked, trace = self.link_referent_traced(text, ref, entities, day)
        if trace.vetting is not None and not trace.vetting.ok:
            log.debug("link: %s %r not linked to %s: %s %s", ref.id, ref.name, trace.candidate,
                      trace.vetting.reason, [(e.phrase, e.rule) for e in trace.vetting.evidence])
        return linked

    def link_referent_traced(self, text: str, ref: Referent, entities: Mapping[str, Any],
                             day: Date | None) -> tuple[Referent, "LinkTrace"]:
        mentions = [entities[m] for m in ref.mentions if m in entities]
        found: list[list[str]] = []

        def roles() -> list[str]:  # the role phrases before the mentions, found once if asked
            if not found:
                found.append([r for r in (self.kb.role_before(text, e.start)
                                          for e in mentions) if r])
            return found[0]

        names = [ref.name] if ref.name else []
        names += [n for e in mentions for n in (e.normal, e.text) if n and n not in names]
        links = set()
        for name in names:
            linked = self.kb.link_name(name, ref.label, day, roles)
            if linked:
                links.add(linked)
            elif not self.kb.name_hits(name, ref.label) and self.kb.parse_role(name):
                resolved = self.kb.resolve_role(name, day)
                if resolved:
                    links.add(resolved)
        if len({kb_id for kb_id, _ in links}) != 1:
            reason = "ambiguous" if links else "no-match"
            return ref, LinkTrace(ref.id, ref.name, None, None, reason)
        kb_id, by = sorted(links, key=lambda link: link[1] != "name")[0]
        vetting = None
        if by != "role@date" and self.kb.entries[kb_id].type == "PER":
            spans = [(e.start, e.end) for e in mentions]
            vetting = self.kb.vet(kb_id, spans, text, day,
                                  supported=any(b == "role@date" for _, b in links))
            if not vetting.ok:
                return ref, LinkTrace(ref.id, ref.name, kb_id, by, vetting.reason, vetting)
        return (replace(ref, kb_id=kb_id, kb_by=by),
                LinkTrace(ref.id, ref.name, kb_id, by, vetting.reason if vetting else by,
                          vetting))


@register("link", requires=("referents",), provides=("referents",))
def make_linker(path: str | None = None, extra: Sequence[str] = (), replace: bool = False
                ) -> KBLinker:
    """Knowledge-base linking of referents to stable ids (``per:peskov_dmitry``)."""
    return KBLinker(default_kb(path, tuple(extra), replace))

