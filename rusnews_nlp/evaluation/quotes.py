"""Quotes and speakers against gold JSONL, scored as GUIDELINE.md section 6.

* a predicted quote **matches** a gold quote when the sets of (razdel) tokens they cover have
  F1 >= 0.5; pairs are taken one-to-one, best F1 first;
* **detection** precision/recall/F1 count matches;
* **attribution accuracy**: over matched pairs, the share whose speakers agree — the
  lower-cased tokens of the shorter name are a subset of the longer's (``Песков`` ⊂ ``Дмитрий
  Песков``); both null (UNNAMED) also agree;
* **end-to-end F1**: a true positive needs a match *and* the right speaker (the headline);
* a prediction overlapping a gold ``ignore`` range (page chrome) counts neither way.

Gold lines: ``{"doc", "text_sha1", "ignore": [[s, e]...], "quotes": [{"start", "end", "type",
"speaker", "speaker_type", "cue"}]}``. Texts: a directory holding ``<doc>.txt`` or a JSONL of
``{"id", "text"}``; each text's SHA-1 must equal ``text_sha1``. Several ``--gold``/``--texts``
pairs are scored separately and together.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..annotations import Quote
from ..errors import InputError
from ..pipeline import DEFAULT_STAGES as PIPELINE_STAGES
from . import HALVES, add_pipeline_arguments, dev_half, format_table, predictions, print_json

#: The default pipeline's stages, ``link`` included (the referents it merges rename speakers,
#: ``kb/merge.py``), so the score is that of what ``annotate`` writes.
DEFAULT_STAGES = PIPELINE_STAGES

MATCH_THRESHOLD = 0.5


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    type: str
    speaker: str | None
    speaker_type: str
    cue: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    ignore: tuple[tuple[int, int], ...]
    quotes: tuple[GoldQuote, ...]
    source: str  # which gold file


def read_texts(location: str | Path) -> dict[str, str] | Path:
    """A JSONL of ``{"id", "text"}`` read into a dict, or a directory (read lazily)."""
    path = Path(location)
    if path.is_dir():
        return path
    if not path.is_file():
        raise InputError("texts", f"{location}: no such file or directory")
    texts: dict[str, str] = {}
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                texts[str(data["id"])] = data["text"]
            except (ValueError, KeyError, TypeError) as error:
                raise InputError("texts", f"{path}:{number}: expected a JSON object with "
                                 f"'id' and 'text' ({error!r})", number) from None
    return texts


def _text_for(texts: dict[str, str] | Path, doc_id: str) -> str:
    if isinstance(texts, Path):
        path = texts / f"{doc_id}.txt"
        if not path.is_file():
            raise InputError("texts", f"{path}: missing (gold document {doc_id!r})")
        # exactly the stored characters: no newline translation, BOM kept
        return path.read_bytes().decode("utf-8")
    if doc_id not in texts:
        raise InputError("texts", f"no text with id {doc_id!r} for the gold document")
    return texts[doc_id]


def read_gold(gold_path: str | Path, texts_location: str | Path) -> list[GoldDocument]:
    """Gold documents with their texts; the texts' SHA-1 must match ``text_sha1``."""
    texts = read_texts(texts_location)
    docs: list[GoldDocument] = []
    path = Path(gold_path)
    if not path.is_file():
        raise InputError("gold", f"{gold_path}: no such file")
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                doc_id = str(data["doc"])
                quotes = tuple(GoldQuote(q["start"], q["end"], q["type"], q.get("speaker"),
                                         q.get("speaker_type", "UNNAMED"), q.get("cue"))
                               for q in data["quotes"])
                ignore = tuple((int(a), int(b)) for a, b in data.get("ignore", ()))
            except (ValueError, KeyError, TypeError) as error:
                raise InputError("gold", f"{path}:{number}: not a gold quote line ({error!r})",
                                 number) from None
            text = _text_for(texts, doc_id)
            sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
            expected = data.get("text_sha1")
            if expected and sha1 != expected:
                raise InputError("sha1", f"{path}:{number}: text of {doc_id!r} has SHA-1 "
                                 f"{sha1}, gold expects {expected}: not the annotated text",
                                 number)
            for q in quotes:
                if not 0 <= q.start < q.end <= len(text):
                    raise InputError("gold", f"{path}:{number}: quote [{q.start}, {q.end}) "
                                     f"outside the text of {doc_id!r}", number)
            docs.append(GoldDocument(doc_id, text, ignore, quotes, str(path)))
    return docs


# --------------------------------------------------------------------------- matching


def token_spans(text: str) -> list[tuple[int, int]]:
    from razdel import tokenize

    return [(t.start, t.stop) for t in tokenize(text)]


class _Tokens(list):
    """razdel token spans with cached start/end arrays for bisection."""

    def __init__(self, text: str) -> None:
        super().__init__(token_spans(text))
        self._ends = [t[1] for t in self]
        self._starts = [t[0] for t in self]

    def cover(self, start: int, end: int) -> frozenset[int]:
        from bisect import bisect_left, bisect_right

        return frozenset(range(bisect_right(self._ends, start), bisect_left(self._starts, end)))


def overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    common = len(a & b)
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def name_tokens(name: str) -> frozenset[str]:
    from razdel import tokenize

    return frozenset(t.text.lower() for t in tokenize(name) if any(c.isalnum() for c in t.text))


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """Guideline rule: both null, or the shorter name's lower-cased tokens are a subset of
    the longer's."""
    if gold is None or pred is None:
        return gold is None and pred is None
    a, b = name_tokens(gold), name_tokens(pred)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short <= long_


def predicted_name(quote: Quote) -> str | None:
    speaker = quote.speaker
    if speaker is None or speaker.type == "UNNAMED":
        return None
    return speaker.name


def overlaps_ignored(start: int, end: int, ignore: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in ignore)


@dataclass
class DocScore:
    id: str
    source: str
    gold: int = 0
    pred: int = 0
    matched: int = 0
    attributed: int = 0
    ignored_pred: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[dict[str, Any]] = field(default_factory=list)
    type_agree: int = 0


def match_quotes(text: str, gold: Sequence[GoldQuote], preds: Sequence[Quote]
                 ) -> dict[int, int]:
    """Gold index -> predicted index for the matched pairs: token-set F1 >= 0.5, one-to-one,
    best F1 first."""
    tokens = _Tokens(text)
    gold_sets = [tokens.cover(q.start, q.end) for q in gold]
    pred_sets = [tokens.cover(q.start, q.end) for q in preds]
    pairs = []
    for gi, gs in enumerate(gold_sets):
        for pi, ps in enumerate(pred_sets):
            f1 = overlap_f1(gs, ps)
            if f1 >= MATCH_THRESHOLD:
                pairs.append((f1, gi, pi))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for f1, gi, pi in pairs:
        if gi in gold_used or pi in pred_used:
            continue
        gold_used[gi] = pi
        pred_used.add(pi)
    return gold_used


def score_document(gold: GoldDocument, quotes: Sequence[Quote]) -> DocScore:
    text = gold.text
    preds = [q for q in quotes if not overlaps_ignored(q.start, q.end, gold.ignore)]
    score = DocScore(gold.id, gold.source, gold=len(gold.quotes), pred=len(preds),
                     ignored_pred=len(quotes) - len(preds))
    gold_used = match_quotes(text, gold.quotes, preds)
    pred_used = set(gold_used.values())
    for gi, q in enumerate(gold.quotes):
        pi = gold_used.get(gi)
        if pi is None:
            score.misses.append(_gold_row(text, q))
            continue
        score.matched += 1
        pred = preds[pi]
        score.type_agree += pred.type == q.type
        if same_speaker(q.speaker, predicted_name(pred)):
            score.attributed += 1
        else:
            row = _gold_row(text, q)
            row["pred"] = _pred_row(pred)
            score.wrong_speaker.append(row)
    for pi, pred in enumerate(preds):
        if pi not in pred_used:
            score.false_alarms.append(_pred_row(pred))
    return score


def _gold_row(text: str, q: GoldQuote) -> dict[str, Any]:
    return {"start": q.start, "end": q.end, "type": q.type, "speaker": q.speaker,
            "speaker_type": q.speaker_type, "cue": q.cue, "text": text[q.start:q.end]}


def _pred_row(q: Quote) -> dict[str, Any]:
    return {"start": q.start, "end": q.end, "type": q.type, "speaker": predicted_name(q),
            "speaker_type": q.speaker.type if q.speaker else None,
            "speaker_text": q.speaker.text if q.speaker else None,
            "cue": q.cue.text if q.cue else None, "rule": q.rule, "text": q.text}


@dataclass
class Totals:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    attributed: int = 0
    type_agree: int = 0
    documents: int = 0

    def add(self, doc: DocScore) -> None:
        self.gold += doc.gold
        self.pred += doc.pred
        self.matched += doc.matched
        self.attributed += doc.attributed
        self.type_agree += doc.type_agree
        self.documents += 1

    @staticmethod
    def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, Any]:
        dp, dr, df = self._f1(self.matched, self.pred, self.gold)
        ep, er, ef = self._f1(self.attributed, self.pred, self.gold)
        return {
            "documents": self.documents, "gold": self.gold, "pred": self.pred,
            "matched": self.matched, "attributed": self.attributed,
            "detection": {"precision": round(dp, 4), "recall": round(dr, 4), "f1": round(df, 4)},
            "attribution_accuracy": round(self.attributed / self.matched, 4)
            if self.matched else 0.0,
            "end_to_end": {"precision": round(ep, 4), "recall": round(er, 4), "f1": round(ef, 4)},
            "type_accuracy": round(self.type_agree / self.matched, 4) if self.matched else 0.0,
        }


def score(golds: Sequence[GoldDocument], predicted: Mapping[str, Sequence[Quote]],
          by_half: bool = False) -> tuple[list[DocScore], dict[str, Totals]]:
    """Per-document scores and totals per gold file plus ``"all"``; with ``by_half`` also per
    gold file and dev half (``"<file> A"``, ``"<file> B"``, see ``evaluation.dev_half``)."""
    docs = [score_document(g, predicted.get(g.id, ())) for g in golds]
    totals: dict[str, Totals] = {}
    for doc in docs:
        totals.setdefault(doc.source, Totals()).add(doc)
        if by_half:
            totals.setdefault(f"{doc.source} {dev_half(doc.id)}", Totals()).add(doc)
    for doc in docs:
        totals.setdefault("all", Totals()).add(doc)
    if by_half:
        totals = dict(sorted(totals.items(), key=lambda item: (item[0] == "all", item[0])))
    return docs, totals


# --------------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", action="append", required=True, metavar="GOLD.jsonl",
                        help="gold quotes (GUIDELINE.md format); repeat with --texts to score "
                             "several sets")
    parser.add_argument("--texts", action="append", required=True, metavar="DIR_OR_JSONL",
                        help="the gold documents' texts: a directory of <doc>.txt or a JSONL "
                             "of {id, text}; one per --gold, in the same order")
    parser.add_argument("--errors", type=int, default=20, metavar="N",
                        help="list up to N misses, up to N false alarms and up to N wrong "
                             "speakers (default: %(default)s; 0 = none, -1 = all)")
    parser.add_argument("--no-docs", action="store_true",
                        help="leave out the per-document table")
    parser.add_argument("--half", choices=(*HALVES, "both"),
                        help="score only one half of every gold file (A = documents whose id's "
                             "MD5 starts with 0-7, B = the rest; develop on A, check on B), or "
                             "'both' for a row per file and half")
    add_pipeline_arguments(parser, DEFAULT_STAGES, "quotes")


def run(args: argparse.Namespace) -> int:
    if len(args.gold) != len(args.texts):
        raise InputError("usage", f"give one --texts per --gold ({len(args.gold)} --gold, "
                         f"{len(args.texts)} --texts)")
    golds: list[GoldDocument] = []
    for gold_path, texts in zip(args.gold, args.texts):
        golds.extend(read_gold(gold_path, texts))
    half = getattr(args, "half", None)
    if half in HALVES:
        golds = [g for g in golds if dev_half(g.id) == half]
    ids = [g.id for g in golds]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError("gold", f"document {dup!r} appears in more than one gold line")
    docs, seconds = predictions(args, [(g.id, g.text) for g in golds], "quotes")
    predicted = {doc_id: doc.quotes for doc_id, doc in docs.items()}
    per_doc, totals = score(golds, predicted, by_half=half == "both")
    if args.json:
        print_json({
            "totals": {name: t.to_dict() for name, t in totals.items()},
            "documents": [_doc_dict(d) for d in per_doc],
            "seconds": seconds,
        })
        return 0
    print(report(per_doc, totals, args.errors, not args.no_docs, seconds))
    return 0


def _doc_dict(d: DocScore) -> dict[str, Any]:
    return {"doc": d.id, "gold_file": d.source, "gold": d.gold, "pred": d.pred,
            "matched": d.matched, "attributed": d.attributed, "ignored_pred": d.ignored_pred,
            "misses": d.misses, "false_alarms": d.false_alarms,
            "wrong_speaker": d.wrong_speaker}


def report(per_doc: Sequence[DocScore], totals: Mapping[str, Totals], errors: int,
           with_docs: bool, seconds: float | None) -> str:
    lines: list[str] = []
    rows = []
    for name, t in totals.items():
        d = t.to_dict()
        rows.append((Path(name).name if name != "all" else "all", d["documents"], d["gold"],
                     d["pred"], d["detection"]["precision"], d["detection"]["recall"],
                     d["detection"]["f1"], d["attribution_accuracy"], d["end_to_end"]["f1"],
                     d["type_accuracy"]))
    lines.append(format_table(("gold file", "docs", "gold", "pred", "det P", "det R", "det F1",
                               "attr acc", "e2e F1", "type acc"), rows))
    if seconds is not None:
        lines.append(f"\npipeline: {seconds:.1f} s for {totals['all'].documents} documents")
    if with_docs:
        lines.append("")
        lines.append(format_table(
            ("document", "gold", "pred", "matched", "speaker ok", "ignored pred"),
            [(d.id, d.gold, d.pred, d.matched, d.attributed, d.ignored_pred) for d in per_doc]))
    if errors:
        limit = None if errors < 0 else errors
        for title, key in (("misses (gold not found)", "misses"),
                           ("false alarms (predicted, not in gold)", "false_alarms"),
                           ("wrong speaker (matched)", "wrong_speaker")):
            items = [(d.id, item) for d in per_doc for item in getattr(d, key)]
            lines.append(f"\n{title}: {len(items)}")
            for doc_id, item in items[:limit]:
                lines.append("  " + _format_item(doc_id, item))
    return "\n".join(lines)


def _format_item(doc_id: str, item: Mapping[str, Any]) -> str:
    text = item["text"].replace("\n", " ")
    if len(text) > 110:
        text = text[:107] + "..."
    who = f"{item.get('speaker')!r}/{item.get('speaker_type')}"
    extra = ""
    if "pred" in item:
        pred = item["pred"]
        extra = f"  pred {pred['speaker']!r}/{pred['speaker_type']} from {pred['speaker_text']!r} " \
                f"({pred['rule']})"
    elif "rule" in item:
        extra = f"  ({item['rule']}, cue {item.get('cue')!r}, from {item.get('speaker_text')!r})"
    else:
        extra = f"  (cue {item.get('cue')!r})"
    return f"{doc_id} [{item['start']}:{item['end']}] {item['type']} {who}{extra}\n      {text!r}"


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - convenience
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
