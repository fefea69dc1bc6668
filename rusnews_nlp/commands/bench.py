"""``rusnews-nlp bench``: throughput of our pipeline against natasha's, on the same corpus."""

from __future__ import annotations

import argparse
from typing import Any

from .. import bench


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "bench", help="documents/s, start-up and memory: ours vs natasha, 1 and N workers",
        description=bench.__doc__.split("\n\n")[0] if bench.__doc__ else None,
        epilog=bench.EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    bench.add_arguments(parser)
    parser.set_defaults(func=bench.run)
    return parser
