"""DATE / MONEY / PERCENT spans: what the grammar catches (with positions) and leaves alone."""
import pytest

from pipeline.patterns.numeric import currency_fragments, find_numeric_spans, parse_grammar


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
        ("支持率は66・0%だった", [("66・0%", 4, "PERCENT")]),  # ・ as the decimal point of news text
        ("4から5割", [("4から5割", 0, "PERCENT")]),
        ("10%から12%に", [("10%", 0, "PERCENT"), ("12%", 5, "PERCENT")]),
        ("その3分の2近くが", [("3分の2", 2, "PERCENT")]),  # a fraction is a proportion
        ("人口の四分の一が", [("四分の一", 3, "PERCENT")]),
        ("2021年同期比で", [("2021年", 0, "DATE")]),
        ("令和2年に", [("令和2年", 0, "DATE")]),
        # Relative words with 本/同/翌 inside the span (guidelines v1.4).
        ("本17日から20日まで訪日", [("本17日から20日", 0, "DATE")]),
        ("本年は節目の年", [("本年", 0, "DATE")]),
        ("一昨年に署名した", [("一昨年", 0, "DATE")]),
        ("同日午後、会談した", [("同日", 0, "DATE")]),
        ("昨年9月には", [("昨年9月", 0, "DATE")]),
        ("今月末に", [("今月末", 0, "DATE")]),
        ("同月17日に到着し、翌18日に", [("同月17日", 0, "DATE"), ("翌18日", 10, "DATE")]),
        ("本日、発表した", [("本日", 0, "DATE")]),
        # A weekday in brackets stays outside; the day after it is a date of its own.
        ("5月17日(木)に", [("5月17日", 0, "DATE")]),
        ("5月17日（木曜日）から20日（日曜日）まで", [("5月17日", 0, "DATE"), ("20日", 12, "DATE")]),
        # Fiscal years with 度; era years, kanji and full-width digits.
        ("平成19年度予算", [("平成19年度", 0, "DATE")]),
        ("2010年度の実績", [("2010年度", 0, "DATE")]),
        ("今年度から", [("今年度", 0, "DATE")]),
        ("令和元年５月１７日", [("令和元年５月１７日", 0, "DATE")]),
        ("平成十六年八月二十八日", [("平成十六年八月二十八日", 0, "DATE")]),
        ("2025年後半に", [("2025年後半", 0, "DATE")]),
        ("2019年早稲田大学を卒業", [("2019年", 0, "DATE")]),
        ("7月18日後楽園ホール大会", [("7月18日", 0, "DATE")]),
        # Days without a month: schedules and running text.
        ("| 5月 | 17日 | 羽田発 |", [("5月", 2, "DATE"), ("17日", 7, "DATE")]),
        ("28日までウズベキスタンを訪問", [("28日", 0, "DATE")]),
        ("5月17日、18日及び20日", [("5月17日", 0, "DATE"), ("18日", 6, "DATE"), ("20日", 11, "DATE")]),
        # Basis points, percent written out; qualifiers outside money.
        ("円LIBOR＋110ベーシスポイント", [("110ベーシスポイント", 7, "PERCENT")]),
        ("利回りは25bp上昇", [("25bp", 4, "PERCENT")]),
        ("１００パーセント出資", [("１００パーセント", 0, "PERCENT")]),
        ("金利は年0.40%", [("0.40%", 4, "PERCENT")]),
        ("供与限度額：239億2,000万円", [("239億2,000万円", 6, "MONEY")]),
        ("合計5億円", [("5億円", 2, "MONEY")]),
        ("23,937百万円", [("23,937百万円", 0, "MONEY")]),
        # Every unit of the currency table: signs before the amount, units after it.
        ("価格は¥1,980（税込）", [("¥1,980", 3, "MONEY")]),
        ("￥2,000から", [("￥2,000", 0, "MONEY")]),
        ("罰金£300を", [("£300", 2, "MONEY")]),
        ("入場料€50", [("€50", 3, "MONEY")]),
        ("US＄30で", [("US＄30", 0, "MONEY")]),
        ("US$ 300の", [("US$ 300", 0, "MONEY")]),
        ("$5ドルで", [("$5ドル", 0, "MONEY")]),  # a dollar sign and ドル: one amount
        ("US＄5ドルで", [("US＄5ドル", 0, "MONEY")]),
        ("¥0ドル", [("¥0", 0, "MONEY")]),  # another currency's sign: ドル is no part of it
        ("同社は184億豪ドルの債務", [("184億豪ドル", 3, "MONEY")]),
        ("年金15万ペセタを", [("15万ペセタ", 2, "MONEY")]),
        ("約2兆9000億ルピアだった", [("2兆9000億ルピア", 1, "MONEY")]),
        ("3,000万タイ・バーツ", [("3,000万タイ・バーツ", 0, "MONEY")]),
        ("a grant of $5.5 million in", [("$5.5 million", 11, "MONEY")]),
        # A comma used as Japanese punctuation is no digit group separator.
        ("ものに,十万円など", [("十万円", 4, "MONEY")]),
        ("12,000円", [("12,000円", 0, "MONEY")]),
        # grouped digits with decimals: the whole number, not its tail
        ("純資産額は4,985.49円", [("4,985.49円", 5, "MONEY")]),
        ("12,345.6%の増加", [("12,345.6%", 0, "PERCENT")]),
        ("254億10百万円", [("254億10百万円", 0, "MONEY")]),
        # dates written with digits only, as web pages and forms write them
        ("更新日：2024/05/17", [("2024/05/17", 4, "DATE")]),
        ("2024-05-17に公開", [("2024-05-17", 0, "DATE")]),
        ("投稿日 2019.4.1", [("2019.4.1", 4, "DATE")]),
        ("会期は2024/5/7-2024/5/9", [("2024/5/7-2024/5/9", 3, "DATE")]),
        ("H30.3.31現在", [("H30.3.31", 0, "DATE")]),
        ("発売は6/1(土)です", [("6/1", 3, "DATE")]),
        # a range with its unit written once
        ("第1次サイクル(72~76年)において", [("72~76年", 8, "DATE")]),
        ("3~5月に実施", [("3~5月", 0, "DATE")]),
        ("2014年7-8月頃", [("2014年7-8月", 0, "DATE")]),
        # kanji dates written digit by digit, as legal and official texts write them
        ("平成五年一〇月一五日午後九時ころ", [("平成五年一〇月一五日", 0, "DATE")]),
        ("二〇二五年一二月三一日に", [("二〇二五年一二月三一日", 0, "DATE")]),
        # English dates; a month name alone (May) is a word
        ("Posted on October 17, 2019 by", [("October 17, 2019", 10, "DATE")]),
        ("on 17 October 2019, the", [("17 October 2019", 3, "DATE")]),
        ("since March 2020.", [("March 2020", 6, "DATE")]),
        ("May I help? Sept. 3, 2020", [("Sept. 3, 2020", 12, "DATE")]),
    ],
)
def test_catches(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, date",
    [
        ("(1)2004年8月,日本と", "2004年8月"),
        ("2004年8月、日本と", "2004年8月"),
        ("2004年8月，日本と", "2004年8月"),
        ("2004年8月.日本と", "2004年8月"),
        ("2004年8月 日本と", "2004年8月"),
        ("2004年8月　日本と", "2004年8月"),
        ("9月5日11時30分から", "9月5日"),
        ("9月5日9時から", "9月5日"),
        ("9月5日11:30から", "9月5日"),
        ("2019年5月17日(金)10時", "2019年5月17日"),
    ],
)
def test_punctuation_and_clock_times_after_a_date_keep_it(text, date):
    assert [(t, label) for t, _, label in spans(text)] == [(date, "DATE")]


@pytest.mark.parametrize(
    "text",
    [
        "3年間にわたり", "15年間続いた", "約2年ぶりに", "16年振りの訪問", "今後10年で", "向こう3年の計画", "50周年を迎えた", "戦後70年", "10年が経ち", "前年比で増えた",
        "2倍になった", "第4回会合", "3か月後", "1500人が参加", "https://example.org/2019/05/report",
        "mail@example.org", "同期間の数値",
        # Durations, counts and other words (guidelines v1.4).
        "償還期間:25年", "償還期間：30年", "| 償還期間 | 25年 |", "据置期間は10年", "10年の据置期間", "40年償還",
        "任期は10年", "5年間", "3日以内", "3年後に", "1日2回", "1日当たり", "一日も早く", "百日", "三十年戦争",
        "目標より10年早い", "20年にわたる交流", "10年半", "2000人", "2,019件", "前年度比", "同年代の若者", "1日平均8000人", "1日限定の企画", "開幕まであと6日", "任期は残り10年", "本日程は", "3年度目", "2025,000",
        "10分の遅れ", "30分の休憩",  # minutes, not fractions
        "九分の九十九億",  # no fraction cut out of a larger number
        "1/2の確率", "v2019.4.1.3", "192.168.1.1", "2024/05/17/18",  # fractions, versions, addresses
    ],
)
def test_leaves_alone(text):
    assert spans(text) == []


def test_grammar_errors_name_the_line():
    with pytest.raises(ValueError, match="numeric.txt:2"):
        parse_grammar("A = x\nDATE: {MISSING}")


def test_currency_fragments_put_signs_before_and_units_after():
    fragments = currency_fragments(["円", "米ドル", "ドル", "$", "US$", "¥"])
    assert fragments["CURRENCYSIGN"].split("|") == [r"US\$", r"\$", "¥"]
    assert fragments["CURRENCY"].split("|") == ["米ドル", "ドル", "円"]  # longest first
