"""Quotes: who said what. Direct, indirect, mixed and ``according_to`` quotes with speakers.

The stage reads tokens (lemmas, features), entities and referents, and writes ``doc.quotes``.
What counts as a quote is ``GUIDELINE.md`` (shared gold data); how it is found:

* ``cues.py`` — the lexicon: cue verbs by lemma, source markers, unnamed-source nouns;
* ``marks.py`` — quotation marks paired in one linear pass, robust to unbalanced marks;
* ``view.py`` — the per-document index the rules share (sentences, pairs, cue kinds);
* ``rules/`` — ordered named rules proposing candidate quotes (``Quote.rule`` is the name),
  a module per kind of quote;
* ``sources.py`` — the speaker phrase of a cue (subject, ``по словам X``, ``в альянсе``);
* ``objects.py`` — the speaker as an object (``цитирует РБК Пескова``) or a participle's noun;
* ``speakers/`` — the speaker phrase to a canonical person or organisation
  (``SpeakerResolver``);
* ``extract.py`` — rule priority, overlaps, speakers resolved in text order, ids;
* ``cataphora.py`` — a role or pronoun before anybody is named is the person named next.

``trace(doc)`` shows every candidate, the rule that proposed it and why it was kept or dropped.
"""

from __future__ import annotations

from typing import Sequence

from ..annotations import Document, Quote
from ..registry import register
from .extract import TraceEntry, extract
from .rules import RULES

__all__ = ["RULES", "QuoteExtractor", "TraceEntry", "extract_quotes", "format_trace", "trace"]


def extract_quotes(doc: Document) -> list[Quote]:
    """The quotes of an analysed document (needs tokens with lemmas and entities)."""
    return extract(doc)[0]


def trace(doc: Document) -> list[TraceEntry]:
    """Every candidate quote of ``doc`` with its rule and what became of it (debugging)."""
    return extract(doc, traced=True)[1]


def format_trace(doc: Document) -> str:
    """``trace(doc)`` as text, one candidate per line."""
    return "\n".join(entry.format() for entry in trace(doc))


class QuoteExtractor:
    name = "quotes"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        return [doc.replace(quotes=tuple(extract_quotes(doc))) for doc in docs]


@register("quotes", requires=("tokens", "entities", "referents"), provides=("quotes",))
def make_quotes() -> QuoteExtractor:
    """Quotes (direct, indirect, mixed, according_to) with speakers resolved to referents."""
    return QuoteExtractor()
