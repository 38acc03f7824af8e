"""LOCATION: canonical name, ISO 3166-1 code and kind from the gazetteer.

A place the tables do not list keeps its written name (a city without 市, as the
guidelines say) and takes its kind from the word it ends with (…州 subnational, …島
feature; resources/place_kinds.tsv), else `city`; a compass point before a listed place
(北ロンドン, 南カリフォルニア) makes a region.
"""
from __future__ import annotations

from .. import resources
from ..charclass import COMPASS_POINTS, is_katakana
from ..cleaning import strip_markup


def kind_of(name: str) -> str:
    for suffix, kind in resources.place_kinds():
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return "city"


# Hiragana written for the katakana they look the same as (ウズべキスタン with べ for ベ).
_LOOKALIKES = str.maketrans("へべぺ", "ヘベペ")


def katakana_lookalikes(name: str) -> str:
    """A katakana word with look-alike hiragana put right (へ べ ぺ → ヘ ベ ペ); any other
    text as it is."""
    folded = name.translate(_LOOKALIKES)
    return folded if folded != name and all(is_katakana(ch) or ch in "・" for ch in folded) else name


def normalize_location(surface: str) -> dict:
    name = katakana_lookalikes(strip_markup(surface).strip())
    index = resources.location_index()
    entry = index.get(name)
    if entry is None and name.startswith("the "):
        entry = index.get(name[4:])
    if entry is None and name.endswith("市") and (city := index.get(name[:-1])) is not None:
        entry = city
    if entry is None:
        entry = resources.abbreviation_index().get(name) or resources.weak_location_index().get(name)
    if entry is not None:
        return {"name": entry.name, "iso": entry.iso, "kind": entry.kind}
    if name[:1] in COMPASS_POINTS and name[1:] in index:
        return {"name": name, "iso": None, "kind": "region"}  # 北ロンドン: a part of a place
    kind = kind_of(name)
    if kind == "city" and name.endswith("市") and len(name) > 1:
        name = name[:-1]
    return {"name": name, "iso": None, "kind": kind}
