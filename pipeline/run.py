"""A whole run: every document of a folder → output tables; failures listed, never fatal.

Per-document results come from the cache when the document, its metadata and the
pipeline are unchanged, else from an engine (this process, worker processes or Dask).
Cross-document resolution runs after all of them, on copies, so cached results stay as
they were computed.
"""
from __future__ import annotations

import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .cache import Cache, document_key, fingerprint
from .documents import Document, DocumentError, read_document, read_manifest, scan_folder
from .engines import Progress, run_dask, run_local
from .formats import write_typed
from .mentions import Mention
from .normalize import unreadable
from .resolve import resolve_corpus
from .tables import staged_folder, write_csv_rows, write_json, write_tables
from .tokens import COLUMNS as TOKEN_COLUMNS

CACHE_DIR = ".cache"


@dataclass
class RunResult:
    documents: list[Document] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)  # doc ids not served from the cache


def read_folder(folder: Path, encoding: str | None, recursive: bool, result: RunResult) -> None:
    """Every document of the folder into `result`; a folder without any is unusable input."""
    scan = scan_folder(folder, recursive)
    skipped = scan.skipped()
    if not scan.documents:
        raise DocumentError(folder, "; ".join(filter(None, ["no documents (*.txt files)", skipped])))
    if skipped:
        result.warnings.append(f"{folder}: {skipped}")
    manifest, warnings = read_manifest(folder)
    result.warnings.extend(warnings)
    result.failures.update(scan.clashes)
    for doc_id, path in scan.documents.items():
        try:
            result.documents.append(read_document(path, manifest.get(doc_id), encoding, doc_id))
        except DocumentError as exc:
            result.failures[str(path)] = exc.problem


def extract(input_dir: Path, output_dir: Path, encoding: str | None = None, engine: str = "local",
            workers: int = 2, use_cache: bool = True, scheduler: str | None = None,
            recursive: bool = False) -> RunResult:
    started = time.time()
    result = RunResult()
    read_folder(input_dir, encoding, recursive, result)
    cache = Cache(output_dir / CACHE_DIR, read=use_cache)
    keys = {d.doc_id: document_key(d.text, d.meta) for d in result.documents}
    # Only mentions stay in memory; tokens are streamed from the cache files at the end,
    # so memory does not grow with the corpus.
    outputs = {d.doc_id: cached["mentions"] for d in result.documents
               if (cached := cache.get(keys[d.doc_id], d.doc_id)) is not None}
    todo = [(d.doc_id, d.text, d.meta) for d in result.documents if d.doc_id not in outputs]
    if todo:
        progress = Progress(len(todo), sum(len(t) for _, t, _ in todo))
        runner = run_dask(todo, workers, scheduler) if engine == "dask" else run_local(todo, workers)
        paths = {d.doc_id: d.path for d in result.documents}
        sizes = {doc_id: len(text) for doc_id, text, _ in todo}
        with closing(runner), closing(progress):  # on Ctrl-C the workers stop at once
            for doc_id, output, error in runner:
                progress.update(doc_id, sizes[doc_id])
                if error is not None:
                    result.failures[paths[doc_id]] = error
                    continue
                outputs[doc_id] = output["mentions"]
                cache.put(keys[doc_id], output)
                result.processed.append(doc_id)
    good = [d for d in result.documents if d.doc_id in outputs]
    cache.prune({keys[d.doc_id] for d in good})
    result.mentions = {d.doc_id: [Mention(**m) for m in outputs[d.doc_id]] for d in good}
    resolve_corpus(result.mentions, {d.doc_id: d.text for d in good}, {d.doc_id: d.meta for d in good})
    mentions = [m for d in good for m in result.mentions[d.doc_id]]
    result.warnings.extend(f"{m.doc}: {m.label} {m.text!r} at {m.start}-{m.end} cannot be normalized; kept with null values"
                           for m in unreadable(mentions))
    anchors = {d.doc_id: d.own_date.record() for d in good}
    with staged_folder(output_dir) as stage:  # all files replace the previous ones together, or none does
        frames = write_tables(mentions, good, stage, anchors)
        counts = {f"{name}.csv": len(df) for name, df in frames.items()}

        def tokens():
            return (row for d in good for row in cache.tokens(keys[d.doc_id], d.doc_id))

        n_tokens = write_csv_rows(TOKEN_COLUMNS, tokens(), stage / "tokens.csv")
        write_typed(frames, {"tokens": (TOKEN_COLUMNS, tokens())}, stage)
        write_json(run_info(good, result, counts, n_tokens, anchors, cache.size(), time.time() - started),
                   stage / "run.json")
    return result


def run_info(docs: list[Document], result: RunResult, counts: dict, n_tokens: int, anchors: dict[str, dict],
             cache_size: dict, seconds: float) -> dict:
    from .nlp import OUR_COMPONENTS, VOCAB_MODEL, model_meta, versions

    return {
        "pipeline": {"version": __version__, "fingerprint": fingerprint(), "components": list(OUR_COMPONENTS),
                     "model": model_meta(), "vocabulary": VOCAB_MODEL},
        "versions": versions(),
        "inputs": {d.doc_id: {"sha256": d.sha256, "encoding": d.encoding, "characters": len(d.text),
                              "anchor": anchors[d.doc_id]} for d in docs},
        "counts": {"documents": len(docs), "failed": len(result.failures), "tokens": n_tokens,
                   "mentions": sum(len(result.mentions[d.doc_id]) for d in docs), "rows": counts,
                   "processed": len(result.processed), "from_cache": len(docs) - len(result.processed)},
        "cache": {"folder": CACHE_DIR, **cache_size},
        "failures": result.failures,
        "warnings": result.warnings,
        "timing": {"seconds": round(seconds, 2)},
    }
