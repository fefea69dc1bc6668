"""``rusnews-nlp stats``: who said what across annotated JSONL, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import sys

EPILOG = """examples:
  rusnews-nlp stats news.jsonl
  rusnews-nlp stats news.jsonl --format csv -o speakers.csv
  rusnews-nlp stats news.jsonl --format csv --view documents -o documents.csv
  rusnews-nlp stats news.jsonl --format json --min-quotes 3 --top-cues 5
"""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "stats", help="who said what: quotes per speaker and per document",
        description="Per speaker (grouped across documents by KB id when linked, else by "
                    "name): quotes, documents, quote types and the most frequent cue lemmas; "
                    "and per-document counts. Reads the output of `rusnews-nlp annotate`; "
                    "quotes in page chrome are left out unless --include-chrome.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="annotated .jsonl files (.gz ok), directories of them, or - (stdin)")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="output format (default: table)")
    parser.add_argument("--view", choices=("speakers", "documents", "all"), default=None,
                        help="which table(s): default all, except csv: speakers (CSV holds one)")
    parser.add_argument("--top-cues", type=int, default=3, metavar="N",
                        help="most frequent cue lemmas to list per speaker (default 3)")
    parser.add_argument("--min-quotes", type=int, default=1, metavar="N",
                        help="list speakers with at least N quotes (default 1)")
    parser.add_argument("--include-chrome", action="store_true",
                        help="count quotes found in page chrome too")
    parser.add_argument("--exact-names", action="store_true",
                        help="do not fold a short name (Песков) into the one longer name that "
                             "contains it (Дмитрий Песков)")
    parser.add_argument("-o", "--output", default="-", help="output file; default stdout")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..io.output_file import refuse_output_among_inputs
    from ..io.paths import scan_inputs
    from ..io.write import open_output
    from ..reports.annotated import Problems, read_annotated
    from ..reports.stats import FORMATTERS, corpus_stats, default_view

    refuse_output_among_inputs(args.output, scan_inputs(args.inputs))  # -o a.jsonl a.jsonl
    view = args.view or default_view(args.format)
    if args.format == "csv" and view == "all":
        raise InputError("usage", "CSV holds one table: choose --view speakers or "
                                  "--view documents")
    problems = Problems(args.inputs)
    stats = corpus_stats(problems.watch(read_annotated(args.inputs)), top_cues=args.top_cues,
                         include_chrome=args.include_chrome, merge_names=not args.exact_names)
    failed = problems.finish()
    text = FORMATTERS[args.format](stats, view=view, min_quotes=args.min_quotes)
    out = open_output(args.output)
    try:
        out.write(text)
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0
