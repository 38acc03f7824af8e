"""The names model's spans: a majority vote of its members, as `doc.ents`.

The names model (pipeline/models/names, built by `make train`) is a few copies of one
spaCy tok2vec + ner, trained on the same data with different seeds. One network's
errors depend on its seed (one copy may read ウラジーミル・レーニン as an organization,
another not); a span that most copies agree on is right far more often than the spans
of any single copy (held-out figures in the README). Each member tags its own copy of the
doc; a span counts when a majority of members give it with the same label, overlaps
go to the span with more votes, then to the longer one.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

NAME_LABELS = ("PERSON", "LOCATION", "ORGANIZATION")
Vote = tuple[int, int, str]  # token start, token end, label


def majority(predictions: list[set[Vote]]) -> list[Vote]:
    """Spans given by more than half of the members, without overlaps, in text order."""
    votes = Counter(span for spans in predictions for span in spans)
    kept, taken = [], set()
    for span in sorted(votes, key=lambda s: (-votes[s], s[0] - s[1], s[0])):
        if 2 * votes[span] > len(predictions) and taken.isdisjoint(range(span[0], span[1])):
            kept.append(span)
            taken.update(range(span[0], span[1]))
    return sorted(kept)


@Language.factory("names_vote", assigns=["doc.ents"])
def make_names_vote(nlp: Language, name: str) -> "NamesVote":
    from ..nlp import load_members

    return NamesVote(load_members(nlp.vocab, tokenizer=nlp.tokenizer))


class NamesVote:
    def __init__(self, members: list[Language]):
        if not members:
            raise ValueError("the names model has no members")
        self.members = members

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            predictions = [[_name_spans(d) for d in member.pipe(doc.copy() for doc in batch)]
                           for member in self.members]
            for i, doc in enumerate(batch):
                doc.ents = [Span(doc, start, end, label=label) for start, end, label in majority([p[i] for p in predictions])]
                yield doc


def _name_spans(doc: Doc) -> set[Vote]:
    return {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NAME_LABELS}
