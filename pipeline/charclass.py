"""Character classes shared by the span rules (one definition, used everywhere)."""
from __future__ import annotations

import re
import unicodedata

# URLs and e-mail addresses: the one text where nothing is annotated (guidelines).
URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)

NAME_JOINERS = "・＝=･"
# The middle dot (full and half width) that joins names in a list (日・ウズベキスタン). A set,
# not a string: text[i:i + 1] is "" at the end of a text, and "" is in every string.
MIDDLE_DOTS = frozenset("・･")
COMPASS_POINTS = frozenset("東西南北")  # before a place: a region of it (北ロンドン)

# An abbreviation in brackets after a name (上海協力機構（SCO）): the abbreviation is group 1.
ACRONYM = r"[A-Z][A-Za-z0-9&+]{1,9}"
BRACKETED_ACRONYM = re.compile(rf"[（(]({ACRONYM})[）)]")


def is_katakana(ch: str) -> bool:
    return bool(ch) and ("\u30a1" <= ch <= "\u30fa" or ch in "ーヽヾ" or "\uff66" <= ch <= "\uff9f")


def is_kanji(ch: str) -> bool:
    return bool(ch) and ("\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in "々〆ヶ")


def is_latin(ch: str) -> bool:
    return bool(ch) and (ch.isascii() and ch.isalnum() or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a" or "\uff10" <= ch <= "\uff19")


def is_currency_sign(unit: str) -> bool:
    """A currency unit written before the amount: one that ends in a currency sign ($, US$, ¥)."""
    return bool(unit) and unicodedata.category(unit[-1]) == "Sc"


def script(ch: str) -> str:
    if is_katakana(ch):
        return "katakana"
    if is_kanji(ch):
        return "kanji"
    if is_latin(ch):
        return "latin"
    return "other"


def clean_boundary(text: str, start: int, end: int) -> bool:
    """A match is a whole word unless it continues a katakana or Latin word on either side.

    Kanji places stand inside compounds (東京宣言, 日本企業) and are annotated there, so
    only katakana and Latin runs need boundaries (タイ in タイトル, EU in EUR).
    """
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    for edge, neighbour in ((first, before), (last, after)):
        kind = script(edge)
        if kind in ("katakana", "latin") and script(neighbour) == kind:
            return False
    return True
