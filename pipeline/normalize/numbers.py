"""Japanese number grammar: arabic, kanji and mixed numerals (3兆円, 1兆1,951億, 二千五百万).

A numeral is read as groups separated by the myriad units 京/兆/億/万; each group is
arabic digits (with separators and decimals) or kanji digits with 千/百/十, or kanji
digits written positionally (二〇二五). Values are Decimal so amounts stay exact.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                "壱": 1, "弐": 2, "参": 3}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"京": 10 ** 16, "兆": 10 ** 12, "億": 10 ** 8, "万": 10 ** 4}
# English magnitude words after a numeral ($5.5 million), the short scale.
ENGLISH_UNITS = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}


def is_numeral(ch: str) -> bool:
    """A character of a numeral: an arabic (full- or half-width) or kanji digit or unit."""
    return ch.isdigit() or ch in KANJI_DIGITS or ch in SMALL_UNITS or ch in BIG_UNITS


_SEPARATORS = re.compile(r"[,，、](?=\d{3})")


def _fold(text: str) -> str:
    """Full-width digits and separators to ASCII; group separators dropped."""
    text = unicodedata.normalize("NFKC", text).replace("．", ".")
    return _SEPARATORS.sub("", text).strip()


def parse_number(text: str) -> Decimal:
    s = _fold(text)
    for word, value in ENGLISH_UNITS.items():
        if s.endswith(word) and s[:-len(word)].strip():
            return parse_number(s[:-len(word)]) * value
    if not s:
        raise ValueError(f"not a number: {text!r}")
    total, rest = Decimal(0), s
    for unit, value in BIG_UNITS.items():
        if unit in rest:
            head, rest = rest.split(unit, 1)
            total += (_group(head, text) if head else Decimal(1)) * value
    if rest:
        total += _group(rest, text)
    return total


def _group(s: str, original: str) -> Decimal:
    """A number below 10,000 (or any arabic number): 1951, 2.5, 二千五百, 三十, 二〇二五, 3千."""
    if not any(c in SMALL_UNITS for c in s):
        return _digits(s, original)
    total, pending = Decimal(0), ""
    for ch in s:
        if ch in SMALL_UNITS:
            total += (_digits(pending, original) if pending else Decimal(1)) * SMALL_UNITS[ch]
            pending = ""
        else:
            pending += ch
    if pending:
        total += _digits(pending, original)
    return total


def _digits(s: str, original: str) -> Decimal:
    """Arabic digits (with decimals) or kanji digits written positionally (二〇二五)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return Decimal(s)
    if s and all(c in KANJI_DIGITS for c in s):
        return Decimal("".join(str(KANJI_DIGITS[c]) for c in s))
    raise ValueError(f"not a number: {original!r}")


def plain(value: Decimal) -> str:
    """A number as a plain string: no exponent, no trailing zeros (2.50 → 2.5, 3E+12 → 3000000000000)."""
    try:
        text = format(value.normalize(), "f")
    except InvalidOperation as exc:
        raise ValueError(f"not a finite number: {value}") from exc
    return text.rstrip("0").rstrip(".") if "." in text else text


def render_japanese(n: int, style: str) -> str:
    """An integer written the Japanese way: 'kanji' 三千二百万, 'mixed' 3200万, 'arabic' 32,000,000."""
    if n < 0:
        raise ValueError("negative numbers are not rendered")
    if style == "arabic":
        return f"{n:,}"
    if n == 0:
        return "〇" if style == "kanji" else "0"
    parts = []
    for unit, value in BIG_UNITS.items():
        group, n = divmod(n, value)
        if group:
            parts.append(_render_group(group, style) + unit)
    if n:
        parts.append(_render_group(n, style))
    return "".join(parts)


def _render_group(n: int, style: str) -> str:
    if style == "mixed":
        return f"{n:,}"
    if style != "kanji":
        raise ValueError(f"unknown style {style!r}")
    digits = "〇一二三四五六七八九"
    out = ""
    for unit, value in (("千", 1000), ("百", 100), ("十", 10)):
        d, n = divmod(n, value)
        if d:
            out += ("" if d == 1 else digits[d]) + unit
    return out + (digits[n] if n else "")
