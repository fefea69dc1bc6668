"""Source markers (``по словам X``, ``по некоторым данным``, ``согласно исследованию``, ``как
отметил X``): where one starts and what it spans. Read by the ``according_to`` rules and by
``clauses``, which ends a cue's clause where a marker opens a clause of its own."""

from __future__ import annotations

from ..cues import (DOCUMENT_MARKER_NOUNS, MARKER_NOUNS, ORDER_NOUNS, RESULT_MARKER_HEADS,
                    SOURCE_MARKERS, SURVEY_NOUNS)
from ..sources import POSSESSIVE_PRONOUNS, SCAN_TOKENS
from ..view import View


#: The words a source marker can start with (``по``, ``согласно``, ``как``, ``со``, ``если``).
MARKER_FIRST_WORDS = frozenset({"по", "согласно", "судя"} |
                               {words[0] for words, _ in SOURCE_MARKERS})


def _match_marker(view: View, i: int) -> tuple[int, str, tuple[int, int] | None] | None:
    """``(length, kind, source)`` of a source marker starting at token ``i``; ``source`` is
    the token range of a source inside it: a possessive (``по его словам``, ``по их последним
    данным``) or a participle's agent (``по имеющимся у полиции данным``)."""
    if view.low[i] == "судя" and i + 1 < len(view.low) and view.low[i + 1] == "по":
        # ``судя по данным Росстата``, ``судя по его словам``; not ``судя по всему``
        inner = _noun_marker(view, i + 1)
        return (inner[0] + 1, *inner[1:]) if inner is not None else None
    noun_marker = _noun_marker(view, i)
    if noun_marker is not None:
        return noun_marker
    for words, kind in SOURCE_MARKERS:
        n = len(words)
        if tuple(view.low[i:i + n]) == words:
            return n, kind, None
        if n == 2 and kind == "genitive" and view.low[i] == words[0] and \
                i + 2 < len(view.low) and view.low[i + 1] in POSSESSIVE_PRONOUNS and \
                view.low[i + 2] == words[1]:
            return 3, kind, (i + 1, i + 2)
    return None


#: How many words a participle's own phrase may take inside a marker (``по полученным
#: агентством Reuters данным``).
PARTICIPLE_PHRASE = 6


def _participle_agent(view: View, k: int, limit: int) -> tuple[int, tuple[int, int] | None]:
    """Past a participle at ``k`` and its phrase (``имеющимся у полиции``, ``полученным
    агентством Reuters``, ``приведённым в докладе``): the token after it and the agent
    it names — the genitive after ``у`` or an instrumental — if any."""
    m, agent = k + 1, None
    while m < limit and m - k <= PARTICIPLE_PHRASE and view.pos[m] in (
            "ADP", "NOUN", "PROPN", "ADJ", "DET", "NUM") and not _marker_noun(view, m):
        if agent is None and (view.low[m] == "у" or view.pos[m] in ("NOUN", "PROPN") and
                              view.case(m) == "Ins"):
            first = m + 1 if view.low[m] == "у" else m
            end = first
            while end < limit and view.pos[end] in ("NOUN", "PROPN", "ADJ") and \
                    not _marker_noun(view, end):
                end += 1
            agent = (first, end) if end > first else None
        m += 1
    return m, agent


def _marker_noun(view: View, k: int) -> bool:
    """A noun of ``MARKER_NOUNS``; the tagger may read ``данным`` as the adjective ``данный``."""
    return view.lemma[k] in MARKER_NOUNS or view.low[k] == "данным"


def _named_document(view: View, k: int) -> bool:
    """A proper noun that names no person (``Конституции``): after ``согласно`` a document's
    name, while a person's (``согласно Марку``) is the source itself."""
    entity = view.entity_of_token[k]
    return view.pos[k] == "PROPN" and (entity is None or entity.label != "PER")


def _noun_marker(view: View, i: int) -> tuple[int, str, tuple[int, int] | None] | None:
    """``по некоторым данным``, ``по их последним оценкам``, ``согласно новому исследованию``,
    ``по имеющимся у полиции данным``: ``по``/``согласно``, adjectives, a possessive or a
    participle's phrase, and a noun of ``MARKER_NOUNS``."""
    if view.low[i] not in ("по", "согласно"):
        return None
    n = len(view.tokens)
    k, source = i + 1, None
    # ``согласно`` opening a sentence makes any noun a source (``Согласно онлайн-табло``);
    # ``по`` needs a noun of information (``по дороге``)
    broad = view.low[i] == "согласно" and view.sentence(i)[0] == i
    while k < n and k - i <= 3:
        if view.low[k] in POSSESSIVE_PRONOUNS and source is None:
            source = (k, k + 1)
        elif view.pos[k] == "ADV" and k + 1 < n and view.verb_form(k + 1) == "Part":
            pass  # ``согласно окончательно вступившему в силу закону``
        elif view.verb_form(k) == "Part" and view.case(k) in ("Dat", None) and \
                k + 1 < n and view.pos[k + 1] in ("ADP", "NOUN", "PROPN"):
            after, agent = _participle_agent(view, k, min(n, k + 1 + PARTICIPLE_PHRASE))
            if view.low[i] == "согласно" and after < n and view.pos[after] not in (
                    "NOUN", "PROPN") and view.pos[after - 1] == "NOUN" and \
                    view.case(after - 1) == "Dat":
                after -= 1  # the participle's phrase ran into its noun (``вступившему в силу
                # Федеральному закону``)
            if after < n and (_marker_noun(view, after)
                              or broad and view.pos[after] in ("NOUN", "PROPN")):
                source = source or agent
                k = after
                break
            return None
        elif view.pos[k] not in ("ADJ", "DET") and view.verb_form(k) != "Part" or \
                view.lemma[k] in MARKER_NOUNS:
            break  # ``по имеющимся данным``: a participle qualifies the noun as an adjective does
        k += 1
    if k >= n or view.pos[k] not in ("NOUN", "ADJ") and not (
            broad and _named_document(view, k)) or \
            view.case(k) not in ("Dat", None) and not (
                # ``по информации``: the tagger may read the dative as a genitive
                view.low[i] == "по" and view.lemma[k] in MARKER_NOUNS):
        return None
    if _marker_noun(view, k) or view.low[i] == "согласно" and \
            view.lemma[k] in DOCUMENT_MARKER_NOUNS or broad and \
            view.lemma[k] not in ORDER_NOUNS and (view.pos[k] == "NOUN" or _named_document(view, k)):
        return k + 1 - i, "genitive", source
    if view.low[i] == "по" and k == i + 1 and view.lemma[k] in RESULT_MARKER_HEADS:
        m = k + 1  # ``по итогам [последнего] опроса X``
        while m < n and m - k <= 3 and view.pos[m] == "ADJ":
            m += 1
        if m < n and view.lemma[m] in SURVEY_NOUNS and view.case(m) == "Gen":
            return m + 1 - i, "genitive", None
    return None



def marker_at(view: View, i: int) -> bool:
    """Does a noun source marker (``по его словам``, ``по данным Росстата``) start at ``i``,
    not set off by dashes as a parenthetical (``— по его словам —``)?"""
    if view.low[i] not in MARKER_FIRST_WORDS:
        return False
    found = _match_marker(view, i)  # (``как`` needs its verb: ``— как минимум три`` is none)
    if found is None or found[1] == "verb":
        return False
    b = view.sentence(i)[1]
    stop = next((k for k in range(i + found[0], min(b, i + SCAN_TOKENS))
                 if view.pos[k] == "PUNCT"), b)
    return stop >= b or not view.is_dash(stop)
