"""Precomputed pymorphy3 answers for the bundled KB's words, so that loading the KB needs no
morphological analysis.

Building the KB's name and role indexes asks pymorphy3 for the lemma candidates of every word
of every name, alias and role phrase (about 3,000 words): 1.5 CPU-seconds at each start-up.
The answers depend only on the word and on pymorphy3 and its dictionaries, so
``python -m rusnews_nlp.kb build-index`` computes them once into ``data/kb_index.json.gz``.
``kb.lemma_candidates``, ``kb.name_keys`` and ``kb._head_noun`` look a word up there first and
ask pymorphy3 only for words the table lacks (a user gazetteer's, a document's). So a table
that misses words (``extra`` gazetteers, an edited ``kb.jsonl``) costs time, never changes a
result; a table made with another pymorphy3 or dictionary version is not used at all.

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
from typing import Any, Iterable, Iterator, Mapping, Sequence

log = logging.getLogger(__name__)

INDEX = "data/kb_index.json.gz"
FORMAT = 1
ENV_SWITCH = "RUSNEWS_NLP_KB_INDEX"
#: Record fields that hold no words to analyse (ids, dates, codes).
_NOT_TEXT = frozenset({"id", "type", "wikidata", "start", "end", "gender", "kind", "implies",
                       "namesake_risk", "head", "standalone"})
_CYRILLIC = re.compile("[а-я]")


@dataclass(frozen=True)
class WordTable:
    """pymorphy3-derived keys by normalised word: ``lemmas`` = ``kb.lemma_candidates``,
    ``names`` = ``kb.name_keys``, ``heads`` = ``kb._head_noun`` (by text); plus what the table
    was built from (``kb_sha256`` of ``kb.jsonl``, the pymorphy3 versions)."""

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
    from .base import BUNDLED

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


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------

def record_texts(records: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """Every string of the records that holds words (names, aliases, roles, phrases...)."""
    def walk(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if key not in _NOT_TEXT:
                    yield from walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from walk(item)

    for rec in records:
        yield from walk(rec)


def build_table(records: Sequence[Mapping[str, Any]]) -> WordTable:
    """Ask pymorphy3 (through the ``kb`` functions themselves, with no table) about every word
    the KB built from ``records`` analyses while loading and vetting."""
    from . import base as kb

    words: set[str] = set()
    for text in record_texts(records):
        for tok in kb.words(text):
            low = kb.normalize(tok)
            words.add(low)
            for prefix in kb.TENSE_PREFIXES:  # ``экс-канцлер``: parsed without the prefix
                if low.startswith(prefix):
                    words.add(low[len(prefix):])
            if "-" in low:  # ``role_vocabulary`` also takes the part after a hyphen
                words.add(low.split("-", 1)[1])
    names: set[str] = set()
    heads: set[str] = set()
    for rec in records:
        rtype = rec.get("type") or str(rec.get("id", "")).split(":", 1)[0].upper()
        if rtype == "PER":
            entry = kb._entry({**rec, "type": rtype})
            names.update(kb.normalize(t) for text, _ in kb.KnowledgeBase._variants(entry)
                         for t in kb.words(text))
            # ``kb_evidence.has_namesake_risk`` looks up the whole first name and surname
            words.update(kb.normalize(n) for n in (entry.first, entry.surname) if n)
        elif rtype == "POSITION":
            heads.update((rec["name"], *rec.get("aliases", ())))
        heads.update(kb._listish(rec.get("descriptors")))
    with_morph = lambda ws: sorted(w for w in ws if _CYRILLIC.search(w))  # noqa: E731
    return WordTable(
        lemmas={w: kb.analyse_lemmas(w) for w in with_morph(words)},
        names={w: kb.analyse_name_keys(w) for w in with_morph(names)},
        heads={t: kb.analyse_head_noun(t) for t in sorted(heads)},
        kb_sha256=kb_sha256(), morph=morph_versions(),
    )


def bundled_build() -> WordTable:
    from .base import bundled_records

    return build_table(bundled_records())


def write_table(table: WordTable, path: Path) -> None:
    text = json.dumps(table.to_json(), ensure_ascii=False, separators=(",", ":"), indent=0)
    # mtime=0: the same table always gives the same bytes (no spurious diffs)
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def bundled_path() -> Path:
    return Path(__file__).resolve().parents[1] / INDEX


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m rusnews_nlp.kb",
        description="Knowledge-base maintenance. build-index: precompute the pymorphy3 keys "
                    f"of the bundled KB's words into rusnews_nlp/{INDEX} (run it after "
                    "editing data/kb.jsonl or upgrading pymorphy3).")
    parser.add_argument("command", choices=["build-index"])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the shipped index is out of date")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help=f"where to write (default: the package's {INDEX})")
    args = parser.parse_args(argv)
    table = bundled_build()
    path = args.output or bundled_path()
    if args.check:
        try:
            shipped = WordTable.from_json(json.loads(gzip.decompress(path.read_bytes())))
        except (OSError, ValueError, KeyError) as error:
            print(f"{path}: unreadable ({error})", file=sys.stderr)
            return 1
        if shipped.to_json() != table.to_json():
            print(f"{path} is out of date: run `python -m rusnews_nlp.kb build-index`",
                  file=sys.stderr)
            return 1
        print(f"{path} is up to date ({len(table.lemmas)} words)")
        return 0
    write_table(table, path)
    print(f"wrote {path}: {len(table.lemmas)} words, {len(table.names)} name words, "
          f"{len(table.heads)} role heads ({path.stat().st_size:,} bytes)")
    return 0
