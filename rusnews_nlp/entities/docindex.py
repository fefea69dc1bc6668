"""Position lookups over one document: token at an offset, a token's sentence, an entity's tokens.

Built once per document in linear time; every lookup afterwards is a bisect. Referent clustering
and speaker resolution both walk tokens around entities, and this keeps them from rescanning.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from ..annotations import Document, Entity, Token

#: Paired quotation marks; text between a pair is somebody's words, not narration.
_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}
_STRAIGHT = re.compile(r'"')
_MARKS = re.compile("[«»„“”\n]")
_WORD_CHAR = re.compile(r"\w")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` regions inside quotation marks (outermost pairs; nesting tolerated).

    Short regions (``«Орешник»``) are names rather than speech but excluding them changes
    nothing for antecedent search, so every pair counts.
    """
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _MARKS.finditer(text):
        ch, i = match.group(), match.start()
        if stack and ch == _QUOTE_PAIRS.get(stack[-1][0]):
            opener, start = stack.pop()
            if not stack:
                regions.append((start, i))
        elif ch in _QUOTE_PAIRS:
            stack.append((ch, i + 1))
        elif ch == "\n" and stack:  # an unclosed quote never runs past its paragraph
            stack.clear()
    # Straight double quotes alternate open/close within a paragraph.
    for line in re.finditer(r"[^\n]+", text):
        marks = [m.start() + line.start() for m in _STRAIGHT.finditer(line.group())]
        for a, b in zip(marks[::2], marks[1::2]):
            regions.append((a + 1, b))
    out = []
    for a, b in regions:
        out.extend(_cut_attributions(text, a, b))
    out.sort()
    return out


#: ``«A, — сказал он. — B»``: the attribution inside one pair of marks is narration (scraped
#: text writes the dash as a spaced hyphen: ``«A, - сказал он. - B»``).
_ATTRIBUTION_OPEN = re.compile(r"[,.!?…]\s+[—–-]\s+")
_ATTRIBUTION_CLOSE = re.compile(r"[,.:]?\s+[—–-]\s+")


def _cut_attributions(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a quoted region around interrupting attributions (``— пояснила Алла Бут. —``)."""
    pieces = []
    pos = a
    while True:
        opening = _ATTRIBUTION_OPEN.search(text, pos, b)
        if opening is None:
            break
        closing = _ATTRIBUTION_CLOSE.search(text, opening.end(), b)
        if closing is None:
            break
        pieces.append((pos, opening.start() + 1))
        pos = closing.end()
    pieces.append((pos, b))
    return [(x, y) for x, y in pieces if y > x]


@dataclass
class DocIndex:
    """Offsets -> tokens/sentences/entities for one document."""

    doc: Document
    starts: list[int] = field(init=False)
    sent_of: list[int] = field(init=False)
    sent_starts: list[int] = field(init=False)
    entity_tokens: dict[str, tuple[int, int]] = field(init=False)
    entity_at_token: list[Entity | None] = field(init=False)
    quotes: list[tuple[int, int]] = field(init=False)
    narrative: list[int] = field(init=False)

    def __post_init__(self) -> None:
        doc = self.doc
        self.starts = [t.start for t in doc.tokens]
        self.sent_starts = [s.start for s in doc.sentences]
        self.sent_of = []
        sent = 0
        for token in doc.tokens:  # tokens and sentences are both in text order
            while sent + 1 < len(self.sent_starts) and self.sent_starts[sent + 1] <= token.start:
                sent += 1
            self.sent_of.append(sent)
        self.entity_tokens = {}
        self.entity_at_token = [None] * len(doc.tokens)
        for entity in doc.entities:
            i0 = bisect_left(self.starts, entity.start)
            i1 = i0
            while i1 < len(doc.tokens) and doc.tokens[i1].start < entity.end:
                i1 += 1
            self.entity_tokens[entity.id] = (i0, i1)
            for i in range(i0, i1):
                if self.entity_at_token[i] is None:
                    self.entity_at_token[i] = entity
        self.quotes = quoted_regions(doc.text)
        self._quote_starts = [a for a, _ in self.quotes]
        # narrative sentence numbers: a sentence whose words are all inside quotation marks
        # (the middle of a long quote; ``— B».`` after an interrupting attribution) does not
        # count, so "two sentences back" means two of narration
        self.narrative: list[int] = []
        count = 0
        for sentence in doc.sentences:
            first = _WORD_CHAR.search(doc.text, sentence.start, sentence.end)
            region = self.in_quote(first.start() if first else sentence.start)
            if region is None or _WORD_CHAR.search(doc.text, region[1], sentence.end):
                count += 1
            self.narrative.append(count)

    @property
    def tokens(self) -> Sequence[Token]:
        return self.doc.tokens

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[i0, i1)`` of the tokens that overlap ``[start, end)``."""
        i0 = bisect_right(self.starts, start) - 1
        if i0 < 0 or self.doc.tokens[i0].end <= start:
            i0 += 1
        i1 = bisect_left(self.starts, end)
        return max(i0, 0), max(i1, max(i0, 0))

    def token_before(self, offset: int) -> int:
        """Index of the last token starting before ``offset`` (-1 if none)."""
        return bisect_left(self.starts, offset) - 1

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def narrative_at(self, offset: int) -> int:
        """Number of narrative sentences up to the one at ``offset`` (quoted ones skipped)."""
        return self.narrative[self.sentence_at(offset)] if self.narrative else 0

    def in_quote(self, offset: int) -> tuple[int, int] | None:
        """The quoted region containing ``offset``, if any."""
        i = bisect_right(self._quote_starts, offset) - 1
        for j in range(i, max(-1, i - 4), -1):  # outermost regions rarely overlap
            a, b = self.quotes[j]
            if a <= offset < b:
                return a, b
        return None

    def entity_token_list(self, entity: Entity) -> Sequence[Token]:
        i0, i1 = self.entity_tokens.get(entity.id, (0, 0))
        return self.doc.tokens[i0:i1]


def gender_of(tokens: Sequence[Token]) -> str | None:
    """A name's gender from the tagger: the first word with Masc/Fem decides (the first name)."""
    for token in tokens:
        gender = token.feats_dict.get("Gender")
        if gender in ("Masc", "Fem"):
            return gender
    return None
