"""Text where nothing is annotated: URLs and e-mail addresses (guidelines)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..charclass import URL_OR_EMAIL
from .candidates import BLOCK, add_candidate

PRIORITY = 100


def find_exclusions(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in URL_OR_EMAIL.finditer(text)]


@Language.factory("exclusions", assigns=["doc._.candidates"])
def make_exclusions(nlp: Language, name: str) -> "Exclusions":
    return Exclusions()


class Exclusions:
    def __call__(self, doc: Doc) -> Doc:
        for start, end in find_exclusions(doc.text):
            add_candidate(doc, start, end, BLOCK, "exclusion", PRIORITY)
        return doc
