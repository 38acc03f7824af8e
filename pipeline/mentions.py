"""The mention record: a labelled span of the raw text and its normalized value."""
from __future__ import annotations

from dataclasses import dataclass, field

LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "DATE", "MONEY", "PERCENT")
NORM_KEYS = {
    "PERSON": ("name", "title"),
    "LOCATION": ("name", "iso", "kind"),
    "ORGANIZATION": ("name",),
    "DATE": ("value",),
    "MONEY": ("amount", "currency", "approx"),
    "PERCENT": ("value",),
}
LOCATION_KINDS = ("country", "region", "city", "subnational", "feature")


@dataclass
class Mention:
    """A labelled span of a document's raw text: `text == raw[start:end]`, `norm` holds the
    normalized value (keys per label in NORM_KEYS), `source` names what found it."""

    doc: str
    start: int
    end: int
    text: str
    label: str
    norm: dict = field(default_factory=dict)
    source: str = ""

    def as_gold(self) -> dict:
        """The record in the guidelines' gold format (field order as documented)."""
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "norm": {k: self.norm.get(k) for k in NORM_KEYS[self.label]}}
