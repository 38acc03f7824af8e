"""Records → DataFrames → files, written atomically.

CSV files are UTF-8 with a BOM (so Excel shows Japanese) and guard the cells a
spreadsheet would run as a formula (see `escape_formula`). Files get the permissions the
user's umask gives any new file, as a shell redirection would.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

import pandas as pd

from .documents import Document
from .cleaning import strip_markup
from .interrupts import sigint_ignored
from .mentions import NORM_KEYS, Mention

# What makes a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula
# (OWASP, CSV Injection): one of these first, then the formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DOCUMENT_COLUMNS = ["doc", "file", "encoding", "sha256", "characters", "year", "own_date", "own_date_source"]
# A signed number is a constant, not a formula: nothing to run, and `'` would make it text.
_SIGNED_NUMBER = re.compile(r"[+-](\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _range(value, parse) -> tuple:
    """(low, high) of `LOW/HIGH`, (value, value) of a single value, parsed; None where absent."""
    if not isinstance(value, str) or not value:
        return None, None
    low, _, high = value.partition("/")
    return parse(low), parse(high or low)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


ENTITY_TABLES = {  # file → (label, columns that identify one entity)
    "places.csv": ("LOCATION", ["name", "iso", "kind"]),
    "organizations.csv": ("ORGANIZATION", ["name"]),
    "dates.csv": ("DATE", ["value"]),
    "money.csv": ("MONEY", ["amount", "currency", "approx"]),
    "percents.csv": ("PERCENT", ["value"]),
}
# Ranges split beside the written value, for tools that need them as separate columns:
# label → (column names, parse of one end).
RANGE_COLUMNS = {"DATE": (("start", "end"), str), "PERCENT": (("low", "high"), _number)}


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_file(path: Path, **open_args) -> Iterator[IO]:
    """A file written beside `path` and renamed over it on success: readers never see
    half a file, and a failure leaves the previous one in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp's 0600 would survive the rename
        with os.fdopen(fd, **open_args) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    with atomic_file(path, mode="wb") as fh:
        fh.write(data)


@contextmanager
def staged_folder(folder: Path) -> Iterator[Path]:
    """A hidden folder inside `folder` to write a set of files into; on success they are
    renamed into `folder` together (Ctrl-C ignored for those few renames), on failure or
    interruption they are dropped and `folder` keeps its previous files."""
    folder.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(dir=folder, prefix=".staging-"))
    try:
        yield stage
        with sigint_ignored():
            for path in sorted(stage.iterdir()):
                os.replace(path, folder / path.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def escape_formula(value):
    """A text cell a spreadsheet would run as a formula, prefixed with `'` (shown as text).

    Only what can run is guarded: a trigger character followed by something, except a
    signed number (`-3`, `+1.5`), which is a constant. `2024-01/2024-02` or `日本` start with
    no trigger and are never touched.
    """
    if (isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_START)
            and not _SIGNED_NUMBER.fullmatch(value)):
        return "'" + value
    return value


def write_csv(df: pd.DataFrame, path: Path) -> None:
    buf = io.StringIO()
    df.map(escape_formula).to_csv(buf, index=False, lineterminator="\n")
    atomic_write(path, ("\ufeff" + buf.getvalue()).encode("utf-8"))


def write_csv_rows(columns: list[str], rows: Iterable[dict], path: Path) -> int:
    """A CSV streamed row by row (for tables too large to hold), same format as write_csv."""
    count = 0
    with atomic_file(path, mode="w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else escape_formula(row.get(c)) for c in columns])
            count += 1
    return count


def write_jsonl(rows: list[dict], path: Path) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    atomic_write(path, text.encode("utf-8"))


def write_json(obj: dict, path: Path) -> None:
    atomic_write(path, (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def mentions_frame(mentions: list[Mention]) -> pd.DataFrame:
    norm_columns = sorted({f"norm_{k}" for keys in NORM_KEYS.values() for k in keys})
    rows = []
    for m in mentions:
        row = {"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "label": m.label, "source": m.source}
        row.update({c: None for c in norm_columns})
        row.update({f"norm_{k}": v for k, v in m.as_gold()["norm"].items()})
        rows.append(row)
    return pd.DataFrame(rows, columns=["doc", "start", "end", "text", "label", *norm_columns, "source"])


def _joined(values) -> str:
    return "|".join(dict.fromkeys(str(v) for v in values if isinstance(v, str) and v))


def entity_table(mentions: list[Mention], label: str, keys: list[str], per_doc: bool = True) -> pd.DataFrame:
    """One row per distinct normalized entity (per document), with count, first mention
    (document and offset) and surface variants without markup."""
    group_cols = (["doc"] if per_doc else []) + keys
    range_cols, parse = RANGE_COLUMNS.get(label, ((), None))
    first = ["first_start"] if per_doc else ["first_doc", "first_start"]
    columns = group_cols + list(range_cols) + ["mentions", *first, "variants"] + (["titles"] if label == "PERSON" else [])
    if not per_doc:
        columns += ["docs"]
    rows = [{"doc": m.doc, **{k: m.norm.get(k) for k in keys}, "surface": strip_markup(m.text), "start": m.start,
             "title": m.norm.get("title")} for m in mentions if m.label == label]
    if not rows:
        return pd.DataFrame(columns=columns)
    df = pd.DataFrame(rows).sort_values(["doc", "start"], kind="stable")
    grouped = df.groupby(group_cols, dropna=False, sort=False)
    out = grouped.agg(mentions=("start", "size"), first_doc=("doc", "first"), first_start=("start", "first"),
                      variants=("surface", _joined), titles=("title", _joined), docs=("doc", _joined)).reset_index()
    if range_cols:
        out[range_cols[0]], out[range_cols[1]] = zip(*(_range(v, parse) for v in out["value"]))
    if per_doc:
        out = out.sort_values(["doc", "first_start"], kind="stable")
    else:
        out = out.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    return out[columns].reset_index(drop=True)


def with_anchors(dates: pd.DataFrame, anchors: dict[str, dict]) -> pd.DataFrame:
    """dates.csv: the own date each document's dates were resolved with (manifest, dateline, none)."""
    return dates.assign(anchor=[anchors.get(d, {}).get("source", "none") for d in dates["doc"]],
                        anchor_date=[anchors.get(d, {}).get("date") for d in dates["doc"]])


def documents_frame(documents: list[Document]) -> pd.DataFrame:
    """One row per document: file, encoding, hash, length, its own date and where that came
    from, then the manifest's own columns as written."""
    manifest = list(dict.fromkeys(k for d in documents for k in d.meta if k != "doc_id" and k not in DOCUMENT_COLUMNS))
    rows = [{"doc": d.doc_id, "file": Path(d.path).name, "encoding": d.encoding, "sha256": d.sha256,
             "characters": len(d.text), "year": d.own_date.year, "own_date": d.own_date.iso(),
             "own_date_source": d.own_date.source, **{k: d.meta.get(k) or None for k in manifest}}
            for d in documents]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS + manifest).astype({"year": "Int64"})


def write_tables(mentions: list[Mention], documents: list[Document], out: Path,
                 anchors: dict[str, dict] | None = None) -> dict[str, pd.DataFrame]:
    """mentions.jsonl and one CSV per table; returns the tables by name (file name without .csv).

    `anchors`: per document, the record of its own date (`DocDate.record()`)."""
    write_jsonl([m.as_gold() for m in mentions], out / "mentions.jsonl")
    frames = {"documents": documents_frame(documents),
              "mentions": mentions_frame(mentions),
              "people": entity_table(mentions, "PERSON", ["name"]),
              "people_all": entity_table(mentions, "PERSON", ["name"], per_doc=False)}
    frames.update({Path(name).stem: entity_table(mentions, label, keys) for name, (label, keys) in ENTITY_TABLES.items()})
    frames["dates"] = with_anchors(frames["dates"], anchors or {})
    for name, df in frames.items():
        write_csv(df, out / f"{name}.csv")
    return frames
