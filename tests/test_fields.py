"""``--fields`` runs only the stages the kept fields need, and keeps their output identical."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rusnews_nlp.pipeline import stages_for

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.mark.parametrize("fields,absent,lemmas", [
    (("entities",), {"referents", "quotes", "link"}, False),
    (("sentences", "zones"), {"morph", "ner", "quotes"}, None),
    (("tokens",), {"ner", "quotes"}, True),
    (("quotes",), {"link"}, True),
])
def test_stages_for(fields, absent, lemmas):
    stages, config = stages_for(fields)
    assert not absent & set(stages)
    if lemmas is None:
        assert "morph" not in stages
    else:
        assert config.get("morph", {}).get("lemmas", True) is lemmas


def annotate(*args: str) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "rusnews_nlp", "annotate", str(SAMPLES), "-q",
                          *args], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.mark.parametrize("fields", ["entities", "quotes", "entities,referents", "sentences"])
def test_fewer_fields_same_output(fields):
    full = annotate()
    part = annotate("--fields", fields)
    keep = fields.split(",")
    assert [{k: d[k] for k in ("id", "text", *keep)} for d in full] == part
