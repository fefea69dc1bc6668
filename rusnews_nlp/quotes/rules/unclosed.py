"""A quotation whose closing mark was lost: an opening mark at the start of a paragraph or
after the colon that introduces speech, with no other quotation mark to the end of its line
(``Тренер сборной Николай Лопухов: «Здесь стадион расположен на небольшой высоте⏎…``; a
text cut off inside the speech: ``— «Нам важно двигаться дальше. Нам нужно реализовать пр``).
``marks`` drops such an opener at the line break, so that a stray mark never swallows the
text after it; here the line it opens is the speech, attributed as a closed quotation would
be: by the cue before the colon, else by the speaker who goes on."""

from __future__ import annotations

import re
from typing import Iterator

from ..marks import CLOSING, OPENERS
from ..sources import Source
from ..view import View
from .candidate import Candidate
from .colon_block import clause_predicate
from .direct import _intro_clause_start, _teller_before, colon_source

_OPENER = re.compile("[%s]" % re.escape("".join(sorted(OPENERS))))
_MARK = re.compile("[%s]" % re.escape("".join(sorted(OPENERS | CLOSING))))

#: Fewest words of the speech on its line: a lone word in a mark is a title or a stray.
MIN_WORDS = 4


def _unclosed_openers(view: View) -> Iterator[tuple[int, int]]:
    """``(mark, line_end)`` of each opening mark no pair uses, with no other mark after it on
    its line."""
    text = view.text
    paired = {p.open for p in view.pairs} | {p.close for p in view.pairs}
    for found in _OPENER.finditer(text):
        i = found.start()
        if i in paired or text[i] == '"' and text[i + 1:i + 2].isspace():
            continue
        _, line_end = view.line_of(i)
        after = _MARK.search(text, i + 1, line_end)  # (the next mark only: linear in the text)
        if after is None:
            yield i, line_end


def direct_unclosed(view: View) -> Iterator[Candidate]:
    """Speech whose closing mark was lost, to the end of its line (module docstring)."""
    text = view.text
    for mark, line_end in _unclosed_openers(view):
        line_start, _ = view.line_of(mark)
        before = text[line_start:mark].rstrip(" \t\u00a0—–-")
        start, end = view.strip_span(mark + 1, line_end)
        while end > start and text[end - 1] in ".,;:":
            end -= 1
        words = len(text[start:end].split())
        if words < 2:
            continue
        first = view.token_at(start)
        if before.endswith(":"):
            colon = view.token_at(line_start + len(before) - 1)
            lo = _intro_clause_start(view, colon)
            found = colon_source(view, lo, colon, start, end) if lo < colon else None
            # (a cue before the colon vouches for short words: ``поблагодарила: "Хочу вас``)
            if found is not None and (found[0] is not None or words >= MIN_WORDS):
                yield Candidate(start, end, "direct", "direct_unclosed", *found)
            continue
        if words >= MIN_WORDS and not before.strip() and any(
                clause_predicate(view, k) or view.feats[k].get("VerbForm") == "Inf"
                for k in range(first, view.token_at(end - 1) + 1)):
            # a paragraph of speech (``Нам важно двигаться дальше``): the speaker goes on
            yield Candidate(start, end, "direct", "direct_unclosed", None,
                            _teller_before(view, view.token_at(mark)) or Source("previous"))
