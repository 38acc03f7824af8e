"""Normalization: one normalizer per label, applied in document order.

Order matters for dates only: a missing year is resolved from the dates before it and
from the document's own date. Corpus-wide canonical forms (people, organizations) are
filled in by pipeline.resolve. A DATE, MONEY or PERCENT span its normalizer cannot read
(2019年2月30日) keeps its place with null values, so the document never fails for it and the
span still shows in the tables; `unreadable` lists such mentions for the run's record.
"""
from __future__ import annotations

import re

from ..mentions import NORM_KEYS, Mention
from .date import DateContext, DocDate, normalize_date
from .location import normalize_location
from .money import normalize_money
from .organization import normalize_organization
from .percent import normalize_percent
from .person import is_latin_name, japanese_counterpart, person_name

CONTEXT_CHARS = 12
NUMERIC_LABELS = ("DATE", "MONEY", "PERCENT")  # read by the number grammar, which may not parse what it found
SENTENCE_END = re.compile(r"[。．！？\n]")
PARAGRAPH_END = re.compile(r"\n[ \t\r\u3000]*\n")


def normalize_mentions(mentions: list[Mention], raw: str, own_date: DocDate,
                       titles: dict[tuple[int, int], str | None]) -> list[Mention]:
    """Fill `norm` of each mention (in place, in order) and return them."""
    ctx = DateContext.of(own_date)
    previous_date_end = 0
    for m in mentions:
        before = raw[max(0, m.start - CONTEXT_CHARS):m.start]
        after = raw[m.end:m.end + CONTEXT_CHARS]
        if m.label == "DATE" and PARAGRAPH_END.search(raw, previous_date_end, m.start):
            ctx.new_paragraph()
        elif m.label == "DATE" and SENTENCE_END.search(raw, previous_date_end, m.start):
            ctx.new_sentence()
        try:
            m.norm = _normalize(m, ctx, before, after, titles)
        except ValueError:
            if m.label not in NUMERIC_LABELS:
                raise
            m.norm = {k: None for k in NORM_KEYS[m.label]}
        if m.label == "DATE":
            previous_date_end = m.end
    _romanized_names(mentions, raw)
    return mentions


def _normalize(m: Mention, ctx: DateContext, before: str, after: str, titles: dict) -> dict:
    if m.label == "PERSON":
        return {"name": person_name(m.text), "title": titles.get((m.start, m.end))}
    if m.label == "LOCATION":
        return normalize_location(m.text)
    if m.label == "ORGANIZATION":
        return normalize_organization(m.text)
    if m.label == "DATE":
        return normalize_date(m.text, ctx, after=after, before=before)
    if m.label == "MONEY":
        return normalize_money(m.text, before=before, after=after)
    return normalize_percent(m.text)


def unreadable(mentions: list[Mention]) -> list[Mention]:
    """Mentions whose normalizer could not read them (every norm value null)."""
    return [m for m in mentions if m.label in NUMERIC_LABELS and all(v is None for v in m.norm.values())]


_GLOSS_BEFORE = re.compile(r"[\u3400-\u9fff\u30a1-\u30fa\u30fc・]{0,24}[（(][^（()）]{0,30}$")


def _romanized_names(mentions: list[Mention], raw: str) -> None:
    """A romanized name takes its Japanese name: the person it glosses in brackets
    (クチカロフ副首相（H.E. Mr. Djamshid KUCHKAROV …）), else the katakana name it transliterates."""
    people = [m for m in mentions if m.label == "PERSON"]
    japanese = [m.norm["name"] for m in people if not is_latin_name(m.norm["name"])]
    for m in people:
        if not is_latin_name(m.norm["name"]):
            continue
        before = [p for p in people if p.end <= m.start and not is_latin_name(p.norm["name"])]
        if before and _GLOSS_BEFORE.fullmatch(raw, before[-1].end, m.start):
            m.norm["name"] = before[-1].norm["name"]
        elif (counterpart := japanese_counterpart(m.norm["name"], japanese)) is not None:
            m.norm["name"] = counterpart
