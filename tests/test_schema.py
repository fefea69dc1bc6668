"""Every output line validates against ``docs/schema-v1.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "schema-v1.json"
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check_spans(record: dict) -> None:
    text = record["text"]
    for key in ("tokens", "entities", "quotes"):
        for span in record.get(key, []):
            assert text[span["start"]:span["end"]] == span["text"], (key, span)
    for quote in record.get("quotes", []):
        for part in ("cue", "speaker"):
            sub = quote.get(part)
            if sub and sub.get("start") is not None:
                assert text[sub["start"]:sub["end"]] == sub["text"], (part, sub)


def test_samples_validate(nlp, validator):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    assert texts, "bundled samples are missing"
    for doc in nlp.pipe([{"id": k, "text": v} for k, v in texts.items()]):
        record = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
        validator.validate(record)
        check_spans(record)


def test_seeds_validate(nlp, validator, shared_dir):
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = nlp({"id": path.stem, "text": path.read_text(encoding="utf-8")})
        record = doc.to_dict()
        validator.validate(record)
        check_spans(record)


@pytest.mark.parametrize("record", [
    {"id": "x", "error": {"kind": "invalid_json", "message": "bad", "line": 3}},
    {"id": None, "error": {"kind": "missing_text", "message": "no 'text' field", "line": None}},
])
def test_error_records_validate(validator, record):
    validator.validate(record)


def test_schema_rejects_broken_entity(validator):
    bad = {"id": "x", "text": "a", "entities": [{"id": "e1", "start": 0, "end": 1, "text": "a",
                                                 "label": "PERSON", "normal": None}]}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)
