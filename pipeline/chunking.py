"""Cutting cleaned text into pieces the models can take.

Sudachi (GiNZA's tokenizer) refuses input over 49,149 UTF-8 bytes, and the parser's cost
grows with piece length, so text goes to the model paragraph by paragraph, and a long
paragraph is cut after a sentence end (。！？) or, failing that, at the byte limit on a
character boundary. Pieces keep their offset in the cleaned text, so nothing is lost and
spans map back exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SUDACHI_MAX_BYTES = 49149
DEFAULT_MAX_BYTES = 6000  # a few sentences: fast for the parser, far below Sudachi's limit

_SENTENCE_END = re.compile(r"[。！？!?]+[」』）)]*")


@dataclass(frozen=True)
class Piece:
    start: int  # offset of the piece in the cleaned text
    text: str


def paragraphs(text: str) -> list[Piece]:
    """Non-blank lines with their offsets (a paragraph is a line in these documents)."""
    pieces = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            pieces.append(Piece(m.start(), m.group()))
    return pieces


def split_piece(piece: Piece, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Piece]:
    """Cut one piece into pieces of at most `max_bytes` UTF-8 bytes."""
    if max_bytes > SUDACHI_MAX_BYTES:
        raise ValueError(f"max_bytes {max_bytes} exceeds Sudachi's limit {SUDACHI_MAX_BYTES}")
    if len(piece.text.encode("utf-8")) <= max_bytes:
        return [piece]
    out: list[Piece] = []
    text, base = piece.text, piece.start
    while text:
        cut = _cut_point(text, max_bytes)
        out.append(Piece(base, text[:cut]))
        base += cut
        text = text[cut:]
    return out


def _cut_point(text: str, max_bytes: int) -> int:
    """The longest prefix within max_bytes, ending after a sentence end when there is one."""
    limit = _prefix_chars(text, max_bytes)
    if limit == len(text):
        return limit
    best = 0
    for m in _SENTENCE_END.finditer(text, 0, limit):
        best = m.end()
    return best or limit


def _prefix_chars(text: str, max_bytes: int) -> int:
    used = 0
    for i, ch in enumerate(text):
        used += len(ch.encode("utf-8"))
        if used > max_bytes:
            return i
    return len(text)


def chunk(text: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Piece]:
    return [p for para in paragraphs(text) for p in split_piece(para, max_bytes)]


def sentences(piece: Piece) -> list[Piece]:
    """The sentences of a piece (cut after 。！？ and closing brackets), offsets kept."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(piece.text):
        out.append(Piece(piece.start + start, piece.text[start:m.end()]))
        start = m.end()
    if start < len(piece.text):
        out.append(Piece(piece.start + start, piece.text[start:]))
    return [p for p in out if p.text.strip()]
