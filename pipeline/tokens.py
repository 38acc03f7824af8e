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


def _level(value: str | None) -> str:
    return "" if value in (None, "*") else value


def reading(surface: str, kana: str | None) -> str:
    """The dictionary's reading; for unknown words spelt in kana, the kana themselves."""
    if kana and kana != "*":
        return kana
    if all("\u3041" <= c <= "\u309f" or "\u30a1" <= c <= "\u30ff" for c in surface):
        return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in surface)
    return ""


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
                         "reading": reading(word.surface, getattr(f, "kana", None)), **{f"pos{i}": _level(getattr(f, f"pos{i}")) for i in range(1, 5)}})
    return rows
