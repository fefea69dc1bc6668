"""Annotation records: immutability, offsets, and exact to_dict/from_dict round-trips."""

from __future__ import annotations

import dataclasses

import pytest

from rusnews_nlp.annotations import (Cue, Document, Entity, Quote, Referent, Span, Speaker,
                                     Token, Zone, feats_to_dict, feats_to_str)

TEXT = "«Мы готовы», — сказал Лавров."


def sample_document() -> Document:
    return Document(
        text=TEXT, id="d1", meta={"source": "test"},
        sentences=(Span(0, len(TEXT)),),
        tokens=(Token(1, 3, "Мы", "мы", "PRON", "Case=Nom|Number=Plur|Person=1"),),
        entities=(Entity("e1", 22, 28, "Лавров", "PER", "Лавров"),),
        quotes=(Quote("q1", 1, 10, "Мы готовы", "direct", Cue(15, 21, "сказал", "сказать"),
                      Speaker("Сергей Лавров", "PER", "r1", 22, 28, "Лавров"), "direct_dash"),),
        referents=(Referent("r1", "PER", "Сергей Лавров", ("e1",), "per:lavrov", "name"),),
        zones=(Zone(0, 0, "navigation"),),
    )


def test_round_trip_is_exact():
    doc = sample_document()
    data = doc.to_dict()
    assert Document.from_dict(data) == doc
    assert Document.from_dict(data).to_dict() == data


def test_records_are_frozen():
    doc = sample_document()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "другой"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.entities[0].label = "ORG"  # type: ignore[misc]


def test_spans_point_into_text():
    doc = sample_document()
    for span in (*doc.tokens, *doc.entities, *doc.quotes):
        assert doc.text[span.start:span.end] == span.text
    cue = doc.quotes[0].cue
    assert doc.text[cue.start:cue.end] == cue.text


@pytest.mark.parametrize("start,end", [(-1, 2), (5, 3)])
def test_bad_offsets_rejected(start, end):
    with pytest.raises(ValueError):
        Span(start, end)


def test_fields_selection_keeps_id_and_text():
    data = sample_document().to_dict(["entities"])
    assert set(data) == {"id", "text", "entities"}
    with pytest.raises(ValueError, match="unknown fields"):
        sample_document().to_dict(["tokenz"])


@pytest.mark.parametrize("feats", ["", "Case=Nom", "Animacy=Anim|Case=Gen|Gender=Fem|Number=Sing"])
def test_feats_round_trip(feats):
    assert feats_to_str(feats_to_dict(feats)) == feats


def test_text_must_be_str():
    with pytest.raises(TypeError):
        Document(text=None)  # type: ignore[arg-type]
