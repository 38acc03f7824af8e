"""Normalization: one normalizer per label, applied in document order.

Order matters for dates only: a missing year is resolved from the dates before it.
Corpus-wide canonical forms (people, organizations) are filled in by pipeline.resolve.
"""
from __future__ import annotations

import re

from ..mentions import Mention
from .date import DateContext, normalize_date
from .location import normalize_location
from .money import normalize_money
from .organization import normalize_organization
from .percent import normalize_percent
from .person import person_name

CONTEXT_CHARS = 12
SENTENCE_END = re.compile(r"[。．！？\n]")


def normalize_mentions(mentions: list[Mention], raw: str, default_year: int | None,
                       titles: dict[tuple[int, int], str | None]) -> list[Mention]:
    """Fill `norm` of each mention (in place, in order) and return them."""
    ctx = DateContext(default_year=default_year)
    previous_date_end = 0
    for m in mentions:
        before = raw[max(0, m.start - CONTEXT_CHARS):m.start]
        after = raw[m.end:m.end + CONTEXT_CHARS]
        if m.label == "PERSON":
            m.norm = {"name": person_name(m.text), "title": titles.get((m.start, m.end))}
        elif m.label == "LOCATION":
            m.norm = normalize_location(m.text, m.source.partition(":")[2])
        elif m.label == "ORGANIZATION":
            m.norm = normalize_organization(m.text)
        elif m.label == "DATE":
            if SENTENCE_END.search(raw, previous_date_end, m.start):
                ctx.new_sentence()
            m.norm = normalize_date(m.text, ctx, after=after)
            previous_date_end = m.end
        elif m.label == "MONEY":
            m.norm = normalize_money(m.text, before=before, after=after)
        elif m.label == "PERCENT":
            m.norm = normalize_percent(m.text)
    return mentions
