"""The fullest name a document gives a speaker: one referent standing for its shorter twins.

Clustering keeps apart mentions it cannot prove to be one person or body, and a speaker must
still be named "as completely as the document allows" (GUIDELINE.md §2a):

* an initial (``Н.Прянишников``, ``Н. Прянишников``) is the one person of the document with
  that surname whose first name starts with that letter (``Николай Прянишников``);
* a name typed with Latin look-alike letters (``X5`` with a Latin X beside ``Х5`` with a
  Cyrillic one) is the same name.

``fuller_referents`` maps a referent id to the referent that names it best; a referent with
no fuller twin is absent from the map.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from ...annotations import Referent
from ...entities.referents import is_initial, name_words, same_surname
from ...kb.lexicon import plain

#: Latin letters drawn like Cyrillic ones: both spellings of ``Х5`` are one name.
LOOKALIKES = str.maketrans("AaBCcEeHKkMOoPpTXxy", "АаВСсЕеНКкМОоРрТХху")
#: ``Н.Прянишников``: initials glued to the surname.
_GLUED = re.compile(r"(?<=\.)(?=\w)")


def folded(name: str) -> str:
    """A name with look-alike Latin letters written in Cyrillic, lower-cased."""
    return plain(name.translate(LOOKALIKES))


def _words(name: str) -> list[str]:
    return [w for word in name_words(name) for w in _GLUED.split(word) if w]


def _initials_and_surname(name: str) -> tuple[list[str], str] | None:
    """``Н.Прянишников`` -> (["н"], "Прянишников"); ``None`` unless every word but the last
    is an initial."""
    words = _words(name)
    if len(words) < 2 or not all(is_initial(w) for w in words[:-1]) or is_initial(words[-1]):
        return None
    return [plain(w.rstrip(".")) for w in words[:-1]], words[-1]


def _expands(full: str, initials: list[str], surname: str) -> bool:
    """Is ``full`` (``Николай Прянишников``) a full name that the initials abbreviate?"""
    words = _words(full)
    if len(words) < 2 or any(is_initial(w) for w in words) or not same_surname(
            plain(words[-1]), plain(surname)):
        return False
    given = [plain(w) for w in words[:-1]]
    return all(i < len(given) and given[i].startswith(letter)
               for i, letter in enumerate(initials))


def fuller_referents(referents: Iterable[Referent]) -> dict[str, Referent]:
    """Referent id -> the referent of the same person or body with the fullest name, for
    referents that have one (see the module docstring)."""
    referents = list(referents)
    out: dict[str, Referent] = {}
    persons = [r for r in referents if r.label == "PER" and r.name]
    for ref in persons:
        parts = _initials_and_surname(ref.name or "")
        if parts is None:
            continue
        fits = [r for r in persons if r.id != ref.id and _expands(r.name or "", *parts)]
        if len(fits) == 1:
            out[ref.id] = fits[0]
    twins: dict[tuple[str, str], list[Referent]] = defaultdict(list)
    for ref in referents:
        if ref.name and ref.id not in out:
            twins[(ref.label, folded(ref.name))].append(ref)
    for group in twins.values():
        if len(group) > 1:
            best = max(group, key=lambda r: (len(r.mentions), -referents.index(r)))
            out.update((r.id, best) for r in group if r.id != best.id)
    return out


__all__ = ["LOOKALIKES", "folded", "fuller_referents"]
