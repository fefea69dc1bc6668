"""Role phrases: what ``глава МИД Франции`` means, and who held it on a date.

A phrase parses into role keys (position, jurisdiction) with a tense (``бывший``, ``экс-``,
``избранный``); a key's holders on a day are certain, possible or none, since term boundaries
may be known to a month or a year only. ``role_before`` finds the role phrase right before a
mention in running text (``по словам главы МИД России Сергея Лаврова``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import _TOKEN, TENSE_PREFIXES, TENSE_WORDS, _cases, lemma_candidates, normalize, words
from .records import Date, RoleKey, RoleParse


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


def _phrase_keys(text: str) -> list[frozenset[str]]:
    return [lemma_candidates(t) for t in words(text)]


class RolePhrases:
    """Role parsing and holders, a part of ``KnowledgeBase`` (which builds the indexes)."""

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
