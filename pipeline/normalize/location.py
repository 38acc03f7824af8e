"""LOCATION: canonical name, ISO 3166-1 code and kind from the gazetteer."""
from __future__ import annotations

from .. import resources
from ..cleaning import strip_markup

# How the backbone's ENE labels translate into kinds, for places the gazetteer lacks.
ENE_KIND = {
    "Country": "country", "City": "city", "Province": "subnational", "County": "subnational",
    "GPE_Other": "subnational", "Continental_Region": "region", "Domestic_Region": "region",
    "Region_Other": "region", "Location_Other": "region", "Geological_Region_Other": "feature",
    "Island": "feature", "Sea": "feature", "Bay": "feature", "Lake": "feature", "River": "feature",
    "Mountain": "feature", "Water_Route": "feature",
}


def normalize_location(surface: str, ene_label: str = "") -> dict:
    name = strip_markup(surface).strip()
    index = resources.location_index()
    entry = index.get(name)
    if entry is None and name.startswith("the "):
        entry = index.get(name[4:])
    if entry is None and name.endswith("市") and (city := index.get(name[:-1])) is not None:
        entry = city
    if entry is None:
        abbreviations = resources.abbreviation_index()
        entry = abbreviations.get(name)
    if entry is not None:
        return {"name": entry.name, "iso": entry.iso, "kind": entry.kind}
    kind = ENE_KIND.get(ene_label, "city")
    if kind == "city" and name.endswith("市"):
        name = name[:-1]
    return {"name": name, "iso": None, "kind": kind if kind != "country" else "region"}
