"""`make report`: self-contained HTML pages to check results by looking.

index.html lists the documents; each document page shows the raw text with every
mention highlighted by label (`<mark data-label>`, the normalized value on hover), the
document's entity tables, and, where gold exists, a diff view (missed, spurious and
wrongly normalized mentions marked differently) with per-label P/R/F1 and a bar chart.
No network: CSS and SVG are inline, fonts come from the system.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

from .evaluate import Record, errors, score
from .mentions import LABELS
from .tables import atomic_write

COLORS = {"PERSON": "#f4a6a6", "LOCATION": "#9fd3a8", "ORGANIZATION": "#a9c4f5", "DATE": "#f7d58b",
          "MONEY": "#d5b3f0", "PERCENT": "#8fdcdc"}
DIFF_CLASSES = {"missed": "diff-missed", "spurious": "diff-spurious", "norm": "diff-norm"}

CSS = """
body{font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Yu Gothic","Meiryo",sans-serif;
margin:2rem auto;max-width:60rem;line-height:1.9;color:#222;padding:0 1rem}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px;background:#fcfcfc}
mark{border-radius:3px;padding:0 1px;cursor:help}
""" + "".join(f'mark[data-label="{label}"]{{background:{color}}}\n' for label, color in COLORS.items()) + """
.diff-missed{background:none;outline:2px solid #d33;color:#a00}
.diff-spurious{background:#eee;text-decoration:line-through #d33 2px}
.diff-norm{background:#ffe08a;outline:2px dashed #c80}
.diff-missed.diff-spurious{outline:2px solid #d33;text-decoration:line-through #d33 2px}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.1rem .5rem;font-size:.9rem}
.legend span{margin-right:.8rem;padding:0 .3rem;border-radius:3px}
"""


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n")


def _norm_text(norm: dict) -> str:
    return ", ".join(f"{k}: {v}" for k, v in norm.items())


def highlight(text: str, mentions: list[dict]) -> str:
    """The raw text with each (non-overlapping) mention as a <mark>."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["start"] < pos:
            continue
        out.append(html.escape(text[pos:m["start"]]))
        out.append(f'<mark data-label="{m["label"]}" data-start="{m["start"]}" data-end="{m["end"]}" '
                   f'data-norm="{html.escape(json.dumps(m["norm"], ensure_ascii=False))}" '
                   f'title="{html.escape(m["label"] + " — " + _norm_text(m["norm"]))}">'
                   f'{html.escape(text[m["start"]:m["end"]])}</mark>')
        pos = m["end"]
    out.append(html.escape(text[pos:]))
    return "".join(out)


def diff_spans(gold: list[Record], pred: list[Record], raw: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, tooltip) for every disagreement, kind in missed/spurious/norm."""
    out = []
    for e in errors(gold, pred, raw):
        if e["cause"] == "norm":
            out.append((e["start"], e["end"], "norm", f"norm {e['pred']['norm']} ≠ gold {e['gold']['norm']}"))
        elif e["side"] == "gold":
            out.append((e["start"], e["end"], "missed", f"missed {e['gold']['label']} ({e['cause']})"))
        else:
            out.append((e["start"], e["end"], "spurious", f"spurious {e['pred']['label']} ({e['cause']})"))
    return out


def render_diff(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Overlapping diff spans are cut at every boundary; each piece carries every class."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(kind, tip) for s, e, kind, tip in spans if s <= a and b <= e]
        piece = html.escape(text[a:b])
        if covering:
            classes = " ".join(sorted({DIFF_CLASSES[k] for k, _ in covering}))
            tips = html.escape("; ".join(dict.fromkeys(t for _, t in covering)))
            out.append(f'<mark class="{classes}" title="{tips}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def f1_chart(figures: dict) -> str:
    """A small inline SVG bar chart of strict F1 per label."""
    bars, width = [], 300
    for i, label in enumerate(LABELS):
        f1 = figures["labels"][label]["strict"]["f1"]
        y = 10 + i * 22
        bars.append(f'<text x="0" y="{y + 13}" font-size="12">{label}</text>'
                    f'<rect x="110" y="{y}" width="{f1 * width:.1f}" height="16" fill="{COLORS[label]}"/>'
                    f'<text x="{115 + f1 * width:.1f}" y="{y + 13}" font-size="12">{f1:.3f}</text>')
    return f'<svg class="chart" width="470" height="{20 + 22 * len(LABELS)}" role="img" aria-label="F1 per label">{"".join(bars)}</svg>'


def _prf_table(figures: dict) -> str:
    rows = "".join(f"<tr><td>{label}</td><td>{r['gold']}</td><td>{r['pred']}</td><td>{r['strict']['p']:.3f}</td>"
                   f"<td>{r['strict']['r']:.3f}</td><td>{r['strict']['f1']:.3f}</td></tr>"
                   for label, r in figures["labels"].items())
    return f"<table><tr><th>label</th><th>gold</th><th>pred</th><th>P</th><th>R</th><th>F1</th></tr>{rows}</table>"


def _entity_tables(mentions: list[dict]) -> str:
    by_label = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        by_label[m["label"]][json.dumps(m["norm"], ensure_ascii=False, sort_keys=True)].append(m["text"])
    parts = []
    for label in LABELS:
        if not by_label[label]:
            continue
        rows = "".join(f"<tr><td>{html.escape(_norm_text(json.loads(k)))}</td><td>{len(v)}</td>"
                       f"<td>{html.escape(' | '.join(dict.fromkeys(v)))}</td></tr>" for k, v in by_label[label].items())
        parts.append(f"<h3>{label}</h3><table><tr><th>normalized</th><th>mentions</th><th>as written</th></tr>{rows}</table>")
    return "".join(parts)


def _record(m: dict) -> Record:
    from .evaluate import SCORED_NORM, _value

    return Record(m["doc"], m["start"], m["end"], m["label"], tuple(_value(m["norm"].get(k)) for k in SCORED_NORM[m["label"]]))


def document_page(doc_id: str, text: str, mentions: list[dict], gold: list[dict] | None) -> str:
    legend = "".join(f'<span style="background:{c}">{label}</span>' for label, c in COLORS.items())
    index = "../" * doc_id.count("/") + "index.html"  # a document of a subfolder has its page in one
    body = [f'<p><a href="{index}">← all documents</a></p><h1>{html.escape(doc_id)}</h1>',
            f'<p class="legend">{legend}</p><h2>Mentions ({len(mentions)})</h2>',
            f'<div class="text" id="highlights">{highlight(text, mentions)}</div>']
    if gold is not None:
        g, p = [_record(r) for r in gold], [_record(r) for r in mentions]
        figures = score(g, p)
        legend = ('<span class="diff-missed">missed</span> <span class="diff-spurious">spurious</span> '
                  '<span class="diff-norm">wrong normalization</span>')
        body += [f"<h2>Against gold</h2>{_prf_table(figures)}{f1_chart(figures)}<p class='legend'>{legend}</p>",
                 f'<div class="text" id="diff">{render_diff(text, diff_spans(g, p, {doc_id: text}))}</div>']
    body.append(f"<h2>Tables</h2>{_entity_tables(mentions)}")
    return _page(doc_id, "\n".join(body))


def write_report(mentions: list[dict], raw: dict[str, str], gold: dict[str, list[dict]], folder: Path) -> list[Path]:
    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m["doc"]].append(m)
    written, items = [], []
    for doc_id, text in sorted(raw.items()):
        path = folder / f"{doc_id}.html"
        atomic_write(path, document_page(doc_id, text, by_doc[doc_id], gold.get(doc_id)).encode("utf-8"))
        written.append(path)
        mark = " (gold)" if doc_id in gold else ""
        href = html.escape(quote(f"{doc_id}.html"))
        items.append(f'<li><a href="{href}">{html.escape(doc_id)}</a>: {len(by_doc[doc_id])} mentions{mark}</li>')
    index = _page("Extraction report", f"<h1>Extraction report</h1><ul>{''.join(items)}</ul>")
    atomic_write(folder / "index.html", index.encode("utf-8"))
    return [folder / "index.html", *written]
