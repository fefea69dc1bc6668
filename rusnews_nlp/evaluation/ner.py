"""NER on factRuEval-2016, scored exactly as naeval does (natasha's published benchmark).

naeval (``naeval/ner/adapt.py``, ``bio.py``, ``score.py``) scores *tokens*, not entities:

* gold: a Person object is one span from its first to its last part; an Org contributes its
  ``org_name`` spans; a Location or LocOrg its ``loc_name`` spans. Overlaps are resolved greedily
  (earliest start, then longest, wins: ``мид Грузии`` stays ORG and its ``Грузии`` is dropped);
* gold and predicted spans whose bounds are not razdel token bounds are dropped;
* the text is split into razdel tokens and each type is tagged IO separately; a token counts
  for precision if predicted I, for recall if gold I, correct if both;
* counts are summed over all documents (micro average), then P, R, F1 per type.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from . import HALVES, Counts, add_pipeline_arguments, dev_half, format_table, print_json
from .factru import FactruDocument

LABELS = ("PER", "ORG", "LOC")

#: factRuEval object type -> our label (naeval's FACTRU_TYPES); other types are not scored.
FACTRU_LABELS = {"Person": "PER", "Org": "ORG", "LocOrg": "LOC", "Location": "LOC"}

#: naeval's numbers for natasha (slovnet NER news v1) under this method.
REFERENCE = {"natasha": {"PER": 0.957, "LOC": 0.902, "ORG": 0.775}}

DEFAULT_STAGES = ("segment", "morph", "ner", "normalize")


@dataclass(frozen=True)
class Span:
    start: int
    stop: int
    label: str


# --------------------------------------------------------------------------- span adaptation


def filter_overlapping(spans: Iterable[Span]) -> list[Span]:
    """naeval's greedy overlap filter: sorted by (start, -stop), drop what starts inside a kept span.

    The sort is stable, so of two identical spans the first one listed wins.
    """
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.stop)):
        if kept and kept[-1].stop > span.start:
            continue
        kept.append(span)
    return kept


def filter_misaligned(spans: Iterable[Span], tokens: Sequence[Span]) -> list[Span]:
    """Keep spans that start at some token's start and stop at some token's stop."""
    starts = {t.start for t in tokens}
    stops = {t.stop for t in tokens}
    return [s for s in spans if s.start in starts and s.stop in stops]


def tokenize(text: str) -> list[Span]:
    """razdel tokens, as naeval tokenises both sides (not our segmenter, which splits more)."""
    from razdel import tokenize as razdel_tokenize

    return [Span(t.start, t.stop, "") for t in razdel_tokenize(text)]


def gold_spans(doc: FactruDocument, tokens: Sequence[Span] | None = None) -> list[Span]:
    """naeval's ``adapt_factru``: labelled, non-overlapping, token-aligned gold spans by start."""
    selected: list[Span] = []
    for obj in doc.objects:
        label = FACTRU_LABELS.get(obj.type)
        if label is None or not obj.spans:
            continue
        if obj.type == "Person":
            selected.append(Span(obj.start, obj.stop, label))
            continue
        part = "org_name" if obj.type == "Org" else "loc_name"
        names = [Span(s.start, s.stop, label) for s in obj.spans if s.type == part]
        selected.extend(filter_overlapping(names))
    spans = filter_overlapping(selected)
    tokens = tokenize(doc.text) if tokens is None else tokens
    return sorted(filter_misaligned(spans, tokens), key=lambda s: s.start)


def pred_spans(entities: Iterable[Any], tokens: Sequence[Span]) -> list[Span]:
    """naeval's adaptation of a model's output: known labels, token-aligned, sorted by start."""
    spans = [Span(e.start, e.end, e.label) for e in entities if e.label in LABELS]
    return sorted(filter_misaligned(spans, tokens), key=lambda s: s.start)


# --------------------------------------------------------------------------- scoring


def io_tags(tokens: Sequence[Span], spans: Sequence[Span]) -> Iterator[bool]:
    """naeval's ``spans_io``: walks sorted spans alongside tokens; True = inside.

    A token is inside when it starts at or after the current span's start; the walk moves to
    the next span once a token reaches the span's stop. Kept quirk for quirk (e.g. a token
    starting inside a span but past its end still counts), so scores equal naeval's.
    """
    spans_iter = iter(spans)
    span = next(spans_iter, None)
    for token in tokens:
        inside = False
        if span is not None:
            if token.start >= span.start:
                inside = True
            if token.stop >= span.stop:
                span = next(spans_iter, None)
        yield inside


def tag_counts(tokens: Sequence[Span], pred: Sequence[Span], gold: Sequence[Span],
               label: str) -> Counts:
    preds = io_tags(tokens, [s for s in pred if s.label == label])
    golds = io_tags(tokens, [s for s in gold if s.label == label])
    counts = Counts()
    for p, g in zip(preds, golds):
        counts.pred += p
        counts.gold += g
        counts.correct_pred += p and g
        counts.correct_gold += p and g
    return counts


@dataclass
class NerScore:
    """Per-type counts plus how many spans naeval's adaptation dropped (worth knowing)."""

    counts: dict[str, Counts]
    documents: int = 0
    gold_spans: int = 0
    pred_spans: int = 0
    pred_dropped: int = 0  # predicted spans not on razdel token bounds: invisible to the score

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "scores": {label: self.counts[label].to_dict() for label in LABELS},
            "gold_spans": self.gold_spans, "pred_spans": self.pred_spans,
            "pred_spans_dropped_misaligned": self.pred_dropped,
        }


def score_documents(pairs: Iterable[tuple[FactruDocument, Iterable[Any]]]) -> NerScore:
    """Score ``(gold document, predicted entities)`` pairs; entities need start/end/label."""
    score = NerScore({label: Counts() for label in LABELS})
    for doc, entities in pairs:
        tokens = tokenize(doc.text)
        gold = gold_spans(doc, tokens)
        entities = [e for e in entities if e.label in LABELS]
        pred = pred_spans(entities, tokens)
        score.documents += 1
        score.gold_spans += len(gold)
        score.pred_spans += len(pred)
        score.pred_dropped += len(entities) - len(pred)
        for label in LABELS:
            score.counts[label].add(tag_counts(tokens, pred, gold, label))
    return score


# --------------------------------------------------------------------------- command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = __doc__
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "examples:\n"
        "  rusnews-nlp evaluate ner ../shared/data/factru-devset\n"
        "  rusnews-nlp evaluate ner DIR --save-pred out/factru.jsonl\n"
        "  rusnews-nlp evaluate ner DIR --pred out/factru.jsonl --json"
    )
    parser.add_argument("directory", metavar="DIR",
                        help="factRuEval-2016 directory with book_N.txt/.spans/.objects")
    add_pipeline_arguments(parser, DEFAULT_STAGES, "entities")
    parser.add_argument("--half", choices=HALVES,
                        help="score only one half of the documents: A = those whose id's MD5 "
                             "starts with 0-7, B = the rest (all documents are still analysed)")


def run(args: argparse.Namespace) -> int:
    from . import load_factru_dir, predictions

    docs = load_factru_dir(args.directory)
    preds, seconds = predictions(args, [(d.id, d.text) for d in docs], "entities")
    scored = [d for d in docs if args.half is None or dev_half(d.id) == args.half]
    score = score_documents((d, preds[d.id].entities) for d in scored)
    result = {"task": "ner", "dataset": str(args.directory), "method": "naeval-factru",
              "half": args.half,
              "source": args.pred or "pipeline", **score.to_dict(),
              "seconds": None if seconds is None else round(seconds, 2),
              "reference": REFERENCE}
    if args.json:
        print_json(result)
    else:
        print(format_report(score, args, seconds))
    return 0


def format_report(score: NerScore, args: argparse.Namespace, seconds: float | None) -> str:
    ref = REFERENCE["natasha"]
    rows = []
    for label in LABELS:
        c = score.counts[label]
        rows.append((label, c.precision, c.recall, c.f1, ref[label], c.gold, c.pred,
                     c.correct_gold))
    source = f"predictions {args.pred}" if args.pred else (
        f"pipeline, {score.documents / seconds:.1f} docs/s" if seconds else "pipeline")
    half = f"half {args.half}: " if args.half else ""
    lines = [
        f"NER on factRuEval-2016: {args.directory} ({half}{score.documents} documents; {source})",
        "naeval method: razdel-token IO tags per type, micro-averaged over documents",
        "",
        format_table(("type", "prec", "recall", "f1", "natasha", "gold_tok", "pred_tok",
                      "correct"), rows),
        "",
        f"spans: {score.gold_spans} gold, {score.pred_spans} predicted; {score.pred_dropped} "
        "predicted spans dropped (bounds not on razdel tokens, as naeval does)",
    ]
    return "\n".join(lines)
