"""The per-batch work: input records in, one output line each out, in order.

HTML is extracted, ``--max-chars`` applied and text warnings added (``prepare``); a batch goes
through the pipeline, and if it raises, each document alone, so only the documents that fail
get an error record (``annotate_batch``); spans are checked against the text before a line is
written. ``rusnews-nlp annotate`` runs it, in worker processes with ``--workers``
(``map_batches``), and so do the benchmark and the Spark job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator, Sequence

from ..annotations import DOCUMENT_FIELDS, Document
from .decoding import text_warnings, with_warnings
from .records import InputRecord, RecordError
from .write import dumps, error_record


@dataclass(frozen=True)
class BatchOptions:
    """What the per-batch work needs besides the pipeline (picklable, for worker processes)."""

    fields: tuple[str, ...] = DOCUMENT_FIELDS
    max_chars: int = 0


@dataclass(frozen=True)
class Outcome:
    """One output line (without its newline) and what the summary needs to know about it."""

    id: str | None
    line: str
    error: RecordError | None = None
    warnings: tuple[str, ...] = ()


def prepare(record: InputRecord, options: BatchOptions) -> InputRecord:
    """Extract HTML, apply ``max_chars``, add text warnings: a record ready for the pipeline,
    or an error record. ``ResourceError`` (trafilatura missing) propagates: it stops the run."""
    if record.error is not None:
        return record
    if record.html is not None:
        from .html import HtmlExtractionError, extract

        url = record.meta.get("url") if isinstance(record.meta.get("url"), str) else None
        try:
            article = extract(record.html, url=url)
        except HtmlExtractionError as error:
            where = f"{record.source}:{record.line}" if record.line else record.source
            return record.failed("html_extraction", f"{where}: {error}")
        meta = {**article.meta, **{k: v for k, v in record.meta.items() if v is not None},
                "format": "html"}
        record = replace(record, text=article.text, html=None, meta=meta)
    text = record.text or ""
    if options.max_chars and len(text) > options.max_chars:
        return record.failed("too_large", f"{record.id}: {len(text)} characters, more than "
                                          f"--max-chars {options.max_chars}")
    warnings = text_warnings(text)
    if warnings:
        record = replace(record, meta=with_warnings(record.meta, warnings))
    return record


def check_offsets(doc: Document) -> None:
    """Every span must be the exact substring it claims: refuse to write a corrupt record."""
    size = len(doc.text)
    for group in (doc.tokens, doc.entities, doc.quotes):
        for span in group:
            if not (0 <= span.start <= span.end <= size) or \
                    doc.text[span.start:span.end] != span.text:
                raise ValueError(f"{type(span).__name__} [{span.start}, {span.end}) "
                                 f"{span.text!r} does not match the text")
    for span in (*doc.sentences, *doc.zones):
        if not 0 <= span.start <= span.end <= size:
            raise ValueError(f"{type(span).__name__} [{span.start}, {span.end}) is outside "
                             f"the text")


def analyse(nlp: Any, docs: Sequence[Document]) -> list[Document | BaseException]:
    """The batch through the pipeline; if it raises, each document alone, so that only the
    documents that fail get an error."""
    try:
        return list(nlp.process_batch(list(docs)))
    except Exception:
        if len(docs) == 1:
            raise
    out: list[Document | BaseException] = []
    for doc in docs:
        try:
            out.extend(nlp.process_batch([doc]))
        except Exception as error:  # noqa: BLE001 - any failure becomes the record's error
            out.append(error)
    return out


def _analyse_safely(nlp: Any, docs: Sequence[Document]) -> list[Document | BaseException]:
    try:
        return analyse(nlp, docs)
    except Exception as error:  # a one-document batch that failed
        return [error]


def annotate_batch(records: Sequence[InputRecord], nlp: Any,
                   options: BatchOptions = BatchOptions()) -> list[Outcome]:
    """One ``Outcome`` per record, in order. Never raises because of a record; this is the unit
    of work a process pool can run (records and options are picklable)."""
    ready = [prepare(record, options) for record in records]
    docs = [Document(text=r.text or "", id=r.id, meta=dict(r.meta))
            for r in ready if r.error is None]
    results = iter(_analyse_safely(nlp, docs) if docs else [])
    out = []
    for record in ready:
        warnings = tuple(record.meta.get("warnings", ())) if isinstance(
            record.meta.get("warnings"), list) else ()
        if record.error is not None:
            out.append(Outcome(record.id, dumps(error_record(record.id, record.error)),
                               record.error, warnings))
            continue
        result = next(results)
        line = None
        if not isinstance(result, BaseException):
            try:
                check_offsets(result)
                line = dumps(result.to_dict(options.fields))
            except Exception as error:  # noqa: BLE001
                result = error
        if line is None:
            assert isinstance(result, BaseException)
            error = RecordError("pipeline", f"{record.id}: {type(result).__name__}: {result}",
                                record.line)
            line = dumps(error_record(record.id, error))
            out.append(Outcome(record.id, line, error, warnings))
        else:
            out.append(Outcome(record.id, line, None, warnings))
    return out


#: A batch also closes before its texts pass this many characters, so a huge document is a
#: batch of its own: the records before it are written (safe from a kill) before its long
#: analysis starts, and memory follows the batch's text rather than its record count.
BATCH_CHARS = 500_000


def batched(records: Iterable[InputRecord], size: int,
            max_chars: int = BATCH_CHARS) -> Iterator[list[InputRecord]]:
    """Records in batches of at most ``size`` records and, unless one record alone is longer,
    ``max_chars`` characters of text (or HTML)."""
    batch: list[InputRecord] = []
    chars = 0
    for record in records:
        length = len(record.text or record.html or "")
        if batch and chars + length > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(record)
        chars += length
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _annotate_in_worker(nlp: Any, batch: list[InputRecord],
                        options: BatchOptions) -> list[Outcome]:
    return annotate_batch(batch, nlp, options)


def map_batches(batches: Iterable[list[InputRecord]], nlp: Any,
                options: BatchOptions, workers: int = 1) -> Iterator[list[Outcome]]:
    """Outcomes of each batch, in order; ``workers != 1`` fans batches out to processes."""
    if workers != 1:
        from functools import partial

        from ..parallel import pool_map

        def in_this_process(batch: list[InputRecord], error: BaseException) -> list[Outcome]:
            return annotate_batch(batch, nlp, options)  # the pool could not carry the batch

        yield from pool_map(nlp, partial(_annotate_in_worker, options=options), batches, workers,
                            on_error=in_this_process)
        return
    for batch in batches:
        yield annotate_batch(batch, nlp, options)
