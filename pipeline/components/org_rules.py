"""Organizations named by how organization names are built.

- A place plus an organization word: ロシア経済発展省, 日本国外務省, カザフスタン大使館,
  日本人材開発センター, 日・タジキスタン…政府間委員会. The guidelines make the whole
  compound one ORGANIZATION, places inside included. The compound starts with places
  (joined by ・) and ends with a word from org_heads.txt or a known organization, with
  only kanji, katakana and ・ between: a particle ends it, so 日本と中央アジアの協力 is
  never swallowed. Two exceptions follow the grammar: places before a word "between"
  (日・トルクメニスタン外務省間: the ministries of each) leave only the organization word,
  and an embassy or consulate written 在X (在鹿児島ジョージア名誉領事館) keeps 在X. Kanji right
  before the place are part of the name where the trained model reads them so (太陽神戸銀行,
  未来韓国党), else a prefix outside it (元日本国外務省).
- A compound ending in an organization word with an abbreviation in brackets after it:
  国際科学技術センター（ISTC） (the abbreviation itself: pipeline.extract).
- An English name ending in an organization word: Toda Peace Institute, The Nepali Times.
A company's legal form written right before or after a name these rules find is part of
that name (株式会社北海道相互銀行; resources/company_forms.txt).
Their priority is below the title block, so an organization inside a person's title
(ロシア外務省報道官) stays part of the title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..charclass import BRACKETED_ACRONYM, MIDDLE_DOTS, is_kanji, is_katakana
from .boundary import is_alliance
from .candidates import add_candidate
from .gazetteer import find_gazetteer_spans

PRIORITY = 73
_MAX_BODY = 24
_BETWEEN = "間"
_PROPER_NOUN = "固有名詞-一般"  # Sudachi's proper nouns other than names of people and places
_POSTED = "在"
_MISSIONS = ("大使館", "領事館", "代表部")
_NAME_RUN = r"[\u3400-\u9fff々\u30a1-\u30fa\u30fc・]"
_ENGLISH_HEADS = ("Institute", "University", "Times", "News", "Agency", "Bank", "Fund", "Council", "Association",
                  "Foundation", "Organization", "Organisation", "Company", "Corporation", "Group", "Party",
                  "Committee", "Commission", "Center", "Centre", "Press", "Post", "Herald", "Journal", "Gazette",
                  "Tribune", "Ministry", "Authority", "Academy", "Society", "Federation", "Alliance")
_ENGLISH_HEAD = "(?:" + "|".join(_ENGLISH_HEADS) + ")"
# Starts where no Latin letter goes before (Japanese may stand right before it: アスタナThe Astana Times).
_ENGLISH_ORG = re.compile(rf"(?<![A-Za-z0-9])(?:The )?(?:(?!The )[A-Z][a-z][A-Za-z&'.-]* ){{1,5}}?{_ENGLISH_HEAD}(?: {_ENGLISH_HEAD})*\b")
_ABBREVIATED = re.compile(rf"{_NAME_RUN}{{2,30}}(?={BRACKETED_ACRONYM.pattern})")


@lru_cache(maxsize=1)
def org_heads() -> tuple[str, ...]:
    known = {s for org in resources.organizations() for s in (org.name, *org.aliases) if re.search(r"[^\x00-\x7f]", s)}
    return tuple(sorted(set(resources.word_list("org_heads.txt")) | known, key=len, reverse=True))


def _body_end(text: str, i: int, heads: tuple[str, ...] | None = None) -> int | None:
    """End of the longest kanji/katakana/・ run from i that ends with an organization word.

    A ・ right after an organization word ends the run: what follows is the next item of
    a list (三重県山田支庁・小学校・三井銀行), not more of the same name."""
    heads = heads or org_heads()
    stop = i
    while stop < len(text) and stop - i < _MAX_BODY and re.match(_NAME_RUN, text[stop]):
        if text[stop] in MIDDLE_DOTS and text[i:stop].endswith(heads):
            break
        stop += 1
    for end in range(stop, i, -1):
        if text[i:end].endswith(heads):
            return end
    return None


def find_place_organizations(text: str) -> list[tuple[int, int]]:
    places = {s: e for s, e, label in find_gazetteer_spans(text) if label == "LOCATION"}
    found, taken = [], 0
    for start in sorted(places):
        if start < taken:
            continue
        if _inside_a_word(text, start):
            continue  # JBS日本福祉放送: the name starts before the place
        end, n_places = places[start], 1
        while (joined := end + 1 if text[end:end + 1] in MIDDLE_DOTS else end) in places:
            end, n_places = places[joined], n_places + 1
        body_end = _body_end(text, end)
        if body_end is None:
            continue
        taken = body_end
        if n_places >= 2 and text.startswith(_BETWEEN, body_end):
            found.append((end, body_end))  # 日・トルクメニスタン外務省間: each one's ministry
            continue
        if is_alliance(text[start:body_end]):
            continue  # 日米同盟: the places only
        if text.endswith(_MISSIONS, 0, body_end):
            start = _posted_start(text, start)
        found.append(with_legal_form(text, start, body_end))
    return found


@lru_cache(maxsize=1)
def _company_forms() -> tuple[str, ...]:
    return tuple(sorted(resources.word_list("company_forms.txt"), key=len, reverse=True))


def with_legal_form(text: str, start: int, end: int) -> tuple[int, int]:
    """The name with a company's legal form written right before or after it (株式会社|北海道
    相互銀行, 図書印刷|株式会社): the legal form is part of the company's name."""
    form = next((f for f in _company_forms() if text.endswith(f, 0, start)), None)
    if form is not None:
        start -= len(form)
    form = next((f for f in _company_forms() if text.startswith(f, end)), None)
    if form is not None and not re.match(_NAME_RUN, text[end + len(form):end + len(form) + 1]):
        end += len(form)
    return start, end


def without_legal_form(name: str) -> str:
    """The name without a company's legal form before or after it (株式会社板橋建設 → 板橋建設)."""
    for form in _company_forms():
        if name.startswith(form):
            return name[len(form):]
        if name.endswith(form):
            return name[:-len(form)]
    return name


def after_legal_form(text: str, start: int) -> bool:
    """Whether a company's legal form stands right before `start` (株式会社|アテクト様): what
    follows it is the company's name, not a person's."""
    return text.endswith(_company_forms(), 0, start)


def company_named(text: str, start: int, end: int, noun_follows: bool) -> tuple[int, int] | None:
    """The company a legal form makes of a whole name right after or before it (株式会社|アテクト|様,
    アテクト|株式会社), with the form; None without one, or where the name goes on past `end`
    into another noun (株式会社|北海道|相互銀行: 北海道 is not the company)."""
    span = with_legal_form(text, start, end)
    if span == (start, end) or (span[1] == end and noun_follows):
        return None
    return span


def _inside_a_word(text: str, start: int) -> bool:
    """Whether a Latin or katakana word goes on right before the place at `start`: the
    name starts before it (JBS日本福祉放送). A kanji before it is often a prefix (元, 全)."""
    before = text[start - 1:start]
    return bool(before) and (before.isascii() and before.isalpha() or is_katakana(before))


def _posted_start(text: str, start: int) -> int:
    """Start of 在X before a mission's name (在鹿児島ジョージア名誉領事館), X any known place."""
    if text[start - 1:start] == _POSTED:
        return start - 1
    known = resources.location_index().keys() | resources.weak_location_index().keys()
    for k in range(max(1, start - 12), start):
        if text[k - 1] == _POSTED and text[k:start] in known:
            return k - 1
    return start


@lru_cache(maxsize=1)
def _named_heads() -> tuple[str, ...]:
    return tuple(sorted(set(org_heads()) | set(resources.school_heads()), key=len, reverse=True))


def find_named_organizations(doc: Doc) -> list[tuple[int, int]]:
    """A proper noun that names no person or place, then an organization or school word
    (三井|銀行, 済美|女子高等学校, ASEAN|事務局), by Sudachi's tags. The compound must end
    there, and start with the proper noun: in JICA開発大学院連携プログラム the words name a
    programme, not a school, and in 日本W杯組織委員会 the name starts before W杯."""
    text = doc.text
    found: list[tuple[int, int]] = []
    for token in doc:
        before = text[token.idx - 1:token.idx]
        if not token.tag_.endswith(_PROPER_NOUN) or (found and token.idx < found[-1][1]) \
                or re.match(_NAME_RUN, before) or (before.isascii() and before.isalnum()):
            continue  # a word before it: the name may start there (日本W杯組織委員会)
        end = _body_end(text, token.idx + len(token.text), _named_heads())
        if end is not None and not re.match(_NAME_RUN, text[end:end + 1]):
            found.append(with_legal_form(text, token.idx, end))
    return found


def find_abbreviated_organizations(text: str) -> list[tuple[int, int]]:
    """Compounds ending in an organization word with an abbreviation after them (…センター（ISTC））."""
    found = []
    for m in _ABBREVIATED.finditer(text):
        end = _body_end(text, m.start())
        if end == m.end():
            found.append(m.span())
    return found


def find_english_organizations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ENGLISH_ORG.finditer(text)]


@Language.factory("org_rules", assigns=["doc._.candidates"])
def make_org_rules(nlp: Language, name: str) -> "OrgRules":
    return OrgRules()


def _model_start(text: str, start: int, end: int, model_starts: dict[int, int]) -> int:
    """Where the name starts when kanji stand right before its place: the model's reading of
    the same organization decides whether they are part of the name (太陽|神戸銀行, 未来|韓国党,
    国家社会主義|ドイツ労働者党) or not (元|日本国外務省)."""
    model_start = model_starts.get(end)
    if model_start is not None and model_start < start and is_kanji(text[start - 1]):
        return model_start
    return start


class OrgRules:
    def __call__(self, doc: Doc) -> Doc:
        model_starts = {e.end_char: e.start_char for e in doc.ents if e.label_ == "ORGANIZATION"}
        for start, end in find_place_organizations(doc.text):
            start = _model_start(doc.text, start, end, model_starts)
            add_candidate(doc, start, end, "ORGANIZATION", "rule:place-org", PRIORITY)
        for start, end in find_named_organizations(doc):
            add_candidate(doc, start, end, "ORGANIZATION", "rule:named-org", PRIORITY)
        for start, end in find_abbreviated_organizations(doc.text) + find_english_organizations(doc.text):
            add_candidate(doc, start, end, "ORGANIZATION", "rule:org-name", PRIORITY)
        return doc
