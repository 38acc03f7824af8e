"""Gazetteer spans: places, countries and organizations from the resource tables.

Longest match wins at each position; katakana and Latin names must be whole words.
A place followed by 人 or 語 is a nationality or language word and is blocked instead
(日本人, ロシア語), unless 人 starts a longer kanji word (日本人材).
One-kanji country abbreviations are only places inside compounds of places (日露,
日・ウズベキスタン, 米中露) or after 対 (対露制裁), never alone, and never as the object
of a word of going or staying (訪日, 来日中, 在日韓国人, 駐日大使, 訪米中), after a numeral
(14日朝: a day counter, then 朝 alone) or as 中 "throughout" after a full name (日本中).
Generated names without an administrative word (石巻, 大島, katakana world cities) are
weak: they are candidates below the trained model, so a surname or a word that happens
to name a town somewhere is left to the model's reading of the sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..charclass import COMPASS_POINTS, MIDDLE_DOTS, NAME_JOINERS, clean_boundary, is_kanji, is_katakana
from ..normalize.numbers import is_numeral
from .candidates import BLOCK, add_candidate
from .readings import ORDINARY_NOUN, is_ordinary_noun, readings

PRIORITY = 70
ABBREVIATION_PRIORITY = 65
WEAK_PRIORITY = 8  # below the trained model (10)
_TAI = "対"  # 対露制裁: the abbreviation after 対 is a place
_NOT_TAI = "反相絶応"  # 反対, 相対, 絶対, 応対: 対 is part of another word
_KOKU = "国"
_KOKU_WORDS = ("国内", "国際", "国民", "国家", "国土", "国境", "国籍", "国連", "国会", "国立", "国交", "国防", "国務",
               "国債", "国産", "国有", "国営", "国王", "国旗", "国歌")
_VISIT_OR_STAY = "訪来在駐滞離"  # 訪日, 来日, 在日, 駐日, 滞日, 離日: the abbreviation is no place
_THROUGHOUT = "中"  # right after a place's full name: 中 (じゅう) "throughout" (日本中, ヨーロッパ中)
# Words that 人 starts: after a place it is then no nationality word (日本人材, 中国人民).
_HITO_WORDS = ("人材", "人口", "人権", "人民", "人道", "人事", "人間", "人類", "人物", "人的", "人件", "人身",
               "人工", "人体", "人形", "人生", "人気", "人格", "人種", "人為", "人質", "人員", "人脈", "人心", "人選",
               "人命")


@lru_cache(maxsize=1)
def surfaces() -> dict[str, str]:
    """Every surface form → label; organizations never shadow a place spelled alike."""
    table = {s: "ORGANIZATION" for org in resources.organizations() for s in (org.name, *org.aliases)}
    table.update({s: "LOCATION" for s in resources.location_index()})
    # One-character forms are abbreviations, places only inside compounds (see below).
    return {s: label for s, label in table.items() if len(s) > 1}


def _lengths(table: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """Entry lengths by first character, longest first: most positions start no entry."""
    by_first: dict[str, set[int]] = {}
    for s in table:
        by_first.setdefault(s[0], set()).add(len(s))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}


@lru_cache(maxsize=1)
def _strong() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    return surfaces(), _lengths(surfaces())


@lru_cache(maxsize=1)
def _weak() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    table = {s: "LOCATION" for s in resources.weak_location_index() if len(s) > 1}
    return table, _lengths(table)


def longest_match(text: str, i: int, weak: bool = False) -> tuple[int, str] | None:
    """(end, label) of the longest whole-word gazetteer entry starting at i.

    A name ending in 国 gives its 国 to a word that 国 starts (カタール国際 → カタール, 国際)."""
    table, lengths = _weak() if weak else _strong()
    for n in lengths.get(text[i:i + 1], ()):
        if i + n <= len(text):
            surface = text[i:i + n]
            if surface not in table or (surface.endswith(_KOKU) and text.startswith(_KOKU_WORDS, i + n - 1)):
                continue
            if clean_boundary(text, i, i + n) or _joined_route(text, i, i + n):
                return i + n, table[surface]
    return None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No kanji or katakana right before or after, nor a katakana word joined by ・ or ＝: a
    word of its own, not part of a compound or of a name (ランス・マクリン, リエージュ=ギユマン駅)."""
    if any(is_kanji(ch) or is_katakana(ch) for ch in (text[start - 1:start], text[end:end + 1])):
        return False
    return not ((text[end:end + 1] in NAME_JOINERS and is_katakana(text[end + 1:end + 2]))
                or (text[start - 1:start] in NAME_JOINERS and is_katakana(text[start - 2:start - 1])))


def find_weak_places(text: str, taken: set[int]) -> list[tuple[int, int]]:
    """Weak places (see the module docstring) standing as words, outside the offsets in `taken`."""
    found, i = [], 0
    while i < len(text):
        hit = longest_match(text, i, weak=True) if i not in taken else None
        if hit and taken.isdisjoint(range(i, hit[0])) and _stands_alone(text, i, hit[0]):
            found.append((i, hit[0]))
            i = hit[0]
        else:
            i += 1
    return found


ROUTE_JOINERS = "ー－‐-"
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]*[\u30a1-\u30fa]")


def route_head_at(text: str, i: int) -> bool:
    """A route word (間, 道路, 線 …; resources/route_heads.txt) starts at i: what tells a ー
    joining two places from the long vowel it far more often is (コミュニケーション)."""
    return text.startswith(resources.route_heads(), i)


def _joined_route(text: str, start: int, end: int) -> bool:
    """A katakana place joined to another katakana name by ー before a route word
    (ドゥシャンベーポフタル道路).

    The ー is then a joiner, not a long vowel, so the place ends before it; the other
    name is the katakana run after it. That other name is found over the whole document
    (pipeline.document_rules.split_routes).
    """
    if text[end:end + 1] not in ROUTE_JOINERS or not is_katakana(text[end - 1]):
        return False
    if start > 0 and is_katakana(text[start - 1]):
        return False
    m = _KATAKANA_RUN.match(text, end + 1)
    return bool(m) and len(m.group()) >= 3 and route_head_at(text, m.end())


@lru_cache(maxsize=64)
def find_gazetteer_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of gazetteer entries, abbreviations in compounds and blocks.

    Cached: the organization and person rules look at the same piece's places."""
    full: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        hit = longest_match(text, i)
        if hit is None:
            i += 1
            continue
        end, label = hit
        if label == "LOCATION" and _is_nationality_or_language(text, end):
            full.append((i, end + 1, BLOCK))
        elif label == "LOCATION":
            end += _name_suffix(text, i, end)
            full.append((_compass_start(text, i), end, label))
        else:
            end += _company_suffix(text, end)
            full.append((i, end, label))
        i = end
    return tuple(sorted(full + _abbreviation_spans(text, full)))


def _compass_start(text: str, start: int) -> int:
    """Start of a place with a compass point before it, a region of that place (南カリフォルニア,
    北ロンドン); the point must start a word (not 関東…)."""
    before = text[start - 2:start - 1] if start >= 2 else ""
    if start >= 1 and text[start - 1] in COMPASS_POINTS and not (is_kanji(before) or is_katakana(before)):
        return start - 1
    return start


def _name_suffix(text: str, start: int, end: int) -> int:
    """Length of a word after a known place that makes one name with it (guidelines: a
    feature or a state is one place): 市 after a city (タシケント市), a word of a geographic
    feature of two or more characters (日本列島, 中国大陸) and a word of a state (モンゴル帝国,
    ローマ帝国); kinds from resources/place_kinds.tsv."""
    entry = resources.location_index().get(text[start:end])
    if entry is None:
        return 0
    if entry.kind == "city" and text[end:end + 1] == "市":
        return 1
    for suffix, kind in resources.place_kinds():
        if text.startswith(suffix, end) and (kind == "country" or (kind == "feature" and len(suffix) > 1)):
            return len(suffix)
    return 0


_PRESS = ("新聞", "通信")
_COMPANY = "社"


def _company_suffix(text: str, end: int) -> int:
    """Length of 社 after a newspaper's or news agency's name when it ends the word: the
    company's whole name (共同通信社, 毎日新聞社), not 社長 or 社会部 after it."""
    if text.endswith(_PRESS, 0, end) and text[end:end + 1] == _COMPANY and not is_kanji(text[end + 1:end + 2]):
        return 1
    return 0


def _is_nationality_or_language(text: str, end: int) -> bool:
    nxt = text[end:end + 1]
    if nxt == "語":
        return True
    return nxt == "人" and not text.startswith(_HITO_WORDS, end)


def _abbreviation_spans(text: str, full: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    abbreviations = resources.abbreviation_index()
    index = resources.location_index()
    # the guidelines join abbreviations to countries and regions (日・ウズベキスタン), not to
    # towns: 新宿区中町 holds no China
    places = {s: e for s, e, label in full if label == "LOCATION"
              and (entry := index.get(text[s:e])) is not None and entry.kind in ("country", "region")}
    taken = {k for s, e, _ in full for k in range(s, e)}
    place_ends = {e for _, e, label in full if label == "LOCATION"}

    def unit_end(i: int) -> tuple[int, bool] | None:
        """End of the place unit at i and whether it is an abbreviation."""
        if i in places:
            return places[i], False
        if i < len(text) and text[i] in abbreviations and i not in taken:
            if is_katakana(text[i]) and (is_katakana(text[i - 1:i]) or is_katakana(text[i + 1:i + 2])):
                return None
            # after a numeral the character is a counter (14日, 二十七日, 100米) or part of a name (三越)
            if i > 0 and (text[i - 1] in _VISIT_OR_STAY or is_numeral(text[i - 1])):
                return None
            if text[i] == _THROUGHOUT and i in place_ends:
                return None
            return i + 1, True
        return None

    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        units = []
        j = i
        while (unit := unit_end(j)) is not None:
            units.append((j, *unit))
            j = unit[0]
            if j < len(text) and text[j] in MIDDLE_DOTS and unit_end(j + 1) is not None:
                j += 1
        abbreviated = [(s, e) for s, e, is_abbr in units if is_abbr]
        after_tai = bool(units) and units[0][2] and i > 0 and text[i - 1] == _TAI and (i < 2 or text[i - 2] not in _NOT_TAI)
        if abbreviated and (len(units) >= 2 or after_tai):
            found.extend((s, e, "LOCATION") for s, e in abbreviated)
        i = j if units else i + 1
    return found


@Language.factory("gazetteer_spans", assigns=["doc._.candidates"])
def make_gazetteer_spans(nlp: Language, name: str) -> "GazetteerSpans":
    return GazetteerSpans()


class GazetteerSpans:
    def __call__(self, doc: Doc) -> Doc:
        spans = find_gazetteer_spans(doc.text)
        # no kanji name starts inside a word (帰国後 holds no 国後), nor inside a kanji word that
        # the tokenizer knows as an ordinary noun (全日本, 大日本: "all-Japan", like 日本人 a word of its own)
        inside = readings(doc).inside_words | {i for t in doc if t.tag_.startswith(ORDINARY_NOUN) and all(map(is_kanji, t.text))
                                               for i in range(t.idx + 1, t.idx + len(t.text))}
        tokens = {t.idx: t for t in doc}
        inside_verbal_nouns = {i for t in doc if _VERBAL_NOUN in t.tag_ for i in range(t.idx + 1, t.idx + len(t.text))}
        for start, end in find_weak_places(doc.text, {i for s, e, _ in spans for i in range(s, e)}):
            if not _read_as_common_word(doc, tokens, start, end):
                add_candidate(doc, start, end, "LOCATION", "gazetteer:weak", WEAK_PRIORITY)
        kept, abbreviations = [], set()
        for start, end, label in spans:
            surface = doc.text[start:end]
            is_abbreviation = label == "LOCATION" and len(surface) == 1 and surface in resources.abbreviation_index()
            if start in inside and is_kanji(surface[0]) and not is_abbreviation:
                continue
            if is_abbreviation and ((end in inside and doc.text[end] not in resources.abbreviation_index())
                                    or (start in inside and doc.text[start - 1] not in resources.abbreviation_index()
                                        and (doc.text[start - 1] != _TAI or start in inside_verbal_nouns))
                                    or start in readings(doc).not_abbreviations):
                continue  # the first or last kanji of a word (独立 after アメリカ, 昨日米), a word read
                # otherwise (朝日), or a verb-like word of 対 (対比: comparison, not 対露 "towards Russia")
            kept.append((start, end, label))
            if is_abbreviation:
                abbreviations.add((start, end, label))
        for start, end, label in _paired(doc.text, kept, abbreviations):
            priority = ABBREVIATION_PRIORITY if (start, end, label) in abbreviations else PRIORITY
            add_candidate(doc, start, end, label, "gazetteer", 100 if label == BLOCK else priority)
        return doc


_VERBAL_NOUN = "サ変可能"  # Sudachi: a noun that takes する (対比する), not a compound of 対 and a country


def _read_as_common_word(doc: Doc, tokens: dict, start: int, end: int) -> bool:
    """Whether the tokenizer reads text[start:end] here as a word that is no noun (クール
    of クールだ), or both dictionaries as one ordinary noun (性格はクールで): a weak place's
    name used as a word, not the town somewhere it also names. `tokens` maps a token's
    offset to the token."""
    if is_ordinary_noun(doc, start, end):
        return True
    token = tokens.get(start)
    return token is not None and token.idx + len(token.text) == end and not token.tag_.startswith("名詞")


def _paired(text: str, spans: list[tuple[int, int, str]], abbreviations: set) -> list[tuple[int, int, str]]:
    """The spans without abbreviations left alone: one is a place only next to another place
    (or after 対), and a partner dropped as part of a word takes it along (日|比谷: 比 is inside
    日比谷, so 日 goes too; 三越|伊勢丹)."""
    while True:
        starts = {s for s, _, label in spans if label == "LOCATION"}
        ends = {e for _, e, label in spans if label == "LOCATION"}
        alone = {(s, e, label) for s, e, label in spans if (s, e, label) in abbreviations and text[s - 1:s] != _TAI
                 and (s - 1 if text[s - 1:s] in MIDDLE_DOTS else s) not in ends
                 and (e + 1 if text[e:e + 1] in MIDDLE_DOTS else e) not in starts}
        if not alone:
            return spans
        spans = [span for span in spans if span not in alone]
