"""PERCENT: the percentage as a plain number; a range as LOW/HIGH.

割 is tenths and 分 hundredths (2割5分 = 25%); basis points are hundredths of a percent
(110ベーシスポイント = 1.1). In a range the unit written once applies to both ends
(2から3割 → 20/30). A range dash must be followed by a number, so the ー of パーセント is
never read as one. News text writes the decimal point as ・ (66・0% = 66.0%). A fraction
is its share of a hundred, to two decimals where it does not end (3分の2 → 66.67).
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from .numbers import parse_number, plain

_RANGE = re.compile(r"(.+?)(?:から|～|~|〜|－|-|―|ー)([0-9.〇零一二三四五六七八九十百千].*)")
_END = re.compile(r"(?P<number>.+?)(?P<unit>割(?:(?P<bu>.+?)分)?|%|パーセント|(?P<bp>ベーシス・?ポイント|bps?))?")
BASIS_POINT = Decimal("0.01")
_NAKAGURO_POINT = re.compile(r"(?<=\d)・(?=\d)")
_FRACTION = re.compile(r"(?P<denominator>.+?)分の(?P<numerator>.+)")
_HUNDREDTHS = Decimal("0.01")


def fraction_percent(denominator: Decimal, numerator: Decimal) -> Decimal:
    """numerator/denominator as a percentage, to two decimals (plain() drops trailing zeros)."""
    if denominator == 0:
        raise ValueError("a fraction of zero parts")
    try:
        return (numerator * 100 / denominator).quantize(_HUNDREDTHS)
    except InvalidOperation as exc:  # beyond Decimal's precision
        raise ValueError(f"not a readable fraction: {numerator}/{denominator}") from exc


def _value(end: re.Match, written: re.Match) -> Decimal:
    """One end; `written` is the end whose unit applies (its own, else the high end's)."""
    number = parse_number(end["number"])
    if (written["unit"] or "").startswith("割"):
        return number * 10 + (parse_number(end["bu"]) if end["bu"] else 0)
    return number * (BASIS_POINT if written["bp"] else 1)


def normalize_percent(text: str) -> dict:
    s = _NAKAGURO_POINT.sub(".", unicodedata.normalize("NFKC", text).strip())
    if f := _FRACTION.fullmatch(s):
        return {"value": plain(fraction_percent(parse_number(f["denominator"]), parse_number(f["numerator"])))}
    r = _RANGE.fullmatch(s)
    ends = [_END.fullmatch(e) for e in ((r.group(1), r.group(2)) if r else (s,))]
    if not all(ends):
        raise ValueError(f"not a percentage: {text!r}")
    return {"value": "/".join(plain(_value(e, e if e["unit"] else ends[-1])) for e in ends)}
