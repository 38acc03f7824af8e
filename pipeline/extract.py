"""One document through the pipeline: raw text → spans on raw offsets → normalized mentions.

`process_document` is a pure function of (document, pipeline and model versions), so it
can run in any process or on any cluster worker and its result can be cached by hash.
"""
from __future__ import annotations

from .chunking import chunk
from .cleaning import OffsetMap, clean
from .document_rules import Span, decide
from .documents import Document
from .mentions import Mention
from .normalize import normalize_mentions
from .normalize.location import normalize_location
from .normalize.person import person_name

# Pieces per model batch: activations of a whole long document at once cost ~0.8 GB.
BATCH_SIZE = 16


def find_spans(nlp, text: str) -> tuple[list[Span], frozenset[int]]:
    """Mentions on the cleaned text (every component, the trained model included, on every
    piece), and where the tokenizer ends a word (for the titles after names)."""
    pieces = chunk(text)
    spans: list[Span] = []
    word_ends: set[int] = set()
    with nlp.select_pipes(disable=["doc_ents"]):
        for p, d in zip(pieces, nlp.pipe((p.text for p in pieces), batch_size=BATCH_SIZE)):
            spans += [Span(p.start + c.start, p.start + c.end, c.label, c.source) for c in d._.mentions]
            word_ends.update(p.start + t.idx + len(t.text) for t in d)
    return spans, frozenset(word_ends)


def _titles(text: str, spans: list[Span], omap: OffsetMap, word_ends: frozenset[int]) -> dict[tuple[int, int], str | None]:
    from .components.person_rules import title_after

    person_ends = {s.start: s.end for s in spans if s.label == "PERSON"}
    return {omap.to_raw(s.start, s.end): title_after(text, s.end, person_ends, word_ends) for s in spans if s.label == "PERSON"}


def process_document(document: Document, nlp=None) -> list[Mention]:
    """Mentions of one document before cross-document resolution."""
    if nlp is None:
        from .nlp import load

        nlp = load()
    text, omap = clean(document.text)
    return to_mentions(document, text, omap, *find_spans(nlp, text))


def to_mentions(document: Document, text: str, omap: OffsetMap, spans: list[Span],
                word_ends: frozenset[int] = frozenset()) -> list[Mention]:
    """Spans found on the cleaned `text` → normalized mentions on raw offsets, names propagated
    first; `word_ends` are where the tokenizer ends a word on `text`."""
    spans = decide(text, spans)
    mentions = []
    for s in spans:
        start, end = omap.to_raw(s.start, s.end)
        mentions.append(Mention(document.doc_id, start, end, document.text[start:end], s.label, source=s.source))
    normalize_mentions(mentions, document.text, document.own_date, _titles(text, spans, omap, word_ends))
    for m, s in zip(mentions, spans):
        if s.whole is not None:
            m.norm = normalize_location(s.whole) if s.label == "LOCATION" else {**m.norm, "name": person_name(s.whole)}
    return mentions
