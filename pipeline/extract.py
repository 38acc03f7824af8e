"""One document through the pipeline: raw text → spans on raw offsets → normalized mentions.

`process_document` is a pure function of (document, pipeline and model versions), so it
can run in any process or on any cluster worker and its result can be cached by hash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .charclass import BRACKETED_ACRONYM, clean_boundary
from .chunking import chunk
from .cleaning import OffsetMap, clean
from .documents import Document
from .mentions import Mention
from .normalize import normalize_mentions

# Pieces per model batch: activations of a whole long document at once cost ~0.8 GB.
BATCH_SIZE = 16
# Sources whose names, once found in a document, are names wherever else they stand there.
PROPAGATED_SOURCES = ("rule:title", "rule:abbreviation", "gazetteer:route")


@dataclass(frozen=True)
class Span:
    start: int  # cleaned-text offsets
    end: int
    label: str
    source: str


def find_spans(nlp, text: str) -> list[Span]:
    """Mentions on the cleaned text: every component, the trained model included, on every piece."""
    pieces = chunk(text)
    with nlp.select_pipes(disable=["doc_ents"]):
        docs = nlp.pipe((p.text for p in pieces), batch_size=BATCH_SIZE)
        return [Span(p.start + c.start, p.start + c.end, c.label, c.source) for p, d in zip(pieces, docs)
                for c in d._.mentions]


def propagate(text: str, spans: list[Span]) -> list[Span]:
    """Label the other occurrences of a person's or organization's name in the document.

    A name the rules or the model recognised once (トランプ大統領) is the same name where
    no title stands next to it; occurrences that overlap a mention are left alone.
    """
    spans = spans + defined_abbreviations(text, spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    names = {text[s.start:s.end]: s.label for s in spans if s.source in PROPAGATED_SOURCES and s.end - s.start >= 2}
    added = []
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(name), text):
            if taken.isdisjoint(range(m.start(), m.end())) and clean_boundary(text, m.start(), m.end()):
                added.append(Span(m.start(), m.end(), label, "propagated"))
                taken.update(range(m.start(), m.end()))
    return sorted(spans + added, key=lambda s: s.start)


_ROUTE_JOINERS = "ー－‐-"


def split_routes(text: str, spans: list[Span]) -> list[Span]:
    """A model place made of two places joined by ー (キジルカラーポフタル) is two places.

    The guidelines leave the joiner out of both; the ー is told from a long vowel by the
    other side being a place the document names elsewhere (ポフタル of ドゥシャンベーポフタル).
    """
    known = {text[s.start:s.end] for s in spans if s.label == "LOCATION" and s.source != "model"}
    out = []
    for s in spans:
        surface = text[s.start:s.end]
        cut = next((k for k in range(2, len(surface) - 2) if surface[k] in _ROUTE_JOINERS
                    and (surface[:k] in known or surface[k + 1:] in known)), None)
        if s.label == "LOCATION" and s.source == "model" and cut is not None:
            out += [Span(s.start, s.start + cut, s.label, s.source), Span(s.start + cut + 1, s.end, s.label, s.source)]
        else:
            out.append(s)
    return out


def defined_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """`full（ABBR）`: the abbreviation after an organization's name is an organization too."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for s in spans:
        m = BRACKETED_ACRONYM.match(text, s.end)
        if s.label == "ORGANIZATION" and m and taken.isdisjoint(range(*m.span(1))):
            found.append(Span(m.start(1), m.end(1), "ORGANIZATION", "rule:abbreviation"))
    return found


def _titles(text: str, spans: list[Span], omap: OffsetMap) -> dict[tuple[int, int], str | None]:
    from .components.person_rules import title_after

    person_ends = {s.start: s.end for s in spans if s.label == "PERSON"}
    return {omap.to_raw(s.start, s.end): title_after(text, s.end, person_ends) for s in spans if s.label == "PERSON"}


def process_document(document: Document, nlp=None) -> list[Mention]:
    """Mentions of one document before cross-document resolution."""
    if nlp is None:
        from .nlp import load

        nlp = load()
    text, omap = clean(document.text)
    return to_mentions(document, text, omap, find_spans(nlp, text))


def to_mentions(document: Document, text: str, omap: OffsetMap, spans: list[Span]) -> list[Mention]:
    """Spans found on the cleaned `text` → normalized mentions on raw offsets, names propagated first."""
    spans = propagate(text, split_routes(text, spans))
    mentions = []
    for s in spans:
        start, end = omap.to_raw(s.start, s.end)
        mentions.append(Mention(document.doc_id, start, end, document.text[start:end], s.label, source=s.source))
    return normalize_mentions(mentions, document.text, document.own_date, _titles(text, spans, omap))
