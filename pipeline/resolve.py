"""Cross-document resolution: one canonical name per person and per organization.

People: names are grouped when they are spelling variants of one another or one is a
short form of the other (pipeline.normalize.person.is_short_form); the group's canonical
name is its fullest form, full-width joiners preferred, and among equally full spellings
the one used by the most recent government document (guidelines).
Organizations: an abbreviation takes the full Japanese name when the corpus writes
`full（ABBR）` or `ABBR（full）`, or when the organization table links it to a full
name that the corpus itself uses; otherwise the name stays as written.
"""
from __future__ import annotations

import re
import unicodedata

from . import resources
from .mentions import Mention
from .normalize.organization import abbreviation_pairs
from .normalize.person import is_short_form, similarity_key

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _fullness(name: str) -> tuple:
    return (len(similarity_key(name)), name.count("＝") + name.count("・"))


def canonical_people(mentions: list[Mention], doc_rank: dict[str, tuple]) -> dict[str, str]:
    """Map every person name in `mentions` to its canonical name."""
    seen: dict[str, tuple] = {}
    for m in mentions:
        if m.label == "PERSON":
            name = m.norm["name"]
            rank = doc_rank.get(m.doc, ())
            seen[name] = max(seen.get(name, rank), rank)
    names = sorted(seen, key=lambda n: (_fullness(n), seen[n]), reverse=True)
    canonical: dict[str, str] = {}
    for name in names:
        if name in canonical:
            continue
        canonical[name] = name
        for other in names:
            if other not in canonical and is_short_form(other, name):
                canonical[other] = name
    return canonical


def apply_people(mentions: list[Mention], doc_rank: dict[str, tuple]) -> None:
    canonical = canonical_people(mentions, doc_rank)
    for m in mentions:
        if m.label == "PERSON":
            m.norm["name"] = canonical[m.norm["name"]]


def organization_names(mentions: list[Mention], texts: dict[str, str]) -> dict[str, str]:
    """Map names (abbreviations, English names) to the full Japanese name the corpus gives."""
    written = {m.norm["name"] for m in mentions if m.label == "ORGANIZATION"}
    full: dict[str, str] = {}
    for text in texts.values():
        for name, abbr in abbreviation_pairs(unicodedata.normalize("NFC", text)):
            name = _trailing_name(name, written)
            if name and _JAPANESE.search(name):
                full.setdefault(abbr, name)
            elif name:
                full.setdefault(name, abbr)  # English full name → its abbreviation
    for org in resources.organizations():
        if org.name in written:
            for alias in org.aliases:
                full.setdefault(alias, org.name)
    resolved = {}
    for name in written:
        target = name
        for _ in range(3):  # English name → abbreviation → Japanese name
            target = full.get(target, target)
        resolved[name] = target if _JAPANESE.search(target) else name
    return resolved


def _trailing_name(text: str, written: set[str]) -> str | None:
    """The longest organization name that ends the text before a parenthesis."""
    for i in range(len(text)):
        if text[i:] in written:
            return text[i:]
    return None


def apply_organizations(mentions: list[Mention], texts: dict[str, str]) -> None:
    names = organization_names(mentions, texts)
    for m in mentions:
        if m.label == "ORGANIZATION":
            m.norm["name"] = names.get(m.norm["name"], m.norm["name"])


def document_rank(meta: dict) -> tuple:
    """Government documents outrank others; then the later publication wins."""
    government = meta.get("kind", "") in ("bluebook", "white_paper", "declaration") or meta.get("publisher") == "外務省"
    return (government, meta.get("published", ""))


def resolve_corpus(mentions_by_doc: dict[str, list[Mention]], texts: dict[str, str],
                   metas: dict[str, dict]) -> None:
    everything = [m for ms in mentions_by_doc.values() for m in ms]
    apply_people(everything, {d: document_rank(metas.get(d, {})) for d in mentions_by_doc})
    apply_organizations(everything, texts)
