from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from pipeline.normalize.money import normalize_money
from pipeline.normalize.numbers import is_numeral, parse_number, plain, render_japanese


@pytest.mark.parametrize(
    "text, value",
    [
        ("7兆円", None), ("7兆", 7 * 10**12), ("2兆4,139億", 2413900000000), ("8億30万", 800300000),
        ("九千億", 9 * 10**11), ("3.5億", 350000000), ("四百二十", 420), ("十五", 15), ("二〇一九", 2019),
        ("１２，３４５", 12345), ("6千", 6000), ("1万", 10000), ("一万二千", 12000),
        ("5.5 million", 5500000), ("1.2 billion", 1200000000), ("3 thousand", 3000), ("million", None),
    ],
)
def test_parse_number(text, value):
    if value is None:
        with pytest.raises(ValueError):
            parse_number(text)
    else:
        assert parse_number(text) == value


@pytest.mark.parametrize("bad", ["", "abc", "三x", "億億x"])
def test_garbage_is_refused(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


@pytest.mark.parametrize("value, text", [(Decimal("2.50"), "2.5"), (Decimal("3E+12"), "3000000000000"), (Decimal(0), "0")])
def test_plain(value, text):
    assert plain(value) == text


@given(st.integers(min_value=0, max_value=10**16 - 1), st.sampled_from(["kanji", "mixed", "arabic"]))
def test_render_then_parse_round_trip(n, style):
    assert parse_number(render_japanese(n, style)) == n


@given(st.integers(min_value=1, max_value=10**16 - 1))
def test_money_amount_round_trip(n):
    result = normalize_money(render_japanese(n, "mixed") + "円")
    assert result == {"amount": str(n), "currency": "JPY", "approx": False}


@pytest.mark.parametrize("ch, numeral", [("1", True), ("１", True), ("二", True), ("〇", True), ("十", True),
                                         ("万", True), ("億", True), ("日", False), ("a", False), ("", False)])
def test_is_numeral(ch, numeral):
    assert is_numeral(ch) is numeral
