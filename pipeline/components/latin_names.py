"""Romanized person names in English glosses: (H.E. Mr. Djamshid KUCHKAROV, Deputy Prime Minister).

Two conventions of diplomatic and press texts mark a romanized name as a person's:
- an English honorific before it (H.E., His/Her Excellency, The Honorable, Mr., Ms., Mrs., Dr., Prof.),
  which stays outside the span (guidelines);
- a surname written in capitals (four letters or more: shorter ones are mostly
  acronyms, Original URL) after one or two capitalised given names (Elmar MAMMADYAROV),
  none of them a function word or a known place or organization;
- an office in apposition: a name of two or three capitalised words, then a comma and an
  English title word (resources/english_titles.txt), modifiers before it allowed
  ("Takeshi Iwaya, Minister for Foreign Affairs"; "Antonio Guterres, Secretary-General").
The name is one to four capitalised words, initials or capitalised surnames, hyphens and
apostrophes inside; it ends before a comma, a bracket or a lower-case word. A capitals
word that is a known place or organization (JAPAN, UNDP) is never a surname. Other plain
capitalised pairs (Takeshi Iwaya with Akorda) are left to the trained model: without a
convention they cannot be told from titles of papers or programmes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from .candidates import BLOCK, add_candidate
from .gazetteer import surfaces

HONORIFIC_PRIORITY = 75
CAPITALS_PRIORITY = 45
SOURCE = "rule:latin-name"

_WORD = r"(?:[A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)*|[A-Z]{2,}(?:['’\-][A-Z]{2,})*|[A-Z]\.)"
_NAME = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,3}}"
_HONORIFIC = (r"(?:(?:H\.\s?E\.|His Excellency|Her Excellency|(?:The[ \u00a0]+)?(?:Right[ \u00a0]+)?Hon(?:ou?rable|\.)"
              r"|Mr\.?|Ms\.?|Mrs\.?|Dr\.|Prof\.)[ \u00a0]+)+")
_AFTER_HONORIFIC = re.compile(rf"(?P<honorific>{_HONORIFIC})(?P<name>{_NAME})")
# Post-nominal letters stay outside the name (Rishi Sunak MP, John Smith QC).
_POST_NOMINALS = frozenset({"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "GCMG", "KCMG"})
_CAPITALS = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,2}[A-Z]{4,}(?:-[A-Z]{2,})?)\b")
_FUNCTION_WORDS = {"The", "A", "An", "Of", "And", "In", "On", "For", "To", "With", "By", "At", "From"}
_MODIFIERS = r"(?:(?:Deputy|Vice|First|Prime|Foreign|Senior|State|Chief|Acting|Special|Permanent|Parliamentary|Executive|Former)[ \-])*"


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """A name of two or three capitalised words, a comma, then a title (…, Deputy Minister)."""
    titles = "|".join(sorted(map(re.escape, resources.english_titles()), key=len, reverse=True))
    word = r"(?:[A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)*|[A-Z]{4,})"
    return re.compile(rf"(?<![\w.])(?P<name>{word}(?:[ \u00a0]{word}){{1,2}}),[ \u00a0]+(?:the[ \u00a0]+)?{_MODIFIERS}(?:{titles})\b")


def _known_word(word: str) -> bool:
    """A place or organization name, in any letter case (JAPAN, UNDP, Tokyo)."""
    table = surfaces()
    return any(form in table for form in (word, word.title(), word.upper())) or word.title() in resources.location_index()


def english_honorifics(text: str) -> list[tuple[int, int]]:
    """(start, end) of the English honorifics before romanized names (The Honorable, H.E. Mr.):
    they are no entity of their own, whatever the model reads there."""
    return [m.span("honorific") for m in _AFTER_HONORIFIC.finditer(text)]


def find_latin_names(text: str) -> list[tuple[int, int, int]]:
    """(start, end, priority) of romanized person names."""
    found = []
    for m in _AFTER_HONORIFIC.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        while len(words) > 1 and words[-1] in _POST_NOMINALS:
            end -= len(words.pop()) + 1
        if not all(_known_word(w) for w in words):
            found.append((start, end, HONORIFIC_PRIORITY))
    for pattern in (_CAPITALS, _apposition()):
        for m in pattern.finditer(text):
            words = m.group("name").split()
            if (not any(map(_known_word, [*words, " ".join(words)])) and not _FUNCTION_WORDS.intersection(words)
                    and not any(s < m.end("name") and m.start("name") < e for s, e, _ in found)):
                found.append((*m.span("name"), CAPITALS_PRIORITY))
    return sorted(found)


@Language.factory("latin_names", assigns=["doc._.candidates"])
def make_latin_names(nlp: Language, name: str) -> "LatinNames":
    return LatinNames()


class LatinNames:
    def __call__(self, doc: Doc) -> Doc:
        for start, end, priority in find_latin_names(doc.text):
            add_candidate(doc, start, end, "PERSON", SOURCE, priority)
        for start, end in english_honorifics(doc.text):
            add_candidate(doc, start, end, BLOCK, SOURCE, HONORIFIC_PRIORITY)
        return doc
