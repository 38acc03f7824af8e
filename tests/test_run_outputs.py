"""The files `make extract` promises, checked on the corpus run."""
import csv
import json
from decimal import Decimal

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.formats import SCHEMAS
from pipeline.mentions import NORM_KEYS

from .conftest import ROOT

TABLES = ["documents", "mentions", "people", "people_all", "places", "organizations", "dates", "money", "percents",
          "tokens"]


def test_all_outputs_written(corpus_run):
    out, _ = corpus_run
    for name in ["mentions.jsonl", "run.json", "entities.duckdb", *(f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet"))]:
        assert (out / name).stat().st_size > 0, name


def _unescaped(cell: str) -> str:
    """A CSV cell without the quote that guards spreadsheet formulas."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def _same(cell: str, value, kind: pa.DataType) -> bool:
    if value is None:
        return cell == ""
    if pa.types.is_decimal(kind):
        return Decimal(cell) == value
    if pa.types.is_integer(kind):
        return int(cell) == value
    return cell == str(value)


@pytest.mark.parametrize("table", TABLES)
def test_parquet_round_trips_to_the_csv_rows(corpus_run, table):
    out, _ = corpus_run
    rows = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    typed = pq.read_table(out / f"{table}.parquet")
    assert typed.column_names == list(rows.columns)
    assert typed.num_rows == len(rows) > 0
    for column in typed.column_names:
        kind = typed.schema.field(column).type
        for i, (cell, value) in enumerate(zip(rows[column], typed.column(column).to_pylist())):
            assert _same(_unescaped(cell), value, kind), f"{table}.{column} row {i}: {cell!r} vs {value!r}"


@pytest.mark.parametrize("table, column, kind", [
    ("money", "amount", pa.decimal128(38, 6)), ("mentions", "norm_amount", pa.decimal128(38, 6)),
    ("mentions", "start", pa.int64()), ("mentions", "norm_approx", pa.bool_()), ("people", "mentions", pa.int64()),
    ("documents", "year", pa.int64()), ("dates", "value", pa.string()), ("tokens", "end", pa.int64()),
])
def test_parquet_columns_are_typed(corpus_run, table, column, kind):
    out, _ = corpus_run
    assert pq.read_schema(out / f"{table}.parquet").field(column).type == kind


def test_every_declared_column_is_written(corpus_run):
    out, _ = corpus_run
    for table, schema in SCHEMAS.items():
        assert set(schema.columns) <= set(pq.read_schema(out / f"{table}.parquet").names), table


def test_money_amounts_are_exact(corpus_run):
    out, _ = corpus_run
    money = pd.read_parquet(out / "money.parquet")
    assert Decimal("3000000000000") in set(money["amount"])  # 3兆円 in the Tokyo declaration


def test_duckdb_joins_people_to_documents(corpus_run):
    out, _ = corpus_run
    with open(ROOT / "corpus" / "manifest.csv", encoding="utf-8") as fh:
        manifest = {row["doc_id"]: row for row in csv.DictReader(fh)}
    declaration = manifest["004_e5200c9010b3f9b1"]
    with duckdb.connect(str(out / "entities.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT p.name, d.title, d.published FROM people p JOIN documents d USING (doc)").fetchall()
        people = con.execute("SELECT count(*) FROM people").fetchall()[0][0]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in TABLES}
        view = con.execute("SELECT count(*), count(title) FROM mentions_with_documents").fetchall()[0]
    assert ("高市早苗", declaration["title"], declaration["published"]) in rows  # gold: 高市早苗 in document 004
    assert len(rows) == people  # every person row has its document
    assert counts == {t: pq.read_metadata(out / f"{t}.parquet").num_rows for t in TABLES}
    assert view == (counts["mentions"], counts["mentions"])


def test_every_norm_key_present(corpus_run):
    out, _ = corpus_run
    for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert set(r["norm"]) == set(NORM_KEYS[r["label"]])
        if r["label"] == "LOCATION":
            assert r["norm"]["kind"] in ("country", "region", "city", "subnational", "feature")


def test_tokens_have_readings_and_raw_offsets(corpus_run):
    out, _ = corpus_run
    tokens = pd.read_csv(out / "tokens.csv", encoding="utf-8-sig")
    assert list(tokens.columns[:5]) == ["doc", "paragraph", "start", "end", "surface"]
    assert (tokens["end"] > tokens["start"]).all()
    words = tokens[~tokens["pos1"].isin(["補助記号", "記号", "空白"])]
    spelt_in_japanese = words[words["surface"].str.contains("[ぁ-んァ-ン一-龥]")]
    assert spelt_in_japanese["reading"].notna().mean() > 0.98


def test_run_json_records_versions_and_hashes(corpus_run):
    out, _ = corpus_run
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert info["versions"]["ja-ginza"] != "not installed"
    assert len(info["inputs"]) == 5 and all(len(v["sha256"]) == 64 for v in info["inputs"].values())
