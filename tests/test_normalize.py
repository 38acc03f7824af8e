"""Span finding + normalization together: nothing legal fails, unreadable spans keep null values."""
import datetime

import pytest
from hypothesis import example, given, settings, strategies as st

from pipeline.mentions import NORM_KEYS, Mention
from pipeline.normalize import normalize_mentions, unreadable
from pipeline.normalize.date import DocDate
from pipeline.normalize.numbers import render_japanese
from pipeline.patterns.numeric import find_numeric_spans

OWN = DocDate(2019, 5, 17, "dateline")
FULL_WIDTH = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def mentions(text: str, own: DocDate = OWN) -> list[Mention]:
    found = [Mention("d", s, e, text[s:e], label) for s, e, label in find_numeric_spans(text)]
    return normalize_mentions(found, text, own, {})


def values(text: str) -> list[tuple[str, str, dict]]:
    return [(m.text, m.label, m.norm) for m in mentions(text)]


# Number expressions as texts write them: arabic, full-width, kanji and mixed digits,
# separators, myriad units, prefixes and units of every label, in any combination.
NUMBER = st.text(alphabet="0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万億兆,，.．、", min_size=1, max_size=8)
PREFIX = st.sampled_from(["", "約", "本", "同", "翌", "令和", "平成", "昭和", "昨年", "同年", "本年", "同月", "第",
                          "US$", "$", "＄", "総額", "限度額：", "償還期間：", "(1)"])
UNIT = st.sampled_from(["", "年", "年度", "月", "日", "年間", "か月", "円", "ドル", "米ドル", "ユーロ", "%", "％",
                        "パーセント", "割", "分", "ベーシスポイント", "bp", "時", "人", "件", "から", "~", "～", "ー",
                        "－", "-", "元", "末", "初旬", "(木)", "（木曜日）"])
EXPRESSION = st.tuples(PREFIX, NUMBER, UNIT, st.one_of(st.just(""), NUMBER), UNIT).map("".join)
AROUND = st.text(alphabet="あのはに、。,. \n\n日本年月(（)）|:：度", max_size=6)
DOCUMENT = st.lists(st.tuples(AROUND, EXPRESSION).map("".join), min_size=1, max_size=6).map("".join)


def _well_formed(found: list[Mention], text: str) -> None:
    for m in found:
        assert text[m.start:m.end] == m.text
        assert set(m.norm) == set(NORM_KEYS[m.label])


@settings(max_examples=400, deadline=None)
@given(DOCUMENT)
def test_number_expressions_in_text_never_fail(text):
    _well_formed(mentions(text), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５６７８９〇一二十百千万億年月日度本同翌昨今来前%％パーセント割分,，、.．~～-－ー"
                        "から円ドル$()（）木 \n。", max_size=40),
       st.sampled_from([OWN, DocDate(2024, source="manifest"), DocDate()]))
def test_any_text_of_number_characters_never_fails(text, own):
    _well_formed(mentions(text, own), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５６７８９一二三十百千万億兆京,.円ドル¥$ ", max_size=30))
@example("8万2億円")
@example("¥0ドル")
@example("2万1万1円")
@example("71億3京円")
def test_every_amount_the_grammar_finds_has_a_value(text):
    """Myriad units out of order (8万2億円) are no amount: what is found can be read."""
    for m in mentions(text):
        if m.label == "MONEY":
            assert m.norm["amount"] is not None, m.text


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["arabic", "full", "kanji"]),
       st.sampled_from(["%", "パーセント"]))
def test_percentages_in_any_script_are_read(n, style, unit):
    number = render_japanese(n, "kanji") if style == "kanji" else str(n)
    written = number.translate(FULL_WIDTH) if style == "full" else number
    assert values(f"比率は{written}{unit}だった。") == [(f"{written}{unit}", "PERCENT", {"value": str(n)})]


@settings(deadline=None)
@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
       st.booleans())
def test_full_dates_arabic_or_full_width_are_read(day, full_width):
    written = f"{day.year}年{day.month}月{day.day}日"
    written = written.translate(FULL_WIDTH) if full_width else written
    assert values(f"会談は{written}に行われた。") == [(written, "DATE", {"value": day.isoformat()})]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=10**15), st.sampled_from(["mixed", "kanji", "arabic"]), st.booleans())
def test_amounts_in_any_script_are_read(n, style, full_width):
    written = render_japanese(n, style)
    written = written.translate(FULL_WIDTH) if full_width else written
    assert values(f"総額{written}ドルの支援") == [(f"{written}ドル", "MONEY", {"amount": str(n), "currency": "USD", "approx": False})]


@pytest.mark.parametrize(
    "text, label, norm",
    [("2019年2月30日", "DATE", {"value": None}), ("13月", "DATE", {"value": None}),
     ("5億x円", "MONEY", {"amount": None, "currency": None, "approx": None}), ("%", "PERCENT", {"value": None})],
)
def test_a_span_the_normalizer_cannot_read_keeps_null_values(text, label, norm):
    found = normalize_mentions([Mention("d", 0, len(text), text, label)], text, OWN, {})
    assert [(m.text, m.norm) for m in found] == [(text, norm)]
    assert unreadable(found) == found


def test_other_mentions_of_the_document_are_still_normalized():
    text = "2019年2月30日と１００パーセント、翌年"
    assert values(text) == [("2019年2月30日", "DATE", {"value": None}), ("１００パーセント", "PERCENT", {"value": "100"}),
                            ("翌年", "DATE", {"value": "2020"})]


def test_dates_count_from_the_own_date_through_paragraphs_and_schedules():
    text = ("令和元年5月17日\n\n1　本17日から20日まで訪日します。1988年の協定以来の関係で、本年は節目の年です。\n\n"
            "2　18日には会談します。同日、署名式も行います。\n\n（参考）日程\n| 6月 | 1日 | 到着 |\n| | 2日 | 出発 |\n")
    assert [(t, n["value"]) for t, _, n in values(text)] == [
        ("令和元年5月17日", "2019-05-17"), ("本17日から20日", "2019-05-17/2019-05-20"), ("1988年", "1988"),
        ("本年", "2019"), ("18日", "2019-05-18"), ("同日", "2019-05-18"), ("6月", "2019-06"), ("1日", "2019-06-01"),
        ("2日", "2019-06-02")]
