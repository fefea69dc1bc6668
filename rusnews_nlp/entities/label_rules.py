"""One label per name in a document: rules that correct the tagger's label of a span.

slovnet labels each mention from its sentence alone, so one person may be PER in one sentence
and LOC in the next (``администрации Байдена`` reads like a place). Two sources know better
than one sentence: the knowledge base, which knows who ``Байден`` and ``Евросоюз`` are, and the
document, where ``Денис Свиридов`` makes a later ``Свиридове`` a person. Rules run in order
(``LABEL_RULES``); the first that has an opinion decides; ``trace`` says which.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from ..annotations import Entity, Token

#: ``rule(entity, context) -> label or None``: the context is what the rules share.
LabelRule = Callable[[Entity, "LabelContext"], "str | None"]


class LabelContext:
    """What the rules know about one document: its person surnames and the KB."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        from ..kb.base import default_kb
        from ..kb.lemmas import lemma_candidates

        self.kb = default_kb()
        self._keys = lemma_candidates
        self.surnames: set[str] = set()
        for entity in entities:
            words = entity.text.split()
            if entity.label == "PER" and len(words) >= 2:
                self.surnames |= lemma_candidates(words[-1])

    def kb_types(self, text: str) -> set[str]:
        """Types of the KB entries a name may denote (empty when it names none)."""
        return {self.kb.entries[hit.id].type for hit in self.kb.name_hits(text)}

    def is_document_surname(self, text: str) -> bool:
        words = text.split()
        return len(words) == 1 and bool(self._keys(words[0]) & self.surnames)


def kb_person(entity: Entity, context: LabelContext) -> str | None:
    """A name the KB knows only as a person's is a person (``администрации Байдена``)."""
    if entity.label != "PER" and context.kb_types(entity.text) == {"PER"}:
        return "PER"
    return None


def document_person(entity: Entity, context: LabelContext) -> str | None:
    """One word that is the surname of a person named in full elsewhere in the document is
    that person (``Денис Свиридов`` ... ``о Свиридове``)."""
    if entity.label != "PER" and context.is_document_surname(entity.text):
        return "PER"
    return None


def kb_organisation(entity: Entity, context: LabelContext) -> str | None:
    """A name the KB knows only as an organisation's is one (``Евросоюз``, ``Белый дом``,
    ``Викиновости``, which the tagger may read as a person)."""
    if entity.label != "ORG" and context.kb_types(entity.text) == {"ORG"}:
        return "ORG"
    return None


def kb_place(entity: Entity, context: LabelContext) -> str | None:
    """A name the KB knows only as a place's is one, also where it acts (``Москва
    заявила``): factRuEval annotates a state or city acting as such a LocOrg, a location."""
    if entity.label == "ORG" and context.kb_types(entity.text) == {"LOC"}:
        return "LOC"
    return None


#: Russian compound names of bodies (``сложносокращённые слова``): a state or city prefix, then
#: a stem of a trade or a body (``Рос-птице-союз``, ``Мин-пром-торг``, ``Мос-гор-суд``).
_COMPOUND_BODY = re.compile(
    r"(?:рос|мос|гос|мин|глав|всерос|обл|гор|мир|внеш|спец|газ|сбер)\w*?"
    r"(?:союз|банк|нефт|пром|надзор|строй|торг|трест|энерго|авиа|космос|атом|транс|инвест|"
    r"агро|связ|контрол|суд|наук|здрав|обрнадзор|потреб|тех|сеть|сет|ком|фин|стат)\w*")


def compound_organisation(entity: Entity, context: LabelContext) -> str | None:
    """One word built like a body's compound name is an organisation, whatever the tagger
    read (``Президент Росптицесоюза`` is no person); a KB person keeps the label."""
    words = entity.text.split()
    if entity.label != "ORG" and len(words) == 1 and \
            _COMPOUND_BODY.fullmatch(words[0].lower()) and "PER" not in \
            context.kb_types(entity.text) and not context.is_document_surname(entity.text):
        return "ORG"
    return None


#: The rules, in order; the first that returns a label decides.
LABEL_RULES: tuple[tuple[str, LabelRule], ...] = (
    ("kb_person", kb_person),
    ("document_person", document_person),
    ("kb_organisation", kb_organisation),
    ("kb_place", kb_place),
    ("compound_organisation", compound_organisation),
)


def consistent_labels(entities: Sequence[Entity],
                      trace: list[tuple[str, str, str, str]] | None = None) -> list[Entity]:
    """``entities`` with labels corrected by ``LABEL_RULES``; ``trace`` (if given) collects
    ``(rule, text, old label, new label)`` for each change."""
    if not entities:
        return []
    context = LabelContext(entities)
    out: list[Entity] = []
    for entity in entities:
        for name, rule in LABEL_RULES:
            label = rule(entity, context)
            if label is not None:
                if label != entity.label:
                    if trace is not None:
                        trace.append((name, entity.text, entity.label, label))
                    entity = replace(entity, label=label)
                break
        out.append(entity)
    return out


def kb_organisations(tokens: Sequence[Token], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the one-word organisation names the tagger missed that the KB knows
    only as organisations (``Сбербанк снижает ставки``, ``Компания Газпром подписала``: a name
    at a sentence's start or after its kind noun, once its quotation marks are lost). The KB
    holds proper names, not common words, so a capital word it knows is a name."""
    from ..kb.base import default_kb

    covered = _covered(entities)
    context: LabelContext | None = None
    added: list[Entity] = []
    prefixes = _org_prefixes(default_kb())
    for token in tokens:
        word = token.text
        if len(word) < 3 or not word[0].isupper() or not word.replace("-", "").isalpha():
            continue
        if word[:PREFIX].lower().replace("ё", "е") not in prefixes:
            continue  # the KB's bodies start otherwise: no lookup
        if covered(token.start, token.start + 1):
            continue
        context = context or LabelContext(entities)
        if context.kb_types(word) == {"ORG"}:
            added.append(Entity("", token.start, token.end, word, "ORG"))
    return _with_added(entities, added)


def _covered(entities: Sequence[Entity]) -> Callable[[int, int], bool]:
    """A test whether ``[start, end)`` overlaps one of ``entities`` (bisected, not scanned)."""
    spans = sorted((e.start, e.end) for e in entities)
    starts = [a for a, _ in spans]

    def covered(start: int, end: int) -> bool:
        k = bisect_right(starts, end - 1) - 1
        return k >= 0 and spans[k][1] > start
    return covered


def _with_added(entities: Sequence[Entity], added: list[Entity]) -> list[Entity]:
    """``entities`` and the names a rule ``added`` after the tagger, in text order."""
    return sorted([*entities, *added], key=lambda e: e.start) if added else list(entities)


#: A site's address as news names an outlet by it (``mk.ru``, ``vedomosti.ru``, ``rbc.ua``).
_DOMAIN = re.compile(r"(?<![\w.@/-])(?:[a-z0-9][a-z0-9-]*\.)+(?:ru|su|com|org|net|info|ua|by|"
                     r"kz|uz|am|ge|az|md|kg|lv|lt|ee|news|tv|media|io|рф)(?![\w@/-])",
                     re.IGNORECASE)


def web_outlets(text: str, tokens: Sequence[Token], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the sites the tagger missed named by their address (``по данным
    сайта mk.ru``, ``сообщает 360.ru``): an outlet, ORG, like ``Lenta.ru`` that it does tag.
    The address must start and end on token boundaries (razdel splits ``mk.ru`` in three)."""
    if "." not in text:
        return list(entities)
    covered = _covered(entities)
    token_starts = {t.start for t in tokens}
    token_ends = {t.end for t in tokens}
    added: list[Entity] = []
    for match in _DOMAIN.finditer(text):
        start, end = match.span()
        if start in token_starts and end in token_ends and not covered(start, end):
            added.append(Entity("", start, end, text[start:end], "ORG"))
    return _with_added(entities, added)


#: Letters of a one-word body's name that a word must share before the KB is asked.
PREFIX = 4


@lru_cache(maxsize=4)
def _org_prefixes(kb) -> frozenset[str]:
    """The first letters of the one-word names and aliases of the KB's organisations."""
    return frozenset(name[:PREFIX].lower().replace("ё", "е")
                     for entry in kb.entries.values() if entry.type == "ORG"
                     for name in (entry.name, *entry.aliases) if name and " " not in name)
