"""The speaker as an object or described by a participle: ``«…», — цитирует РБК Пескова``,
``приводит ТАСС слова Лаврова``, ``представители ХДС, считавшие, что``."""

from __future__ import annotations

from .cues import MESSAGE_NOUNS
from .sources import POSSESSIVE_PRONOUNS, SCAN_TOKENS, Source, phrase
from .view import OPENING_MARKS, View


def object_right(view: View, verb: int, hi: int) -> Source | None:
    """The person quoted by ``цитирует``: the first person after the verb in any case, or a
    possessive right after it (``цитирует его слова агентство`` -> его)."""
    for i in range(verb + 1, min(hi, verb + 1 + SCAN_TOKENS)):
        if i <= verb + 2 and view.low[i] in POSSESSIVE_PRONOUNS:
            t = view.tokens[i]
            return Source("phrase", t.start, t.end)
        entity = view.entity_of_token[i]
        if entity is not None and entity.label == "PER":
            return Source("phrase", entity.start, entity.end)
        if entity is None and view.pos[i] == "NOUN" and view.case(i) == "Acc" and \
                view.feats[i].get("Animacy") == "Anim":
            return phrase(view, i, i, hi)  # ``цитирует ТАСС главу турецкой дипломатии``
        if (view.lemma[i] == "слово" or view.lemma[i] in MESSAGE_NOUNS) and i + 1 < hi and \
                view.case(i + 1) == "Gen" and view.pos[i + 1] in ("NOUN", "PROPN", "ADJ"):
            head = i + 1  # ``приводит ТАСС слова представителя МИД``: whose words
            while head + 1 < hi and view.pos[head] == "ADJ":
                head += 1
            # up to the subject after it (``приводит сообщение ведомства РИА Новости``)
            stop = next((k for k in range(head + 1, hi) if view.case(k) == "Nom" or (
                view.entity_of_token[k] is not None
                and view.entity_of_token[k] is not view.entity_of_token[head])
                or view.tokens[k].text in OPENING_MARKS), hi)  # ``… терапевта «Звезда»``
            return phrase(view, head, i + 1, stop)
    return None


def participle_head(view: View, participle: int, lo: int) -> Source | None:
    """The noun a participle phrase describes: ``представители ХДС, считавшие, что`` ->
    ``представители ХДС``; in an oblique case, the name right before the comma it agrees with
    (``заявление Марии Захаровой, сообщившей, что`` -> Захарова)."""
    if participle - 1 <= lo or view.low[participle - 1] != ",":
        return None
    if view.case(participle) != "Nom":
        k = participle - 2
        feats, own = view.feats[k], view.feats[participle]
        if view.pos[k] in ("NOUN", "PROPN") and view.case(k) == view.case(participle) and \
                feats.get("Number") == own.get("Number") and \
                feats.get("Gender", own.get("Gender")) == own.get("Gender", feats.get("Gender")) \
                and feats.get("Animacy") == "Anim":
            return phrase(view, k, lo, participle - 1)
        return None
    for k in range(participle - 2, max(lo, participle - SCAN_TOKENS) - 1, -1):
        if view.low[k] in (",", ";", ":") or view.is_finite(k):
            return None
        if view.pos[k] in ("NOUN", "PROPN", "PRON") and view.case(k) == "Nom":
            return phrase(view, k, lo, participle - 1)
    return None
