"""Entity names in the nominative: ``Сергею Лаврову`` -> ``Сергей Лавров``.

Each word is re-inflected with pymorphy3's ``inflect({'nomn'})`` from the parse that agrees with
the tagger's case, number and gender, so women's surnames stay feminine (``Ангелой Меркель`` ->
``Ангела Меркель``; ``normal_form`` would give a masculine ``Меркель``/``Иванов``). For
organisations and places only the head noun and the adjectives before it change case;
genitive dependents stay (``Калужской области`` -> ``Калужская область``, ``МИД России`` stays).
Indeclinable and foreign words, and words pymorphy3 cannot parse in the right case, stay as
written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ..annotations import Document, Entity, Token, feats_to_dict
from ..models.resources import morph_analyzer
from ..registry import register
from ..text.confusables import model_form
from ..text.morph import OC_UD_FEATS, restore_case
from .person_names import (NameWords, apposition_reading, as_known, name_words, oblique_reading,
                           person_case, person_gender, strip_case_ending, word_nominative)

UD_CASE_OC = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
              "Loc": "loct"}
UD_GENDER_OC = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
UD_NUMBER_OC = {"Sing": "sing", "Plur": "plur"}

#: Grammemes that make a parse a better reading of a word inside an entity of a label.
LABEL_GRAMMEMES = {
    "PER": ("Name", "Surn", "Patr"),
    "LOC": ("Geox",),
    "ORG": ("Orgn", "Abbr"),
}

NOUNS = ("NOUN", "PROPN")


def _shape(word: str, like: str) -> str:
    """Give ``word`` the capitalisation pattern of ``like`` (``ЛАВРОВУ`` -> ``ЛАВРОВ``), part by
    part in hyphenated names (``санкт-петербург`` like ``Санкт-Петербурге``)."""
    parts, like_parts = word.split("-"), like.split("-")
    if len(parts) == len(like_parts) > 1:
        return "-".join(restore_case(p, lp) for p, lp in zip(parts, like_parts))
    return restore_case(word, like)


#: ``Ростова-на-Дону``, ``Славянска-на-Кубани``: only the part before the preposition declines.
_PREPOSITIONAL_NAME = re.compile(r"^([^\W\d_]+)(-(?:на|над|под|в|де|ла|ле|сюр|ан|он|ам)-.+)$")


def _keep_yo(word: str, original: str) -> str:
    return word.replace("ё", "е") if "ё" not in original.lower() else word


#: An abbreviation with a case ending written in lower case: ``МИДа``, ``ВТБом``, ``НАТО`` no.
_ABBREVIATION_ENDING = re.compile(r"^([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ой|ы|ами|ах|ов)$")


#: Grammemes of a person's name: an organisation is never named by analogy with one.
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=100_000)
def nominative(word: str, feats: str, label: str, gender: str | None = None) -> str:
    """``word`` in the nominative, keeping the number and gender the tagger saw."""
    prepositional = _PREPOSITIONAL_NAME.match(word)
    if prepositional:
        head, tail = prepositional.groups()
        return nominative(head, feats, label, gender) + tail
    fdict = feats_to_dict(feats)
    case = fdict.get("Case")
    if case in (None, "Nom") or not any(ch.isalpha() for ch in word):
        return word
    if label != "PER":
        if len(word) > 1 and word.isupper():
            return word  # an abbreviation does not decline (``опрос ВЦИОМ`` is no ``ВЦИОМЫ``)
        ending = _ABBREVIATION_ENDING.match(word)
        if ending:
            return ending.group(1)  # ``МИДа``, ``ВТБом``: the abbreviation without its ending
        if "-" in word.strip("-"):
            head, tail = word.rsplit("-", 1)  # ``Левада-центра``: the last part declines
            if tail.isalpha() and tail.islower():
                return head + "-" + nominative(tail, feats, label, gender)
    oc_case = UD_CASE_OC.get(case)
    number = UD_NUMBER_OC.get(fdict.get("Number", ""))
    gender = UD_GENDER_OC.get(gender or fdict.get("Gender", ""))
    preferred = LABEL_GRAMMEMES.get(label, ())
    best: tuple[float, Any] | None = None
    for parse in morph_analyzer().parse(word):
        grams = parse.tag.grammemes
        if oc_case not in grams and not (oc_case == "gent" and "gen2" in grams) \
                and not (oc_case == "loct" and "loc2" in grams):
            continue
        if label == "PER" and "plur" in grams and number != "plur":
            continue  # a person is one: ``Ханг`` is not the plural genitive of ``Ханга``
        if label == "ORG" and not parse.is_known and PERSON_GRAMMEMES & grams:
            continue  # a body's unknown word read as a person's (``Совфеде`` as ``Федя``)
        score = parse.score
        if "Fixd" in grams:  # indeclinable: the word is its own nominative, if no declinable
            score -= 0.5     # reading fits as well (``Ангеле``: Ангела, not a name Ангеле)
        if number and number in grams:
            score += 1.0
        if gender and gender in grams:
            score += 1.0
        elif gender and any(g in grams for g in UD_GENDER_OC.values()) and "plur" not in grams \
                and not (label != "PER" and parse.is_known and any(g in grams for g in preferred)):
            # ``Росси`` is no woman's ``Росся``: never change a name's gender; but the
            # dictionary's own place or body outweighs the tagger's gender (``Беларусью``)
            continue
        if any(g in grams for g in preferred):
            score += 0.5
        if best is None or score > best[0]:
            best = (score, parse)
    if best is None:
        stem = strip_case_ending(word, case, "Masc") \
            if label == "ORG" and gender == "masc" and word[:1].isupper() else None
        return stem or word  # ``в Совфеде``: a body's masculine name of the hard declension
    parse = best[1]
    if "Fixd" in parse.tag.grammemes:
        return word
    wanted = {"nomn"}
    if "plur" in parse.tag.grammemes:
        wanted.add("plur")
    form = _inflect(parse, wanted, word)
    if form is None:
        return word
    return _shape(_keep_yo(form.word, word), word)


def _inflect(parse: Any, wanted: set[str], word: str) -> Any:
    """``parse.inflect(wanted)``, except for a superlative: pymorphy3 takes the lexeme's
    first superlative (``Высшей`` -> ``высочайшая``, ``Лучшей`` -> ``наихорошая``); the
    form wanted is the one of the word's own stem (``высшая``)."""
    form = parse.inflect(wanted)
    if form is None or "Supr" not in parse.tag.grammemes:
        return form
    target = set(form.tag.grammemes)
    low = word.lower()

    def shared(candidate: str) -> int:
        n = 0
        while n < min(len(candidate), len(low)) and candidate[n] == low[n]:
            n += 1
        return n

    same = [f for f in parse.lexeme if set(f.tag.grammemes) == target]
    return max(same, key=lambda f: shared(f.word), default=form)


def _oblique_only(word: str) -> str | None:
    """The case of a capitalised word the dictionary knows only in oblique cases, or None.

    The tagger reads a title in quotation marks as a nominative (``опрос «Левада-центра»``);
    a known word with no nominative reading is not one. The last part of a hyphenated
    word decides."""
    tail = word.rsplit("-", 1)[-1]
    if not tail.isalpha() or not word[:1].isupper() or word.isupper() or len(tail) < 3:
        return None
    parses = morph_analyzer().parse(tail)
    if not parses or not all(p.is_known for p in parses) or \
            any("nomn" in p.tag.grammemes or "Fixd" in p.tag.grammemes for p in parses):
        return None
    oc = parses[0].tag.case
    return next((ud for ud, c in UD_CASE_OC.items() if c == oc or
                 (c, oc) in (("gent", "gen2"), ("loct", "loc2"))), None)


def declined(entity: Entity) -> bool:
    """Is the entity's last word written in an oblique case (its nominative differs from the
    word as the models read it: ``Адвокат Маркива`` after ``Виталий Маркив``)? Invisible and
    look-alike characters do not count (``Пес\u200bков`` is ``Песков``)."""
    if not entity.normal or not entity.text.split():
        return False
    return entity.normal.split()[-1].lower() != model_form(entity.text.split()[-1]).lower()


def declined_anywhere(entity: Entity) -> bool:
    """Is any word of a name written in an oblique case: the last (``declined``), or another
    (``Камалы Харрис``: the surname does not decline, the first name shows the genitive)?"""
    if declined(entity):
        return True
    normal = (entity.normal or "").split()
    written = entity.text.split()
    return len(normal) == len(written) and any(
        a.lower().replace("ё", "е") != model_form(b).lower().replace("ё", "е")
        for a, b in zip(normal, written))


def _model_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens with the words the dictionary should read (``confusables.model_form``:
    no invisible characters, no Latin look-alikes); offsets and tags unchanged."""
    out = []
    for token in tokens:
        word = model_form(token.text)
        out.append(token if word == token.text else replace(token, text=word))
    return out


def entity_tokens(tokens: Sequence[Token], starts: Sequence[int], entity: Entity) -> list[Token]:
    i = bisect_left(starts, entity.start)
    out = []
    while i < len(tokens) and tokens[i].end <= entity.end:
        out.append(tokens[i])
        i += 1
    return out


#: The case a preposition right before a title in quotation marks governs (``в «Финаме»``).
_PREPOSITION_CASES = {"в": "loct", "во": "loct", "на": "loct", "о": "loct", "об": "loct",
                      "при": "loct", "у": "gent", "от": "gent", "из": "gent", "для": "gent",
                      "до": "gent", "без": "gent", "к": "datv", "по": "datv"}


def governed_case(tokens: Sequence[Token], first: int) -> str | None:
    """The case (OpenCorpora) the words before a title in quotation marks at token ``first``
    give it: a preposition's (``в «Финаме»``), or the genitive after a noun that is not the
    title's kind (``аналитики «Финама»``; but ``компании «Лента»`` is an apposition)."""
    from ..kb.lexicon import MEDIA_NOUNS, METONYMS, ORG_UNITS
    from .span_rules import OPENING_QUOTES

    if first < 2 or tokens[first - 1].text not in OPENING_QUOTES:
        return None
    before = tokens[first - 2]
    low = before.text.lower()
    if low in _PREPOSITION_CASES:
        return _PREPOSITION_CASES[low]
    lemma = (before.lemma or low).replace("ё", "е")
    if before.pos == "NOUN" and lemma not in ORG_UNITS and lemma not in MEDIA_NOUNS and \
            lemma not in METONYMS:  # a body's kind (``авиакомпании «Ижавиа»``): apposition
        return "gent"
    return None


#: How many dependents (``Багамских островов``) may stand between a person noun and the name
#: in apposition to it.
APPOSITION_GAP = 4


def apposition_case(tokens: Sequence[Token], first: int) -> str | None:
    """The oblique case (UD) of the person noun a name at token ``first`` stands in apposition
    to, over its genitive dependents: ``на премьер-министра[Acc] Багамских островов Хьюберта
    Минниса`` -> Acc. None when no such noun is right before it."""
    k = first - 1
    while k >= 0 and first - k <= APPOSITION_GAP + 1:
        token = tokens[k]
        feats = token.feats_dict
        case = feats.get("Case")
        if token.pos == "NOUN" and feats.get("Animacy") == "Anim" and case not in (None, "Nom"):
            return case
        if token.pos not in ("NOUN", "PROPN", "ADJ") or case != "Gen":
            return None
        k -= 1
    return None


def _title_nominative(word: str, case: str) -> str | None:
    """The nominative of a title the context puts in ``case`` (``Финама`` -> ``Финам``), when
    the word has a singular noun reading in that case and none in the nominative."""
    parses = morph_analyzer().parse(word.lower())
    if case == "gent" and word.endswith("а") and len(word) > 3 and \
            not any(p.is_known for p in parses):
        # a title the dictionary does not know, ``-а`` after a noun: a masculine genitive
        # (``аналитики «Финама»``; a feminine one would end in ``-ы``, ``-и``)
        return word[:-1]
    if any("nomn" in p.tag.grammemes and p.tag.POS == "NOUN" for p in parses):
        return None
    for parse in parses:  # a known word only: a guessed one may be any gender
        if parse.is_known and parse.tag.POS == "NOUN" and case in parse.tag.grammemes and \
                "sing" in parse.tag.grammemes:
            form = parse.inflect({"nomn"})
            return _shape(form.word, word) if form is not None else None
    return None


def normalize_entity(text: str, tokens: Sequence[Token], label: str,
                     known: Iterable[str] = (), labelled: bool = False,
                     context_case: str | None = None) -> str:
    """The nominative form of an entity whose span is ``text`` and whose tokens are ``tokens``;
    ``known`` holds lower-case nominative name words vouched for by the document or the
    knowledge base (see ``person_names``). A ``labelled`` name opens a line before a colon
    (``Евгения Назарец: …``), where a name is always in the nominative."""
    if not tokens:
        return text
    base = tokens[0].start
    words = [model_form(t.text) for t in tokens]
    if label == "PER":
        # Parts of one name share a case and a gender (``person_names``), read on the words
        # as the dictionary should see them (``confusables.model_form``).
        seen = _model_tokens(tokens)
        case = "Nom" if labelled else person_case(seen)
        oblique = oblique_reading(seen) if case == "Nom" and not labelled else None
        if case == "Nom" and not labelled and oblique is None and context_case:
            oblique = apposition_reading(seen, context_case)
        if oblique is not None:  # ``премьер-министра Хьюберта Минниса``: the tagger's Nom
            case = oblique[0]
        known = as_known(known)
        if case in (None, "Nom") and not known:
            return model_form(text)
        gender = oblique[1] if oblique else person_gender(seen) if case not in (None, "Nom") \
            else person_gender(seen, tagger=False, case="Nom")  # a document's form outweighs
        # the tagger's gender; its nominative still rules out ``Юлия`` as ``Юлий``'s genitive
        for i, token in enumerate(tokens):
            if token.pos in NOUNS or token.pos in ("ADJ", "X") or token.pos is None:
                word = words[i]
                form = word_nominative(word, case, gender, known)
                words[i] = form if form == word else _shape(_keep_yo(form, word), word)
    else:
        head = next((i for i, t in enumerate(tokens) if t.pos in NOUNS), None)
        if head is None:
            return text
        head_case = tokens[head].feats_dict.get("Case")
        if label == "ORG" and len(tokens) == 1 and context_case and words[0].isalpha():
            # ``аналитики «Финама»``, ``в «Финаме»``: the marks hide the case, the words
            # before them tell it
            found = _title_nominative(words[0], context_case)
            if found is not None:
                return found
        if head_case == "Nom" and label == "ORG" and len(tokens) == 1:
            oblique = _oblique_only(words[0])  # ``опрос «Левада-центра»``: marks hide the case
            if oblique:
                feats = re.sub(r"Case=\w+", "Case=" + oblique, tokens[0].feats or "")
                return nominative(words[0], feats, label)
        if head_case in (None, "Nom"):
            return model_form(text)
        gender = tokens[head].feats_dict.get("Gender")
        for i in range(head + 1):
            token = tokens[i]
            agrees = token.pos in (*NOUNS, "ADJ", "DET") or token.feats_dict.get("VerbForm") == "Part"
            case = token.feats_dict.get("Case")
            # the words before the head agree with it, whatever case the tagger gave each
            # (``в Китайской[Gen] национальной космической администрации[Loc]``)
            if agrees and (case == head_case or i < head and case != "Nom"):
                # (an adjective the tagger gave no case, ``Алтае-Саянского``, takes the head's)
                feats = token.feats if case else f"{token.feats or ''}|Case={head_case}"
                words[i] = nominative(words[i], feats.strip("|"), label,
                                      gender if token.pos != "NOUN" else None)
    out = []
    for i, (token, word) in enumerate(zip(tokens, words)):
        out.append(word)
        if i + 1 < len(tokens):
            out.append(text[token.end - base:tokens[i + 1].start - base])
    return "".join(out)


#: How far back a label's line start is looked for: a bounded look keeps a document of one
#: endless line with many names linear.
LABEL_LOOKBACK = 200


def _line_label(text: str, entity: Entity) -> bool:
    """Does the name open its line and stand before a colon (a transcript's label)?"""
    if text[entity.end:entity.end + 2].lstrip(" ")[:1] != ":":
        return False
    lo = max(0, entity.start - LABEL_LOOKBACK)
    line_start = text.rfind("\n", lo, entity.start) + 1
    if line_start == 0 and lo > 0:
        return False
    return not text[line_start:entity.start].strip()


def document_nominatives(entities: Sequence[Entity],
                         tokens_of: Sequence[Sequence[Token]]) -> frozenset[str]:
    """Lower-case words of the document's person names written in the nominative
    (``Никол`` of ``Никол Пашинян``): the form a rare name's oblique mentions go back to."""
    out: set[str] = set()
    women: set[str] = set()
    for entity, toks in zip(entities, tokens_of):
        toks = _model_tokens(toks) if entity.label == "PER" else toks
        if entity.label == "PER" and person_case(toks) == "Nom":
            words = {t.text.lower().replace("ё", "е") for t in name_words(toks)}
            out |= words
            if person_gender(toks, tagger=False) == "Fem":
                women |= words
    # ``Падована`` tagged nominative beside ``Падован`` is a case form of it; ``Иванова`` of
    # ``Анна Иванова`` beside ``Петр Иванов`` is a woman's name of its own.
    return frozenset(w for w in out
                     if w in women or strip_case_ending(w, "Gen", None) not in out)


def kb_nominatives(text: str) -> frozenset[str]:
    """First name and surname of the one knowledge-base person a name denotes, if one."""
    from ..kb.base import default_kb

    kb = default_kb()
    hits = kb.name_hits(model_form(text), "PER")
    if len(hits) != 1:
        return frozenset()
    entry = kb.entries[hits[0].id]
    return frozenset(w.lower().replace("ё", "е") for w in (entry.first, entry.surname) if w)


def _context_case(tokens: Sequence[Token], starts: Sequence[int], entity: Entity,
                  size: int) -> str | None:
    """What the words before an entity say of its case: a title in quotation marks gets the
    case its preposition or noun governs (OpenCorpora), a person's name the case of the person
    noun it stands in apposition to (UD)."""
    first = bisect_left(starts, entity.start)
    if entity.label == "ORG" and size == 1:
        return governed_case(tokens, first)
    if entity.label == "PER":
        return apposition_case(tokens, first)
    return None


class Normalizer:
    name = "normalize"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        out = []
        for doc in docs:
            starts = [t.start for t in doc.tokens]
            tokens_of = [entity_tokens(doc.tokens, starts, e) for e in doc.entities]
            nominatives = document_nominatives(doc.entities, tokens_of)
            ents = tuple(
                Entity(e.id, e.start, e.end, e.text, e.label,
                       normalize_entity(e.text, toks, e.label,
                                        NameWords(nominatives, kb_nominatives(e.text))
                                        if e.label == "PER" else (),
                                        e.label == "PER" and _line_label(doc.text, e),
                                        _context_case(doc.tokens, starts, e, len(toks))),
                       e.zone)
                for e, toks in zip(doc.entities, tokens_of)
            )
            out.append(doc.replace(entities=ents))
        return out


@register("normalize", requires=("entities", "pos"), provides=("normal",))
def make_normalizer() -> Normalizer:
    """Entity ``normal``: nominative form keeping gender and number."""
    return Normalizer()


__all__ = ["normalize_entity", "nominative", "OC_UD_FEATS"]
