"""One document through the pipeline: raw text → spans on raw offsets → normalized mentions.

`process_document` is a pure function of (document, pipeline and model versions), so it
can run in any process or on any cluster worker and its result can be cached by hash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .charclass import clean_boundary
from .chunking import chunk, sentences
from .cleaning import OffsetMap, clean
from .documents import Document
from .mentions import Mention
from .normalize import normalize_mentions

# Pieces per model batch: activations of a whole long document at once cost ~0.8 GB.
BATCH_SIZE = 16
# Sources whose names, once found in a document, are names wherever else they stand there.
PROPAGATED_SOURCES = ("rule:title", "rule:abbreviation", "gazetteer:route")
_ABBREVIATION_AFTER = re.compile(r"[（(]([A-Z][A-Za-z0-9&]{1,9})[）)]")


@dataclass(frozen=True)
class Span:
    start: int  # cleaned-text offsets
    end: int
    label: str
    source: str


def find_spans(nlp, text: str) -> list[Span]:
    """Mentions on the cleaned text: rules on every piece, the model where it is needed.

    The statistical model (tok2vec + NER) costs nearly all the time, and most sentences
    hold nothing the rules leave open. So the rules run first on whole pieces; the model
    then runs only on sentences with an undecided name-like word (see `undecided`), and
    its candidates join the rules' before one resolution per piece.
    """
    from .components.resolver import resolve

    pieces = chunk(text)
    with nlp.select_pipes(disable=MODEL_STEPS + ("entity_resolver", "doc_ents")):
        rule_docs = list(nlp.pipe((p.text for p in pieces), batch_size=BATCH_SIZE))
    candidates = {p.start: list(d._.candidates or []) for p, d in zip(pieces, rule_docs)}
    to_model = [(p, s) for p, d in zip(pieces, rule_docs) for s in sentences(p) if undecided(d, s.start - p.start, s.text)]
    with nlp.select_pipes(enable=list(MODEL_STEPS)):
        model_docs = nlp.pipe((s.text for _, s in to_model), batch_size=BATCH_SIZE)
        for (piece, sentence), doc in zip(to_model, model_docs):
            shift = sentence.start - piece.start
            candidates[piece.start].extend(replace(c, start=c.start + shift, end=c.end + shift) for c in doc._.candidates or [])
    return [Span(p.start + c.start, p.start + c.end, c.label, c.source) for p in pieces for c in resolve(candidates[p.start])]


MODEL_STEPS = ("tok2vec", "ner", "backbone_entities")
_NAME_LIKE = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc・＝]+|[A-Z][A-Za-z]+")


def undecided(doc, offset: int, sentence: str) -> bool:
    """Whether a sentence holds a name-like word no rule has decided on.

    Name-like: a katakana or capitalised Latin word, a token the tokenizer tags as a proper
    noun, or a kanji compound ending in an organization word (経済発展省). Covered: inside
    any rule candidate (including blocks such as titles and nationality words).
    """
    from .components.org_rules import org_heads

    covered = {i - offset for c in doc._.candidates or [] for i in range(c.start, c.end)}
    words = [m.span() for m in _NAME_LIKE.finditer(sentence)]
    words += [(t.idx - offset, t.idx - offset + len(t.text)) for t in doc
              if offset <= t.idx < offset + len(sentence) and (t.tag_.startswith("名詞-固有名詞") or t.text.endswith(org_heads()))]
    return any(not covered.issuperset(range(s, e)) for s, e in words)


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


def defined_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """`full（ABBR）`: the abbreviation after an organization's name is an organization too."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for s in spans:
        m = _ABBREVIATION_AFTER.match(text, s.end)
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
    spans = propagate(text, spans)
    mentions = []
    for s in spans:
        start, end = omap.to_raw(s.start, s.end)
        mentions.append(Mention(document.doc_id, start, end, document.text[start:end], s.label, source=s.source))
    return normalize_mentions(mentions, document.text, document.reports_on_year, _titles(text, spans, omap))
