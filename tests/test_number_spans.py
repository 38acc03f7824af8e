"""The number_spans component: amounts of money that the tokenizer also reads as numbers."""
import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("価格は五元だった。", [("五元", "MONEY")]),
        ("三万元を支払う。", [("三万元", "MONEY")]),
        ("総額3兆円の支援", [("3兆円", "MONEY")]),
        ("１００パーセントの出資", [("１００パーセント", "PERCENT")]),
        ("人口の四分の一が", [("四分の一", "PERCENT")]),
        ("終日5割引。", [("5割", "PERCENT")]),  # a share before a word that starts with its unit
        ("価格は¥1,980（税込）。", [("¥1,980", "MONEY")]),  # a sign before the amount
        ("同社は184億豪ドルの債務を抱える。", [("184億豪ドル", "MONEY")]),
        # a numeral and unit inside a longer word, or making up a name, are no amount
        ("情報の一元化を進める。", []),
        ("水と三元素", []),
    ],
)
def test_amounts_are_written_as_numbers(mentions_of, text, expected):
    assert [m for m in mentions_of(text) if m[1] in ("MONEY", "PERCENT")] == expected


def test_a_surname_made_of_a_numeral_and_unit_is_no_amount(mentions_of):
    assert ("四元", "MONEY") not in mentions_of("四元奈生美は卓球選手。")
