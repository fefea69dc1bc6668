"""Words of names and role phrases: normalised, tokenised, and their lemma candidates.

Every key of the knowledge base is built on these: a word is compared through its pymorphy3
lemmas, so ``Сергею Лаврову`` finds ``Сергей Лавров``. The bundled KB's own words come
precomputed from ``index`` (no pymorphy3 at load); any other word is analysed once and cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping

from .index import bundled_table


_TOKEN = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W_]+(?:[-.'’][^\W_]+)*")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")

#: Words before a role that say the term is not the current one, and words that change nothing.
TENSE_WORDS: Mapping[str, str] = {
    "бывший": "former", "экс": "former", "прежний": "former", "покойный": "former",
    "будущий": "future", "избранный": "future", "новоизбранный": "future",
    "нынешний": "current", "действующий": "current", "новый": "current", "врио": "current",
    "и.о.": "current", "временно": "current", "исполняющий": "current", "обязанность": "current",
}
#: Prefixes glued to a role noun (``экс-канцлер``): same meaning as ``TENSE_WORDS``.
TENSE_PREFIXES: Mapping[str, str] = {"экс-": "former"}

#: The most frequent Russian surnames (masculine lemma, ``ё`` as ``е``). A bare surname from
#: this list is everyone's namesake (``Медведев`` may be the tennis player), so it links only
#: with role evidence, like a surname two KB people share.
COMMON_SURNAMES = frozenset("""
иванов смирнов кузнецов попов васильев петров соколов михайлов новиков федоров морозов волков
алексеев лебедев семенов егоров павлов козлов степанов николаев орлов андреев макаров никитин
захаров зайцев соловьев борисов яковлев григорьев романов воробьев сергеев кузьмин фролов
александров дмитриев королев гусев киселев ильин максимов поляков сорокин виноградов ковалев
белов медведев антонов тарасов жуков баранов филиппов комаров давыдов беляев герасимов богданов
осипов сидоров матвеев титов марков миронов крылов куликов карпов власов мельников денисов
гаврилов тихонов казаков афанасьев данилов савельев тимофеев фомин чернов абрамов мартынов
ефимов федотов щербаков назаров калинин исаев чернышев быков маслов родионов коновалов лазарев
воронин климов филатов пономарев голубев кудрявцев прохоров наумов потапов журавлев овчинников
трофимов леонов соболев ермаков колесников гончаров емельянов никифоров грачев котов гришин
ефремов архипов громов кириллов малышев панов моисеев румянцев акимов кондратьев бирюков
горбунов анисимов еремин тихомиров галкин лукьянов михеев скворцов юдин белоусов нестеров
симонов прокофьев харитонов князев цветков левин митрофанов воронов аксенов софронов мальцев
логинов горшков савин краснов майоров демидов елисеев рыбаков сафонов плотников демин хохлов
жданов носов кулаков мазур соколова орлова
""".split())

#: pymorphy3 grammemes that mark a word form as a personal name, for the KB side of name keys.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def normalize(text: str) -> str:
    """Lower case, ``ё`` as ``е``, typographic quotes dropped: the form every key is built on."""
    return text.lower().replace("ё", "е").replace("«", "").replace("»", "").replace('"', "")


def words(text: str) -> list[str]:
    """Word tokens of a name or role phrase (initials like ``В.В.`` stay one token)."""
    return _TOKEN.findall(text.replace("ё", "е").replace("Ё", "Е"))


def is_initials(token: str) -> bool:
    return bool(_INITIALS.fullmatch(token))


@lru_cache(maxsize=200_000)
def lemma_candidates(token: str) -> frozenset[str]:
    """The token itself and every pymorphy3 normal form: ``главы`` -> {главы, глава}.
    The KB's own words come precomputed from ``index`` (no pymorphy3 at load)."""
    low = normalize(token)
    known = bundled_table().lemmas.get(low)
    return known if known is not None else analyse_lemmas(low)


def analyse_lemmas(low: str) -> frozenset[str]:
    """``lemma_candidates`` of a normalised word, asking pymorphy3."""
    out = {low}
    if re.search("[а-я]", low):
        out.update(normalize(form) for form in normal_forms(low))
    return frozenset(out)


def normal_forms(low: str) -> list[str]:
    """The normal forms of every pymorphy3 analysis of a lower-case word.

    Runs the analyzer's units as ``MorphAnalyzer.parse`` does but leaves out what only
    ranks and wraps the analyses (the P(tag|word) re-scoring and sort, the ``Parse``
    tuples): the same forms at half the cost, and linking analyses thousands of names.
    ``test_kb`` checks the sameness against ``parse``; an analyzer without ``_units``
    falls back to it."""
    from ..models.resources import morph_analyzer

    analyzer = morph_analyzer()
    units = getattr(analyzer, "_units", None)
    if units is None:
        return [p.normal_form for p in analyzer.parse(low)]
    found: list[Any] = []
    seen: set[Any] = set()
    try:
        for unit, terminal in units:
            found.extend(unit.parse(low, low, seen))
            if terminal and found:
                break
        return [p[2] for p in found]
    except (TypeError, ValueError, IndexError):  # private API changed: the public one then
        return [p.normal_form for p in analyzer.parse(low)]


@lru_cache(maxsize=50_000)
def name_keys(token: str) -> frozenset[str]:
    """KB-side keys of a name word: itself, lemmas of its *name* readings only (so that
    ``Песков`` is not also keyed as ``песок``) and the singular forms of its nominative
    readings, for names pymorphy3 only guesses (``Шольцем`` is a form of ``Шольц``)."""
    low = normalize(token)
    known = bundled_table().names.get(low)
    return known if known is not None else analyse_name_keys(low)


def analyse_name_keys(low: str) -> frozenset[str]:
    """``name_keys`` of a normalised word, asking pymorphy3."""
    from ..models.resources import morph_analyzer

    out = {low}
    if re.search("[а-я]", low):
        for parse in morph_analyzer().parse(low):
            if NAME_GRAMMEMES & parse.tag.grammemes:
                out.add(normalize(parse.normal_form))
            if parse.tag.case == "nomn" and parse.tag.POS in ("NOUN", "ADJF") \
                    and normalize(parse.word) == low:  # Маск -> Маска, Маском (a guessed noun)
                out.update(normalize(f.word) for f in parse.lexeme if f.tag.number != "plur")
    return frozenset(out)


@lru_cache(maxsize=50_000)
def _surname_genders(token: str) -> frozenset[str]:
    from ..models.resources import morph_analyzer

    return frozenset(str(p.tag.gender) for p in morph_analyzer().parse(normalize(token))
                     if "Surn" in p.tag.grammemes and p.tag.gender)


@lru_cache(maxsize=50_000)
def _cases(token: str) -> frozenset[str]:
    """Possible cases of a word; empty when pymorphy3 knows none (then anything agrees)."""
    from ..models.resources import morph_analyzer

    low = normalize(token)
    for prefix in TENSE_PREFIXES:
        low = low.removeprefix(prefix)
    return frozenset(str(p.tag.case) for p in morph_analyzer().parse(low) if p.tag.case)
