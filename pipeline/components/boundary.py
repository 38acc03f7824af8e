"""Boundary repair: what the guidelines keep outside a span, cut off a model's span.

Titles, honorifics and （当時） stay outside person names; a country joined to a person's
name by ・ is a place of its own (トカエフ・カザフスタン大統領); generic suffixes stay
outside places (中央アジア諸国, 日本政府, ロシア側); brackets are never part of a span.
A place plus a generic word named as an organization (日本政府, 韓国軍, ロシア国民) is the
place (guidelines: X政府, X軍 … → LOCATION X), and a span made of places only (日露) is
those places; an administration (トランプ政権) and the name of a plan, an agreement, an
event or a facility (resources/non_entity_heads.txt) are no organization. The same repair
turns the training corpora's spans into the guidelines' form (pipeline.training.corpora),
so the model learns what it is scored on.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..charclass import MIDDLE_DOTS, is_kanji

_BRACKETS = "「」『』（）()【】〈〉《》[]\"'“”‘’"
_WHEN = re.compile(r"[（(]当時[）)]$")


@lru_cache(maxsize=1)
def _title_words() -> tuple[str, ...]:
    words = set(resources.titles()) | set(resources.title_heads()) | set(resources.honorifics())
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _non_entity_heads() -> tuple[str, ...]:
    return resources.word_list("non_entity_heads.txt")


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    """A number and a counter of named things at the end of a span (穴吹興産|1社, 8市町)."""
    words = sorted(resources.count_words(), key=len, reverse=True)
    return re.compile(r"[0-9０-９]+(?:%s)$" % "|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _place_suffixes() -> tuple[str, ...]:
    return tuple(sorted(resources.place_suffixes(), key=len, reverse=True))


def is_title_word(surface: str) -> bool:
    """A title, honorific or the start of one (総理 of 総理大臣): not a name. The start of a
    title that is an organization's name (衆議院 of 衆議院議員, ending in an organization
    word) is a name."""
    from .org_rules import org_heads

    if surface.endswith(org_heads()) and surface not in _title_words():
        return False
    return any(word.startswith(surface) for word in _title_words())


def strip_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _BRACKETS:
        start += 1
    while end > start and text[end - 1] in _BRACKETS:
        end -= 1
    return start, end


def trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """The name inside a model's person span: no titles, honorifics or joined country."""
    if m := _WHEN.search(text, start, end):
        end = m.start()
    start, end = strip_brackets(text, start, end)
    changed = True
    while changed and end > start:
        changed = False
        for word in _title_words():
            if text.endswith(word, start, end) and end - len(word) > start:
                end, changed = end - len(word), True
                break
    cut = _joined_place(text, start, end)
    return start, cut if cut is not None else end


def _joined_place(text: str, start: int, end: int) -> int | None:
    """Offset of a ・ that joins a place to the end of a name (ルカシェンコ・ベラルーシ)."""
    places = resources.location_index()
    for i in range(end - 1, start, -1):
        if text[i] in MIDDLE_DOTS and text[i + 1:end] in places:
            return i
    return None


_BETWEEN = "間"  # 日米間, ロシア・ウクライナ間; but it also ends place names (慶良間, 福間)


def trim_location(text: str, start: int, end: int) -> tuple[int, int]:
    """A place without generic suffixes (諸国, 政府, 側 …) and brackets; 間 is "between"
    only after known places."""
    start, end = strip_brackets(text, start, end)
    for suffix in _place_suffixes():
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            if suffix == _BETWEEN and not only_places(text[start:end - 1]):
                return start, end
            return start, end - len(suffix)
    return start, end


_NEWSPAPER = "紙"  # guidelines: newspapers are ORGANIZATION without 紙
_HEAD = "長"


@lru_cache(maxsize=1)
def _heads_of() -> tuple[str, ...]:
    """Titles of the one who heads something (会長, 事務局長)."""
    words = {w for w in (*resources.titles(), *resources.title_heads()) if w.endswith(_HEAD)}
    return tuple(sorted(words, key=len, reverse=True))


def _head_title_start(text: str, start: int, end: int) -> int | None:
    """Where the title of an organization's head starts at the end of text[start:end]:
    the whole title after an organization word (…連盟|会長), else 長 alone, which names
    the head of what goes before it (歩兵第1旅団|長, 研究所|長, 日本医師会|長)."""
    from .org_rules import org_heads

    for head in _heads_of():
        if text.endswith(head, start, end) and text[start:end - len(head)].endswith(org_heads()):
            return end - len(head)
    return end - 1 if text.endswith(_HEAD, start, end) else None


def trim_organization(text: str, start: int, end: int) -> tuple[int, int]:
    """An organization without brackets, 紙 of a newspaper, or the title of its head
    (歩兵第1旅団長 → 歩兵第1旅団; not 横浜市長, whose rest is a place)."""
    start, end = strip_brackets(text, start, end)
    if text.endswith(_NEWSPAPER, start, end) and end - start > 2 and not is_kanji(text[end - 2]):
        end -= 1  # プラウダ紙, Times紙; not 製紙, 和紙
    rest = _head_title_start(text, start, end)
    if rest is not None and rest - start >= 2 and not only_places(text[start:rest]):
        return start, rest
    return start, end


TRIMMERS = {"PERSON": trim_person, "LOCATION": trim_location, "ORGANIZATION": trim_organization}
_EDGE_JOINERS = "・･＝="  # join parts of a name, never start or end one
_GOVERNMENT = "政府"
_ADMINISTRATION = "政権"
_ALLIANCE = "同盟"
_SPACE_INSIDE = re.compile(r"[^\x00-\x7f]\s+|\s+[^\x00-\x7f]|/")
# A full stop after a word (not an initial: John F. Kennedy; not St., Mt.) ends a sentence,
# and a name with it: "Takeshi Iwaya. Photo credit" → Takeshi Iwaya.
_SENTENCE_END = re.compile(r"(?<=[A-Za-z]{3})\.\s")


def only_places(surface: str) -> bool:
    """Whether known places (and ・ between them) make up the whole surface: 日露, 米国・カナダ."""
    from .gazetteer import find_gazetteer_spans

    covered = {i for s, e, label in find_gazetteer_spans(surface) if label == "LOCATION" for i in range(s, e)}
    return bool(covered) and all(i in covered or ch in MIDDLE_DOTS for i, ch in enumerate(surface))


def is_alliance(surface: str) -> bool:
    """Places and 同盟: an alliance between them (日米同盟, 日英同盟), a relation, not an
    organization; its places are annotated. 中国民主同盟 (a party) has more than places."""
    return surface.endswith(_ALLIANCE) and only_places(surface[:-len(_ALLIANCE)])


def to_guidelines(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """A PERSON/LOCATION/ORGANIZATION span in the guidelines' form, or None if nothing of it is.

    Japanese names hold no spaces, so a span that spaces cut (東京 写真提供) is none, nor
    is one that a slash divides (INPS Japan/ The Astana Times: two names); a span ends
    where a sentence does (Takeshi Iwaya. Photo credit), and before a count of things
    (穴吹興産|1社; 8市町 alone is no name)."""
    start, end = strip_brackets(text, start, end)
    if stop := _SENTENCE_END.search(text, start, end):
        end = stop.start()
    while start < end and text[start] in _EDGE_JOINERS:
        start += 1
    while end > start and text[end - 1] in _EDGE_JOINERS:
        end -= 1
    if count := _count().search(text, start, end):
        end = count.start()  # a count of things (穴吹興産1社: one company), no part of a name
    if _SPACE_INSIDE.search(text, start, end) or end <= start:
        return None
    if label == "ORGANIZATION":
        if text.endswith((_ADMINISTRATION, *_non_entity_heads()), start, end) or only_places(text[start:end]) \
                or is_alliance(text[start:end]):
            return None
        place_end = trim_location(text, start, end)[1]
        if text.endswith(_GOVERNMENT, start, end) or (place_end < end and only_places(text[start:place_end])):
            label = "LOCATION"
    start, end = TRIMMERS[label](text, start, end)
    return (start, end, label) if end > start else None
