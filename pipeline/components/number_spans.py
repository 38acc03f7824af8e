"""DATE, MONEY and PERCENT spans from the number grammar (pipeline.patterns.numeric).

These labels come from rules only: the grammar knows durations from dates and where
qualifiers such as 約 and 超 stop, which the statistical model does not.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..patterns.numeric import find_numeric_spans
from .candidates import add_candidate

PRIORITY = 80


@Language.factory("number_spans", assigns=["doc._.candidates"])
def make_number_spans(nlp: Language, name: str) -> "NumberSpans":
    return NumberSpans()


class NumberSpans:
    def __call__(self, doc: Doc) -> Doc:
        for start, end, label in find_numeric_spans(doc.text):
            add_candidate(doc, start, end, label, "grammar", PRIORITY)
        return doc
