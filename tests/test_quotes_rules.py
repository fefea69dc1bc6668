"""Quote rules without the neural models: the rule table, overlap selection, cue kinds from
token features, and linear time of the whole extraction on adversarial megabytes."""

from __future__ import annotations

import gc
import time

import pytest

from rusnews_nlp.annotations import Document, Token
from rusnews_nlp.quotes.cues import SOURCE_MARKERS, SPEECH_VERBS, norm
from rusnews_nlp.quotes.extract import extract, select
from rusnews_nlp.quotes.rules import RULES, Candidate
from rusnews_nlp.quotes.sources import Source
from rusnews_nlp.quotes.view import View, _cue_kind
from rusnews_nlp.text.segment import segment

PAST_MASC = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"
#: A tiny hand lexicon standing in for the tagger: enough for the rules to fire.
LEXICON = {
    "сказал": ("сказать", "VERB", PAST_MASC),
    "заявил": ("заявить", "VERB", PAST_MASC),
    "отметив": ("отметить", "VERB", "Aspect=Perf|VerbForm=Conv"),
    "напомним": ("напомнить", "VERB", "Mood=Ind|Number=Plur|Person=1|VerbForm=Fin"),
    "поясни": ("пояснить", "VERB", "Mood=Imp|Number=Sing|Person=2|VerbForm=Fin"),
    "пояснить": ("пояснить", "VERB", "Aspect=Perf|VerbForm=Inf"),
    "хотел": ("хотеть", "VERB", PAST_MASC),
    "уверена": ("уверить", "ADJ", "Gender=Fem|Number=Sing|Variant=Short"),
    "отмечается": ("отмечаться", "VERB", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "он": ("он", "PRON", "Case=Nom|Gender=Masc|Number=Sing|Person=3"),
    "приводит": ("приводить", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "привело": ("привести", "VERB", "Gender=Neut|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"),
    "заявление": ("заявление", "NOUN", "Case=Acc|Number=Sing"),
    "заявлению": ("заявление", "NOUN", "Case=Dat|Number=Sing"),
    "к": ("к", "ADP", ""),
    "что": ("что", "SCONJ", ""),
}


def analysed(text: str) -> Document:
    sents, toks = segment(text)
    tokens = []
    for t in toks:
        lemma, pos, feats = LEXICON.get(t.text.lower(), (
            t.text.lower(), "PUNCT" if not any(c.isalnum() for c in t.text) else "NOUN",
            "Case=Nom|Number=Sing" if t.text.isalpha() else ""))
        tokens.append(Token(t.start, t.end, t.text, lemma, pos, feats))
    return Document(text=text, sentences=sents, tokens=tuple(tokens))


def test_rule_names_are_unique_and_described():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.description for rule in RULES)


def test_lexicon_is_normalised():
    assert all(word == norm(word) for word in SPEECH_VERBS)
    assert all(" ".join(words) == norm(" ".join(words)) for words, _ in SOURCE_MARKERS)


@pytest.mark.parametrize("word, kind", [
    ("сказал", "speech"), ("отметив", "gerund"), ("уверена", "stance"),
    ("отмечается", "impersonal"), ("напомним", None), ("поясни", None), ("пояснить", None),
])
def test_cue_kind(word, kind):
    view = View(analysed(f"{word} , что"))
    assert view.cue_kind(0) == kind


def test_cue_kind_is_computed_once_and_stays_the_same():
    view = View(analysed("он заявил , что отмечается рост , отметив спад"))
    first = [view.cue_kind(i) for i in range(len(view.tokens))]
    assert first == [_cue_kind(view, i) for i in range(len(view.tokens))]
    assert [view.cue_kind(i) for i in range(len(view.tokens))] == first
    assert "speech" in first and "impersonal" in first and "gerund" in first


@pytest.mark.parametrize("text, kind", [
    ("приводит ТАСС заявление ведомства", "speech"),  # relays the body's words
    ("приводит заявление ведомства", "speech"),
    ("привело к заявлению ведомства", None),  # led to it
])
def test_a_light_verb_relays_a_statement_not_leads_to_it(text, kind):
    view = View(analysed(text))
    assert view.cue_kind(0) == kind


def test_infinitive_counts_under_a_host():
    view = View(analysed("он хотел пояснить , что"))
    assert view.cue_kind(2) == "infinitive"


def _cand(start, end, rule, qtype="indirect", may_nest=False):
    return Candidate(start, end, qtype, rule, None, Source("unnamed"), may_nest)


def test_select_keeps_rule_priority_and_nesting():
    first = RULES[0].name
    indirect = "indirect_that"
    cands = [
        _cand(10, 50, indirect),
        _cand(20, 30, indirect, may_nest=True),    # own subject inside a clause: nests
        _cand(25, 60, "according_to_marker", "according_to"),  # overlaps: dropped
        _cand(0, 12, first, "direct"),             # earlier rule: wins over the clause...
    ]
    kept, dropped = select(cands)
    assert [(c.start, c.end) for c in kept] == [(0, 12), (20, 30)]
    assert {(c.start, c.end) for c, _ in dropped} == {(10, 50), (25, 60)}


def test_interrupted_quote_on_synthetic_tokens():
    quotes, _ = extract(analysed("«Мы готовы, — сказал он, — и ждём»."),
                        resolver_factory=lambda doc: None)
    assert [(q.text, q.rule) for q in quotes] == [("Мы готовы", "direct_interrupted"),
                                                  ("и ждём", "direct_interrupted")]


@pytest.mark.parametrize("unit", [
    "«»", '"', "«а» б» «в «г ", "«а», — сказал он, что «б» ", "он сказал, что ",
    "«а, — сказал он, — б» ",
])
def test_extraction_is_linear(unit):
    """Four times the text takes about four times as long (quadratic would be sixteen)."""
    def cpu(size: int) -> float:
        doc = analysed(unit * (size // len(unit)))
        best = float("inf")
        gc.disable()
        try:
            for _ in range(2):
                started = time.process_time()
                extract(doc, resolver_factory=lambda d: None)
                best = min(best, time.process_time() - started)
        finally:
            gc.enable()
        return best

    small, large = cpu(50_000), cpu(200_000)
    assert large < 8 * max(small, 0.02), (small, large)
    assert large < 20.0
