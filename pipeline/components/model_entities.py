"""The trained NER's names (PERSON, LOCATION, ORGANIZATION) as candidates.

The model (pipeline/models/names, trained by `make train`, see pipeline/training) is a
majority vote of spaCy `ner` members on our own tok2vec (pipeline.components.names_vote,
which sets doc.ents); it sees every sentence. Its spans are brought to the
guidelines' form (pipeline.components.boundary.to_guidelines) and then compete with the
rules' candidates: rules that state the guidelines' conventions (titles, abbreviations,
the number grammar, known places) outrank it, with two exceptions that are themselves
guidelines:
- an organization's whole name is one span, places inside included (東京電力, 日本貝類学会):
  a model organization that contains a known place outranks that place, if it ends where
  the tokenizer ends a word (not inside one) and holds a word of its own besides (羽田着
  is arriving at a place, 東京電力 a company);
- adjacent places are separate mentions (北海道礼文島 → 北海道, 礼文島): a model place that
  starts with a known place keeps its remainder as a place of its own when that remainder
  ends like one (…区, …島).
- a katakana name of words joined by ・ with a known place as one of them is one name
  (ニュー・デリー, a person タイ・ラン) and outranks the place, unless it is a person's or place's
  name that starts with a known place (イタリア・トリノ: two places side by side).
"A vs B" names two sides (松本vs横浜FC → 松本, 横浜FC), and ・ between kanji lists persons
(鉄裁・夜一), so a model's span is cut there;
a person's name holds no "and" (JUDY AND MARY: a band, an organization); a katakana place's
name before a royal title is the realm, not a person (アラゴン王).
An abbreviation in brackets stands for the name before it (上海協力機構（SCO）), so a
bracketed acronym after a phrase that is no entity (高級実務者会合（SOM）) is none either.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import resources
from ..charclass import BRACKETED_ACRONYM, MIDDLE_DOTS, NAME_JOINERS, is_kanji, is_katakana
from .boundary import is_title_word, to_guidelines
from .candidates import add_candidate
from .gazetteer import find_gazetteer_spans
from .org_rules import company_named
from .readings import PLACE_NAME, is_ordinary_noun, readings

PRIORITY = 10
CONTAINING_PRIORITY = 72  # above the gazetteer (70), below organization compounds and titles
SOURCE = "model"
_BACK_REFERENCE = tuple("同両各当本貴")
# What a back-reference refers back to: 同国, 両氏, 当社, 本件, 貴国; 同政府, 同大統領 (titles too).
_REFERRED = frozenset("国氏省社市町村州県党庁局会院紙誌校地件家軍側学行") | {"政府", "政権", "地域", "地方", "首脳", "協会",
                                                                   "機関", "機構", "会社", "大学", "銀行", "委員会"}


def is_back_reference(surface: str) -> bool:
    """同, 両, 各, 当, 本 or 貴 before a generic word or a title (同国, 両氏, 同大統領), not a
    name that starts with one of them (本田, 貴族院, 同志社大学, 各務原市)."""
    rest = surface[1:]
    return surface.startswith(_BACK_REFERENCE) and (rest in _REFERRED or (bool(rest) and is_title_word(rest)))


def is_name(surface: str) -> bool:
    """Whether a span can name an entity at all (guidelines: back-references such as
    同国 or 両国 and bare titles such as 総理 are never annotated)."""
    return bool(surface.strip()) and not is_back_reference(surface) and not is_title_word(surface)


def _known_places(text: str) -> dict[int, int]:
    """Known places by their full names (one-kanji abbreviations aside: 日露関係 is no organization
    with places inside, but a relation between two)."""
    return {s: e for s, e, label in find_gazetteer_spans(text) if label == "LOCATION" and e - s > 1}


def _stands_for_nothing(text: str, start: int, end: int, entity_ends: set[int]) -> bool:
    """A bracketed acronym whose preceding phrase is no entity."""
    m = BRACKETED_ACRONYM.match(text, start - 1) if start > 0 else None
    return bool(m) and m.span(1) == (start, end) and start - 1 not in entity_ends


def _katakana_name_with_a_place(text: str, start: int, end: int, places: dict[int, int]) -> bool:
    """Whether text[start:end] is a katakana name of words joined by ・ or ＝ (ニュー・デリー,
    タイ・ラン) with a word besides the known places in it: one name (ロシア・ウクライナ is two
    places)."""
    surface = text[start:end]
    parts = re.split(f"[{NAME_JOINERS}]", surface)
    if len(parts) < 2 or not all(p and all(is_katakana(ch) for ch in p) for p in parts):
        return False
    offsets, i = [], start
    for part in parts:
        offsets.append((i, i + len(part)))
        i += len(part) + 1
    return any(places.get(s) != e for s, e in offsets)


# "A vs B" names two sides, never one name (松本vs横浜FC, フューリーVSクリチコ); not inside a word
_VERSUS = re.compile(r"(?<![A-Za-z])(?:[vV][sS]\.?|ｖｓ|ＶＳ)(?![A-Za-z])")

# One person's name holds no "and" (JUDY AND MARY, クロスビー・スティルス&ナッシュ, ジョンソン・アンド・
# ジョンソン): the span names a band, a duo or a firm by its members, an organization.
_AND = re.compile(r"[&＆]|(?<![A-Za-z])(?:and|AND|And)(?![A-Za-z])|[・･]アンド[・･]")


def listed_parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A span cut where it lists several names: at each "vs", and in a person at each ・
    between kanji; spaces around a cut left out."""
    cuts = [m.span() for m in _VERSUS.finditer(text, start, end)]
    if label == "PERSON":  # a kanji name is never joined by ・ (katakana names are): 鉄裁・夜一 are two
        cuts = sorted(cuts + [(i, i + 1) for i in range(start + 1, end - 1)
                              if text[i] in MIDDLE_DOTS and is_kanji(text[i - 1]) and is_kanji(text[i + 1])])
    bounds, i = [], start
    for cut_start, cut_end in cuts:
        bounds.append((i, cut_start))
        i = cut_end
    bounds.append((i, end))
    out = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e, label))
    return out


def model_candidates(text: str, spans: list[tuple[int, int, str]], word_ends: set[int],
                     other_ends: set[int] = frozenset()) -> list[tuple[int, int, str, int]]:
    """(start, end, label, priority) for the model's spans on `text`; `word_ends` are where
    the tokenizer ends a word, `other_ends` where the other components' candidates end."""
    places = _known_places(text)
    entity_ends = set(other_ends) | {end for _, end, _ in spans}
    out = []
    for raw in (part for span in spans for part in listed_parts(text, *span)):
        span = to_guidelines(text, *raw)
        if span is None or not is_name(text[span[0]:span[1]]) or _stands_for_nothing(text, *span[:2], entity_ends):
            continue
        start, end, label = span
        if label == "PERSON" and _AND.search(text, start, end):
            label = "ORGANIZATION"
        inside = [(s, e) for s, e in places.items() if start <= s and e <= end and (s, e) != (start, end)]
        covered = {i for s, e in inside for i in range(s, e)}
        rest = sum(1 for i in range(start, end) if i not in covered and text[i] not in MIDDLE_DOTS)
        # ends a word, or a title cut off it does (歩兵第1旅団|長)
        ends_a_word = end in word_ends or (raw[1] in word_ends and is_title_word(text[end:raw[1]]))
        if label == "ORGANIZATION" and inside and rest >= 2 and ends_a_word:
            out.append((start, end, label, CONTAINING_PRIORITY))
            continue
        # a place first is a place beside another (イタリア・トリノ: two places, as 北海道礼文島)
        if (label == "PERSON" or (label == "LOCATION" and start not in places)) and inside \
                and _katakana_name_with_a_place(text, start, end, places):
            out.append((start, end, label, CONTAINING_PRIORITY))
            continue
        if label == "LOCATION" and start in places and places[start] < end and resources.has_place_suffix(text[places[start]:end]):
            rest_start = places[start]
            while rest_start < end and text[rest_start] in MIDDLE_DOTS:  # リトアニア・ソビエト社会主義共和国: no span starts with ・
                rest_start += 1
            out.append((rest_start, end, label, PRIORITY))
            continue
        out.append((start, end, label, PRIORITY))
    return out


def _with_company(doc: Doc, ent: Span) -> tuple[int, int, str]:
    """A name with a company's legal form before or after it is that company (株式会社|アテクト,
    read by the model as a person), legal form included."""
    noun_follows = ent.end < len(doc) and doc[ent.end].tag_.startswith("名詞")
    company = company_named(doc.text, ent.start_char, ent.end_char, noun_follows) if ent.label_ != "ORGANIZATION" else None
    return (*company, "ORGANIZATION") if company else (ent.start_char, ent.end_char, ent.label_)


# Titles of a royal house: a place's name before one is the realm (アラゴン王, ナバラ女王).
_ROYAL_TITLES = ("王", "国王", "女王", "皇帝", "皇后", "王妃", "王子", "王女")


def _with_realm(doc: Doc, ent: Span, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A model person that is one katakana word the tokenizer knows only as a place's name,
    before a royal title, is the realm (アラゴン王 is the king of Aragon; アーサー王 stays a
    person: his name is read as one). Kanji are left alone: surnames are place names too
    (松本外務大臣)."""
    start, end, label = span
    if label == "PERSON" and len(ent) == 1 and (start, end) == (ent.start_char, ent.end_char) \
            and all(map(is_katakana, doc.text[start:end])) and PLACE_NAME in ent[0].tag_ \
            and start not in readings(doc).person_starts and doc.text.startswith(_ROYAL_TITLES, end):
        return start, end, "LOCATION"
    return span


@Language.factory("model_entities", assigns=["doc._.candidates"], requires=["doc.ents"])
def make_model_entities(nlp: Language, name: str) -> "ModelEntities":
    return ModelEntities()


class ModelEntities:
    def __call__(self, doc: Doc) -> Doc:
        spans = [_with_realm(doc, e, _with_company(doc, e)) for e in doc.ents]
        other_ends = {c.end for c in doc._.candidates or []}
        word_ends = {t.idx + len(t.text) for t in doc}
        for start, end, label, priority in model_candidates(doc.text, spans, word_ends, other_ends):
            # a person is named by a name, not by an ordinary noun (ミニスカート, マシュマロ), also
            # once the guidelines' form has cut off an honorific (天皇|陛下: 天皇 is a title)
            if not (label == "PERSON" and is_ordinary_noun(doc, start, end)):
                add_candidate(doc, start, end, label, SOURCE, priority)
        return doc
