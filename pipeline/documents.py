"""Reading raw documents: bytes → decoded text (the offset space of every span) + metadata.

The decoded text is never altered beyond decoding (a byte-order mark is dropped because it
is an encoding mark, not text); CRLF stays as written so that offsets agree with what an
annotator sees in the file.

A document's own date (what 本年, 昨年 and 本日 count from) is its manifest row's
reports_on_year (else published), with month and day from published or the dateline when
they agree on the year; without a manifest row it is the dateline, the full date a press
release puts alone on a line at its top (令和元年5月17日, 2024年8月11日).
A document is a `.txt` file (any case: `.TXT` too); its id is its path relative to the
input folder without the extension (`a`, or `sub/a` when subfolders are read), which is
unique within a folder by construction except for `a.txt` beside `a.TXT`.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .cleaning import clean
from .normalize.date import DateContext, DocDate, normalize_date
from .patterns.numeric import find_numeric_spans

SUPPORTED_ENCODINGS = ("utf-8", "cp932", "euc_jp")
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
MANIFEST_NAME = "manifest.csv"
DATELINE_LINES = 10  # a dateline stands among the first non-empty lines
_DATELINE_DECORATION = re.compile(r"[(（][月火水木金土日](?:曜日?)?[)）]|[\s*#>|【】\[\]［］()（）]+")
DOCUMENT_SUFFIX = ".txt"
LISTED_NAMES = 5  # names shown in a warning before "… (N in all)"


class DocumentError(Exception):
    """A document that cannot be processed; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    sha256: str
    path: str = ""
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)

    @property
    def own_date(self) -> DocDate:
        return own_date(self.text, self.meta)


def _year(value: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", value or "")
    return int(m.group(1)) if m else None


def _published(value: str | None) -> tuple[int, int | None, int | None] | None:
    """`2025-12-20`, `2025-08` or `2025` as (year, month, day)."""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value or "")
    return (int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])) if m else None


def dateline(text: str) -> DocDate | None:
    """The full date standing alone on one of the first lines (a weekday in brackets may follow)."""
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        core = _DATELINE_DECORATION.sub("", clean(line)[0])
        if not core or find_numeric_spans(core) != [(0, len(core), "DATE")]:
            continue
        try:
            value = normalize_date(core, DateContext())["value"]
        except ValueError:
            continue
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            return DocDate(int(m[1]), int(m[2]), int(m[3]), "dateline")
    return None


def own_date(text: str, meta: dict) -> DocDate:
    """The manifest's year (month and day where published or the dateline give them), else the dateline."""
    line = dateline(text)
    year = _year(meta.get("reports_on_year")) or _year(meta.get("published"))
    if year is None:
        return line or DocDate()
    for known in (_published(meta.get("published")), line and (line.year, line.month, line.day)):
        if known and known[0] == year:
            return DocDate(year, known[1], known[2], "manifest")
    return DocDate(year, source="manifest")
def is_utf16(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.lookup(encoding).name.startswith("utf-16")
    except LookupError:
        return False


def decode(data: bytes, path: Path | str, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes; with no explicit encoding try UTF-16 if a byte-order mark says so, then
    UTF-8 (BOM or not), then CP932, then EUC-JP.

    The first encoding that decodes without error and without C0 control characters wins;
    CP932 is tried before EUC-JP because valid EUC-JP kana rarely decode as CP932 cleanly
    while the reverse is common. NUL bytes mean binary data, except in UTF-16, where every
    ASCII character has one.
    """
    if not data:
        raise DocumentError(path, "empty file")
    utf16_bom = encoding is None and data.startswith(UTF16_BOMS)
    if b"\x00" in data[:8192] and not (utf16_bom or is_utf16(encoding)):
        raise DocumentError(path, "binary file (contains NUL bytes), not text; "
                                  "if it is UTF-16 without a byte-order mark, pass --encoding utf-16-le (or -be)")
    candidates = [encoding] if encoding else ["utf-16"] * utf16_bom + list(SUPPORTED_ENCODINGS)
    for enc in candidates:
        try:
            text = data.decode(enc).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
        if not encoding and (_has_control_chars(text) or not _plausible(text)):
            continue
        if not text.strip():
            raise DocumentError(path, "file contains only white space")
        return text, enc
    tried = ", ".join(candidates)
    raise DocumentError(path, f"cannot decode as {tried}; pass --encoding to name the encoding")


_TYPICAL = re.compile(r"[\s!-~\u00a0-\u024f\u2000-\u206f\u2190-\u27bf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                      r"\uf900-\ufaff\uff00-\uffef\ufe00-\ufe0f\U000e0100-\U000e01ef\U0001f300-\U0001faff]")


def _plausible(text: str) -> bool:
    """Whether a decoding looks like text: a wrong codec yields rare symbols and private use."""
    sample = text[:20000]
    return len(_TYPICAL.findall(sample)) >= 0.95 * len(sample)


def _has_control_chars(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\t\n\r\f\v" for c in text[:20000])


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[str]]:
    """Manifest rows by doc id, plus warnings for malformed rows (the manifest is optional)."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        path = folder.parent / MANIFEST_NAME
    if not path.exists():
        return {}, []
    rows: dict[str, dict] = {}
    warnings: list[str] = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "doc_id" not in reader.fieldnames:
            return {}, [f"{path}: no doc_id column; manifest ignored"]
        for line_no, row in enumerate(reader, start=2):
            doc_id = (row.get("doc_id") or "").strip()
            if not doc_id or None in row:
                warnings.append(f"{path}:{line_no}: malformed manifest row ignored")
                continue
            for key in ("reports_on_year", "published"):
                value = (row.get(key) or "").strip()
                if value and not _year(value):
                    warnings.append(f"{path}:{line_no}: {key} {value!r} is not a year; ignored")
                    row[key] = ""
            rows[doc_id] = {k: (v or "").strip() for k, v in row.items() if k}
    return rows, warnings


def read_document(path: Path, meta: dict | None = None, encoding: str | None = None,
                  doc_id: str | None = None) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror or exc}") from exc
    text, enc = decode(data, path, encoding)
    return Document(
        doc_id=doc_id or path.stem,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        path=str(path),
        encoding=enc,
        meta=dict(meta or {}),
    )


def relative_id(folder: Path, path: Path) -> str:
    """`sub/a` for folder/sub/a.txt: the id of a file (document, gold, annotation) under a folder."""
    return path.relative_to(folder).with_suffix("").as_posix()


@dataclass
class FolderScan:
    """What an input folder holds: documents by id, and what is not read (and why)."""

    folder: Path
    documents: dict[str, Path] = field(default_factory=dict)
    clashes: dict[str, str] = field(default_factory=dict)  # file → problem
    skipped_folders: list[str] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)

    def skipped(self) -> str:
        """Everything not read, in one line ("" when nothing was)."""
        parts = []
        if self.skipped_folders:
            parts.append(f"{_count(self.skipped_folders, 'subfolder')} not read (pass --recursive to read them): "
                         f"{_names(self.skipped_folders)}")
        if self.skipped_files:
            parts.append(f"{_count(self.skipped_files, 'file')} not named *.txt skipped: {_names(self.skipped_files)}")
        return "; ".join(parts)


def _count(items: list, noun: str) -> str:
    return f"{len(items)} {noun}{'s' if len(items) != 1 else ''}"


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:LISTED_NAMES])
    return shown if len(items) <= LISTED_NAMES else f"{shown}, … ({len(items)} in all)"


def scan_folder(folder: Path, recursive: bool = False) -> FolderScan:
    """Documents of a folder (and its subfolders with `recursive`); hidden files and folders
    (.cache, .DS_Store) are neither read nor listed, nor is the manifest."""
    if not folder.is_dir():
        raise DocumentError(folder, "input folder does not exist")
    scan = FolderScan(folder)
    for path in sorted(folder.rglob("*") if recursive else folder.iterdir()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_dir():
            if not recursive:
                scan.skipped_folders.append(f"{rel.as_posix()}/")
        elif path.suffix.lower() != DOCUMENT_SUFFIX:
            if path.is_file() and rel.as_posix() != MANIFEST_NAME:
                scan.skipped_files.append(rel.as_posix())
        elif (doc_id := relative_id(folder, path)) in scan.documents:
            scan.clashes[str(path)] = f"same document id {doc_id!r} as {scan.documents[doc_id]}; rename one of them"
        else:
            scan.documents[doc_id] = path
    return scan


def read_texts(folder: Path, ids: set[str] | None = None) -> dict[str, str]:
    """Raw texts by doc id (subfolders included, as ids may name them); only `ids` when given."""
    paths = scan_folder(folder, recursive=True).documents
    return {d: read_document(p, doc_id=d).text for d, p in paths.items() if ids is None or d in ids}
