"""Running the rules on a document: candidates -> non-overlapping quotes with speakers.

1. every rule of ``rules.RULES`` proposes candidates;
2. ``select`` keeps them in rule order, dropping one that overlaps a kept quote (an indirect
   quote with its own subject may nest inside another indirect quote);
3. speakers are resolved in text order, because a quote with no written subject (``«…», —
   добавил.``, a quoted paragraph continuing a speech) takes the speaker before it;
4. quotes get ids ``q1``, ``q2``… in text order.

Every decision is recorded in a ``TraceEntry`` list: ``trace(doc)`` returns it.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..annotations import Cue, Document, Quote, Speaker
from ..entities.referents import acronyms, org_key
from ..entities.span_rules import PROPER
from ..kb.lexicon import (GENERIC_BODY_NOUNS, LATTER_PRONOUNS, METONYMS, OFFICE_TITLES,
                          UNNAMED_SOURCES, body_noun, metonym)
from .authors import message_sender
from .cataphora import announced
from .echoes import echoed
from .rules import RULES, Candidate, lemma_of_cue, rule_index
from .sources import POSSESSIVE_PRONOUNS, Source
from .view import View

#: A zero subject (``Заявил, что…``) or a continuing quotation takes the last speaker only
#: if that speaker spoke at most this many characters before.
PREVIOUS_SPEAKER_WINDOW = 3000


@dataclass(frozen=True, slots=True)
class TraceEntry:
    """One candidate and what happened to it."""

    rule: str
    start: int
    end: int
    text: str
    decision: str  # "kept" | "dropped"
    reason: str
    speaker: str | None = None
    speaker_by: str | None = None  # how the speaker was found

    def format(self) -> str:
        snippet = self.text if len(self.text) <= 70 else self.text[:67] + "..."
        who = f" -> {self.speaker!r} ({self.speaker_by})" if self.decision == "kept" else ""
        return (f"{self.decision:7} {self.rule:28} [{self.start}:{self.end}] {snippet!r}"
                f"{who}{'' if self.decision == 'kept' else ' : ' + self.reason}")


def candidates(view: View) -> list[Candidate]:
    found: list[Candidate] = []
    for rule in RULES:
        found.extend(rule.find(view))
    return found


def select(cands: Sequence[Candidate]) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """Keep candidates by rule priority; returns kept ones and (dropped, reason) pairs.

    Kept top-level quotes are disjoint. Rules are taken one at a time: a rule's candidates (by
    start) are checked against the quotes kept from earlier rules by bisection and against the
    last one kept from the same rule, then merged in — linear in the number of candidates.
    """
    by_rule: dict[int, list[Candidate]] = {}
    for cand in cands:
        by_rule.setdefault(rule_index(cand.rule), []).append(cand)
    tops: list[Candidate] = []  # disjoint, sorted by start
    starts: list[int] = []
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = []
    for index in sorted(by_rule):
        batch = sorted(by_rule[index], key=lambda c: (c.start, -c.end))
        added: list[Candidate] = []
        for cand in batch:
            clash = None
            i = bisect_left(starts, cand.start)
            for j in (i - 1, i):
                if 0 <= j < len(tops) and tops[j].start < cand.end and cand.start < tops[j].end:
                    clash = tops[j]
                    break
            if clash is None and added and added[-1].end > cand.start:
                clash = added[-1]
            if cand.rule == "indirect_nested":
                if clash is not None and clash.type == "direct" and \
                        clash.start <= cand.start and cand.end <= clash.end and \
                        cand.source.start is not None and cand.source.end is not None and \
                        clash.start <= cand.source.start and cand.source.end <= clash.end:
                    kept.append(cand)  # a third party's words inside direct speech
                else:
                    dropped.append((cand, "not inside a direct quote"))
            elif clash is None:
                added.append(cand)
                kept.append(cand)
            elif cand.rule == clash.rule == "according_to_back_reference" and \
                    (clash.start, clash.end) == (cand.start, cand.end):
                kept.append(cand)  # ``A. Об этом сообщил X. Информацию подтвердил Y.``
            elif (cand.may_nest and (clash.type in ("indirect", "mixed") or
                                     cand.rule == "direct_nested")
                  and clash.start <= cand.start and cand.end <= clash.end
                  and (clash.start, clash.end) != (cand.start, cand.end)):
                kept.append(cand)
            else:
                dropped.append((cand, f"overlaps {clash.rule} [{clash.start}:{clash.end}]"))
        if added:
            tops = list(heapq.merge(tops, added, key=lambda c: c.start))
            starts = [c.start for c in tops]
    kept.sort(key=lambda c: (c.start, c.end))
    return kept, dropped


# --------------------------------------------------------------------------- speakers


def _resolver(doc: Document) -> Any:
    """The referents developer's ``SpeakerResolver``, or None if the module is absent."""
    try:
        from .speakers.resolver import SpeakerResolver
    except ModuleNotFoundError as error:
        if error.name not in ("rusnews_nlp.quotes.speakers.resolver",):
            raise
        return None
    return SpeakerResolver(doc)


def _spelled_out(view: View, name: str) -> Any:
    """The one body of the document an abbreviation the NER did not take for a name stands
    for (a headline's ``ЕР:`` by ``«Единой России»``), if any."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        return None
    found = [r for r in view.doc.referents or () if r.label == "ORG"
             and " " in (key := org_key(r.name)) and name.lower() in acronyms(key)]
    return found[0] if len(found) == 1 else None


def _fallback(view: View, start: int, end: int) -> Speaker | None:
    """Without a resolver answer: the entity in the phrase, else a quoted or capitalised
    name as an organisation (``«Лента.ру»``), else nobody."""
    a = view.token_at(start)
    b = view.token_at(end - 1) + 1 if end > start else a
    nouns = [k for k in range(a, min(b, len(view.tokens))) if view.pos[k] == "NOUN"]
    body = bool(nouns) and view.entity_of_token[nouns[0]] is None and \
        body_noun(view.lemma[nouns[0]])
    for label in ("PER", "ORG") if body else ("PER", "ORG", "LOC"):
        # ``агентство по чрезвычайным ситуациям Филиппин``: the body, not its country
        for k in range(a, min(b, len(view.tokens))):
            entity = view.entity_of_token[k]
            if entity is not None and entity.label == label:
                return Speaker(entity.normal or entity.text, label, None, start, end,
                               view.text[start:end])
    if b - a == 1 and (view.pos[a] in ("PRON", "DET") or view.low[a] in LATTER_PRONOUNS):
        return None  # ``Его предупреждение …``, ``Последний заявил``: a pronoun is no name
    if any(view.lemma[k] in UNNAMED_SOURCES and not (  # (``местную полицию``: an adjective)
            view.pos[k] == "ADJ" and k + 1 < b and view.pos[k + 1] == "NOUN")
           for k in range(a, min(b, len(view.tokens)))):
        return None  # ``Ряд астрономов полагает``: a share of an unnamed group
    name = view.text[start:end].strip(" «»\"“”„")
    if nouns == [b - 1] and (METONYMS.get(metonym(view.lemma[b - 1]) or "") == () or
                             view.lemma[b - 1] in GENERIC_BODY_NOUNS):
        # ``в сообщении компании``, ``Ведомство уточнило``: a bare kind of body that points
        # back to one the resolver found none of names nobody (GUIDELINE §2a: never a bare
        # noun); ``в правительстве``, ``суд`` name the one body of their kind
        return None
    if nouns and view.feats[nouns[-1]].get("Number") == "Plur" and \
            view.feats[nouns[-1]].get("Animacy") == "Anim":
        # ``Некоторые наши слушатели``: a group of people (no entity is in the phrase: the
        # loop above returned it), nobody named
        return None
    spelled = _spelled_out(view, name)
    if spelled is not None:
        return Speaker(spelled.name, spelled.label, spelled.id, start, end, view.text[start:end])
    if name[:1].isupper() and not (b - a == 1 and _person_noun(view.tokens[a].text)):
        # a capitalised name is a body's (``«Лента.ру»``); ``Индонезиец рассказал`` is nobody's
        return Speaker(name, "ORG", None, start, end, view.text[start:end])
    if name[:1].isascii() and name[:1].isalpha():  # a nickname: ``пользователь ЖЖ zyalt``
        return Speaker(name, "PER", None, start, end, view.text[start:end])
    # ``(в) милиции``, ``министерстве финансов``; ``пресс-служба правительства``,
    # ``полиция``: a body the resolver does not know, its head in the nominative
    if nouns and (view.case(nouns[0]) == "Loc" or body_noun(view.lemma[nouns[0]])):
        head = nouns[0]
        rest = view.text[view.tokens[head].end:end]
        if view.feats[head].get("Number") == "Plur" and not rest.strip(" ,.«»\""):
            return None  # ``в правоохранительных органах``: a kind of bodies, none named
        second = head + 2  # ``правительства и губернатора области``: both heads, nominative
        if second < b and view.low[head + 1] == "и" and view.pos[second] == "NOUN" and \
                view.case(second) == view.case(head):
            token = view.tokens[second]
            rest = view.text[view.tokens[head].end:token.start] + (token.lemma or token.text) + \
                view.text[token.end:end]
        return Speaker((view.tokens[head].lemma or view.tokens[head].text) + rest, "ORG", None,
                       start, end, view.text[start:end])
    return None


def _bare_noun(view: View, start: int, end: int) -> int | None:
    """The token of the phrase's one noun when it is the phrase's last word (``министерство``,
    ``в коммунальной службе``), else None."""
    a = view.token_at(start)
    b = view.token_at(end - 1) + 1 if end > start else a
    nouns = [k for k in range(a, min(b, len(view.tokens))) if view.pos[k] == "NOUN"]
    return b - 1 if nouns == [b - 1] else None


def _same_kind(view: View, start: int, end: int, speaker: Speaker | None) -> bool:
    """The phrase is one bare noun pointing back to a body (``министерство``) and
    ``speaker`` is an organisation whose name starts with that noun or a compound of it."""
    noun = _bare_noun(view, start, end)
    if speaker is None or speaker.type != "ORG" or not speaker.name or noun is None:
        return False
    kind = metonym(view.lemma[noun])
    first = speaker.name.split(" ", 1)[0].lower().replace("ё", "е")
    return kind is not None and metonym(first) == kind


def _person_noun(word: str) -> bool:
    """Is ``word`` (capitalised at a sentence start, so the tagger may call it a proper
    noun) a common noun for a person in the dictionary (``Индонезиец``, ``Пенсионерка``), or
    an adjective or participle standing for one (``Осужденный``, ``Пострадавшая``)?"""
    from ..models.resources import morph_analyzer

    parses = morph_analyzer().parse(word.lower())
    if not parses or not parses[0].is_known or PROPER & parses[0].tag.grammemes:
        return False
    tag = parses[0].tag
    return "NOUN" in tag and "anim" in tag or \
        tag.POS in ("ADJF", "PRTF") and "nomn" in tag and "sing" in tag


def _gender_at(view: View, start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        return None
    for k in range(view.token_at(start), min(view.token_at(max(end - 1, start)) + 1,
                                              len(view.tokens))):
        gender = view.feats[k].get("Gender")
        if gender and view.pos[k] in ("PROPN", "PRON", "NOUN"):
            return gender
    return None


@dataclass
class _State:
    speaker: Speaker | None = None
    gender: str | None = None
    position: int = -1
    sentence: int = -1
    start: int = -1  # where the last attributed quote starts


def resolve(view: View, kept: Sequence[Candidate], resolver: Any
            ) -> list[tuple[Candidate, Speaker | None, str]]:
    """Speakers for kept candidates in text order: ``(candidate, speaker, how)``."""
    out: list[tuple[Candidate, Speaker | None, str]] = []
    state = _State()
    # one cue and source phrase, one speaker: ``«A, — сказал он, — B»`` (both halves)
    by_cue: dict[tuple | None, tuple[Speaker | None, str]] = {}
    speech: tuple[Candidate, Speaker | None] | None = None  # the last direct quote
    for cand in kept:
        source = cand.source
        if cand.rule == "indirect_nested":
            out.append((cand, *_nested_speaker(view, cand, speech, resolver)))
            continue
        cue_start = view.tokens[cand.cue[0]].start if cand.cue else cand.start
        sentence = view.sent_of[cand.cue[0]] if cand.cue else view.sent_of[view.token_at(cand.start)]
        key = (cand.cue, source.start, source.end) if cand.cue and source.kind == "phrase" \
            else None
        if key in by_cue:
            speaker, how = by_cue[key]
        else:
            speaker, how = _resolve_one(view, cand, source, resolver, state, cue_start, sentence)
            if key is not None:
                by_cue[key] = (speaker, how)
        out.append((cand, speaker, how))
        if cand.type == "direct":
            speech = (cand, speaker)
        if resolver is not None and hasattr(resolver, "note_reported"):
            resolver.note_reported(cand.start, cand.end, speaker, cand.type == "direct")
        if speaker is not None and source.kind not in ("document",):
            state.speaker = speaker
            known = resolver.referent_gender(speaker.referent) \
                if resolver is not None and hasattr(resolver, "referent_gender") else None
            # a role noun's grammatical gender is not its holder's (``сказала вице-премьер``)
            state.gender = known or (_gender_at(view, speaker.start, speaker.end)
                                     if speaker.start is not None else
                                     state.gender if how.startswith("previous") else None)
            state.position, state.start = cand.end, cand.start
            state.sentence = sentence
    return out


def _nested_speaker(view: View, cand: Candidate, speech: tuple[Candidate, Speaker | None] | None,
                    resolver: Any) -> tuple[Speaker, str]:
    """The third party a direct speaker reports (``«Министр сказал нам, что …», — рассказал
    Петров``): the phrase resolved by itself, never the speaker whose speech holds it (a role
    or pronoun the document gives nobody else is nobody named), and not a speaker the quotes
    after it continue."""
    start, end = cand.source.start, cand.source.end
    assert start is not None and end is not None
    found = _person_speaker(view, cand.source, resolver,
                            view.tokens[cand.cue[0]].start if cand.cue else start)
    outer = speech[1] if speech is not None and speech[0].start <= cand.start \
        and cand.end <= speech[0].end else None
    if found is None or found.name is None or outer is not None and outer.name is not None \
            and found.name == outer.name:
        return Speaker(None, "UNNAMED", None, start, end, view.text[start:end]), "nested:unnamed"
    return found, "nested"


#: How close after a person's quote an impersonal statement with no body behind it
#: (``При этом подчёркивается``) still goes on with that person's words.
DOCUMENT_SPEAKER_WINDOW = 300


def _recent(state: _State, position: int, window: int = PREVIOUS_SPEAKER_WINDOW) -> bool:
    return state.speaker is not None and position - state.position <= window


#: A role with no named holder (``министр``) is the last speaker if that one spoke this
#: close before.
ROLE_WINDOW = 1500


def _body_speaking(state: _State, position: int) -> bool:
    """Has an organisation just spoken (``Там подчеркнули``, ``Также отметили`` go on for it)?"""
    return _recent(state, position, DOCUMENT_SPEAKER_WINDOW) and state.speaker is not None \
        and state.speaker.type == "ORG"


def _unheld_role(speaker: Speaker, resolver: Any) -> bool:
    """The phrase is an office (``Министр``) the document gives nobody: unnamed by itself."""
    return speaker.type == "UNNAMED" and speaker.start is not None \
        and speaker.end is not None and hasattr(resolver, "office_of") \
        and (resolver.office_of(speaker.start, speaker.end) is not None
             or resolver.epithet_of(speaker.start, speaker.end))


def _pronoun_gender(view: View, start: int, end: int) -> str | None:
    """For a phrase that is a personal pronoun (``Он``, ``его``): its gender, ``""`` when it
    shows none; ``None`` for any other phrase."""
    a = view.token_at(start)
    b = view.token_at(end - 1) + 1 if end > start else a
    words = [k for k in range(a, min(b, len(view.tokens))) if view.pos[k] != "PUNCT"]
    if len(words) != 1 or view.pos[words[0]] != "PRON":
        return None
    return view.feats[words[0]].get("Gender") or ""


def _cue_gender(view: View, cand: Candidate) -> str | None:
    """The gender a past-tense cue verb shows (``заявил`` Masc, ``заявила`` Fem)."""
    if cand.cue is None:
        return None
    for k in range(*cand.cue):
        if view.pos[k] in ("VERB", "AUX") and view.feats[k].get("Number") != "Plur":
            gender = view.feats[k].get("Gender")
            if gender:
                return gender
    return None


def _implicit(speaker: Speaker) -> Speaker:
    return Speaker(speaker.name, speaker.type, speaker.referent)


def _wrong_gender(view: View, source: Source, resolver: Any, found: Speaker,
                  gender: str | None) -> bool:
    """A role or epithet resolved to a person whose gender the document shows and the cue
    verb's contradicts (a name in the phrase itself is left alone: the tagger may misread it;
    a pronoun's antecedent was chosen by its own gender)."""
    if not gender or found.type != "PER" or found.referent is None or \
            not hasattr(resolver, "referent_gender"):
        return False
    known = resolver.referent_gender(found.referent)
    if known is None or known == gender:
        return False
    a, b = view.token_at(source.start), view.token_at(source.end - 1) + 1  # type: ignore[arg-type]
    named = {r.id for k in range(a, b) if (e := view.entity_of_token[k]) is not None
             and (r := resolver.referent_for_entity(e.id)) is not None}
    # (an office's masculine noun takes a masculine verb for a woman too: ``сказал канцлер``)
    return found.referent not in named and not any(
        view.lemma[k] in OFFICE_TITLES for k in range(a, b)) and \
        _pronoun_gender(view, source.start, source.end) is None  # type: ignore[arg-type]


def _unnamed_went_on(view: View, source: Source, resolver: Any, state: _State, found: Speaker,
                     cue_start: int, sentence: int) -> bool:
    """``"…", - сообщил один из адвокатов подсудимого. Он добавил``: a pronoun right after an
    unnamed person's quote is that person, not the person the text named before that quote
    began (one named inside the quote, or since, is a fair antecedent still)."""
    speaker = state.speaker
    if speaker is None or speaker.type != "UNNAMED" or found.referent is None or \
            not sentence - 1 <= state.sentence <= sentence or not hasattr(resolver, "_salience"):
        return False
    pronoun = _pronoun_gender(view, source.start, source.end)  # type: ignore[arg-type]
    if not pronoun or pronoun != state.gender:
        return False
    return resolver._salience(found.referent, cue_start)[1] < state.start


def _resolve_one(view: View, cand: Candidate, source: Source, resolver: Any, state: _State,
                 cue_start: int, sentence: int) -> tuple[Speaker | None, str]:
    kind = source.kind
    if kind == "phrase" and source.start is not None and source.end is not None:
        found = None
        if resolver is not None:
            # nobody named inside a speaker's own words is their speaker, nor the subject of
            # the sentence a trailing cue reports (``Джексон совершил переворот, считает
            # маэстро``); a sentence pointed back to (``Исиба ушёл в отставку. Об этом он
            # объявил``) or one around a marker (``Иванов, по его словам, …``) may well
            # name its source
            own_words = cand.type == "direct" or cand.rule == "according_to_trailing" and \
                view.low[view.token_at(source.start)] not in POSSESSIVE_PRONOUNS
            # (but ``Apple проведёт презентацию, сообщается на её сайте``: its own site)
            found = resolver.resolve(source.start, source.end, cue_start,
                                     quote=(cand.start, cand.end) if own_words else None)
        gender = _cue_gender(view, cand)
        if found is not None and _wrong_gender(view, source, resolver, found, gender):
            # ``Адвокат Кокорина пояснил`` after ``адвокат Татьяна Стукалова``: not her
            found = Speaker(None, "UNNAMED", None, found.start, found.end, found.text)
        if found is not None and _unheld_role(found, resolver) \
                and _recent(state, cand.start, ROLE_WINDOW) \
                and state.speaker is not None and state.speaker.type == "PER" \
                and state.speaker.referent is not None \
                and (gender is None or state.gender is None or gender == state.gender) \
                and not (hasattr(resolver, "role_contradicts") and resolver.role_contradicts(
                    state.speaker.name, found.start, found.end)):
            # ``Министр также заверил``: a role the document gave nobody explicitly is the
            # person who has been speaking, unless the verb's gender (``заявил`` after
            # Захарова) or the knowledge base (``Губернатор добавил`` after Путин) rules
            # that out
            return Speaker(state.speaker.name, state.speaker.type, state.speaker.referent,
                           found.start, found.end, found.text), "resolver+previous"
        if found is not None and _unnamed_went_on(view, source, resolver, state, found,
                                                  cue_start, sentence):
            return _implicit(state.speaker), "previous:pronoun"  # type: ignore[arg-type]
        if found is not None:
            return found, "resolver"
        pronoun = _pronoun_gender(view, source.start, source.end)
        if pronoun is not None:
            # ``Он добавил`` whose antecedent the resolver did not find: the current speaker
            # if the gender fits, else nobody the text names — a pronoun is never a name
            if _recent(state, cand.start) and state.speaker is not None \
                    and (not pronoun or state.gender is None or pronoun == state.gender):
                return _implicit(state.speaker), "previous:pronoun"
            return Speaker(None, "UNNAMED"), "pronoun:unnamed"
        found = _fallback(view, source.start, source.end)
        if found is None and _recent(state, cand.start, ROLE_WINDOW) and \
                _same_kind(view, source.start, source.end, state.speaker):
            # ``Как сообщило министерство здравоохранения, … Из этих цифр следует, отмечает
            # министерство, …``: the body of that kind that has just spoken, though unnamed
            return _implicit(state.speaker), "previous:same_kind"  # type: ignore[arg-type]
        if found is None:  # a phrase naming nobody the document knows (``его`` alone)
            return Speaker(None, "UNNAMED", None, source.start, source.end,
                           view.text[source.start:source.end]), "fallback:unnamed"
        return found, "fallback"
    if kind == "unnamed":
        return Speaker(None, "UNNAMED"), "unnamed"
    if kind == "they":
        if _body_speaking(state, cand.start):
            return _implicit(state.speaker), "they:previous"  # type: ignore[arg-type]
        return Speaker(None, "UNNAMED"), "they:unnamed"
    if kind == "document":
        found = message_sender(view, sentence, cue_start, resolver)
        if found is not None:
            return found, "document:sender"
        if resolver is not None and hasattr(resolver, "resolve_source"):
            found = resolver.resolve_source(cue_start)
        if found is None and _recent(state, cand.start, DOCUMENT_SPEAKER_WINDOW) and \
                state.speaker is not None and state.speaker.type in ("PER", "ORG"):
            # ``Глава государства сообщил: «…» При этом подчёркивается: «…»``: no body
            # issued anything, the person speaking goes on; ``…, отметили в ведомстве. «…», —
            # говорится в сообщении``: the body that spoke, named by its kind, issued it
            return _implicit(state.speaker), "document:previous"
        if found is None and not _recent(state, cand.start, DOCUMENT_SPEAKER_WINDOW):
            # ``Губернатор Иван Петров обратился к жителям. «…», — сказано в обращении``: no
            # body named, nobody speaking: the person the sentences before are about
            found = _person_speaker(view, _narrative_subject(view, sentence, -1, None),
                                    resolver, cue_start)
            if found is not None:
                return _implicit(found), "document:subject"
        return (found, "document") if found is not None else (Speaker(None, "UNNAMED"),
                                                              "document:unnamed")
    if kind == "there":
        if _body_speaking(state, cand.start):
            return _implicit(state.speaker), "there:previous"  # type: ignore[arg-type]
        body = _body_before(view, sentence)
        if body is not None:
            found = resolver.resolve(body.start, body.end, cue_start) if resolver is not None \
                else None
            return found or _fallback(view, body.start, body.end), "there:body"
        return Speaker(None, "UNNAMED"), "there:unnamed"
    if kind == "same" and state.speaker is not None and state.sentence == sentence:
        return _implicit(state.speaker), "same"
    if kind in ("zero", "same", "previous"):
        # the source's gender, else the cue verb's (``Кэрри … сказала`` is no man)
        gender = source.gender or _cue_gender(view, cand)
        if kind != "previous":
            # ``Петров родился в 1924 году. В 1994 году отказался…, заявив``: an unwritten
            # subject continues the subject of the sentences since the last quote
            found = _person_speaker(view, _narrative_subject(
                view, sentence, state.sentence, gender), resolver, cue_start)
            if found is not None:
                return _implicit(found), f"subject:{kind}"
        if _recent(state, cand.start) and (gender is None or state.gender is None
                                           or gender == state.gender):
            return _implicit(state.speaker), f"previous:{kind}"  # type: ignore[arg-type]
        if kind != "previous":
            found = _person_speaker(view, _nearest_person(view, cue_start, gender), resolver,
                                    cue_start)
            if found is not None:
                return _implicit(found), f"nearest:{kind}"
        return None, f"none:{kind}"
    return None, "none"


def _person_speaker(view: View, entity: Any, resolver: Any, cue_start: int) -> Speaker | None:
    """The speaker a span (a person entity found for an unwritten subject, a source phrase)
    resolves to: the resolver's answer, else the fallback reading of the phrase."""
    if entity is None:
        return None
    found = resolver.resolve(entity.start, entity.end, cue_start) if resolver is not None \
        else None
    return found or _fallback(view, entity.start, entity.end)


#: How many sentences back a zero subject looks for a person.
ZERO_SUBJECT_SENTENCES = 3


def _narrative_subject(view: View, sentence: int, last_quote: int, gender: str | None) -> Any:
    """The person subject (a nominative name outside quotation marks) of the latest of the
    few sentences between the last quote's sentence and ``sentence``, if its gender fits."""
    for s in range(sentence - 1, max(last_quote, sentence - 1 - ZERO_SUBJECT_SENTENCES), -1):
        a, b = view.sent_ranges[s]
        for k in range(a, b):
            entity = view.entity_of_token[k]
            if entity is None or entity.label != "PER" or entity.zone is not None or \
                    view.inside_quote(k) or view.tokens[k].start != entity.start:
                continue
            if view.case(k) == "Nom":
                feats_gender = view.feats[k].get("Gender")
                return entity if gender is None or feats_gender in (None, gender) else None
    return None


#: How far back in the sentence before ``там`` looks for its body: bounded, so a document of
#: one endless sentence and many ``Там сказали`` stays linear.
BODY_BEFORE_TOKENS = 60


def _body_before(view: View, sentence: int) -> Any:
    """The last organisation named in the sentence before ``sentence`` (what ``там``
    points at)."""
    if sentence <= 0:
        return None
    a, b = view.sent_ranges[sentence - 1]
    for k in range(b - 1, max(a, b - BODY_BEFORE_TOKENS) - 1, -1):
        entity = view.entity_of_token[k]
        if entity is not None and entity.label == "ORG" and entity.zone is None:
            return entity
    return None


def _nearest_person(view: View, position: int, gender: str | None) -> Any:
    """The last person named before ``position`` (within a few sentences) whose gender fits
    the verb: the subject of ``Заявил, что…`` left unwritten."""
    t = view.token_at(position)
    if t >= len(view.tokens):
        return None
    first_sentence = max(0, view.sent_of[t] - ZERO_SUBJECT_SENTENCES)
    lo = max(view.sent_ranges[first_sentence][0], t - 200)
    for k in range(t - 1, lo - 1, -1):
        entity = view.entity_of_token[k]
        if entity is None or entity.label != "PER" or entity.zone is not None:
            continue
        if gender is None or view.feats[k].get("Gender") in (None, gender):
            return entity
    return None


def spoken_for(view: View, out: list[tuple[Candidate, Speaker | None, str]],
               dropped: Sequence[tuple[Candidate, str]], resolver: Any
               ) -> list[tuple[Candidate, Speaker | None, str]]:
    """``В Кремле заявили, что A. Об этом сказал пресс-секретарь Дмитрий Песков.``: a back
    reference naming a person over a sentence whose quote a body gives through a place (a
    plural cue: ``в Кремле заявили``) names who spoke for the body; the back reference itself
    was dropped, as its sentence already holds that quote."""
    for ref, _ in dropped:
        if ref.rule != "according_to_back_reference" or ref.source.kind != "phrase":
            continue
        inside = [k for k, (c, s, _) in enumerate(out)
                  if ref.start <= c.start and c.end <= ref.end and s is not None
                  and s.type == "ORG" and _through_place(view, c)]
        if not inside:
            continue
        person = resolve(view, [ref], resolver)[0][1]
        if person is None or person.type != "PER" or person.name is None:
            continue
        for k in inside:
            out[k] = (out[k][0], person, "back reference names who spoke for the body")
    return out


def _through_place(view: View, cand: Candidate) -> bool:
    """Is the candidate's cue a plural verb with its body in a ``в`` phrase (``в Кремле
    заявили``, ``заявили в МИД``)?"""
    source = cand.source
    if cand.cue is None or source.kind != "phrase" or source.start is None or \
            view.number(cand.cue[0]) != "Plur":
        return False
    first = view.token_at(source.start)
    return first > 0 and view.low[first - 1] in ("в", "во")


# --------------------------------------------------------------------------- quotes


def build_quotes(view: View, resolved: Sequence[tuple[Candidate, Speaker | None, str]]
                 ) -> list[Quote]:
    quotes: list[Quote] = []
    for cand, speaker, _how in resolved:
        cue = None
        if cand.cue is not None:
            a, b = cand.cue
            start, end = view.tokens[a].start, view.tokens[b - 1].end
            cue = Cue(start, end, view.text[start:end], lemma_of_cue(view, cand.cue))
        quotes.append(Quote(f"q{len(quotes) + 1}", cand.start, cand.end,
                            view.text[cand.start:cand.end], cand.type, cue, speaker, cand.rule))
    return quotes


def extract(doc: Document, resolver_factory: Callable[[Document], Any] | None = None,
            traced: bool = False) -> tuple[list[Quote], list[TraceEntry]]:
    """Quotes of one analysed document (tokens with lemmas/feats, entities) and the trace."""
    if not doc.tokens:
        return [], []
    view = View(doc)
    kept, dropped = select(candidates(view))
    resolver = (resolver_factory or _resolver)(doc) if kept else None
    everything = echoed(view, announced(view, resolve(view, kept, resolver), resolver), resolver)
    everything = spoken_for(view, everything, dropped, resolver)
    seen: set[tuple[int, int, str | None]] = set()
    decisions = []  # why each item is dropped, "" if kept
    for cand, speaker, how in everything:
        key = (cand.start, cand.end, speaker.name if speaker else None)
        if speaker is None and cand.source.kind == "previous":
            decisions.append("no earlier speaker to continue")
        elif speaker is not None and key in seen:
            # one statement, one quote: two back references to the same sentence by the same
            # speaker (``Об этом заявил X. … Так он высказался``) are one quote; by two
            # sources (``Об этом сообщила «Фонтанка». Информацию подтверждает ТАСС``), two
            decisions.append("the same words by the same speaker")
        else:
            decisions.append("")
        seen.add(key)
    resolved = [item for item, reason in zip(everything, decisions) if not reason]
    quotes = build_quotes(view, resolved)
    trace: list[TraceEntry] = []
    if traced:
        for (cand, speaker, how), reason in zip(everything, decisions):
            trace.append(TraceEntry(cand.rule, cand.start, cand.end,
                                    view.text[cand.start:cand.end],
                                    "dropped" if reason else "kept", reason,
                                    speaker.name if speaker else None, how))
        for cand, reason in dropped:
            trace.append(TraceEntry(cand.rule, cand.start, cand.end,
                                    view.text[cand.start:cand.end], "dropped", reason))
        trace.sort(key=lambda e: (e.start, e.decision != "kept"))
    return quotes, trace
