"""razdel's word tokenizer, driven without its per-boundary overhead.

razdel (``razdel.tokenize``) cuts text into atoms (a run of Cyrillic letters, of Latin
letters, of digits, or one other character) and asks its rules whether to join each pair of
neighbours. It builds a ``TokenSplit`` with six context atoms at *every* boundary, although a
boundary with whitespace in it is always a split and no rule is asked; then it finds every
token in the text again by search. On news text most boundaries are spaces, and this was a
quarter of the segmenter's time.

Here the atoms come from razdel's own ``ATOM`` pattern, a boundary with whitespace splits at
once, and only a boundary with none (``слово,``, ``кто-то``, ``3,5``) is put to razdel's own
rules with the same context window. Offsets come from the atoms. The tokens are razdel's,
character for character (``tests/test_segment.py`` compares them on varied text).
"""

from __future__ import annotations

from collections.abc import Iterator

from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import ATOM, LAT, PUNCT, RU, Atom, TokenSplit
from razdel.segmenters.tokenize import tokenize as _razdel
from razdel.substring import Substring

#: Atoms each side of a boundary razdel's rules may look at (``TokenSplitter.window``).
WINDOW = _razdel.split.window

#: Marks some rule of razdel's may join to a word: dashes and ``_`` (``кто-то``), ``!`` after
#: ``Yahoo``. (``.``, ``,``, ``/`` join only digits.) Any other mark next to a word always
#: stands alone, so no rule is asked.
_RULED_MARKS = frozenset(DASHES) | frozenset("_!")
_WORDS = (RU, LAT)


def _plain_split(left: tuple[int, int, str], right: tuple[int, int, str], text: str) -> bool:
    """A word glued to a mark no rule joins (``слово,``, ``«слово``): razdel splits there
    whatever the context."""
    if left[2] in _WORDS and right[2] == PUNCT:
        return text[right[0]] not in _RULED_MARKS
    if left[2] == PUNCT and right[2] in _WORDS:
        return text[left[0]] not in _RULED_MARKS
    return False


def tokenize(text: str) -> Iterator[Substring]:
    """Tokens of ``text`` exactly as ``razdel.tokenize`` gives them."""
    spans = [(m.start(), m.end(), m.lastgroup) for m in ATOM.finditer(text)]
    if not spans:
        return
    atoms: dict[int, Atom] = {}  # built only for the context of boundaries without a space

    def atom(i: int) -> Atom:
        found = atoms.get(i)
        if found is None:
            start, stop, kind = spans[i]
            found = atoms[i] = Atom(start, stop, kind, text[start:stop])
        return found

    count = len(spans)
    start, stop = spans[0][0], spans[0][1]
    for i in range(1, count):
        a, b, _ = spans[i]
        if a == stop and not _plain_split(spans[i - 1], spans[i], text):
            # glued to the token so far: razdel's rules decide
            split = TokenSplit([atom(j) for j in range(max(0, i - WINDOW), i)], "",
                               [atom(j) for j in range(i, min(count, i + WINDOW))])
            split.buffer = text[start:stop]
            if _razdel.join(split):
                stop = b
                continue
        yield Substring(start, stop, text[start:stop])
        start, stop = a, b
    yield Substring(start, stop, text[start:stop])
