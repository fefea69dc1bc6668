"""Named entities (PER/ORG/LOC) with slovnet's news NER model, batched across documents.

slovnet's own ``NER.map`` takes raw texts and re-tokenises them with razdel; we feed it our
tokens instead (so glued scraped words stay split and spans align with ``doc.tokens``), and all
sentences of a batch of documents go through the CNN-CRF together, longest first.

Where our segmenter *joins* what razdel splits (``В.``, ``им.``, ``г.``, ``км2``, ``3:0``: see
``segment.JOIN_RULES``) the tagger sees razdel's pieces instead: it was trained on razdel's
tokens, and on a joined ``В.`` it calls the initial of ``В.Путин`` an organisation. Entity
bounds are then widened to whole tokens of ``doc.tokens``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Iterable, Iterator, Sequence

from razdel import tokenize as razdel_tokenize

from ..annotations import Document, Entity, Token
from ..models.batching import length_batches
from ..models.resources import ner_tagger
from ..registry import register
from ..text.confusables import model_form
from ..text.segment import sentence_tokens
from .label_rules import consistent_labels, kb_organisations, web_outlets
from .span_rules import refine_entities


def bio_spans(tokens: Sequence[Token], tags: Sequence[str]) -> Iterable[tuple[int, int, str]]:
    """Token-index spans ``(first, last_exclusive, label)`` from BIO tags."""
    start, label = None, None
    for index, tag in enumerate(tags):
        part, _, kind = tag.partition("-")
        if start is not None and (part != "I" or kind != label):
            yield start, index, label  # type: ignore[misc]
            start, label = None, None
        if part in ("B", "I") and start is None:
            start, label = index, kind
    if start is not None:
        yield start, len(tags), label  # type: ignore[misc]


#: Tokens razdel may cut in several pieces: only ``segment.JOIN_RULES`` make such tokens, and each
#: joined token holds a period, a colon or a digit.
_JOINED = re.compile(r"[.:\d]")


def line_pieces(tokens: Sequence[Token], spans: Iterable[tuple[int, int, str]],
                text: str) -> Iterator[tuple[int, int, str]]:
    """``spans`` cut at every line break between two of their tokens: a name never runs from a
    heading or a page's tag line into the next paragraph (``Мария Захарова`` + blank line +
    ``Мария Владимировна Захарова`` are two names, though the tagger in document context may
    tag them as one)."""
    for first, last, label in spans:
        for index in range(first + 1, last):
            if "\n" in text[tokens[index - 1].end:tokens[index].start]:
                yield first, index, label
                first = index
        yield first, last, label


def tagger_pieces(tokens: Sequence[Token]) -> list[Token]:
    """The word sequence the tagger sees for ``tokens``: each token, or razdel's pieces of a
    token our segmenter joined (``В.`` -> ``В`` ``.``), with offsets into the same text."""
    out: list[Token] = []
    for token in tokens:
        if len(token.text) < 2 or not _JOINED.search(token.text):
            out.append(token)
            continue
        out.extend(Token(token.start + p.start, token.start + p.stop, p.text)
                   for p in razdel_tokenize(token.text))
    return out


def widen_to_tokens(start: int, end: int, starts: Sequence[int],
                    tokens: Sequence[Token]) -> tuple[int, int]:
    """``[start, end)`` widened to the bounds of the tokens it touches (a span ending on the
    ``им`` of ``им.`` ends after the period)."""
    first = tokens[max(bisect_right(starts, start) - 1, 0)]
    last = tokens[max(bisect_right(starts, end - 1) - 1, 0)]
    return min(start, first.start), max(end, last.end)


def drop_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Entities by position, each overlapping an earlier kept one dropped (two pieces of one
    token, ``км`` + ``2``, may be tagged apart and are then widened to the same token)."""
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if kept and entity.start < kept[-1].end:
            continue
        kept.append(entity)
    return kept


#: Most tokens one tagger sequence holds in ``document`` context: neighbouring sentences help
#: (+0.4 PER F1 on factRuEval dev over single sentences), and the cap keeps a 10 MB document
#: from becoming one giant tensor.
MAX_CHUNK_TOKENS = 400


def chunk_sentences(groups: Sequence[list[Token]], limit: int = MAX_CHUNK_TOKENS) -> list[list[Token]]:
    """Consecutive sentences joined into chunks of at most ``limit`` tokens (a longer sentence
    is cut at the limit)."""
    chunks: list[list[Token]] = []
    current: list[Token] = []
    for group in groups:
        while len(group) > limit:
            if current:
                chunks.append(current)
                current = []
            chunks.append(group[:limit])
            group = group[limit:]
        if current and len(current) + len(group) > limit:
            chunks.append(current)
            current = []
        current = current + group
    if current:
        chunks.append(current)
    return chunks


class NERTagger:
    name = "ner"

    def __init__(self, context: str = "document") -> None:
        if context not in ("sentence", "document"):
            raise ValueError("context must be 'sentence' or 'document'")
        self.infer = ner_tagger().infer
        self.context = context

    def tag(self, sequences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each word sequence, in length-bounded slovnet batches."""
        out: list[Any] = [None] * len(sequences)
        for group in length_batches([len(seq) for seq in sequences]):
            inputs = self.infer.encoder([sequences[i] for i in group])
            for i, pred in zip(group, self.infer.decoder(self.infer.process(inputs))):
                out[i] = list(pred)
        return out

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        units: list[list[Token]] = []
        owners: list[int] = []
        for d, doc in enumerate(docs):
            groups = [tagger_pieces(group) for group in sentence_tokens(doc)]
            if self.context == "document":
                groups = chunk_sentences(groups)
            for group in groups:
                if group:
                    units.append(group)
                    owners.append(d)
        tags = self.tag([[model_form(t.text) for t in unit] for unit in units]) if units else []
        found: list[list[Entity]] = [[] for _ in docs]
        token_starts = [[t.start for t in doc.tokens] for doc in docs]
        for unit, unit_tags, d in zip(units, tags, owners):
            text = docs[d].text
            for first, last, label in line_pieces(unit, bio_spans(unit, unit_tags), text):
                start, end = widen_to_tokens(unit[first].start, unit[last - 1].end,
                                             token_starts[d], docs[d].tokens)
                found[d].append(Entity("", start, end, text[start:end], label))
        out = []
        for doc, ents in zip(docs, found):
            ents = refine_entities(doc.text, doc.tokens, drop_overlaps(ents))
            ents = kb_organisations(doc.tokens, ents)
            ents = consistent_labels(web_outlets(doc.text, doc.tokens, ents))
            numbered = tuple(
                Entity(f"e{i}", e.start, e.end, e.text, e.label) for i, e in enumerate(ents, 1)
            )
            out.append(doc.replace(entities=numbered))
        return out


@register("ner", requires=("tokens",), provides=("entities",))
def make_ner(context: str = "document") -> NERTagger:
    """slovnet news NER over our tokens; ``context`` is ``document`` (chunks of neighbouring
    sentences) or ``sentence``."""
    return NERTagger(context=context)
