"""Person names found by their context: a title next to a name, an administration.

- name + (・)? + (place)? + title: トカエフ・カザフスタン大統領, 岩屋毅外務大臣,
  トランプ米国大統領. The name is a katakana run (with ・＝= joiners) or kanji tokens
  the tokenizer tags as proper nouns.
- name + 政権: an administration named after a person (X政権 → PERSON X).
- runs of tokens the tokenizer tags as personal names (名詞-固有名詞-人名), with no title.
A candidate that is itself a known place is never a person (ロシア大統領).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..charclass import is_kanji, is_katakana
from .candidates import add_candidate
from .gazetteer import longest_match

TITLE_PRIORITY = 75
NAME_TAG_PRIORITY = 40
_JOINERS = "・＝=･"
_ADMINISTRATION = ("政権",)
_MAX_COMPOSED_TITLE = 16


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(sorted(set(resources.titles()) | set(_ADMINISTRATION), key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_heads() -> tuple[str, ...]:
    return tuple(sorted(resources.title_heads(), key=len, reverse=True))


def _composable(ch: str) -> bool:
    return is_kanji(ch) or is_katakana(ch) or ch == "・"


def title_end(text: str, i: int) -> int | None:
    """End of the longest title starting at i that ends a word (not followed by kanji/kana).

    A title is a listed one or a composition of kanji/katakana ending in a title head
    (経済発展相, 大統領府観光局長); the word-end check keeps 相互 or 長期 out.
    """
    if not _composable(text[i:i + 1]) or text[i] == "・":
        return None
    titles, heads = set(_titles()), _title_heads()
    for end in range(min(len(text), i + _MAX_COMPOSED_TITLE), i, -1):
        if _composable(text[end:end + 1]):
            continue
        word = text[i:end]
        if word in titles or (word.endswith(heads) and all(map(_composable, word))):
            return end
    return None


def _is_place(surface: str) -> bool:
    return surface in resources.location_index()


def name_before(doc: Doc, end: int) -> int | None:
    """Start of the name that ends at `end`, or None."""
    text = doc.text
    i = end
    while i > 0 and (is_katakana(text[i - 1]) or text[i - 1] in _JOINERS):
        i -= 1
    while i < end and text[i] in _JOINERS:
        i += 1
    if i < end and is_katakana(text[i]):
        return None if _is_place(text[i:end]) or end - i < 2 else i
    return _kanji_name_before(doc, end)


def _kanji_name_before(doc: Doc, end: int) -> int | None:
    tokens = [t for t in doc if t.idx + len(t.text) <= end]
    start = None
    for tok in reversed(tokens[-2:]):
        if tok.idx + len(tok.text) != (start if start is not None else end):
            break
        if not (tok.tag_.startswith("名詞-固有名詞") and all(is_kanji(c) for c in tok.text)):
            break
        if "地名-国" in tok.tag_ or _is_place(tok.text):
            break
        start = tok.idx
    if start is None or _is_place(doc.text[start:end]):
        return None
    return start


def _place_end_before(text: str, end: int, limit: int) -> int:
    """Strip a place (and a joiner) that sits between a name and its title."""
    for i in range(max(limit, end - 12), end):
        hit = longest_match(text, i)
        abbreviation = end - i == 1 and text[i] in resources.abbreviation_index()
        if (hit and hit[0] == end and hit[1] == "LOCATION") or abbreviation:
            j = i
            if j > 0 and text[j - 1] in "・･":
                j -= 1
            return j
    return end


def find_titled_names(doc: Doc) -> list[tuple[int, int]]:
    text = doc.text
    found = []
    for i in sorted({t.idx for t in doc} - {0}):
        if title_end(text, i) is None:
            continue
        end = _place_end_before(text, i, 0)
        while end > 0 and text[end - 1] in _JOINERS:
            end -= 1
        start = name_before(doc, end) if end > 0 else None
        if start is not None and start < end:
            found.append((start, end))
    return found


def find_tagged_names(doc: Doc) -> list[tuple[int, int]]:
    spans, current = [], None
    for tok in doc:
        if "人名" in tok.tag_:
            if current and current[1] == tok.idx:
                current = (current[0], tok.idx + len(tok.text))
            else:
                if current:
                    spans.append(current)
                current = (tok.idx, tok.idx + len(tok.text))
        elif current:
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    return [s for s in spans if not _is_place(doc.text[s[0]:s[1]])]


@Language.factory("person_rules", assigns=["doc._.candidates"])
def make_person_rules(nlp: Language, name: str) -> "PersonRules":
    return PersonRules()


class PersonRules:
    def __call__(self, doc: Doc) -> Doc:
        for start, end in find_titled_names(doc):
            add_candidate(doc, start, end, "PERSON", "rule:title", TITLE_PRIORITY)
        for start, end in find_tagged_names(doc):
            add_candidate(doc, start, end, "PERSON", "rule:name-tag", NAME_TAG_PRIORITY)
        return doc


def title_after(text: str, end: int, person_ends: dict[int, int]) -> str | None:
    """The title written right after a name, without a place inside it or 両.

    Names sharing one title are skipped over (岩屋・ヌルテリュ両外相 → 外相 for both);
    `person_ends` maps the start of each person mention to its end.
    """
    i = end
    while i < len(text) and text[i] in "・､、" and i + 1 in person_ends:
        i = person_ends[i + 1]
    if text.startswith("両", i):
        i += 1
    if text[i:i + 1] in "・･":
        i += 1
    place = longest_match(text, i)
    if place and place[1] == "LOCATION":
        i = place[0]
    elif text[i:i + 1] in resources.abbreviation_index():
        i += 1
    stop = title_end(text, i)
    return text[i:stop] if stop else None
