"""Phrases matched word by word on sets of keys: exact phrase matching that ignores
inflection (the KB's names, positions, jurisdictions and role phrases are indexed so)."""

from __future__ import annotations

from typing import Any, Callable, Sequence


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
