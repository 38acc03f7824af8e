"""PERSON: the name without markup, readings or selectors, and the title next to it."""
from __future__ import annotations

import re
import unicodedata

from ..cleaning import strip_markup

_JOINERS = re.compile(r"[・＝=･\s]")
_SMALL_KANA = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")


def person_name(surface: str) -> str:
    return strip_markup(surface).strip()


def similarity_key(name: str) -> str:
    """A spelling-insensitive key: ミルジョーエフ, ミルジヨーエフ, ミルジヨエフ agree.

    Width is folded (NFKC), joiners and spaces dropped, small kana made large and long
    vowel marks removed: the usual variation in transcribing foreign names into katakana.
    """
    key = unicodedata.normalize("NFKC", name)
    key = _JOINERS.sub("", key).translate(_SMALL_KANA)
    return key.replace("ー", "").replace("-", "")


def name_parts(name: str) -> list[str]:
    """Parts of a foreign name (カシム＝ジョマルト・トカエフ → カシム, ジョマルト, トカエフ)."""
    return [p for p in _JOINERS.split(unicodedata.normalize("NFKC", name)) if p]


def is_short_form(short: str, full: str) -> bool:
    """Whether `short` names the same person as the fuller `full`.

    Katakana names are written by their last part (トカエフ for カシム＝ジョマルト・トカエフ);
    Japanese names by the surname, a prefix of the full name (岩屋 for 岩屋毅).
    """
    if similarity_key(short) == similarity_key(full):
        return True
    parts = name_parts(full)
    if len(parts) > 1:
        return similarity_key(parts[-1]) == similarity_key(short)
    return len(short) >= 1 and len(full) > len(short) and full.startswith(short) and len(full) - len(short) <= 2
