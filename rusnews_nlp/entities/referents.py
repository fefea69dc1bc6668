"""Within-document coreference of named entities: mentions -> referents.

Clustering works on the nominative ``normal`` names (so ``Пескова``/``Пескову`` are already
``Песков``) and is rule based and linear-ish in the number of entities:

* **PER** — full names (two or more words) cluster by surname with compatible first names
  (``В. Путин`` ~ ``Владимир Путин``) and gender; one-word mentions then attach to the full
  name whose surname they are (namesakes ``Алла Бут``/``Виктор Бут``: gender, then the most
  recent one), else to a unique first name (``Марк``), else stand alone. Surnames also match
  across one case ending when the normaliser missed it (``Сайкыа``/``Сайкыу``), but never
  across genders (``Иванов``/``Иванова`` are two people).
* **ORG/LOC** — by lower-cased name after ``lexicon.NAME_ALIASES`` (``РФ`` = ``Россия``,
  ``Североатлантический альянс`` = ``НАТО``); then a one-word abbreviation joins the single
  longer name it abbreviates (``МИД`` ~ ``МИД России`` or ``Министерство иностранных дел``).
  ORG and LOC with one key are one referent (the NER tags ``Кремль`` either way).

A referent's ``name`` is the fullest nominative form in the document (PER: most words, body
text preferred over page chrome; ORG: the fullest spelled-out form, followed by the one-word
abbreviation the document also uses for it, ``Министерство внутренних дел Грузии (МВД)``;
LOC: the most frequent form; either extended by a dependent where the document has one,
``МИД`` -> ``МИД России``). Places in ``lexicon.INSTITUTIONS``
(``Кремль``, ``Белый дом``) are ORG referents.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..annotations import Document, Entity, Referent
from ..kb.base import known_patronymics
from ..kb.lexicon import INSTITUTIONS, NAME_ALIASES, ORG_UNITS, plain
from ..models.resources import morph_analyzer
from ..registry import register
from .docindex import DocIndex, gender_of
from .name_match import (SURNAME_ENDINGS, compatible_gender, is_initial,  # noqa: F401
                         name_words, one_edit_apart, same_first_name, same_surname)
from .person_names import HARD_STEM_END
from .span_rules import NAME_PARTICLES

#: Russian patronymics (``Николаевич``, ``Иосифовна``, ``Ильич``, ``Кузьминична``).
PATRONYMIC = re.compile(r"(ович|евич|ьич|ич|овна|евна|ична|инична)$")

_QUOTES = str.maketrans("", "", "«»\"“”„")
_QUOTED = re.compile(r"[«\"“„]([^»\"”“]+)[»\"”“]?")


#: Multi-word aliases, which may also start a longer name (``министерство иностранных дел
#: россии`` -> ``мид россии``).
_PREFIX_ALIASES = tuple((alias + " ", canonical) for alias, canonical in NAME_ALIASES.items()
                        if " " in alias)


#: One-word aliases that may also start a longer name (``Госдепартамент США``); not ``дума``,
#: which starts names of other assemblies (``Дума Ставропольского края``).
_FIRST_WORD_ALIASES = frozenset(alias for alias in NAME_ALIASES
                                if " " not in alias and alias != "дума")


#: The country a body's name ends with, as it is also written (``МЧС РФ`` is ``МЧС России``).
_COUNTRY_ENDINGS = ((" российской федерации", " россии"), (" рф", " россии"))


@lru_cache(maxsize=100_000)
def org_key(normal: str) -> str:
    """Clustering key of an ORG/LOC name: lower-case, no quotes, aliases applied."""
    key = " ".join(plain(normal.translate(_QUOTES)).split())
    for ending, same in _COUNTRY_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending):
            key = key[:-len(ending)] + same
            break
    if key in NAME_ALIASES:
        return NAME_ALIASES[key]
    if " " in key:
        for prefix, canonical in _PREFIX_ALIASES:
            if key.startswith(prefix):
                return canonical + " " + key[len(prefix):]
        first, rest = key.split(" ", 1)
        if first in _FIRST_WORD_ALIASES:  # ``госдепартамент сша`` -> ``госдеп сша``
            return NAME_ALIASES[first] + " " + rest
    return key


_NOT_INITIALLED = frozenset(("и", "по", "в", "на", "для", "при", "—", "-", "the", "of", "and", "&"))


def acronyms(key: str) -> set[str]:
    """Initials of the name's word prefixes: ``министерство иностранных дел россии`` ->
    {``ми``, ``мид``, ``мидр``}."""
    letters = initials(key.split())
    return {letters[:n] for n in range(2, len(letters) + 1)}


def clipped(key: str) -> set[str]:
    """The clipped compounds a name of an adjective and a noun may go by: ``национальный банк
    казахстана`` -> ``нацбанк``, ``центральный банк`` -> ``центробанк``, ``областной суд`` ->
    ``облсуд``."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 6 or not words[1].isalpha():
        return set()
    return {words[0][:n] + link + words[1] for n in (3, 4, 5) for link in ("", "о")}


def initials(words: Sequence[str]) -> str:
    """``министерство по чрезвычайным ситуациям`` -> ``мчс``: function words have none."""
    return "".join(w[0] for w in words if w not in _NOT_INITIALLED)


@dataclass
class _Cluster:
    label: str
    mentions: list[Entity] = field(default_factory=list)
    genders: Counter = field(default_factory=Counter)
    key: str = ""
    firsts: set[str] = field(default_factory=set)
    middles: set[str] = field(default_factory=set)

    @property
    def gender(self) -> str | None:
        if not self.genders:
            return None
        (top, n), *rest = self.genders.most_common(2) + [(None, 0)]
        return top if n > rest[0][1] else None

    @property
    def first_start(self) -> int:
        return min(m.start for m in self.mentions)


def main_part(name: str) -> str:
    """A name without what follows an opening bracket (``Скотт Хоровитц (Scott Horowitz)``)
    and without leading bullets or dashes."""
    head = name.split("(", 1)[0].strip()
    head = head.lstrip("•·-—–*> ").strip()
    return head or name.strip()


def bracketed(name: str) -> str | None:
    """The bracketed alternative of a name: ``Комитет защиты журналистов (КЗЖ)`` -> ``КЗЖ``."""
    match = re.search(r"\(([^()]+)\)?", name)
    return match.group(1).strip() if match and match.group(1).strip() else None


@lru_cache(maxsize=10_000)
def only_patronymic(word: str) -> bool:
    """Does the dictionary read ``word`` as a patronymic and as nothing else (``Григорьевич``;
    not ``Абрамович``, a surname too)?"""
    parses = morph_analyzer().parse(word)
    return bool(parses) and all("Patr" in p.tag.grammemes for p in parses)


def is_patronymic(word: str) -> bool:
    return bool(PATRONYMIC.search(plain(word))) and not is_initial(word)


def surname_keys(word: str) -> set[str]:
    """Prefixes of the word without its last 0-3 letters. Two words that are ``same_surname``
    share one: the longer one less its ending (at most 3 letters, ``SURNAME_ENDINGS``) starts
    both, and is no longer than the shorter one."""
    word = plain(word)
    longest = max(map(len, SURNAME_ENDINGS))
    return {word[:m] for m in range(max(0, len(word) - longest), len(word) + 1)}


def one_deletion_keys(word: str) -> set[str]:
    """The word and the word less one letter: two words are ``one_edit_apart`` only if these
    sets meet."""
    word = plain(word)
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class _Blocks:
    """Clusters filed under keys, returned in the order the clusters were made: lookups see
    a few candidates, not every cluster of a long document (which made clustering quadratic),
    and pick the same one the scan over all clusters picked."""

    def __init__(self) -> None:
        self._by_key: dict[str, dict[int, tuple[int, _Cluster]]] = {}
        self._order: dict[int, int] = {}

    def add(self, key: str, cluster: _Cluster) -> None:
        order = self._order.setdefault(id(cluster), len(self._order))
        self._by_key.setdefault(key, {})[id(cluster)] = (order, cluster)

    def add_all(self, keys: Iterable[str], cluster: _Cluster) -> None:
        for key in keys:
            self.add(key, cluster)

    def get(self, *keys: str) -> list[_Cluster]:
        found: dict[int, tuple[int, _Cluster]] = {}
        for key in keys:
            found.update(self._by_key.get(key, {}))
        return [cluster for _, cluster in sorted(found.values(), key=lambda item: item[0])]


def _without_particle(words: list[str]) -> list[str]:
    """``Ван Керхове``, ``де Голль`` alone: a surname with its particle, no first name (it
    joins ``Мария Ван Керхове``)."""
    if len(words) == 2 and plain(words[0]) in NAME_PARTICLES:
        return words[1:]
    return words


def _person_clusters(entities: Sequence[Entity], index: DocIndex) -> list[_Cluster]:
    genders = {e.id: gender_of(index.entity_token_list(e)) for e in entities}
    words = {e.id: _without_particle(name_words(main_part(e.normal or e.text)))
             for e in entities}
    clusters: list[_Cluster] = []

    def add(cluster: _Cluster, entity: Entity) -> None:
        cluster.mentions.append(entity)
        if genders[entity.id]:
            cluster.genders[genders[entity.id]] += 1

    # patronymics the document writes inside full names (``Борис Николаевич Ельцин``): a
    # two-word ``Бориса Николаевича`` is then first name + patronymic, while ``Виктор
    # Янукович`` (a surname that looks like one) stays a full name
    middles: dict[str, set[str]] = {}
    for w in words.values():
        for m in w[1:-1] if len(w) >= 3 else ():
            if is_patronymic(m):
                for key in surname_keys(m):
                    middles.setdefault(key, set()).add(plain(m))

    # ``Александр Григорьевич`` after ``Александр Лукашенко``: the one person of that first
    # name, addressed with a patronymic no full name writes. Only a word the dictionary reads
    # as nothing but a patronymic (``Янукович``, ``Абрамович`` are surnames too), never one
    # written alone (a surname), and only after the full name.
    alone_words = {plain(w[0]) for w in words.values() if len(w) == 1}
    first_seen: dict[str, tuple[int, set[str]]] = {}  # first name -> (start, its surnames)
    for entity in sorted(entities, key=lambda e: e.start):
        w = words[entity.id]
        if len(w) >= 2 and not only_patronymic(w[-1]):
            first_seen.setdefault(plain(w[0]), (entity.start, set()))[1].add(plain(w[-1]))
    addressed = set()
    for entity in entities:
        w = words[entity.id]
        if len(w) != 2 or not only_patronymic(w[1]) or plain(w[1]) in alone_words:
            continue
        start, surnames = first_seen.get(plain(w[0]), (entity.start, set()))
        known = known_patronymics().get((plain(w[0]), next(iter(surnames), "")))
        if len(surnames) == 1 and start < entity.start and known in (None, plain(w[1])):
            addressed.add(entity.id)  # (not a patronymic the KB gives the namesake otherwise)

    def first_and_patronymic(w: list[str], entity_id: str) -> bool:
        return len(w) == 2 and is_patronymic(w[1]) and (
            entity_id in addressed or any(same_surname(m, w[1], 3)
                                          for key in surname_keys(w[1])
                                          for m in middles.get(key, ())))

    # 1. full names: surname + compatible first name + gender (an identical first name
    #    overrides a tagger's gender slip: ``Марин Ле Пен``)
    by_key = _Blocks()
    for entity in entities:
        w = words[entity.id]
        if len(w) < 2 or first_and_patronymic(w, entity.id):
            continue
        first, middle, last = w[0], w[1:-1], w[-1]
        for cluster in by_key.get(*surname_keys(last)):
            if same_surname(cluster.key, last) \
                    and any(same_first_name(f, first) for f in cluster.firsts) \
                    and (compatible_gender(cluster.gender, genders[entity.id])
                         or plain(first) in {plain(f) for f in cluster.firsts}):
                break
        else:
            cluster = _Cluster("PER", key=last)
            clusters.append(cluster)
            by_key.add_all(surname_keys(last), cluster)
        add(cluster, entity)
        cluster.firsts.add(first)
        cluster.middles.update(m for m in middle if is_patronymic(m))
    full = list(clusters)
    exact_key: dict[str, list[_Cluster]] = {}
    by_first, by_middle, by_deletion = _Blocks(), _Blocks(), _Blocks()
    for cluster in full:
        exact_key.setdefault(plain(cluster.key), []).append(cluster)
        for f in cluster.firsts:
            if not is_initial(f):
                by_first.add_all(surname_keys(f), cluster)
        for m in cluster.middles:
            by_middle.add_all(surname_keys(m), cluster)
        for key in one_deletion_keys(cluster.key):
            by_deletion.add(key, cluster)

    # 2. first name + patronymic (``Бориса Николаевича``): the full name with both
    for entity in entities:
        w = words[entity.id]
        if not first_and_patronymic(w, entity.id):
            continue
        found = [c for c in by_middle.get(*surname_keys(w[1]))
                 if any(same_first_name(f, w[0]) for f in c.firsts)
                 and any(same_surname(m, w[1], 3) for m in c.middles)]
        if not found:  # a patronymic no full name writes: the one full name of that first name
            found = [c for c in by_first.get(*surname_keys(w[0]))
                     if any(plain(f) == plain(w[0]) for f in c.firsts)
                     and compatible_gender(c.gender, genders[entity.id])]
        if len(found) == 1:
            add(found[0], entity)
        else:
            clusters.append(_Cluster("PER", key=w[1], firsts={w[0]}, middles={w[1]}))
            add(clusters[-1], entity)

    # 3. one-word mentions: a surname of a full name, else a unique first name, else alone.
    #    An identical surname of a single full name needs no gender check (the tagger guesses
    #    the gender of indeclinable names); a namesake or an inflection variant does.
    alone_by_key = _Blocks()
    for entity in entities:
        w = words[entity.id]
        if len(w) >= 2:
            continue
        if not w:
            clusters.append(_Cluster("PER", key=plain(entity.text)))
            add(clusters[-1], entity)
            alone_by_key.add_all(surname_keys(clusters[-1].key), clusters[-1])
            continue
        word, gender = w[0], genders[entity.id]
        exact = exact_key.get(plain(word), [])
        written = _without_particle(name_words(entity.text))
        if len(exact) != 1 and len(written) == 1:
            # the document's own spelling of a full name's surname (``Захарова`` by ``Мария
            # Захарова``, ``Жоли`` by ``Мелани Жоли``, ``Ван Керхове``) is that person,
            # whatever case and gender the normaliser guessed for the lone word
            exact = exact_key.get(plain(written[0]), [])
        if len(exact) == 1:
            add(exact[0], entity)
            continue
        owner = exact_key.get(plain(word)[:-1], []) \
            if not exact and plain(word).endswith("а") else []
        if len(owner) == 1 and HARD_STEM_END.search(owner[0].key.lower()):
            # ``ассистентка Чеботарева`` after ``Владимир Чеботарев``: his genitive, which the
            # tagger read as a woman's name; no woman of the text has it (``genitive_surnames``)
            owner[0].mentions.append(entity)  # no gender vote: the tagger's is the slip
            continue
        by_surname = [c for c in by_key.get(*surname_keys(word))
                      if same_surname(c.key, word) and compatible_gender(c.gender, gender)]
        if not by_surname and len(word) >= 5:  # a variant spelling of one full name
            near = [c for c in by_deletion.get(*one_deletion_keys(word))
                    if one_edit_apart(c.key, word) and compatible_gender(c.gender, gender)]
            by_surname = near if len(near) == 1 else []
        if not by_surname:
            candidates = by_first.get(*surname_keys(word))
            if is_initial(word):  # an initial matches every first name with its letter
                candidates = [c for c in full if any(not is_initial(f) for f in c.firsts)]
            matched = [c for c in candidates
                       if any(not is_initial(f) and same_first_name(f, word) for f in c.firsts)
                       and compatible_gender(c.gender, gender)]
            by_surname = matched if len(matched) == 1 else []
        if by_surname:
            add(_nearest(by_surname, entity.start), entity)
            continue
        alone = [c for c in alone_by_key.get(*surname_keys(word))
                 if not c.firsts and same_surname(c.key, word)
                 and compatible_gender(c.gender, gender)]
        if alone:
            add(alone[0], entity)
        else:
            clusters.append(_Cluster("PER", key=word))
            add(clusters[-1], entity)
            alone_by_key.add_all(surname_keys(word), clusters[-1])
    return clusters


def _nearest(clusters: Sequence[_Cluster], position: int) -> _Cluster:
    """The cluster mentioned last before ``position`` (else the first one mentioned after)."""
    if len(clusters) == 1:
        return clusters[0]

    def rank(cluster: _Cluster) -> tuple[int, int]:
        before = [m.start for m in cluster.mentions if m.start < position]
        if before:
            return (1, max(before))
        return (0, -min(m.start for m in cluster.mentions))
    return max(clusters, key=rank)


def org_forms(doc: Document, index: DocIndex) -> dict[str, str]:
    """Nominative name of each ORG/LOC entity, an ORG extended by the genitive place the NER
    split off (``МИД`` + ``России`` -> ``МИД России``), so that ``МИД России`` and
    ``МИД Украины`` stay apart and the name says which ministry."""
    forms = {e.id: e.normal or e.text for e in doc.entities}
    entities = sorted(doc.entities, key=lambda e: e.start)
    pairs = bracketed_pairs(doc)
    # ``Министерства иностранных дел (МИД) Ирана``: the place after the brackets ends the name
    # before them
    named_by = {inner.id: entity for entity, inner in pairs}
    owner: dict[str, str] = {}  # a genitive place -> the body whose name it ends
    for entity, after in zip(entities, entities[1:]):
        gap = doc.text[entity.end:after.start]
        body = entity if gap == " " else named_by.get(entity.id) if _AFTER_BRACKET.fullmatch(gap) \
            else None
        if body is None or body.label != "ORG" or after.label != "LOC":
            continue
        tokens = index.entity_token_list(after)
        if tokens and tokens[0].feats_dict.get("Case") == "Gen":
            forms[body.id] = f"{forms[body.id]} {after.text}"
            owner[after.id] = body.id
    for entity, inner in pairs:  # ``_alternative_keys`` judges the pair
        if "PER" not in (entity.label, inner.label):
            # ``Армия обороны`` + ``Израиля`` + ``(ЦАХАЛ)``: the brackets name the whole body
            named = owner.get(entity.id, entity.id)
            forms[named] = f"{forms[named]} ({forms[inner.id]})"
    return forms


_BRACKET_OPEN = re.compile(r"[»”\"]?\s*[(\[]\s*")
_AFTER_BRACKET = re.compile(r"\s*\) ")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def bracketed_pairs(doc: Document) -> list[tuple[Entity, Entity]]:
    """``A (B)``: an entity and the entity that fills the brackets right after it. The NER
    stage keeps them apart (factRuEval annotates both), coreference puts them together when B
    is another name of A (``Барри Лоуенкрон (Barry Lowenkron)``, ``Союз координационных
    советов (СКС)``)."""
    entities = sorted(doc.entities, key=lambda e: e.start)
    return [(a, b) for a, b in zip(entities, entities[1:])
            if _BRACKET_OPEN.fullmatch(doc.text[a.end:b.start])
            and _BRACKET_CLOSE.match(doc.text, b.end)]


def _transliteration(a: Entity, b: Entity) -> bool:
    """A name in brackets after it in the Latin alphabet is its original spelling: the same
    person (``Барри Лоуенкрон (Barry Lowenkron)``) or body (``Бюро ... (USPTO)``)."""
    return (a.label == "PER") == (b.label == "PER") and bool(_CYRILLIC.search(a.text)) \
        and bool(_LATIN.search(b.text)) and not _CYRILLIC.search(b.text)


def _alternative_keys(form: str) -> list[str]:
    """Other names a form gives for itself: the bracketed one (``Комитет защиты журналистов
    (КЗЖ)``) and the quoted one after a legal form (``ООО «Алтек»``, ``концерн «Майкрософт»``)."""
    out = []
    alt = bracketed(form)
    if alt:
        # only an abbreviation or a translation: ``ООН (ФАО)`` names two bodies; a spelled-out
        # name abbreviates as it likes in brackets (``Армия обороны Израиля (ЦАХАЛ)``)
        main, other = org_key(main_part(form)), org_key(alt)
        if other in acronyms(main) or (" " in main and " " in other) or \
                " " in main and alt.isupper() and " " not in alt and len(alt) >= 2:
            out.append(other)
    quoted = _QUOTED.search(main_part(form))
    if quoted and quoted.group(1).strip() and quoted.start() > 0:
        out.append(org_key(quoted.group(1)))
    return out


#: Case endings of a one-word masculine or neuter body's name (``Росптицесоюз-а``, ``-у``,
#: ``-ом``, ``-е``).
_ORG_CASE_ENDINGS = ("ом", "а", "у", "е")


def _org_loc_clusters(entities: Sequence[Entity], forms: dict[str, str]) -> list[_Cluster]:
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    main_keys = {e.id: org_key(main_part(forms[e.id])) for e in entities}
    for entity in entities:
        find(main_keys[entity.id])
        for alt in _alternative_keys(forms[entity.id]):
            union(main_keys[entity.id], alt)
    keys = sorted(set(main_keys.values()))
    # ``МВД Грузии`` ~ ``Министерство внутренних дел Грузии``: the same place after an
    # abbreviation of the words before it
    spelled: dict[tuple[str, str], set[str]] = {}
    for other in keys:
        words = other.split()
        for cut in range(2, len(words)):
            spelled.setdefault((initials(words[:cut]), " ".join(words[cut:])), set()).add(other)
    for key in keys:
        first, _, rest = key.partition(" ")
        targets = {find(other) for other in spelled.get((first, rest), ())} if rest else ()
        if len(targets) == 1:
            union(targets.pop(), key)
    # an abbreviation joins the one longer name it abbreviates (МИД ~ МИД России)
    # the longer names each one-word key may abbreviate, found by lookup, not by a scan of
    # every key (quadratic in a long document)
    expansions: dict[str, list[str]] = {}
    for other in keys:
        for short in {*other.split()[:1], *acronyms(other), *clipped(other)}:
            expansions.setdefault(short, []).append(other)
    for key in keys:
        if " " in key or len(key) < 2:
            continue
        targets = {find(other) for other in expansions.get(key, ()) if find(other) != find(key)}
        if len(targets) == 1:
            union(targets.pop(), key)
    # a one-word name the normaliser left in an oblique case (``Росптицесоюза``: a word no
    # dictionary knows) is the name it inflects
    key_set = set(keys)
    for key in keys:
        if " " not in key and len(key) >= 6:
            for ending in _ORG_CASE_ENDINGS:
                if key.endswith(ending) and key[:-len(ending)] in key_set:
                    union(key[:-len(ending)], key)
                    break
    by_root: dict[str, _Cluster] = {}
    for entity in entities:
        root = find(main_keys[entity.id])
        cluster = by_root.setdefault(root, _Cluster(entity.label, key=root))
        cluster.mentions.append(entity)
    for cluster in by_root.values():
        cluster.label = "ORG" if any(main_keys[m.id] in INSTITUTIONS for m in cluster.mentions) \
            else _majority_label(cluster.mentions)
    return list(by_root.values())


#: Unit nouns that name a place as well as a body (``Советский Союз``, ``Российская Федерация``).
_PLACE_UNITS = frozenset({"союз", "федерация", "блок", "группа"})


def _majority_label(mentions: Sequence[Entity]) -> str:
    """The label most of a body's or place's mentions have, ORG on a tie — and ORG where one
    ORG mention is named by a body's noun (``Геологическая служба``), whatever its acronym and
    country mentions were tagged (``USGS``, ``США``)."""
    if any(m.label == "ORG" and _body_named(m.normal or m.text) for m in mentions):
        return "ORG"
    labels = Counter(m.label for m in mentions)
    return max(labels, key=lambda lab: (labels[lab], lab == "ORG"))


def _body_named(name: str) -> bool:
    words = [plain(w) for w in name.split()]
    return len(words) >= 2 and any(w in ORG_UNITS and w not in _PLACE_UNITS for w in words[:3])


def _person_name(mentions: Sequence[Entity]) -> str:
    words_of = {m.id: name_words(main_part(m.normal or m.text)) for m in mentions}
    # a surname over a patronymic (``Иван Смирнов`` over a vocative ``Иван Петрович``);
    # ``Шендерович`` is a surname where no other name of the person ends otherwise
    surnames_elsewhere = any(len(w) >= 2 and not is_patronymic(w[-1]) for w in words_of.values())

    def rank(m: Entity) -> tuple:
        normal = main_part(m.normal or m.text)
        words = words_of[m.id]
        n = len({w.lower() for w in words})  # a doubled word (a typo) adds nothing
        spelled = not any(is_initial(w) for w in words)  # ``Иван Петров`` over ``И. Петров``
        surname = len(words) < 2 or not (is_patronymic(words[-1]) and surnames_elsewhere)
        return (m.zone is None, spelled, surname, min(n, 3), n <= 4,
                bool(_CYRILLIC.search(normal)), m.text == normal,
                -m.start)  # Russian text: the Russian spelling
    best = max(mentions, key=rank)
    return main_part(best.normal or best.text)


def _org_name(mentions: Sequence[Entity], names: dict[str, str], label: str) -> str:
    """ORG: the fullest form (spelled-out names before abbreviations, more words first);
    LOC: the most frequent form (``Россия``, not a once-used ``Российская Федерация``).
    Either way a form extended by a dependent is preferred (``МИД`` -> ``МИД России``)."""
    body = [m for m in mentions if m.zone is None] or list(mentions)
    forms = Counter(main_part(names[m.id]) for m in body)
    first_seen: dict[str, int] = {}
    for m in sorted(body, key=lambda m: m.start):
        first_seen.setdefault(main_part(names[m.id]), m.start)

    def spelled_out(form: str) -> int:
        return sum(1 for w in form.split() if not w.isupper())

    if label == "ORG":
        name = max(forms, key=lambda f: (spelled_out(f) > 0, len(f.split()) <= 8,
                                         len(f.split()), forms[f], -first_seen[f]))
        short = [f for f in forms if f.isupper() and " " not in f and f not in name.split()]
        if spelled_out(name) > 1 and len(short) == 1:
            # ``Министерство внутренних дел (МВД)``: the name spelled out with the
            # abbreviation the document also uses for it, as news write a body's first mention
            return f"{name} ({short[0]})"
        return name
    base = max(forms, key=lambda f: (forms[f], len(f), -first_seen[f]))
    extended = [f for f in forms if f != base and plain(f).startswith(plain(base) + " ")]
    if extended:
        return max(extended, key=lambda f: (forms[f], -len(f), -first_seen[f]))
    return base


def _join_transliterations(clusters: list[_Cluster],
                           pairs: Sequence[tuple[Entity, Entity]]) -> list[_Cluster]:
    """The cluster of a Latin name in brackets joins the cluster of the name before it (a
    person's cluster only a person's, an organisation's or place's only one of those)."""
    owner = {m.id: c for c in clusters for m in c.mentions}
    for a, b in pairs:
        if not _transliteration(a, b):
            continue
        ca, cb = owner[a.id], owner[b.id]
        if ca is cb:
            continue
        ca.mentions.extend(cb.mentions)
        for m in cb.mentions:
            owner[m.id] = ca
        cb.mentions = []
        if ca.label != "PER":  # ``… (NASA)`` after a name the NER cut as a place: the majority
            ca.label = _majority_label(ca.mentions)
    return [c for c in clusters if c.mentions]


def cluster_entities(doc: Document, index: DocIndex | None = None) -> tuple[Referent, ...]:
    """Referents of a document's entities, numbered ``r1``… in order of first mention."""
    index = index or DocIndex(doc)
    persons = [e for e in doc.entities if e.label == "PER"]
    others = [e for e in doc.entities if e.label != "PER"]
    forms = org_forms(doc, index)
    clusters = _person_clusters(persons, index) + _org_loc_clusters(others, forms)
    clusters = _join_transliterations(clusters, bracketed_pairs(doc))
    clusters.sort(key=lambda c: c.first_start)
    out = []
    for n, cluster in enumerate(clusters, 1):
        mentions = sorted(cluster.mentions, key=lambda m: m.start)
        name = _person_name(mentions) if cluster.label == "PER" \
            else _org_name(mentions, forms, cluster.label)
        out.append(Referent(f"r{n}", cluster.label, name, tuple(m.id for m in mentions)))
    return tuple(out)


def genitive_surnames(referents: Iterable[Referent]) -> frozenset[str]:
    """``чеботарева`` for ``Владимир Чеботарев``: the genitive of each surname the document
    gives with a first name that declines like a hard-stem noun (a man's). A lone word so
    written is his genitive, not a woman nobody introduced, whatever the tagger reads after a
    feminine noun (``ассистентка Чеботарева``)."""
    out = set()
    for referent in referents:
        words = referent.name.split()
        if referent.label == "PER" and len(words) >= 2 and HARD_STEM_END.search(words[-1].lower()):
            out.add(plain(words[-1]) + "а")
    return frozenset(out)


def referent_map(referents: Iterable[Referent]) -> dict[str, Referent]:
    """Entity id -> its referent."""
    return {mention: ref for ref in referents for mention in ref.mentions}


class ReferentStage:
    name = "referents"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        return [doc.replace(referents=cluster_entities(doc)) for doc in docs]


@register("referents", requires=("entities", "normal"), provides=("referents",))
def make_referents() -> ReferentStage:
    """Within-document coreference: entity mentions clustered into referents."""
    return ReferentStage()
