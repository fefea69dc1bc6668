"""Contextual morphology: slovnet tags each sentence (UD POS + FEATS), pymorphy3 gives the lemma.

The neural tagger sees context but knows no lemmas; pymorphy3 knows every lemma but not which
parse is meant. The lemma is taken from the pymorphy3 parse that agrees best with the tagger's
POS and features (``lemmatize``). Sentences of a whole batch of documents go through the tagger
together, which is where batching pays off.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Mapping, Sequence

from ..annotations import Document, Token, feats_to_dict, feats_to_str
from ..models.batching import length_batches
from ..models.resources import morph_analyzer, morph_tagger, word_vocabulary
from ..registry import register
from .confusables import model_form
from .segment import sentence_tokens

# OpenCorpora POS -> UD POS (after russian-tagsets).
OC_UD_POS: Mapping[str, str] = {
    "ADJF": "ADJ", "ADJS": "ADJ", "ADVB": "ADV", "COMP": "ADV",
    "VERB": "VERB", "GRND": "VERB", "INFN": "VERB", "PRTF": "VERB", "PRTS": "VERB",
    "NOUN": "NOUN", "NPRO": "PRON", "NUMR": "NUM", "CONJ": "CCONJ", "INTJ": "INTJ",
    "PRCL": "PART", "PREP": "ADP", "PRED": "ADV",
}

# OpenCorpora grammeme -> (UD feature, value).
OC_UD_FEATS: Mapping[str, tuple[str, str]] = {
    "anim": ("Animacy", "Anim"), "inan": ("Animacy", "Inan"),
    "impf": ("Aspect", "Imp"), "perf": ("Aspect", "Perf"),
    "nomn": ("Case", "Nom"), "gent": ("Case", "Gen"), "gen1": ("Case", "Gen"),
    "gen2": ("Case", "Gen"), "datv": ("Case", "Dat"), "accs": ("Case", "Acc"),
    "ablt": ("Case", "Ins"), "loct": ("Case", "Loc"), "loc1": ("Case", "Loc"),
    "loc2": ("Case", "Loc"), "voct": ("Case", "Voc"),
    "femn": ("Gender", "Fem"), "masc": ("Gender", "Masc"), "neut": ("Gender", "Neut"),
    "sing": ("Number", "Sing"), "plur": ("Number", "Plur"),
    "1per": ("Person", "1"), "2per": ("Person", "2"), "3per": ("Person", "3"),
    "past": ("Tense", "Past"), "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"),
    "GRND": ("VerbForm", "Conv"), "INFN": ("VerbForm", "Inf"), "PRTF": ("VerbForm", "Part"),
    "PRTS": ("VerbForm", "Part"), "VERB": ("VerbForm", "Fin"),
    "ADJS": ("Variant", "Short"),
    "actv": ("Voice", "Act"), "pssv": ("Voice", "Pass"),
    "COMP": ("Degree", "Cmp"), "Supr": ("Degree", "Sup"),
}

# UD POS that share pymorphy3's parses (PROPN is a NOUN there, AUX a VERB...).
UD_POS_EQUIV: Mapping[str, str] = {
    "PROPN": "NOUN", "AUX": "VERB", "SCONJ": "CCONJ", "DET": "ADJ", "PRON": "PRON",
}

# OpenCorpora POS for determiners/pronominal adjectives, which UD calls DET.
DET_TAG = "Apro"

#: Features that decide between parses, with their weights; Case/Number/Gender separate most.
FEAT_WEIGHTS: Mapping[str, float] = {
    "Case": 1.0, "Number": 1.0, "Gender": 1.0, "VerbForm": 1.0, "Tense": 0.5, "Person": 0.5,
    "Aspect": 0.5, "Variant": 0.5, "Voice": 0.3, "Animacy": 0.2, "Degree": 0.3,
}

#: POS whose lemma is the lower-cased token itself: punctuation, symbols, foreign words and
#: the closed classes UD lemmatises to themselves (``во`` stays ``во``, ``ли`` stays ``ли``).
VERBATIM_POS = frozenset({"PUNCT", "SYM", "X", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"})

#: POS for which the lemma keeps the original capitalisation (``Москве`` -> ``Москва``).
PROPER_POS = frozenset({"PROPN"})


def _parse_pos(tag: Any) -> str:
    if DET_TAG in tag:
        return "DET"
    return OC_UD_POS.get(tag.POS or "", "X")


#: A feature value that agrees with any: a plurale tantum (``выборы``, ``Афины``, ``сутки``) has
#: no gender (OpenCorpora ``GNdr``), and UD gives it whichever the treebank or tagger chose, so
#: it must not lose to a homonym's gendered plural (``выборах`` is ``выборы``, not ``выбор``);
#: between the two, pymorphy3's probabilities decide (``часов`` is still ``час``).
ANY_VALUE = "*"


def _parse_feats(tag: Any) -> dict[str, str]:
    feats: dict[str, str] = {}
    for gram in tag.grammemes:
        pair = OC_UD_FEATS.get(gram)
        if pair and pair[0] not in feats:
            feats[pair[0]] = pair[1]
    if "GNdr" in tag.grammemes and "Gender" not in feats:
        feats["Gender"] = ANY_VALUE
    return feats


#: Grammemes that mark a dictionary reading as a name (a tagger's PROPN prefers it).
NAME_LIKE_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=8192)
def _tag_reading(tag: Any) -> tuple[str, Mapping[str, str], bool]:
    """A pymorphy3 tag's UD POS, UD features and whether it is a name. pymorphy3 shares one
    tag object per distinct tag (a few thousand), so each is read once, not once per parse."""
    return _parse_pos(tag), _parse_feats(tag), bool(NAME_LIKE_GRAMMEMES & tag.grammemes)


def _score(parse: Any, pos: str, feats: str) -> float:
    return _tag_fit(parse.tag, pos, feats) + parse.score * 0.5


@lru_cache(maxsize=65_536)
def _tag_fit(tag: Any, pos: str, feats_string: str) -> float:
    """How well a dictionary tag fits the tagger's POS and FEATS: cached, since a corpus has a
    few thousand tags and FEATS strings and the lemmatiser scores every reading of every new
    word."""
    parse_pos, pfeats, is_name = _tag_reading(tag)
    feats = feats_to_dict(feats_string)
    target = UD_POS_EQUIV.get(pos, pos)
    score = 0.0
    if parse_pos == pos or UD_POS_EQUIV.get(parse_pos, parse_pos) == target:
        score += 3.0
    elif pos == "DET" and parse_pos in ("PRON", "ADJ"):
        score += 2.0
    elif pos in ("PRON", "DET") and parse_pos in ("PRON", "ADJ"):
        score += 1.5
    for name, weight in FEAT_WEIGHTS.items():
        if name in feats and name in pfeats:
            agree = pfeats[name] == feats[name] or pfeats[name] == ANY_VALUE
            score += weight if agree else -weight * 0.5
    if pos == "PROPN" and is_name:
        score += 1.0
    return score


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _superlative_lemma(parse: Any, word: str) -> str | None:
    """``лучших`` -> ``лучший``, not pymorphy3's ``хороший``: the masculine nominative singular
    of the same superlative, picked from the lexeme by the longest shared prefix."""
    candidates = [f.word for f in parse.lexeme
                  if {"Supr", "masc", "sing", "nomn"} <= f.tag.grammemes]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (_common_prefix(c, word), -len(c)))


def _only_oblique_in_dictionary(parses: Sequence[Any]) -> bool:
    """The dictionary knows the word, but never as a nominative (``Сассекса``): the tagger's
    ``Case=Nom`` is then less likely than pymorphy3's reading."""
    known = [p for p in parses if p.is_known]
    return bool(known) and not any("nomn" in p.tag.grammemes for p in known)


def _adjective_first(parses: Sequence[Any]) -> bool:
    """``Калужская``, ``Вотьская``: a capitalised adjective inside a name still lemmatises to
    the masculine adjective (``калужский``), as UD does."""
    return bool(parses) and parses[0].tag.POS == "ADJF" and parses[0].is_known


#: Demonstratives used as pronouns (UD PRON) lemmatise to the neuter: ``того``/``тем`` -> ``то``,
#: ``всего`` -> ``всё``; as determiners they stay ``тот``/``весь``.
PRONOUN_LEMMAS: Mapping[str, str] = {"тот": "то", "весь": "всё"}


#: Where UD's lemma differs from pymorphy3's dictionary form: ``должен`` has only short forms
#: (``должна``, ``должны``), quantifier ``многих`` is the numeral ``много``.
UD_LEMMAS: Mapping[tuple[str, str, str], str] = {
    # (UD POS, pymorphy3 POS, pymorphy3 normal form) -> UD lemma
    ("ADJ", "ADJS", "должный"): "должен",
    ("NUM", "ADJF", "многий"): "много",
    ("NUM", "ADJF", "немногий"): "немного",
}


#: Name grammemes whose feminine forms must not be masculinised by ``normal_form``.
NAME_GRAMMEMES = frozenset({"Surn", "Patr", "Name"})


#: Comparatives that are adverbs of time in their own right, "afterwards" and "before"
#: (``позже он вернулся``, ``как сообщалось ранее``), not degrees of ``поздно``/``рано``: they
#: are their own lemmas, as in UD Russian.
TEMPORAL_COMPARATIVES = frozenset({"позже", "позднее", "раньше", "ранее"})


def _first_known(candidates: Sequence[str], oc_pos: str) -> str | None:
    """The first of ``candidates`` that the dictionary knows as its own lemma with OpenCorpora
    POS ``oc_pos``, or None."""
    for candidate in candidates:
        if any(p.tag.POS == oc_pos and p.normal_form == candidate and p.is_known
               for p in morph_analyzer().parse(candidate)):
            return candidate
    return None


def _positive_adverb(parse: Any, word: str) -> str:
    """An adverb's comparative lemmatises to the positive adverb (``чаще`` -> ``часто``,
    ``ближе`` -> ``близко``), which pymorphy3 keeps in a lexeme of its own: the adjective's stem
    plus ``-о``/``-е``, if the dictionary knows it as an adverb. Where it does not (``раньше``:
    no ``ранно``), the comparative is its own lemma, as are ``TEMPORAL_COMPARATIVES``."""
    if word.lower() in TEMPORAL_COMPARATIVES:
        return word.lower()
    stem = parse.normal_form[:-2]
    return _first_known((stem + "о", stem + "е"), "ADVB") or word.lower()


def _positive_adjective(parse: Any) -> str:
    """An adjective's comparative lemmatises to the positive adjective (UD: ``лучше`` ->
    ``хороший``, ``выше`` -> ``высокий``); pymorphy3 files a few under the adverb (``выше``:
    ``высоко``), whose stem gives the adjective if the dictionary knows it."""
    lemma = parse.normal_form
    if lemma[-1:] not in ("о", "е"):
        return lemma
    stem = lemma[:-1]
    return _first_known((stem + "ий", stem + "ый", stem + "ой"), "ADJF") or lemma


#: Grammemes a participle keeps when it is put in its dictionary form: its tense and voice
#: (``заслуженные`` -> ``заслуженный``, not the present ``заслуживаемый``).
PARTICIPLE_KEEP = frozenset({"past", "pres", "actv", "pssv"})

#: OpenCorpora's marks of a participle that is also used as an adjective (``Adjx``:
#: ``заслуженный``, ``радиопоглощающий``) or as a noun (``Subx``: ``пострадавший``). The tagger's
#: ADJ or NOUN on any other participle is too often wrong (``подозреваемый в ...``, a participle
#: with its own complement, is a verb form in UD) to lemmatise it as an adjective.
LEXICALISED_PARTICIPLE = frozenset({"Adjx", "Subx"})


def _participle_adjective(parse: Any, pos: str) -> str | None:
    """A lexicalised participle (``LEXICALISED_PARTICIPLE``) used as an adjective or a noun
    lemmatises as an adjective, to its full nominative singular (UD: ``заслуженные артисты`` ->
    ``заслуженный``, ``помощь пострадавшим`` -> ``пострадавший``), not to the verb's infinitive,
    which pymorphy3 gives as its normal form. A singular noun keeps its feminine or neuter
    gender; a plural one is a masculine singular (``пострадавший``)."""
    gender = "masc"
    if pos == "NOUN" and "sing" in parse.tag.grammemes:
        gender = next((g for g in ("femn", "neut") if g in parse.tag.grammemes), "masc")
    form = parse.inflect({"PRTF", gender, "sing", "nomn"} | (PARTICIPLE_KEEP & parse.tag.grammemes))
    return None if form is None else form.word


#: How a Russian infinitive ends (``сказать``, ``нести``, ``беречь``, ``заявиться``).
INFINITIVE_ENDINGS = ("ть", "ти", "чь", "ться", "тись", "чься")


def _lemma_of(parse: Any, pos: str, word: str) -> str:
    """The lemma in UD's convention: participles and gerunds lemmatise to the infinitive,
    superlatives stay superlative, a pronominal adjective used as a pronoun is neuter
    (``того`` -> ``то``)."""
    tag = parse.tag
    tag_pos = tag.POS  # a property pymorphy3 computes on every read
    if tag_pos in ("PRTF", "PRTS", "GRND") and pos in ("VERB", "AUX"):
        if parse.normal_form.endswith(INFINITIVE_ENDINGS):
            # pymorphy3 files a verb form under its lexeme's infinitive already (inflecting
            # builds the whole lexeme: a fifth of a cold run's lemmatising)
            return parse.normal_form
        infinitive = parse.inflect({"INFN"})
        if infinitive is not None:
            return infinitive.word
    if (tag_pos in ("PRTF", "PRTS") and pos in ("ADJ", "NOUN")
            and LEXICALISED_PARTICIPLE & tag.grammemes):
        adjective = _participle_adjective(parse, pos)
        if adjective is not None:
            return adjective
    if tag_pos == "COMP" and pos in ("ADV", "NUM"):
        return _positive_adverb(parse, word)
    if tag_pos == "COMP" and pos == "ADJ":
        return _positive_adjective(parse)
    if "Supr" in tag.grammemes and pos == "ADJ":
        return _superlative_lemma(parse, word.lower()) or parse.normal_form
    if pos == "PRON" and parse.normal_form in PRONOUN_LEMMAS:
        return PRONOUN_LEMMAS[parse.normal_form]
    ud_lemma = UD_LEMMAS.get((pos, tag_pos, parse.normal_form))
    if ud_lemma:
        return ud_lemma
    if "femn" in tag.grammemes and NAME_GRAMMEMES & tag.grammemes:
        feminine = parse.inflect({"nomn", "sing"})  # Петровны -> Петровна, not Петрович
        if feminine is not None:
            return feminine.word
    return parse.normal_form


#: Stress marks (combining acute/grave) that dictionaries and encyclopedic texts put on vowels.
_STRESS = dict.fromkeys(map(ord, "\u0301\u0300"))


def strip_stress(word: str) -> str:
    return word.translate(_STRESS)


def restore_case(lemma: str, word: str) -> str:
    """Keep a proper noun's capitalisation: ``москве``'s lemma ``москва`` becomes ``Москва``."""
    if word.isupper() and len(word) > 1:
        return lemma.upper()
    if word[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


#: Lemmas whose ``ё`` tells them from another word: ``всё`` (``всего``, ``всё же``) is not
#: ``все`` (``все люди``), so it keeps it even in texts written without ``ё``.
DISTINCTIVE_YO = frozenset({"всё"})


def _restore_yo(lemma: str, word: str) -> str:
    """pymorphy3 may spell a lemma with ``ё`` where the input had ``е``; keep the input's
    spelling convention (texts written without ``ё`` get lemmas without it)."""
    if "ё" in lemma and "ё" not in word.lower() and lemma not in DISTINCTIVE_YO:
        return lemma.replace("ё", "е")
    return lemma


def _restore_soft_sign(lemma: str, word: str) -> str:
    """pymorphy3 files some nouns in ``-ье`` under the older ``-ие`` spelling (``ущелья`` ->
    ``ущелие``, ``счастья`` -> ``счастие``, ``в предгорьях`` -> ``предгорие``); the input's
    ``ь`` tells the modern spelling, which is the lemma (``ущелье``, ``счастье``)."""
    stem = lemma[:-2]
    if lemma.endswith("ие") and word.lower().startswith(stem + "ь"):
        return stem + "ье"
    return lemma


#: Lemmas of abbreviations written with a period (``в 2020 г.``, ``5 тыс. рублей``).
ABBREVIATION_LEMMAS: Mapping[str, str] = {
    "г.": "год", "гг.": "год", "в.": "век", "вв.": "век", "тыс.": "тысяча", "млн.": "миллион",
    "млрд.": "миллиард", "трлн.": "триллион", "руб.": "рубль", "коп.": "копейка",
    "долл.": "доллар", "чел.": "человек", "ул.": "улица", "пр.": "проспект",
    "просп.": "проспект", "пл.": "площадь", "обл.": "область", "др.": "другой",
    "ок.": "около", "им.": "имя", "св.": "святой", "ст.": "статья", "проф.": "профессор",
    "акад.": "академик", "ген.": "генерал", "мин.": "минута", "букв.": "буквально",
    "реж.": "режиссер", "род.": "родиться", "ум.": "умереть", "сокр.": "сокращенно",
    "англ.": "английский", "нем.": "немецкий", "лат.": "латинский", "фр.": "французский",
    # counts and currencies written without a period (``5 млн``, ``300 руб``); unit symbols
    # (``км``, ``кг``, ``%``) are symbols and stay as written
    "млн": "миллион", "млрд": "миллиард", "трлн": "триллион", "тыс": "тысяча",
    "руб": "рубль", "долл": "доллар", "чел": "человек",
}


#: Abbreviations whose expansion depends on the part of speech: ``на фр. языке`` (ADJ) is
#: ``французский``, ``25 фр.`` (NOUN) ``франк``.
ABBREVIATION_LEMMAS_BY_POS: Mapping[tuple[str, str], str] = {
    ("фр.", "NOUN"): "франк",
}


def tagger_word(text: str) -> str:
    """What the tagger sees: an abbreviation without its period and a word without stress
    marks (``ракéтный``, unknown to it with one), as in its training data, and without
    invisible or look-alike characters (``confusables.model_form``). ``ё`` is read as ``е``:
    navec learnt the ``е`` spellings from far more text (``передаёт`` tags as a participle,
    ``передает`` as the finite verb it is)."""
    text = model_form(text)
    if "ё" in text or "Ё" in text:
        text = text.replace("ё", "е").replace("Ё", "Е")
    if len(text) > 1 and text.endswith(".") and text[:-1].isalpha():
        return text[:-1]
    return strip_stress(text) if "\u0301" in text or "\u0300" in text else text


#: Particles written without ``ё`` whose lemma has it (``все же``, ``все равно``).
PARTICLE_LEMMAS: Mapping[str, str] = {"все": "всё"}


#: Possessive determiners that UD lemmatises to themselves (``его`` is not ``он`` here).
INVARIANT_DET = frozenset({"его", "её", "ее", "их"})


@lru_cache(maxsize=1)
def _common_words() -> Mapping[str, int]:
    """navec's 250K-word news vocabulary: a lemma in it beats a rare homonym that ties with it
    on every tag (``родном``: ``родной``, not ``родный``)."""
    return word_vocabulary().item_ids  # type: ignore[no-any-return]


#: Rare lexemes that pymorphy3 (which knows no word frequencies) ties on every tag with a far
#: more common homonym: ``полком``, ``полку`` are ``полк`` (regiment), not ``полок`` (a bathhouse
#: shelf); ``основным`` is ``основной`` (main), not the chemists' ``основный`` (basic);
#: ``статей`` is ``статья`` (article), not ``стать`` (build, physique).
RARE_HOMONYMS = frozenset({"полок", "основный", "стать"})


def _best_parse(parses: Sequence[Any], pos: str, feats: str) -> Any:
    if pos in VERB_POS and parses[0].is_known and not any(
            _tag_reading(p.tag)[0] == "VERB" for p in parses):
        # the dictionary knows the word and never as a verb (``согласно``, ``термодинамически``):
        # the tagger's verb features are then noise, and pymorphy3's likeliest reading is best
        return parses[0]
    scored = [(_score(p, pos, feats), p) for p in parses]
    top = max(score for score, _ in scored)
    tied = [p for score, p in scored if score >= top - 1e-9]
    if len(tied) > 1 and len({p.normal_form for p in tied}) > 1:
        common = _common_words()
        # the first common lemma that is not a rare homonym wins
        return max(tied, key=lambda p: (p.normal_form in common,
                                        p.normal_form not in RARE_HOMONYMS))
    return tied[0]


#: UD POS of verbs.
VERB_POS = frozenset({"VERB", "AUX"})

#: pymorphy3 POS of verb forms, which a proper name never is.
VERB_TAGS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})


#: POS the tagger gives words it does not know (``X``); a Cyrillic word there is still Russian,
#: and pymorphy3's own best reading is the better guess.
UNTAGGED_POS = "X"


def _is_cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch == "ё" for ch in word.lower())


def _plausible_parses(parses: Sequence[Any], word: str) -> Sequence[Any]:
    """pymorphy3's guesser reads some unknown words as indeclinable abbreviations
    (``Сассекса``: ``Abbr``, every case); a word not written in capitals is none."""
    if word.isupper():
        return parses
    kept = [p for p in parses if "Abbr" not in p.tag.grammemes or p.is_known]
    return kept or parses


#: An ordinal written in digits with an instrumental/locative/dative ending (``293-м полком``,
#: ``в 2020-м году``); pymorphy3 reads ``-м`` after some numbers as an abbreviation.
_ORDINAL_M = re.compile(r"(\d+)-(?:м|ым|им|ом)")


@lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str, feats: str) -> str:
    """Lemma of ``word`` given the tagger's UD ``pos`` and FEATS string. Cached per process."""
    if pos == UNTAGGED_POS and _is_cyrillic(word) and word.replace("-", "").isalpha():
        plain = strip_stress(word)
        parses = morph_analyzer().parse(plain)
        if not parses or not parses[0].is_known:
            return plain.lower()  # pymorphy3's guess at an unknown word (``Гуммет``) is worse
        return _restore_yo(parses[0].normal_form, word)
    if pos in VERBATIM_POS or not any(ch.isalpha() for ch in word):
        return PARTICLE_LEMMAS.get(word.lower(), word.lower()) if pos == "PART" else word.lower()
    if (word.lower(), pos) in ABBREVIATION_LEMMAS_BY_POS:
        return ABBREVIATION_LEMMAS_BY_POS[word.lower(), pos]
    if word.lower() in ABBREVIATION_LEMMAS:
        return ABBREVIATION_LEMMAS[word.lower()]
    word = strip_stress(word)
    fdict = feats_to_dict(feats)
    ordinal = _ORDINAL_M.fullmatch(word) if pos == "ADJ" else None
    if ordinal is not None:
        return ordinal.group(1) + "-й"
    if pos == "DET" and word.lower() in INVARIANT_DET:
        return word.lower()
    parses = _plausible_parses(morph_analyzer().parse(word), word)
    if pos == "PROPN":
        # A name is a noun: ``Жиль`` is not the verb ``жилить``, nor ``Мерло`` ``мереть``.
        parses = [p for p in parses if p.tag.POS not in VERB_TAGS]
        if not parses:
            return word
    if pos == "PROPN" and fdict.get("Case") == "Nom" and fdict.get("Number", "Sing") == "Sing":
        if _only_oblique_in_dictionary(parses):
            parses = [p for p in parses if p.is_known]  # trust the dictionary, not the guesser
        elif not _adjective_first(parses):
            return word  # a proper name in the nominative is its own lemma, spelling kept
    if parses:
        best = _best_parse(parses, pos, feats)
        lemma = _lemma_of(best, pos, word)
    else:
        lemma = word.lower()
    lemma = _restore_yo(lemma, word)
    if pos in ("NOUN", "PROPN"):
        lemma = _restore_soft_sign(lemma, word)
    if pos in PROPER_POS:
        lemma = restore_case(lemma, word)
    return lemma


def is_possessive(word: str, next_pos: str | None) -> bool:
    """``его``/``её``/``их`` before a noun phrase is a possessive determiner (``его словам``),
    which the tagger often calls PRON; its lemma is itself, not ``он``."""
    return word.lower() in INVARIANT_DET and next_pos in ("NOUN", "ADJ", "PROPN", "NUM")


#: Abbreviations in two parts (segment.PAIRED_ABBREVIATIONS) lemmatise to the words they stand
#: for, as UD does with ``г.`` -> ``год``: ``т. е.`` is ``то есть``, ``н. э.`` ``нашей эры``.
PAIRED_ABBREVIATION_LEMMAS: Mapping[tuple[str, str], tuple[str, str]] = {
    ("т.", "е."): ("то", "быть"),  # то есть
    ("т.", "к."): ("так", "как"),  # так как
    ("т.", "п."): ("то", "подобный"),  # тому подобное
    ("т.", "д."): ("так", "далее"),  # так далее
    ("т.", "н."): ("так", "называть"),  # так называемый (a participle: the verb, as UD)
    ("т.", "ч."): ("тот", "число"),  # в том числе
    ("т.", "о."): ("такой", "образ"),  # таким образом
    ("н.", "э."): ("наш", "эра"),  # нашей эры
    ("и.", "о."): ("исполнять", "обязанность"),  # исполняющий обязанности
}

#: Nouns after which the feminine and plural forms shared by ``большой`` and ``бо́льший``
#: (``большая``, ``большую``, ``большие``) are the comparative ``бо́льшая часть`` (the greater
#: part); anywhere else they are ``большой`` (``большая роль``).
GREATER_PART_NOUNS = frozenset({"часть", "половина", "доля"})


def _shared_form_lemma(word: str, lemma: str, next_token: Token | None) -> str | None:
    """The lemma of a form two common lexemes share on every feature, which the next word
    decides. ``самой``, ``самом``... before an adjective or a thing are the superlative's and
    "the very" ``самый`` (``самой высокой``, ``в самом центре``); before a person they are left
    to the tagger (``самого президента``: ``сам``). ``большая``, ``большую``... are ``бо́льший``
    only in ``бо́льшая часть``, elsewhere ``большой``."""
    if lemma not in ("сам", "самый", "большой", "больший"):
        return None
    lemmas = {p.normal_form for p in morph_analyzer().parse(word.lower())}
    if {"сам", "самый"} <= lemmas:
        if next_token is not None and (next_token.pos == "ADJ" or (
                next_token.pos == "NOUN" and "Animacy=Inan" in next_token.feats)):
            return "самый"
        return None
    if {"большой", "больший"} <= lemmas:
        greater = next_token is not None and next_token.lemma in GREATER_PART_NOUNS
        return "больший" if greater else "большой"
    return None


#: POS of a word an adjective may modify or share it with (``в основном составе``, ``в
#: Тверском и Псковском районах``): an adjective before none of them has no noun.
NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PRON"})


def _substantivised(previous: Token | None, token: Token, following: Token | None) -> str | None:
    """A neuter singular adjective right after a preposition and before no noun phrase is a
    noun (UD NOUN): ``в основном``, ``в общем``, ``в последующем`` -> ``основное``, ``общее``,
    ``последующее``, its neuter nominative."""
    if (previous is None or previous.pos != "ADP" or token.pos != "ADJ"
            or (following is not None and following.pos in NOUN_PHRASE_POS)):
        return None
    feats = feats_to_dict(token.feats)
    if feats.get("Gender") != "Neut" or feats.get("Number") != "Sing" or not token.lemma:
        return None
    for parse in morph_analyzer().parse(strip_stress(token.text).lower()):
        if parse.tag.POS == "ADJF" and parse.normal_form == token.lemma and "neut" in parse.tag:
            neuter = parse.inflect({"neut", "sing", "nomn"})
            if neuter is not None:
                return _restore_yo(neuter.word, token.text)
    return None


def contextual_lemmas(tokens: Sequence[Token]) -> list[Token]:
    """A sentence's lemmas that depend on the tokens around: two-part abbreviations
    (``PAIRED_ABBREVIATION_LEMMAS``), substantivised adjectives (``_substantivised``) and forms
    shared by two lexemes (``_shared_form_lemma``)."""
    out = list(tokens)
    i = 0
    while i < len(out):
        token = out[i]
        following = out[i + 1] if i + 1 < len(out) else None
        pair = None
        if following is not None and len(token.text) == 2 and token.text[1] == ".":
            pair = PAIRED_ABBREVIATION_LEMMAS.get((token.text.lower(), following.text.lower()))
        if pair is not None:
            out[i] = replace(token, lemma=pair[0])
            out[i + 1] = replace(out[i + 1], lemma=pair[1])
            i += 2
            continue
        noun = _substantivised(out[i - 1] if i else None, token, following)
        if noun is not None:
            feats = {k: v for k, v in feats_to_dict(token.feats).items() if k != "Degree"}
            out[i] = replace(token, lemma=noun, pos="NOUN", feats=feats_to_str(feats))
        elif token.lemma is not None and token.pos in ("ADJ", "DET"):
            lemma = _shared_form_lemma(strip_stress(token.text), token.lemma, following)
            if lemma is not None and lemma != token.lemma:
                out[i] = replace(token, lemma=lemma)
        i += 1
    return out


@lru_cache(maxsize=8192)
def common_noun_only(word: str) -> bool:
    """Does the dictionary know ``word`` (capitalised) only as a common noun, never as a name,
    a place, an organisation or an abbreviation? The tagger calls a sentence's first word
    PROPN for its capital (``Политтехнолог отметил``); the dictionary says it is no name."""
    if not word[:1].isupper() or not word[1:].replace("-", "").islower() or \
            not _is_cyrillic(word):
        return False
    if "-" in word:  # ``Врач-терапевт``: every part a common noun
        parts = word.split("-")
        return all(parts) and all(common_noun_only(part.capitalize()) for part in parts)
    parses = morph_analyzer().parse(word)
    return bool(parses) and all(p.is_known for p in parses) and all(
        p.tag.POS == "NOUN" and not (NAME_LIKE_GRAMMEMES | {"Abbr"}) & p.tag.grammemes
        for p in parses)


def tag_table(tags: Sequence[str]) -> list[tuple[str, str]]:
    """slovnet's ``POS|Feat=Val|...`` tag strings as ``(pos, feats)``; the features there are
    already sorted, as ``feats_to_str`` writes them."""
    table = []
    for tag in tags:
        pos, _, feats = tag.partition("|")
        table.append((pos, feats_to_str(feats_to_dict(feats)) if feats else ""))
    return table


class MorphTagger:
    """Tags all sentences of a batch of documents in one slovnet call, then lemmatises.

    Predictions are read as tag ids straight from slovnet's ``process``: its decoder would
    parse each ``POS|Feat=Val`` string into a dict, which we would only format back."""

    name = "morph"

    def __init__(self, lemmas: bool = True) -> None:
        self.tagger = morph_tagger()
        self.lemmas = lemmas
        self.tags = tag_table(self.tagger.infer.decoder.tags_vocab.items)

    def tag_ids(self, sents: Sequence[Sequence[Token]]) -> list[Any]:
        """Tag ids per sentence, in input order, from length-bucketed tagger batches."""
        infer = self.tagger.infer
        out: list[Any] = [None] * len(sents)
        for group in length_batches([len(sent) for sent in sents]):
            words = [[tagger_word(t.text) for t in sents[i]] for i in group]
            for i, pred in zip(group, infer.process(infer.encoder(words))):
                out[i] = pred
        return out

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        groups = [sentence_tokens(doc) for doc in docs]
        sents = [sent for doc_sents in groups for sent in doc_sents if sent]
        tagged = iter(self.tag_ids(sents))
        table = self.tags
        out = []
        for doc, doc_sents in zip(docs, groups):
            toks: list[Token] = []
            for sent in doc_sents:
                if not sent:
                    continue
                tags = [table[i] for i in next(tagged).tolist()]
                sent_toks = []
                for i, (token, (pos, feats)) in enumerate(zip(sent, tags)):
                    if is_possessive(token.text, tags[i + 1][0] if i + 1 < len(tags) else None):
                        pos = "DET"
                    elif pos == "PROPN" and (i == 0 or i == 1 and not sent[0].text.isalnum()) \
                            and common_noun_only(token.text):
                        pos = "NOUN"  # a capital opening the sentence made no name
                    sent_toks.append(self.annotate(token, pos, feats))
                toks.extend(contextual_lemmas(sent_toks) if self.lemmas else sent_toks)
            out.append(doc.replace(tokens=tuple(toks)))
        return out

    def annotate(self, token: Token, pos: str, feats: str) -> Token:
        lemma = lemmatize(model_form(token.text), pos, feats) if self.lemmas else None
        return Token(token.start, token.end, token.text, lemma, pos, feats)


@register("morph", requires=("tokens",), provides=("pos", "lemmas"))
def make_morph(lemmas: bool = True) -> MorphTagger:
    """slovnet news morphology (UD POS/FEATS) + pymorphy3 lemma agreeing with it."""
    return MorphTagger(lemmas=lemmas)
