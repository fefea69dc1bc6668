"""``rusnews_nlp.models.cnn`` must tag exactly as slovnet's own numpy executor does.

Both executors run on the same loaded model; the reference is slovnet's ``MorphInfer``/
``NERInfer`` with its plain ``TagEncoder``. Float sums differ in order, the tags may not.
"""

from __future__ import annotations

import numpy as np
import pytest
import razdel

from rusnews_nlp.models import cnn
from rusnews_nlp.models.batching import length_batches
from rusnews_nlp.models.resources import morph_tagger, ner_tagger
from rusnews_nlp.text.morph import tagger_word

SENTENCES = [
    "Министр финансов Антон Силуанов заявил журналистам, что бюджет будет исполнен в срок.",
    "В среду в Екатеринбурге открылась международная выставка «Иннопром».",
    "Пресс-секретарь Кремля Дмитрий Песков отказался комментировать эти сообщения.",
    "По данным Росстата, инфляция в марте замедлилась до 2,3%.",
    "«Мы не планируем повышать тарифы», — сказал глава «Газпрома» Алексей Миллер.",
    "Сбербанк и ВТБ снизили ставки по ипотеке на 0,5 процентного пункта.",
    "Губернатор Санкт-Петербурга Александр Беглов посетил новую станцию метро.",
    "Суд арестовал бывшего замминистра обороны на два месяца.",
    "Нападающий «Зенита» забил два гола в ворота ЦСКА.",
    "Как сообщает ТАСС, самолёт вылетел из Шереметьева в 14:30 по московскому времени.",
    "Компания Apple представила в Купертино новый iPhone.",
    "Пожар на складе в Подмосковье потушили к утру.",
    "Да.",
    "ООН призвала стороны конфликта к переговорам в Женеве.",
]


def words_of(text: str) -> list[str]:
    return [token.text for token in razdel.tokenize(text)]


def reference(infer: object) -> object:
    """slovnet's original executor and encoder around the same model and vocabularies."""
    from slovnet.exec import encoders

    encoder = infer.encoder  # type: ignore[attr-defined]
    plain = encoders.TagEncoder(encoder.words_vocab, encoder.shapes_vocab, encoder.batch_size)
    base = next(cls for cls in type(infer).__mro__  # slovnet's MorphInfer / NERInfer
                if cls.__module__.startswith("slovnet."))
    return base(infer.model, plain, infer.decoder)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def executors() -> dict[str, tuple[object, object]]:
    out = {}
    for name, tagger in (("morph", morph_tagger()), ("ner", ner_tagger())):
        fast = tagger.infer
        assert isinstance(fast, (cnn.FastMorphInfer, cnn.FastNERInfer))
        out[name] = (reference(fast), fast)
    return out


def tag_ids(infer: object, sequences: list[list[str]]) -> list[list[int]]:
    """Tag ids per sequence through length-bucketed batches, as morph.py/ner.py call them."""
    out: list[list[int]] = [[] for _ in sequences]
    for group in length_batches([len(seq) for seq in sequences]):
        batch = [sequences[i] for i in group]
        for i, pred in zip(group, infer.process(infer.encoder(batch))):  # type: ignore[attr-defined]
            out[i] = np.asarray(pred).tolist()
    return out


def assert_same(executors: dict, name: str, sequences: list[list[str]]) -> None:
    if name == "morph":
        sequences = [[tagger_word(word) for word in seq] for seq in sequences]
    slow, fast = executors[name]
    expected, got = tag_ids(slow, sequences), tag_ids(fast, sequences)
    vocab = fast.decoder.tags_vocab
    diffs = [(seq[j], vocab.decode(a[j]), vocab.decode(b[j]))
             for seq, a, b in zip(sequences, expected, got) if a != b
             for j in range(min(len(a), len(b))) if a[j] != b[j]]
    assert [len(a) for a in expected] == [len(b) for b in got]
    assert not diffs, diffs[:20]


@pytest.mark.parametrize("name", ["morph", "ner"])
@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_alone(executors, name, text):
    assert_same(executors, name, [words_of(text)])


@pytest.mark.parametrize("name", ["morph", "ner"])
def test_sentences_batched(executors, name):
    """One padded batch of unequal lengths, and all sentences run together as one sequence."""
    sequences = [words_of(text) for text in SENTENCES]
    assert_same(executors, name, sequences)
    assert_same(executors, name, [[word for seq in sequences for word in seq]])


@pytest.mark.parametrize("name", ["morph", "ner"])
def test_pad_token_inside_sentence(executors, name):
    """slovnet takes a literal ``<pad>`` word for padding; we reproduce even that."""
    sequences = [["Президент", "<pad>", "подписал", "указ", "в", "понедельник", "."],
                 ["<PAD>", "Да", "."], ["Нет", "<pad>"], ["Да", "."]]
    assert_same(executors, name, sequences)


def test_packed_layout_needs_zero_pad_vectors(executors):
    """The packed layout relies on the pad word/shape embedding to zero; the news models do."""
    for _, fast in executors.values():
        assert fast.net.pads is not None


@pytest.mark.parametrize("holes", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_viterbi_matches_slovnet_crf(seed, holes):
    from slovnet.exec.model import CRF, Weight

    rng = np.random.default_rng(seed)
    batch, seq, tags = 5, 12, 8
    emissions = rng.standard_normal((batch, seq, tags)).astype(np.float32)
    sizes = rng.integers(1, seq + 1, batch)
    sizes[0] = seq
    mask = np.arange(seq) < sizes[:, None]
    if holes:  # masked positions inside a sequence, as a literal "<pad>" word makes
        mask &= rng.random((batch, seq)) > 0.2
        # a fully masked row is where we differ on purpose: slovnet returns a path of
        # ``seq - 1`` tags (its size is -1), we return an empty one
        mask[~mask.any(-1), 0] = True
    transitions = rng.standard_normal((tags, tags)).astype(np.float32)
    crf = CRF(Weight((tags, tags), "float32", transitions))
    expected = [path.tolist() for path in crf.decode(emissions, mask)]
    assert [path.tolist() for path in cnn.viterbi(emissions, mask, transitions)] == expected


def test_encoder_ids_match_slovnet(executors):
    from slovnet.exec import encoders

    loaded = executors["ner"][1].encoder
    plain = encoders.TagEncoder(loaded.words_vocab, loaded.shapes_vocab, 4)
    fast = cnn.CachedTagEncoder(loaded.words_vocab, loaded.shapes_vocab, 4)
    sequences = [words_of(text) for text in SENTENCES] + [["<pad>", "Ёж", "2024-2025", "…"]]
    for a, b in zip(plain(sequences), fast(sequences)):
        for field in ("word_id", "shape_id", "pad_mask"):
            assert np.array_equal(getattr(a, field), getattr(b, field))
            assert getattr(a, field).dtype == getattr(b, field).dtype


def test_taggers_share_their_word_ids():
    """The morph and NER taggers read words with the same vocabularies: one id cache, so a
    new word is encoded once; another vocabulary gets a cache of its own."""
    from slovnet.vocab import Vocab

    morph, ner = morph_tagger().infer.encoder, ner_tagger().infer.encoder
    assert morph.words_vocab is ner.words_vocab and morph.ids is ner.ids
    other = cnn.CachedTagEncoder(Vocab(["<pad>", "<unk>", "слово"]), morph.shapes_vocab)
    assert other.ids is not morph.ids
    assert other.word_ids("слово")[0] == 2  # its own vocabulary's id, in its own cache
    assert other.ids["слово"][0] == 2 and morph.ids.get("слово", (None,))[0] != 2


def conllu_sentences(path) -> list[list[str]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if current:
                sentences.append(current)
            current = []
        elif not line.startswith("#"):
            fields = line.split("\t")
            if fields[0].isdigit():
                current.append(fields[1])
    if current:
        sentences.append(current)
    return sentences


@pytest.fixture(scope="module")
def shared_sentences(shared_dir) -> dict[str, list[list[str]]]:
    from rusnews_nlp.bench import load_corpus
    from rusnews_nlp.pipeline import Pipeline
    from rusnews_nlp.text.segment import sentence_tokens

    nlp = Pipeline(stages=["zones", "segment"])
    factru, _ = load_corpus([str(shared_dir / "data" / "factru-devset")])
    seeds = [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "seeds").glob("*.txt"))]
    out = {name: [[t.text for t in sent] for doc in nlp.pipe(texts)
                  for sent in sentence_tokens(doc) if sent]
           for name, texts in (("factru", factru), ("seeds", seeds))}
    out["ud-gsd"] = [s for path in sorted((shared_dir / "data" / "ud-gsd").glob("*.conllu"))
                     for s in conllu_sentences(path)]
    return out


@pytest.mark.parametrize("name", ["morph", "ner"])
@pytest.mark.parametrize("corpus", ["factru", "seeds", "ud-gsd"])
def test_shared_corpora(executors, shared_sentences, corpus, name):
    sequences = shared_sentences[corpus]
    assert sequences
    assert_same(executors, name, sequences)
