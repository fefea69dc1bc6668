"""``python -m rusnews_nlp.quotes "текст"`` (or text on stdin): the quotes found and the rule
trace — every candidate, the rule that proposed it, and why it was kept or dropped."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    text = " ".join(args) if args else sys.stdin.read()
    from ..pipeline import Pipeline
    from . import format_trace

    doc = Pipeline()(text)
    for quote in doc.quotes:
        speaker = quote.speaker
        who = f"{speaker.name} ({speaker.type})" if speaker else "-"
        print(f"{quote.id} {quote.type:12} {who:30} {quote.text!r}")
    print("\ntrace:")
    print(format_trace(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
