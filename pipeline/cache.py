"""Per-document results cached by content, metadata and pipeline fingerprint.

The fingerprint covers the package's own code, resource files and trained model files
and the versions of the dictionaries and libraries, so any change that could alter a result invalidates it;
an unchanged document is never processed twice.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from .tables import atomic_write

PACKAGE_DIR = Path(__file__).resolve().parent


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


class Cache:
    """One JSON file per document result under `folder` (written atomically).

    With `read=False` (a run with --no-cache) results are still stored, so the next run
    can use them.
    """

    def __init__(self, folder: Path, read: bool = True):
        self.folder = folder
        self.read = read

    def get(self, key: str) -> dict | None:
        if not self.read:
            return None
        path = self.folder / f"{key}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict) -> None:
        atomic_write(self.folder / f"{key}.json", json.dumps(value, ensure_ascii=False).encode("utf-8"))

    def load(self, key: str) -> dict:
        """A result stored by this run (whatever `read` says)."""
        return json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
