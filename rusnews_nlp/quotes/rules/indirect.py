"""Indirect quotes: a content clause after its cue (``X заявил, что …``), or fronted before
it (``О том, что …, заявил X``)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from ..sources import subject_right
from ..view import View
from .candidate import Candidate
from .clauses import anchor_source, anchors, clause_end, speech_in_quotes, that_clause


def indirect_that(view: View) -> Iterator[Candidate]:
    """X заявил/считает/уверена, что … (``mixed`` when the clause quotes words); impersonal
    ``отмечается, что``; coordinated ``уточнил, что A, отметив, что B`` gives two quotes."""
    for verb in anchors(view):
        k = that_clause(view, verb)
        if k is None:
            continue
        a, b = view.sentence(verb)
        first = k + 1
        start = view.tokens[first].start
        end = clause_end(view, first, b, anchor=verb)
        if end <= start:
            continue
        source = anchor_source(view, verb, a, k)
        qtype = "mixed" if speech_in_quotes(view, start, end) else "indirect"
        yield Candidate(start, end, qtype, "indirect_that", (verb, verb + 1), source,
                        may_nest=source.kind == "phrase")


def indirect_fronted(view: View) -> Iterator[Candidate]:
    """О том, что …, заявил X. / Что …, подтвердил X: the content clause before its cue."""
    for a, b in view.sent_ranges:
        s = a
        while s < b and s - a < 2 and view.pos[s] in ("CCONJ", "ADV", "PART"):
            s += 1
        if view.low[s:s + 4] == ["о", "том", ",", "что"] or view.low[s:s + 3] == ["то", ",",
                                                                                   "что"]:
            first = s + 4 if view.low[s] == "о" else s + 3
        else:
            continue
        found = anchors(view)
        for verb in found[bisect_left(found, first + 1):]:
            if verb >= b:
                break
            if view.cue_kind(verb) != "speech":
                continue
            j = verb - 1
            if view.is_dash(j):
                j -= 1
            if view.low[j] != ",":
                continue
            source = subject_right(view, verb, b)
            if source is None:
                continue
            start, end = view.strip_span(view.tokens[first].start, view.tokens[j].start)
            if end > start:
                qtype = "mixed" if speech_in_quotes(view, start, end) else "indirect"
                yield Candidate(start, end, qtype, "indirect_fronted", (verb, verb + 1), source)
            break
