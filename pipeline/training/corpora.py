"""Training and development corpora for the statistical NER, in the guidelines' three name labels.

Three sources, all mapped to PERSON / LOCATION / ORGANIZATION (numbers belong to the
grammar, not to the model):
- UD Japanese GSD with named entities (Megagon Labs, CC BY-SA 4.0): OntoNotes labels,
  PERSON → PERSON, GPE/LOC → LOCATION, ORG → ORGANIZATION, every other label is "not an
  entity" (FAC, PRODUCT, EVENT …, as the guidelines say).
- The Stockmark Wikipedia NER set (CC BY-SA 3.0): 人名 → PERSON, 地名 → LOCATION, the three
  organization types → ORGANIZATION, and a school it files as a facility (済美高等学校,
  桜井小学校) → ORGANIZATION: GSD, IREX and the Extended Named Entity hierarchy all count a
  school as an organization, and the set itself does so for universities. A house (島津家,
  ハプスブルク家), where the set marks only the name before 家 as a person, is an
  organization with its 家, as GSD and the Extended Named Entity hierarchy (Family under
  Organization) have it. A fixed tenth (every sentence whose index ends in 9)
  never enters training: it is the held-out general-domain slice.
- The project's own gold (corpus/gold, on corpus/raw), cleaned of markup like any input.

Where a corpus follows another convention than the guidelines, the span is brought to the
guidelines' form with the same boundary repair the pipeline applies to the model's spans
(pipeline.components.boundary.to_guidelines: `X政府`, `X諸国` → the place X, `X政権` is no
organization, titles and brackets outside). A span that does not fall on token boundaries of GiNZA's
tokenizer (日本 in 日本国内 as one token) is marked "missing" rather than taught as
not-an-entity, so the model is never trained towards a wrong boundary.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .. import resources
from ..chunking import sentences, chunk
from ..charclass import is_kanji, is_katakana
from ..cleaning import clean
from ..components.boundary import to_guidelines

NAME_LABELS = ("PERSON", "LOCATION", "ORGANIZATION")
GSD_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
WIKIPEDIA_LABELS = {"人名": "PERSON", "地名": "LOCATION", "法人名": "ORGANIZATION", "政治的組織名": "ORGANIZATION",
                    "その他の組織名": "ORGANIZATION"}
HOUSE = "家"
HELD_OUT_EVERY = 10  # Wikipedia sentence i is held out when i % 10 == 9


@dataclass(frozen=True)
class Sentence:
    """A text with character-offset entities (start, end, label), from one source."""

    source: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


def _converted(source: str, text: str, spans: Iterable[tuple[int, int, str]]) -> Sentence:
    out = [s for span in spans if (s := to_guidelines(text, *span)) is not None]
    return Sentence(source, text, tuple(sorted(set(out))))


def read_gsd(path: Path, vocab) -> Iterator[Sentence]:
    """GSD documents (DocBin), one Sentence per document of a few sentences."""
    from spacy.tokens import DocBin

    for doc in DocBin().from_disk(path).get_docs(vocab):
        spans = [(e.start_char, e.end_char, GSD_LABELS[e.label_]) for e in doc.ents if e.label_ in GSD_LABELS]
        yield _converted("gsd", doc.text, spans)


def read_wikipedia(path: Path, held_out: bool) -> Iterator[Sentence]:
    """The Wikipedia set: the training nine tenths, or (held_out=True) the fixed tenth."""
    items = json.loads(path.read_text(encoding="utf-8"))
    for i, item in enumerate(items):
        if (i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1) != held_out:
            continue
        text = item["text"]
        spans = [_house(text, e["span"][0], e["span"][1], label) for e in item["entities"]
                 if (label := _wikipedia_label(e["type"], e["name"])) is not None]
        yield _converted("wikipedia", text, spans)


def _wikipedia_label(kind: str, name: str) -> str | None:
    if kind == "施設名" and name.endswith(resources.school_heads()):  # a school: a facility to the set
        return "ORGANIZATION"
    return WIKIPEDIA_LABELS.get(kind)


def _house(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A name right before 家 and a particle or punctuation (伊達家の, 田中家は): the house, an
    organization, not a person (家臣, 家康 go on as words and are left alone)."""
    if label != "ORGANIZATION" and text[end:end + 1] == HOUSE and not is_kanji(text[end + 1:end + 2]) \
            and not is_katakana(text[end + 1:end + 2]):
        return start, end + 1, "ORGANIZATION"
    return start, end, label


def read_gold(raw_dir: Path, gold_dir: Path, docs: Iterable[str] | None = None) -> Iterator[Sentence]:
    """The project's gold documents, cleaned like pipeline input, one Sentence per sentence.

    Gold offsets are on the raw text; a mention whose raw span has markup inside keeps it
    in the cleaned text only when the cleaned span maps back to the same raw span.
    """
    for gold_path in sorted(gold_dir.glob("*.jsonl")):
        doc_id = gold_path.stem
        if docs is not None and doc_id not in docs:
            continue
        raw = (raw_dir / f"{doc_id}.txt").read_text(encoding="utf-8-sig")
        text, omap = clean(raw)
        to_clean = {raw_i: i for i, raw_i in enumerate(omap.raw_index)}
        mentions = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        spans = []
        for m in mentions:
            if m["label"] not in NAME_LABELS or m["start"] not in to_clean or m["end"] - 1 not in to_clean:
                continue
            start, end = to_clean[m["start"]], to_clean[m["end"] - 1] + 1
            if omap.to_raw(start, end) == (m["start"], m["end"]):
                spans.append((start, end, m["label"]))
        for piece in chunk(text):
            for sentence in sentences(piece):
                lo, hi = sentence.start, sentence.start + len(sentence.text)
                inside = [(s - lo, e - lo, label) for s, e, label in spans if lo <= s and e <= hi]
                yield Sentence("gold", sentence.text, tuple(sorted(inside)))


def to_doc(nlp, sentence: Sentence):
    """A spaCy Doc with the entities set; tokens of a span off the token grid are 'missing'."""
    doc = nlp.make_doc(sentence.text)
    ents, missing = [], []
    for start, end, label in sentence.spans:
        span = doc.char_span(start, end, label=label)
        if span is not None:
            ents.append(span)
        elif (outer := doc.char_span(start, end, alignment_mode="expand")) is not None:
            missing.append(outer)
    ents = _without_overlaps(ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    missing = [m for m in _without_overlaps(missing) if taken.isdisjoint(range(m.start, m.end))]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def _without_overlaps(spans: list) -> list:
    kept, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def write_docbin(nlp, sentences_: Iterable[Sentence], path: Path) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for sentence in sentences_:
        db.add(to_doc(nlp, sentence))
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n
