"""``python -m rusnews_nlp.kb build-index``: the precomputed word table (``index``) rebuilt.

Asks pymorphy3, through the very functions that use the table (``lemmas``, ``role_context``),
about every word the bundled KB analyses while loading and vetting, and writes the answers to
``data/kb_index.json.gz`` (or checks that the shipped file is what it would write).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .index import INDEX, WordTable, kb_sha256, morph_versions

#: Record fields that hold no words to analyse (ids, dates, codes).
_NOT_TEXT = frozenset({"id", "type", "wikidata", "start", "end", "gender", "kind", "implies",
                       "namesake_risk", "head", "standalone"})
_CYRILLIC = re.compile("[а-я]")


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
    from . import base, lemmas, role_context
    from .records import _entry, _listish

    words: set[str] = set()
    for text in record_texts(records):
        for tok in lemmas.words(text):
            low = lemmas.normalize(tok)
            words.add(low)
            for prefix in lemmas.TENSE_PREFIXES:  # ``экс-канцлер``: parsed without the prefix
                if low.startswith(prefix):
                    words.add(low[len(prefix):])
            if "-" in low:  # ``role_vocabulary`` also takes the part after a hyphen
                words.add(low.split("-", 1)[1])
    names: set[str] = set()
    heads: set[str] = set()
    for rec in records:
        rtype = rec.get("type") or str(rec.get("id", "")).split(":", 1)[0].upper()
        if rtype == "PER":
            entry = _entry({**rec, "type": rtype})
            names.update(lemmas.normalize(t) for text, _ in base.KnowledgeBase._variants(entry)
                         for t in lemmas.words(text))
            # ``evidence.has_namesake_risk`` looks up the whole first name and surname
            words.update(lemmas.normalize(n) for n in (entry.first, entry.surname) if n)
        elif rtype == "POSITION":
            heads.update((rec["name"], *rec.get("aliases", ())))
        heads.update(_listish(rec.get("descriptors")))
    with_morph = lambda ws: sorted(w for w in ws if _CYRILLIC.search(w))  # noqa: E731
    return WordTable(
        lemmas={w: lemmas.analyse_lemmas(w) for w in with_morph(words)},
        names={w: lemmas.analyse_name_keys(w) for w in with_morph(names)},
        heads={t: role_context.analyse_head_noun(t) for t in sorted(heads)},
        kb_sha256=kb_sha256(), morph=morph_versions(),
    )


def bundled_build() -> WordTable:
    from .records import bundled_records

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
