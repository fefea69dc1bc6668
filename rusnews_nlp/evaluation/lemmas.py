"""Lemmas on UD (CoNLL-U): the share of gold words we tokenise *and* lemmatise right.

Each sentence's ``# text`` is analysed on its own; our tokens are aligned to gold tokens by exact
character span. Punctuation (UPOS ``PUNCT``) is not scored. For every other gold token:

* span match: one of our tokens has exactly its ``[start, end)``;
* lemma match: that token's lemma equals the gold lemma, both lower-cased (``ё`` is *not*
  folded: GSD writes ``е`` in most lemmas, and a ``ё`` lemma counts as an error).

``score`` = matched span and lemma / scored gold tokens. Tokenisation errors therefore cost
lemma score, as they would in use. ``lemma accuracy`` is the same on span-matched tokens only.

``score_yo_folded`` is the same with ``ё`` and ``е`` treated as one letter. Our lemmas keep the
``ё`` of the input (``ещё`` -> ``ещё``, ``пришёл`` -> ``прийти``, ``зелёной`` -> ``зелёный``), while
GSD's lemmas are written with ``е``; natasha's lemmatiser folds ``ё`` itself, so its published
number is, in effect, a folded one. Both are reported; neither hides the other.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from . import add_pipeline_arguments, format_table, print_json, share
from .conllu import ConlluSentence

SKIP_UPOS = frozenset({"PUNCT"})

#: natasha (slovnet morph + pymorphy lemmas): the issue's figure, and as measured with this
#: scorer on natasha 1.6.0's own output (which folds ё -> е in every lemma).
REFERENCE = {"natasha": 0.952, "natasha_measured": 0.946}
TARGET = 0.965

DEFAULT_STAGES = ("segment", "morph")


@dataclass
class LemmaScore:
    scored: int = 0  # non-punctuation gold tokens
    span_match: int = 0
    lemma_match: int = 0  # span and lemma both right
    lemma_match_folded: int = 0  # the same, ё and е treated as one letter
    sentences: int = 0
    errors: Counter = field(default_factory=Counter)  # (form, gold, ours) -> count
    unmatched: Counter = field(default_factory=Counter)  # gold forms we tokenised differently

    @property
    def score(self) -> float:
        return share(self.lemma_match, self.scored)

    @property
    def score_yo_folded(self) -> float:
        return share(self.lemma_match_folded, self.scored)

    @property
    def span_rate(self) -> float:
        return share(self.span_match, self.scored)

    @property
    def lemma_accuracy(self) -> float:
        return share(self.lemma_match, self.span_match)

    def to_dict(self, errors: int = 20) -> dict[str, Any]:
        return {
            "sentences": self.sentences, "scored_tokens": self.scored,
            "score": round(self.score, 4),
            "score_yo_folded": round(self.score_yo_folded, 4),
            "span_match_rate": round(self.span_rate, 4),
            "lemma_accuracy_on_span_match": round(self.lemma_accuracy, 4),
            "span_matched": self.span_match, "lemma_matched": self.lemma_match,
            "top_errors": [{"form": f, "gold": g, "ours": o, "count": n}
                           for (f, g, o), n in self.errors.most_common(errors)],
            "top_unmatched_forms": [{"form": f, "count": n}
                                    for f, n in self.unmatched.most_common(errors)],
        }


def norm(lemma: str | None) -> str | None:
    return None if lemma is None else lemma.lower()


def fold(lemma: str | None) -> str | None:
    return None if lemma is None else lemma.lower().replace("ё", "е")


def score_sentence(gold: ConlluSentence, tokens: Iterable[Any], score: LemmaScore) -> None:
    """Add one sentence; ``tokens`` are ours (need ``start``, ``end``, ``lemma``)."""
    ours = {(t.start, t.end): t for t in tokens}
    score.sentences += 1
    for token in gold.tokens:
        if token.upos in SKIP_UPOS:
            continue
        score.scored += 1
        mine = ours.get((token.start, token.end))
        if mine is None:
            score.unmatched[token.form] += 1
            continue
        score.span_match += 1
        if fold(mine.lemma) == fold(token.lemma):
            score.lemma_match_folded += 1
        if norm(mine.lemma) == norm(token.lemma):
            score.lemma_match += 1
        else:
            score.errors[token.form.lower(), norm(token.lemma), norm(mine.lemma)] += 1


def score_sentences(pairs: Iterable[tuple[ConlluSentence, Iterable[Any]]]) -> LemmaScore:
    score = LemmaScore()
    for gold, tokens in pairs:
        score_sentence(gold, tokens, score)
    return score


# --------------------------------------------------------------------------- command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = __doc__
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "examples:\n"
        "  rusnews-nlp evaluate lemmas ../shared/data/ud-gsd/ru_gsd-ud-dev.conllu\n"
        "  rusnews-nlp evaluate lemmas FILE.conllu --errors 50\n"
        "  rusnews-nlp evaluate lemmas FILE.conllu --pred out/gsd.jsonl --json"
    )
    parser.add_argument("conllu", metavar="FILE.conllu", help="gold CoNLL-U file")
    parser.add_argument("--errors", type=int, default=20, metavar="N",
                        help="show the N most frequent lemma errors (default: %(default)s)")
    add_pipeline_arguments(parser, DEFAULT_STAGES, "tokens")


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from . import predictions
    from .conllu import load_conllu

    try:
        sentences = load_conllu(args.conllu)
    except ValueError as error:
        raise InputError("format", f"{args.conllu}: {error}") from None
    ids = _unique_ids(sentences)
    preds, seconds = predictions(args, [(i, s.text) for i, s in zip(ids, sentences)], "tokens")
    score = score_sentences((s, preds[i].tokens) for i, s in zip(ids, sentences))
    if args.json:
        print_json({"task": "lemmas", "dataset": str(args.conllu),
                    "source": args.pred or "pipeline",
                    "seconds": None if seconds is None else round(seconds, 2),
                    **score.to_dict(args.errors), "reference": REFERENCE, "target": TARGET})
    else:
        print(format_report(score, args, seconds))
    return 0


def _unique_ids(sentences: Sequence[ConlluSentence]) -> list[str]:
    """Sentence ids, made unique (``id#2``) so predictions can be keyed by them."""
    seen: Counter = Counter()
    out = []
    for sentence in sentences:
        seen[sentence.id] += 1
        out.append(sentence.id if seen[sentence.id] == 1 else f"{sentence.id}#{seen[sentence.id]}")
    return out


def format_report(score: LemmaScore, args: argparse.Namespace, seconds: float | None) -> str:
    source = f"predictions {args.pred}" if args.pred else (
        f"pipeline, {score.sentences / seconds:.0f} sentences/s" if seconds else "pipeline")
    lines = [
        f"Lemmas on {args.conllu} ({score.sentences} sentences, {score.scored} non-punctuation "
        f"gold tokens; {source})",
        "",
        format_table(("measure", "value", "natasha", "target"), [
            ("score (span and lemma)", score.score, REFERENCE["natasha"], TARGET),
            ("score, ё = е", score.score_yo_folded, REFERENCE["natasha_measured"], TARGET),
            ("span match rate", score.span_rate, None, None),
            ("lemma accuracy on span match", score.lemma_accuracy, None, None),
        ]),
    ]
    if args.errors > 0 and score.errors:
        lines += ["", f"top {args.errors} lemma errors (form, gold, ours, count):",
                  format_table(("form", "gold", "ours", "count"),
                               [(f, g, o or "-", n)
                                for (f, g, o), n in score.errors.most_common(args.errors)])]
    if args.errors > 0 and score.unmatched:
        top = ", ".join(f"{f} ({n})" for f, n in score.unmatched.most_common(args.errors))
        lines += ["", f"gold tokens we split differently, most frequent: {top}"]
    return "\n".join(lines)
