"""Cleaning the raw text for the models, keeping a map back to raw offsets.

The models must not see markup (footnote markers, ruby readings, inline readings,
variation selectors): they break tokens and therefore entity spans. Every character of
the cleaned text is a character of the raw text, so a span in the cleaned text maps to a
raw span that starts at its first kept character and ends after its last one. Markup
inside a name therefore stays inside the raw span; markup before or after it stays out,
which is exactly what the annotation guidelines ask. A variation selector is part of the
character before it (辻󠄀 is 辻 + U+E0100), so a span ending on that character keeps it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Whole elements whose content is not running text: footnote markers and ruby readings.
_ELEMENT = r"<(sup|rt|rp)\b[^>]*>.*?</\1\s*>"
# Any other tag: the tag goes, its content stays.
_TAG = r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>"
# TeX-like ruby readings: 強^{じん}靱.
_CARET_RUBY = r"\^\{[^{}\n]*\}"
# Inline kana readings right after a kanji or a name's さん: 柘植(つげ)芳文, 靱（じん）,
# 渡文明さん(わたり・ふみあき) (the parts of a name's reading joined by ・ or a space).
_READING_BODY = r"[(（][\u3041-\u309f\u30a1-\u30faー](?:[\u3041-\u309f\u30a1-\u30faー・･ 　]{0,14}[\u3041-\u309f\u30a1-\u30faー])?[)）]"
_INLINE_READING = rf"(?:(?<=[\u3400-\u9fff\uf900-\ufaff々])|(?<=さん)){_READING_BODY}"
# Variation selectors (standard and ideographic).
_SELECTOR = r"[\ufe00-\ufe0f\U000e0100-\U000e01ef]"
_SELECTORS_AT = re.compile(f"{_SELECTOR}*")

_REMOVABLE = re.compile("|".join([_ELEMENT, _TAG, _CARET_RUBY, _INLINE_READING, _SELECTOR]), re.S)


@dataclass(frozen=True)
class OffsetMap:
    """`raw_index[i]` is the raw offset of cleaned character i; one sentinel at the end."""

    raw_index: tuple[int, ...]
    raw: str = ""

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the cleaned span [start, end), with the selectors of its last character."""
        if not 0 <= start < end <= len(self.raw_index) - 1:
            raise ValueError(f"span {start}:{end} outside cleaned text of length {len(self.raw_index) - 1}")
        raw_end = self.raw_index[end - 1] + 1
        return self.raw_index[start], _SELECTORS_AT.match(self.raw, raw_end).end() if self.raw else raw_end

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text of `length` characters that nothing was removed from."""
        return cls(tuple(range(length + 1)))


def clean(raw: str) -> tuple[str, OffsetMap]:
    """Cleaned text and the map from its offsets to `raw` offsets."""
    kept: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _REMOVABLE.finditer(raw):
        kept.append(raw[pos:m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(raw[pos:])
    index.extend(range(pos, len(raw)))
    index.append(len(raw))
    return "".join(kept), OffsetMap(tuple(index), raw)


def strip_markup(text: str) -> str:
    """A surface form without markup, readings or selectors (for normalized values)."""
    return clean(text)[0]
