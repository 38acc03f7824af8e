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
from .person import is_latin_name, japanese_counterpart, person_name

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
            m.norm = normalize_location(m.text)
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
    _romanized_names(mentions, raw)
    return mentions


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
