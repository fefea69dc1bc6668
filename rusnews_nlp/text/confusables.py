"""Invisible and look-alike characters inside words: what the models and dictionaries see.

Scraped and copy-pasted text hides characters in names: a zero-width space or a soft hyphen
(``Пес\\u200bков``, from a CMS's hyphenation), a Latin ``o`` typed into a Cyrillic word
(``Пескoв``). The text is never changed (offsets are into the exact input); instead

* ``fold_scripts`` gives a view of the same length with Latin look-alikes inside otherwise
  Cyrillic words made Cyrillic, which the tokenizer reads, so the word stays one token;
* ``model_form`` is a token's word for the tagger, the NER, the lemmatiser and the name
  normaliser: invisible characters dropped, look-alikes folded.
"""

from __future__ import annotations

import re

#: Characters that render as nothing inside a word: soft hyphen, zero-width space,
#: non-joiner, joiner, word joiner, zero-width no-break space (BOM).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")

#: Latin letters drawn like Cyrillic ones (the pairs a keyboard layout mix-up produces).
_LOOKALIKES = str.maketrans("aceopxyACEHKMOPTXB", "асеорхуАСЕНКМОРТХВ")

#: A word with its invisible characters (letters of any script).
_WORD = re.compile(f"(?:[^\\W\\d_]|[{INVISIBLE}])+")
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_LATIN = re.compile("[a-zA-Z]")
_FOLDABLE = set("aceopxyACEHKMOPTXB")


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    if not _CYRILLIC.search(word):
        return word
    latin = set(_LATIN.findall(word))
    if not latin or not latin <= _FOLDABLE:  # ``iPhone-версия``, ``SMSка``: leave alone
        return word
    return word.translate(_LOOKALIKES)


def fold_scripts(text: str) -> str:
    """``text`` with Latin look-alikes inside Cyrillic words made Cyrillic; same length, so
    every offset into it is an offset into ``text``."""
    if not _LATIN.search(text):
        return text
    return _WORD.sub(_fold_word, text)


def model_form(word: str) -> str:
    """A token's word as the models and dictionaries should read it."""
    if _INVISIBLE.search(word):
        word = _INVISIBLE.sub("", word) or word
    return fold_scripts(word)
