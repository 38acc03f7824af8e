"""DATE, MONEY and PERCENT spans from the grammar in numeric.txt.

The grammar is data: fragments, span patterns per label and context rejections. At each
position the longest match of any pattern wins; a match rejected by its context is
dropped; URLs and e-mail addresses are skipped by the exclusions component upstream and
here (a year inside a URL is never a date). DURATION patterns take part in the choice like
the labels and are then dropped: the years of 償還期間:25年 are claimed, so no date is
read from them (ja-timex separates durations from dates the same way).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterable

from .. import resources
from ..charclass import URL_OR_EMAIL, is_currency_sign

_FRAGMENT = re.compile(r"\{([A-Z]+)\}")
DURATION = "DURATION"


@dataclass(frozen=True)
class Grammar:
    patterns: tuple[tuple[str, re.Pattern], ...]
    reject_after: dict[str, tuple[re.Pattern, ...]]
    reject_before: dict[str, tuple[re.Pattern, ...]]


def parse_grammar(text: str, source: str = "numeric.txt", given: dict[str, str] | None = None) -> Grammar:
    """The grammar in `text`; `given` are fragments defined elsewhere (from data tables)."""
    fragments: dict[str, str] = dict(given or {})
    patterns, after, before = [], {}, {}

    def expand(regex: str, line_no: int) -> str:
        def sub(m: re.Match) -> str:
            if m.group(1) not in fragments:
                raise ValueError(f"{source}:{line_no}: unknown fragment {{{m.group(1)}}}")
            return fragments[m.group(1)]
        return _FRAGMENT.sub(sub, regex)

    for line_no, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if m := re.fullmatch(r"([A-Z]+) = (.+)", line):
            fragments[m.group(1)] = expand(m.group(2), line_no)
        elif m := re.fullmatch(r"(DATE|MONEY|PERCENT|DURATION): (.+)", line):
            patterns.append((m.group(1), _compile(expand(m.group(2), line_no), source, line_no)))
        elif m := re.fullmatch(r"reject (DATE|MONEY|PERCENT) (after|before): (.+)", line):
            table = after if m.group(2) == "after" else before
            table.setdefault(m.group(1), []).append(_compile(expand(m.group(3), line_no), source, line_no))
        else:
            raise ValueError(f"{source}:{line_no}: cannot read {line!r}")
    return Grammar(tuple(patterns), {k: tuple(v) for k, v in after.items()}, {k: tuple(v) for k, v in before.items()})


def _compile(regex: str, source: str, line_no: int) -> re.Pattern:
    try:
        return re.compile(regex)
    except re.error as exc:
        raise ValueError(f"{source}:{line_no}: bad pattern ({exc})") from exc


def currency_fragments(units: Iterable[str]) -> dict[str, str]:
    """{CURRENCY} and {CURRENCYSIGN} from the currency table's units: a unit ending in a
    currency sign ($, US$, ¥) is written before the amount, every other one after it.
    Longest first, so that 米ドル is read whole rather than as ドル."""
    ordered = sorted(units, key=len, reverse=True)
    signs = [u for u in ordered if is_currency_sign(u)]
    words = [u for u in ordered if not is_currency_sign(u)]
    return {"CURRENCY": "|".join(map(re.escape, words)), "CURRENCYSIGN": "|".join(map(re.escape, signs))}


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return parse_grammar(files("pipeline").joinpath("patterns", "numeric.txt").read_text(encoding="utf-8"),
                         given=currency_fragments(resources.currencies()))


def _rejected(g: Grammar, label: str, text: str, start: int, end: int) -> bool:
    after, before = text[end:end + 8], text[max(0, start - 8):start]
    return (any(p.search(after) for p in g.reject_after.get(label, ()))
            or any(p.search(before) for p in g.reject_before.get(label, ())))


def find_numeric_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) spans, flat and in order; durations claim text but are not returned."""
    g = grammar()
    blocked = {i for m in URL_OR_EMAIL.finditer(text) for i in range(*m.span())}
    matches: dict[int, tuple[int, str]] = {}
    for label, pattern in g.patterns:
        for i in range(len(text)):
            m = pattern.match(text, i)
            if not m or m.end() == i or (i in matches and matches[i][0] >= m.end()):
                continue
            if _rejected(g, label, text, i, m.end()) or blocked.intersection(range(i, m.end())):
                continue
            matches[i] = (m.end(), label)
    spans, last_end = [], 0
    for start in sorted(matches):
        end, label = matches[start]
        if start >= last_end:
            spans.append((start, end, label))
            last_end = end
    return [s for s in spans if s[2] != DURATION]
