"""PERCENT: the percentage as a plain number; a range as LOW/HIGH.

割 is tenths and 分 hundredths (2割5分 = 25%); in a range the unit written once applies
to both ends (2から3割 → 20/30).
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from .numbers import parse_number, plain

_RANGE = re.compile(r"(.+?)(?:から|～|~|〜|－|-|―|ー)(.+)")
_WARI = re.compile(r"(.+?)割(?:(.+?)分)?$")


def _value(text: str, unit: str) -> Decimal:
    if unit == "割":
        m = _WARI.fullmatch(text) if text.endswith(("割", "分")) else None
        if m:
            tenths = parse_number(m.group(1)) * 10
            return tenths + (parse_number(m.group(2)) if m.group(2) else 0)
        return parse_number(text) * 10
    return parse_number(text.rstrip("%"))


def normalize_percent(text: str) -> dict:
    s = unicodedata.normalize("NFKC", text).strip()
    unit = "割" if "割" in s else "%"
    m = _RANGE.fullmatch(s)
    if m:
        low, high = m.group(1), m.group(2)
        low = low.rstrip("%") if unit == "%" else low
        return {"value": f"{plain(_value(low, unit))}/{plain(_value(high, unit))}"}
    return {"value": plain(_value(s, unit))}
