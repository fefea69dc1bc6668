"""Whether two written names are one: a surname up to a case ending the normaliser left, a
first name up to an initial or a soft sign, a word up to one typo. Read by ``referents`` and
by the quote resolver, which match names the same way."""

from __future__ import annotations

import re

from ..kb.lexicon import plain

#: Case endings a surname may carry when the normaliser could not restore the nominative.
SURNAME_ENDINGS = ("ому", "ым", "ом", "ого", "ой", "ою", "ую", "у", "а", "е", "ы", "ю", "ем")

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def name_words(normal: str) -> list[str]:
    """The words of a name (initials ``В.`` kept), punctuation and digits dropped."""
    return _WORD.findall(normal)


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 or (word.endswith(".") and len(word) <= 3)


def same_surname(a: str, b: str, min_stem: int = 4) -> bool:
    """Equal names, or equal up to one case ending the normaliser left (``Сайкыу``/``Сайкыа``).

    Stems shorter than ``min_stem`` letters must match exactly (``Бут``/``Бута`` may be two
    people)."""
    a, b = plain(a), plain(b)
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < min_stem:
        return False
    for ending in SURNAME_ENDINGS:
        if long_ == short + ending:
            return True
        # both inflected: same stem, different ending
        stem = long_[: -len(ending)]
        if long_.endswith(ending) and len(stem) >= min_stem and short.startswith(stem) \
                and len(short) - len(stem) <= 2:
            return True
    return False


def one_edit_apart(a: str, b: str) -> bool:
    """Do two words differ by one inserted, deleted or replaced letter (a typo or a variant
    transliteration: ``Бенер``/``Бонер``, ``протоирей``/``протоиерей``)?"""
    a, b = plain(a), plain(b)
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def same_first_name(a: str, b: str) -> bool:
    if is_initial(a) or is_initial(b):
        return plain(a)[:1] == plain(b)[:1]
    # a soft sign is a transliteration variant: ``Сабриэль``/``Сабриэл``, ``Даниэль``/``Даниэл``
    return same_surname(a, b, min_stem=3) or plain(a).rstrip("ь") == plain(b).rstrip("ь")


def compatible_gender(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b
