"""Grouping sequences for the neural taggers: longest first, bounded by padded size.

slovnet pads every sequence of a batch to the longest one, so sorting by length keeps padding
low, and bounding ``items x longest`` bounds the activations' memory (64 chunks of 400 tokens
made the NER model's batch ~120 MB; 4,000 tokens keep it near 20 MB at the same speed).
"""

from __future__ import annotations

from typing import Sequence

MAX_ITEMS = 64
MAX_TOKENS = 4000


def length_batches(lengths: Sequence[int], max_items: int = MAX_ITEMS,
                   max_tokens: int = MAX_TOKENS) -> list[list[int]]:
    """Indices of ``lengths``, longest first, in groups whose padded size
    (``len(group) * longest``) stays within ``max_tokens`` (a single longer item is a group
    of its own)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    groups: list[list[int]] = []
    current: list[int] = []
    for i in order:
        longest = lengths[current[0]] if current else lengths[i]
        if current and (len(current) >= max_items or (len(current) + 1) * longest > max_tokens):
            groups.append(current)
            current = []
        current.append(i)
    if current:
        groups.append(current)
    return groups
