"""What a person's roles are made of, for the context evidence of a name link (``evidence``).

The words of their roles and positions, the organisations and places those roles belong to,
and which of them a document names anywhere (``document_supports``).
"""

from __future__ import annotations

from .index import bundled_table
from .lemmas import TENSE_PREFIXES, lemma_candidates, normalize, words
from .records import RoleKey


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


class RoleContext:
    """Role vocabulary and document scans, a part of ``KnowledgeBase``."""

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
