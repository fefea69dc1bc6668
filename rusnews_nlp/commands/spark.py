"""``rusnews-nlp spark``: the ``annotate`` job on Apache Spark, Parquet or JSONL out.

Reads JSONL (``spark.read.json``), Parquet or ``.txt`` files (one document per file, id = file
stem, as ``annotate`` does), runs ``rusnews_nlp.spark.annotate`` and writes one row per input
record with ``id``, ``text``, ``meta`` (the input's other columns), the annotation fields and
``error``. JSONL output is written line by line exactly as ``annotate`` writes it: a schema-v1
document, or ``{"id", "error"}``. pyspark is imported only when this command runs.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Sequence

from ..annotations import DOCUMENT_FIELDS
from .annotate import count_value, fields_value

#: Exit codes, as ``annotate``'s.
EXIT_OK = 0
EXIT_RECORDS_FAILED = 3

INPUT_FORMATS = ("jsonl", "parquet", "text")
OUTPUT_FORMATS = ("parquet", "jsonl")

#: File name endings (after a ``.gz``/``.bz2`` is dropped) -> input format.
INPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
                  ".parquet": "parquet", ".txt": "text"}
COMPRESSION_SUFFIXES = (".gz", ".bz2")
#: Which files of a directory each format reads (Hadoop glob syntax).
DIRECTORY_GLOBS = {"jsonl": "*.{jsonl,ndjson,json}*", "parquet": "*.parquet",
                   "text": "*.{txt,txt.gz,txt.bz2}"}

CORRUPT = "_corrupt_record"

#: Where a row was read (file, then position in the scan): the output keeps this order.
ORDER_COLUMNS = ("_rusnews_file", "_rusnews_position")

EPILOG = """examples:
  rusnews-nlp spark news.jsonl out.parquet --master 'local[2]'
  rusnews-nlp spark archive/ out.jsonl.gz --fields entities,quotes,referents
  spark-submit --master yarn --archives venv.tar.gz#venv ... job.py \\
      hdfs:///news/2015/ hdfs:///annotated/2015.parquet --input-format jsonl
  (docs/spark.md: the packed virtualenv, job.py, memory per executor, throughput)

Output is a directory of part files (Spark's way); read in name order, they hold the rows in
input order (files by path, then lines in file order), as `annotate` writes them. --any-order
saves the shuffle that keeps that order.
exit codes: 0 all annotated, 3 some rows are error rows, 1 the job failed, 2 usage."""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "spark", help="the annotate job on Apache Spark (JSONL/Parquet/txt in, Parquet/JSONL out)",
        description="Annotate documents on a Spark cluster (or local[N]): the same records as "
                    "`rusnews-nlp annotate`, as typed Parquet columns or JSONL. Needs the "
                    "spark extra (make setup-all in the clone) and Java.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSONL (.gz ok), Parquet or .txt files, directories or globs, "
                             "local or any Hadoop file system (hdfs://, s3a://)")
    parser.add_argument("output", metavar="OUTPUT",
                        help="output directory: Parquet, or JSONL when it ends in .jsonl/.json "
                             "(.gz: gzip-compressed parts)")
    parser.add_argument("--master", default=None,
                        help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    parser.add_argument("--format", choices=OUTPUT_FORMATS, default=None,
                        help="output format (default: from OUTPUT's extension, else parquet)")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, default=None,
                        help="input format (default: from the extension of INPUT or its files)")
    parser.add_argument("--fields", default=",".join(DOCUMENT_FIELDS), type=fields_value,
                        help="comma-separated fields besides id and text "
                             f"(default: all: {','.join(DOCUMENT_FIELDS)})")
    parser.add_argument("--text-field", default="text", help="column holding the text")
    parser.add_argument("--id-field", default="id", help="column holding the document id")
    parser.add_argument("--stages", default=None,
                        help="comma-separated pipeline stages (default: the full analysis)")
    parser.add_argument("--batch-size", type=count_value(1, what="1 or more"), default=32,
                        help="documents per batch")
    parser.add_argument("--max-chars", type=count_value(0, what="0 (no limit) or more"),
                        default=0, metavar="N",
                        help="texts longer than N characters become error rows (default 0: "
                             "no limit)")
    parser.add_argument("--partitions", type=count_value(0, what="0 (automatic) or more"),
                        default=0, metavar="N",
                        help="spread the input over N partitions first (default: 2 per core "
                             "when the input has fewer)")
    parser.add_argument("--sampling-ratio", type=float, default=1.0, metavar="R",
                        help="share of JSONL lines read to infer the column types (default 1: "
                             "all; 0.01 saves a pass over a big archive)")
    parser.add_argument("--any-order", action="store_true",
                        help="do not keep the input order (saves a shuffle of the input and a "
                             "pass to sample it)")
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                        help="Spark configuration, repeatable (e.g. spark.executor.memory=4g)")
    parser.set_defaults(func=run)
    return parser


# --------------------------------------------------------------------------- formats


def _strip_compression(name: str) -> str:
    for suffix in COMPRESSION_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def suffix_format(path: str) -> str | None:
    name = _strip_compression(path.rstrip("/").lower())
    return INPUT_SUFFIXES.get(Path(name).suffix)


def input_format(inputs: Sequence[str], requested: str | None) -> str:
    """The one format of all inputs: asked for, else by extension, else by a local
    directory's files."""
    if requested:
        return requested
    found: set[str] = set()
    for item in inputs:
        fmt = suffix_format(item)
        if fmt is None and Path(item).is_dir():
            kinds = {suffix_format(p.name) for p in Path(item).rglob("*") if p.is_file()}
            kinds.discard(None)
            fmt = next(iter(kinds)) if len(kinds) == 1 else None
            if len(kinds) > 1:
                raise SystemExit(f"rusnews-nlp: {item} holds {sorted(kinds)} files; "
                                 f"choose with --input-format")
        if fmt is None:
            raise SystemExit(f"rusnews-nlp: cannot tell the format of {item}; "
                             f"pass --input-format {{{','.join(INPUT_FORMATS)}}}")
        found.add(fmt)
    if len(found) > 1:
        raise SystemExit(f"rusnews-nlp: inputs mix formats {sorted(found)}; run once per format")
    return found.pop()


def output_format(output: str, requested: str | None) -> str:
    if requested:
        return requested
    return "jsonl" if suffix_format(output) == "jsonl" else "parquet"


def parse_conf(pairs: Sequence[str]) -> dict[str, str]:
    conf = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"rusnews-nlp: --conf wants KEY=VALUE, not {pair!r}")
        conf[key.strip()] = value
    return conf


def parse_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


# --------------------------------------------------------------------------- reading


def read_input(spark: Any, inputs: Sequence[str], fmt: str, args: argparse.Namespace) -> Any:
    """The input as a DataFrame with the id column, the text column and the other columns."""
    from pyspark.sql import functions as F

    reader = spark.read
    if any(Path(i).is_dir() for i in inputs):
        reader = reader.option("recursiveFileLookup", "true") \
            .option("pathGlobFilter", DIRECTORY_GLOBS[fmt])
    if fmt == "parquet":
        return reader.parquet(*inputs)
    if fmt == "jsonl":
        return reader.option("mode", "PERMISSIVE") \
            .option("columnNameOfCorruptRecord", CORRUPT) \
            .option("samplingRatio", args.sampling_ratio).json(list(inputs))
    # One document per file, as `annotate` reads .txt: id = file stem, meta.source = the path.
    path = F.regexp_replace(F.input_file_name(), "^file://", "")
    stem = F.regexp_replace(F.element_at(F.split(path, "/"), -1), r"\.txt(\.gz|\.bz2)?$", "")
    return (reader.text(list(inputs), wholetext=True)
            .select(stem.alias(args.id_field),
                    F.regexp_replace("value", "^\ufeff", "").alias(args.text_field),
                    path.alias("source")))


def meta_columns(df: Any, id_col: str, text_col: str) -> list[Any]:
    """The CLI's ``meta``: every other input field, a nested ``meta`` struct merged in
    (top-level fields win, as in ``io.parse_json_record``)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    others = [c for c in df.columns
              if c not in (id_col, text_col, CORRUPT, "meta", *ORDER_COLUMNS)]
    columns = []
    if "meta" in df.columns and isinstance(df.schema["meta"].dataType, T.StructType):
        columns += [F.col("meta").getField(f).alias(f)
                    for f in df.schema["meta"].dataType.fieldNames() if f not in others]
    return columns + [F.col(c) for c in others]


# --------------------------------------------------------------------------- the job


def build_job(spark: Any, args: argparse.Namespace) -> tuple[Any, str]:
    """The annotated DataFrame (columns in schema-v1 order, then ``error``) and its format."""
    from pyspark.sql import functions as F

    from ..integrations.spark import ERROR_COLUMN, annotate, check_fields

    fields = parse_list(args.fields)
    unknown = [f for f in fields if f not in DOCUMENT_FIELDS]
    if unknown:
        raise SystemExit(f"rusnews-nlp: unknown field(s) {unknown}; "
                         f"choose from {','.join(DOCUMENT_FIELDS)}")
    annotation_fields = check_fields([f for f in fields if f != "meta"])
    fmt = input_format(args.inputs, args.input_format)
    df = read_input(spark, args.inputs, fmt, args)
    id_col, text_col = args.id_field, args.text_field
    for name, option in ((text_col, "--text-field"), (id_col, "--id-field")):
        if name not in df.columns:
            raise SystemExit(f"rusnews-nlp: the input has no {name!r} column (columns: "
                             f"{df.columns}); choose one with {option}")

    df = spread(df, spark.sparkContext.defaultParallelism, args.partitions,
                keep_order=not args.any_order)
    keep = [c for c in df.columns if c != id_col]
    out = annotate(df, text_col=text_col, id_col=id_col, fields=annotation_fields, keep=keep,
                   stages=parse_list(args.stages) or None, batch_size=args.batch_size,
                   max_chars=max(0, args.max_chars))
    error = F.col(ERROR_COLUMN)
    if CORRUPT in df.columns:  # a line Spark could not parse: the CLI's invalid_json
        error = F.when(F.col(CORRUPT).isNotNull(), F.struct(
            F.lit("invalid_json").alias("kind"),
            F.concat(F.lit("not valid JSON: "), F.substring(F.col(CORRUPT), 1, 80))
            .alias("message"),
            F.lit(None).cast("long").alias("line"))).otherwise(error)
    columns = [F.col(id_col).cast("string").alias("id"),
               F.col(text_col).cast("string").alias("text")]
    meta = meta_columns(df, id_col, text_col)
    if "meta" in fields and meta:  # Parquet cannot store an empty struct: no column then
        columns.append(F.struct(*meta).alias("meta"))
    columns += [F.col(f) for f in annotation_fields]
    columns.append(error.alias(ERROR_COLUMN))
    return out.select(*columns), output_format(args.output, args.format)


def spread(df: Any, parallelism: int, partitions: int = 0, keep_order: bool = True) -> Any:
    """The input over ``partitions`` (default: 2 per core when it has fewer than one per core),
    rows in input order when ``keep_order``.

    Order: each row is tagged where it is read (its file, and ``monotonically_increasing_id``,
    which grows with the partition and the row), then range-partitioned on that tag and
    sorted within partitions, before the annotation: the annotation keeps the rows of a
    partition in order, and part files are numbered by partition, so the output is in order
    without sorting (or recomputing) annotated rows.
    """
    from pyspark.sql import functions as F

    current = df.rdd.getNumPartitions()
    wanted = partitions or (2 * parallelism if current < parallelism else 0)
    if not keep_order:
        return df.repartition(wanted) if wanted else df
    file_col, position_col = ORDER_COLUMNS
    tagged = df.withColumn(file_col, F.input_file_name()) \
        .withColumn(position_col, F.monotonically_increasing_id())
    ordered = tagged.repartitionByRange(wanted or current, file_col, position_col) \
        .sortWithinPartitions(file_col, position_col)
    return ordered.drop(*ORDER_COLUMNS)


def as_jsonl(df: Any, fields: Sequence[str]) -> Any:
    """One ``value`` string per row: the line ``annotate`` writes (a schema-v1 document with
    its nulls, or ``{"id", "error"}``).

    ``meta`` is the one object that keeps only the fields a record has: a typed struct has
    every input column, null where a record lacked it, so it is written separately without
    nulls and spliced in for a placeholder (quotes inside JSON strings are escaped, so the
    placeholder cannot occur in the text).
    """
    from pyspark.sql import functions as F

    keep_nulls = {"ignoreNullFields": "false"}
    placeholder = f"rusnews-meta-{uuid.uuid4().hex}"
    doc = [F.col(c) for c in df.columns if c not in ("error", "meta")]
    document = F.to_json(F.struct(*doc[:2], F.lit(placeholder).alias("meta"), *doc[2:]),
                         keep_nulls)
    if "meta" in df.columns:
        meta = F.to_json(F.col("meta"), {"ignoreNullFields": "true"})
    else:  # no other input columns: the CLI writes "meta": {}
        meta = F.lit("{}")
    # The placeholder is letters, digits, quotes, colon and hyphens: literal as a regex too.
    before, after = (F.element_at(F.split(document, f',"meta":"{placeholder}"'), i)
                     for i in (1, 2))
    if "meta" in fields:
        document = F.concat(before, F.lit(',"meta":'), meta, after)
    else:
        document = F.concat(before, after)
    failure = F.to_json(F.struct("id", "error"), keep_nulls)
    return df.select(F.when(F.col("error").isNull(), document).otherwise(failure).alias("value"))


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        raise SystemExit("rusnews-nlp: --batch-size must be >= 1")
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql import functions as F
    except ImportError:
        from ..errors import install_hint

        raise SystemExit("rusnews-nlp: the spark command needs PySpark: "
                         + install_hint("spark")) from None
    from ..integrations.spark import get_session

    owned = SparkSession.getActiveSession() is None
    spark = get_session(args.master, parse_conf(args.conf))
    try:
        started = time.perf_counter()
        out, fmt = build_job(spark, args)
        writer_df = out if fmt == "parquet" else as_jsonl(out, parse_list(args.fields))
        writer = writer_df.write.mode("overwrite" if args.overwrite else "errorifexists")
        if fmt == "parquet":
            writer.parquet(args.output)
            written = spark.read.parquet(args.output)
        else:
            compression = "gzip" if args.output.endswith(".gz") else "none"
            writer.option("compression", compression).text(args.output)
            written = spark.read.json(args.output)
        seconds = time.perf_counter() - started
        # Counting reads the output back (cheap next to the analysis, never re-runs it).
        total = written.count()
        errors = written.where(F.col("error").isNotNull()) \
            .groupBy(F.col("error.kind").alias("kind")).count().collect() \
            if "error" in written.columns else []
        failed = sum(r["count"] for r in errors)
        kinds = ", ".join(f"{r['kind']} {r['count']}" for r in sorted(errors, key=lambda r: r[0]))
        print(f"rusnews-nlp spark: {total} records: {total - failed} annotated, {failed} failed"
              + (f" ({kinds})" if kinds else "")
              + f"; {seconds:.1f} s, {total / seconds if seconds else 0:.2f} docs/s; "
              f"wrote {args.output} ({fmt})", file=sys.stderr)
        return EXIT_RECORDS_FAILED if failed else EXIT_OK
    finally:
        if owned:
            spark.stop()
