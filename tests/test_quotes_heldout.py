"""Quotes on a held-out set the extraction rules were not developed on.

``tests/data/quotes_heldout.jsonl`` holds 12 short news texts written for this test (not taken
from any corpus) with 28 gold quotes annotated per ``GUIDELINE.md``; the texts are in
``quotes_heldout.texts.jsonl``. It guards against rules that fit the dev documents only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

#: Floors below today's numbers (all 1.0 when written): a drop under them is a regression.
FLOORS = {"detection F1": 0.90, "attribution accuracy": 0.90, "end-to-end F1": 0.85}


def test_heldout_quotes():
    out = subprocess.run(
        [sys.executable, "-m", "rusnews_nlp", "evaluate", "quotes",
         "--gold", str(DATA / "quotes_heldout.jsonl"),
         "--texts", str(DATA / "quotes_heldout.texts.jsonl"), "--json"],
        capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    total = json.loads(out.stdout)["totals"]["all"]
    assert total["gold"] == 28
    scores = {"detection F1": total["detection"]["f1"],
              "attribution accuracy": total["attribution_accuracy"],
              "end-to-end F1": total["end_to_end"]["f1"]}
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, scores
