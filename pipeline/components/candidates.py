"""Character-level entity candidates shared by the spaCy components.

Entity spans must be free of token boundaries (`日露` is one token but two places), so the
components do not write `doc.ents`; each adds candidates on character offsets of the
text it sees to `doc._.candidates`, and `entity_resolver` chooses a flat, non-overlapping
set from them by priority.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..mentions import LABELS

BLOCK = "BLOCK"  # a span where nothing may be annotated (URLs, e-mail addresses, exclusions)

if not Doc.has_extension("candidates"):
    Doc.set_extension("candidates", default=None)
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


@dataclass(frozen=True, order=True)
class Candidate:
    start: int
    end: int
    label: str
    source: str
    priority: int = 0


def add_candidate(doc: Doc, start: int, end: int, label: str, source: str, priority: int) -> None:
    if not 0 <= start < end <= len(doc.text):
        raise ValueError(f"candidate {start}:{end} outside text of length {len(doc.text)}")
    if label not in LABELS and label != BLOCK:
        raise ValueError(f"unknown label {label!r}")
    if doc._.candidates is None:
        doc._.candidates = []
    doc._.candidates.append(Candidate(start, end, label, source, priority))


def candidates(doc: Doc) -> list[Candidate]:
    return list(doc._.candidates or [])
