"""Echoes: a headline or a lead that states what a quote further down says (``Директор NASA
считает, что партнерство с Роскосмосом останется прочным`` … ``Джеймс Брайденстайн выразил
уверенность в том, что партнерство между NASA и Роскосмосом останется прочным``). When the
earlier quote names nobody — its role or pronoun found no holder — and its words recur in a
quote a named speaker gives, that speaker said them: news repeats a statement, it does not
give it to somebody else."""

from __future__ import annotations

import re
from typing import Any

from ..annotations import Speaker
from .cataphora import announcing, roles_of, same_role
from .rules import Candidate
from .view import View

Resolved = tuple[Candidate, Speaker | None, str]

#: How much of the earlier quote's words the later one must hold.
ECHO_SHARE = 0.7
#: Fewest content words an echo needs: short phrases recur by chance.
ECHO_MIN_WORDS = 4
#: How far after the earlier quote (in characters) the repeating one may stand: a headline
#: and its lead, a lead and the body's first paragraphs.
ECHO_WINDOW = 3000

_WORD = re.compile(r"\w{3,}")


def _stems(view: View, start: int, end: int) -> set[str]:
    """Content words of ``text[start:end]`` cut to five letters, so inflection does not hide
    a repeated word (``партнерство`` / ``партнерства``)."""
    return {w.lower()[:5] for w in _WORD.findall(view.text[start:end])}


def echoed(view: View, out: list[Resolved], resolver: Any) -> list[Resolved]:
    """``out`` with unnamed quotes that a later named quote repeats given that quote's
    speaker, unless the document gives them another role (``Министр: …`` is no ``аналитик
    Иван Петров``). Only quotes within ``ECHO_WINDOW`` characters after one are read, so a
    long text costs linear time."""
    result = list(out)
    for k, (cand, speaker, how) in enumerate(out):
        found_role = announcing(view, cand, speaker)
        if found_role is None:
            continue  # one person by a role or a pronoun (``по данным экспертов``: unnamed)
        words = _stems(view, cand.start, cand.end)
        if len(words) < ECHO_MIN_WORDS:
            continue
        for later, found, _ in out[k + 1:]:
            if later.start - cand.end > ECHO_WINDOW:
                break
            if found is None or found.type not in ("PER", "ORG") or not found.name or \
                    len(words & _stems(view, later.start, later.end)) < ECHO_SHARE * len(words):
                continue
            role = found_role[0]
            known = roles_of(view, out, found.referent) | (
                resolver.role_heads(found.referent) if hasattr(resolver, "role_heads") else set())
            if role and known and not same_role(role, known):
                continue  # the document gives them another role
            assert speaker is not None
            result[k] = (cand, Speaker(found.name, found.type, found.referent,
                                       speaker.start, speaker.end, speaker.text),
                         how + "+echo")
            break
    return result
