"""The ``rusnews-nlp`` command line: a thin argparse shell over ``rusnews_nlp.commands.*``.

Each command is a module ``rusnews_nlp/commands/<name>.py`` exposing ``add_parser(subparsers)``
(see ``rusnews_nlp.commands``). Modules are imported lazily: when the command is named on the
command line only that module is imported, so a slow or broken sibling cannot slow or break it;
``--help`` imports them all to list them. A module that does not exist (yet) is skipped.
Nothing here imports the models, spaCy or pyspark.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType
from typing import Sequence

from .errors import RusnewsError

PROG = "rusnews-nlp"
PACKAGE = "rusnews_nlp.commands"

#: Subcommands in ``--help`` order; each is ``rusnews_nlp.commands.<name>``.
COMMANDS = ("annotate", "evaluate", "bench", "render", "stats", "spark")

DESCRIPTION = """\
Read Russian news: tokens, lemmas, PER/ORG/LOC entities with normalised names, and quotes
with their speakers, as schema-v1 JSONL."""

EXAMPLES = """\
examples:
  rusnews-nlp annotate news.jsonl -o annotated.jsonl
  rusnews-nlp evaluate ner ../shared/data/factru-devset
  rusnews-nlp evaluate lemmas ../shared/data/ud-gsd/ru_gsd-ud-dev.conllu --errors 30
  rusnews-nlp COMMAND --help        (options of one command)"""


def version() -> str:
    """``rusnews_nlp.__version__``, else the installed distribution's version."""
    import rusnews_nlp

    found = getattr(rusnews_nlp, "__version__", None)
    if found:
        return str(found)
    from importlib import metadata

    try:
        return metadata.version("rusnews-nlp")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def load_command(name: str, package: str = PACKAGE) -> ModuleType | None:
    """Import ``<package>.<name>``; ``None`` if that very module does not exist.

    A ``ModuleNotFoundError`` about anything else (a dependency the command needs) propagates.
    """
    module = f"{package}.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise


def build_parser(only: str | None = None,
                 commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with every available command (default ``COMMANDS``), or just ``only``."""
    commands = COMMANDS if commands is None else commands
    parser = argparse.ArgumentParser(
        prog=PROG, description=DESCRIPTION, epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in commands:
        if only is not None and name != only:
            continue
        module = load_command(name)
        if module is not None:
            module.add_parser(subparsers)
    return parser


def _named_command(argv: Sequence[str], commands: Sequence[str]) -> str | None:
    """The command named in ``argv`` if it is a known one (top-level options take no values)."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in commands else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 error, 2 usage)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_named_command(args_list, COMMANDS))
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # --help, --version, usage errors: a code, not an exit
        code = exit_.code
        return 0 if code is None else code if isinstance(code, int) else 2
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args) or 0)
    except SystemExit as exit_:  # a command's parser.error(): 2; a message: printed, 1
        code = exit_.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 1
    except (RusnewsError, OSError) as error:
        if isinstance(error, BrokenPipeError):  # `... | head`: stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return getattr(error, "exit_code", 1)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
