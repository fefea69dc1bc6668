"""Scale-out on Apache Spark: ``annotate(df)`` adds typed schema-v1 columns to a DataFrame.

When one machine is not enough, the engine users already run is Spark, so we ride on it rather
than building our own distribution. The job is ``mapInArrow``: each Python worker builds the
pipeline once (a module-level cache that lives as long as the reused worker process), then
analyses its partitions ``batch_size`` documents at a time, so the neural taggers see whole
batches, exactly as ``Pipeline.pipe`` does on one machine.

The Spark schema is *derived*, never written by hand: the annotation dataclasses of
``rusnews_nlp.annotations`` (the same ones ``Document.to_dict`` serialises) are walked field by
field through their type hints, so a field a colleague adds there appears here too. Rows are
``Document.to_dict()`` itself, handed to Arrow, so Spark output is the CLI's JSONL by
construction.

A bad record never fails the task: null or non-string text, or an exception the pipeline raises
on one document, gives a row whose ``error`` struct (``{kind, message, line}``, as in the CLI's
error records) is set and whose annotation columns are null. A pipeline that cannot even load
(model files missing on a worker) does fail the task: that is a broken cluster, not bad data.

Importing this module imports pyspark; nothing else in the package does.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence

try:
    from pyspark.sql import types as T
except ImportError as error:  # pragma: no cover - depends on the environment
    from ..errors import install_hint

    raise ImportError(
        f"rusnews_nlp.spark needs PySpark (pyspark, pandas, pyarrow): {install_hint('spark')}"
    ) from error

from ..annotations import DOCUMENT_FIELDS, Document
from ..io.records import InputRecord, RecordError
from ..pipeline import Pipeline

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame

#: Annotation columns ``annotate`` can add: schema-v1 document fields except ``meta`` (free-form;
#: in Spark the input's own columns play its part, see ``keep``).
ANNOTATION_FIELDS: tuple[str, ...] = tuple(f for f in DOCUMENT_FIELDS if f != "meta")

#: What ``annotate`` adds unless told otherwise: who is mentioned and who said what.
DEFAULT_FIELDS: tuple[str, ...] = ("entities", "quotes", "referents")

ERROR_COLUMN = "error"


# --- the schema, derived from the annotation dataclasses -------------------------------------

_SCALARS: Mapping[type, T.DataType] = {
    str: T.StringType(),
    int: T.LongType(),  # what spark.read.json infers from the CLI's JSONL: the two union cleanly
    float: T.DoubleType(),
    bool: T.BooleanType(),
}


def spark_type(hint: Any) -> T.DataType:
    """The Spark type of a type hint: scalars, ``X | None``, ``tuple[X, ...]``, dataclasses.

    Every field is nullable: Spark reads Parquet back as nullable anyway, and a stage that left
    a ``None`` where the hint says ``str`` must not corrupt a non-nullable column.
    """
    if hint in _SCALARS:
        return _SCALARS[hint]
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        if len(present) == 1:
            return spark_type(present[0])
    if origin in (tuple, list) and args and (origin is list or args[-1] is Ellipsis):
        return T.ArrayType(spark_type(args[0]), containsNull=True)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return record_struct(hint)
    raise TypeError(f"no Spark type for {hint!r}; extend rusnews_nlp.spark.spark_type")


def record_struct(record_type: type) -> T.StructType:
    """The struct of an annotation dataclass: its fields, in order, typed by their hints."""
    hints = typing.get_type_hints(record_type)
    return T.StructType([T.StructField(f.name, spark_type(hints[f.name]), nullable=True)
                         for f in dataclasses.fields(record_type)])


def annotation_schema(fields: Sequence[str] = DEFAULT_FIELDS) -> T.StructType:
    """The columns ``annotate`` adds: ``fields`` (in schema-v1 order) and ``error``."""
    check_fields(fields)
    hints = typing.get_type_hints(Document)
    columns = [T.StructField(name, spark_type(hints[name]), nullable=True)
               for name in ANNOTATION_FIELDS if name in fields]
    columns.append(T.StructField(ERROR_COLUMN, record_struct(RecordError), nullable=True))
    return T.StructType(columns)


def check_fields(fields: Sequence[str]) -> tuple[str, ...]:
    fields = tuple(fields)
    if "meta" in fields:
        raise ValueError("'meta' is not an annotation column on Spark: keep the input columns "
                         "you need with keep=[...] instead")
    unknown = [f for f in fields if f not in ANNOTATION_FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {unknown}; choose from {list(ANNOTATION_FIELDS)}")
    return tuple(f for f in ANNOTATION_FIELDS if f in fields)


# --- the public entry point ------------------------------------------------------------------


def annotate(df: "DataFrame", text_col: str = "text", id_col: str = "id",
             fields: Sequence[str] = DEFAULT_FIELDS, *, keep: Sequence[str] = (),
             stages: Sequence[str] | None = None,
             config: Mapping[str, Mapping[str, Any]] | None = None,
             batch_size: int = 32, max_chars: int = 0) -> "DataFrame":
    """Annotate the texts of ``df``; returns ``id_col``, ``keep`` columns, ``fields``, ``error``.

    ``id_col`` and the ``keep`` columns are copied unchanged (same Spark type) so the result
    joins back to ``df``; add ``text_col`` to ``keep`` to carry the text along. ``fields`` are
    schema-v1 annotation arrays (default: entities, quotes, referents; also sentences, tokens,
    zones). ``stages``/``config``/``batch_size`` are those of ``Pipeline``; texts longer than
    ``max_chars`` (0: no limit) become ``too_large`` errors, as with ``annotate --max-chars``.
    Rows come out in the order of the input partitions, one per input row.
    """
    fields = check_fields(fields)
    columns = list(df.columns)
    for name, role in ((text_col, "text_col"), (id_col, "id_col")):
        if name not in columns:
            raise ValueError(f"{role} {name!r} is not a column of the DataFrame; "
                             f"columns: {columns}")
    keep = list(dict.fromkeys(k for k in keep if k != id_col))
    missing = [k for k in keep if k not in columns]
    if missing:
        raise ValueError(f"keep columns {missing} are not in the DataFrame; columns: {columns}")
    added = annotation_schema(fields)
    clash = [k for k in [id_col, *keep] if k in added.fieldNames()]
    if clash:
        raise ValueError(f"input columns {clash} would be overwritten by annotation columns; "
                         f"rename them first")
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if stages is not None:  # unknown or misordered stages fail here, not on every worker
        Pipeline._check_order(list(stages))

    source = df.select(*dict.fromkeys([id_col, text_col, *keep]))
    out_schema = T.StructType([source.schema[id_col], *(source.schema[k] for k in keep),
                               *added.fields])
    plan = Plan(id_col=id_col, text_col=text_col, keep=tuple(keep), fields=fields,
                stages=None if stages is None else tuple(stages),
                config_json=json.dumps(config or {}, sort_keys=True, ensure_ascii=False),
                batch_size=batch_size, max_chars=max_chars, added_json=added.json())
    with warnings.catch_warnings():
        # pyspark >= 4 warns that it does not fully support pandas 3; mapInArrow never
        # converts to pandas, so the warning does not concern this job.
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
        return source.mapInArrow(partial(annotate_partition, plan=plan), out_schema)


# --- what runs on the workers ----------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """Everything a worker needs, picklable and small (shipped with every task)."""

    id_col: str
    text_col: str
    keep: tuple[str, ...]
    fields: tuple[str, ...]
    stages: tuple[str, ...] | None
    config_json: str
    batch_size: int
    max_chars: int
    added_json: str  # the annotation columns' StructType as JSON


#: Pipelines built in this process, by (stages, config). Spark reuses its Python
#: workers across tasks (``spark.python.worker.reuse``, on by default), so each worker loads
#: the models once, on its first document, however many partitions and batches it then sees.
_PIPELINES: dict[tuple[Any, ...], Pipeline] = {}


def worker_pipeline(plan: Plan) -> Pipeline:
    key = (plan.stages, plan.config_json)  # batch_size is passed to every pipe() call
    nlp = _PIPELINES.get(key)
    if nlp is None:
        nlp = _PIPELINES[key] = Pipeline(stages=plan.stages,
                                         config=json.loads(plan.config_json),
                                         batch_size=plan.batch_size)
    return nlp


def pipelines_loaded() -> int:
    """How many pipelines this process has built (one per worker is the contract)."""
    return len(_PIPELINES)


@lru_cache(maxsize=8)
def _arrow_schema(added_json: str) -> "pa.Schema":
    from pyspark.sql.pandas.types import to_arrow_schema

    return to_arrow_schema(T.StructType.fromJson(json.loads(added_json)))


def annotate_partition(batches: Iterator["pa.RecordBatch"], plan: Plan
                       ) -> Iterator["pa.RecordBatch"]:
    """``mapInArrow`` body: one output batch per ``plan.batch_size`` input rows, same order."""
    import pyarrow as pa

    schema = _arrow_schema(plan.added_json)
    for batch in batches:
        for start in range(0, batch.num_rows, plan.batch_size):
            chunk = batch.slice(start, plan.batch_size)
            text_column = chunk.column(plan.text_col)
            ids = chunk.column(plan.id_col).to_pylist()
            if pa.types.is_string(text_column.type) or pa.types.is_large_string(text_column.type):
                texts: list[Any] = text_column.to_pylist()
            else:  # a non-string column: every value is a bad record, not a crash
                texts = [_NotText(text_column.type, value is not None)
                         for value in text_column.to_pylist()]
            rows = annotate_rows(texts, ids, plan)
            added = pa.RecordBatch.from_pylist(rows, schema=schema)
            arrays = [chunk.column(plan.id_col), *(chunk.column(k) for k in plan.keep),
                      *added.columns]
            names = [plan.id_col, *plan.keep, *added.schema.names]
            yield pa.RecordBatch.from_arrays(arrays, names=names)


@dataclass(frozen=True)
class _NotText:
    """A value of a non-string text column (its Arrow type; whether it was null)."""

    type: Any
    present: bool


def annotate_rows(texts: Sequence[Any], ids: Sequence[Any], plan: Plan) -> list[dict[str, Any]]:
    """Annotation-column dicts for a batch: the ``to_dict`` fields, or an error, per text.

    The per-batch work is the CLI's own (``io.batches.annotate_batch``: ``--max-chars``,
    a failing batch redone document by document, offsets checked before writing), so the two
    cannot drift apart; its JSON lines are parsed back, which costs far less than the analysis.
    """
    from ..io.batches import BatchOptions, annotate_batch

    records = []
    for doc_id, text in zip(ids, texts):
        record = InputRecord(None if doc_id is None else str(doc_id), None)
        error = text_error(text, plan.text_col)
        records.append(replace(record, error=error) if error else replace(record, text=text))
    nlp = worker_pipeline(plan) if any(r.error is None for r in records) else None
    options = BatchOptions(fields=plan.fields, max_chars=plan.max_chars)
    rows = []
    for outcome in annotate_batch(records, nlp, options):
        data = json.loads(outcome.line)
        if outcome.error is not None:
            rows.append({**{name: None for name in plan.fields}, ERROR_COLUMN: data["error"]})
        else:
            rows.append({**{name: data[name] for name in plan.fields}, ERROR_COLUMN: None})
    return rows


def text_error(text: Any, text_col: str) -> RecordError | None:
    """The CLI's error for a bad text value (same kinds, without the ``source:line:`` prefix)."""
    if isinstance(text, str):
        return None
    if text is None or (isinstance(text, _NotText) and not text.present):
        return RecordError("missing_text", f"no {text_col!r} field")
    kind = str(text.type) if isinstance(text, _NotText) else type(text).__name__
    return RecordError("invalid_text", f"field {text_col!r} is {kind}, not a string")


# --- sessions --------------------------------------------------------------------------------


def is_local(master: str | None) -> bool:
    """Whether the Python workers will run on this machine, with this interpreter.

    No master and no ``spark-submit`` around us means pyspark's default, ``local[*]``.
    """
    import os

    if master is None:
        return "PYSPARK_GATEWAY_PORT" not in os.environ
    return master == "local" or master.startswith("local[")


def get_session(master: str | None = None, conf: Mapping[str, str] | None = None,
                app_name: str = "rusnews-nlp") -> Any:
    """A SparkSession; for local masters, workers run this interpreter with this package.

    On a cluster the workers' Python comes from the submission (``spark.archives`` with a
    packed venv, see docs/spark.md) and nothing is changed here.
    """
    import os
    from pathlib import Path

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if is_local(master):
        # Spark's default worker is `python3` on PATH, which may lack this package or pyarrow.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        root = str(Path(__file__).resolve().parents[1])  # importable without installing
        paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
        if root not in paths:
            os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()
