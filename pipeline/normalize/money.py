"""MONEY: exact amount, ISO 4217 currency, and whether a qualifier makes it approximate."""
from __future__ import annotations

import re
import unicodedata

from .. import resources
from .numbers import parse_number, plain

APPROX_BEFORE = ("約", "およそ", "凡そ", "概ね", "ほぼ")
APPROX_AFTER = ("程度", "余り", "ほど", "前後", "強", "弱")


def split_amount(text: str) -> tuple[str, str]:
    """(numeral, unit) of a money span, the unit before (US$5) or after (5億ドル) the number."""
    units = sorted(resources.currencies(), key=len, reverse=True)
    s = text.strip()
    for unit in units:
        if s.endswith(unit) and s[: -len(unit)]:
            return s[: -len(unit)], unit
        if s.startswith(unit) and s[len(unit):]:
            return s[len(unit):], unit
    raise ValueError(f"no currency unit in {text!r}")


# Words naming what the amount is; they stand outside the span, and 約 may come before them.
AMOUNT_WORDS = r"(?:総額|総計|合計|計|限度額)[\s:：は]*$"


def is_approximate(before: str, after: str) -> bool:
    before = re.sub(AMOUNT_WORDS, "", before.rstrip())
    return before.endswith(APPROX_BEFORE) or after.lstrip().startswith(APPROX_AFTER)


def normalize_money(text: str, before: str = "", after: str = "") -> dict:
    numeral, unit = split_amount(unicodedata.normalize("NFC", text))
    return {"amount": plain(parse_number(numeral)), "currency": resources.currencies()[unit],
            "approx": is_approximate(before, after)}
