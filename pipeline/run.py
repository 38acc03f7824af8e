"""A whole run: every document of a folder → output tables, failures listed, not fatal."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, nlp as nlp_module
from .cleaning import clean
from .documents import Document, DocumentError, list_documents, read_document, read_manifest
from .extract import process_document
from .mentions import Mention
from .resolve import resolve_corpus
from .tables import write_csv, write_json, write_tables
from .tokens import COLUMNS as TOKEN_COLUMNS, tokenize

log = logging.getLogger("pipeline")


@dataclass
class RunResult:
    documents: list[Document] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_folder(folder: Path, encoding: str | None, result: RunResult) -> None:
    manifest, warnings = read_manifest(folder)
    result.warnings.extend(warnings)
    for path in list_documents(folder):
        try:
            result.documents.append(read_document(path, manifest.get(path.stem), encoding))
        except DocumentError as exc:
            result.failures[str(path)] = exc.problem


def extract(input_dir: Path, output_dir: Path, encoding: str | None = None) -> RunResult:
    started = time.time()
    result = RunResult()
    read_folder(input_dir, encoding, result)
    nlp = nlp_module.load() if result.documents else None
    for document in result.documents:
        try:
            result.mentions[document.doc_id] = process_document(document, nlp)
            log.info("%s: %d mentions", document.doc_id, len(result.mentions[document.doc_id]))
        except Exception as exc:  # one bad document must not stop the others
            result.failures[document.path] = f"{type(exc).__name__}: {exc}"
            log.exception("%s failed", document.path)
    good = [d for d in result.documents if d.doc_id in result.mentions]
    resolve_corpus(result.mentions, {d.doc_id: d.text for d in good}, {d.doc_id: d.meta for d in good})
    mentions = [m for d in good for m in result.mentions[d.doc_id]]
    counts = write_tables(mentions, output_dir)
    tokens = [row for d in good for row in tokenize(d.doc_id, *clean(d.text))]
    write_csv(pd.DataFrame(tokens, columns=TOKEN_COLUMNS), output_dir / "tokens.csv")
    write_json(run_info(good, result, counts, len(tokens), time.time() - started), output_dir / "run.json")
    return result


def run_info(docs: list[Document], result: RunResult, counts: dict, n_tokens: int, seconds: float) -> dict:
    return {
        "pipeline": {"version": __version__, "components": list(nlp_module.OUR_COMPONENTS), "model": nlp_module.MODEL},
        "versions": nlp_module.versions(),
        "inputs": {d.doc_id: {"sha256": d.sha256, "encoding": d.encoding, "characters": len(d.text)} for d in docs},
        "counts": {"documents": len(docs), "failed": len(result.failures), "tokens": n_tokens,
                   "mentions": sum(len(result.mentions[d.doc_id]) for d in docs), "rows": counts},
        "failures": result.failures,
        "warnings": result.warnings,
        "seconds": round(seconds, 2),
    }
