"""What two dictionaries say about a doc: Sudachi (GiNZA's tokens) and UniDic (fugashi).

The rules ask both because either alone misreads rare words: Sudachi or UniDic alone
may miss a personal name (金正恩, 崔善姬), tag a foreign name as an ordinary noun, or
make one word of a name and what follows it. Computed once per doc and kept on it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..charclass import is_kanji
from ..tokens import tagger


@dataclass(frozen=True)
class Readings:
    person_starts: frozenset[int]  # where either dictionary starts a personal name
    ordinary_nouns: frozenset[tuple[int, int]]  # single words both read as ordinary nouns (スタッフ, 議会)
    inside_words: frozenset[int]  # offsets both read as inside a kanji word (国 of 帰国)


def readings(doc: Doc) -> Readings:
    if "readings" in doc.user_data:
        return doc.user_data["readings"]
    text = doc.text
    starts = {t.idx for t in doc if "人名" in t.tag_}
    sudachi_common = {i for t in doc if t.tag_.startswith("名詞-普通名詞") for i in range(t.idx, t.idx + len(t.text))}
    sudachi_inside = {i for t in doc for i in range(t.idx + 1, t.idx + len(t.text)) if is_kanji(t.text[i - t.idx - 1])}
    common, unidic_inside = set(), set()
    pos = 0
    for word in tagger()(text):
        start = text.find(word.surface, pos)
        if start < 0:
            continue
        pos = start + len(word.surface)
        unidic_inside.update(range(start + 1, pos))
        if word.feature.pos3 == "人名":
            starts.add(start)
        elif word.feature.pos2 == "普通名詞" and not word.is_unk and sudachi_common.issuperset(range(start, pos)):
            common.add((start, pos))
    result = Readings(frozenset(starts), frozenset(common), frozenset(sudachi_inside & unidic_inside))
    doc.user_data["readings"] = result
    return result


def is_ordinary_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether both dictionaries read text[start:end] as one ordinary noun (スタッフ, 議会,
    マシュマロ) and neither starts a personal name there: no name of a person. Compounds are
    not judged: the dictionaries cut unknown foreign names into ordinary words (ラフ|モン)."""
    return start not in readings(doc).person_starts and (start, end) in readings(doc).ordinary_nouns
