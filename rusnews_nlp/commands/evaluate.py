"""``rusnews-nlp evaluate TASK ...``: score the pipeline (or a predictions JSONL) on gold data.

Tasks are modules ``rusnews_nlp.evaluation.<task>`` exposing ``add_arguments(parser)`` and
``run(args) -> int``; the first line of a module's docstring is its help. A task module that
does not exist yet is skipped.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .. import evaluation
from ..cli import load_command

PACKAGE = "rusnews_nlp.evaluation"

EXAMPLES = """\
examples:
  rusnews-nlp evaluate ner ../shared/data/factru-devset
  rusnews-nlp evaluate ner DIR --pred annotated.jsonl --json
  rusnews-nlp evaluate lemmas ../shared/data/ud-gsd/ru_gsd-ud-dev.conllu --errors 30
  rusnews-nlp evaluate TASK --help"""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "evaluate", help="score the pipeline on gold data (NER, lemmas, quotes)",
        description=__doc__.split("\n\n")[0], epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tasks = parser.add_subparsers(dest="task", metavar="TASK", title="tasks")
    for name in evaluation.TASKS:
        module = load_command(name, PACKAGE)
        if module is None:
            continue
        summary = (module.__doc__ or name).strip().split("\n")[0]
        task = tasks.add_parser(name, help=summary)
        module.add_arguments(task)
        task.set_defaults(evaluate_run=module.run)
    parser.set_defaults(func=run, evaluate_run=None, evaluate_parser=parser)
    return parser


def run(args: argparse.Namespace) -> int:
    task_run = getattr(args, "evaluate_run", None)
    if task_run is None:
        args.evaluate_parser.print_help(sys.stderr)
        return 2
    return int(task_run(args) or 0)
