"""Scoring against the gold set, exactly as the guidelines' Scoring section defines it.

- Mentions: P/R/F1 per label and micro-averaged; strict = same doc, span and label;
  partial = overlapping span, same label, matched one to one.
- Normalization: among strict matches, the share whose scored norm fields equal gold's.
- Tables: per document, sets of distinct normalized entities (people, places, dates,
  amounts) compared by P/R/F1.
Gold files are validated first; a malformed file fails with its path and line.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .documents import relative_id
from .mentions import LABELS, NORM_KEYS

SCORED_NORM = {"PERSON": ("name",), "LOCATION": ("name", "iso"), "ORGANIZATION": ("name",),
               "DATE": ("value",), "MONEY": ("amount", "currency"), "PERCENT": ("value",)}
TABLE_KEYS = {"PERSON": ("name",), "LOCATION": ("name",), "DATE": ("value",), "MONEY": ("amount", "currency")}
CONTEXT = 15


class GoldError(Exception):
    """A malformed gold or prediction file; the message names the file and line."""


@dataclass(frozen=True)
class Record:
    doc: str
    start: int
    end: int
    label: str
    norm: tuple  # scored norm values, in SCORED_NORM order
    text: str = ""

    @property
    def key(self) -> tuple:
        return (self.doc, self.start, self.end, self.label)


def _value(v):
    """Norm values compare as strings; null and "" are both absent; booleans as JSON."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v).strip()


def load_records(path: Path, raw_texts: dict[str, str] | None = None) -> list[Record]:
    """Records from one JSONL file, validated (label, offsets, text, norm keys)."""
    records = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{line_no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: invalid JSON ({exc.msg})") from exc
        records.append(_record(obj, where, raw_texts))
    return records


def _record(obj: dict, where: str, raw_texts: dict[str, str] | None) -> Record:
    for key in ("doc", "start", "end", "label", "norm"):
        if key not in obj:
            raise GoldError(f"{where}: missing key {key!r}")
    label = obj["label"]
    if label not in LABELS:
        raise GoldError(f"{where}: unknown label {label!r}")
    start, end = obj["start"], obj["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise GoldError(f"{where}: bad offsets {start!r}:{end!r}")
    norm = obj["norm"]
    if not isinstance(norm, dict):
        raise GoldError(f"{where}: norm is not an object")
    missing = [k for k in NORM_KEYS[label] if k not in norm]
    if missing:
        raise GoldError(f"{where}: norm of {label} lacks {', '.join(missing)}")
    raw = (raw_texts or {}).get(obj["doc"])
    if raw is not None:
        if end > len(raw):
            raise GoldError(f"{where}: offsets {start}:{end} out of range (document has {len(raw)} characters)")
        if "text" in obj and raw[start:end] != obj["text"]:
            raise GoldError(f"{where}: text {obj['text']!r} does not match the raw span {raw[start:end]!r}")
    return Record(obj["doc"], start, end, label, tuple(_value(norm.get(k)) for k in SCORED_NORM[label]),
                  obj.get("text", ""))


def gold_files(folder: Path) -> dict[str, Path]:
    """Gold files by doc id: `<doc>.jsonl`, in subfolders for documents read from subfolders."""
    return {relative_id(folder, p): p for p in sorted(folder.rglob("*.jsonl"))} if folder.is_dir() else {}


def load_folder(folder: Path, raw_texts: dict[str, str] | None = None) -> list[Record]:
    files = gold_files(folder)
    if not files:
        raise GoldError(f"{folder}: no gold files (*.jsonl)")
    return [r for f in files.values() for r in load_records(f, raw_texts)]


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _partial_matches(gold: list[Record], pred: list[Record]) -> int:
    by_key = defaultdict(list)
    for i, g in enumerate(gold):
        by_key[(g.doc, g.label)].append((i, g))
    used, tp = set(), 0
    for p in pred:
        for i, g in by_key[(p.doc, p.label)]:
            if i not in used and p.start < g.end and g.start < p.end:
                used.add(i)
                tp += 1
                break
    return tp


def score(gold: list[Record], pred: list[Record]) -> dict:
    """All figures of the Scoring section; predictions for documents without gold are ignored."""
    docs = {g.doc for g in gold}
    pred = [p for p in pred if p.doc in docs]
    gold_index = {g.key: g for g in gold}
    result: dict = {"labels": {}, "tables": {}}
    for label in (*LABELS, "micro"):
        G = [g for g in gold if label in ("micro", g.label)]
        P = [p for p in pred if label in ("micro", p.label)]
        strict = [p for p in P if p.key in gold_index]
        norm_ok = sum(1 for p in strict if p.norm == gold_index[p.key].norm)
        result["labels"][label] = {
            "gold": len(G), "pred": len(P), "strict": prf(len(strict), len(P), len(G)),
            "partial": prf(_partial_matches(G, P), len(P), len(G)),
            "norm_accuracy": norm_ok / len(strict) if strict else None, "norm_correct": norm_ok,
            "strict_matches": len(strict),
        }
    for label, keys in TABLE_KEYS.items():
        def entities(rows: list[Record]) -> set:
            return {(r.doc, *r.norm[:len(keys)]) for r in rows if r.label == label}
        gs, ps = entities(gold), entities(pred)
        result["tables"][label] = {"gold": len(gs), "pred": len(ps), **prf(len(gs & ps), len(ps), len(gs)),
                                   "missing": sorted(map(list, gs - ps)), "extra": sorted(map(list, ps - gs))}
    return result


def errors(gold: list[Record], pred: list[Record], raw_texts: dict[str, str]) -> list[dict]:
    """Every disagreement with its cause: boundary, label, missing, spurious or norm."""
    docs = {g.doc for g in gold}
    pred = [p for p in pred if p.doc in docs]
    gold_index = {g.key: g for g in gold}
    pred_keys = {p.key for p in pred}
    out = []

    def overlapping(r: Record, rows: list[Record]) -> list[Record]:
        return [o for o in rows if o.doc == r.doc and o.start < r.end and r.start < o.end]

    by_doc_gold, by_doc_pred = defaultdict(list), defaultdict(list)
    for g in gold:
        by_doc_gold[g.doc].append(g)
    for p in pred:
        by_doc_pred[p.doc].append(p)
    for p in pred:
        if p.key in gold_index:
            g = gold_index[p.key]
            if p.norm != g.norm:
                out.append(_error("norm", p.label, p, raw_texts, gold=g))
            continue
        near = overlapping(p, by_doc_gold[p.doc])
        cause = "spurious" if not near else ("boundary" if any(g.label == p.label for g in near) else "label")
        out.append(_error(cause, p.label, p, raw_texts, gold=near[0] if near else None))
    for g in gold:
        if g.key in pred_keys:
            continue
        near = overlapping(g, by_doc_pred[g.doc])
        cause = "missing" if not near else ("boundary" if any(p.label == g.label for p in near) else "label")
        out.append(_error(cause, g.label, None, raw_texts, gold=g, side="gold"))
    return sorted(out, key=lambda e: (e["label"], e["cause"], e["doc"], e["start"]))


def _error(cause: str, label: str, pred: Record | None, raw_texts: dict[str, str],
           gold: Record | None = None, side: str = "pred") -> dict:
    r = pred if side == "pred" else gold
    raw = raw_texts.get(r.doc, "")
    context = (raw[max(0, r.start - CONTEXT):r.start] + "[" + raw[r.start:r.end] + "]" + raw[r.end:r.end + CONTEXT])
    return {"cause": cause, "label": label, "side": side, "doc": r.doc, "start": r.start, "end": r.end,
            "text": raw[r.start:r.end], "context": context.replace("\n", " "),
            "pred": None if pred is None else {"span": [pred.start, pred.end], "label": pred.label, "norm": pred.norm},
            "gold": None if gold is None else {"span": [gold.start, gold.end], "label": gold.label, "norm": gold.norm}}


def format_table(result: dict) -> str:
    lines = [f"{'label':13} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'partF1':>7} {'norm':>6}"]
    for label, r in result["labels"].items():
        norm = "-" if r["norm_accuracy"] is None else f"{r['norm_accuracy']:.3f}"
        lines.append(f"{label:13} {r['gold']:5d} {r['pred']:5d} {r['strict']['p']:6.3f} {r['strict']['r']:6.3f} "
                     f"{r['strict']['f1']:6.3f} {r['partial']['f1']:7.3f} {norm:>6}")
    lines.append("")
    lines.append(f"{'table':13} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for label, t in result["tables"].items():
        lines.append(f"{label:13} {t['gold']:5d} {t['pred']:5d} {t['p']:6.3f} {t['r']:6.3f} {t['f1']:6.3f}")
    return "\n".join(lines)


def format_errors(errs: list[dict], per_class: int = 8) -> str:
    groups = defaultdict(list)
    for e in errs:
        groups[(e["label"], e["cause"])].append(e)
    lines = ["", "Error analysis (label / cause: count, examples with [span] in context)"]
    for (label, cause), items in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        lines.append(f"{label} / {cause}: {len(items)}")
        for e in items[:per_class]:
            detail = ""
            if cause == "norm":
                detail = f"  pred {e['pred']['norm']} gold {e['gold']['norm']}"
            elif e["side"] == "pred" and e["gold"]:
                detail = f"  gold {e['gold']['label']} {e['gold']['span']}"
            lines.append(f"    {e['doc'][:3]} {e['side']:4} {e['context']}{detail}")
    return "\n".join(lines)
