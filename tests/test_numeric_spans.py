"""DATE / MONEY / PERCENT spans: what the grammar catches (with positions) and leaves alone."""
import pytest

from pipeline.patterns.numeric import find_numeric_spans, parse_grammar


def spans(text):
    return [(text[s:e], s, label) for s, e, label in find_numeric_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019年3月14日に署名", [("2019年3月14日", 0, "DATE")]),
        ("会合は3月4~6日に", [("3月4~6日", 3, "DATE")]),
        ("2016年4月～2020年1月まで", [("2016年4月～2020年1月", 0, "DATE")]),
        ("3月末から4月初旬にかけて", [("3月末から4月初旬", 0, "DATE")]),
        ("同年8月には", [("同年8月", 0, "DATE")]),
        ("演習「東方2022」を", [("2022", 5, "DATE")]),
        ("計画(2030-2032)の", [("2030-2032", 3, "DATE")]),
        ("総額7兆円の支援", [("7兆円", 2, "MONEY")]),
        ("約2兆4,139億円で", [("2兆4,139億円", 1, "MONEY")]),
        ("8億30万ドルを超える", [("8億30万ドル", 0, "MONEY")]),
        ("12.5%の増加", [("12.5%", 0, "PERCENT")]),
        ("7割超が賛成", [("7割", 0, "PERCENT")]),
        ("4から5割", [("4から5割", 0, "PERCENT")]),
        ("10%から12%に", [("10%", 0, "PERCENT"), ("12%", 5, "PERCENT")]),
        ("2021年同期比で", [("2021年", 0, "DATE")]),
        ("令和2年に", [("令和2年", 0, "DATE")]),
    ],
)
def test_catches(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3年間にわたり", "15年間続いた", "約2年ぶりに", "50周年を迎えた", "戦後70年", "10年が経ち", "前年比で増えた",
        "2倍になった", "第4回会合", "3か月後", "1500人が参加", "https://example.org/2019/05/report",
        "mail@example.org", "同期間の数値",
    ],
)
def test_leaves_alone(text):
    assert spans(text) == []


def test_grammar_errors_name_the_line():
    with pytest.raises(ValueError, match="numeric.txt:2"):
        parse_grammar("A = x\nDATE: {MISSING}")
