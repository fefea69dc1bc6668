"""Spark: the schema mirrors schema v1, and a local[2] job gives the CLI's own records.

One ``local[2]`` session for the whole module (starting Spark costs ~20 s); a handful of short
documents. Skips when pyspark (the ``spark`` extra) or Java is missing.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")

from pyspark.sql import types as T  # noqa: E402

from rusnews_nlp import annotations as A  # noqa: E402
from rusnews_nlp.cli import main  # noqa: E402
from rusnews_nlp.commands import spark as command  # noqa: E402
from rusnews_nlp.integrations import spark as rs  # noqa: E402
from rusnews_nlp.io.records import RecordError  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

#: Short news sentences written for these tests: speech with a named speaker, an organisation,
#: a two-sentence text, a text with a newline.
TEXTS = {
    "lavrov": "Министр иностранных дел России Сергей Лавров заявил журналистам, что переговоры "
              "в Женеве продолжатся на следующей неделе.",
    "sobyanin": "«Мы откроем новую станцию метро в декабре», — сообщил мэр Москвы Сергей "
                "Собянин.",
    "gref": "По словам главы Сбербанка Германа Грефа, ключевая ставка останется прежней до "
            "весны. Аналитики с ним согласны.",
    "gazprom": "Пресс-служба «Газпрома» сообщила, что поставки газа в Европу сократились на "
               "треть.\nКомпания не уточнила причины.",
}
ALL_FIELDS = rs.ANNOTATION_FIELDS


def java_available() -> bool:
    return bool(shutil.which("java") or os.environ.get("JAVA_HOME"))


@pytest.fixture(scope="module")
def spark():
    if not java_available():
        pytest.skip("Spark needs Java (java on PATH or JAVA_HOME)")
    session = rs.get_session("local[2]", {
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": "4",
        "spark.driver.memory": "1g",
    })
    yield session
    session.stop()


def plain(value):
    """Spark Rows (nested) as plain dicts/lists, to compare with ``to_dict``."""
    if hasattr(value, "asDict"):
        return {k: plain(v) for k, v in value.asDict().items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


# --------------------------------------------------------------------------- the schema

RECORDS = [A.Span, A.Zone, A.Token, A.Entity, A.Cue, A.Speaker, A.Quote, A.Referent]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_struct_fields_are_the_record_fields(record):
    assert tuple(rs.record_struct(record).fieldNames()) == A.record_field_names(record)


def sample_quote() -> A.Quote:
    text = "«Всё будет хорошо», — сказал Иван Петров."
    return A.Quote("q1", 1, 17, text[1:17], "direct", A.Cue(22, 28, "сказал", "сказать"),
                   A.Speaker("Иван Петров", "PER", "r1", 29, 40, "Иван Петров"),
                   rule="direct_dash", zone=None)


def conforms(value, data_type, where="") -> list[str]:
    """Where ``value`` (a ``to_dict`` value) does not fit ``data_type``: keys, nesting, types."""
    if value is None:
        return []
    if isinstance(data_type, T.StructType):
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__}, not an object"]
        if list(value) != data_type.fieldNames():
            return [f"{where}: keys {list(value)} != struct {data_type.fieldNames()}"]
        return [p for f in data_type.fields
                for p in conforms(value[f.name], f.dataType, f"{where}.{f.name}")]
    if isinstance(data_type, T.ArrayType):
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__}, not a list"]
        return [p for i, v in enumerate(value)
                for p in conforms(v, data_type.elementType, f"{where}[{i}]")]
    expected = {T.StringType: str, T.LongType: int}[type(data_type)]
    ok = isinstance(value, expected) and not isinstance(value, bool)
    return [] if ok else [f"{where}: {value!r} is not {expected.__name__}"]


def test_to_dict_of_an_analysed_document_fits_the_spark_schema(nlp):
    doc = nlp(TEXTS["sobyanin"] + "\n" + TEXTS["lavrov"])
    doc = doc.replace(quotes=(*doc.quotes, sample_quote()))  # every quote field, filled in
    data = doc.to_dict(ALL_FIELDS)
    schema = rs.annotation_schema(ALL_FIELDS)
    assert data["entities"] and data["tokens"] and data["referents"]
    problems = [p for name in ALL_FIELDS for p in conforms(data[name], schema[name].dataType,
                                                           name)]
    assert problems == []


def test_error_struct_is_the_cli_error_object():
    error = rs.annotation_schema()["error"].dataType
    assert error.fieldNames() == list(RecordError("missing_text", "m", 3).to_dict())


def test_schema_matches_the_json_schema_document():
    path = REPO / "docs" / "schema-v1.json"
    if not path.is_file():
        pytest.skip("docs/schema-v1.json is not written yet")
    defs = json.loads(path.read_text(encoding="utf-8"))["$defs"]
    document = defs["document"]["properties"]
    schema = rs.annotation_schema(ALL_FIELDS)
    for name in ALL_FIELDS:
        item = document[name]["items"]["$ref"].rsplit("/", 1)[-1]
        spark_item = schema[name].dataType.elementType
        assert spark_item.fieldNames() == list(defs[item]["properties"]), name
    quote = schema["quotes"].dataType.elementType
    for nested in ("cue", "speaker"):
        assert quote[nested].dataType.fieldNames() == list(defs[nested]["properties"])
    error = defs["error_record"]["properties"]["error"]["properties"]
    assert schema["error"].dataType.fieldNames() == list(error)


@pytest.mark.parametrize("fields, message", [
    (["meta"], "keep="),
    (["entities", "people"], "unknown field"),
])
def test_bad_fields_are_refused(fields, message):
    with pytest.raises(ValueError, match=message):
        rs.annotation_schema(fields)


def test_fields_come_out_in_schema_order():
    names = rs.annotation_schema(["quotes", "tokens", "entities"]).fieldNames()
    assert names == ["tokens", "entities", "quotes", "error"]


def test_unknown_type_hints_are_refused():
    with pytest.raises(TypeError, match="no Spark type"):
        rs.spark_type(dict[str, int])


# --------------------------------------------------------------------------- the worker side


def plan(fields=ALL_FIELDS, batch_size=2, max_chars=0, stages=None) -> rs.Plan:
    return rs.Plan(id_col="id", text_col="text", keep=("url",), fields=tuple(fields),
                   stages=stages, config_json="{}", batch_size=batch_size,
                   max_chars=max_chars, added_json=rs.annotation_schema(fields).json())


def test_partition_keeps_order_and_ids_and_turns_bad_texts_into_error_rows(nlp, monkeypatch):
    built = []

    class Counting(rs.Pipeline):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(rs, "Pipeline", Counting)
    monkeypatch.setattr(rs, "_PIPELINES", {})
    ids = [10, 11, 12, 13, 14]
    texts = [TEXTS["lavrov"], None, TEXTS["gref"], "", TEXTS["gazprom"]]
    batches = [pa.RecordBatch.from_pydict({"id": ids[:3], "text": texts[:3],
                                           "url": ["u0", "u1", "u2"]}),
               pa.RecordBatch.from_pydict({"id": ids[3:], "text": texts[3:],
                                           "url": ["u3", "u4"]})]
    out = pa.Table.from_batches(list(rs.annotate_partition(iter(batches), plan())))
    rows = out.to_pylist()
    assert out.column_names == ["id", "url", *ALL_FIELDS, "error"]
    assert [r["id"] for r in rows] == ids and [r["url"] for r in rows] == [
        "u0", "u1", "u2", "u3", "u4"]
    assert len(built) == 1  # four batches of two, one pipeline
    assert rows[1]["error"] == {"kind": "missing_text", "message": "no 'text' field",
                                "line": None}
    assert all(rows[1][f] is None for f in ALL_FIELDS)
    expected = [d.to_dict(ALL_FIELDS) for d in nlp.pipe([texts[0], texts[2], texts[3],
                                                         texts[4]])]
    for row, want in zip([rows[0], rows[2], rows[3], rows[4]], expected):
        assert row["error"] is None
        assert {f: row[f] for f in ALL_FIELDS} == {f: want[f] for f in ALL_FIELDS}


def test_a_non_string_text_column_gives_invalid_text_rows():
    batch = pa.RecordBatch.from_pydict({"id": ["a", "b"], "text": pa.array([5, None], pa.int64()),
                                        "url": ["x", "y"]})
    rows = pa.Table.from_batches(list(rs.annotate_partition(iter([batch]), plan()))).to_pylist()
    assert [r["error"]["kind"] for r in rows] == ["invalid_text", "missing_text"]
    assert rows[0]["error"]["message"] == "field 'text' is int64, not a string"


def test_a_document_that_breaks_the_pipeline_costs_only_its_own_row(nlp, monkeypatch):
    class Fragile:
        """The real pipeline, except that it raises on a text with БУМ in it."""

        def process_batch(self, docs):
            if any("БУМ" in d.text for d in docs):
                raise RuntimeError("stage exploded")
            return nlp.process_batch(docs)

    monkeypatch.setattr(rs, "worker_pipeline", lambda plan: Fragile())
    texts = [TEXTS["lavrov"], "БУМ и всё.", TEXTS["sobyanin"]]
    rows = rs.annotate_rows(texts, ["a", "b", "c"], plan(fields=["entities"], batch_size=8))
    assert rows[1] == {"entities": None, "error": {
        "kind": "pipeline", "message": "b: RuntimeError: stage exploded", "line": None}}
    assert rows[0]["error"] is None and rows[0]["entities"] == nlp(texts[0]).to_dict()["entities"]
    assert rows[2]["error"] is None and rows[2]["entities"]


def test_too_long_texts_are_refused_as_by_the_cli():
    rows = rs.annotate_rows(["короткий текст", "длинный " * 10], ["a", "b"],
                            plan(fields=["sentences"], max_chars=20))
    assert rows[0]["error"] is None and rows[0]["sentences"] == [{"start": 0, "end": 14}]
    assert rows[1]["error"]["kind"] == "too_large"


# --------------------------------------------------------------------------- on Spark


def test_annotate_dataframe_equals_pipeline_to_dict(spark, nlp):
    ids = list(range(1, len(TEXTS) + 1))
    data = [(i, text, f"https://example.ru/{name}") for i, (name, text)
            in zip(ids, TEXTS.items())] + [(99, None, "https://example.ru/empty")]
    df = spark.createDataFrame(data, "id long, text string, url string").repartition(3)
    out = rs.annotate(df, fields=ALL_FIELDS, keep=["url"], batch_size=2)
    assert out.schema["id"].dataType == T.LongType()  # passed through to join back on
    assert out.columns == ["id", "url", *ALL_FIELDS, "error"]
    rows = {r["id"]: plain(r) for r in out.collect()}
    assert sorted(rows) == sorted([*ids, 99])
    for i, (name, text) in zip(ids, TEXTS.items()):
        want = nlp(text).to_dict(ALL_FIELDS)
        assert rows[i]["error"] is None
        assert rows[i]["url"] == f"https://example.ru/{name}"
        for field in ALL_FIELDS:
            assert rows[i][field] == want[field], (name, field)
    assert rows[99]["error"]["kind"] == "missing_text"
    assert rows[99]["entities"] is None


def test_annotate_refuses_missing_and_clashing_columns(spark):
    df = spark.createDataFrame([("a", "текст", "x")], "id string, body string, entities string")
    with pytest.raises(ValueError, match="text_col 'text'"):
        rs.annotate(df)
    with pytest.raises(ValueError, match="overwritten"):
        rs.annotate(df, text_col="body", keep=["entities"])


def test_each_worker_loads_the_pipeline_once(spark):
    df = spark.createDataFrame([(str(i), TEXTS["gref"]) for i in range(8)], "id string, text string")
    # Eight partitions and batches of one: many tasks and batches on two reused workers.
    rs.annotate(df.repartition(8), fields=["entities"], batch_size=1).collect()

    def probe(batches):
        import os

        import pyarrow

        from rusnews_nlp.integrations import spark as worker_side

        for _ in batches:
            yield pyarrow.RecordBatch.from_pylist(
                [{"pid": os.getpid(), "loaded": worker_side.pipelines_loaded()}])

    reports = spark.range(0, 8, numPartitions=8) \
        .mapInArrow(probe, "pid long, loaded long").collect()
    assert {r["loaded"] for r in reports} == {1}, reports


def write_jsonl(path: Path, records: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in records), encoding="utf-8")


def jsonl_lines(path: Path) -> list[str]:
    files = sorted(path.glob("part-*")) if path.is_dir() else [path]
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]


def by_id(lines: list[str]) -> dict[str | None, str]:
    return {json.loads(line)["id"]: line for line in lines}


def without_warnings(line: str) -> dict:
    """A record without ``meta.warnings`` (the CLI's text warnings are not produced on Spark)."""
    data = json.loads(line)
    if isinstance(data.get("meta"), dict):
        data["meta"].pop("warnings", None)
    return data


@pytest.fixture(scope="module")
def news_jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "news.jsonl"
    records = [json.dumps({"id": name, "text": text, "source": "test", "meta": {"n": i}},
                          ensure_ascii=False) for i, (name, text) in enumerate(TEXTS.items())]
    records.insert(2, json.dumps({"id": "no-text", "text": None, "source": "test"}))
    records.append(json.dumps({"id": "long", "text": "очень длинный текст " * 30}))
    records.append('{"id": "broken", "text": "не закрыта кавычка}')
    write_jsonl(path, records)
    return path


def test_spark_command_writes_the_annotate_command_lines(spark, news_jsonl, tmp_path):
    cli_out, spark_out = tmp_path / "cli.jsonl", tmp_path / "spark.jsonl"
    options = ["--max-chars", "300"]
    assert main(["annotate", str(news_jsonl), "-o", str(cli_out), "-q", *options]) == 3
    assert main(["spark", str(news_jsonl), str(spark_out), *options]) == 3
    cli, ours = by_id(jsonl_lines(cli_out)), by_id(jsonl_lines(spark_out))
    # The unparseable line: the CLI names it file:line, Spark has no line numbers.
    cli_broken = [k for k in cli if k and k.startswith("news.jsonl:")]
    assert len(cli_broken) == 1 and None in ours
    assert json.loads(cli.pop(cli_broken[0]))["error"]["kind"] == "invalid_json"
    assert json.loads(ours.pop(None))["error"]["kind"] == "invalid_json"
    assert sorted(ours) == sorted(cli)
    for doc_id in TEXTS:  # the same bytes, meta included
        assert ours[doc_id] == cli[doc_id], doc_id
    too_large_cli, too_large = (json.loads(x["long"])["error"] for x in (cli, ours))
    assert too_large_cli.pop("line") == 6 and too_large.pop("line") is None  # no line numbers
    assert too_large == too_large_cli  # the same message, made by the same code
    missing_cli, missing = (json.loads(x["no-text"])["error"] for x in (cli, ours))
    assert missing["kind"] == missing_cli["kind"] == "missing_text"
    assert missing_cli["message"].split(": ", 1)[1].startswith(missing["message"])


def test_spark_command_parquet_has_typed_columns(spark, news_jsonl, tmp_path):
    out = tmp_path / "out.parquet"
    assert main(["spark", str(news_jsonl), str(out), "--fields", "entities,quotes,referents,meta",
                 "--batch-size", "2"]) == 3
    df = spark.read.parquet(str(out))
    assert df.columns == ["id", "text", "meta", "entities", "quotes", "referents", "error"]
    entity = df.schema["entities"].dataType.elementType
    assert entity == rs.record_struct(A.Entity)
    assert df.schema["meta"].dataType.fieldNames() == ["n", "source"]
    rows = {r["id"]: plain(r) for r in df.collect()}
    lavrov = rows["lavrov"]
    assert lavrov["meta"] == {"n": 0, "source": "test"}
    assert [e["normal"] for e in lavrov["entities"]][:2] == ["Россия", "Сергей Лавров"]
    errors = {doc_id: r["error"]["kind"] for doc_id, r in rows.items() if r["error"]}
    assert errors == {"no-text": "missing_text", None: "invalid_json"}
    assert rows["no-text"]["entities"] is None and rows["long"]["entities"] == []


def test_pyspark_has_a_pandas_it_supports():
    """The spark extra pins what PySpark supports: no FutureWarning on every run."""
    import subprocess
    import sys

    code = ("import warnings; warnings.simplefilter('error'); "
            "from pyspark.sql.pandas.utils import require_minimum_pandas_version; "
            "require_minimum_pandas_version()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]


def _part_lines(folder: Path) -> list[str]:
    """The output's lines, part files in name order (how `cat out/part-*` reads them)."""
    return [line for part in sorted(folder.glob("part-*"))
            for line in part.read_text(encoding="utf-8").splitlines() if line]


def test_spark_command_keeps_input_order(spark, tmp_path):
    """README: one line per input document in input order, on Spark too (files by path, then
    lines in file order), even when the input is spread over more partitions."""
    folder = tmp_path / "archive"
    folder.mkdir()
    texts = list(TEXTS.values())
    ids = []
    for name in ("b.jsonl", "a.jsonl"):  # read by path: a.jsonl first
        records = [{"id": f"{name[0]}{i:02d}", "text": texts[i % len(texts)]} for i in range(12)]
        write_jsonl(folder / name, [json.dumps(r, ensure_ascii=False) for r in records])
    ids = [f"{f}{i:02d}" for f in "ab" for i in range(12)]
    out = tmp_path / "out.jsonl"
    assert main(["spark", str(folder), str(out), "--stages", "zones,segment",
                 "--partitions", "5", "--batch-size", "3"]) == 0
    assert [json.loads(line)["id"] for line in _part_lines(out)] == ids


@pytest.mark.slow
def test_seeds_and_factru_texts_on_spark_equal_the_cli(spark, shared_dir, tmp_path):
    """Integration: the seeds and a few factRuEval dev texts, read as .txt documents."""
    texts = sorted((shared_dir / "seeds").glob("*.txt"))
    texts += sorted((shared_dir / "data" / "factru-devset").glob("book_*.txt"))[:3]
    assert len(texts) >= 4
    cli_out, spark_out = tmp_path / "cli.jsonl", tmp_path / "spark.jsonl"
    assert main(["annotate", *map(str, texts), "-o", str(cli_out), "-q"]) == 0
    assert main(["spark", *map(str, texts), str(spark_out)]) == 0
    cli, ours = by_id(jsonl_lines(cli_out)), by_id(jsonl_lines(spark_out))
    assert sorted(ours) == sorted(cli) == sorted(p.name[:-4] for p in texts)
    for doc_id in cli:
        assert without_warnings(ours[doc_id]) == without_warnings(cli[doc_id]), doc_id


# --------------------------------------------------------------------------- command options


@pytest.mark.parametrize("name, fmt", [
    ("news.jsonl", "jsonl"), ("news.jsonl.gz", "jsonl"), ("hdfs:///a/b.ndjson.bz2", "jsonl"),
    ("s3a://bucket/articles.parquet/", "parquet"), ("page.txt", "text"), ("page.TXT.gz", "text"),
    ("archive/", None), ("notes.md", None),
])
def test_input_format_by_extension(name, fmt):
    assert command.suffix_format(name) == fmt


def test_input_format_of_a_directory_and_of_mixed_inputs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("текст", encoding="utf-8")
    (tmp_path / "a" / "README").write_text("-", encoding="utf-8")
    assert command.input_format([str(tmp_path / "a")], None) == "text"
    assert command.input_format([str(tmp_path / "a")], "jsonl") == "jsonl"
    with pytest.raises(SystemExit, match="mix formats"):
        command.input_format(["a.jsonl", "b.parquet"], None)
    with pytest.raises(SystemExit, match="--input-format"):
        command.input_format(["hdfs:///news/2015"], None)


@pytest.mark.parametrize("output, requested, fmt", [
    ("out.parquet", None, "parquet"), ("out", None, "parquet"), ("out.jsonl", None, "jsonl"),
    ("out.jsonl.gz", None, "jsonl"), ("out", "jsonl", "jsonl"),
])
def test_output_format(output, requested, fmt):
    assert command.output_format(output, requested) == fmt


def test_conf_pairs():
    assert command.parse_conf(["spark.executor.memory=4g", "a.b=x=y"]) == {
        "spark.executor.memory": "4g", "a.b": "x=y"}
    with pytest.raises(SystemExit, match="KEY=VALUE"):
        command.parse_conf(["spark.executor.memory"])


@pytest.mark.parametrize("master, gateway, local", [
    ("local[2]", False, True), ("local", False, True), ("yarn", False, False),
    ("spark://host:7077", False, False), (None, False, True), (None, True, False),
])
def test_local_masters(master, gateway, local, monkeypatch):
    if gateway:
        monkeypatch.setenv("PYSPARK_GATEWAY_PORT", "12345")
    else:
        monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    assert rs.is_local(master) is local
