"""Words owned after the fact: ``«…». Эти слова принадлежат X`` names the owner of the
quotation before it (and of speech that lost its marks, ``lost_marks``)."""

from __future__ import annotations

from typing import Iterator

from ..sources import Source
from ..view import View
from .candidate import Candidate
from .clauses import _quote_content


#: ``«…». Эти слова принадлежат X`` (``«…» — такими словами X …`` is ``_so_said``'s).
_WORDS_BELONG = (["эти", "слова", "принадлежат"], ["слова", "принадлежат"])


def direct_words_owner(view: View) -> Iterator[Candidate]:
    """A quotation whose owner the next sentence names: ``«…». Эти слова принадлежат X``
    (the person named, before a body she heads)."""
    n = len(view.tokens)
    for pair in view.spoken:
        c = view.token_at(pair.close) + 1
        while c < n and view.low[c] in (",", "."):
            c += 1
        if c < n and view.is_dash(c):
            c += 1
        owner = words_owner(view, c)
        start, end = _quote_content(view, pair)
        if owner is not None and end > start:
            yield Candidate(start, end, "direct", "direct_words_owner", (c, c + 2), owner)


def words_owner(view: View, c: int) -> Source | None:
    """The person ``Эти слова принадлежат X`` at token ``c`` names: the first person named, or
    the body (``директору МВФ Кристалине Георгиевой``: the person before the body she heads)."""
    if not any(view.low[c:c + len(w)] == w for w in _WORDS_BELONG):
        return None
    _, b = view.sentence(c)
    named = [view.entity_of_token[k] for k in range(c + 2, min(b, c + 12))
             if view.entity_of_token[k] is not None
             and view.entity_of_token[k].label in ("PER", "ORG")]
    person = next((e for e in named if e.label == "PER"), named[0] if named else None)
    return Source("phrase", person.start, person.end) if person is not None else None
