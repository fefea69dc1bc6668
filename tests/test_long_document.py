"""One long record costs time proportional to its length (issue 16, case 8).

Work is counted as Python function calls per stage, which unlike seconds does not depend on
what else the machine runs: four times the text must cost about four times the calls. Before,
clustering compared every new name with every earlier one and every role phrase weighed every
holder of the office in the document, so the referents and quotes stages grew quadratically.
"""

from __future__ import annotations

import sys

import pytest

from rusnews_nlp.bench.adversarial import news_archive
from rusnews_nlp.pipeline import Pipeline, to_document

SMALL, FACTOR = 12_000, 4
#: calls at FACTOR x the text over FACTOR x the calls at 1x (1 = linear; quadratic gives FACTOR)
MAX_EXCESS = 1.5


def calls_per_stage(pipeline: Pipeline, text: str) -> dict[str, int]:
    docs = [to_document(text)]
    counts: dict[str, int] = {}
    for name, stage in zip(pipeline.stage_names, pipeline.stages):
        calls = 0

        def count(frame, event, arg):  # noqa: ARG001 - sys.setprofile's signature
            nonlocal calls
            if event == "call":
                calls += 1

        sys.setprofile(count)
        try:
            docs = stage(docs)
        finally:
            sys.setprofile(None)
        counts[name] = calls
    return counts


@pytest.fixture(scope="module")
def work(nlp) -> tuple[dict[str, int], dict[str, int]]:
    nlp("Министр заявил, что всё хорошо.")  # load the lazy resources before counting
    return (calls_per_stage(nlp, news_archive(SMALL)),
            calls_per_stage(nlp, news_archive(SMALL * FACTOR)))


@pytest.mark.parametrize("stage", ["segment", "morph", "ner", "normalize", "referents",
                                   "quotes", "link"])
def test_stage_work_grows_linearly(work, stage):
    small, large = work
    excess = large[stage] / (FACTOR * max(1, small[stage]))
    assert excess <= MAX_EXCESS, (stage, small[stage], large[stage])


def test_archive_keeps_meeting_new_people():
    """The benchmark's text must not be one page repeated: its cast grows with its length."""
    small, large = news_archive(SMALL), news_archive(SMALL * FACTOR)
    assert len(large) >= SMALL * FACTOR and news_archive(SMALL) == small
    assert "Андрей Белов" in small
    newcomers = {line.split(" заявил")[0] for line in large.splitlines() if " заявил " in line}
    assert len(newcomers) > 3 * len({line.split(" заявил")[0] for line in small.splitlines()
                                     if " заявил " in line})


def _calls(fn) -> int:
    calls = 0

    def count(frame, event, arg):  # noqa: ARG001
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("phrase", ["министра", "губернатора"])
def test_role_phrase_cost_does_not_grow_with_the_holders(nlp, phrase):
    """``По словам министра`` weighs every министр of the document: per kind of role, not per
    holder, or a long archive's thousand ministers make every such phrase cost a thousand."""
    from rusnews_nlp.quotes.speakers import SpeakerResolver

    work = []
    for size in (SMALL, SMALL * FACTOR):
        doc = nlp(news_archive(size))
        resolver = SpeakerResolver(doc)
        start = doc.text.rindex(f"По словам {phrase},") + len("По словам ")
        end = start + len(phrase)
        first = resolver.resolve(start, end)  # builds the per-kind indexes once
        # the holder introduced in the same item, not one of the earlier ones
        assert first is not None and first.type == "PER" and first.referent is not None
        assert first.name in doc.text[start - 300:start], first
        work.append(_calls(lambda: resolver.resolve(start, end)))
    assert work[1] <= MAX_EXCESS * work[0], work
