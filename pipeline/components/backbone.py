"""GiNZA's Extended Named Entity labels mapped to the guidelines' six labels.

The mapping is deliberate: only ENE types that name a person, a place or an
organization are kept. Numeric types (Date, Money, Percent, Period_*) are dropped: the
number grammar owns those labels, because GiNZA tags durations (5年間) as dates and
misses most amounts. Model spans are the least trusted source (lowest priority) and get
their boundaries repaired before they compete with the rules.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..charclass import is_kanji, is_katakana
from .boundary import TRIMMERS, is_title_word
from .candidates import add_candidate
from .org_rules import org_heads
from .person_rules import person_starts

PRIORITY = 10

ENE_TO_LABEL = {
    "Person": "PERSON",
    **dict.fromkeys(
        ["Country", "City", "Province", "County", "GPE_Other", "Continental_Region", "Domestic_Region",
         "Region_Other", "Location_Other", "Geological_Region_Other", "Island", "Sea", "Bay", "Lake",
         "River", "Mountain", "Water_Route"],
        "LOCATION",
    ),
    **dict.fromkeys(
        ["Company", "Company_Group", "Corporation_Other", "International_Organization", "Government",
         "Political_Party", "Political_Organization_Other", "Organization_Other", "Public_Institution",
         "Military", "Research_Institute", "Newspaper", "Sports_Organization_Other", "Pro_Sports_Organization",
         "Sports_League", "Show_Organization"],
        "ORGANIZATION",
    ),
}


@Language.factory("backbone_entities", assigns=["doc._.candidates"], requires=["doc.ents"])
def make_backbone_entities(nlp: Language, name: str) -> "BackboneEntities":
    return BackboneEntities()


class BackboneEntities:
    @staticmethod
    def _named(doc: Doc, start: int, end: int, label: str) -> bool:
        """A kanji person span must start where a dictionary starts a personal name (not 領空侵犯)."""
        if label != "PERSON" or not all(is_kanji(c) for c in doc.text[start:end]):
            return True
        return start in person_starts(doc)

    def __call__(self, doc: Doc) -> Doc:
        for ent in doc.ents:
            label = ENE_TO_LABEL.get(ent.label_)
            if label is None:
                continue
            start, end = TRIMMERS[label](doc.text, ent.start_char, ent.end_char)
            if end > start and plausible(doc.text[start:end], label) and self._named(doc, start, end, label):
                add_candidate(doc, start, end, label, f"ginza:{ent.label_}", PRIORITY)
        return doc


_BACK_REFERENCE = tuple("同両各当本貴")


def plausible(surface: str, label: str) -> bool:
    """Whether a model span can be what its label says.

    Back-references (同国政府, 両国), bare titles (総理) and single characters are not
    names. An organization must end with an organization word (経済発展省) or be a
    katakana company name; bare acronyms (PGII, JDS) are left to the gazetteer and the
    `full（ABBR）` rule, because the model tags programme acronyms as organizations. A
    kanji place must end like one (…州, …島) after a name of two or more characters.
    """
    if surface.startswith(_BACK_REFERENCE) or is_title_word(surface) or len(surface) < 2:
        return False
    if label == "ORGANIZATION":
        return surface.endswith(org_heads()) or all(is_katakana(c) for c in surface)
    if label == "LOCATION" and all(is_kanji(c) or c == "・" for c in surface):
        return any(surface.endswith(w) and len(surface) - len(w) >= 2 for w in _PLACE_WORDS)
    return True


# Kanji places the gazetteer lacks are trusted when they end like a place name; without
# that, kanji spans the model calls places are mostly generic words (友好国, 西側, 域内).
_PLACE_WORDS = ("州", "県", "府", "都", "道", "市", "区", "町", "村", "郡", "島", "諸島", "列島", "半島", "海", "湾",
                "海峡", "山", "山脈", "川", "湖", "平原", "高原", "盆地", "砂漠", "地方")
