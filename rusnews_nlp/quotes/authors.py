"""Whose message an impersonal report cites (``В письме говорится``, ``— отмечается в
комментарии``): the person or body the sentences before show making it.

By the guideline the source of ``в сообщении говорится`` is the message's author. A text
says who that is in two ways that hold for Russian news in general, not for one outlet:

* the message is the object of the verb that sent, published or signed it (``Лавров
  направил письмо``, ``выступил с обращением``, ``внёс законопроект``);
* the message is named by the noun of the very speech act the text reported just before
  (``Песков прокомментировал ситуацию. «…», — говорится в комментарии``): its doer wrote it;
* the message was named before with its owner (``Его заявление приводит Reuters. «…», —
  говорится в заявлении``).

Either way the author is that verb's subject; the few sentences are this one and the two
before, so that a message mentioned long ago does not claim a later report.
"""

from __future__ import annotations

from typing import Any

from ..annotations import Speaker
from .cues import MESSAGE_NOUNS, NOUN_OF_SPEECH_ACT
from .places import _possessive_before
from .sources import Source, subject_left
from .view import View

#: How many tokens before its object the sending verb may stand (``направил вчера письмо``).
VERB_REACH = 4
#: How many sentences before the report the sending verb may stand (``Зеленский обратился к
#: нации. Выступление транслировал телеканал. «…», — говорится в обращении``).
SENTENCES_BACK = 2


def message_sender(view: View, sentence: int, cue_start: int, resolver: Any) -> Speaker | None:
    """The subject of the verb that made the message the report at ``cue_start`` cites, in
    ``sentence`` or the two before, as a speaker; None when no such verb has a subject the
    resolver knows."""
    if resolver is None:
        return None
    cited = cited_message(view, sentence)
    for s in range(sentence, sentence - 1 - SENTENCES_BACK, -1):
        if s < 0:
            break
        a, b = view.sent_ranges[s]
        for k in range(a, b):
            if view.tokens[k].start >= cue_start:
                break
            if s < sentence and cited is not None and view.lemma[k] == cited and \
                    view.pos[k] == "NOUN" and not view.inside_quote(k):
                owner = _possessive_before(view, k, a)  # ``Его заявление приводит Reuters``
                speaker = _named(resolver, owner, cue_start)
                if speaker is not None:
                    return speaker
            verb = _sending_verb(view, k, a)
            if verb is None and cited is not None and view.is_finite(k) and \
                    not view.inside_quote(k) and \
                    cited in NOUN_OF_SPEECH_ACT.get(view.lemma[k], ()):
                verb = k  # ``прокомментировал`` … ``в комментарии``
            found = subject_left(view, verb, a) if verb is not None else None
            speaker = _named(resolver, found, cue_start)
            if speaker is not None:
                return speaker
    return None


def _named(resolver: Any, found: Source | None, cue_start: int) -> Speaker | None:
    """The person or body a phrase names, as a speaker, or None when it names nobody."""
    if found is None or found.kind != "phrase" or found.start is None:
        return None
    speaker = resolver.resolve(found.start, found.end, cue_start)
    if speaker is None or not speaker.name or speaker.type not in ("PER", "ORG"):
        return None
    return Speaker(speaker.name, speaker.type, speaker.referent)


def cited_message(view: View, sentence: int) -> str | None:
    """The lemma of the message noun a report in ``sentence`` cites outside quotation marks
    (``говорится в комментарии`` -> ``комментарий``), or None."""
    a, b = view.sent_ranges[sentence]
    for k in range(a + 1, b):
        if view.lemma[k] in MESSAGE_NOUNS and view.pos[k] == "NOUN" and \
                view.low[k - 1] in ("в", "во") and not view.inside_quote(k):
            return view.lemma[k]
    return None


def _sending_verb(view: View, noun: int, lo: int) -> int | None:
    """The finite verb right before a message noun that is its object (``направил письмо``,
    ``выступил с заявлением``), or None."""
    if view.lemma[noun] not in MESSAGE_NOUNS or view.pos[noun] != "NOUN" or \
            view.case(noun) not in ("Acc", "Ins") or view.inside_quote(noun):
        return None
    return next((m for m in range(noun - 1, max(lo, noun - VERB_REACH) - 1, -1)
                 if view.is_finite(m)), None)
