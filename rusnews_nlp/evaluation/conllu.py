"""Minimal CoNLL-U reader that also recovers each token's character span in the sentence text.

Lemma scoring aligns our tokens to gold tokens by ``[start, end)``, so the gold side needs offsets,
which CoNLL-U does not store: they are found by locating each form, in order, in ``# text``. When
``# text`` is missing or a form cannot be found there, the text is rebuilt from the forms and
``SpaceAfter=No`` (the UD convention), which gives offsets by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True)
class ConlluToken:
    id: str
    form: str
    lemma: str
    upos: str
    feats: str
    misc: str
    start: int = 0
    end: int = 0

    @property
    def space_after(self) -> bool:
        return "SpaceAfter=No" not in self.misc.split("|")


@dataclass(frozen=True)
class ConlluSentence:
    id: str
    text: str
    tokens: tuple[ConlluToken, ...]


def locate(text: str, forms: Iterable[str]) -> list[tuple[int, int]] | None:
    """Offsets of ``forms`` found left to right in ``text``, skipping only whitespace; else None."""
    spans = []
    cursor = 0
    for form in forms:
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        if not text.startswith(form, cursor):
            return None
        spans.append((cursor, cursor + len(form)))
        cursor += len(form)
    return spans


def rebuild_text(tokens: Iterable[ConlluToken]) -> str:
    """The sentence text from forms and ``SpaceAfter=No``."""
    parts = []
    for token in tokens:
        parts.append(token.form + (" " if token.space_after else ""))
    return "".join(parts).rstrip(" ")


def make_sentence(sent_id: str, text: str | None, tokens: list[ConlluToken]) -> ConlluSentence:
    spans = locate(text, (t.form for t in tokens)) if text is not None else None
    if spans is None:
        text = rebuild_text(tokens)
        spans = locate(text, (t.form for t in tokens))
        assert spans is not None  # a rebuilt text always contains its forms in order
    placed = tuple(ConlluToken(t.id, t.form, t.lemma, t.upos, t.feats, t.misc, a, b)
                   for t, (a, b) in zip(tokens, spans))
    return ConlluSentence(sent_id, text, placed)


def parse_conllu(lines: Iterable[str]) -> Iterator[ConlluSentence]:
    """Sentences of CoNLL-U ``lines``; multiword ranges (``1-2``) and empty nodes (``1.1``) skipped."""
    sent_id: str | None = None
    text: str | None = None
    tokens: list[ConlluToken] = []
    count = 0
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if tokens:
                count += 1
                yield make_sentence(sent_id or f"s{count}", text, tokens)
            sent_id, text, tokens = None, None, []
        elif line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "sent_id":
                sent_id = value.strip()
            elif key.strip() == "text":
                text = value.strip()
        else:
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"bad CoNLL-U line (expected 10 tab-separated columns): {line!r}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            tokens.append(ConlluToken(cols[0], cols[1], cols[2], cols[3], cols[5], cols[9]))
    if tokens:
        count += 1
        yield make_sentence(sent_id or f"s{count}", text, tokens)


def load_conllu(path: str | Path) -> list[ConlluSentence]:
    with open(path, encoding="utf-8-sig") as file:
        return list(parse_conllu(file))
