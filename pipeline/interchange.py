"""Mentions to and from annotation tools: Label Studio (JSON tasks) and brat (standoff).

Export carries every mention's normalized value along (brat: an AnnotatorNotes line with
the norm as JSON; Label Studio: the result item's `meta.norm`), so export → import is
lossless. Import validates everything against the raw text and the guidelines, names the
file and line (or task and result) of each problem, and never overwrites gold silently.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .documents import relative_id
from .mentions import LABELS, NORM_KEYS
from .tables import atomic_write, write_jsonl

LS_FROM, LS_TO = "label", "text"


class AnnotationError(Exception):
    """A problem in an annotation file, with its location."""


@dataclass
class Imported:
    rows: dict[str, list[dict]]  # doc id → gold rows
    warnings: list[str]


# ---------------------------------------------------------------- export

def export_brat(mentions: list[dict], raw: dict[str, str], folder: Path) -> list[Path]:
    """One `<doc>.txt` (the raw text) and `<doc>.ann` per document, plus annotation.conf."""
    written = []
    for doc_id, text in sorted(raw.items()):
        lines = []
        rows = [m for m in mentions if m["doc"] == doc_id]
        for n, m in enumerate(sorted(rows, key=lambda r: (r["start"], r["end"])), start=1):
            fragments = ";".join(f"{s} {e}" for s, e in _fragments(text, m["start"], m["end"]))
            surface = " ".join(text[s:e] for s, e in _fragments(text, m["start"], m["end"]))
            lines.append(f"T{n}\t{m['label']} {fragments}\t{surface}")
            lines.append(f"#{n}\tAnnotatorNotes T{n}\t{json.dumps(m['norm'], ensure_ascii=False)}")
        atomic_write(folder / f"{doc_id}.txt", text.encode("utf-8"))
        atomic_write(folder / f"{doc_id}.ann", ("\n".join(lines) + "\n" if lines else "").encode("utf-8"))
        written += [folder / f"{doc_id}.txt", folder / f"{doc_id}.ann"]
    conf = "[entities]\n" + "\n".join(LABELS) + "\n[relations]\n[events]\n[attributes]\n"
    atomic_write(folder / "annotation.conf", conf.encode("utf-8"))
    return written + [folder / "annotation.conf"]


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """brat spans cannot cross a line break: a multi-line mention becomes fragments."""
    out, s = [], start
    for i in range(start, end):
        if text[i] == "\n":
            if i > s:
                out.append((s, i))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out


def export_label_studio(mentions: list[dict], raw: dict[str, str], path: Path, model_version: str = "") -> Path:
    tasks = []
    for doc_id, text in sorted(raw.items()):
        result = [{"id": f"m{n}", "from_name": LS_FROM, "to_name": LS_TO, "type": "labels",
                   "value": {"start": m["start"], "end": m["end"], "text": m["text"], "labels": [m["label"]]},
                   "meta": {"norm": m["norm"]}}
                  for n, m in enumerate((m for m in mentions if m["doc"] == doc_id), start=1)]
        tasks.append({"data": {"doc": doc_id, "text": text},
                      "predictions": [{"model_version": model_version, "result": result}]})
    atomic_write(path, (json.dumps(tasks, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return path


LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text">
""" + "".join(f'    <Label value="{label}"/>\n' for label in LABELS) + """  </Labels>
  <Text name="text" value="$text"/>
</View>
"""


# ---------------------------------------------------------------- import

def import_brat(folder: Path, raw: dict[str, str]) -> Imported:
    rows: dict[str, list[dict]] = {}
    warnings: list[str] = []
    anns = sorted(folder.rglob("*.ann"))
    if not anns:
        raise AnnotationError(f"{folder}: no .ann files")
    for ann in anns:
        doc_id = relative_id(folder, ann)
        text = _raw_for(doc_id, raw, ann)
        txt = ann.with_suffix(".txt")
        if txt.exists() and txt.read_text(encoding="utf-8") != text:
            raise AnnotationError(f"{txt}: differs from the raw document {doc_id}; offsets would not match")
        spans: dict[str, tuple[int, str, int, int]] = {}
        notes: dict[str, dict] = {}
        for line_no, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{ann}:{line_no}"
            if line.startswith("T"):
                spans[line.split("\t", 1)[0]] = (line_no, *_brat_span(line, where))
            elif line.startswith("#"):
                parts = line.split("\t")
                if len(parts) == 3 and parts[1].startswith("AnnotatorNotes "):
                    try:
                        notes[parts[1].split(" ", 1)[1]] = json.loads(parts[2])
                    except json.JSONDecodeError as exc:
                        raise AnnotationError(f"{where}: note is not JSON ({exc.msg})") from exc
            elif line.strip():
                raise AnnotationError(f"{where}: only entity (T) and note (#) lines are supported")
        found = []
        for tid, (line_no, label, start, end) in spans.items():
            found.append(_row(doc_id, text, start, end, label, notes.get(tid), f"{ann}:{line_no}", warnings))
        rows[doc_id] = _checked(found, str(ann))
    return Imported(rows, warnings)


def _brat_span(line: str, where: str) -> tuple[str, int, int]:
    try:
        _, spec, _ = line.split("\t", 2)
        label, offsets = spec.split(" ", 1)
        pairs = [tuple(map(int, p.split())) for p in offsets.split(";")]
    except ValueError as exc:
        raise AnnotationError(f"{where}: malformed entity line") from exc
    return label, pairs[0][0], pairs[-1][1]


def import_label_studio(path: Path, raw: dict[str, str]) -> Imported:
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"{path}: invalid JSON at line {exc.lineno} ({exc.msg})") from exc
    if not isinstance(tasks, list):
        raise AnnotationError(f"{path}: expected a list of tasks")
    rows: dict[str, list[dict]] = {}
    warnings: list[str] = []
    for t, task in enumerate(tasks):
        data = task.get("data", {})
        doc_id = data.get("doc") or data.get("doc_id")
        if not doc_id:
            raise AnnotationError(f"{path}: task {t}: data has no doc id")
        text = _raw_for(doc_id, raw, path)
        if data.get("text") not in (None, text):
            raise AnnotationError(f"{path}: task {t}: text differs from the raw document {doc_id}")
        completions = task.get("annotations") or task.get("predictions") or []
        result = completions[-1].get("result", []) if completions else []
        found = []
        for item in result:
            if item.get("type") != "labels":
                continue
            where = f"{path}: task {t} result {item.get('id', '?')}"
            value = item.get("value", {})
            labels = value.get("labels") or [None]
            found.append(_row(doc_id, text, value.get("start"), value.get("end"), labels[0],
                              (item.get("meta") or {}).get("norm"), where, warnings))
        rows[doc_id] = _checked(found, f"{path}: task {t}")
    return Imported(rows, warnings)


def _raw_for(doc_id: str, raw: dict[str, str], where: Path) -> str:
    if doc_id not in raw:
        raise AnnotationError(f"{where}: no raw document {doc_id!r} to check the offsets against")
    return raw[doc_id]


def _row(doc_id: str, text: str, start, end, label, norm, where: str, warnings: list[str]) -> dict:
    if label not in LABELS:
        raise AnnotationError(f"{where}: unknown label {label!r}")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise AnnotationError(f"{where}: offsets {start}:{end} out of range")
    if norm is None:
        norm = {k: None for k in NORM_KEYS[label]}
        warnings.append(f"{where}: {label} {text[start:end]!r} has no normalized value; fill in {', '.join(norm)}")
    missing = [k for k in NORM_KEYS[label] if k not in norm]
    if missing:
        raise AnnotationError(f"{where}: norm of {label} lacks {', '.join(missing)}")
    return {"doc": doc_id, "start": start, "end": end, "text": text[start:end], "label": label,
            "norm": {k: norm[k] for k in NORM_KEYS[label]}}


def _checked(rows: list[dict], where: str) -> list[dict]:
    rows = sorted(rows, key=lambda r: (r["start"], r["end"]))
    for a, b in zip(rows, rows[1:]):
        if b["start"] < a["end"]:
            raise AnnotationError(f"{where}: {a['text']!r} ({a['start']}:{a['end']}) overlaps {b['text']!r} "
                               f"({b['start']}:{b['end']}); spans are flat")
    return rows


def write_gold(imported: Imported, gold_dir: Path, force: bool = False) -> list[Path]:
    """Write `<doc>.jsonl` files; refuse to replace an existing one without force."""
    targets = {doc: gold_dir / f"{doc}.jsonl" for doc in imported.rows}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing and not force:
        raise AnnotationError(f"gold exists: {', '.join(existing)} (pass --force to replace)")
    for doc, path in targets.items():
        write_jsonl(imported.rows[doc], path)
    return list(targets.values())
