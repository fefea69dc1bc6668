"""Locate and load the model weights that ship inside the ``natasha`` wheel.

``import natasha`` pulls in pymorphy2, which breaks on Python >= 3.12 and on setuptools >= 82
(no ``pkg_resources``). The weights are plain files in ``natasha/data``, so we find that folder
with ``importlib.util.find_spec`` — which does not execute the package — and load them with
slovnet/navec directly. Nothing is ever downloaded. Each model is loaded once per process.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ResourceError

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


@lru_cache(maxsize=1)
def navec() -> Any:
    from navec import Navec

    return Navec.load(str(models_dir() / NAVEC_FILE))


@lru_cache(maxsize=1)
def morph_tagger(batch_size: int = 64) -> Any:
    from slovnet import Morph

    return Morph.load(str(models_dir() / MORPH_FILE), batch_size=batch_size).navec(navec())


@lru_cache(maxsize=1)
def ner_tagger(batch_size: int = 64) -> Any:
    from slovnet import NER

    return NER.load(str(models_dir() / NER_FILE), batch_size=batch_size).navec(navec())


@lru_cache(maxsize=1)
def syntax_parser(batch_size: int = 64) -> Any:
    from slovnet import Syntax

    return Syntax.load(str(models_dir() / SYNTAX_FILE), batch_size=batch_size).navec(navec())


@lru_cache(maxsize=1)
def morph_analyzer() -> Any:
    """One pymorphy3 analyzer per process (its dictionaries take ~15 MB and 0.3 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
