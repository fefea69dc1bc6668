"""Locate and load the model weights that ship inside the ``natasha`` wheel.

``import natasha`` pulls in pymorphy2, which breaks on Python >= 3.12 and on setuptools >= 82
(no ``pkg_resources``). The weights are plain files in ``natasha/data``, so we find that folder
with ``importlib.util.find_spec`` — which does not execute the package — and load them with
slovnet/navec directly. Nothing is ever downloaded. Each model is loaded once per process.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ResourceError

#: Overrides the folder holding ``emb/`` and ``model/`` (e.g. a cluster's shared copy).
DATA_DIR_ENV = "RUSNEWS_NLP_MODELS"

NAVEC_FILE = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH_FILE = "model/slovnet_morph_news_v1.tar"
NER_FILE = "model/slovnet_ner_news_v1.tar"
SYNTAX_FILE = "model/slovnet_syntax_news_v1.tar"


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """The folder with natasha's bundled weights, found without importing natasha."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        spec = importlib.util.find_spec("natasha")
        if spec is None or not spec.submodule_search_locations:
            raise ResourceError(
                "the 'natasha' package (which ships the slovnet/navec weights) is not installed; "
                "run `pip install natasha==1.6.0` or set RUSNEWS_NLP_MODELS to a folder with "
                "emb/ and model/"
            )
        path = Path(list(spec.submodule_search_locations)[0]) / "data"
    for name in (NAVEC_FILE, MORPH_FILE, NER_FILE):
        if not (path / name).is_file():
            raise ResourceError(f"model file {name} is missing under {path}")
    return path


@dataclass(frozen=True)
class NavecWeights:
    """What slovnet needs from navec: its id and product-quantised vectors. navec's own
    250K-word vocabulary is never used (the slovnet models carry the same one), so it is not
    loaded: that saves ~0.4 s and ~40 MB per process."""

    meta: Any
    pq: Any


@dataclass(frozen=True)
class QuantisedVectors:
    """navec's ``PQ`` without its ``precompute()``: the norms and centroid products it builds
    serve similarity queries, which slovnet never makes (they cost a ~100 MB transient array
    and 26 MB kept). slovnet reads only ``indexes`` and ``codes``."""

    indexes: Any
    codes: Any


def _read_pq(file: Any) -> QuantisedVectors:
    import numpy as np

    vectors, _dim, qdim, centroids = np.frombuffer(file.read(16), np.uint32)
    indexes = np.frombuffer(file.read(int(vectors) * int(qdim)), np.uint8)
    codes = np.frombuffer(file.read(), np.float32)
    return QuantisedVectors(indexes.reshape(int(vectors), int(qdim)),
                            codes.reshape(int(qdim), int(centroids), -1))


@lru_cache(maxsize=1)
def navec() -> NavecWeights:
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.tar import Tar

    with Tar(str(models_dir() / NAVEC_FILE)) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return NavecWeights(meta, _read_pq(tar.load(PQ_)))


#: slovnet vocabularies by the SHA-1 of their content: the news morph, NER and syntax
#: models share one 250K-word vocabulary, parsed once instead of three times.
_VOCABS: dict[str, Any] = {}


def _shared_vocab(pack: Any, vocab_id: str) -> Any:
    from gzip import decompress

    from slovnet.exec.pack import vocab_name
    from slovnet.vocab import Vocab

    content = decompress(pack.read(vocab_name(vocab_id)))  # packs compress differently
    key = hashlib.sha1(content).hexdigest()
    if key not in _VOCABS:
        _VOCABS[key] = Vocab(content.decode("utf8").splitlines())
    return _VOCABS[key]


def _load_slovnet(kind: str, path: Path, batch_size: int) -> Any:
    """slovnet's ``Morph/NER/Syntax.load``, but with shared vocabularies and navec injected."""
    import slovnet
    from slovnet.const import REL, SHAPE, TAG, WORD
    from slovnet.exec import encoders, infer, model
    from slovnet.exec.pack import Pack

    from . import cnn  # morph/NER run on our faster executor, same predictions

    model_cls, infer_cls, encoder_cls, decoder_cls, third = {
        "morph": (model.Morph, cnn.FastMorphInfer, cnn.CachedTagEncoder, infer.TagDecoder, TAG),
        "ner": (model.NER, cnn.FastNERInfer, cnn.CachedTagEncoder, infer.TagDecoder, TAG),
        "syntax": (model.Syntax, infer.SyntaxInfer, encoders.SyntaxEncoder,
                   infer.SyntaxDecoder, REL),
    }[kind]
    with Pack(str(path)) as pack:
        pack.load_meta().check_protocol()
        net = pack.load_model(model_cls)
        arrays = dict(pack.load_arrays(net.weights))
        words, shapes, labels = (_shared_vocab(pack, v) for v in (WORD, SHAPE, third))
    net = net.inject_arrays(arrays).inject_navec(navec())
    api_cls = {"morph": slovnet.Morph, "ner": slovnet.NER, "syntax": slovnet.Syntax}[kind]
    return api_cls(infer_cls(net, encoder_cls(words, shapes, batch_size), decoder_cls(labels)),
                   batch_size)


@lru_cache(maxsize=1)
def morph_tagger(batch_size: int = 64) -> Any:
    return _load_slovnet("morph", models_dir() / MORPH_FILE, batch_size)


@lru_cache(maxsize=1)
def ner_tagger(batch_size: int = 64) -> Any:
    return _load_slovnet("ner", models_dir() / NER_FILE, batch_size)


@lru_cache(maxsize=1)
def syntax_parser(batch_size: int = 64) -> Any:
    return _load_slovnet("syntax", models_dir() / SYNTAX_FILE, batch_size)


def word_vocabulary() -> Any:
    """The news word vocabulary shared by the taggers (``item_ids``: word -> id)."""
    return morph_tagger().infer.encoder.words_vocab


#: Distinct words whose pymorphy3 parses one process remembers: the lemmatiser, the name
#: normaliser, gender and case checks all ask about the same words, and pymorphy3 caches
#: nothing. Bounded, so an endless stream keeps a steady footprint (a few MB).
PARSE_CACHE_SIZE = 20_000


@lru_cache(maxsize=1)
def morph_analyzer() -> Any:
    """One pymorphy3 analyzer per process (its dictionaries take ~15 MB and 0.3 s), whose
    ``parse`` remembers recent words (each call still returns a list of its own)."""
    import pymorphy3

    _guard_shape_check()
    analyzer = pymorphy3.MorphAnalyzer()
    uncached = analyzer.parse

    @lru_cache(maxsize=PARSE_CACHE_SIZE)
    def parses(word: str) -> tuple[Any, ...]:
        return tuple(uncached(word))

    analyzer.parse = lambda word: list(parses(word))
    return analyzer


def _guard_shape_check() -> None:
    """pymorphy3 asks ``unicodedata.name`` whether a letter is Latin, which raises ValueError
    for a letter Python's Unicode tables name nothing (``𗀀``, Tangut): one such character
    would make the whole document an error record. Such a letter is simply not Latin."""
    from pymorphy3 import shapes

    original = shapes.is_latin_char
    if getattr(original, "guarded", False):
        return

    def is_latin_char(char: str) -> bool:
        try:
            return original(char)
        except ValueError:
            return False

    is_latin_char.guarded = True  # type: ignore[attr-defined]
    shapes.is_latin_char = is_latin_char
