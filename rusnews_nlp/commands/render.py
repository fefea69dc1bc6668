"""``rusnews-nlp render``: annotated JSONL in, one self-contained HTML page out."""

from __future__ import annotations

import argparse
import itertools
import sys

EPILOG = """examples:
  rusnews-nlp annotate news/ -o news.jsonl && rusnews-nlp render news.jsonl -o report.html
  rusnews-nlp render news.jsonl --limit 50 --title "Лента за 12 марта" -o report.html
"""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "render", help="draw annotated documents as one HTML page",
        description="One self-contained HTML page: a table of contents, then each document with "
                    "entities and quotes highlighted (displaCy span style), each quote labelled "
                    "with its speaker, and page chrome greyed out. Reads the output of "
                    "`rusnews-nlp annotate`; runs no models. Needs the spacy extra.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="annotated .jsonl files (.gz ok), directories of them, or - (stdin)")
    parser.add_argument("-o", "--output", default="-", help="output .html; default stdout")
    parser.add_argument("--title", default="rusnews-nlp report", help="page title")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="render only the first N records")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..io.output_file import refuse_output_among_inputs
    from ..io.paths import scan_inputs
    from ..reports.annotated import Problems, read_annotated
    from ..reports.render import render_html

    refuse_output_among_inputs(args.output, scan_inputs(args.inputs))  # -o a.jsonl a.jsonl
    problems = Problems(args.inputs)
    records = list(problems.watch(itertools.islice(read_annotated(args.inputs), args.limit)))
    failed = problems.finish()
    page = render_html(records, title=args.title)
    if args.output == "-":
        sys.stdout.write(page)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(page)
        print(f"rusnews-nlp: wrote {len(records)} documents to {args.output}", file=sys.stderr)
    return 1 if failed else 0
