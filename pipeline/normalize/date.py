"""DATE: ISO 8601 values, missing years resolved from context.

Values keep the granularity written (YYYY, YYYY-MM, YYYY-MM-DD); a range is START/END
with the end inheriting what it leaves out (8月24~26日 → 2025-08-24/2025-08-26).
末/初旬/上旬/中旬/下旬/初め keep the unit they qualify.

Context (guidelines): a missing year is the year of the events being narrated, and when
in doubt the document's reports_on_year. Two scopes make that concrete:
- a bare month or day takes a year written earlier in the same sentence, else the
  document's year (a year in an earlier sentence is often background: 1991年の独立以降);
- 同年/同月/前年/翌年 refer back explicitly, so they take the year (and month) of the
  previous date (「2022年3月…。同年9月」 → 2022-09);
- 今年/本年, 昨年, 来年 count from the document's own year.
A year that only marks a since/until/deadline/start (2022年以来, 2028年末まで,
2021年に始まった) sets neither scope.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .numbers import parse_number

ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
RELATIVE_YEARS = {"今年": 0, "本年": 0, "昨年": -1, "前年": -1, "来年": 1, "翌年": 1, "同年": 0}
_QUALIFIERS = r"(?:末|初旬|上旬|中旬|下旬|初め|初頭|半ば)?"
_NUM = r"[0-9〇零一二三四五六七八九十百千]+"
_RANGE = re.compile(r"(.+?)(?:から|~|～|〜|－|-|―|‐|–)(.+)")
_PART = re.compile(
    rf"(?:(?P<era>{'|'.join(ERAS)})(?P<era_year>元|{_NUM})年|(?P<rel>{'|'.join(RELATIVE_YEARS)})|(?P<year>{_NUM})年)?{_QUALIFIERS}"
    rf"(?:(?P<month>{_NUM})月|(?P<rel_month>同月))?{_QUALIFIERS}"
    rf"(?:(?P<day>{_NUM})日?)?{_QUALIFIERS}"
)
_NO_CONTEXT = re.compile(r"^(?:末|初旬|上旬|中旬|下旬)?(?:以来|以降|まで|までに|の期限|以前|に始まった|から始まった|に始まる|から続く|の?末まで)")


@dataclass
class DateContext:
    default_year: int | None = None
    year: int | None = None  # the year of the previous date, for 同年/前年/翌年/同月
    month: int | None = None  # the month of the previous date, for 同月
    sentence_year: int | None = None  # a year written earlier in the current sentence

    @property
    def current_year(self) -> int | None:
        return self.year if self.year is not None else self.default_year

    @property
    def missing_year(self) -> int | None:
        """The year of a date written without one."""
        for year in (self.sentence_year, self.default_year, self.year):
            if year is not None:
                return year
        return None

    def new_sentence(self) -> None:
        self.sentence_year = None


@dataclass
class Part:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    explicit_year: bool = False


def _int(s: str) -> int:
    return int(parse_number(s))


def _full_year(y: int, ctx: DateContext) -> int:
    """Two-digit years are read in the century of the context (26年 → 2026)."""
    if y >= 100:
        return y
    century = (ctx.current_year or 2000) // 100 * 100
    return century + y


def parse_part(text: str, ctx: DateContext, bare_number_unit: str = "year") -> Part:
    """One side of a date: era, relative word or year, then month and day, each optional.

    A bare number (the 24 of 8月24~26日, the years of 2026-2027) takes `bare_number_unit`.
    """
    part = Part()
    bare = re.fullmatch(rf"({_NUM}){_QUALIFIERS}", text)
    if bare:
        value = _int(bare.group(1))
        if bare_number_unit == "year":
            part.year, part.explicit_year = _full_year(value, ctx), True
        else:
            setattr(part, bare_number_unit, value)
        return part
    m = _PART.fullmatch(text)
    if not m or not text:
        raise ValueError(f"not a date: {text!r}")
    if m["era"]:
        part.year = ERAS[m["era"]] + (1 if m["era_year"] == "元" else _int(m["era_year"]))
        part.explicit_year = True
    elif m["rel"]:
        own_year = m["rel"] in ("今年", "本年", "昨年", "来年")
        base = (ctx.default_year or ctx.current_year) if own_year else ctx.current_year
        part.year = None if base is None else base + RELATIVE_YEARS[m["rel"]]
    elif m["year"]:
        part.year = _full_year(_int(m["year"]), ctx)
        part.explicit_year = True
    if m["month"]:
        part.month = _int(m["month"])
    elif m["rel_month"]:
        part.month = ctx.month
        part.year = part.year or ctx.current_year
    if m["day"]:
        part.day = _int(m["day"])
    return part


def _iso(p: Part) -> str:
    out = f"{p.year:04d}" if p.year is not None else "XXXX"
    if p.month is not None:
        out += f"-{p.month:02d}"
        if p.day is not None:
            out += f"-{p.day:02d}"
    return out


def normalize_date(text: str, ctx: DateContext, after: str = "") -> dict:
    s = unicodedata.normalize("NFKC", text).strip()
    m = _RANGE.fullmatch(s)
    if m:
        right_text = m.group(2)
        first_unit = _first_unit(right_text)
        left = parse_part(m.group(1), ctx, bare_number_unit=first_unit)
        right = parse_part(right_text, ctx, bare_number_unit=first_unit)
        _fill_left(left, ctx)
        if right.year is None:
            right.year = left.year
            if right.month is None and right.day is not None:
                right.month = left.month
        parts = [left, right]
    else:
        left = parse_part(s, ctx)
        _fill_left(left, ctx)
        parts = [left]
    _update_context(parts, ctx, after)
    return {"value": "/".join(_iso(p) for p in parts)}


def _first_unit(text: str) -> str:
    """The unit of a range's second part decides what a bare number before it is (24~26日)."""
    m = re.match(rf"(?:{'|'.join(ERAS)})?(?:元|{_NUM})(年|月|日)?", text)
    return {"年": "year", "月": "month", "日": "day"}.get(m.group(1) if m else "", "year")


def _fill_left(part: Part, ctx: DateContext) -> None:
    if part.year is None:
        part.year = ctx.missing_year
    if part.month is None and part.day is not None:
        part.month = ctx.month


def _update_context(parts: list[Part], ctx: DateContext, after: str) -> None:
    if _NO_CONTEXT.match(after):
        return
    last = parts[-1]
    ctx.year, ctx.month = last.year, last.month
    if any(p.explicit_year for p in parts):
        ctx.sentence_year = last.year
