"""Finding the speaker *phrase* of a cue: the words the attribution is made from.

The quote rules find a cue; this module finds who it names, as a character span that the
speaker resolver (``rusnews_nlp.quotes.speakers``) turns into a canonical speaker:

* the subject before the cue verb (``Накануне Путин, выступая на ..., заявил``), skipping
  parentheticals between commas (gerund and participle phrases, ``который`` clauses, ``по
  данным газеты``);
* the subject after it (``— сказал в беседе с «Голосом Америки» лидер движения Александр
  Белов``, ``сообщает NEWSru.com``);
* the object of ``цитирует`` (``цитирует РБК Пескова``);
* the organisation of an impersonal cue (``В альянсе сочли``, ``в сообщении Кремля``);
* the genitive after a marker (``по словам госсекретаря США Энтони Блинкена``).

The words are chosen by case (slovnet's contextual ``Case=Nom``) and position only; no parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import compat as _compat
from ..annotations import Entity
from ..entities.normalize import declined, declined_anywhere
from ..kb.lexicon import (PLACE_KIND_NOUNS, RELATION_NOUNS, TIME_NOUNS, UNNAMED_SOURCES,
                          body_noun)
from .cues import ADVERBS_TO_SKIP, MEDIA_NOUNS, MESSAGE_NOUNS, norm
from .subjects import (CLAUSE_BREAKERS, INTERVIEW_NOUNS, SUBJECT_PRONOUNS, abbreviation,
                       addressee, addressee_title, adverbials, after_preposition, agrees,
                       apposition_of_noun, apposition_of_object, date_between, dative_before,
                       nominative, numeral_subject, one_of, skip_parenthetical_left)
from .subjects import PARENTHETICAL_OPENERS  # noqa: F401  (its old home: moved with its user)
from .view import CLOSING_MARKS, OPENING_MARKS, View

#: Names moved to ``places`` are found here with a warning.
__getattr__ = _compat.forward(__name__)

POSSESSIVE_PRONOUNS = frozenset("его ее её их".split())

#: How far (in tokens) a subject or a source phrase is looked for from its cue. Bounds keep
#: every rule linear in the document even for a sentence of a million tokens.
SCAN_TOKENS = 40



@dataclass(frozen=True, slots=True)
class Source:
    """How to find the speaker of a candidate quote.

    ``kind``: ``phrase`` (resolve ``[start, end)``), ``zero`` (no subject written: the
    previous speaker agreeing with ``gender``/``number``), ``document`` (the body behind an
    impersonal statement), ``unnamed`` (the text names nobody), ``previous`` (continues the
    last speaker), ``same`` (same speaker as the quote before it in the sentence), ``there``
    (``Там подчеркнули``: the body that spoke last, or the one the sentence before names),
    ``they`` (``Также отметили``, a plural verb with no subject or place: the body that has
    just spoken, else nobody named).
    """

    kind: str
    start: int | None = None
    end: int | None = None
    gender: str | None = None
    number: str | None = None


def phrase(view: View, head: int, limit_left: int, limit_right: int) -> Source:
    """The speaker phrase around a subject head token: the entity it is in, the pronoun, or
    the noun phrase (``пресс-служба Кремля``, ``Глава российского государства``)."""
    entity = view.entity_of_token[head]
    if entity is not None:
        first = view.token_at(entity.start)
        # (a capital opening the sentence may make the tagger call the noun PROPN)
        if entity.label == "PER" and first - 1 >= limit_left and \
                view.pos[first - 1] in ("NOUN", "PROPN") and \
                view.feats[first - 1].get("Animacy") == "Anim" and \
                view.entity_of_token[first - 1] is None and _not_nominative(view, entity):
            # ``Адвокат Маркива заявил``: a name not in the nominative (whatever the tagger
            # read) depends on the person noun before it, which is the subject
            return Source("phrase", view.tokens[first - 1].start, entity.end)
        after = view.token_at(entity.end - 1) + 1
        if after < limit_right and view.tokens[after].text in OPENING_MARKS and \
                view.tokens[after].start == entity.end + 1:
            pair = view.pair_by_open.get(view.tokens[after].start)
            if pair is not None and view.token_at(pair.close) < limit_right and \
                    view.token_at(pair.close) - after <= 5 and \
                    view.case(after + 1) in (None, "Nom"):  # not ``В ЦБ «Известиям»``
                # ``ФК «Зенит»``, ``ООО «Ромашка»``: the form and its title are one name
                return Source("phrase", entity.start, pair.close + 1)
        return Source("phrase", entity.start, entity.end)
    if view.low[head] in SUBJECT_PRONOUNS or view.low[head] in POSSESSIVE_PRONOUNS:
        t = view.tokens[head]
        return Source("phrase", t.start, t.end)
    # noun phrase: adjectives to the left, genitives / names / titles to the right
    a = head
    while a - 1 >= limit_left and view.pos[a - 1] in ("ADJ", "DET", "NUM") and \
            view.lemma[a - 1] not in ADVERBS_TO_SKIP:
        a -= 1
    b = head + 1
    while b < limit_right:
        t = view.tokens[b]
        if t.text in OPENING_MARKS:
            pair = view.pair_by_open.get(t.start)
            if pair is None or pair.close >= view.tokens[limit_right - 1].end:
                break
            b = view.token_at(pair.close) + 1
            continue
        if view.pos[b] in ("NOUN", "PROPN", "X") and view.case(b) in ("Gen", None, "Nom"):
            b += 1
            continue
        if (view.pos[b] in ("ADJ", "DET") or view.verb_form(b) == "Part" and
                view.case(b) == "Gen") and b + 1 < limit_right and view.pos[b + 1] in (
                "NOUN", "PROPN", "ADJ"):
            b += 1  # ``мать погибшего Ивана Петрова``: a participle before the dependent
            continue
        if view.entity_of_token[b] is not None:
            b += 1
            continue
        if view.low[b] in ("от", "из") and b + 1 < limit_right and \
                view.entity_of_token[b + 1] is not None and view.entity_of_token[b + 1].label == "ORG":
            b += 1  # ``наблюдатели от ОБСЕ``
            continue
        if b == head + 1 and view.low[b] == "по" and body_noun(view.lemma[head]):
            b = _remit_end(view, b + 1, limit_right)  # ``комитет по делам молодёжи``
            continue
        break
    return Source("phrase", view.tokens[a].start, view.tokens[b - 1].end)


def _not_nominative(view: View, entity: Entity) -> bool:
    """Is a person's name one the text shows in an oblique case, whatever the tagger read:
    declined somewhere (``Камалы Харрис``), or the genitive of a man the document names
    (``ассистентка Чеботарева`` after ``Владимир Чеботарев``)?"""
    return declined_anywhere(entity) or norm(entity.text) in view.genitive_surnames


def _remit_end(view: View, k: int, limit: int) -> int:
    """The end of a body's remit after ``по`` (``по чрезвычайным ситуациям``, ``по делам
    молодёжи и спорта``): its adjectives and nouns, genitives and ``и`` between nouns."""
    while k < limit and (view.pos[k] in ("ADJ", "NOUN") and view.entity_of_token[k] is None
                         or view.low[k] == "и" and k + 1 < limit and
                         view.pos[k + 1] in ("ADJ", "NOUN") and view.case(k + 1) in
                         ("Dat", "Gen")):
        k += 1
    return k


def _named_after_role(view: View, comma: int, lo: int) -> Source | None:
    """``Руководитель исследования, астрофизик Кембриджа Никку Мадхусудан, рассказал``: a
    role, then between commas the person's name (with an apposition before it); the name is
    the subject."""
    entity = view.entity_of_token[comma - 1] if comma - 1 >= lo else None
    if entity is None or entity.label != "PER" or view.case(comma - 1) not in ("Nom", None):
        return None
    j = view.token_at(entity.start) - 1
    while j >= lo and view.pos[j] in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and \
            view.low[j] != ",":
        j -= 1
    if j - 1 < lo or view.low[j] != "," or view.pos[j - 1] not in ("NOUN", "PROPN"):
        return None
    k = j - 1  # the role before the first comma: a nominative noun and its dependents (a
    # genitive name, a participle: ``Адвокат арестованного Тимура Иванова, Денис Балуев, …``)
    if (named := view.entity_of_token[k]) is not None:
        if view.case(k) in ("Nom", None):
            return None  # ``Иван Петров, Денис Балуев, …``: names in a row
        k = view.token_at(named.start) - 1
        if k < lo:
            return None
    while k > lo and view.case(k) != "Nom" and (view.pos[k] in ("NOUN", "PROPN", "ADJ") or
                                                view.verb_form(k) == "Part"):
        k -= 1
    if view.case(k) != "Nom" or view.pos[k] != "NOUN" or \
            view.feats[k].get("Animacy") != "Anim":
        return None
    return Source("phrase", entity.start, entity.end)


def subject_left(view: View, verb: int, lo: int) -> Source | None:
    """The subject before ``verb`` in its clause (``lo`` = first token it may use)."""
    lo = max(lo, verb - SCAN_TOKENS)
    i = verb - 1
    while i >= lo:
        low = view.low[i]
        token = view.tokens[i]
        if low == ",":
            named = _named_after_role(view, i, lo)
            if named is not None:
                return named
            skipped = skip_parenthetical_left(view, i, lo)
            if skipped is None:
                return None
            i = skipped
            continue
        if low == ")":
            j = i - 1
            while j >= lo and view.low[j] != "(" and i - j < 30:
                j -= 1
            if j >= lo and view.low[j] == "(":
                i = j - 1  # ``Билл Герстенмайер (Bill Gerstenmaier) высказался``
                continue
            return None
        if low in CLAUSE_BREAKERS or low in ("что", "чтобы", "—", "–") or (
                view.is_dash(i) and token.text != "-"):
            return None
        if token.text in CLOSING_MARKS:
            pair = view.pair_by_close.get(token.start)
            if pair is not None:
                # a title in quotation marks: its owner is the word before (``ГУП «Водоканал»``)
                inner = view.token_at(pair.open)
                if inner - 1 >= lo and nominative(view, inner - 1):
                    return phrase(view, inner - 1, lo, verb)
                before = inner - 1
                while before >= lo and view.pos[before] == "ADV":
                    before -= 1  # ``Ранее «Комсомолка» сообщала``
                if before < lo or view.low[before] in (",", "и"):
                    title = _title_subject(view, inner, i, verb)
                    if title is not None:
                        return title  # ``«Зенит» сообщил``: the title alone is the subject
                i = inner - 1
                continue
        if view.is_finite(i) and view.pos[i] == "VERB":
            return None
        if view.lemma[i] == "который" and view.case(i) in ("Nom", None) and \
                view.low[i - 1:i] == [","]:
            # ``Виктор Ляшко, который уверяет НВ, что …``: the relative pronoun is the subject
            # (the resolver finds its antecedent); the name after the verb is the addressee
            return Source("phrase", token.start, token.end)
        if view.low[i] == "и" and lo < i < verb - 1 and view.pos[i - 1] in ("NOUN", "ADJ") and \
                view.pos[i + 1] in ("NOUN", "ADJ") and view.case(i - 1) == view.case(i + 1) \
                not in ("Nom", None):
            i -= 1  # ``Министр жилищной политики и энергетики``: two dependents, one noun
            continue
        if view.low[i] in ("и", "а", "но") and view.pos[i] in ("CCONJ", "SCONJ", "PART", "ADV"):
            # ``Сын позвонил мне ночью и сказал``: a coordinated verb; its subject is the
            # first verb's, when that verb is in the same clause
            if view.low[i] == "и":
                first = next((k for k in range(i - 1, lo - 1, -1)
                              if view.is_finite(k) or view.low[k] in (",", ";", ":")), None)
                if first is not None and view.low[first] == "," and first == i - 1:
                    # ``X заявила, что …, и пообещала``: past the clause the comma closes, to
                    # the verb in the very form of this one
                    first = next((k for k in range(i - 2, lo - 1, -1) if view.is_finite(k)
                                  and view.pos[k] == "VERB" and all(
                                      view.feats[k].get(f) == view.feats[verb].get(f)
                                      for f in ("Tense", "Number", "Gender"))), None)
                if first is not None and view.is_finite(first) and view.pos[first] == "VERB" \
                        and view.number(first) == view.number(verb):
                    return subject_left(view, first, lo)
            return None
        end = one_of(view, i, verb)  # ``Один из адвокатов подсудимого сообщил``
        if end is not None and adverbials(view, end, verb):
            return Source("phrase", token.start, view.tokens[end - 1].end)
        if nominative(view, i) and not after_preposition(view, i, lo) and \
                agrees(view, i, verb) and not apposition_of_noun(view, i):
            entity = view.entity_of_token[i]
            body = entity is not None and entity.label in ("ORG", "LOC")
            first = view.token_at(entity.start) if entity is not None else i
            dative = dative_before(view, first, lo) if body else None
            if dative is not None:
                i = dative - 1  # ``Об этом Агентству городских новостей Москва сообщил``
                continue
            if entity is not None and entity.label != "PER" and first - 1 >= lo and \
                    view.lemma[first - 1] in INTERVIEW_NOUNS and \
                    view.case(first - 1) not in ("Nom", None):
                # ``в интервью газете Ведомости``, ``в интервью Киев FM``: the outlet, named in
                # apposition after its noun, is no subject
                i = first - 1
                continue
            if entity is not None and first - 1 >= lo and view.pos[first - 1] == "NOUN" and \
                    view.case(first - 1) == "Gen" and view.entity_of_token[first - 1] is None \
                    and not (first - 2 >= 0 and view.pos[first - 2] == "ADP") \
                    and (body and view.lemma[first - 1] not in TIME_NOUNS
                         or view.lemma[first - 1] in PLACE_KIND_NOUNS
                         # a full name is a person's: ``Министр … области Дмитрий Сазонов``
                         and (entity.label != "PER" or len(entity.text.split()) == 1)):
                # ``Жительница города Сендай``: the name of a genitive place noun (but in
                # ``После посадки JAXA сообщило`` the noun is the preposition's, not the name's)
                i = first - 1
                continue
            if body and view.case(i) == "Nom" and first - 1 >= lo and \
                    view.pos[first - 1] == "NOUN" and view.case(first - 1) == "Nom" and (
                        view.feats[first - 1].get("Animacy") == "Anim"
                        or view.lemma[first - 1] in UNNAMED_SOURCES) and \
                    view.entity_of_token[first - 1] is None:
                # ``Президент Росптицесоюза рассказала``, ``Источник РИА Новости сообщил``: a
                # person's noun (or a source's), then its body
                i = first - 1
            elif view.case(i) != "Nom" and (abbreviation(view, i) or body):
                # ``представитель МИД``, ``Глава МИД РФ``: caseless or genitive names of
                # bodies and places are dependents of the nominative noun before them
                k = i - 1
                while k >= lo and view.pos[k] in ("NOUN", "PROPN", "ADJ") and \
                        view.case(k) in ("Gen", None) and i - k < 4:
                    k -= 1  # ``Глава российского МИД``: its adjectives too
                if k >= lo and view.case(k) == "Nom" and view.pos[k] == "NOUN":
                    i = k
            found = _coordinated(view, phrase(view, i, lo, verb), lo)
            k = view.token_at(found.end - 1) + 1  # type: ignore[operator]
            if cites(view, k):
                return past_channel(view, found, k, verb)  # ``РБК со ссылкой на X сообщает``
            return found
        i -= 1
    return None


def _title_subject(view: View, open_: int, close: int, verb: int) -> Source | None:
    """A short capitalised title in quotation marks opening the clause, with no verb in it,
    as the subject of ``verb`` (``«Зенит» сообщил``, ``«Яндекс» заявил``)."""
    if not 1 <= close - open_ - 1 <= 4 or not view.tokens[open_ + 1].text[:1].isupper():
        return None
    inside, entity = range(open_ + 1, close), view.entity_of_token[open_ + 1]
    named = entity is not None and entity.label == "ORG" and \
        view.token_at(entity.start) == open_ + 1 and view.token_at(entity.end - 1) == close - 1
    # a verb inside is a headline, not a name, unless the tagger named the title a body
    # (``«Городские вести»``: ``вести`` read as the infinitive)
    if not named and any(view.pos[k] in ("VERB", "AUX") for k in inside):
        return None
    if view.feats[verb].get("Number") == "Plur" and not (
            (close - open_ == 2 or named) and view.number(close - 1) != "Sing"
            and all(view.number(k) in ("Plur", None) for k in inside)
            and any(view.number(k) == "Plur" for k in inside)):
        return None  # but a plural title agrees: ``«Известия» писали``, ``«Новые известия»``
    return Source("phrase", view.tokens[open_ + 1].start, view.tokens[close - 1].end)


def _coordinated(view: View, found: Source, lo: int) -> Source:
    """Extend a subject over ``X и Y`` (``Израиль и США отвергают``)."""
    a = view.token_at(found.start)  # type: ignore[arg-type]
    if a - 2 >= lo and view.low[a - 1] == "и" and nominative(view, a - 2) and \
            not after_preposition(view, a - 2, lo):
        left = phrase(view, a - 2, lo, a - 1)
        return Source("phrase", left.start, found.end)
    return found


def subject_right(view: View, verb: int, hi: int) -> Source | None:
    """The subject after ``verb`` (inverted order: ``— сказал X``, ``сообщает X``); the source
    an outlet cites before the verb rather than the outlet (``Об этом со ссылкой на
    заместителя мэра Горбенко сообщает «Эхо Москвы»`` -> Горбенко)."""
    found = _subject_right(view, verb, hi)
    if found is None or found.kind != "phrase":
        return found
    a = view.sentence(verb)[0]
    for k in range(verb - 3, max(a, verb - 20) - 1, -1):
        if view.low[k] in (";", ":") or view.is_finite(k) and view.pos[k] == "VERB":
            break
        if cites(view, k):
            return past_channel(view, found, k, verb)
    return found


def _subject_right(view: View, verb: int, hi: int) -> Source | None:
    hi = min(hi, verb + 1 + SCAN_TOKENS)
    i = verb + 1
    while i < hi:
        token = view.tokens[i]
        low = view.low[i]
        if low in (",", ";", ":") or view.ends_sentence(i) or view.is_dash(i):
            if low == "," and i + 1 < hi and view.entity_of_token[i + 1] is not None and \
                    view.entity_of_token[i - 1] is not None:
                i += 1  # ``сообщил Мустафа Джемилев, ...`` handled by the first hit
                continue
            if low == ",":
                close = next((k for k in range(i + 1, min(hi, i + 7)) if view.low[k] == ","),
                             None)
                if close is not None and date_between(view, i + 1, close):
                    i = close + 1  # ``— сказал в среду, 12 мая, Сергей Лавров``
                    continue
                if i + 1 < hi and view.verb_form(i + 1) == "Conv":
                    # ``сообщил, отвечая на вопросы журналистов, министр``: a gerund clause
                    close = next((k for k in range(i + 2, min(hi, i + 14))
                                  if view.low[k] == "," or view.ends_sentence(k)), None)
                    if close is not None and view.low[close] == "," and \
                            view.low[close + 1:close + 2] != ["что"]:
                        # (``выразив сожаление по поводу того, что ограничения …``: the
                        # gerund's own clause goes on)
                        i = close + 1
                        continue
            return None
        if low == "(" and i > verb + 1:
            # ``журналу Восточного экономического форума (ВЭФ) заместитель …``: a bracket
            # glosses the phrase before it, it names no subject
            close = next((k for k in range(i + 1, min(hi, i + 12)) if view.low[k] == ")"), None)
            if close is not None:
                i = close + 1
                continue
        if token.text in OPENING_MARKS:
            pair = view.pair_by_open.get(token.start)
            if pair is None:
                return None
            close = view.token_at(pair.close)
            # a source named only by a title: ``сообщает «Лента.ру»``, ``пишет казанская
            # «Газета Daily»`` (not the addressee of ``сообщили «Интерфаксу»``)
            if all(view.pos[k] in ("ADJ", "ADV") for k in range(verb + 1, i)) and \
                    i + 1 < close < hi and view.case(i + 1) != "Dat":
                found = Source("phrase", view.tokens[i + 1].start, view.tokens[close - 1].end)
                return past_channel(view, found, close + 1, hi)
            i = close + 1  # a title inside another phrase: ``корреспонденту «Голоса Америки»``
            continue
        if view.is_finite(i) or view.verb_form(i) == "Conv":
            return None
        if view.lemma[i] in ("один", "одна") and view.low[i + 1:i + 2] == ["из"]:
            # ``— пояснил один из соавторов работы, сотрудник института Павел Ушаков``
            named = _named_apposition(view, i + 2, hi)
            if named is not None:
                return named
            end = one_of(view, i, hi)  # ``— сообщил один из адвокатов подсудимого``
            if end is not None:
                return Source("phrase", token.start, view.tokens[end - 1].end)
        if numeral_subject(view, i, hi):
            # ``рассказали РБК два источника``: the numeral and its genitive noun
            return Source("phrase", view.tokens[i].start, view.tokens[i + 1].end)
        if nominative(view, i) and not after_preposition(view, i, verb + 1) and \
                not apposition_of_object(view, i, verb):
            if addressee_title(view, i, verb, hi):
                i = view.token_at(view.entity_of_token[i].end - 1) + 1
                continue
            if not addressee(view, i, verb):
                found = _best_in_phrase(view, i, hi)
                return past_channel(view, found, view.token_at(found.end - 1) + 1, hi)
            entity = view.entity_of_token[i]
            if entity is not None:  # the whole addressee: ``заявили РИА Новости в МИД``
                i = view.token_at(entity.end - 1) + 1
                continue
        i += 1
    return None


def _named_apposition(view: View, k: int, hi: int) -> Source | None:
    """The person named after a comma within the phrase from token ``k`` (``один из
    соавторов работы, сотрудник института Павел Ушаков``)."""
    comma = next((m for m in range(k, min(hi, k + 8)) if view.low[m] == ","), None)
    if comma is None:
        return None
    for m in range(comma + 1, min(hi, comma + 10)):
        if view.is_finite(m) or view.ends_sentence(m):
            return None
        entity = view.entity_of_token[m]
        if entity is not None and entity.label == "PER":
            return Source("phrase", entity.start, entity.end)
    return None


def subject_of(view: View, verb: int, lo: int, hi: int) -> Source | None:
    """The subject on either side of ``verb``: the one before it, unless the verb is plural,
    the name before it may be singular and a plural nominative follows (``Об этом Bloomberg
    рассказали источники``: the outlet is the addressee)."""
    left = subject_left(view, verb, lo)
    if left is None:
        return subject_right(view, verb, hi) or _name_right_before(view, verb, lo)
    if left.start is not None and left.end is not None and \
            adverbials(view, view.token_at(left.end - 1) + 1, verb):
        # ``Об этом ТАСС [по телефону] сообщил вице-президент X``: an indeclinable outlet
        # before the verb is its addressee when a declined nominative subject follows
        k = view.token_at(left.start)
        entity = view.entity_of_token[k]
        if entity is not None and entity.label == "ORG" and entity.end <= left.end \
                and (abbreviation(view, k) or view.case(k) is None
                     or k > 0 and view.tokens[k - 1].text in OPENING_MARKS):  # a title
            right = subject_right(view, verb, hi)
            if right is not None and right.start is not None:
                head = view.token_at(right.start)
                if view.case(head) == "Nom" and view.pos[head] in ("NOUN", "ADJ", "PROPN") and \
                        not abbreviation(view, head) and view.number(head) == view.number(verb):
                    return right
    if view.number(verb) == "Plur" and left.start is not None:
        k, after = view.token_at(left.start), view.token_at(left.end - 1) + 1
        if view.number(k) != "Plur" and view.entity_of_token[k] is not None and \
                view.low[after:after + 1] != ["и"]:
            right = subject_right(view, verb, hi)
            if right is not None and right.start is not None and \
                    view.number(view.token_at(right.start)) == "Plur":
                return right
    return left


def _name_right_before(view: View, verb: int, lo: int) -> Source | None:
    """A caseless name of a body right before the verb, when no subject was found on either
    side: ``После посадки JAXA сообщило`` read the name as the noun's dependent, but the verb
    has nobody else to agree with."""
    entity = view.entity_of_token[verb - 1] if verb - 1 >= lo else None
    if entity is None or entity.label != "ORG" or view.tokens[verb - 1].end != entity.end or \
            view.case(verb - 1) is not None and not view.tokens[verb - 1].text.isascii():
        return None
    return Source("phrase", entity.start, entity.end)


def told_outlet(view: View, source: Source, verb: int) -> bool:
    """Is the subject found a singular name right before a plural ``verb`` (``Об этом ТАСС
    сообщили в ЦОС ФСБ``)? Then it is the one told; a body in a ``в`` phrase tells
    (``places.subject_or_place``)."""
    if view.number(verb) != "Plur" or source.kind != "phrase" or source.start is None or \
            source.end is None:
        return False
    k = view.token_at(source.start)
    last = verb - 1
    while last > k and view.tokens[last].text in CLOSING_MARKS:
        last -= 1  # ``Об этом РИА "Новости" сообщили``: a title in marks
    entity = view.entity_of_token[last]
    return entity is not None and entity.label == "ORG" and view.entity_of_token[k] is not None \
        and (view.number(k) != "Plur" or last < verb - 1) and \
        view.token_at(entity.end - 1) == last and view.token_at(source.end - 1) in (last, verb - 1)


def cites(view: View, k: int) -> bool:
    """Does ``со ссылкой на`` (citing a source) start at token ``k``?"""
    return view.low[k:k + 3] == ["со", "ссылкой", "на"]


def past_channel(view: View, found: Source, k: int, hi: int) -> Source:
    """The source behind an outlet that only relays it (GUIDELINE §2a): ``сообщил РИА Новости
    Дмитрий Песков`` -> Песков (the outlet is the dative addressee), ``рассказал ТАСС источник``
    -> источник, ``сообщает РБК со ссылкой на пресс-службу`` -> пресс-служба."""
    while k < hi and view.tokens[k].text in CLOSING_MARKS:
        k += 1
    if k >= hi:
        return found
    if k + 1 < hi and view.low[k] == "," and view.lemma[k + 1] in ("ссылаться", "цитировать") \
            and view.verb_form(k + 1) == "Conv":
        k += 1  # ``…, сообщает Reuters, ссылаясь на источники``, ``…, цитируя министра``
    quoting = view.lemma[k] == "цитировать" and view.verb_form(k) == "Conv"
    if (cites(view, k) or view.lemma[k] == "ссылаться" and
            view.low[k + 1:k + 2] == ["на"] or quoting) and k + 3 < hi:
        j = k + 3 if view.low[k] == "со" else k + 1 if quoting else k + 2
        for m in range(j, min(hi, j + 14)):  # ``со ссылкой на пресс-секретаря ФБК Киру Ярмыш``
            if view.low[m] in (",", ";", ".") or view.is_finite(m):
                break
            person = view.entity_of_token[m]
            if person is not None and person.label == "PER":
                first = view.token_at(person.start)
                if view.lemma[first - 1] in RELATION_NOUNS and \
                        view.case(first) != view.case(first - 1):
                    # ``со ссылкой на адвокатов Надежды Савченко``: the lawyers, not Савченко
                    # (but ``на его жену Галину``, in apposition, is Галина)
                    break
                return Source("phrase", person.start, person.end)
        while j < hi and view.pos[j] in ("ADJ", "DET"):
            j += 1
        if j + 1 < hi and view.lemma[j] in MESSAGE_NOUNS and view.case(j + 1) == "Gen" and \
                view.pos[j + 1] in ("ADJ", "NOUN", "PROPN"):
            j += 1  # ``со ссылкой на данные городской прокуратуры``: whose data they are
            while j < hi and view.pos[j] in ("ADJ", "DET"):
                j += 1
        if j < hi and view.pos[j] in ("NOUN", "PROPN"):
            return phrase(view, j, k + 3, hi)
        return found
    first = view.entity_of_token[view.token_at(found.start)]  # type: ignore[arg-type]
    if first is None or first.label not in ("ORG", "PER"):
        return found
    head = k  # ``сообщила ТАСС старший помощник …``: the noun after its adjectives
    while head + 1 < hi and head - k < 3 and view.pos[head] in ("ADJ", "DET") and \
            view.case(head) == "Nom":
        head += 1
    if first.label == "PER":
        # an outlet the tagger read as a person: ``рассказал Сибдепо осведомлённый источник``,
        # ``заявил Рейтер министр обороны Израиля Эхуд Барак``
        if view.pos[head] == "NOUN" and view.case(head) == "Nom" and (
                view.lemma[head] in UNNAMED_SOURCES or view.feats[head].get("Animacy") == "Anim"
                and any(view.entity_of_token[m] is not None
                        and view.entity_of_token[m].label == "PER"
                        for m in range(head + 1, min(hi, head + 8)))):
            return _best_in_phrase(view, head, hi)
        return found
    if head > k and view.pos[head] == "NOUN" and view.case(head) == "Nom":
        return _best_in_phrase(view, head, hi)
    if view.pos[k] in ("NOUN", "PROPN") and view.case(k) == "Nom" and not (
            view.entity_of_token[k] is not None and view.entity_of_token[k].label == "LOC"):
        return _best_in_phrase(view, k, hi)
    return found


def _best_in_phrase(view: View, head: int, hi: int) -> Source:
    """A role noun followed by a name in apposition: the name (``лидер движения Александр
    Белов``, ``президент Виктор Янукович``); a media noun followed by its title: the title
    (``газета «Труд»``); else the phrase."""
    if view.lemma[head] in MEDIA_NOUNS and head + 1 < hi:
        nxt = view.tokens[head + 1]
        pair = view.pair_by_open.get(nxt.start) if nxt.text in OPENING_MARKS else None
        if pair is not None:
            close = view.token_at(pair.close)
            if head + 2 < close:
                return Source("phrase", view.tokens[head + 2].start, view.tokens[close - 1].end)
        entity = view.entity_of_token[head + 1]
        if entity is not None:
            return Source("phrase", entity.start, entity.end)
    if view.entity_of_token[head] is None and view.low[head] not in SUBJECT_PRONOUNS:
        j = head + 1
        while j < hi and j - head <= 14:
            low = view.low[j]
            if low in (".", ";", ":", "!", "?") or view.is_dash(j) or \
                    low == "," and view.lemma[j + 1:j + 2] == ["который"]:
                break
            if view.is_finite(j) or view.verb_form(j) == "Conv":
                break
            if view.pos[j] in ("NOUN", "PROPN") and view.case(j) == "Dat" and \
                    not after_preposition(view, j, head + 1):
                break  # ``сказал синоптик телеканалу Звезда``: the addressee and its name
            entity = view.entity_of_token[j]
            if entity is not None and entity.label == "PER" and view.case(j) in ("Nom", None):
                if _not_nominative(view, entity):
                    break  # ``помощник Камалы Харрис``: the role's owner, not its name
                return Source("phrase", entity.start, entity.end)
            j += 1
        return phrase(view, head, head, hi)
    return phrase(view, head, head, hi)


def genitive_after(view: View, first: int, hi: int) -> tuple[Source | None, int]:
    """The source NP after ``по словам``/``согласно``: up to the comma, or one possessive
    pronoun (``по его мнению страны Балтии...``). Returns the source and the index of the
    first token after it."""
    if first < hi and view.low[first] in POSSESSIVE_PRONOUNS and not (
            first + 1 < hi and view.pos[first + 1] in ("NOUN", "ADJ")
            and view.case(first + 1) in ("Gen", None)):
        # ``по его мнению …``; but ``по словам его супруги Валентины …``: the wife speaks
        t = view.tokens[first]
        end = first + 1
        return Source("phrase", t.start, t.end), end
    j = first
    while j < hi and j - first < 14:
        low = view.low[j]
        if low in (",", ";", ":") or view.ends_sentence(j) or \
                view.is_dash(j) and view.tokens[j].text != "-":
            break
        if view.is_finite(j):
            break
        if view.tokens[j].text in OPENING_MARKS:
            pair = view.pair_by_open.get(view.tokens[j].start)
            if pair is None:
                break
            j = view.token_at(pair.close) + 1
            continue
        j += 1
    if j == first:
        return None, first
    # prefer a person named in the phrase; but ``по словам матери Ивана Смирнова``: the
    # relative speaks, whom the resolver finds by the relation
    people = [e for k in range(first, j) if (e := view.entity_of_token[k]) is not None and
              e.label == "PER" and e.start == view.tokens[k].start]
    words = [len((e.normal or e.text).split()) for e in people]  # how fully each is named
    for k in range(first, j):
        entity = view.entity_of_token[k]
        if entity is not None and entity.label == "PER":
            if k > first and relative_of(view, k - 1, k):
                break
            if len(people) == 2 and k > first and view.pos[k - 1] == "NOUN" and \
                    view.feats[k - 1].get("Animacy") == "Anim" and words[1] >= words[0]:
                # ``по словам адвоката Дадаева Марка Каверзина``: the role's owner, then the
                # holder's full name: the lawyer speaks
                entity = people[1]
            return Source("phrase", entity.start, entity.end), j
    # ``по словам мужа погибшей, Дэвида Маккина, …``: a name between commas right after a
    # person noun is that person
    noun = first + 1 if view.low[first] in POSSESSIVE_PRONOUNS else first  # ``его ученика``
    if j + 2 < hi and view.low[j] == "," and noun < j and view.pos[noun] == "NOUN" and \
            view.feats[noun].get("Animacy") == "Anim":
        name = j + 1
        while name < min(hi, j + 4) and view.entity_of_token[name] is None and \
                view.pos[name] in ("NOUN", "ADJ") and view.case(name) == "Gen":
            name += 1  # ``, профессора Михаила Осокина,``: the role before the name
        entity = view.entity_of_token[name] if name < hi else None
        if entity is not None and entity.label == "PER" and \
                entity.start == view.tokens[name].start and declined(entity):
            after = view.token_at(entity.end - 1) + 1
            if after < hi and view.low[after] == ",":
                return Source("phrase", entity.start, entity.end), after
    return Source("phrase", view.tokens[first].start, view.tokens[j - 1].end), j


def relative_of(view: View, noun: int, name: int) -> bool:
    """Does a relation noun name the relative of the person after it (``матери Ивана
    Смирнова``), not that person (``его супруги Валентины``)? A possessive before the noun
    holds the relation; otherwise a gender the name does not share."""
    if view.lemma[noun] not in RELATION_NOUNS or \
            noun > 0 and view.low[noun - 1] in POSSESSIVE_PRONOUNS:
        return False
    a, b = view.feats[noun].get("Gender"), view.feats[name].get("Gender")
    return a is not None and b is not None and a != b


def main_subject(view: View, lo: int, before: int) -> Source | None:
    """The subject of the first finite verb of the sentence that has one: who a gerund or a
    coordinated verb is about (``Еврокомиссия выступала против, заявив, что…``,
    ``Шендерович вспомнил о …, и сказал, что…``)."""
    verbs = [k for k in range(max(lo, before - SCAN_TOKENS), before)
             if view.is_finite(k) and view.pos[k] == "VERB" and not view.inside_quote(k)]
    # ``Пострадавших нет, — добавил он, уточнив, что …``: before an attribution after a dash
    # is the speech (its marks lost); the attribution's verb is the main one
    said = [k for k in verbs if k >= 2 and view.is_dash(k - 1)
            and view.low[k - 2] in (",", "!", "?", "…")]
    if said:
        verbs = verbs[verbs.index(said[-1]):]
    for k in verbs:
        found = subject_left(view, k, lo)
        if found is not None:
            return found
    # inverted: ``Об инциденте сообщила миссия ОБСЕ, подтвердив, что…``
    return subject_right(view, verbs[0], before) if verbs else None
