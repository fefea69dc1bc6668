"""The speaker as an object or described by a participle: ``«…», — цитирует РБК Пескова``,
``приводит ТАСС слова Лаврова``, ``представители ХДС, считавшие, что``; or as the subject of
the speech an outlet relays (``Родригес потребовала …, сообщает DPA``)."""

from __future__ import annotations

from .cues import (ADDRESS_VERBS, MANNER_VERBS, MESSAGE_NOUNS, RELAY_TAIL_VERBS, SPEECH_VERBS,
                   _lemmas)
from .sources import POSSESSIVE_PRONOUNS, SCAN_TOKENS, Source, phrase, subject_left
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
            # ``цитирует губернатора Ивана Петрова ТАСС``: the name the role stands beside
            for k in range(i + 1, min(hi, i + 5)):
                named = view.entity_of_token[k]
                if named is not None and named.label == "PER":
                    return Source("phrase", named.start, named.end)
                if view.is_punct(k) or named is not None:
                    break
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
        if view.lemma[i] in MESSAGE_NOUNS and view.case(i) == "Acc" and \
                view.low[i - 1] not in POSSESSIVE_PRONOUNS and \
                (i + 1 >= hi or view.low[i + 1] in ("в", "во", ",", ".")):
            # ``процитировали сообщение в ТАСС``: a message with no owner is the one the
            # text is about, its author's (``в сообщении говорится``), not the outlet's
            return Source("document")
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


#: Acts of speech that take no clause (``потребовала освобождения``, ``предрёк рост``): an
#: outlet that relays one relays that person's words.
SPEECH_ACT_VERBS = SPEECH_VERBS | MANNER_VERBS | _lemmas("""
    потребовать требовать предложить предлагать попросить просить предречь предрекать
    раскритиковать критиковать осудить осуждать обвинить обвинять поблагодарить благодарить
    поздравить поздравлять назвать называть опровергнуть опровергать пригрозить угрожать
    """)


#: Verbs of addressing or answering somebody (``обратился к участникам форума:``,
#: ``отреагировал:``, ``поздравил россиян:``) and the speech acts: after a colon, what follows
#: is what was said, in whatever person it speaks (``rules.colon_block``).
ADDRESSING_VERBS = SPEECH_ACT_VERBS | ADDRESS_VERBS


#: Verbs an outlet relays with (``…, сообщает DPA``, ``…, писал «Ридус»``).
RELAY_VERBS = RELAY_TAIL_VERBS | _lemmas("сообщить написать")


def relays(view: View, tail: int, outlet: Source) -> bool:
    """Does an organisation relay the sentence before its verb ``tail`` (``…, сообщает DPA``,
    ``…, передают Reuters и Al Jazeera``)?"""
    if view.lemma[tail] not in RELAY_VERBS or outlet.start is None:
        return False
    named = view.entity_of_token[view.token_at(outlet.start)]
    return named is not None and named.label == "ORG"


def relayed_person(view: View, first: int, end: int) -> Source | None:
    """The person whose act of speech a sentence ``[first, end)`` reports as its main clause,
    for a sentence an organisation relays (``relays``: ``Вице-президент Делси Родригес
    потребовала …, сообщает DPA``): the source, the outlet only its channel (GUIDELINE §2a)."""
    for verb in range(first, min(end, first + SCAN_TOKENS)):
        if view.low[verb] == "," or view.ends_sentence(verb):
            return None  # the main clause's verb comes before any comma
        if not view.is_finite(verb):
            continue
        if view.lemma[verb] not in SPEECH_ACT_VERBS:
            return None
        subject = subject_left(view, verb, first)
        if subject is None or subject.start is None:
            return None
        k = view.token_at(subject.start)
        entity = view.entity_of_token[k]
        person = entity is not None and entity.label == "PER" or \
            view.pos[k] == "PRON" and view.lemma[k] in ("он", "она")  # ``Он сообщил о …``
        return subject if person else None
    return None
