"""Choosing flat, non-overlapping mentions from all candidates.

Higher priority wins; among equals the longer span (the outermost name) wins, then the
earlier one. BLOCK candidates win like any other and are then dropped, so nothing inside
a URL or a nationality word is annotated.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import BLOCK, Candidate, candidates


def resolve(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if taken.isdisjoint(range(c.start, c.end)):
            chosen.append(c)
            taken.update(range(c.start, c.end))
    return sorted(c for c in chosen if c.label != BLOCK)


@Language.factory("entity_resolver", assigns=["doc._.mentions"], requires=["doc._.candidates"])
def make_entity_resolver(nlp: Language, name: str) -> "EntityResolver":
    return EntityResolver()


class EntityResolver:
    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = resolve(candidates(doc))
        return doc
