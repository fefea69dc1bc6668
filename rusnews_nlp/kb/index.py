"""Precomputed pymorphy3 answers for the bundled KB's words, so that loading the KB needs no
morphological analysis.

Building the KB's name and role indexes asks pymorphy3 for the lemma candidates of every word
of every name, alias and role phrase (about 3,000 words): 1.5 CPU-seconds at each start-up.
The answers depend only on the word and on pymorphy3 and its dictionaries, so
``python -m rusnews_nlp.kb build-index`` computes them once into ``data/kb_index.json.gz``.
``lemmas.lemma_candidates``, ``lemmas.name_keys`` and ``role_context._head_noun`` look a word
up there first and ask pymorphy3 only for words the table lacks (a user gazetteer's, a
document's). So a table that misses words (``extra`` gazetteers, an edited ``kb.jsonl``) costs
time, never changes a result; a table made with another pymorphy3 or dictionary version is not
used at all. ``build_index`` makes the table.

``RUSNEWS_NLP_KB_INDEX=0`` switches the table off (to compare results, or to debug).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .. import compat as _compat

log = logging.getLogger(__name__)

INDEX = "data/kb_index.json.gz"
FORMAT = 1
ENV_SWITCH = "RUSNEWS_NLP_KB_INDEX"


@dataclass(frozen=True)
class WordTable:
    """pymorphy3-derived keys by normalised word: ``lemmas`` = ``lemmas.lemma_candidates``,
    ``names`` = ``lemmas.name_keys``, ``heads`` = ``role_context._head_noun`` (by text); plus
    what the table was built from (``kb_sha256`` of ``kb.jsonl``, the pymorphy3 versions)."""

    lemmas: Mapping[str, frozenset[str]] = field(default_factory=dict)
    names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    heads: Mapping[str, str | None] = field(default_factory=dict)
    kb_sha256: str = ""
    morph: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Sorted and without the word itself in its keys (it is always one): a stable diff."""
        return {
            "format": FORMAT, "kb_sha256": self.kb_sha256,
            "morph": dict(sorted(self.morph.items())),
            "lemmas": {w: sorted(k - {w}) for w, k in sorted(self.lemmas.items())},
            "names": {w: sorted(k - {w}) for w, k in sorted(self.names.items())},
            "heads": dict(sorted(self.heads.items())),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "WordTable":
        if data.get("format") != FORMAT:
            raise ValueError(f"KB index format {data.get('format')!r}, expected {FORMAT}")
        intern = sys.intern

        def keysets(table: Mapping[str, list[str]]) -> dict[str, frozenset[str]]:
            return {intern(w): frozenset((intern(w), *map(intern, extra)))
                    for w, extra in table.items()}

        return cls(keysets(data["lemmas"]), keysets(data["names"]), dict(data["heads"]),
                   data["kb_sha256"], dict(data["morph"]))


EMPTY = WordTable()


# --------------------------------------------------------------------------------------------
# What the table is valid for
# --------------------------------------------------------------------------------------------

def kb_sha256() -> str:
    """Hash of the bundled ``kb.jsonl`` the table was built from."""
    from .records import BUNDLED

    data = resources.files("rusnews_nlp").joinpath(BUNDLED).read_bytes()
    return hashlib.sha256(data).hexdigest()


def morph_versions() -> dict[str, str]:
    """Versions of pymorphy3 and its Russian dictionaries, read without importing pymorphy3
    (0.15 s): its analyses are what the table stores."""
    import pymorphy3_dicts_ru

    return {"pymorphy3": _pymorphy3_version(), "pymorphy3-dicts-ru": pymorphy3_dicts_ru.__version__}


def _pymorphy3_version() -> str:
    module = sys.modules.get("pymorphy3")
    if module is not None and getattr(module, "__version__", None):
        return str(module.__version__)
    spec = importlib.util.find_spec("pymorphy3")
    if spec is not None and spec.origin:
        version_file = Path(spec.origin).with_name("version.py")
        if version_file.is_file():
            found = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", version_file.read_text())
            if found:
                return found.group(1)
    from importlib.metadata import version

    return version("pymorphy3")


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def bundled_table() -> WordTable:
    """The shipped table, or ``EMPTY`` when it is switched off, missing, unreadable or made
    with another pymorphy3 (then every word is analysed at run time, as without a table)."""
    if os.environ.get(ENV_SWITCH, "1").strip().lower() in ("0", "off", "false", "no"):
        return EMPTY
    try:
        raw = resources.files("rusnews_nlp").joinpath(INDEX).read_bytes()
        table = WordTable.from_json(json.loads(gzip.decompress(raw)))
    except (OSError, ValueError, KeyError) as error:
        log.warning("KB index %s not used (%s): the KB loads slower; run "
                    "`python -m rusnews_nlp.kb build-index`", INDEX, error)
        return EMPTY
    versions = morph_versions()
    if dict(table.morph) != versions:
        log.warning("KB index %s was built with %s, installed are %s: not used (the KB loads "
                    "slower); run `python -m rusnews_nlp.kb build-index`", INDEX,
                    dict(table.morph), versions)
        return EMPTY
    if table.kb_sha256 != kb_sha256():
        log.warning("KB index %s was built from another kb.jsonl: words it lacks are analysed "
                    "at load; run `python -m rusnews_nlp.kb build-index`", INDEX)
    return table


#: The building half of the old ``kb_index`` (``build_index``), found with a warning (``compat``).
__getattr__ = _compat.forward(__name__)
