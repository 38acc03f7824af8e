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
The name is one to five capitalised words, initials or capitalised surnames, accented
letters, hyphens and apostrophes inside, and the lower-case particles of names between
them (de, von der, bin); it ends before a comma, a bracket or another lower-case word.
A royal title after an honorific of address (H.H. Prince Faisal) stays outside too. A capitals
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

# Letters of romanized names, accented ones included (António, José, Müller, Erdoğan, Łukasz).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # Latin Extended-A alternates upper and lower case; it counts as both
_LOWER = "a-zß-öø-ÿĀ-ž"
_U, _L = f"[{_UPPER}]", f"[{_LOWER}]"
_WORD = rf"(?:{_U}{_L}+(?:['’\-][{_UPPER}{_LOWER}]{_L}+)*|{_U}{{2,}}(?:['’\-]{_U}{{2,}})*|{_U}\.)"
# Lower-case particles inside a name (António Manuel de Oliveira Guterres, Faisal bin Farhan,
# Ursula von der Leyen), always followed by a capitalised word.
_PARTICLE = r"(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|bin|bint|ibn|al|el|la|le)"
_NAME = rf"{_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])*{_WORD}){{0,4}}"
# A royal title after an honorific of address is outside the name too (H.H. Prince Faisal),
# but not alone: Prince Edward Island is a place.
_HONORIFIC = (r"(?:(?:H\.\s?E\.|H\.\s?R\.\s?H\.|H\.\s?H\.|H\.\s?M\.|(?:His|Her)[ \u00a0]+(?:Excellency|(?:Royal[ \u00a0]+)?Highness|Majesty)"
              r"|(?:The[ \u00a0]+)?(?:Right[ \u00a0]+)?Hon(?:ou?rable|\.)|Mr\.?|Ms\.?|Mrs\.?|Dr\.|Prof\.)[ \u00a0]+)+"
              r"(?:(?:Crown[ \u00a0]+)?(?:Prince|Princess)[ \u00a0]+|(?:Sheikh|Sheikha|King|Queen|Emir|Sultan)[ \u00a0]+)?")
_AFTER_HONORIFIC = re.compile(rf"(?P<honorific>{_HONORIFIC})(?P<name>{_NAME})")
# Post-nominal letters stay outside the name (Rishi Sunak MP, John Smith QC).
_POST_NOMINALS = frozenset({"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "GCMG", "KCMG"})
_CAPITALS = re.compile(rf"\b(?P<name>(?:{_U}{_L}+(?:-{_U}{_L}+)?[ \u00a0]){{1,2}}{_U}{{4,}}(?:-{_U}{{2,}})?)\b")
_FUNCTION_WORDS = {"The", "A", "An", "Of", "And", "In", "On", "For", "To", "With", "By", "At", "From"}
_MODIFIERS = r"(?:(?:Deputy|Vice|First|Prime|Foreign|Senior|State|Chief|Acting|Special|Permanent|Parliamentary|Executive|Former)[ \-])*"


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """A name of two or three capitalised words, a comma, then a title (…, Deputy Minister)."""
    titles = "|".join(sorted(map(re.escape, resources.english_titles()), key=len, reverse=True))
    word = rf"(?:{_U}{_L}+(?:['’\-][{_UPPER}{_LOWER}]{_L}+)*|{_U}{{4,}})"
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
