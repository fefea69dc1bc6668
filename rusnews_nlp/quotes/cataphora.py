"""Cataphora: a text — or an excerpt of one — that opens with ``По словам президента, …`` or
``— сказал он`` before it names anybody, and names the person only later (``— полагает
Науседа``). GUIDELINE §3 gives such a quote the person the document names, so a role or a
pronoun that found no antecedent takes the first person quoted after it, when nobody else is
named in between, nothing (gender, the knowledge base) rules that person out, and — for a
role — the document names them by that role too."""

from __future__ import annotations

from typing import Any, Sequence

from ..annotations import Speaker
from ..kb.lexicon import OFFICE_TITLES, PERSON_ROLES, SAME_OFFICES
from .rules import Candidate
from .speakers.phrases import EXPERT_NOUNS
from .view import View

#: How far (in characters) the person may be named after the quote that announces them.
CATAPHORA_WINDOW = 800

Resolved = tuple[Candidate, Speaker | None, str]

#: Role nouns that name one role (an office's two names, the kinds of expert).
ROLE_SYNONYMS = (*SAME_OFFICES, EXPERT_NOUNS)


#: A personal pronoun or possessive for one person, and the gender it shows.
PERSON_PRONOUNS = {"он": "Masc", "его": "Masc", "она": "Fem", "ее": "Fem", "её": "Fem"}


def _head(view: View, start: int, end: int) -> int | None:
    """The first noun or pronoun of a short phrase, if it is singular."""
    a = view.token_at(start)
    b = view.token_at(end - 1) + 1
    words = [k for k in range(a, b) if view.pos[k] != "PUNCT"]
    if not words or len(words) > 4:
        return None
    head = next((k for k in words if view.pos[k] in ("NOUN", "PRON", "DET")), None)
    if head is None or view.feats[head].get("Number") == "Plur":
        return None
    return head


def announcing(view: View, cand: Candidate, speaker: Speaker | None
                ) -> tuple[str, str | None] | None:
    """``(role, gender)`` of a singular person the quote's source phrase points to without
    naming: a personal pronoun (role ``""``, its gender) or a person's role (its lemma, no
    gender: a role noun's grammatical gender is not its holder's) — if left unnamed."""
    source = cand.source
    if speaker is None or speaker.type != "UNNAMED" or source.kind != "phrase" or \
            source.start is None or source.end is None:
        return None
    head = _head(view, source.start, source.end)
    if head is None:
        return None
    if view.low[head] in PERSON_PRONOUNS or view.lemma[head] in ("он", "она"):
        return "", PERSON_PRONOUNS.get(view.low[head]) or view.feats[head].get("Gender")
    if view.lemma[head] in OFFICE_TITLES or view.lemma[head] in PERSON_ROLES:
        return view.lemma[head], None
    return None


def roles_of(view: View, out: Sequence[Resolved], referent: str | None) -> set[str]:
    """The role lemmas of the phrases that name ``referent`` as a speaker (``президента
    Литвы`` -> Науседа): the document's own word that the role is theirs."""
    roles = set()
    for cand, speaker, _ in out:
        source = cand.source
        if speaker is not None and speaker.referent == referent and referent is not None \
                and source.kind == "phrase" and source.start is not None and \
                source.end is not None:
            head = _head(view, source.start, source.end)
            if head is not None:
                roles.add(view.lemma[head])
    return roles


def _someone_else(view: View, start: int, end: int, referent: str | None,
                  quoted: Sequence[tuple[int, int]], resolver: Any) -> bool:
    """Is a person other than ``referent`` named in ``[start, end)`` outside the quotes?"""
    for entity in view.doc.entities:
        if entity.label != "PER" or not start <= entity.start < end or \
                any(a <= entity.start < b for a, b in quoted):
            continue
        found = resolver.referent_for_entity(entity.id) if resolver is not None and \
            hasattr(resolver, "referent_for_entity") else None
        if found is None or found.id != referent:
            return True
    return False


def same_role(role: str, roles: set[str]) -> bool:
    """Is ``role`` one of ``roles`` or another name of one (``Эксперт: …`` for ``аналитик
    Иван Петров``, ``Наставник: …`` for ``тренер X``)?"""
    return role in roles or any(role in same and roles & same for same in ROLE_SYNONYMS)


def announced(view: View, out: list[Resolved], resolver: Any) -> list[Resolved]:
    """``out`` with the quotes before the first person quoted by name given that person
    where the quote's role or pronoun announces them (module docstring)."""
    first = next((k for k, (_, s, _) in enumerate(out)
                  if s is not None and s.type == "PER" and s.name and s.start is not None),
                 None)
    if first is None:
        return out
    target = out[first][1]
    assert target is not None and target.start is not None
    known = resolver.referent_gender(target.referent) \
        if resolver is not None and hasattr(resolver, "referent_gender") else None
    quoted = [(c.start, c.end) for c, _, _ in out]
    result = list(out)
    roles = roles_of(view, out, target.referent) | (
        resolver.role_heads(target.referent) if hasattr(resolver, "role_heads") else set())
    for k in range(first):
        cand, speaker, how = out[k]
        found = announcing(view, cand, speaker)
        if found is None or target.start - cand.end > CATAPHORA_WINDOW:
            continue
        role, gender = found
        if role and not same_role(role, roles) or gender and known and gender != known:
            continue  # ``Министр … сообщил`` and later ``Глава института Хорхе Чавес``
        source = cand.source
        if _someone_else(view, min(cand.start, source.start or cand.start), target.start,
                         target.referent, quoted, resolver):
            continue
        if resolver is not None and hasattr(resolver, "role_contradicts") and \
                resolver.role_contradicts(target.name, source.start, source.end):
            continue
        result[k] = (cand, Speaker(target.name, target.type, target.referent,
                                   source.start, source.end,
                                   view.text[source.start:source.end]),  # type: ignore[index]
                     how + "+cataphora")
    return result
