"""Person names in the nominative: ``Олафа Шольца`` -> ``Олаф Шольц``.

The words of one name share a case and a gender, so both are decided once per name:

* **case** from the first word that declines (initials and indeclinable names such as
  ``Джо``, ``Андреа`` carry whatever case the tagger guessed); a word with no reading in that
  case (the tagger reads ``Путина`` after ``В. В.`` as locative) is read in the oblique case
  its own morphology allows;
* **gender** from the first word pymorphy3's dictionary knows as a first name, surname or
  patronymic of one gender (``Эльвирой`` is a woman's name whatever the tagger says), else
  from the tagger.

Each word then goes to the nominative, preferring, in order: a form the document itself shows
in the nominative or the knowledge base gives for this person (``known``: ``Никол`` of
``Никол Пашинян`` over a guessed ``Никола``); pymorphy3's dictionary; and, for a man's name
pymorphy3 only guesses, the word without its case ending: foreign names keep their stem
(``Шольца`` -> ``Шольц``, ``Мерцу`` -> ``Мерц``, ``Олафа`` -> ``Олаф``), where the guesser
would insert a Russian fleeting vowel (``Шолец``). Double surnames decline part by part
(``Прокудина-Горского`` -> ``Прокудин-Горский``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Collection, Iterable, Sequence

from ..annotations import Token
from ..models.resources import morph_analyzer

UD_CASE_OC = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
              "Loc": "loct"}
OC_GENDER = {"Masc": "masc", "Fem": "femn"}
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})

#: An initial: ``В``, ``В.``, ``В.В.``, ``Дж.``: it never changes and says nothing of the case.
_INITIAL = re.compile(r"(?:[^\W\d_]{1,2}\.)+|[^\W\d_]")

#: Case endings of a man's name of the hard declension (``Шольц``: ``Шольца``, ``Шольцу``,
#: ``Шольцем``, ``Шольце``): removing one gives back the nominative. ``ем`` is hard only after
#: ``ц``, ``ж``, ``ш``, ``ч``, ``щ`` (``Шольцем``; ``Игорем`` is ``Игорь``).
MASCULINE_ENDINGS: dict[str, tuple[str, ...]] = {
    "Gen": ("а",), "Acc": ("а",), "Dat": ("у",), "Ins": ("ом", "ем"), "Loc": ("е",),
}
_HISSING = "цжшчщ"

#: Case endings of a man's name ending in a vowel and ``й`` (``Милей``: ``Милея``, ``Милею``,
#: ``Милеем``, ``Милее``): after that vowel the ending replaces the ``й``.
J_STEM_ENDINGS: dict[str, str] = {"Gen": "я", "Acc": "я", "Dat": "ю", "Ins": "ем", "Loc": "е"}
_J_STEM_VOWELS = "аеоуэ"

#: A woman's surname of the possessive type in an oblique case (``Ивановой``, ``Крапивиной``):
#: the nominative ends in ``-а`` (``Иванова``).
FEMININE_SURNAME_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")

#: The case endings that tell a man's name of the ``-а`` declension (``Лула``, ``Мухика``)
#: unambiguously: a consonant-stem name (``Шольц``) never ends so in these cases.
MASCULINE_A_ENDINGS: dict[str, str] = {"Gen": "ы", "Ins": "ой"}

#: Case endings of a name of the ``-а``/``-я`` declension (``Никола``: ``Николы``, ``Николе``,
#: ``Николу``, ``Николой``), men's as well as women's; used only to find the nominative the
#: document or the knowledge base shows (``Николы Теслы`` after ``Никола Тесла``).
A_DECLENSION_ENDINGS: dict[str, tuple[str, ...]] = {
    "Gen": ("ы", "и"), "Dat": ("е", "и"), "Acc": ("у", "ю"), "Ins": ("ой", "ей", "ою", "ею"),
    "Loc": ("е", "и"),
}
#: A word (lower-cased) ending in a consonant: a hard-stem noun's ending (``Чеботарев``).
HARD_STEM_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")

#: The oblique cases tried, in order, for a word with no reading in the tagger's case.
OBLIQUE = ("gent", "datv", "ablt", "loct", "accs")


def is_initial(text: str) -> bool:
    return bool(_INITIAL.fullmatch(text))


def _guessed(parse: Any) -> bool:
    """Whether pymorphy3 guessed this reading (the word is not in its dictionary as such)."""
    return any(type(method[0]).__name__ != "DictionaryAnalyzer"
               for method in parse.methods_stack)


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(morph_analyzer().parse(word))


def _indeclinable(word: str) -> bool:
    parses = _parses(word)
    return bool(parses) and all("Fixd" in p.tag.grammemes for p in parses
                                if NAME_GRAMMEMES & p.tag.grammemes) \
        and any(NAME_GRAMMEMES & p.tag.grammemes for p in parses)


def name_words(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a name that inflect: not initials, not punctuation."""
    return [t for t in tokens if any(ch.isalpha() for ch in t.text) and not is_initial(t.text)]


def _tells_gender(parse: Any) -> bool:
    """A dictionary reading as a singular name. An indeclinable first name (``Андреа``,
    ``Мишель``) is given to either sex and says nothing; a surname's readings are all kept,
    so ``Харрис`` (a man's, declined, or a woman's, fixed) says nothing either."""
    grams = parse.tag.grammemes
    return (bool(NAME_GRAMMEMES & grams) and "sing" in grams and not _guessed(parse)
            and not ("Name" in grams and "Fixd" in grams))


def person_gender(tokens: Sequence[Token], tagger: bool = True,
                  case: str | None = None) -> str | None:
    """``Masc``/``Fem``: the first word the dictionary knows as a name of one gender only
    decides, else (if ``tagger``) the tagger (its first gendered word). With ``case`` only
    the readings in that case count (``Юлия`` in the nominative is no genitive of ``Юлий``)."""
    words = name_words(tokens)
    oc_case = UD_CASE_OC.get(case or "")
    for token in words:
        parses = _parses(token.text)
        if oc_case and any(oc_case in p.tag.grammemes for p in parses):
            parses = [p for p in parses if oc_case in p.tag.grammemes]
        genders = {g for p in parses for g in ("masc", "femn")
                   if g in p.tag.grammemes and _tells_gender(p)}
        if len(genders) == 1:
            return "Masc" if genders == {"masc"} else "Fem"
    if not tagger:
        return None
    for token in words:
        gender = token.feats_dict.get("Gender")
        if gender in OC_GENDER:
            return gender
    return None


def person_case(tokens: Sequence[Token]) -> str | None:
    """The UD case of a name: the tagger's, read on the first word that declines."""
    words = name_words(tokens)
    if not words:
        return None
    source = next((t for t in words if not _indeclinable(t.text)), words[0])
    return source.feats_dict.get("Case")


def _surely_oblique(word: str) -> bool:
    """A first name that is no nominative for sure: the dictionary knows it only in oblique
    cases (``Нурии``, ``Зухрой``)."""
    known = [p for p in _parses(word) if NAME_GRAMMEMES & p.tag.grammemes and not _guessed(p)]
    return bool(known) and not any("nomn" in p.tag.grammemes and "sing" in p.tag.grammemes
                                   for p in known)


def oblique_reading(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """``(case, gender)`` of a name of two or more declining words that the tagger called
    nominative but whose words make no one person's nominative: ``Хьюберта Минниса`` (a
    woman's Хьюберта, a man's Миннис), ``Нурии Ташполотовой``. The first oblique case all
    its words take in one gender; None when the nominative reading holds."""
    words = _declining_words(tokens)
    if len(words) < 2 or not (_surely_oblique(words[0]) or any(
            _low(w).endswith(FEMININE_SURNAME_OBLIQUE) for w in words)):
        # guesses alone do not overrule the tagger (``Ольянта Умала``), nor a surname that
        # looks like a dictionary name's oblique form (``Майя Санду``: no ``Санда``)
        return None
    if any(_reads(words, "nomn", g) for g in ("masc", "femn")):
        return None
    cases = {oc: ud for ud, oc in UD_CASE_OC.items()}
    return next(((cases[oc], "Masc" if g == "masc" else "Fem") for oc in OBLIQUE
                 for g in ("masc", "femn") if _reads(words, oc, g)), None)


def apposition_reading(tokens: Sequence[Token], case: str) -> tuple[str, str] | None:
    """``(case, gender)`` when the name's words all read in ``case`` (UD), the case of the
    person noun it stands in apposition to (``на премьер-министра Багамских островов Хьюберта
    Минниса``): the tagger's nominative, a woman's ``Хьюберта``, gives way to the noun's case.
    None when they do not (``сказал журналистам Иван Петров``: the subject)."""
    words = _declining_words(tokens)
    oc = UD_CASE_OC.get(case)
    if len(words) < 2 or oc is None or oc == "nomn":
        return None
    for gender in ("masc", "femn"):
        if _reads(words, oc, gender):
            return case, "Masc" if gender == "masc" else "Fem"
    return None


def _declining_words(tokens: Sequence[Token]) -> list[str]:
    """The words of a name that decline (initials and ``Джо``, ``Андреа`` left out)."""
    return [t.text for t in name_words(tokens) if not _indeclinable(t.text)]


def _reads(words: Sequence[str], oc_case: str, gender: str) -> bool:
    """Does every word have a reading in ``oc_case`` (OpenCorpora) for one ``gender``?"""
    return all(any(_fits(p, oc_case, gender) for p in _parses(w)) for w in words)


def _fits(parse: Any, oc_case: str, gender: str | None) -> bool:
    grams = parse.tag.grammemes
    if oc_case not in grams and not (oc_case == "gent" and "gen2" in grams) \
            and not (oc_case == "loct" and "loc2" in grams):
        return False
    if "plur" in grams:
        return False  # a person is one: ``Ханг`` is not the plural genitive of ``Ханга``
    if gender and any(g in grams for g in ("masc", "femn", "neut")) and gender not in grams:
        return False  # ``Росси`` is no woman's ``Росся``: never change a name's gender
    return True


#: How many times likelier than declined the dictionary must find a word indeclinable for the
#: indeclinable reading to win in an oblique case: ``Нелли`` (7:1) is the name Нелли, ``Анне``
#: (3:1) still the dative of ``Анна``.
INDECLINABLE_ODDS = 5


def _best_parse(word: str, oc_case: str, gender: str | None) -> Any | None:
    parses = _parses(word)
    # how much more likely the dictionary finds the word indeclinable than declined: ``Нелли``
    # is far more often the name Нелли (any case) than the genitive of ``Нелля``
    fixed = sum(p.score for p in parses if "Fixd" in p.tag.grammemes) > \
        INDECLINABLE_ODDS * sum(p.score for p in parses
                                if "Fixd" not in p.tag.grammemes and not _guessed(p))
    best: tuple[float, Any] | None = None
    for parse in parses:
        if not _fits(parse, oc_case, gender):
            continue
        score = parse.score
        if "Fixd" in parse.tag.grammemes and not fixed:  # indeclinable: the word is its own
            score -= 0.5          # nominative, if no declinable reading fits as well
        if NAME_GRAMMEMES & parse.tag.grammemes:
            score += 0.5
        if not _guessed(parse):
            score += 0.25
        if best is None or score > best[0]:
            best = (score, parse)
    return None if best is None else best[1]


def strip_case_ending(word: str, case: str, gender: str | None) -> str | None:
    """A man's name of the hard declension without its case ending (``Шольца`` -> ``Шольц``),
    or ``None`` when the word does not look like one."""
    if gender == "Fem":
        return None
    for ending in MASCULINE_ENDINGS.get(case, ()):
        stem = word[:-len(ending)]
        if not word.lower().endswith(ending) or len(stem) < 2 or not HARD_STEM_END.search(stem.lower()):
            continue
        if ending == "ем" and stem[-1].lower() not in _HISSING:
            continue
        return stem
    ending = J_STEM_ENDINGS.get(case)
    if ending and word.lower().endswith(ending) and len(word) > len(ending) + 2 and \
            word[-len(ending) - 1].lower() in _J_STEM_VOWELS:
        return word[:-len(ending)] + "й"  # ``Хавьером Милеем`` -> Милей
    return None


def _low(word: str) -> str:
    return word.lower().replace("ё", "е")


class NameWords:
    """Lower-case nominative name words from several sources, looked up without copying them:
    a document's set is shared by every name in it, so a union per name would cost the
    document's size for each of its names."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Collection[str]) -> None:
        self.parts = tuple(part for part in parts if part)

    def __contains__(self, word: object) -> bool:
        return any(word in part for part in self.parts)

    def __bool__(self) -> bool:
        return bool(self.parts)


def as_known(known: Iterable[str]) -> "NameWords | frozenset[str]":
    return known if isinstance(known, (NameWords, frozenset)) else frozenset(known)


def known_nominative(word: str, gender: str | None, known: "NameWords | frozenset[str]") -> str | None:
    """The nominative ``known`` vouches for, if ``word`` is one of its case forms in any case
    (the tagger may call ``Падована`` nominative when ``Андреа Падован`` is in the document).
    A woman's name is never read as a man's form (``Иванова`` is not ``Иванов``'s)."""
    if not known or _low(word) in known:
        return None
    for case in ("Gen", "Dat", "Ins", "Loc", "Acc"):
        stripped = strip_case_ending(word, case, gender)
        forms = [stripped] if stripped else []
        forms += [word[:-len(e)] + a for e in A_DECLENSION_ENDINGS[case]
                  if word.lower().endswith(e) for a in ("а", "я")]
        for form in forms:
            if _low(form) in known:
                return form
    return None


def _form(parse: Any) -> str | None:
    form = parse.inflect({"nomn"})
    return None if form is None else form.word


def word_nominative(word: str, case: str | None, gender: str | None,
                    known: Iterable[str] = ()) -> str:
    """One word of a person's name in the nominative, lower-case unless unchanged (the caller
    restores the capitals). ``known`` holds lower-case nominative name words the document or
    the knowledge base vouch for."""
    if not any(ch.isalpha() for ch in word) or is_initial(word):
        return word
    if case in (None, "Nom"):
        return known_nominative(word, gender, as_known(known)) or word
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):  # Прокудина-Горского
        return "-".join(word_nominative(p, case, gender, known) for p in parts)
    known = as_known(known)
    oc_gender = OC_GENDER.get(gender or "")
    oc_case = UD_CASE_OC.get(case)
    cases = [oc_case] if oc_case else []
    if case == "Acc":
        cases.append("gent")  # a man's accusative is his genitive: ``Никола`` of ``Никол``
    parse = next((p for p in (_best_parse(word, c, oc_gender) for c in cases) if p), None)
    stripped = strip_case_ending(word, case, gender)
    candidates = [f for f in ([_form(parse)] if parse is not None else []) + [stripped] if f]
    candidates += [word[:-len(e)] + a for e in A_DECLENSION_ENDINGS.get(case, ())
                   if word.lower().endswith(e) for a in ("а", "я")]
    if parse is not None and "Fixd" in parse.tag.grammemes and not _guessed(parse) and \
            NAME_GRAMMEMES & parse.tag.grammemes:
        return word  # a name the dictionary knows as indeclinable (``Нелли``), not ``Нелля``'s
    if gender == "Fem" and case in ("Gen", "Dat", "Ins", "Loc") and \
            word.lower().endswith(FEMININE_SURNAME_OBLIQUE):
        return word[:-2] + "а"  # ``Ларисы Крапивиной`` -> Крапивина, however it was guessed
    for form in candidates:
        if _low(form) in known:
            return form
    hit = known_nominative(word, None, known)  # the document outweighs the tagger's gender
    if hit:
        return hit
    if parse is not None and "Fixd" in parse.tag.grammemes:
        return word
    if parse is not None and _guessed(parse) and word.lower().endswith("и") and \
            (_form(parse) or "").endswith("ь"):
        return word  # ``Нэнси Пелоси`` is no ``Пелось``: no person's name declines like ``Русь``
    if parse is not None and not (_guessed(parse) and stripped):
        return _form(parse) or word
    if stripped:
        return stripped
    if parse is None and gender == "Masc" and oc_case:
        # a man's surname that declines like a feminine noun (``Тимура Вороны`` -> Ворона):
        # the dictionary's feminine reading in that case, its nominative
        feminine = next((p for p in _parses(word) if _fits(p, oc_case, "femn")
                         and not _guessed(p) and p.normal_form.endswith(("а", "я"))), None)
        if feminine is not None:
            return _form(feminine) or word
    ending = MASCULINE_A_ENDINGS.get(case or "")
    if parse is None and gender == "Masc" and ending and word.lower().endswith(ending) \
            and HARD_STEM_END.search(word[:-len(ending)].lower()):
        # a man's name of the ``-а`` declension: ``Лулы`` -> Лула, ``Мухикой`` -> Мухика
        return word[:-len(ending)] + "а"
    if parse is None:  # no reading in the tagger's case: the word's own oblique reading
        for oblique in OBLIQUE:
            parse = _best_parse(word, oblique, oc_gender)
            if parse is not None and NAME_GRAMMEMES & parse.tag.grammemes:
                return word if "Fixd" in parse.tag.grammemes else (_form(parse) or word)
        return word
    return _form(parse) or word
