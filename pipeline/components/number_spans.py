"""DATE, MONEY and PERCENT spans from the number grammar (pipeline.patterns.numeric).

These labels come from rules only: the grammar knows durations from dates and where
qualifiers such as 約 and 超 stop, which the statistical model does not. The grammar reads
characters; an amount of money must also be written as one in the words the tokenizer
finds: a kanji numeral and currency inside a longer word (一元化 "unification", 元素 of
三元素) or making up a name (the surname 四元) are none. Shares are left as they are:
割 and 分 do start words of their own (5割引 is 5割 off).
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


_NUMERAL_TAG = "数詞"


def written_as_number(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] starts and ends where tokens do and holds a digit or a token
    the tokenizer tags as a numeral."""
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens or tokens[0].idx != start or tokens[-1].idx + len(tokens[-1]) != end:
        return False
    return any(ch.isdigit() for ch in doc.text[start:end]) or any(_NUMERAL_TAG in t.tag_ for t in tokens)


class NumberSpans:
    def __call__(self, doc: Doc) -> Doc:
        for start, end, label in find_numeric_spans(doc.text):
            if label == "MONEY" and not written_as_number(doc, start, end):
                continue
            add_candidate(doc, start, end, label, "grammar", PRIORITY)
        return doc
