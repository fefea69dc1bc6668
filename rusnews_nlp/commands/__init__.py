"""CLI subcommands: one module per command, each exposing ``add_parser(subparsers)``.

``add_parser`` calls ``subparsers.add_parser(name, ...)``, adds its options and sets
``func=run`` (``run(args) -> int`` is the exit code). Modules are imported only to build the
parser, so they must keep heavy imports (models, spaCy, pyspark) inside ``run``.
"""
