"""``rusnews-nlp annotate``: documents in, one schema-v1 JSONL line per input record out.

Every input record gives exactly one output line, in input order: the annotation, or an error
record ``{"id", "error": {"kind", "message", "line"}}``. A bad record never stops the run, and
an exception inside the analysis becomes that document's error (kind ``pipeline``): a batch
that fails is redone one document at a time. Each line is flushed as it is written, so a killed
run loses at most the record in flight, and ``--resume`` continues it. See ``docs/input.md``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NoReturn, Sequence

from ..annotations import DOCUMENT_FIELDS
from .. import compat as _compat
from ..errors import ResourceError, WorkerDiedError
from ..io.batches import BatchOptions, Outcome, batched, map_batches
from ..io.output_file import OutputTarget, refuse_output_among_inputs
from ..io.paths import JSONL_SUFFIXES, TEXT_SUFFIXES, Unreadable, scan_inputs
from ..io.read import read_inputs
from ..io.records import InputRecord, ReadOptions
from ..io.write import ResumeError, ResumeState

#: The per-batch work moved to ``io.batches``; its old names here are found with a warning.
__getattr__ = _compat.forward(__name__)

#: Exit codes (documented in docs/input.md).
EXIT_OK = 0               # every record annotated
EXIT_ERROR = 1            # the run stopped: unreadable input path, unwritable output, missing extra
EXIT_USAGE = 2            # bad command line
EXIT_RECORDS_FAILED = 3   # the run finished, but one or more records are error records
EXIT_INTERRUPTED = 130    # Ctrl-C / SIGINT; rerun with --resume

#: Per-record messages printed to stderr before only counting them.
MAX_MESSAGES = 20

EPILOG = """examples:
  rusnews-nlp annotate data/samples -o out.jsonl
  cat news.jsonl | rusnews-nlp annotate - --fields entities,quotes,referents > out.jsonl
  rusnews-nlp annotate archive.jsonl.gz --text-field body --id-field url -o out.jsonl.gz
  rusnews-nlp annotate pages/*.html -o out.jsonl          (article extracted with trafilatura)
  rusnews-nlp annotate big.jsonl -o out.jsonl --resume    (continue an interrupted run)

exit codes: 0 all annotated, 3 some records are error records, 1 run stopped, 2 usage,
130 interrupted."""


# --------------------------------------------------------------------------- usage


def fields_value(value: str) -> str:
    """``--fields``: every name must be a field (argparse makes a bad one a usage error, 2)."""
    try:
        parse_fields(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def count_value(minimum: int, allowed: tuple[int, ...] = (), what: str = "") -> Any:
    """An integer option that must be ``>= minimum`` (or one of ``allowed``)."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if number < minimum and number not in allowed:
            raise argparse.ArgumentTypeError(f"{number} is not allowed: {what}")
        return number
    parse.__name__ = "int"  # argparse names the type in its messages
    return parse


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "annotate", help="analyse documents and write schema-v1 JSONL",
        description="Tokens, lemmas, entities, referents and quotes for each input record, "
                    "one JSON object per line, in input order; a record that cannot be "
                    "analysed gives an error record in its place.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", default=None, metavar="INPUT",
                        help=".txt/.html/.jsonl files (.gz too), directories of them, or - for "
                             "stdin (default)")
    parser.add_argument("-o", "--output", default="-", help="output JSONL (.gz ok); default stdout")
    parser.add_argument("--fields", default=",".join(DOCUMENT_FIELDS), type=fields_value,
                        help="comma-separated fields to output besides id and text "
                             f"(default: all: {','.join(DOCUMENT_FIELDS)})")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the text")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the document id")
    parser.add_argument("--html-field", default="html",
                        help="JSONL field holding an HTML page, used when the text field is "
                             "absent (default: html)")
    parser.add_argument("--unicode", choices=("replace", "strict"), default="replace",
                        help="invalid UTF-8 / lone surrogates: replace with U+FFFD and warn "
                             "(default), or make the record an error record")
    parser.add_argument("--max-chars", type=count_value(0, what="0 (no limit) or more"),
                        default=0, metavar="N",
                        help="texts longer than N characters become error records "
                             "(default 0: no limit)")
    parser.add_argument("--stages", default=None,
                        help="comma-separated pipeline stages (default: the full analysis)")
    parser.add_argument("--kb", action="append", default=[], metavar="FILE",
                        help="a user gazetteer (JSONL or CSV, see docs/kb.md) added to the "
                             "bundled knowledge base; repeatable")
    parser.add_argument("--kb-replace", action="store_true",
                        help="link to the --kb files only, not to the bundled people and "
                             "organisations")
    parser.add_argument("--resume", action="store_true",
                        help="continue an interrupted run: keep the complete records already "
                             "in -o FILE and process only the rest")
    parser.add_argument("--batch-size", type=count_value(1, what="1 or more"), default=32,
                        help="documents per batch")
    parser.add_argument("--workers", type=count_value(1, (-1,), "1 or more, or -1 (one per "
                                                                 "CPU)"), default=1, metavar="N",
                        help="worker processes, each with its own models (default 1; -1: one "
                             "per CPU); output is identical, in input order")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no per-record messages (summary only)")
    parser.set_defaults(func=run, annotate_parser=parser)
    return parser


def parse_fields(value: str) -> tuple[str, ...]:
    """The names of ``--fields``; ``ValueError`` names the unknown ones and the choices."""
    fields = tuple(f.strip() for f in value.split(",") if f.strip())
    unknown = [f for f in fields if f not in DOCUMENT_FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; "
                         f"choose from {','.join(DOCUMENT_FIELDS)}")
    return fields


#: Shown when documents are read from a terminal: the user may not know the run is waiting.
STDIN_HINT = ("rusnews-nlp annotate: reading from the terminal: JSONL (one object a line) or "
              "one plain text, ended with Ctrl-D. To annotate files: rusnews-nlp annotate "
              "FILE|DIR -o out.jsonl")


def check_stdin(args: argparse.Namespace, stdin: Any = None) -> list[str]:
    """The inputs (none given: ``-``). No INPUT and a terminal on stdin is a mistake (usage
    error, exit 2); ``-`` on a terminal gets a hint, since the run then waits for typing."""
    stdin = sys.stdin if stdin is None else stdin
    inputs = list(args.inputs or ["-"])
    if "-" not in inputs or not stdin.isatty():
        return inputs
    if args.inputs:
        print(STDIN_HINT, file=sys.stderr)
        return inputs
    args.annotate_parser.error("no INPUT given and stdin is a terminal: name .txt/.jsonl/.html "
                               "files or directories, or pipe documents in (- reads stdin)")


def no_records_message(inputs: Sequence[str]) -> str:
    """Why a run over named inputs read nothing: what each directory holds instead."""
    kinds = ", ".join((*TEXT_SUFFIXES, *JSONL_SUFFIXES, ".html", ".htm")) + " (.gz too)"
    found: Counter = Counter()
    for item in inputs:
        if item != "-" and Path(item).is_dir():
            found.update(p.suffix or p.name for p in Path(item).rglob("*") if p.is_file())
    what = ", ".join(f"{n} {suffix}" for suffix, n in found.most_common(5)) or "no files"
    return (f"rusnews-nlp annotate: no documents in {' '.join(inputs)}: expected {kinds} "
            f"files; found {what}")


# --------------------------------------------------------------------------- the run


@dataclass
class Summary:
    """Counts for the closing line on stderr."""

    records: int = 0
    annotated: int = 0
    failed: Counter = field(default_factory=Counter)
    warnings: int = 0
    resumed: int = 0
    interrupted: bool = False
    stopped: str | None = None
    messages: int = 0
    resumable: bool = True

    def add(self, outcome: Outcome, quiet: bool) -> None:
        self.records += 1
        self.warnings += len(outcome.warnings)
        if outcome.error is None:
            self.annotated += 1
        else:
            self.failed[outcome.error.kind] += 1
            self.say(f"{outcome.error.kind}: {outcome.error.message}", quiet)
        for warning in outcome.warnings:
            self.say(f"warning: {outcome.id}: {warning}", quiet)

    def say(self, message: str, quiet: bool) -> None:
        if quiet:
            return
        self.messages += 1
        if self.messages <= MAX_MESSAGES:
            print(f"rusnews-nlp: {message}", file=sys.stderr)
        elif self.messages == MAX_MESSAGES + 1:
            print("rusnews-nlp: further errors and warnings are only counted (see the error "
                  "records and meta.warnings)", file=sys.stderr)

    @property
    def failures(self) -> int:
        return sum(self.failed.values())

    def resume_advice(self) -> str:
        """How to continue a run that stopped early: ``--resume`` needs the output in a file."""
        if self.resumable:
            return "rerun with --resume to continue"
        return ("the output went to stdout, which cannot be resumed; write to a file with "
                "-o FILE to be able to --resume")

    def line(self) -> str:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.failed.items()))
        text = (f"rusnews-nlp annotate: {self.records} records: {self.annotated} annotated, "
                f"{self.failures} failed" + (f" ({kinds})" if kinds else "")
                + f"; {self.warnings} warnings")
        if self.resumed:
            text += f"; {self.resumed} already done before --resume"
        if self.interrupted:
            text += f"; INTERRUPTED: {self.resume_advice()}"
        if self.stopped:
            text += f"; STOPPED: {self.stopped}; {self.resume_advice()}"
        return text

    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.stopped:
            return EXIT_ERROR
        return EXIT_RECORDS_FAILED if self.failures else EXIT_OK


def skip_done(records: Iterable[InputRecord], state: ResumeState,
              summary: Summary) -> Iterator[InputRecord]:
    """Skip the records an earlier run finished, checking that they are the same records."""
    done = len(state.ids)
    index = 0
    for index, record in enumerate(records):
        if index < done:
            if record.id != state.ids[index]:
                raise ResumeError(
                    f"output record {index + 1} has id {state.ids[index]!r} but input record "
                    f"{index + 1} has id {record.id!r}: not the same input, cannot resume")
            summary.resumed += 1
            continue
        yield record
    if done and summary.resumed < done:
        raise ResumeError(f"the output already has {done} records but the input has only "
                          f"{summary.resumed}: not the same input, cannot resume")


def input_bytes(paths: Sequence[str | Path | Unreadable]) -> int | None:
    """The bytes the inputs hold once decompressed, if all are files (stdin: unknown). A
    ``.gz`` file's size is its gzip trailer (the size mod 4 GiB; bigger ones are estimated).
    What cannot be read (an ``Unreadable`` path, a file we may not open) counts as 0 bytes:
    it becomes an error record, not a reason to stop."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        if isinstance(path, Unreadable):
            continue
        path = Path(path)
        try:
            size = path.stat().st_size
            if path.name.lower().endswith(".gz") and size >= 18:
                with open(path, "rb") as handle:
                    handle.seek(-4, os.SEEK_END)
                    trailer = int.from_bytes(handle.read(4), "little")
                size = trailer if trailer >= size else size * 4  # wrapped: a guess beats nothing
        except OSError:
            continue
        total += size
    return total


def record_bytes(record: InputRecord) -> int:
    """About how many input bytes a record took (its text or HTML, UTF-8)."""
    body = record.text if record.text is not None else record.html
    if isinstance(body, bytes):
        return len(body)
    return len((body or "").encode("utf-8", "surrogatepass"))


class Progress:
    """The progress bar on a terminal, moved by records *written*: the bytes of the input files
    against their total, with an ETA, when the input is files; else a count of documents.

    ``reading`` notes each record's size as it is read (batches are read ahead of the
    analysis); ``written`` moves the bar by the size of the oldest record not yet written.
    Records skipped by ``--resume`` are not counted, so such a run ends with a jump to 100%.
    """

    def __init__(self, quiet: bool, total_bytes: int | None = None) -> None:
        self.bar: Any = None
        self.sizes: deque[int] = deque()
        self.docs = 0
        if quiet or not sys.stderr.isatty():
            return
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: --workers may then fork (parallel.py)
        if total_bytes:
            self.bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1024,
                            file=sys.stderr, dynamic_ncols=True)
        else:
            self.bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)

    @property
    def by_bytes(self) -> bool:
        return self.bar is not None and self.bar.total is not None

    def reading(self, records: Iterable[InputRecord]) -> Iterator[InputRecord]:
        for record in records:
            if self.by_bytes:
                self.sizes.append(record_bytes(record))
            yield record

    def written(self) -> None:
        if self.bar is None:
            return
        self.docs += 1
        if not self.by_bytes:
            self.bar.update(1)
            return
        size = self.sizes.popleft() if self.sizes else 0
        self.bar.update(min(size, max(0, self.bar.total - self.bar.n)))
        self.bar.set_postfix_str(f"{self.docs} docs", refresh=False)

    def close(self, complete: bool) -> None:
        if self.bar is None:
            return
        if complete and self.by_bytes:  # markup, JSON keys, newlines: the rest of the bytes
            self.bar.update(max(0, self.bar.total - self.bar.n))
        self.bar.close()


def build_pipeline(args: argparse.Namespace) -> Any:
    from ..pipeline import Pipeline, stages_for

    stages = None
    config: dict[str, dict[str, Any]] = {}
    if args.stages:
        stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    elif set(parse_fields(args.fields)) != set(DOCUMENT_FIELDS):
        stages, config = stages_for(parse_fields(args.fields))  # skip what is not output
    kb_files = getattr(args, "kb", None) or []
    if getattr(args, "kb_replace", False) and not kb_files:
        _kb_usage_error("--kb-replace needs at least one --kb FILE")
    for path in kb_files:
        if not Path(path).is_file():
            _kb_usage_error(f"--kb file not found: {path}")
    if kb_files:
        config["link"] = {"extra": tuple(kb_files), "replace": bool(args.kb_replace)}
    try:
        return Pipeline(stages=stages, config=config, batch_size=args.batch_size)
    except (ValueError, OSError) as error:  # UnicodeDecodeError is a ValueError
        if not kb_files:
            raise
        _kb_usage_error(f"bad --kb gazetteer: {error}")


def _kb_usage_error(message: str) -> NoReturn:
    """A --kb problem is a usage error (exit 2), reported before any input is read."""
    print(f"rusnews-nlp: {message}", file=sys.stderr)
    raise SystemExit(2)


def output_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options that shape the output lines: a ``--resume`` must use the same ones."""
    from .. import __version__

    return {"fields": list(parse_fields(args.fields)), "text_field": args.text_field,
            "id_field": args.id_field, "html_field": args.html_field, "unicode": args.unicode,
            "max_chars": max(0, args.max_chars), "stages": args.stages,
            "kb": [str(Path(p).resolve()) for p in args.kb or []],
            "kb_replace": bool(args.kb_replace), "version": __version__}


def run(args: argparse.Namespace) -> int:
    fields = parse_fields(args.fields)
    args.inputs = check_stdin(args)
    read_options = ReadOptions(args.text_field, args.id_field, args.html_field, args.unicode)
    options = BatchOptions(fields, max(0, args.max_chars))
    scan = scan_inputs(args.inputs)  # checks every input path first
    refuse_output_among_inputs(args.output, scan)  # before anything is opened for writing
    for warning in scan.warnings:
        print(f"rusnews-nlp: warning: {warning}", file=sys.stderr)
    if not scan.items:  # directories without input files
        print(no_records_message(args.inputs), file=sys.stderr)
        return EXIT_ERROR
    total_bytes = input_bytes(scan.items) if sys.stderr.isatty() else None
    with OutputTarget(args.output, output_options(args), resume=args.resume) as target:
        nlp = build_pipeline(args)
        return _annotate_into(target, read_inputs(scan, read_options), nlp, options, args,
                              total_bytes)


def _annotate_into(target: OutputTarget, records: Iterable[InputRecord], nlp: Any,
                   options: BatchOptions, args: argparse.Namespace,
                   total_bytes: int | None = None) -> int:
    summary = Summary(resumable=target.path is not None)
    out = target.open()
    progress = Progress(args.quiet, total_bytes)
    try:
        todo = progress.reading(skip_done(records, target.state, summary))
        for outcomes in map_batches(batched(todo, args.batch_size), nlp, options,
                                    args.workers):
            for outcome in outcomes:
                out.write(outcome.line + "\n")
                out.flush()  # a kill loses at most the record in flight
                summary.add(outcome, args.quiet)
                progress.written()
    except KeyboardInterrupt:
        summary.interrupted = True
    except WorkerDiedError as error:
        summary.stopped = error.args[0]
    except (ResumeError, ResourceError):
        print(summary.line(), file=sys.stderr)
        raise
    finally:
        progress.close(complete=not summary.interrupted and not summary.stopped)
    print(summary.line(), file=sys.stderr)
    if not summary.records and not summary.resumed and not summary.interrupted and \
            not summary.stopped and args.inputs != ["-"]:
        print(no_records_message(args.inputs), file=sys.stderr)
        return EXIT_ERROR
    return summary.exit_code()
