"""MONEY: exact amount, ISO 4217 currency, and whether a qualifier makes it approximate."""
from __future__ import annotations

import re
import unicodedata

from .. import resources
from ..charclass import is_currency_sign
from .numbers import parse_number, plain

APPROX_BEFORE = ("約", "およそ", "凡そ", "概ね", "ほぼ")
APPROX_AFTER = ("程度", "余り", "ほど", "前後", "強", "弱")


def split_amount(text: str) -> tuple[str, str]:
    """(numeral, unit) of a money span: a sign before the number (US$5, ¥1,980), a unit
    after it (5億ドル), or both when they name one currency ($5ドル)."""
    table = resources.currencies()
    units = sorted(table, key=len, reverse=True)
    s = text.strip()
    sign = next((u for u in units if is_currency_sign(u) and s.startswith(u)), None)
    numeral = s[len(sign):] if sign else s
    unit = next((u for u in units if not is_currency_sign(u) and numeral.endswith(u)), None)
    if unit is not None and (sign is None or table[unit] == table[sign]):
        numeral = numeral[: -len(unit)]
    if not numeral.strip() or (sign or unit) is None:
        raise ValueError(f"no currency unit in {text!r}")
    return numeral, sign or unit


# Words naming what the amount is; they stand outside the span, and 約 may come before them.
AMOUNT_WORDS = r"(?:総額|総計|合計|計|限度額)[\s:：は]*$"


def is_approximate(before: str, after: str) -> bool:
    before = re.sub(AMOUNT_WORDS, "", before.rstrip())
    return before.endswith(APPROX_BEFORE) or after.lstrip().startswith(APPROX_AFTER)


def normalize_money(text: str, before: str = "", after: str = "") -> dict:
    numeral, unit = split_amount(unicodedata.normalize("NFC", text))
    return {"amount": plain(parse_number(numeral)), "currency": resources.currencies()[unit],
            "approx": is_approximate(before, after)}
