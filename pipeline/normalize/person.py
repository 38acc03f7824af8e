"""PERSON: the name without markup, readings or selectors, and the title next to it.

A romanized name takes the Japanese name of the same person when the document gives
one (guidelines): the katakana name whose surname it transliterates (KUCHKAROV ~
クチカロフ, compared by consonants, since transliterations differ in vowels and v/f).
"""
from __future__ import annotations

import re
import unicodedata

from ..cleaning import strip_markup

_JOINERS = re.compile(r"[・＝=･\s]")
_SMALL_KANA = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")


# A space between a Japanese surname and given name (山田 太郎, 岸田　文雄) is layout, not spelling.
_SPACE_IN_JAPANESE_NAME = re.compile(r"(?<=[\u3040-\u309f\u3400-\u9fff々])[ \u3000]+(?=[\u3040-\u309f\u3400-\u9fff々])")


def person_name(surface: str) -> str:
    return _SPACE_IN_JAPANESE_NAME.sub("", strip_markup(surface).strip())


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
    Japanese names by the surname, a prefix of the full name (岩屋 for 岩屋毅). Katakana
    transcriptions of one foreign name differ in vowels (ヌルテリュ / ヌルトレウ): with four
    consonants or more alike they are one name.
    """
    if similarity_key(short) == similarity_key(full):
        return True
    if _KATAKANA_NAME.fullmatch(short) and _KATAKANA_NAME.fullmatch(full) and len(key := kana_key(short)) >= 4 \
            and key == kana_key(full):
        return True
    parts = name_parts(full)
    if len(parts) > 1:
        return similarity_key(parts[-1]) == similarity_key(short)
    return len(short) >= 1 and len(full) > len(short) and full.startswith(short) and len(full) - len(short) <= 2


# Katakana → romaji, enough for comparing transliterations (ヴ as v, small kana as glides).
_KANA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデド"
    "バビブベボパピプペポヴァィゥェォャュョッー",
    ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te",
     "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo",
     "ra", "ri", "ru", "re", "ro", "wa", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da",
     "ji", "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po", "vu", "a", "i", "u", "e", "o",
     "ya", "yu", "yo", "", ""]))
_LATIN_PART = re.compile(r"[A-Za-z]+")
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc・＝=]+")


def consonant_key(romaji: str) -> str:
    """Consonants of a romanized name, folded so transliterations agree (クチカロフ ~ KUCHKAROV)."""
    s = romaji.lower().replace("v", "f").replace("w", "").replace("j", "z")
    s = re.sub(r"[aeiouyh\W\d_]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def kana_key(name: str) -> str:
    return consonant_key("".join(_KANA.get(ch, "") for ch in unicodedata.normalize("NFKC", name)))


def is_latin_name(name: str) -> bool:
    """Whether a name is written in Latin letters, accented ones included (António Guterres)."""
    return bool(name) and all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def romaji(kana: str) -> str:
    """Hepburn romaji of katakana, long vowels folded as English spelling writes them (コウノ → kono)."""
    out = "".join(_KANA.get(ch, "") for ch in unicodedata.normalize("NFKC", kana))
    return re.sub(r"(?<=o)[ou]|(?<=u)u", "", out)


def surname_romaji(name: str) -> str | None:
    """The reading of a kanji name's surname (its first word to UniDic), in romaji: 岩屋毅 → iwaya."""
    from ..tokens import tagger

    words = tagger()(name)
    kana = words[0].feature.kana if words else None
    return romaji(kana) if kana and kana != "*" else None


def _latin_parts(latin: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return {romaji_like.lower() for romaji_like in _LATIN_PART.findall(folded)}


def japanese_counterpart(latin: str, japanese: list[str]) -> str | None:
    """The Japanese name (among `japanese`) that `latin` writes in Latin letters: a kanji name
    whose surname reads as one of its words (Takeshi Iwaya ~ 岩屋毅), else the katakana name
    whose surname it transliterates (KUCHKAROV ~ クチカロフ)."""
    from difflib import SequenceMatcher

    words = _latin_parts(latin)
    for name in japanese:
        if not _KATAKANA_NAME.fullmatch(name) and surname_romaji(name) in words:
            return name
    parts = _LATIN_PART.findall(latin)
    capitals = [p for p in parts if p.isupper() and len(p) > 1]
    surname = consonant_key((capitals or parts[-1:] or [""])[-1])
    if len(surname) < 3:
        return None
    best, best_ratio = None, 0.8
    for name in japanese:
        key = kana_key(name_parts(name)[-1]) if name_parts(name) else ""
        ratio = SequenceMatcher(None, surname, key).ratio() if key else 0.0
        if ratio >= best_ratio:
            best, best_ratio = name, ratio
    return best
