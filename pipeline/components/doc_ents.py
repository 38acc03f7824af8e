"""`doc.ents` and `span._.norm`: the document's mentions as spaCy entities with normalized values.

Mentions are character spans and need not follow tokens (`日露` is one token and two
places), while a Doc's entities are whole tokens. A token that a mention starts or ends
inside is therefore split there (`Doc.retokenize`): no mention is dropped, widened to its
tokens or merged with a neighbour, and the text stays as it was. The pieces keep the
token's tag and part of speech; lemma and norm become the piece itself and the reading is
dropped (日露's ニチロ belongs to neither piece).

The values are the project's own (`pipeline.extract.to_mentions`: whole-document decisions over
the text, titles, the normalizers). A date without a written year takes `default_year`,
else its year stays unknown (3月5日 → XXXX-03-05). GiNZA's own entity labels are replaced.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..cleaning import OffsetMap
from ..documents import Document
from ..extract import Span as TextSpan
from ..extract import to_mentions
from ..mentions import Mention

if not Span.has_extension("norm"):
    Span.set_extension("norm", default=None)


@Language.factory("doc_ents", assigns=["doc.ents", "span._.norm"], requires=["doc._.mentions"],
                  default_config={"default_year": None})
def make_doc_ents(nlp: Language, name: str, default_year: Optional[int]) -> DocEnts:
    return DocEnts(default_year)


class DocEnts:
    def __init__(self, default_year: int | None = None):
        self.default_year = default_year

    def mentions(self, doc: Doc) -> list[Mention]:
        """The resolved candidates of `doc` as normalized mentions (offsets on `doc.text`)."""
        meta = {} if self.default_year is None else {"reports_on_year": str(self.default_year)}
        document = Document(doc_id="", text=doc.text, sha256="", meta=meta)
        spans = [TextSpan(c.start, c.end, c.label, c.source) for c in doc._.mentions or []]
        word_ends = frozenset(t.idx + len(t.text) for t in doc)
        return to_mentions(document, doc.text, OffsetMap.identity(len(doc.text)), spans, word_ends)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.mentions(doc)
        doc.ents = []
        split_tokens(doc, {i for m in mentions for i in (m.start, m.end)})
        ents = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.label)
            if span is None:  # an edge in a token's trailing whitespace, which cannot be split off
                raise ValueError(f"{m.label} {m.text!r} at {m.start}:{m.end} does not start and end on characters of tokens")
            span._.norm = m.norm
            ents.append(span)
        doc.ents = ents
        return doc


def split_tokens(doc: Doc, cuts: set[int]) -> None:
    """Split every token that a cut (a character offset of `doc.text`) falls strictly inside."""
    pieces = {}
    for token in doc:
        inner = sorted(c - token.idx for c in cuts if token.idx < c < token.idx + len(token.text))
        if inner:
            bounds = [0, *inner, len(token.text)]
            pieces[token.i] = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
    if not pieces:
        return
    sub_tokens = doc.user_data.get("sub_tokens")
    with doc.retokenize() as retokenizer:
        for i, orths in pieces.items():
            token, n = doc[i], len(orths)
            retokenizer.split(token, orths, heads=[(token, k) for k in range(n)],
                              attrs={"TAG": [token.tag_] * n, "POS": [token.pos_] * n, "LEMMA": orths,
                                     "NORM": orths, "MORPH": [""] * n})
    if sub_tokens is not None:  # GiNZA's list per token: the pieces have no sub-tokens of their own
        aligned = []
        for i, entry in enumerate(sub_tokens):
            aligned.extend([[[], []]] * len(pieces[i]) if i in pieces else [entry])  # as GiNZA writes "none"
        doc.user_data["sub_tokens"] = aligned
