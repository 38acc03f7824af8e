"""Per-document results cached by content, metadata and pipeline fingerprint.

The fingerprint covers the package's own code, resource files and trained model files
and the versions of the dictionaries and libraries, so any change that could alter a result invalidates it;
an unchanged document is never processed twice.

An entry holds only what the tables are made from, compactly: mentions and tokens as
rows of values (no repeated keys, no doc id, so identical texts under two names share
one entry correctly), gzip-compressed. Entries no document of the last run uses are
removed, so the cache stays proportional to the input.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .mentions import Mention
from .tables import atomic_write
from .tokens import COLUMNS as TOKEN_COLUMNS

PACKAGE_DIR = Path(__file__).resolve().parent
SUFFIX = ".json.gz"
_ENTRY = re.compile(r"[0-9a-f]{64}\.json(\.gz)?")  # this format's and the previous one's
FIELDS = {"mentions": [f.name for f in fields(Mention) if f.name != "doc"],
          "tokens": [c for c in TOKEN_COLUMNS if c != "doc"]}


@lru_cache(maxsize=1)
def fingerprint() -> str:
    from .nlp import versions

    h = hashlib.sha256(json.dumps(versions(), sort_keys=True).encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        relevant = path.suffix in (".py", ".tsv", ".txt") or "models" in path.relative_to(PACKAGE_DIR).parts
        if relevant and path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE_DIR)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def document_key(text: str, meta: dict) -> str:
    payload = json.dumps([hashlib.sha256(text.encode("utf-8")).hexdigest(), meta, fingerprint()], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def pack(result: dict) -> bytes:
    """{"mentions": [dict], "tokens": [dict]} → compressed rows of values without the doc id."""
    rows = {part: [[record[name] for name in names] for record in result[part]] for part, names in FIELDS.items()}
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(data, compresslevel=6, mtime=0)


def unpack(data: bytes, doc_id: str) -> dict:
    """The inverse of `pack`, the doc id put back into every record."""
    rows = json.loads(gzip.decompress(data))
    return {part: [{"doc": doc_id, **dict(zip(names, row))} for row in rows[part]] for part, names in FIELDS.items()}


class Cache:
    """One file per document result under `folder` (written atomically).

    With `read=False` (a run with --no-cache) results are still stored, so the next run
    can use them.
    """

    def __init__(self, folder: Path, read: bool = True):
        self.folder = folder
        self.read = read

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def get(self, key: str, doc_id: str) -> dict | None:
        if not self.read:
            return None
        try:
            return unpack(self._path(key).read_bytes(), doc_id)
        except (OSError, ValueError, EOFError, KeyError):  # missing, truncated or foreign: recompute
            return None

    def put(self, key: str, result: dict) -> None:
        atomic_write(self._path(key), pack(result))

    def tokens(self, key: str, doc_id: str) -> Iterator[dict]:
        """Token rows of a result stored by this run (whatever `read` says)."""
        yield from unpack(self._path(key).read_bytes(), doc_id)["tokens"]

    def prune(self, keep: set[str]) -> None:
        """Remove every entry whose key is not in `keep` (stale versions, removed documents)."""
        for path in self._entries():
            if path.name.split(".", 1)[0] not in keep or not path.name.endswith(SUFFIX):
                path.unlink(missing_ok=True)

    def size(self) -> dict:
        entries = self._entries()
        return {"files": len(entries), "bytes": sum(p.stat().st_size for p in entries)}

    def _entries(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return [p for p in self.folder.iterdir() if _ENTRY.fullmatch(p.name)]
