"""slovnet's syntax model through ``rusnews_nlp.models.syntax``: loading, batching, tree helpers."""

from __future__ import annotations

import pytest

from rusnews_nlp.models import syntax
from rusnews_nlp.models.syntax import ROOT, Arc, Parse

needs_model = pytest.mark.skipif(not syntax.available(),
                                 reason="slovnet_syntax_news_v1 is not in natasha's data folder")


def words(sentence: str) -> list[str]:
    from razdel import tokenize

    return [t.text for t in tokenize(sentence)]


# sentence, speech verb, its expected subject (the word the nsubj arc comes from), relation
SUBJECTS = [
    ("Песков заявил журналистам, что переговоры продолжатся.", "заявил", "Песков", "nsubj"),
    ("«Мы готовы к диалогу», — сказал Лавров.", "сказал", "Лавров", "nsubj"),
    ("Вчера министр финансов сообщил, что бюджет исполнен.", "сообщил", "министр", "nsubj"),
    ("Как сообщил РИА Новости Дмитрий Песков, встреча состоится в пятницу.", "сообщил",
     "Дмитрий", "nsubj"),
    ("Пресс-служба губернатора уточнила, что дороги откроют утром.", "уточнила",
     "Пресс-служба", "nsubj"),
]


@needs_model
@pytest.mark.parametrize("sentence, verb, subject, rel", SUBJECTS)
def test_subject_of_speech_verb(sentence: str, verb: str, subject: str, rel: str) -> None:
    [parse] = syntax.parse([words(sentence)])
    v = parse.words.index(verb)
    assert [parse.words[k] for k in parse.children(v, rel)] == [subject]


@needs_model
def test_by_words_is_a_genitive_under_slovam() -> None:
    [parse] = syntax.parse([words("По словам Антона Силуанова, бюджет будет исполнен.")])
    noun = parse.words.index("словам")
    [nmod] = parse.children(noun, "nmod")
    assert parse.words[nmod] == "Антона"
    assert [parse.words[k] for k in parse.subtree(nmod, frozenset({"punct"}))] == \
        ["Антона", "Силуанова"]


@needs_model
def test_batch_keeps_input_order_and_empty_sentences() -> None:
    sentences = [words("Он сказал, что придёт."), [],
                 words("Длинное предложение о том, что министр вчера заявил журналистам в "
                       "Москве, что переговоры с партнёрами будут продолжены."),
                 words("Да.")]
    parses = syntax.parse(sentences)
    assert [p.words for p in parses] == [tuple(s) for s in sentences]
    assert parses[1] == Parse((), ())
    for p in parses:
        assert len(p.arcs) == len(p.words)
        assert all(a.head == ROOT or 0 <= a.head < len(p.words) for a in p.arcs)
    # each sentence is parsed alone whatever it is batched with (padding is masked)
    assert [syntax.parse([s])[0] for s in sentences] == parses
    # heads are argmax picks, not a tree: this verbless fragment has no root, a cycle instead
    assert all(a.head != ROOT for a in parses[2].arcs)
    assert all(len(list(parses[2].ancestors(k))) < len(parses[2].words)
               for k in range(len(parses[2].words)))


def test_tree_helpers_stop_on_a_cycle() -> None:
    # 0 <- 1 <- 2 <- 1 : words 1 and 2 head each other (argmax heads can do that)
    parse = Parse(("a", "b", "c", "d"),
                  (Arc(ROOT, "root"), Arc(2, "nsubj"), Arc(1, "nmod"), Arc(0, "punct")))
    assert list(parse.ancestors(1)) == [2]
    assert parse.subtree(1) == [1, 2]
    assert parse.subtree(0) == [0, 3]
    assert parse.subtree(0, frozenset({"punct"})) == [0]
    assert parse.children(0, "nsubj") == []


def test_missing_model_file_is_a_clear_error(tmp_path, monkeypatch) -> None:
    from rusnews_nlp.errors import ResourceError
    from rusnews_nlp.models import resources

    monkeypatch.setattr(syntax, "models_dir", lambda: tmp_path)
    with pytest.raises(ResourceError, match="slovnet_syntax_news_v1.tar is missing"):
        syntax.parse([["Да", "."]])
    assert syntax.parse([]) == []  # nothing to parse: the model is not needed
    assert resources.SYNTAX_FILE.endswith("slovnet_syntax_news_v1.tar")
