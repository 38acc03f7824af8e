import pytest

from pipeline.mentions import Mention
from pipeline.normalize.person import is_short_form, similarity_key
from pipeline.resolve import apply_organizations, apply_people, canonical_people


@pytest.mark.parametrize(
    "a, b",
    [("ナザルバエフ", "ナザールバエフ"), ("ショイグ", "ショイーグ"), ("ジョコ＝ウィドド", "ジョコ・ウィドド"),
     ("ミルゾヨエフ", "ミルゾョエフ"), ("ジョコ=ウィドド", "ジョコ＝ウィドド")],
)
def test_spelling_variants_share_a_key(a, b):
    assert similarity_key(a) == similarity_key(b)


@pytest.mark.parametrize(
    "short, full, same",
    [
        ("ウィドド", "ジョコ・ウィドド", True),  # a foreign name by its last part
        ("上川", "上川陽子", True),  # a Japanese name by its surname
        ("ジョコ", "ジョコ・ウィドド", False),  # a first name alone is not used for a person
        ("上田", "上川陽子", False),
        ("ショイーグ", "ショイグ", True),
    ],
)
def test_short_forms(short, full, same):
    assert is_short_form(short, full) is same


def person(doc, name):
    return Mention(doc, 0, len(name), name, "PERSON", {"name": name, "title": None})


def test_canonical_name_is_the_fullest_and_prefers_full_width_joiners():
    names = canonical_people([person("a", "ウィドド"), person("a", "ジョコ=ウィドド"), person("b", "ジョコ＝ウィドド")], {})
    assert set(names.values()) == {"ジョコ＝ウィドド"}


def test_equally_full_spellings_follow_the_most_recent_government_document():
    mentions = [person("news", "ミルゾヨーエフ"), person("old", "ミルゾヨエフ"), person("new", "ミルゾョーエフ")]
    rank = {"news": (False, "2026"), "old": (True, "2023"), "new": (True, "2025")}
    apply_people(mentions, rank)
    assert {m.norm["name"] for m in mentions} == {"ミルゾョーエフ"}


def org(doc, name):
    return Mention(doc, 0, len(name), name, "ORGANIZATION", {"name": name})


def test_abbreviations_expand_only_when_the_corpus_gives_the_full_name():
    texts = {"a": "アジア開発銀行（ADB）とIMFが支援した。", "b": "ADBは発表した。"}
    mentions = [org("a", "アジア開発銀行"), org("a", "ADB"), org("a", "IMF"), org("b", "ADB")]
    apply_organizations(mentions, texts)
    assert [m.norm["name"] for m in mentions] == ["アジア開発銀行", "アジア開発銀行", "IMF", "アジア開発銀行"]


def test_english_full_name_reaches_the_japanese_name_through_its_abbreviation():
    texts = {"a": "上海協力機構（SCO）", "b": "the Shanghai Cooperation Organization (SCO) met"}
    mentions = [org("a", "上海協力機構"), org("a", "SCO"), org("b", "Shanghai Cooperation Organization"), org("b", "SCO")]
    apply_organizations(mentions, texts)
    assert {m.norm["name"] for m in mentions} == {"上海協力機構"}


@pytest.mark.parametrize(
    "short, full, same",
    [("ヌルテリュ", "ヌルトレウ", True),  # transcriptions of one name: the consonants agree
     ("サイドフ", "サイードフ", True), ("マリア", "マリオ", False), ("ペトロフ", "ポポフ", False)],
)
def test_katakana_spelling_variants(short, full, same):
    from pipeline.normalize.person import is_short_form

    assert is_short_form(short, full) is same
