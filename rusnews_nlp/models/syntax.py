"""Dependency parses from slovnet's news syntax model (``slovnet_syntax_news_v1``).

The model ships in the natasha wheel beside the morph and NER models and is loaded the same way
(``resources.syntax_parser``: natasha's data folder, no ``import natasha``, nothing downloaded,
once per process, on first use). A parse says which word a speech verb's subject is
(``nsubj``) and which clause is its content (``ccomp``), where token windows have to guess.

slovnet picks each word's head by argmax, so a parse is not guaranteed to be a tree (a cycle is
possible); ``Parse.subtree`` and ``Parse.ancestors`` stop on one rather than loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..errors import ResourceError
from .blas import blas_threads
from .resources import SYNTAX_FILE, models_dir, syntax_parser

#: Sentences per model call: they are padded to the longest in the chunk, so chunks are made
#: of sentences of similar length (the input order is restored afterwards).
BATCH_SIZE = 64

ROOT = -1


@dataclass(frozen=True, slots=True)
class Arc:
    """A word's head (index into the sentence's words, ``ROOT`` for the root) and relation
    (a UD label such as ``nsubj``, ``nsubj:pass``, ``nmod``, ``ccomp``)."""

    head: int
    rel: str


@dataclass(frozen=True, slots=True)
class Parse:
    """The words of one sentence and one ``Arc`` per word."""

    words: tuple[str, ...]
    arcs: tuple[Arc, ...]

    def children(self, index: int, *rels: str) -> list[int]:
        """Dependents of word ``index``, left to right; if ``rels`` are given, only those whose
        label is one of them exactly (``nsubj`` does not match ``nsubj:pass``)."""
        return [k for k, arc in enumerate(self.arcs)
                if arc.head == index and k != index and (not rels or arc.rel in rels)]

    def ancestors(self, index: int) -> Iterator[int]:
        """Heads above ``index`` up to the root (stops on a cycle)."""
        seen = {index}
        head = self.arcs[index].head
        while head != ROOT and head not in seen:
            yield head
            seen.add(head)
            head = self.arcs[head].head

    def subtree(self, index: int, skip: frozenset[str] = frozenset()) -> list[int]:
        """``index`` and every word below it, sorted; dependents whose relation is in ``skip``
        are left out with everything below them."""
        found = {index}
        stack = [index]
        while stack:
            for k in self.children(stack.pop()):
                if k not in found and self.arcs[k].rel not in skip:
                    found.add(k)
                    stack.append(k)
        return sorted(found)


def available() -> bool:
    """Is the syntax model file there (without loading it)?"""
    try:
        return (models_dir() / SYNTAX_FILE).is_file()
    except Exception:  # natasha missing: ResourceError
        return False


def parse(sentences: Iterable[Sequence[str]], batch_size: int = BATCH_SIZE) -> list[Parse]:
    """Parse word lists (one per sentence, e.g. razdel token texts); one ``Parse`` each, in
    input order. An empty sentence gets an empty parse. Loads the model on first use
    (``ResourceError`` if its file is missing). OpenBLAS runs at one thread meanwhile: with
    its default threads on a busy 2-core machine parsing took up to 8x longer."""
    items = [tuple(words) for words in sentences]
    order = sorted((i for i, words in enumerate(items) if words), key=lambda i: len(items[i]))
    out: list[Parse] = [Parse((), ()) for _ in items]
    if not order:
        return out
    path = models_dir() / SYNTAX_FILE
    if not path.is_file():
        raise ResourceError(f"model file {SYNTAX_FILE} is missing under {path.parents[1]}")
    parser = syntax_parser(batch_size)
    with blas_threads(1):  # small matrices: BLAS threads only spin (see ``models.blas``)
        markups = list(parser.map([list(items[i]) for i in order]))
    for i, markup in zip(order, markups):
        arcs = tuple(Arc(int(token.head_id) - 1, token.rel) for token in markup.tokens)
        if len(arcs) != len(items[i]):
            raise RuntimeError(f"the syntax model returned {len(arcs)} arcs for "
                               f"{len(items[i])} words")
        out[i] = Parse(items[i], arcs)
    return out
