import pytest

from pipeline.normalize.money import normalize_money


@pytest.mark.parametrize(
    "text, before, after, amount, currency, approx",
    [
        ("7兆円", "総額", "", "7000000000000", "JPY", False),
        ("2兆4,139億円", "約", "", "2413900000000", "JPY", True),
        ("8億30万ドル", "", "", "800300000", "USD", False),
        ("九千億円", "", "程度", "900000000000", "JPY", True),
        ("3.5億ドル", "", "", "350000000", "USD", False),
        ("500万米ドル", "およそ", "", "5000000", "USD", True),
        ("12億ユーロ", "", "余り", "1200000000", "EUR", True),
        ("40億ルーブル", "計", "", "4000000000", "RUB", False),
        ("US$300", "", "", "300", "USD", False),
        ("2千万テンゲ", "約総額", "", "20000000", "KZT", True),
        ("239億2,000万円", "供与限度額：約", "", "23920000000", "JPY", True),
        ("239億円", "約総額：", "", "23900000000", "JPY", True),
        ("5億円", "合計", "", "500000000", "JPY", False),
        ("23,937百万円", "限度額", "", "23937000000", "JPY", False),
        ("¥1,980", "", "", "1980", "JPY", False),
        ("￥2,000", "", "", "2000", "JPY", False),
        ("£300", "", "", "300", "GBP", False),
        ("US＄30", "", "", "30", "USD", False),
        ("$5ドル", "", "", "5", "USD", False),  # the sign and the unit name one currency
        ("$5.5 million", "", "", "5500000", "USD", False),
        ("184億豪ドル", "", "", "18400000000", "AUD", False),
        ("4,985.49円", "", "", "4985.49", "JPY", False),
        ("254億10百万円", "", "", "25410000000", "JPY", False),
        ("3,000万タイ・バーツ", "約", "", "30000000", "THB", True),
    ],
)
def test_normalize_money(text, before, after, amount, currency, approx):
    assert normalize_money(text, before, after) == {"amount": amount, "currency": currency, "approx": approx}


@pytest.mark.parametrize("text", ["300個", "円5", "$5円"])  # no unit; a word unit before; two currencies
def test_unknown_unit_is_an_error(text):
    with pytest.raises(ValueError):
        normalize_money(text)
