"""Person names found by their context: a title next to a name, an administration.

- name + (・)? + (place)? + title: トカエフ・カザフスタン大統領, 岩屋毅外務大臣,
  トランプ米国大統領. The name is a katakana run (with ・＝= joiners) or a short kanji
  run; the title itself is blocked, so an organization inside it (スポーツ庁長官) is
  not annotated.
- name + honorific (トカエフ氏, 山田さん): the honorific is neither name nor title.
- name + 政権: an administration named after a person (X政権 → PERSON X; 政権 is no
  title and need not end a word: トランプ政権発足後).
- a surname and given name the tokenizer tags as such (森薫), with no title.
A kanji run counts as a name when Sudachi or UniDic starts a personal name there
(金正恩, 崔善姬), or when it is a two- or three-kanji word standing alone before a
title (岩屋外務大臣): surnames are often ordinary nouns to a dictionary. A known place is
never a name (ロシア大統領), nor is a word that opens a title or refers back (同国外相).
Where the trained model's PERSON ends where a title starts, its start and that split
win: the model has read the whole name (辻|外務副大臣 rather than 辻外務|副大臣,
高橋由美子さん rather than 高橋|由美子さん). Where it reads no name and both dictionaries
read ordinary nouns (スタッフさん, 議会補佐官, 臨時代理大使), there is no name; where a
model organization holds the words before the title and goes on after them, they are
part of that organization (統振|株式有限会社理事長 is no person 統振).
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..charclass import MIDDLE_DOTS, NAME_JOINERS as _JOINERS, is_kanji, is_katakana
from .boundary import to_guidelines
from .candidates import BLOCK, add_candidate
from .gazetteer import find_gazetteer_spans, longest_match
from .org_rules import after_legal_form, org_heads
from .readings import PERSON_NAME, PLACE_NAME, is_dictionary_noun, is_ordinary_noun, is_trade, readings

TITLE_PRIORITY = 75
TITLE_BLOCK_PRIORITY = 74
NAME_TAG_PRIORITY = 40
# A tagged full name whose surname is a known place (川崎|公太, 長崎|啓二): a place is not
# followed by a given name, so the name outranks the gazetteer (70), not titles or organizations.
NAME_OVER_PLACE_PRIORITY = 71
_ADMINISTRATION = "政権"
_MAX_COMPOSED_TITLE = 16
_MAX_KANJI_NAME = 5  # 額賀福志郎
_MAX_PLACE = 12  # characters of the longest country name looked for inside a katakana run
# Kanji that start a word of their own after a title: and, or, 等 (and others), and honorifics
# of address (大公殿下, 国王陛下; not 夫人: 大統領夫人 is his wife).
_CONJUNCTIONS = ("及び", "並びに", "又は", "等", "閣下", "陛下", "殿下")
# Administrative units: a composed title never starts with one, the name before it is a
# place (アーカンソー州知事, ○○県知事: a listed title 知事 after the place X州, no person X).
_ADMINISTRATIVE_UNITS = frozenset("州県府都道市区町村郡")
_FROM_TO = frozenset("発宛")
# Sets, not strings: text[i:i + 1] is "" at the end of a text, and "" is in every string.
_FORMER = frozenset("元前")  # 元駐X大使: stays in the title
_POSTED = frozenset("駐在")  # 駐X大使, 在X大使館公使: leaves the title with the places
# First characters of kanji words that modify or refer back rather than name (同国, 前外相).
_NOT_NAME_START = set("同両各本当前元新現次初歴旧副代総首外内国女男全同某諸他貴自")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(resources.titles())


def _listed(word: str) -> bool:
    """A listed title, or 元/前 and a listed title (元副会長)."""
    return word in _titles() or (word[:1] in _FORMER and word[1:] in _titles())


@lru_cache(maxsize=1)
def _title_heads() -> tuple[str, ...]:
    return tuple(sorted(resources.title_heads(), key=len, reverse=True))


def _composable(ch: str) -> bool:
    return is_kanji(ch) or is_katakana(ch) or ch == "・"


# An organization's Latin acronym opening a composed title (WHO事務局長, NATO事務総長, IMF専務理事).
_ACRONYM = re.compile(r"[A-ZＡ-Ｚ][A-ZＡ-Ｚ0-9０-９&＆]{1,7}(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])")


def title_end(text: str, i: int, word_ends: AbstractSet[int] = frozenset()) -> int | None:
    """End of the longest title starting at i that ends a word: not followed by kanji/kana,
    or, for a listed title or one ending in a head of two or more characters, where the
    tokenizer ends a word before a kanji compound (`word_ends`: 川口外務大臣|演説, 首相|就任;
    not before katakana, which may be the name after a title: ナバラ女王ブランカ1世, nor
    before an honorific: 大統領夫人 is his wife).

    A title is a listed one or a composition of kanji/katakana ending in a title head
    (経済発展相, 大統領府観光局長), which may open with an organization's acronym
    (WHO事務局長: an organization inside a title is part of it, guidelines); the word-end
    check keeps 相互 or 長期 out.
    """
    acronym = _ACRONYM.match(text, i)
    words = acronym.end() if acronym else i
    if not _composable(text[words:words + 1]) or text[words] == "・":
        return None
    composable = text[words] not in _ADMINISTRATIVE_UNITS
    limit = min(len(text), i + _MAX_COMPOSED_TITLE)
    # 発 and 宛 after a title are words of their own (岡田大臣発|クリントン国務長官宛書簡: a letter
    # from one to the other; 首相発言): the title ends there
    cut = next((j for j in range(words + 1, limit) if text[j] in _FROM_TO and _ends_in_title(text[i:j])), None)
    for end in range(cut or limit, words, -1):
        if end != cut and _composable(text[end:end + 1]) and not text.startswith(_CONJUNCTIONS, end) \
                and not (end in word_ends and is_kanji(text[end]) and _ends_in_title(text[i:end])
                         and not text.startswith(resources.honorifics(), end)):
            continue
        word = text[i:end]
        if (not acronym and _listed(word)) or (composable and word.endswith(_title_heads())
                                               and all(map(_composable, text[words:end])) and not _place_inside(text, i, end)):
            return end
    return None


@lru_cache(maxsize=1)
def _long_title_heads() -> tuple[str, ...]:
    return tuple(head for head in _title_heads() if len(head) > 1)


def _ends_in_title(word: str) -> bool:
    """Whether `word` is a listed title or ends in a title head of two or more characters
    (not 相 alone: 真相|発覚)."""
    return _listed(word) or word.endswith(_long_title_heads())


def _place_inside(text: str, start: int, end: int) -> bool:
    """Whether a known place starts inside text[start:end] (a lead of 駐X, not a title: 介在ロシア…公使)."""
    return any(start < s < end for s, _, label in find_gazetteer_spans(text) if label == "LOCATION")


def _is_place(surface: str) -> bool:
    return surface in resources.location_index()


def _place_at(text: str, i: int) -> int | None:
    """End of a place (or one-kanji abbreviation) starting at i, and of a ・ after it."""
    hit = longest_match(text, i)
    if hit and hit[1] == "LOCATION":
        end = hit[0]
    elif text[i:i + 1] in resources.abbreviation_index() and is_kanji(text[i]):
        end = i + 1
    elif (country := _country_after_name(text, i)) is not None:
        end = country
    else:
        return None
    return end + 1 if text[end:end + 1] in MIDDLE_DOTS else end


def _lead(text: str, i: int) -> tuple[int, str] | None:
    """What may stand between a name and its title, from i: 元/前, 駐/在, then places.

    Returns the lead's end and the part of it that stays in the title (元 of 元駐X大使,
    guidelines: 駐 and the places leave the title, 元 stays); None without a place.
    """
    kept = ""
    if text[i:i + 1] in _FORMER and (text[i + 1:i + 2] in _POSTED or _place_at(text, i + 1)):
        kept, i = text[i], i + 1
    if text[i:i + 1] in _POSTED:
        i += 1
    end = i
    while (after := _place_at(text, end)) is not None:
        end = after
    return (end, kept) if end > i else None


def _lead_start(text: str, i: int) -> int:
    """Where a lead ending in the place at i starts: back over 駐/在 and 元/前 before it."""
    if text[i - 1:i] in _POSTED:
        i -= 1
    if text[i - 1:i] in _FORMER:
        i -= 1
    return i


def _place_start_before(text: str, end: int) -> int:
    """Start of the lead (元/前, 駐/在, places; see _lead) that ends at `end`, or `end` itself."""
    start = end
    while (before := _one_place_before(text, start)) < start:
        start = before
    return _lead_start(text, start) if start < end else end


def _one_place_before(text: str, end: int) -> int:
    """Start of a place (with a ・ before it) that ends at `end`, or `end` itself."""
    for i in range(max(0, end - 12), end):
        hit = longest_match(text, i)
        if (hit and hit[0] == end and hit[1] == "LOCATION") or (end - i == 1 and text[i] in resources.abbreviation_index() and is_kanji(text[i])) \
                or _country_after_name(text, i) == end:
            return i - 1 if i > 0 and text[i - 1] in MIDDLE_DOTS else i
    return end


def _country_after_name(text: str, start: int) -> int | None:
    """End of a country written straight after a katakana name (プーチンロシア大統領,
    ゴルバチョフソ連書記長): news style without ・. The gazetteer reads whole words only;
    before a title the country is a place of its own, no part of the name."""
    if start < 2 or not all(is_katakana(ch) for ch in text[start - 2:start + 1]):
        return None
    index = resources.location_index()
    for end in range(min(len(text), start + _MAX_PLACE), start + 1, -1):
        if (entry := index.get(text[start:end])) is not None and entry.kind == "country":
            return end
    return None


@lru_cache(maxsize=64)
def _gazetteer_place_offsets(text: str) -> frozenset[int]:
    return frozenset(i for s, e, label in find_gazetteer_spans(text) if label == "LOCATION" for i in range(s, e))


def _lone_abbreviation(text: str, i: int) -> bool:
    """A one-kanji country abbreviation at i that no gazetteer place holds: the gazetteer
    takes it alone for none, but next to a titled name it is a place."""
    return text[i] in resources.abbreviation_index() and is_kanji(text[i]) and i not in _gazetteer_place_offsets(text)


def _abbreviations_in_lead(text: str, end: int, title_start: int) -> list[int]:
    """Offsets of one-kanji countries between a name and its title (バイデン米大統領,
    プーチン露大統領): places inside a title are places (guidelines). 駐日 and 在日 hold none."""
    return [i for i in range(end, title_start) if _lone_abbreviation(text, i) and text[i - 1:i] not in _POSTED]


def _abbreviation_before(text: str, start: int) -> list[int]:
    """The one-kanji country starting a word right before a katakana name, headline style
    (米トランプ大統領, 露プーチン政権): a place, as a country before a name is one."""
    i = start - 1
    if i >= 0 and is_katakana(text[start]) and _lone_abbreviation(text, i) and not is_kanji(text[i - 1:i]):
        return [i]
    return []


def person_starts(doc: Doc) -> set[int]:
    """Offsets where Sudachi (GiNZA's tokens) or UniDic (fugashi) starts a personal name."""
    return readings(doc).person_starts


def name_before(text: str, end: int, name_starts: set[int]) -> int | None:
    """Start of the name that ends at `end`, or None. A katakana name may hold initials
    between joiners (フランクリン・D・ルーズベルト)."""
    i = end
    while i > 0 and (is_katakana(text[i - 1]) or text[i - 1] in _JOINERS or _initial_at(text, i - 1)):
        i -= 1
    while i < end and text[i] in _JOINERS:
        i += 1
    if i < end and is_katakana(text[i]):
        return None if _is_place(text[i:end]) or end - i < 2 else i
    return _kanji_name_before(text, end, name_starts)


def _initial_at(text: str, i: int) -> bool:
    """A Latin capital between joiners inside a katakana name (the D of ・D・)."""
    return ("A" <= text[i] <= "Z" or "Ａ" <= text[i] <= "Ｚ") and text[i - 1:i] in _JOINERS and text[i + 1:i + 2] in _JOINERS \
        and i >= 2 and is_katakana(text[i - 2])


def _kanji_name_before(text: str, end: int, name_starts: set[int]) -> int | None:
    start = end
    while start > 0 and is_kanji(text[start - 1]) and end - start < _MAX_KANJI_NAME + 2:
        start -= 1
    run = text[start:end]
    for i in range(max(start, end - _MAX_KANJI_NAME), end):
        # a one-kanji surname (林大臣) only when it stands alone before its title
        if i in name_starts and not _is_place(text[i:end]) and (i < end - 1 or i == start):
            return i
    if 2 <= len(run) <= 3 and run[0] not in _NOT_NAME_START and not _is_place(run) and not _opens_title(run) \
            and not run.endswith(org_heads()):  # an organization in the title (商務庁長官)
        return start
    return None


def _opens_title(word: str) -> bool:
    return any(title.startswith(word) for title in _titles())


@lru_cache(maxsize=64)
def _inside_places(text: str) -> frozenset[int]:
    """Offsets strictly inside a place name, where no title or name starts (北|朝鮮外相); once per
    text, for the anchors and the names."""
    return frozenset(i for s, e, label in find_gazetteer_spans(text) if label == "LOCATION" for i in range(s + 1, e))


def _honorific_end(text: str, i: int, word_ends: set[int]) -> int | None:
    """End of an honorific (氏, さん …) standing as a word at i, where the tokenizer ends a
    word too (not 氏名, nor the さん of 明石家さんま)."""
    for word in resources.honorifics():
        end = i + len(word)
        if text.startswith(word, i) and not _composable(text[end:end + 1]) and end in word_ends:
            return end
    return None


def _anchors(doc: Doc) -> list[int]:
    """Where a title (or a place before one) can start: token starts and script changes.

    Sudachi sometimes makes one token of a name and its title (トランプ大統領), so a
    change from katakana to kanji is a candidate too; nothing starts inside a place.
    """
    text = doc.text
    anchors = {t.idx for t in doc}
    anchors |= {i for i in range(1, len(text)) if is_katakana(text[i - 1]) and is_kanji(text[i])}
    return sorted(anchors - {0} - _inside_places(text))


def _model_names(doc: Doc) -> dict[int, int]:
    """End → start of the model's PERSON spans (doc.ents, set by the trained ner)."""
    return {e.end_char: e.start_char for e in doc.ents if e.label_ == "PERSON"}


_TIME_SUFFIX = "接尾辞-名詞的-副詞可能"  # Sudachi's tag of 後, 前, 中 after a noun: 会談後, 訪問中


def _time_word_ends(doc: Doc) -> set[int]:
    """Ends of the suffixes of time (会談後|首相, 終了後|球団社長): no name ends in one."""
    return {t.idx + len(t.text) for t in doc if t.tag_ == _TIME_SUFFIX}


_PROPER_NOUN = "固有名詞-一般"  # Sudachi: a proper noun that is no person's or place's name


def _place_led_compound(doc: Doc, token_starts: dict[int, int], start: int, end: int) -> bool:
    """Whether text[start:end] is a known place's word followed by words that name no person
    (ブラジル|トヨタ, a company): a place glued to a name is a person's name only when the
    dictionaries read the rest as one (ジョージア|オキーフ). `token_starts` maps a token's
    offset to its index."""
    if start not in token_starts:
        return False
    words = []
    for token in doc[token_starts[start]:]:
        if token.idx + len(token.text) > end:
            break
        words.append(token)
    return len(words) >= 2 and PLACE_NAME in words[0].tag_ and _is_place(words[0].text) \
        and not any(PERSON_NAME in w.tag_ for w in words[1:])


def _model_organizations(doc: Doc) -> list[tuple[int, int]]:
    """The model's organizations that stay organizations in the guidelines' form (not トランプ政権),
    less those that are a name glued to a known organization (グテーレス|国連 before 事務総長):
    an organization between a name and a title is part of the title (guidelines)."""
    spans = (to_guidelines(doc.text, e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ == "ORGANIZATION")
    known = [(s, e) for s, e, label in find_gazetteer_spans(doc.text) if label == "ORGANIZATION"]
    return [(s[0], s[1]) for s in spans if s is not None and s[2] == "ORGANIZATION"
            and not any(s[0] < k and e == s[1] for k, e in known)]


def _inside_organization(start: int, end: int, title: str, stop: int, organizations: list[tuple[int, int]]) -> bool:
    """Whether a model organization holds the name and goes on after it: the title then
    belongs to that organization (統振株式有限会社|理事長, 日本アマチュアボクシング連盟|会長),
    and what stood before it is part of the organization's name, not a person's. An
    organization that takes in the title itself is the model reading a person and title as
    one name (佐藤主任研究員): the title decides, unless it is an honorific, which also
    names a clan (甲斐武田氏)."""
    return any(s <= start and end < e and (e < stop or title in resources.honorifics()) for s, e in organizations)


def _name_chars(text: str) -> bool:
    return all(_composable(ch) or ch in _JOINERS for ch in text)


def _title_options(text: str, i: int, starts: set[int], word_ends: set[int]):
    """(title start, name end, title end, listed) for each way a title can start at anchor i.

    - an honorific or 政権 (ルラ氏, トランプ政権);
    - a listed or composed title, with a place before it left out (ザハロワ・ロシア外務省報道官);
    - 元/前, 駐/在 and places, then a title (羽鳥隆駐ウズベキスタン共和国日本国特命全権大使).
    """
    word_end = _honorific_end(text, i, word_ends) or (i + len(_ADMINISTRATION) if text.startswith(_ADMINISTRATION, i) else None)
    if word_end is not None:
        yield i, i, word_end, True
        return
    lead = _lead(text, i)
    stop = title_end(text, i, word_ends)
    if lead is None and stop is not None and (_listed(text[i:stop]) or i not in starts):
        yield i, _place_start_before(text, i), stop, _listed(text[i:stop])
    if lead is not None and (stop := title_end(text, lead[0], word_ends)) is not None:
        first_place = i + (text[i] in _FORMER) + (text[i + (text[i] in _FORMER)] in _POSTED)
        yield lead[0], _lead_start(text, first_place), stop, _listed(text[lead[0]:stop])


def _reads_as_a_word(doc: Doc, start: int, name_end: int, title_start: int, time_ends: set[int]) -> bool:
    """Whether the dictionaries read the words before a title as an ordinary noun or a trade
    (スタッフさん, 看護師さん). A katakana loanword with a one-kanji country between it and
    the title, the news style for a foreign leader, is a name whatever the dictionaries say
    (トランプ米大統領, ライス米国務長官); not so a kanji word (昨日米大統領), a suffix of time
    (会議中議長) or a full country name (サッカー日本代表: a team)."""
    text = doc.text
    lead = [ch for ch in text[name_end:title_start] if ch not in _JOINERS and ch not in _FORMER and ch not in _POSTED]
    abbreviated_country = is_katakana(text[start]) and len(lead) == 1 and lead[0] in resources.abbreviation_index() \
        and not any(name_end < e <= title_start for e in time_ends)
    return not abbreviated_country and (is_ordinary_noun(doc, start, name_end) or is_trade(doc, start, name_end))


def _inside_compound(text: str, title_start: int, stop: int) -> bool:
    """Whether a title ends where only the tokenizer ends a word, inside a kanji compound
    (外務大臣|演説): not before 等, 及び, 閣下, 発 or 宛, and not an honorific or 政権."""
    return is_kanji(text[stop:stop + 1]) and not text.startswith(_CONJUNCTIONS, stop) and text[stop] not in _FROM_TO \
        and text[title_start:stop] not in resources.honorifics() and not text.startswith(_ADMINISTRATION, title_start)


def _title_inside_katakana_name(doc: Doc, name_end: int, title_start: int) -> bool:
    """Whether a title would start on a katakana word joined by ・ to the katakana before it
    (ナティエ・|ペレア国防大臣, ジャック・|ワーナー元副会長): that word is the rest of the name.
    A word the dictionary knows as an ordinary noun starts a title (ユスポフ・|エネルギー相)."""
    text = doc.text
    if not (name_end < title_start and all(ch in _JOINERS for ch in text[name_end:title_start])
            and is_katakana(text[name_end - 1:name_end]) and is_katakana(text[title_start])):
        return False
    word_end = title_start
    while word_end < len(text) and is_katakana(text[word_end]):
        word_end += 1
    return not is_dictionary_noun(text[title_start:word_end])


def find_titled_names(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(name start, name end, title start, title end) for every name before a title.

    Several anchors can end the same title (高市|早苗日本国総理大臣, 高市早苗日本国|総理大臣;
    大統領府創造経済・|観光局長). Per title end the split the model agrees with wins, then
    one with a listed title, else the longest title; a composed title never starts on a
    dictionary name (早苗, 純一).
    """
    text = doc.text
    starts = person_starts(doc)
    model = _model_names(doc)
    organizations = _model_organizations(doc)
    time_ends = _time_word_ends(doc)
    word_ends = {t.idx + len(t.text) for t in doc}
    # a katakana name does not start inside the tokenizer's word (東京ガス|社長: a company)
    inside_tokens = {i for t in doc for i in range(t.idx + 1, t.idx + len(t.text))}
    # nor does a kanji name start inside a proper noun that names no person (ダイハツ工業|社長)
    inside_proper = {i for t in doc if t.tag_.endswith(_PROPER_NOUN) for i in range(t.idx + 1, t.idx + len(t.text))}
    token_starts = {t.idx: t.i for t in doc}
    # nor does a name start inside a place (セネガル|共和国アフリカ統合・外務大臣)
    inside_places = _inside_places(text)
    # full names written with a space that the dictionaries tag as surname + given name decide
    # the start of a name ending where they end (山田 太郎|さん), and may stand one space before
    # the title (櫻田 宏 市長)
    tagged = {end: start for start, surname_end, end in _tagged_pairs(doc) if text[surname_end:surname_end + 1] in _SPACES}
    by_stop: dict[int, list[tuple[bool, bool, int, int, int, int]]] = {}
    options = [option for i in _anchors(doc) for option in _title_options(text, i, starts, word_ends)]
    # an honorific after a title addresses the title's holder (トランプ大統領|閣下, 田中社長|さん):
    # the name ends before the title, not before the honorific
    title_stops = {stop for title_start, _, stop, _ in options if text[title_start:stop] not in resources.honorifics()}
    for title_start, name_end, stop, listed in options:
        if title_start in title_stops and text[title_start:stop] in resources.honorifics():
            continue
        while name_end > 0 and text[name_end - 1] in _JOINERS:
            name_end -= 1
        if text[name_end - 1:name_end] in _SPACES and name_end - 1 in tagged:
            name_end -= 1
        if name_end in tagged:
            by_stop.setdefault(stop, []).append((True, listed, -title_start, tagged[name_end], name_end, title_start))
            continue
        if _title_inside_katakana_name(doc, name_end, title_start):
            continue
        if title_start - name_end == 1 and model.get(title_start, title_start) < name_end and is_kanji(text[name_end - 1]):
            name_end = title_start  # the model reads the one kanji as the name's end (金正日総書記)
        start = name_before(text, name_end, starts) if name_end > 0 else None
        # the model decides a kanji name's start; a katakana run with its joiners is the name
        # (not a model name ending in an organization word: 北村外務省|報道官 is 北村, 外務省報道官)
        agrees = name_end in model and _name_chars(text[model[name_end]:name_end]) and not is_katakana(text[name_end - 1]) \
            and not text.endswith(org_heads(), model[name_end], name_end)
        if agrees:
            start = model[name_end]
        elif start is not None and (_reads_as_a_word(doc, start, name_end, title_start, time_ends) or name_end in time_ends
                                    or text.endswith(org_heads(), start, name_end)
                                    or (is_katakana(text[start]) and start in inside_tokens)
                                    or start in inside_proper or start in inside_places
                                    or _place_led_compound(doc, token_starts, start, name_end)):
            continue  # a role, a thing, a time or an organization (秀明大学|教授, 東京ガス|社長) before
            # the title, unless the model reads a name
        if start is not None and (_inside_organization(start, name_end, text[title_start:stop], stop, organizations)
                                  or after_legal_form(text, start)):
            continue  # a company's name (株式会社アテクト|様)
        if start is not None and _inside_compound(text, title_start, stop) and not (agrees or start in starts):
            continue  # a title inside a compound (司令官|兼) vouches for no word the dictionaries do not
            # read as a name (アンカラ司令部|司令官, 日本ウエイトリフティング|女子代表|監督)
        if start is not None and start < name_end and (listed or agrees or name_end - start > 1):
            # a one-kanji surname only before a listed title or honorific (林大臣, not 統|振…理事長)
            by_stop.setdefault(stop, []).append((agrees, listed, -title_start, start, name_end, title_start))
    found = []
    for stop, splits in sorted(by_stop.items()):
        *_, start, name_end, title_start = max(splits)
        found.append((start, name_end, title_start, stop))
    return found


_SPACE_TAG = "空白"  # Sudachi's tag of a full-width space
_SPACES = frozenset(" \u3000")  # one space between the parts of a name (山田 太郎) or before a title


def find_tagged_names(doc: Doc) -> list[tuple[int, int, bool]]:
    """Surname + given name as the tokenizer tags them (森薫, 柘植芳文; with one space between
    them, 山田 太郎, as lists and bylines write them), with no title, and whether the surname
    alone is a known place (川崎|公太).

    Both parts are required, and the name must end a word: single tokens tagged as names
    are too often words (a kanji of 互恵, a god's name), and a "name" running on into a
    compound (一村一品) is part of that compound.
    """
    text = doc.text
    return [(start, end, _is_place(text[start:surname_end])) for start, surname_end, end in _tagged_pairs(doc)
            if not _composable(text[end:end + 1]) and not _is_place(text[start:end])]


def _tagged_pairs(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, surname end, end) of each surname + given name the tokenizer tags, at most one
    space between them. Computed once per doc (the title rule and the name-tag rule both ask)."""
    if "tagged_pairs" not in doc.user_data:
        text = doc.text
        tokens = [t for t in doc if t.tag_ != _SPACE_TAG]
        doc.user_data["tagged_pairs"] = [
            (a.idx, a.idx + len(a.text), b.idx + len(b.text)) for a, b in zip(tokens, tokens[1:])
            if a.tag_.endswith("人名-姓") and b.tag_.endswith("人名-名") and text[a.idx + len(a.text):b.idx] in ("", *_SPACES)]
    return doc.user_data["tagged_pairs"]


@Language.factory("person_rules", assigns=["doc._.candidates"])
def make_person_rules(nlp: Language, name: str) -> "PersonRules":
    return PersonRules()


class PersonRules:
    def __call__(self, doc: Doc) -> Doc:
        for start, end, title_start, title_stop in find_titled_names(doc):
            add_candidate(doc, start, end, "PERSON", "rule:title", TITLE_PRIORITY)
            add_candidate(doc, title_start, title_stop, BLOCK, "rule:title", TITLE_BLOCK_PRIORITY)
            if _country_after_name(doc.text, end) == title_start:  # the gazetteer reads whole words only
                add_candidate(doc, end, title_start, "LOCATION", "rule:title", TITLE_PRIORITY)
            for i in _abbreviations_in_lead(doc.text, end, title_start) + _abbreviation_before(doc.text, start):
                add_candidate(doc, i, i + 1, "LOCATION", "rule:title", TITLE_PRIORITY)
        for start, end, surname_is_place in find_tagged_names(doc):
            add_candidate(doc, start, end, "PERSON", "rule:name-tag",
                          NAME_OVER_PLACE_PRIORITY if surname_is_place else NAME_TAG_PRIORITY)
        return doc


def title_after(text: str, end: int, person_ends: dict[int, int], word_ends: AbstractSet[int] = frozenset()) -> str | None:
    """The title written right after a name, without a place inside it or 両.

    Names sharing one title are skipped over (岩屋・ヌルテリュ両外相 → 外相 for both);
    `person_ends` maps the start of each person mention to its end, `word_ends` are where
    the tokenizer ends a word (see title_end).
    """
    i = end
    while i < len(text) and text[i] in "・､、" and i + 1 in person_ends:
        i = person_ends[i + 1]
    if text.startswith("両", i):
        i += 1
    if text[i:i + 1] in MIDDLE_DOTS or text[i:i + 1] in _SPACES:
        i += 1
    i, kept = _lead(text, i) or (i, "")
    stop = title_end(text, i, word_ends)
    return kept + text[i:stop] if stop else None
