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

from .boundary import TRIMMERS
from .candidates import add_candidate

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
    def __call__(self, doc: Doc) -> Doc:
        for ent in doc.ents:
            label = ENE_TO_LABEL.get(ent.label_)
            if label is None:
                continue
            start, end = TRIMMERS[label](doc.text, ent.start_char, ent.end_char)
            if end > start:
                add_candidate(doc, start, end, label, f"ginza:{ent.label_}", PRIORITY)
        return doc
