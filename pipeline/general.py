"""`make eval-general`: accuracy on general Japanese text, next to bare ja_ginza.

Two development sets nobody tunes rules on, both kept out of the model's training:
- `gsd_dev`: UD Japanese GSD dev (../shared/extdata/gsd/dev_docs: 507 encyclopedia and web
  sentences, CC BY-SA 4.0), scored on PERSON, LOCATION, ORGANIZATION, MONEY and PERCENT
  (its dates follow OntoNotes, durations included, so DATE is left out);
- `wikipedia_heldout`: the fixed tenth of the Stockmark Wikipedia NER set
  (CC BY-SA 3.0) that training never sees, scored on PERSON, LOCATION and ORGANIZATION
  (the set annotates nothing else), its spans in the guidelines' form like the training
  data (pipeline.training.corpora.to_guidelines).
Both run through the whole pipeline (`pipeline.run.extract`, as a researcher's folder
would) and through bare `ja_ginza` (its ENE labels mapped to the six labels), and are
scored strictly, as the guidelines' Scoring section says.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .components.names_vote import NAME_LABELS
from .evaluate import Record, score

GSD_LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "MONEY", "PERCENT")

# GiNZA's Extended Named Entity types that are one of the six labels (the rest are not).
ENE_TO_LABEL = {
    "Person": "PERSON",
    **dict.fromkeys(
        ["Country", "City", "Province", "County", "GPE_Other", "Continental_Region", "Domestic_Region",
         "Region_Other", "Location_Other", "Geological_Region_Other", "Island", "Sea", "Bay", "Lake",
         "River", "Mountain", "Water_Route"],
        "LOCATION",
    ),
    **dict.fromkeys(
        ["Company", "Company_Group", "Corporation_Other", "International_Organization", "Government",
         "Political_Party", "Political_Organization_Other", "Organization_Other", "Public_Institution",
         "Military", "Research_Institute", "Newspaper", "Sports_Organization_Other", "Pro_Sports_Organization",
         "Sports_League", "Show_Organization"],
        "ORGANIZATION",
    ),
    "Money": "MONEY",
    "Percent": "PERCENT",
}


@dataclass(frozen=True)
class DevSet:
    name: str
    text: str  # one sentence per line
    gold: tuple[Record, ...]
    labels: tuple[str, ...]  # the labels the set annotates and is scored on


def gsd_dev(extdata: Path) -> DevSet:
    folder = extdata / "gsd" / "dev_docs"
    text = (folder / "dev.txt").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = tuple(Record("gsd_dev", r["start"], r["end"], r["label"], (), r["text"]) for r in rows
                 if r["label"] in GSD_LABELS)
    return DevSet("gsd_dev", text, gold, GSD_LABELS)


def wikipedia_heldout(extdata: Path) -> DevSet:
    from .training.corpora import read_wikipedia

    lines, gold, offset = [], [], 0
    for sentence in read_wikipedia(extdata / "wikipedia_ner" / "ner.json", held_out=True):
        text = sentence.text.replace("\n", " ")
        lines.append(text)
        gold.extend(Record("wikipedia_heldout", offset + s, offset + e, label, (), text[s:e])
                    for s, e, label in sentence.spans if label in NAME_LABELS)
        offset += len(text) + 1
    return DevSet("wikipedia_heldout", "\n".join(lines) + "\n", tuple(gold), NAME_LABELS)


def dev_sets(extdata: Path) -> list[DevSet]:
    return [gsd_dev(extdata), wikipedia_heldout(extdata)]


def pipeline_predictions(sets: list[DevSet], workdir: Path) -> list[Record]:
    """Every set as a document of a folder, extracted like any researcher's folder."""
    from .run import extract

    folder = workdir / "input"
    folder.mkdir(parents=True, exist_ok=True)
    for s in sets:
        (folder / f"{s.name}.txt").write_text(s.text, encoding="utf-8")
    result = extract(folder, workdir / "output", use_cache=False)
    if result.failures:
        raise RuntimeError(f"general-domain sets failed: {result.failures}")
    return [Record(m.doc, m.start, m.end, m.label, (), m.text) for ms in result.mentions.values() for m in ms]


def ginza_predictions(sets: list[DevSet]) -> list[Record]:
    """Bare ja_ginza (all its components) line by line, ENE labels mapped to the six labels."""
    import spacy

    nlp = spacy.load("ja_ginza")
    out = []
    for s in sets:
        lines = s.text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        for start, doc in zip(starts, nlp.pipe(lines)):
            out.extend(Record(s.name, start + e.start_char, start + e.end_char, ENE_TO_LABEL[e.label_], (), e.text)
                       for e in doc.ents if e.label_ in ENE_TO_LABEL)
    return out


def figures(sets: list[DevSet], pred: list[Record]) -> dict:
    """Strict P/R/F1 per set and label (only the labels the set annotates), micro-averaged."""
    out = {}
    for s in sets:
        result = score(list(s.gold), [p for p in pred if p.doc == s.name and p.label in s.labels])
        labels = {label: result["labels"][label]["strict"] for label in s.labels}
        out[s.name] = {"micro": result["labels"]["micro"]["strict"], **labels}
    return out


def evaluate_general(extdata: Path, with_reference: bool = True) -> dict:
    sets = dev_sets(extdata)
    with tempfile.TemporaryDirectory(prefix="eval-general-") as tmp:
        result = {"pipeline": figures(sets, pipeline_predictions(sets, Path(tmp)))}
    if with_reference:
        result["ja_ginza"] = figures(sets, ginza_predictions(sets))
    return result


def format_general(result: dict) -> str:
    lines = [f"{'set':18} {'label':13} {'P':>6} {'R':>6} {'F1':>6} {'ja_ginza F1':>12}"]
    for name, labels in result["pipeline"].items():
        for label, f in labels.items():
            ref = result.get("ja_ginza", {}).get(name, {}).get(label)
            ref_f1 = "-" if ref is None else f"{ref['f1']:.3f}"
            lines.append(f"{name:18} {label:13} {f['p']:6.3f} {f['r']:6.3f} {f['f1']:6.3f} {ref_f1:>12}")
    return "\n".join(lines)
