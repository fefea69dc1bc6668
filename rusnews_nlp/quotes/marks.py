"""Pairing quotation marks in one linear pass, robust to unbalanced marks.

News text mixes ``«…»`` (with ``„…“`` or a second ``«…»`` inside), English ``“…”`` and straight
``"…"``. Scraped pages also lose marks. Pairing is a stack machine over the characters:

* an opener is pushed (at most ``MAX_DEPTH`` deep: extra openers are ignored, so a megabyte of
  ``«`` costs one pass and bounded memory);
* a closer pops the innermost opener it can close; a closer nothing can take is ignored;
* a straight ``"`` opens or closes by its neighbours (space before -> opens, space after ->
  closes), and by the stack when both sides are letters or both are spaces;
* at a line break unclosed openers are dropped, unless the next line opens with the same mark as
  the outermost one: that is the convention for a quotation running over several paragraphs
  (every paragraph opens with ``«``, only the last one closes); or unless a lone opener that
  starts its paragraph or follows a colon is closed in one of the next few paragraphs, which
  do not repeat it (``Тренер: «A.⏎B»``).

So a stray mark never swallows the rest of the document: its damage stops at the end of its line.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

#: Opening mark -> the closing marks that may end it.
CLOSERS: dict[str, str] = {
    "«": "»",
    "„": "“”",
    "“": "”“",  # ``“Мы готовы“``: a page that types the opening mark twice
    "‹": "›",
    '"': '"',
}
OPENERS = frozenset(CLOSERS)
CLOSING = frozenset("»“”›\"")

MAX_DEPTH = 4

_PLAIN_OPENERS = frozenset("«„‹")
_PLAIN_CLOSERS = frozenset("»›”")
_INTERESTING = re.compile("[\n«»„“”‹›\"]")

_SPACE_BEFORE_OPEN = frozenset(" \t\n\u00a0([{«„“—–-/:;")
_SPACE_AFTER_CLOSE = frozenset(" \t\n\u00a0)]}».,;:!?…—–-/»“”")


class QuotePair(NamedTuple):
    """A matched pair: ``open``/``close`` are the indices of the mark characters.

    The quoted text is ``text[open + 1:close]``; ``level`` is 0 for an outermost pair.
    ``continued`` is True for a quotation carried over paragraph breaks. (A named tuple:
    a megabyte of marks makes hundreds of thousands of them.)
    """

    open: int
    close: int
    level: int
    mark: str
    continued: bool = False


def _straight_role(text: str, i: int, stack: list[tuple[int, str, int, bool]]) -> str:
    """``open`` or ``close`` for a straight ``"`` at ``i`` (the stack breaks ties)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == ":":
        return "open"  # ``сказал:" Работа …"``: no quotation closes right after a colon
    opens = before in _SPACE_BEFORE_OPEN and after not in " \t\n\u00a0"
    closes = after in _SPACE_AFTER_CLOSE and before not in " \t\n\u00a0"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if stack and stack[-1][1] == '"' else "open"


def pair_marks(text: str, start: int = 0, end: int | None = None) -> list[QuotePair]:
    """All matched quotation-mark pairs in ``text[start:end]``, sorted by opening position."""
    end = len(text) if end is None else end
    pairs: list[QuotePair] = []
    # stack items: (position, mark, level, continued)
    stack: list[tuple[int, str, int, bool]] = []
    skip_to = start
    for found in _INTERESTING.finditer(text, start, end):
        i = found.start()
        if i < skip_to:
            continue  # inside the blank lines of a paragraph continuation
        ch = text[i]
        if ch in _PLAIN_OPENERS:
            if len(stack) < MAX_DEPTH:
                stack.append((i, ch, len(stack), False))
            continue
        if ch == "\n":
            if stack:
                j = i + 1
                while j < end and text[j] in " \t\n\r\u00a0":
                    j += 1
                outer = stack[0]
                if j < end and text[j] == outer[1] and outer[1] != '"':
                    # multi-paragraph quotation: keep the outermost opener, drop inner ones
                    stack = [(outer[0], outer[1], 0, True)]
                    skip_to = j + 1
                    continue
                if len(stack) == 1 and _closed_in_next_paragraph(text, outer, j, end):
                    # ``«A.⏎⏎B», — сказала она``: a paragraph-opening quotation closed in the
                    # next paragraph, which does not repeat the opening mark
                    stack = [(outer[0], outer[1], 0, True)]
                    continue
                stack.clear()
            continue
        role = "close" if ch in _PLAIN_CLOSERS else _role(text, i, ch, stack)
        if role == "open":
            if len(stack) < MAX_DEPTH:
                stack.append((i, ch, len(stack), False))
        elif role == "close" and stack:
            for depth in range(len(stack) - 1, -1, -1):
                if ch in CLOSERS[stack[depth][1]]:
                    pos, mark, level, continued = stack[depth]
                    del stack[depth:]
                    pairs.append(QuotePair(pos, i, level, mark, continued))
                    break
    pairs.sort(key=lambda p: (p.open, -p.close))
    return pairs


_MARK = re.compile("[«»„“”‹›\"]")


#: How many paragraphs after its own a quotation that does not repeat its opening mark may run.
CONTINUED_PARAGRAPHS = 3


def _closed_in_next_paragraph(text: str, opener: tuple[int, str, int, bool], j: int,
                              end: int) -> bool:
    """Does the quotation opened at ``opener`` (at the start of its paragraph or of a sentence,
    or after the colon that introduces it: ``X, тренер: «A.⏎B»``) close in one of the next
    paragraphs from ``j``, where the first mark of its kind met is a closer, not a new
    opener?"""
    pos, mark = opener[0], opener[1]
    if mark not in _PLAIN_OPENERS and mark != '"':
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos].strip(" \t\u00a0—–-")
    if before and not before.endswith((":", ".", "!", "?", "…")):
        return False  # (a quotation opening a sentence of its paragraph may run on too)
    for _ in range(CONTINUED_PARAGRAPHS):
        line_end = text.find("\n", j, end)
        stop = end if line_end < 0 else line_end
        found = _first_unpaired(text, j, stop)
        while found is not None and found[0] == mark:
            # a title in the same marks inside the carried-over words (``на фестивале «Своих
            # не бросаем»``) closes on its own line: step over it
            inner = min((c for c in (text.find(ch, found[1] + 1, stop) for ch in CLOSERS[mark])
                         if c >= 0), default=-1)
            if inner < 0:
                break
            found = _first_unpaired(text, inner + 1, stop)
        if found is not None:
            ch, at = found
            if ch == '"':
                # a straight mark closes when a word ends right before it and a space or a
                # punctuation mark follows (``ультиматумов", - сказал``)
                return mark == '"' and not text[at - 1:at].isspace() and \
                    (at + 1 >= len(text) or text[at + 1] in _SPACE_AFTER_CLOSE)
            return ch in CLOSERS[mark]
        if line_end < 0:
            return False
        j = line_end + 1
        while j < end and text[j] in " \t\n\r\u00a0":
            j += 1
    return False


def _first_unpaired(text: str, j: int, stop: int) -> tuple[str, int] | None:
    """The first mark in ``text[j:stop]`` outside an inner pair of another kind (``„спустя
    рукава“`` is stepped over) and where it is, or ``None`` when there is none."""
    k = j
    while True:
        found = _MARK.search(text, k, stop)
        if found is None:
            return None
        ch = found.group()
        if ch in "„‹":
            close = next((m.start() for m in _MARK.finditer(text, found.end(), stop)
                          if m.group() in CLOSERS[ch]), None)
            if close is not None:
                k = close + 1
                continue
        return ch, found.start()


def _role(text: str, i: int, ch: str, stack: list[tuple[int, str, int, bool]]) -> str | None:
    if ch == '"':
        return _straight_role(text, i, stack)
    if ch == "“":
        # closes a „ or an English “ on the stack; otherwise opens English quotes
        if any(item[1] in "„" for item in stack):
            return "close"
        if any(item[1] == "“" for item in stack):
            return "close" if text[i - 1:i] not in ("", " ", "\n") else "open"
        return "open"
    if ch in OPENERS:
        return "open"
    return "close"


def outermost(pairs: list[QuotePair]) -> Iterator[QuotePair]:
    """The pairs not inside another pair."""
    last_close = -1
    for pair in pairs:
        if pair.open > last_close:
            last_close = pair.close
            yield pair
