import pytest

from pipeline.normalize.date import DateContext, normalize_date


@pytest.mark.parametrize(
    "text, value",
    [
        ("2019年3月14日", "2019-03-14"), ("2018年7月", "2018-07"), ("1995年", "1995"), ("18年", "2018"),
        ("3月4~6日", "2024-03-04/2024-03-06"), ("2016年4月～2020年1月", "2016-04/2020-01"),
        ("3月末から4月初旬", "2024-03/2024-04"), ("7月2日から9日", "2024-07-02/2024-07-09"),
        ("2030-2032", "2030/2032"), ("2020年から2022年", "2020/2022"), ("2024年2月から11月", "2024-02/2024-11"),
        ("10月末", "2024-10"), ("2030年末", "2030"), ("令和2年", "2020"), ("平成元年", "1989"),
        ("二〇一八年五月三日", "2018-05-03"), ("今年", "2024"), ("昨年", "2023"), ("来年", "2025"),
        ("11月上旬", "2024-11"),
    ],
)
def test_values_with_the_document_year(text, value):
    assert normalize_date(text, DateContext(default_year=2024))["value"] == value


def test_back_references_take_the_previous_date():
    ctx = DateContext(default_year=2024)
    assert normalize_date("2019年5月", ctx)["value"] == "2019-05"
    ctx.new_sentence()
    assert normalize_date("同年8月", ctx)["value"] == "2019-08"
    assert normalize_date("同月", ctx)["value"] == "2019-08"
    assert normalize_date("翌年", ctx)["value"] == "2020"


def test_bare_month_uses_year_of_same_sentence_only():
    ctx = DateContext(default_year=2024)
    normalize_date("2017年", ctx)
    assert normalize_date("6月", ctx)["value"] == "2017-06"
    ctx.new_sentence()
    assert normalize_date("6月", ctx)["value"] == "2024-06"


@pytest.mark.parametrize("after", ["以来、", "までに", "に始まった", "以降"])
def test_since_and_until_years_do_not_set_context(after):
    ctx = DateContext(default_year=2024)
    normalize_date("2015年", ctx, after=after)
    assert normalize_date("9月", ctx)["value"] == "2024-09"


def test_without_any_year_the_year_is_unknown_not_invented():
    assert normalize_date("9月", DateContext())["value"] == "XXXX-09"
