"""Japanese entity extraction: raw text in, normalized people, places, organizations,
dates, money and percentages out.

Three entry points (examples in README.md, "Python API", and examples/quickstart.py):

- `extract_text(text)`: the mentions of one text, as the batch run finds them;
- `extract_folder(input_dir, output_dir)`: a folder of .txt documents → `Tables` (pandas
  DataFrames), and in `output_dir` every file `make extract` writes (CSV, Parquet, DuckDB);
- `load()`: the spaCy pipeline: `nlp(text).ents` carry the six labels, `span._.norm` the
  normalized value.

Importing the package is cheap: spaCy, pandas and the model load on first use, which
worker processes and fully cached runs rely on.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .mentions import LABELS, Mention

if TYPE_CHECKING:
    from spacy.language import Language

    from .formats import Tables

__version__ = "0.1.0"
__all__ = ["LABELS", "Mention", "Tables", "extract_folder", "extract_text", "load"]


def load() -> Language:
    """The spaCy pipeline (GiNZA's tokenizer and NER, then the project's components), loaded
    once per process.

    `nlp(text).ents` hold PERSON, LOCATION, ORGANIZATION, DATE, MONEY and PERCENT spans, each
    with its normalized value in `span._.norm` (the `norm` of a Mention). Entities need not
    follow GiNZA's tokens (日露 is one token and two places), so tokens are split where an
    entity starts or ends inside one. It runs every component on the whole text; the
    batch path (`extract_text`) also removes markup first and runs the statistical model
    only where the rules leave a name open, so the two can differ slightly.
    """
    from .nlp import load as load_pipeline

    return load_pipeline()


def extract_text(text: str, *, doc_id: str | None = None, published: str | int | date | None = None) -> list[Mention]:
    """The mentions of `text`, in order, exactly as `make extract` finds them in a document.

    Offsets are on `text` as given (`text[m.start:m.end] == m.text`); `m.norm` holds the
    normalized value (PERSON name/title, LOCATION name/iso/kind, ORGANIZATION name, DATE
    value, MONEY amount/currency/approx, PERCENT value). `doc_id` is copied into each
    mention; `published` (2025, "2025-08", a date) gives the year that dates written
    without one take. Names are resolved within the text (岩屋 → 岩屋毅 when both occur).
    """
    from .documents import Document
    from .extract import process_document
    from .resolve import resolve_corpus

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    meta = {} if published is None else {"published": published.isoformat() if isinstance(published, date) else str(published)}
    document = Document(doc_id=doc_id or "", text=text, sha256="", meta=meta)
    if published is not None and document.own_date.year is None:
        raise ValueError(f"published={published!r} is not a year or a date (2025, '2025-08', date(2025, 8, 1))")
    mentions = process_document(document)
    resolve_corpus({document.doc_id: mentions}, {document.doc_id: text}, {document.doc_id: meta})
    return mentions


def extract_folder(input_dir: str | Path, output_dir: str | Path | None = None, **options: Any) -> Tables:
    """Every .txt document of `input_dir` → the tables, as `make extract` writes them.

    With `output_dir`, every output file is written there (CSV, Parquet, entities.duckdb,
    mentions.jsonl, run.json) and per-document results are cached in it, so the next call
    processes only changed documents. Without, the run uses a temporary folder that is
    removed afterwards. `options` are the command line's: `encoding=None`,
    `engine="local"` or `"dask"`, `workers=2`, `use_cache=True`, `scheduler=None`.

    A document that cannot be read or processed does not stop the others: it is listed
    with its problem in `tables.run["failures"]`. A missing input folder raises
    `pipeline.documents.DocumentError`.
    """
    from .formats import Tables
    from .run import extract

    if output_dir is not None:
        extract(Path(input_dir), Path(output_dir), **options)
        return Tables.read(output_dir)
    with tempfile.TemporaryDirectory(prefix="pipeline-") as tmp:
        extract(Path(input_dir), Path(tmp), **options)
        return Tables.read(tmp)


def __getattr__(name: str):
    """`pipeline.Tables` without importing pandas and pyarrow with the package."""
    if name == "Tables":
        from .formats import Tables

        return Tables
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
