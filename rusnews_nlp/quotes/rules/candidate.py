"""What a quote rule proposes (``Candidate``) and how a rule is listed (``Rule``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from ..sources import Source
from ..view import View


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed quote: character span, type, cue token range and how to find the speaker."""

    start: int
    end: int
    type: str
    rule: str
    cue: tuple[int, int] | None
    source: Source
    #: an indirect quote with its own written subject may sit inside another quote
    #: (``Марк отметил, что рабочие рассказали им, что ...``)
    may_nest: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    find: Callable[[View], Iterator[Candidate]]
