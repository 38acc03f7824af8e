"""Tokens from fugashi + unidic-lite, with raw offsets, readings and UniDic POS levels."""
from __future__ import annotations

from functools import lru_cache

from .chunking import paragraphs
from .cleaning import OffsetMap

COLUMNS = ["doc", "paragraph", "start", "end", "surface", "lemma", "reading", "pos1", "pos2", "pos3", "pos4"]


@lru_cache(maxsize=1)
def tagger():
    import fugashi
    import unidic_lite

    return fugashi.Tagger(f"-d {unidic_lite.DICDIR}")


def tokenize(doc_id: str, text: str, omap: OffsetMap) -> list[dict]:
    """Tokens of the cleaned text, one paragraph (line) at a time, offsets on the raw text."""
    rows = []
    for number, para in enumerate(paragraphs(text), start=1):
        pos = 0
        for word in tagger()(para.text):
            start = para.text.index(word.surface, pos) if word.surface else pos
            end = start + len(word.surface)
            pos = end
            if not word.surface.strip():
                continue
            raw_start, raw_end = omap.to_raw(para.start + start, para.start + end)
            f = word.feature
            rows.append({"doc": doc_id, "paragraph": number, "start": raw_start, "end": raw_end,
                         "surface": word.surface, "lemma": getattr(f, "lemma", None) or word.surface,
                         "reading": getattr(f, "kana", None) or "", "pos1": f.pos1, "pos2": f.pos2,
                         "pos3": f.pos3, "pos4": f.pos4})
    return rows
