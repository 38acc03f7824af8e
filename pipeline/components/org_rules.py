"""Organizations named as a place plus an organization word: ロシア経済発展省,
日本国外務省, カザフスタン大使館, 日本人材開発センター, 日・タジキスタン…政府間委員会.

The guidelines make the whole compound one ORGANIZATION, places inside included. The
compound starts with places (joined by ・) and ends with a word from org_heads.txt or a
known organization, with only kanji, katakana and ・ between: a particle ends it, so
日本と中央アジアの協力 is never swallowed. Its priority is below the title block, so an
organization inside a person's title (ロシア外務省報道官) stays part of the title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from .candidates import add_candidate
from .gazetteer import find_gazetteer_spans

PRIORITY = 73
_MAX_BODY = 24


@lru_cache(maxsize=1)
def org_heads() -> tuple[str, ...]:
    known = {s for org in resources.organizations() for s in (org.name, *org.aliases) if re.search(r"[^\x00-\x7f]", s)}
    return tuple(sorted(set(resources.word_list("org_heads.txt")) | known, key=len, reverse=True))


def _body_end(text: str, i: int) -> int | None:
    """End of the longest kanji/katakana/・ run from i that ends with an organization word."""
    stop = i
    while stop < len(text) and stop - i < _MAX_BODY and re.match(r"[\u3400-\u9fff々\u30a1-\u30fa\u30fc・]", text[stop]):
        stop += 1
    for end in range(stop, i, -1):
        if text[i:end].endswith(org_heads()):
            return end
    return None


def find_place_organizations(text: str) -> list[tuple[int, int]]:
    places = {s: e for s, e, label in find_gazetteer_spans(text) if label == "LOCATION"}
    found = []
    for start in sorted(places):
        if found and start < found[-1][1]:
            continue
        end = places[start]
        while text[end:end + 1] in "・･" and end + 1 in places:
            end = places[end + 1]
        body_end = _body_end(text, end)
        if body_end is not None:
            found.append((start, body_end))
    return found


@Language.factory("org_rules", assigns=["doc._.candidates"])
def make_org_rules(nlp: Language, name: str) -> "OrgRules":
    return OrgRules()


class OrgRules:
    def __call__(self, doc: Doc) -> Doc:
        for start, end in find_place_organizations(doc.text):
            add_candidate(doc, start, end, "ORGANIZATION", "rule:place-org", PRIORITY)
        return doc
