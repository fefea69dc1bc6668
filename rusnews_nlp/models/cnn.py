"""A faster numpy executor for slovnet's CNN tag models (news morph and NER).

slovnet's own executor (``slovnet.exec.model``) keeps activations as (batch, channels, seq),
so each conv layer gathers im2col windows with a strided copy, swaps axes back and forth and
runs BatchNorm as four broadcast passes; the NER CRF is decoded one sentence at a time in
Python. Here the activations of a whole batch are one contiguous (rows, channels) array: every
sequence sits between two zero rows, so a kernel-3 conv is three matmuls on row-shifted views
(no copy), ReLU and BatchNorm run in place, padding is re-zeroed by row index, and Viterbi runs
over the batch at once. Weights are the loaded slovnet model's own arrays (nothing is re-read).

Numbers differ from slovnet's only by float32 summation order inside the matmuls; the argmax
tags and CRF paths are the same (``tests/test_cnn.py`` checks them against slovnet's executor).
Word/shape ids are looked up once per distinct word (``CachedTagEncoder``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from slovnet.chop import chop
from slovnet.exec import encoders, infer
from slovnet.shape import word_shape

#: Distinct words whose ids one encoder remembers; past it the cache starts over, which bounds
#: memory on an endless stream while keeping the hit rate of running text (~95%).
ID_CACHE_SIZE = 200_000


@dataclass(frozen=True)
class ConvLayer:
    """Conv1d (same padding) -> ReLU -> BatchNorm, with the conv kernel split per offset and
    BatchNorm reduced to a per-channel ``scale``/``shift``."""

    kernels: np.ndarray  # (kernel_size, in, out), each offset contiguous
    bias: np.ndarray  # (out,)
    scale: np.ndarray  # weight / std
    shift: np.ndarray  # bias - mean * weight / std

    @classmethod
    def from_slovnet(cls, layer: Any) -> ConvLayer:
        weight = layer.conv.weight.array  # (out, in, kernel)
        kernel_size = weight.shape[2]
        if layer.conv.padding != kernel_size // 2 or kernel_size % 2 != 1:
            raise ValueError(f"only odd 'same' convolutions are supported, got kernel "
                             f"{kernel_size} with padding {layer.conv.padding}")
        norm = layer.norm
        scale = norm.weight.array / norm.std.array
        shift = norm.bias.array - norm.mean.array * scale
        return cls(np.ascontiguousarray(weight.transpose(2, 1, 0)),
                   layer.conv.bias.array, scale.astype(weight.dtype), shift.astype(weight.dtype))

    def __call__(self, x: np.ndarray, pad_rows: np.ndarray) -> np.ndarray:
        """``x``: (rows, in) with zero rows around every sequence; returns (rows, out) alike.
        Row ``r`` of the output is the window centred on input row ``r``."""
        size, _, out_dim = self.kernels.shape
        rows = x.shape[0]
        half = size // 2
        out = np.empty((rows, out_dim), dtype=x.dtype)
        inner = rows - 2 * half
        core = out[half:half + inner]
        np.matmul(x[0:inner], self.kernels[0], out=core)
        for k in range(1, size):
            core += x[k:k + inner] @ self.kernels[k]
        core += self.bias
        np.maximum(core, 0, out=core)
        core *= self.scale
        core += self.shift
        out[pad_rows] = 0  # includes the first and last ``half`` rows
        return out


@dataclass(frozen=True)
class Batch:
    """Where the positions of a padded (batch, seq) input sit in the packed row layout:
    ``half`` zero rows, then each sequence followed by ``half`` zero rows. A sequence takes
    the rows up to its last ``occupied`` position: past it, slovnet's padded positions embed to
    zero vectors and are zeroed after each layer, just like a border row."""

    shape: tuple[int, int]  # (batch, seq)
    rows: int
    index: tuple[np.ndarray, np.ndarray]  # (b, t) of every position within its extent
    flat: np.ndarray  # packed row of each of those positions, in (b, t) order
    pad_rows: np.ndarray  # rows kept at zero after each layer: borders, padded positions

    @classmethod
    def of(cls, pad_mask: np.ndarray, occupied: np.ndarray, half: int) -> Batch:
        batch, seq = pad_mask.shape
        keep = ~pad_mask
        extent = np.where(occupied.any(-1), seq - occupied[:, ::-1].argmax(-1), 0)
        width = extent + half
        starts = half + np.cumsum(width) - width
        rows = half + int(width.sum())
        b, t = np.nonzero(np.arange(seq) < extent[:, None])
        flat = starts[b] + t
        zero = np.ones(rows, dtype=bool)
        zero[flat[keep[b, t]]] = False
        return cls((batch, seq), rows, (b, t), flat, np.flatnonzero(zero))


@dataclass(frozen=True)
class TagNet:
    """slovnet's ``Tag`` model (WordShapeEmbedding -> CNNEncoder -> linear head) as arrays."""

    pq_indexes: np.ndarray  # (words, qdim) uint8: navec centroid per sub-vector
    pq_codes: np.ndarray  # (qdim * centroids, chunk): navec centroids, flattened
    pq_offsets: np.ndarray  # (qdim,): row of sub-vector q's first centroid in pq_codes
    shapes: np.ndarray  # (shapes, dim)
    layers: tuple[ConvLayer, ...]
    proj: np.ndarray  # (hidden, tags)
    proj_bias: np.ndarray
    transitions: np.ndarray | None  # CRF (tags, tags), NER only
    pads: tuple[int, int] | None  # (word, shape) pad ids if both embed to zero (see ``Batch``)

    @classmethod
    def from_slovnet(cls, model: Any, word_pad: int, shape_pad: int) -> TagNet:
        navec = model.emb.word
        codes = navec.codes.array
        qdim, centroids, chunk = codes.shape
        layers = tuple(ConvLayer.from_slovnet(layer) for layer in model.encoder.layers)
        if len({layer.kernels.shape[0] for layer in layers}) != 1:
            raise ValueError("all conv layers must share one kernel size")
        crf = getattr(model.head, "crf", None)
        offsets = np.arange(qdim, dtype=np.intp) * centroids
        flat_codes = codes.reshape(qdim * centroids, chunk)
        shapes = model.emb.shape.weight.array
        zero_pad = not (flat_codes[navec.indexes.array[word_pad] + offsets].any()
                        or shapes[shape_pad].any())
        return cls(navec.indexes.array, flat_codes, offsets, shapes, layers,
                   model.head.proj.weight.array, model.head.proj.bias.array,
                   None if crf is None else crf.transitions.array,
                   (word_pad, shape_pad) if zero_pad else None)

    @property
    def half(self) -> int:
        return self.layers[0].kernels.shape[0] // 2

    def embed(self, word_id: np.ndarray, shape_id: np.ndarray, batch: Batch) -> np.ndarray:
        """(rows, word_dim + shape_dim) first-layer input: every position within its extent
        gets its ids' vectors (pad ids included, as slovnet feeds them), border rows zeros."""
        words = word_id[batch.index]
        centroids = self.pq_indexes[words].astype(np.intp)
        centroids += self.pq_offsets
        codes = np.take(self.pq_codes, centroids, axis=0)  # (positions, qdim, chunk)
        word_dim = codes.shape[1] * codes.shape[2]
        vectors = np.empty((len(words), word_dim + self.shapes.shape[1]), self.pq_codes.dtype)
        vectors[:, :word_dim] = codes.reshape(len(words), word_dim)
        vectors[:, word_dim:] = np.take(self.shapes, shape_id[batch.index], axis=0)
        x = np.zeros((batch.rows, vectors.shape[1]), dtype=vectors.dtype)
        x[batch.flat] = vectors
        return x

    def encode(self, word_id: np.ndarray, shape_id: np.ndarray,
               pad_mask: np.ndarray) -> tuple[np.ndarray, Batch]:
        if self.pads is None:
            occupied = np.ones_like(pad_mask)
        else:  # a literal "<pad>" word has the pad word id but a real shape
            occupied = (word_id != self.pads[0]) | (shape_id != self.pads[1])
        batch = Batch.of(pad_mask, occupied, self.half)
        x = self.embed(word_id, shape_id, batch)
        for layer in self.layers:
            x = layer(x, batch.pad_rows)
        return x, batch

    def emissions(self, x: np.ndarray, rows: np.ndarray) -> np.ndarray:
        out = x[rows] @ self.proj
        out += self.proj_bias
        return out

    def morph(self, word_id: np.ndarray, shape_id: np.ndarray,
              pad_mask: np.ndarray) -> list[np.ndarray]:
        """Tag ids per sequence, as slovnet's ``MorphInfer.process`` yields them: argmax
        over the first ``count of non-pad`` positions of each row."""
        x, batch = self.encode(word_id, shape_id, pad_mask)
        sizes = (~pad_mask).sum(-1)
        b, t = batch.index
        tags = self.emissions(x, batch.flat[t < sizes[b]]).argmax(-1)
        return np.split(tags, np.cumsum(sizes)[:-1])

    def ner(self, word_id: np.ndarray, shape_id: np.ndarray,
            pad_mask: np.ndarray) -> list[np.ndarray]:
        """CRF-decoded tag ids per sequence, as slovnet's ``NERInfer.process`` yields them."""
        if self.transitions is None:
            raise ValueError("this model has no CRF head")
        x, batch = self.encode(word_id, shape_id, pad_mask)
        # past a sequence's extent slovnet's rows are zeros, whose emissions are the bias
        emissions = np.empty((*batch.shape, len(self.proj_bias)), dtype=self.proj.dtype)
        emissions[...] = self.proj_bias
        emissions[batch.index] = self.emissions(x, batch.flat)
        return viterbi(emissions, ~pad_mask, self.transitions)


def viterbi(emissions: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """slovnet's ``CRF.decode`` for the whole batch at once, with the same float operations
    (so the same scores and tie-breaking): positions where ``mask`` is False keep the score,
    and each path is ``mask.sum()`` long. The loops are over positions, so each step is a few
    small array operations whatever the batch size. One deliberate difference: a fully masked
    sequence (only literal ``<pad>`` words) gets an empty path, where slovnet's size of -1
    gives ``seq - 1`` tags."""
    batch, seq, tags = emissions.shape
    steps = np.ascontiguousarray(emissions.transpose(1, 0, 2))[:, :, None, :]  # seq, b, 1, tags
    every = mask.all(0)
    score = emissions[:, 0]
    history = np.empty((max(seq - 1, 0), batch, tags), dtype=np.intp)
    step = np.empty((batch, tags, tags), dtype=np.result_type(emissions, transitions))
    for t in range(1, seq):
        np.add(score[:, :, None], transitions, out=step)
        step += steps[t]
        step.argmax(1, out=history[t - 1])
        best = step.max(1)
        score = best if every[t] else np.where(mask[:, t, None], best, score)
    sizes = mask.sum(-1)
    live = np.arange(seq)[:, None] < sizes  # (seq, batch): position t is on b's path
    alive = live.all(1)
    pointers = history.reshape(len(history), batch * tags)
    offsets = np.arange(batch) * tags
    paths = np.empty((seq, batch), dtype=np.intp)
    last = score.argmax(-1)
    for t in range(seq - 1, 0, -1):
        paths[t] = last
        previous = pointers[t - 1].take(offsets + last)
        last = previous if alive[t] else np.where(live[t], previous, last)
    if seq:
        paths[0] = last
    paths = np.ascontiguousarray(paths.T)
    return [paths[b, :size] for b, size in enumerate(sizes.tolist())]


#: The id caches of ``CachedTagEncoder``, by the identity of the vocabularies they encode with
#: (the vocabularies are kept in the value, so an id is never reused while its cache lives).
_ID_CACHES: dict[tuple[int, int], tuple[Any, Any, dict[str, tuple[int, int]]]] = {}


class CachedTagEncoder(encoders.TagEncoder):
    """slovnet's ``TagEncoder`` (same batches, same arrays) with each distinct word's
    (word id, shape id) computed once: ``word_shape`` and two dict lookups per token are
    a visible share of tagging time otherwise."""

    def __init__(self, words_vocab: Any, shapes_vocab: Any, batch_size: int = 8) -> None:
        super().__init__(words_vocab, shapes_vocab, batch_size)
        # the morph and NER taggers share their vocabularies (``resources``), so they share
        # the ids too: each new word is looked up once, not once per tagger
        key = (id(words_vocab), id(shapes_vocab))
        self.ids: dict[str, tuple[int, int]] = _ID_CACHES.setdefault(
            key, (words_vocab, shapes_vocab, {}))[2]

    def word_ids(self, word: str) -> tuple[int, int]:
        found = self.ids.get(word)
        if found is None:
            found = (self.words_vocab.encode(word.lower()),
                     self.shapes_vocab.encode(word_shape(word)))
            if len(self.ids) >= ID_CACHE_SIZE:
                self.ids.clear()
            self.ids[word] = found
        return found

    def item(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        pairs = [self.word_ids(word) for word in words]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def input(self, items: Sequence[Sequence[str]]) -> encoders.WordShapeInput:  # type: ignore[override]
        """Padded id arrays for a chunk of word lists (slovnet's ``item`` + ``input``)."""
        sizes = [len(words) for words in items]
        seq = max(sizes)
        ids = self.ids
        pairs = [ids.get(word) or self.word_ids(word) for words in items for word in words]
        word_id = np.full((len(items), seq), self.words_vocab.pad_id)
        shape_id = np.full((len(items), seq), self.shapes_vocab.pad_id)
        if pairs:
            filled = np.arange(seq) < np.array(sizes)[:, None]
            table = np.array(pairs)
            word_id[filled] = table[:, 0]
            shape_id[filled] = table[:, 1]
        return encoders.WordShapeInput(word_id, shape_id, word_id == self.words_vocab.pad_id)

    def __call__(self, items: Iterable[Sequence[str]]) -> Iterator[encoders.WordShapeInput]:
        for chunk in chop(items, self.batch_size):
            yield self.input(chunk)


class _TagNetInfer:
    """slovnet's ``MorphInfer``/``NERInfer`` (mixed in after this) whose ``process`` runs
    ``TagNet``'s ``head`` (``morph``: argmax tags; ``ner``: batched Viterbi)."""

    head = ""

    def __init__(self, model: Any, encoder: Any, decoder: Any) -> None:
        super().__init__(model, encoder, decoder)  # type: ignore[call-arg]
        self.net = TagNet.from_slovnet(model, encoder.words_vocab.pad_id,
                                       encoder.shapes_vocab.pad_id)

    def process(self, inputs: Iterable[Any]) -> Iterator[np.ndarray]:
        run = getattr(self.net, self.head)
        for input in inputs:
            yield from run(input.word_id, input.shape_id, input.pad_mask)


class FastMorphInfer(_TagNetInfer, infer.MorphInfer):
    head = "morph"


class FastNERInfer(_TagNetInfer, infer.NERInfer):
    head = "ner"
