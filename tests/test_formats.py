"""Parquet and DuckDB outputs: declared types, exact values, loud failures, atomic files."""
from decimal import Decimal

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import formats
from pipeline.formats import (NORM_TYPES, SCHEMAS, SchemaError, Tables, write_duckdb, write_parquet,
                              write_parquet_rows)
from pipeline.mentions import NORM_KEYS
from pipeline.tokens import COLUMNS as TOKEN_COLUMNS


@pytest.mark.parametrize("table, column, kind", [
    ("money", "amount", "decimal"),  # a normalized field: the same type in every table
    ("mentions", "norm_amount", "decimal"),
    ("mentions", "norm_approx", "bool"),
    ("money", "approx", "bool"),
    ("dates", "value", "text"),
    ("mentions", "start", "int"),
    ("people", "first_start", "int"),
    ("tokens", "paragraph", "int"),
    ("documents", "year", "int"),
    ("documents", "publisher", "text"),  # any manifest column
])
def test_column_types(table, column, kind):
    assert SCHEMAS[table].type_of(table, column) == kind


@pytest.mark.parametrize("table, column", [("money", "low"), ("mentions", "amount"), ("tokens", "name"),
                                           ("people_all", "first")])
def test_a_column_without_a_type_fails_naming_it(table, column):
    with pytest.raises(SchemaError, match=f"{table}.{column} has no type"):
        SCHEMAS[table].type_of(table, column)


def test_every_normalized_field_has_a_type():
    assert {k for keys in NORM_KEYS.values() for k in keys} <= set(NORM_TYPES)


def test_every_table_of_the_api_has_a_schema():
    assert set(SCHEMAS) == {f for f in Tables.__dataclass_fields__ if f != "run"}


def money_frame():
    return pd.DataFrame({"doc": ["a", "a", "b"], "amount": ["3000000000000", "0.5", None],
                         "currency": ["JPY", "USD", None], "approx": [False, True, None],
                         "mentions": [1, 2, 1], "first_start": [11, 40, 3], "variants": ["3兆円", "50セント", ""]})


def test_parquet_has_declared_types_and_exact_values(tmp_path):
    write_parquet("money", money_frame(), tmp_path / "money.parquet")
    table = pq.read_table(tmp_path / "money.parquet")
    assert table.schema.field("amount").type == pa.decimal128(38, 6)
    assert table.schema.field("approx").type == pa.bool_()
    assert table.schema.field("mentions").type == pa.int64()
    assert table.column("amount").to_pylist() == [Decimal("3000000000000"), Decimal("0.5"), None]
    assert table.column("approx").to_pylist() == [False, True, None]
    assert table.column("variants").to_pylist() == ["3兆円", "50セント", ""]


@pytest.mark.parametrize("column, value", [("amount", "1.1234567"),  # finer than the decimal scale
                                           ("amount", "3兆"), ("approx", "yes"), ("mentions", 1.5),
                                           ("currency", 5)])
def test_a_value_its_type_cannot_hold_fails(tmp_path, column, value):
    df = money_frame()
    df[column] = df[column].astype(object)
    df.loc[0, column] = value
    with pytest.raises(SchemaError, match=f"money.{column}"):
        write_parquet("money", df, tmp_path / "money.parquet")
    assert not list(tmp_path.iterdir())


def test_empty_table_keeps_its_types(tmp_path):
    write_parquet("money", money_frame().iloc[0:0], tmp_path / "money.parquet")
    table = pq.read_table(tmp_path / "money.parquet")
    assert table.num_rows == 0 and table.schema.field("amount").type == pa.decimal128(38, 6)


def token(i):
    return {"doc": "d", "paragraph": 1, "start": i, "end": i + 1, "surface": "あ", "lemma": "あ", "reading": "ア",
            "pos1": "感動詞", "pos2": "", "pos3": "", "pos4": ""}


def test_rows_are_written_in_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "BATCH_ROWS", 2)
    count = write_parquet_rows("tokens", TOKEN_COLUMNS, (token(i) for i in range(5)), tmp_path / "t.parquet")
    table = pq.read_table(tmp_path / "t.parquet")
    assert count == 5 and table.column("start").to_pylist() == [0, 1, 2, 3, 4]
    assert write_parquet_rows("tokens", TOKEN_COLUMNS, iter([]), tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").schema.field("end").type == pa.int64()


def typed_folder(folder):
    write_parquet("money", money_frame(), folder / "money.parquet")
    docs = pd.DataFrame({"doc": ["a", "b"], "file": ["a.txt", "b.txt"], "encoding": ["utf-8"] * 2,
                         "sha256": ["0" * 64] * 2, "characters": [10, 20], "year": [2025, None], "title": ["A", "B"]})
    write_parquet("documents", docs, folder / "documents.parquet")
    mentions = pd.DataFrame({"doc": ["a", "b"], "start": [0, 5], "end": [2, 7], "text": ["チリ", "ペルー"],
                             "label": ["LOCATION"] * 2, "norm_name": ["チリ", "ペルー"], "source": ["gazetteer"] * 2})
    write_parquet("mentions", mentions, folder / "mentions.parquet")
    return ["money", "documents", "mentions"]


def test_duckdb_holds_every_table_and_the_mentions_view(tmp_path):
    write_duckdb(tmp_path, typed_folder(tmp_path), tmp_path / "entities.duckdb")
    with duckdb.connect(str(tmp_path / "entities.duckdb"), read_only=True) as con:
        assert con.execute("SELECT sum(amount) FROM money").fetchall() == [(Decimal("3000000000000.5"),)]
        assert con.execute("SELECT data_type FROM information_schema.columns WHERE table_name = 'money' "
                           "AND column_name = 'amount'").fetchall() == [("DECIMAL(38,6)",)]
        rows = con.execute("SELECT text, title, year FROM mentions_with_documents ORDER BY start").fetchall()
    assert rows == [("チリ", "A", 2025), ("ペルー", "B", None)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet", "entities.duckdb", "mentions.parquet",
                                                          "money.parquet"]


def test_failed_duckdb_build_keeps_the_previous_file(tmp_path):
    names = typed_folder(tmp_path)
    target = tmp_path / "entities.duckdb"
    write_duckdb(tmp_path, names, target)
    before = target.read_bytes()
    with pytest.raises(duckdb.Error):
        write_duckdb(tmp_path, [*names, "tokens"], target)  # no tokens.parquet
    assert target.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_failed_parquet_write_keeps_the_previous_file(tmp_path, monkeypatch):
    write_parquet("money", money_frame(), tmp_path / "money.parquet")
    before = (tmp_path / "money.parquet").read_bytes()

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        write_parquet("money", money_frame().iloc[:1], tmp_path / "money.parquet")
    assert (tmp_path / "money.parquet").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["money.parquet"]


def test_reading_tables_from_an_empty_folder_names_the_missing_files(tmp_path):
    with pytest.raises(FileNotFoundError, match="people.parquet"):
        Tables.read(tmp_path)
