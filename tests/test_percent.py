from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from pipeline.normalize.percent import normalize_percent


@pytest.mark.parametrize(
    "text, value",
    [("12.5%", "12.5"), ("40％", "40"), ("7割", "70"), ("3割5分", "35"), ("4から5割", "40/50"),
     ("10～15%", "10/15"), ("10%～15%", "10/15"), ("三割", "30"), ("０．５％", "0.5"),
     ("１００パーセント", "100"), ("12.5パーセント", "12.5"), ("10から20パーセント", "10/20"), ("0.40%", "0.4"),
     ("110ベーシスポイント", "1.1"), ("25ベーシス・ポイント", "0.25"), ("50bp", "0.5"), ("100bps", "1"),
     ("2から3割5分", "20/35"), ("66・0%", "66"), ("39・6％", "39.6"),
     # a fraction is its share of a hundred
     ("4分の1", "25"), ("三分の一", "33.33"), ("3分の2", "66.67"), ("8分の1", "12.5"), ("１０分の３", "30")],
)
def test_normalize_percent(text, value):
    assert normalize_percent(text) == {"value": value}


@pytest.mark.parametrize("text", ["パーセント", "%", "割", "x%", "0分の1", "1分の" + "1" * 40])
def test_what_is_not_a_percentage_is_refused(text):
    with pytest.raises(ValueError):
        normalize_percent(text)


@given(st.integers(min_value=0, max_value=10**40), st.integers(min_value=0, max_value=10**40))
def test_any_fraction_normalizes_or_is_refused(denominator, numerator):
    """Nothing legal fails: a fraction of any size has a value or a ValueError (kept with null)."""
    try:
        value = normalize_percent(f"{denominator}分の{numerator}")["value"]
    except ValueError:
        return
    # exact arithmetic: a half-way case (168/1280 = 13.125 → 13.12) is 0.005 away, which floats cannot tell
    assert denominator != 0 and abs(Fraction(value) - Fraction(numerator * 100, denominator)) <= Fraction(1, 200)
