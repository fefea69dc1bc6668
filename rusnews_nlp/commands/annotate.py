"""``rusnews-nlp annotate``: documents in, one schema-v1 JSONL line per document out."""

from __future__ import annotations

import argparse
import sys
from typing import Iterator

from ..annotations import DOCUMENT_FIELDS, Document
from ..io import InputRecord, dumps, open_output, read_inputs

EPILOG = """examples:
  rusnews-nlp annotate data/samples -o out.jsonl
  cat news.jsonl | rusnews-nlp annotate - --fields entities,quotes,referents > out.jsonl
  rusnews-nlp annotate archive.jsonl.gz --text-field body --id-field url -o out.jsonl.gz
"""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "annotate", help="analyse documents and write schema-v1 JSONL",
        description="Tokens, lemmas, entities, referents and quotes for each input document, "
                    "one JSON object per line, in input order.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT",
                        help=".txt/.jsonl files (.gz too), directories of them, or - for stdin "
                             "(default)")
    parser.add_argument("-o", "--output", default="-", help="output JSONL (.gz ok); default stdout")
    parser.add_argument("--fields", default=",".join(DOCUMENT_FIELDS),
                        help="comma-separated fields to output besides id and text "
                             f"(default: all: {','.join(DOCUMENT_FIELDS)})")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the text")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the document id")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per batch")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)
    return parser


def parse_fields(value: str) -> tuple[str, ...]:
    fields = tuple(f.strip() for f in value.split(",") if f.strip())
    unknown = [f for f in fields if f not in DOCUMENT_FIELDS]
    if unknown:
        raise SystemExit(f"rusnews-nlp: unknown field(s) {unknown}; "
                         f"choose from {','.join(DOCUMENT_FIELDS)}")
    return fields


def _progress(records: Iterator[InputRecord], quiet: bool) -> Iterator[InputRecord]:
    if quiet or not sys.stderr.isatty():
        return records
    from tqdm import tqdm

    return iter(tqdm(records, unit="doc", file=sys.stderr))


def run(args: argparse.Namespace) -> int:
    from ..pipeline import Pipeline

    fields = parse_fields(args.fields)
    nlp = Pipeline(batch_size=args.batch_size)
    records = _progress(read_inputs(args.inputs, args.text_field, args.id_field), args.quiet)
    out = open_output(args.output)
    failed = 0
    try:
        good: list[InputRecord] = []
        pending: list[InputRecord] = []

        def flush() -> None:
            docs = iter(nlp.pipe(
                [Document(text=r.text or "", id=r.id, meta=dict(r.meta)) for r in good],
                batch_size=args.batch_size))
            for record in pending:
                if record.error is not None:
                    out.write(dumps({"id": record.id, "error": record.error.to_dict()}) + "\n")
                else:
                    out.write(dumps(next(docs).to_dict(fields)) + "\n")
            out.flush()
            good.clear()
            pending.clear()

        for record in records:
            pending.append(record)
            if record.error is None:
                good.append(record)
            else:
                failed += 1
                print(f"rusnews-nlp: {record.error.message}", file=sys.stderr)
            if len(good) >= args.batch_size:
                flush()
        flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0
