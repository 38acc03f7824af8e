"""What two dictionaries say about a doc: Sudachi (GiNZA's tokens) and UniDic (fugashi).

The rules ask both because either alone misreads rare words: Sudachi or UniDic alone
may miss a personal name (金正恩, 崔善姬), tag a foreign name as an ordinary noun, or
make one word of a name and what follows it. Computed once per doc and kept on it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .. import resources
from ..charclass import is_kanji
from ..tokens import tagger


# The name classes both dictionaries write in their tags (Sudachi 名詞-固有名詞-人名-姓, UniDic pos3),
# and the start of Sudachi's tag of an ordinary noun.
PERSON_NAME = "人名"
PLACE_NAME = "地名"
ORDINARY_NOUN = "名詞-普通名詞"


@dataclass(frozen=True)
class Readings:
    person_starts: frozenset[int]  # where either dictionary starts a personal name
    ordinary_nouns: frozenset[tuple[int, int]]  # single words both read as ordinary nouns (スタッフ, 議会, 御|父母)
    trades: frozenset[tuple[int, int]]  # kanji ordinary nouns with a noun suffix (洋服|屋, 看護|師, 従業|員)
    inside_words: frozenset[int]  # offsets both read as inside a kanji word (国 of 帰国)
    not_abbreviations: frozenset[int]  # offsets of a word read as no pair of abbreviations (朝日 アサヒ, 中日 a name)


def readings(doc: Doc) -> Readings:
    if "readings" in doc.user_data:
        return doc.user_data["readings"]
    text = doc.text
    starts = {t.idx for t in doc if PERSON_NAME in t.tag_}
    sudachi_common = {i for t in doc if t.tag_.startswith(ORDINARY_NOUN) for i in range(t.idx, t.idx + len(t.text))}
    sudachi_nominal = sudachi_common | {i for t in doc if t.tag_.startswith(_NOUN_SUFFIX) for i in range(t.idx, t.idx + len(t.text))}
    sudachi_prefixed = sudachi_common | {t.idx for t in doc if t.tag_ == _PREFIX and t.text in _HONORIFIC_PREFIXES}
    sudachi_inside = {i for t in doc for i in range(t.idx + 1, t.idx + len(t.text)) if is_kanji(t.text[i - t.idx - 1])}
    # one word both dictionaries call a proper noun other than a place's name
    sudachi_names = {(t.idx, t.idx + len(t.text)) for t in doc if t.tag_.startswith("名詞-固有名詞") and PLACE_NAME not in t.tag_}
    common, trades, unidic_inside, not_abbreviations = set(), set(), set(), set()
    nouns_before: list[int] = []  # starts of the ordinary nouns right before the word
    prefix: tuple[int, int] | None = None  # an honorific prefix both read right before the word
    pos = 0
    for word in tagger()(text):
        start = text.find(word.surface, pos)
        if start < 0:
            continue
        if start != pos:
            nouns_before = []
        pos = start + len(word.surface)
        unidic_inside.update(range(start + 1, pos))
        if _abbreviations_only(word.surface) and (not reads_as_abbreviations(word.surface, word.feature.kana)
                                                  or (word.feature.pos2 == "固有名詞" and (start, pos) in sudachi_names)):
            not_abbreviations.update(range(start, pos))  # 朝日 (アサヒ); 中日 the name of a team or paper
        if word.feature.pos3 == PERSON_NAME:
            starts.add(start)
        if word.feature.pos2 == "普通名詞" and not word.is_unk and sudachi_common.issuperset(range(start, pos)):
            common.add((start, pos))
            if prefix is not None and prefix[1] == start and pos - start > 1 and all(is_kanji(ch) for ch in text[start:pos]):
                # an honorific prefix makes no name of a kanji compound (御|父母, ご|主人); before
                # one kanji or kana it may be a woman's name of old (お|市, お|はま)
                common.add((prefix[0], pos))
            nouns_before.append(start)
        elif f"{word.feature.pos1}-{word.feature.pos2}" == _NOUN_SUFFIX and sudachi_nominal.issuperset(range(start, pos)):
            trades.update((s, pos) for s in nouns_before if all(is_kanji(ch) for ch in text[s:pos]))
        else:
            nouns_before = []
        honorific = word.feature.pos1 == _PREFIX and word.surface in _HONORIFIC_PREFIXES and start in sudachi_prefixed
        prefix = (start, pos) if honorific else None
    result = Readings(frozenset(starts), frozenset(common), frozenset(trades), frozenset(sudachi_inside & unidic_inside),
                      frozenset(not_abbreviations))
    doc.user_data["readings"] = result
    return result


_NOUN_SUFFIX = "接尾辞-名詞的"
_PREFIX = "接頭辞"
_HONORIFIC_PREFIXES = frozenset({"御", "お", "ご", "尊", "貴"})


@lru_cache(maxsize=4096)
def is_dictionary_noun(surface: str) -> bool:
    """Whether UniDic, on the word alone, reads it as one ordinary noun it knows (エネルギー,
    スポーツ; not ペレ|ア or an unknown プッチダモン). In context it may lump an unknown name
    and the word together (イブラエフ・エネルギー)."""
    words = tagger()(surface)
    return len(words) == 1 and words[0].feature.pos2 == "普通名詞" and not words[0].is_unk


def _abbreviations_only(surface: str) -> bool:
    """A word of two or more country abbreviations' characters (日米, 朝日, 中日)."""
    return len(surface) > 1 and all(ch in resources.abbreviation_readings() for ch in surface)


def reads_as_abbreviations(surface: str, kana: str | None) -> bool:
    """Whether a word read `kana` is, by its reading, a compound of country abbreviations (日米
    ニチベイ) or holds a character that is none (any reading). False for 朝日 read アサヒ."""
    table = resources.abbreviation_readings()
    if kana is None or not all(ch in table for ch in surface):
        return True

    def spelled(i: int, rest: str) -> bool:
        return rest == "" if i == len(surface) else any(rest.startswith(r) and spelled(i + 1, rest[len(r):]) for r in table[surface[i]])

    return spelled(0, kana)


def is_ordinary_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether both dictionaries read text[start:end] as one ordinary noun (スタッフ, 議会,
    マシュマロ; with an honorific prefix, 御|父母) and neither starts a personal name there: no
    name of a person. Compounds are not judged: the dictionaries cut unknown foreign names
    into ordinary words (ラフ|モン)."""
    return start not in readings(doc).person_starts and (start, end) in readings(doc).ordinary_nouns


def is_trade(doc: Doc, start: int, end: int) -> bool:
    """Whether both dictionaries read text[start:end] as kanji ordinary nouns with a noun
    suffix (洋服|屋, 看護|師, 運転|手) and neither starts a personal name
    there: a trade or a role before さん, not a name. Only for names no model has read:
    foreign and rare names are cut the same way (笹|宮, クロ|ッコ)."""
    return start not in readings(doc).person_starts and (start, end) in readings(doc).trades
