import pytest

from pipeline.normalize.date import DateContext, DocDate, normalize_date


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
        ("2019/04/01", "2019-04-01"), ("2019-4-1", "2019-04-01"), ("２０１９．４．１", "2019-04-01"),
        ("R6.4.1", "2024-04-01"), ("H30.3.31", "2018-03-31"), ("S63.1.7", "1988-01-07"), ("6/1", "2024-06-01"),
        ("2024/5/7-2024/5/9", "2024-05-07/2024-05-09"),
        ("October 17, 2019", "2019-10-17"), ("17 October 2019", "2019-10-17"), ("March 2020", "2020-03"),
        ("Oct. 17", "2024-10-17"), ("December 1st, 2025", "2025-12-01"),
        ("72~76年", "1972/1976"), ("3~5月", "2024-03/2024-05"), ("2014年7-8月", "2014-07/2014-08"),
        ("平成五年一〇月一五日", "1993-10-15"), ("二〇二五年一二月三一日", "2025-12-31"),
    ],
)
def test_values_with_the_document_year(text, value):
    assert normalize_date(text, DateContext(default_year=2024))["value"] == value


@pytest.mark.parametrize(
    "text, year, value",
    [
        ("26年", 2026, "2026"), ("50年", 2026, "2050"), ("56年", 2026, "1956"),  # at most 30 years ahead
        ("74年", 2026, "1974"), ("74年", 1975, "1974"), ("10年", 1995, "2010"), ("99年", 2001, "1999"),
        ("83年度", None, "1983"), ("18年", None, "2018"), ("29年", None, "2029"), ("30年", None, "1930"),
    ],
)
def test_two_digit_years_take_the_nearest_century(text, year, value):
    assert normalize_date(text, DateContext(default_year=year))["value"] == value


@pytest.mark.parametrize(
    "first, then, value",
    [
        ("平成30年2月27日", "30年度", "2018"),  # the era left out after a year written with it
        ("平成30年度", "29年度", "2017"),
        ("令和7年12月24日", "24年", "2024"),  # 令和24年 would be after the text: the western year
        ("2018年", "30年度", "2030"),  # no era written: the western year
    ],
)
def test_a_two_digit_year_after_an_era_year_is_in_that_era(first, then, value):
    ctx = DateContext()
    normalize_date(first, ctx)
    assert normalize_date(then, ctx)["value"] == value


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


@pytest.mark.parametrize(
    "text, value",
    [
        ("本年", "2019"), ("今年", "2019"), ("昨年", "2018"), ("一昨年", "2017"), ("来年", "2020"), ("再来年", "2021"),
        ("本年度", "2019"), ("昨年9月", "2018-09"), ("今月", "2019-05"), ("本月", "2019-05"), ("先月", "2019-04"),
        ("来月5日", "2019-06-05"), ("本日", "2019-05-17"), ("本17日", "2019-05-17"),
        ("本17日から20日", "2019-05-17/2019-05-20"), ("昨年末", "2018"),
    ],
)
def test_deictic_words_count_from_the_documents_own_date(text, value):
    ctx = DateContext.of(DocDate(2019, 5, 17, "dateline"))
    normalize_date("1988年", ctx)  # a year the text named: deictic words ignore it
    assert normalize_date(text, ctx)["value"] == value


@pytest.mark.parametrize(
    "text, value",
    [("同年", "1988"), ("翌年", "1989"), ("前年", "1987"), ("同年6月", "1988-06"), ("同月", "1988-03"),
     ("翌月", "1988-04"), ("同日", "1988-03-31"), ("翌日", "1988-04-01"), ("前日", "1988-03-30"),
     ("同月10日", "1988-03-10"), ("同10日", "1988-03-10"), ("翌18日", "1988-03-18")],
)
def test_anaphoric_words_count_from_the_date_before(text, value):
    ctx = DateContext.of(DocDate(2019, 5, 17, "dateline"))
    normalize_date("1988年3月31日", ctx)
    assert normalize_date(text, ctx)["value"] == value


@pytest.mark.parametrize("text, value", [("同日", "2019-05-16"), ("翌日", "2019-05-17"), ("同年", "2018")])
def test_the_same_day_is_the_last_day_named_not_a_later_month(text, value):
    ctx = DateContext.of(DocDate(2019, 5, 17, "dateline"))
    normalize_date("5月16日", ctx)
    normalize_date("昨年12月", ctx)  # a month named later: 同日 still means the 16th
    assert normalize_date(text, ctx)["value"] == value


def test_anaphoric_words_without_a_date_before_take_the_documents_own_date():
    assert normalize_date("同日", DateContext.of(DocDate(2019, 5, 17, "dateline")))["value"] == "2019-05-17"


@pytest.mark.parametrize(
    "text, value",
    [("今年", "XXXX"), ("本日", "XXXX-XX-XX"), ("本17日", "XXXX-XX-17"), ("今月", "XXXX-XX")],
)
def test_deictic_words_without_an_own_date_stay_unknown(text, value):
    ctx = DateContext()
    normalize_date("2012年3月", ctx)  # never borrowed
    assert normalize_date(text, ctx)["value"] == value


@pytest.mark.parametrize(
    "own, value",
    [(DocDate(2024, source="manifest"), "2024-XX"), (DocDate(2024, 8, source="manifest"), "2024-08")],
)
def test_a_month_the_own_date_does_not_give_is_unknown(own, value):
    assert normalize_date("今月", DateContext.of(own))["value"] == value


@pytest.mark.parametrize(
    "text, value",
    [("平成19年度", "2007"), ("2010年度", "2010"), ("令和元年", "2019"), ("令和元年5月17日", "2019-05-17"),
     ("令和6年", "2024"), ("平成16年8月28日", "2004-08-28"), ("昭和64年", "1989"), ("平成十六年八月二十八日", "2004-08-28"),
     ("令和元年５月１７日", "2019-05-17"), ("2025年後半", "2025")],
)
def test_fiscal_and_era_years(text, value):
    assert normalize_date(text, DateContext(default_year=2024))["value"] == value


def test_a_bare_day_takes_the_month_of_the_date_before_it_in_its_paragraph():
    ctx = DateContext.of(DocDate(2019, 5, 10, "dateline"))
    assert normalize_date("2018年6月", ctx)["value"] == "2018-06"
    ctx.new_sentence()  # the next line of a schedule
    assert normalize_date("17日", ctx)["value"] == "2018-06-17"


def test_a_bare_day_in_a_new_paragraph_takes_the_documents_own_month():
    ctx = DateContext.of(DocDate(2025, 8, source="manifest"))
    normalize_date("2026年3月", ctx)
    ctx.new_paragraph()
    assert normalize_date("28日", ctx)["value"] == "2025-08-28"


@pytest.mark.parametrize(
    "before, after, in_paragraph",
    [("活発化している。", "には、会合が", "2023-09"), ("", "は、会合が", "2023-09"),
     ("\n(1)", "には、会合が", "2023-09"), ("会合は", "には、開か", "2024-09"), ("活発化している。", "に会合が", "2024-09")],
)
def test_a_year_opening_a_sentence_as_its_topic_holds_for_the_paragraph(before, after, in_paragraph):
    ctx = DateContext(default_year=2024)
    normalize_date("2023年", ctx, before=before, after=after)
    ctx.new_sentence()
    assert normalize_date("9月", ctx)["value"] == in_paragraph
    ctx.new_paragraph()
    assert normalize_date("9月", ctx)["value"] == "2024-09"


@pytest.mark.parametrize("text", ["2019年2月30日", "13月", "5月32日", "本年x"])
def test_what_is_not_a_calendar_date_is_refused(text):
    with pytest.raises(ValueError):
        normalize_date(text, DateContext(default_year=2024))


@pytest.mark.parametrize("first, value", [("昨年9月", "2023-10"), ("同年8月", "2019-10"), ("本年5月", "2024-10")])
def test_a_year_named_by_a_relative_word_holds_for_its_sentence(first, value):
    ctx = DateContext(default_year=2024)
    normalize_date("2019年", ctx)
    ctx.new_sentence()
    normalize_date(first, ctx)
    assert normalize_date("10月", ctx)["value"] == value


@pytest.mark.parametrize("day, value", [("29日", "2020-02-29"), ("30日", "2020-XX-30"), ("31日", "2020-XX-31")])
def test_a_bare_day_beyond_the_month_before_it_is_in_another_month(day, value):
    ctx = DateContext()
    normalize_date("2019年11月~20年2月", ctx)
    assert normalize_date(day, ctx)["value"] == value  # never 2020-02-31
