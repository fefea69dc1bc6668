"""Knowledge-base linking score: precision and recall of ``kb_id`` over a set of sentences.

Each JSONL line is one mention: ``{"text", "mention", "label", "date", "expected", "kind"}``
(``expected`` is a KB id or ``null`` for "must not link"; ``start`` optional, else the first
occurrence of ``mention``). The linker sees only the sentence, the mention, its label and the
date, the way the ``link`` stage sees a referent, so no neural model is needed.

Run: ``python -m rusnews_nlp.evaluation.kb tests/data/kb_link_set.jsonl``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..kb.base import KnowledgeBase, default_kb


@dataclass(frozen=True)
class LinkCase:
    text: str
    mention: str
    label: str | None
    date: dt.date | None
    expected: str | None
    kind: str = ""
    start: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        start = self.text.index(self.mention) if self.start is None else self.start
        return start, start + len(self.mention)


@dataclass(frozen=True)
class LinkScore:
    """``precision`` = correct links / links made; ``recall`` = correct links / gold links.
    A link made where the gold says ``null`` counts against precision."""

    cases: int
    predicted: int
    gold: int
    correct: int
    errors: tuple[tuple[LinkCase, str | None, str], ...]  # case, got, why (the trace)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    def report(self) -> str:
        lines = [f"cases {self.cases}  links {self.predicted}  gold {self.gold}  "
                 f"correct {self.correct}  precision {self.precision:.3f}  "
                 f"recall {self.recall:.3f}"]
        for case, got, why in self.errors:
            lines.append(f"  [{case.kind}] {case.mention!r} @ {case.date}: "
                         f"expected {case.expected}, got {got} ({why})")
        return "\n".join(lines)


def read_cases(path: str | Path) -> list[LinkCase]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
        out.append(LinkCase(rec["text"], rec["mention"], rec.get("label"), date,
                            rec.get("expected"), rec.get("kind", ""), rec.get("start")))
    return out


def predict(case: LinkCase, kb: KnowledgeBase) -> str | None:
    return predict_traced(case, kb)[0]


def predict_traced(case: LinkCase, kb: KnowledgeBase) -> tuple[str | None, str]:
    """The id the linker gives the case's mention, and why (the vetting reason, ``name`` /
    ``alias`` / ``role@date`` for an unvetted link, ``no-link`` when nothing matched)."""
    start, end = case.span
    linked, vetting = kb.link_mention_traced(case.text, start, end, case.label, case.date)
    if vetting is not None:
        rules = ", ".join(f"{e.phrase!r}: {e.rule}" for e in vetting.evidence)
        return (linked[0] if linked else None), vetting.reason + (f"; {rules}" if rules else "")
    return (linked[0], linked[1]) if linked else (None, "no-link")


def score_links(cases: Iterable[LinkCase], kb: KnowledgeBase | None = None) -> LinkScore:
    kb = kb or default_kb()
    cases = list(cases)
    predicted = gold = correct = 0
    errors = []
    for case in cases:
        got, why = predict_traced(case, kb)
        predicted += got is not None
        gold += case.expected is not None
        correct += got is not None and got == case.expected
        if got != case.expected:
            errors.append((case, got, why))
    return LinkScore(len(cases), predicted, gold, correct, tuple(errors))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m rusnews_nlp.evaluation.kb SET.jsonl", file=sys.stderr)
        return 2
    print(score_links(read_cases(args[0])).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
