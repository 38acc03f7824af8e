"""ORGANIZATION: the name as written, without readings and brackets.

The full name is filled in corpus-wide by pipeline.resolve, because the guidelines expand
an abbreviation only when the corpus itself gives the full name.
"""
from __future__ import annotations

import re

from ..charclass import ACRONYM, BRACKETED_ACRONYM
from ..cleaning import strip_markup

def normalize_organization(surface: str) -> dict:
    return {"name": strip_markup(surface).strip()}


def abbreviation_pairs(text: str) -> list[tuple[str, str]]:
    """(full, abbreviation) pairs written `full（ABBR）` or `ABBR（full）` in a text."""
    pairs = []
    for m in re.finditer(rf"([^\s（(、。「」]{{2,40}}?){BRACKETED_ACRONYM.pattern}", text):
        pairs.append((m.group(1), m.group(2)))
    for m in re.finditer(rf"\b({ACRONYM})[（(]([^）)]{{2,40}})[）)]", text):
        pairs.append((m.group(2), m.group(1)))
    return pairs
