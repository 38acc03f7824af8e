"""Where the per-document step runs: in this process, in worker processes, or on Dask.

`process_payload` is a pure function of (doc id, text, metadata) for given pipeline and
model versions, so every engine gives the same result; only speed differs. Each worker
process loads the model once. Results come back in any order and are keyed by doc id.
"""
from __future__ import annotations

import sys
from dataclasses import asdict
from typing import Iterator

from .workers import run_workers


Payload = tuple[str, str, dict]  # doc id, raw text, manifest metadata


def process_payload(payload: Payload) -> dict:
    """Mentions (before cross-document resolution) and tokens of one document."""
    from .cleaning import clean
    from .documents import Document
    from .extract import process_document
    from .tokens import tokenize

    doc_id, text, meta = payload
    document = Document(doc_id=doc_id, text=text, sha256="", meta=meta)
    mentions = [asdict(m) for m in process_document(document)]
    return {"mentions": mentions, "tokens": tokenize(doc_id, *clean(text))}


def _warm() -> None:
    from .nlp import load

    load()


def _safe(payload: Payload) -> tuple[str, dict | None, str | None]:
    try:
        return payload[0], process_payload(payload), None
    except Exception as exc:  # reported per document; the others go on
        return payload[0], None, f"{type(exc).__name__}: {exc}"


def _lost(payload: Payload, problem: str) -> tuple[str, None, str]:
    return payload[0], None, problem


def run_local(payloads: list[Payload], workers: int) -> Iterator[tuple[str, dict | None, str | None]]:
    """Largest documents first, so the workers finish together."""
    ordered = sorted(payloads, key=lambda p: -len(p[1]))
    if workers <= 1 or len(ordered) <= 1:
        yield from map(_safe, ordered)
        return
    yield from run_workers(ordered, workers, _safe, _warm, _lost)


def run_dask(payloads: list[Payload], workers: int, scheduler: str | None = None) -> Iterator[tuple[str, dict | None, str | None]]:
    """On a Dask cluster: the given scheduler address, or a LocalCluster of `workers` processes."""
    from distributed import Client, LocalCluster, as_completed as dask_completed

    cluster = None if scheduler else LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(_safe, sorted(payloads, key=lambda p: -len(p[1])), pure=True)
            for future in dask_completed(futures):
                yield future.result()
    finally:
        if cluster is not None:
            cluster.close()


class Progress:
    """A progress bar (documents and characters) on a terminal, plain log lines otherwise."""

    def __init__(self, total_docs: int, total_chars: int):
        self.bar = None
        self.total_docs, self.done_docs = total_docs, 0
        if sys.stderr.isatty() and total_docs:
            from tqdm import tqdm

            self.bar = tqdm(total=total_chars, unit="char", unit_scale=True, desc=f"0/{total_docs} docs")

    def update(self, doc_id: str, chars: int) -> None:
        self.done_docs += 1
        if self.bar is not None:
            self.bar.set_description(f"{self.done_docs}/{self.total_docs} docs")
            self.bar.update(chars)
        else:
            print(f"processed {doc_id} ({self.done_docs}/{self.total_docs} documents, {chars} characters)", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
