"""Length-bounded batches for the taggers."""

from __future__ import annotations

import pytest

from rusnews_nlp.models.batching import length_batches


@pytest.mark.parametrize("lengths,max_items,max_tokens,expected", [
    ([3, 10, 5], 64, 100, [[1, 2, 0]]),
    ([3, 10, 5], 2, 100, [[1, 2], [0]]),
    ([10, 10, 10, 10], 64, 25, [[0, 1], [2, 3]]),
    ([500, 2], 64, 100, [[0], [1]]),
    ([], 64, 100, []),
])
def test_length_batches(lengths, max_items, max_tokens, expected):
    assert length_batches(lengths, max_items, max_tokens) == expected


def test_every_index_once_and_bounded():
    lengths = [(i * 37) % 211 + 1 for i in range(500)]
    groups = length_batches(lengths, 64, 4000)
    assert sorted(i for g in groups for i in g) == list(range(500))
    for group in groups:
        assert len(group) <= 64
        assert len(group) == 1 or len(group) * lengths[group[0]] <= 4000
