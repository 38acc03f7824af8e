"""Text where nothing is annotated: URLs and e-mail addresses (guidelines)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import BLOCK, add_candidate

PRIORITY = 100
_URL = re.compile(r"(?:https?://|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


def find_exclusions(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL.finditer(text)]


@Language.factory("exclusions", assigns=["doc._.candidates"])
def make_exclusions(nlp: Language, name: str) -> "Exclusions":
    return Exclusions()


class Exclusions:
    def __call__(self, doc: Doc) -> Doc:
        for start, end in find_exclusions(doc.text):
            add_candidate(doc, start, end, BLOCK, "exclusion", PRIORITY)
        return doc
