"""Typed outputs beside the CSV files: one Parquet file per table and `entities.duckdb`.

Every column's type comes from SCHEMAS, a short explicit list per table, and one rule:
a normalized field has the same type wherever it stands (NORM_TYPES: `amount` in money
and `norm_amount` in mentions are both exact decimals). The manifest's columns in
`documents` are text as written. Any other column fails the run with a SchemaError that
names table and column, rather than being written with a guessed type.

Dates and percentages stay text: a date keeps the granularity written (ISO 8601 2025,
2025-08) and a range is START/END (a percentage range LOW/HIGH), which no date or number
type holds; beside them stand the ends of a range (dates `start`/`end` as text, percentages
`low`/`high` as float). Money amounts are DECIMAL(38, 6): exact, up to 32 integer digits.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .tables import atomic_file

TEXT, INT, FLOAT, BOOL, DECIMAL = "text", "int", "float", "bool", "decimal"
ARROW_TYPES = {TEXT: pa.string(), INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_(), DECIMAL: pa.decimal128(38, 6)}
NORM_TYPES = {"name": TEXT, "title": TEXT, "iso": TEXT, "kind": TEXT, "value": TEXT, "amount": DECIMAL,
              "currency": TEXT, "approx": BOOL}
DUCKDB_NAME = "entities.duckdb"
VIEWS = {"mentions_with_documents": "SELECT * FROM mentions JOIN documents USING (doc)"}
BATCH_ROWS = 10_000  # rows of a streamed table held at once (the tokens: memory stays flat)


class SchemaError(ValueError):
    """A column without a declared type, or a value its type cannot hold."""


@dataclass(frozen=True)
class TableSchema:
    columns: dict[str, str]
    norm_prefix: str | None = None  # columns `<prefix><field>` take the type of the normalized field
    others: str | None = None  # the type of any other column; None: a SchemaError

    def type_of(self, table: str, column: str) -> str:
        if column in self.columns:
            return self.columns[column]
        if self.norm_prefix is not None and column.startswith(self.norm_prefix):
            norm_field = column[len(self.norm_prefix):]
            if norm_field in NORM_TYPES:
                return NORM_TYPES[norm_field]
        if self.others is not None:
            return self.others
        raise SchemaError(f"{table}.{column} has no type: declare it in pipeline/formats.py "
                          f"(SCHEMAS, or NORM_TYPES for a normalized field)")


_COUNTS = {"mentions": INT, "first_start": INT, "variants": TEXT}
_ENTITY = TableSchema({"doc": TEXT, **_COUNTS}, norm_prefix="")
_DATES = TableSchema({"doc": TEXT, **_COUNTS, "start": TEXT, "end": TEXT, "anchor": TEXT, "anchor_date": TEXT},
                     norm_prefix="")
SCHEMAS = {
    "documents": TableSchema({"doc": TEXT, "file": TEXT, "encoding": TEXT, "sha256": TEXT, "characters": INT,
                              "year": INT, "own_date": TEXT, "own_date_source": TEXT}, others=TEXT),
    "mentions": TableSchema({"doc": TEXT, "start": INT, "end": INT, "text": TEXT, "label": TEXT, "source": TEXT},
                            norm_prefix="norm_"),
    "people": TableSchema({"doc": TEXT, **_COUNTS, "titles": TEXT}, norm_prefix=""),
    "people_all": TableSchema({**_COUNTS, "first_doc": TEXT, "titles": TEXT, "docs": TEXT}, norm_prefix=""),
    "places": _ENTITY,
    "organizations": _ENTITY,
    "dates": _DATES,
    "money": _ENTITY,
    "percents": TableSchema({"doc": TEXT, **_COUNTS, "low": FLOAT, "high": FLOAT}, norm_prefix=""),
    "tokens": TableSchema({"doc": TEXT, "paragraph": INT, "start": INT, "end": INT, "surface": TEXT, "lemma": TEXT,
                           "reading": TEXT, "pos1": TEXT, "pos2": TEXT, "pos3": TEXT, "pos4": TEXT}),
}


def arrow_column(values: list, kind: str, where: str) -> pa.Array:
    """Values of one column (None where missing) as an Arrow array of its declared type; a
    value that does not fit fails."""
    try:
        if kind == DECIMAL:
            values = [None if v is None else Decimal(str(v)) for v in values]
        fractions = [v for v in values if isinstance(v, float) and not v.is_integer()] if kind == INT else []
        if fractions:  # Arrow would silently truncate them
            raise SchemaError(f"{where}: a value is not int: {fractions[0]}")
        return pa.array(values, type=ARROW_TYPES[kind])
    except (pa.ArrowInvalid, pa.ArrowTypeError, InvalidOperation) as exc:
        raise SchemaError(f"{where}: a value is not {kind}: {exc}") from exc


def arrow_table(name: str, columns: list[str], data: dict[str, list]) -> pa.Table:
    return pa.table({c: arrow_column(data[c], SCHEMAS[name].type_of(name, c), f"{name}.{c}") for c in columns})


def write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    columns = list(df.columns)
    table = arrow_table(name, columns, {c: df[c].astype(object).where(df[c].notna(), None).tolist() for c in columns})
    with atomic_file(path, mode="wb") as fh:
        pq.write_table(table, fh)


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def write_parquet_rows(name: str, columns: list[str], rows: Iterable[dict], path: Path) -> int:
    """A table too large to hold, written in batches; returns the number of rows."""
    kinds = [SCHEMAS[name].type_of(name, c) for c in columns]
    count = 0
    with atomic_file(path, mode="wb") as fh, \
            pq.ParquetWriter(fh, pa.schema([(c, ARROW_TYPES[k]) for c, k in zip(columns, kinds)])) as writer:
        for batch in _batches(rows, BATCH_ROWS):
            writer.write_table(arrow_table(name, columns, {c: [r.get(c) for r in batch] for c in columns}))
            count += len(batch)
    return count


def write_duckdb(folder: Path, names: Iterable[str], path: Path) -> None:
    """The tables' Parquet files in `folder` loaded into one DuckDB database, with VIEWS.

    DuckDB creates its file itself, so it is built under a temporary name beside `path`
    and renamed over it; the file stays readable by DuckDB 1.0 and later (R, CLI, …).
    """
    import duckdb

    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        # One thread and a memory cap: loading the Parquet files streams, and DuckDB's
        # defaults (a thread per core, 80% of RAM) only raise the run's peak memory.
        con = duckdb.connect(str(tmp), config={"storage_compatibility_version": "v1.0.0", "threads": 1,
                                               "memory_limit": "256MB"})
        try:
            for name in names:
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet(?)', [str(folder / f"{name}.parquet")])
            for view, query in VIEWS.items():
                con.execute(f'CREATE VIEW "{view}" AS {query}')
        finally:
            con.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise


def write_typed(frames: dict[str, pd.DataFrame], streamed: dict[str, tuple[list[str], Iterable[dict]]], out: Path) -> None:
    """`<table>.parquet` for every table (frames in memory, `streamed` ones as columns and rows), then entities.duckdb."""
    for name, df in frames.items():
        write_parquet(name, df, out / f"{name}.parquet")
    for name, (columns, rows) in streamed.items():
        write_parquet_rows(name, columns, rows, out / f"{name}.parquet")
    write_duckdb(out, [*frames, *streamed], out / DUCKDB_NAME)


@dataclass
class Tables:
    """The tables of one run as pandas DataFrames, typed as in the Parquet files (Arrow-backed).

    `documents` lists the documents that went through (file, encoding, hash, characters,
    the year dates default to, manifest columns); `mentions` every mention; `people` …
    `percents` one row per distinct entity per document (`people_all`: per corpus);
    `tokens` every token. `run` is the run's run.json (versions, counts, failures).
    """

    documents: pd.DataFrame
    mentions: pd.DataFrame
    people: pd.DataFrame
    people_all: pd.DataFrame
    places: pd.DataFrame
    organizations: pd.DataFrame
    dates: pd.DataFrame
    money: pd.DataFrame
    percents: pd.DataFrame
    tokens: pd.DataFrame
    run: dict = field(default_factory=dict)

    @classmethod
    def read(cls, folder: str | Path) -> Tables:
        """The tables an extraction wrote into `folder` (`make extract` → `Tables.read("output")`)."""
        folder = Path(folder)
        names = [f.name for f in fields(cls) if f.name != "run"]
        missing = [f"{n}.parquet" for n in names if not (folder / f"{n}.parquet").is_file()]
        if missing:
            raise FileNotFoundError(f"{folder}: no {', '.join(missing)}; run `python -m pipeline extract` first")
        frames = {n: pd.read_parquet(folder / f"{n}.parquet", dtype_backend="pyarrow") for n in names}
        run_json = folder / "run.json"
        run = json.loads(run_json.read_text(encoding="utf-8")) if run_json.is_file() else {}
        return cls(**frames, run=run)
