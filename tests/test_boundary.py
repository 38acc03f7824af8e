import pytest

from pipeline.components.boundary import to_guidelines, trim_location, trim_person


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ルラ大統領", "ルラ"),
        ("ミレイ・アルゼンチン大統領", "ミレイ"),
        ("佐藤一郎氏", "佐藤一郎"),
        ("山本首相（当時）", "山本"),
        ("「エルドアン」", "エルドアン"),
        ("マクロン", "マクロン"),
    ],
)
def test_trim_person(text, expected):
    s, e = trim_person(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.parametrize(
    "text, expected",
    [("東南アジア諸国", "東南アジア"), ("チリ政府", "チリ"), ("ペルー側", "ペルー"), ("モンゴル", "モンゴル"), ("「欧州」", "欧州"),
     ("日米間", "日米"), ("ロシア・ウクライナ間", "ロシア・ウクライナ"),  # 間 "between" after places
     ("慶良間", "慶良間"), ("福間", "福間")],  # 間 ending a place's own name
)
def test_trim_location(text, expected):
    s, e = trim_location(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.parametrize(
    "text, label, expected",
    [
        ("日本政府", "ORGANIZATION", ("日本", "LOCATION")),  # X政府 → the place X
        ("韓国軍", "ORGANIZATION", ("韓国", "LOCATION")),  # X軍 → the place X
        ("アフガニスタン国民", "ORGANIZATION", ("アフガニスタン", "LOCATION")),
        ("日露", "ORGANIZATION", None),  # places only: the places are the mentions
        ("トランプ政権", "ORGANIZATION", None),  # an administration is no organization
        ("タシケント熱電併給所建設計画", "ORGANIZATION", None),  # a plan is no organization
        ("日ソ漁業協定", "ORGANIZATION", None),  # nor an agreement
        ("日米同盟", "ORGANIZATION", None),  # nor an alliance of places
        ("特措法", "ORGANIZATION", None),  # nor a law
        ("苧ヶ瀬駅", "ORGANIZATION", None),  # nor a station (a facility)
        ("北朝鮮支持者", "ORGANIZATION", None),  # nor the people who support something
        ("大川隆法", "PERSON", ("大川隆法", "PERSON")),  # a person's name may end in 法
        ("中国民主同盟", "ORGANIZATION", ("中国民主同盟", "ORGANIZATION")),  # more than places: a party
        ("ユーラシア経済同盟", "ORGANIZATION", ("ユーラシア経済同盟", "ORGANIZATION")),
        ("カザフスタンスカヤ・プラウダ紙", "ORGANIZATION", ("カザフスタンスカヤ・プラウダ", "ORGANIZATION")),  # 紙 outside
        ("ハイルブロンナー製紙", "ORGANIZATION", ("ハイルブロンナー製紙", "ORGANIZATION")),  # 製紙 is a word
        ("東京 写真提供", "ORGANIZATION", None),  # a space cuts Japanese names
        ("経済開発省", "ORGANIZATION", ("経済開発省", "ORGANIZATION")),
        ("「統一ロシア」", "ORGANIZATION", ("統一ロシア", "ORGANIZATION")),
        ("The Astana Times", "ORGANIZATION", ("The Astana Times", "ORGANIZATION")),  # spaces in Latin names
        ("日本国際協力機構", "ORGANIZATION", ("日本国際協力機構", "ORGANIZATION")),  # a place inside a name
        ("ペルー側", "LOCATION", ("ペルー", "LOCATION")),
        ("ルラ大統領", "PERSON", ("ルラ", "PERSON")),
        ("・ソビエト社会主義共和国", "LOCATION", ("ソビエト社会主義共和国", "LOCATION")),  # a joiner at an edge
        ("Takeshi Iwaya. Photo credit", "PERSON", ("Takeshi Iwaya", "PERSON")),  # a sentence ends the name
        ("John F. Kennedy", "PERSON", ("John F. Kennedy", "PERSON")),  # an initial does not
        ("St. Petersburg", "LOCATION", ("St. Petersburg", "LOCATION")),
        # the title of an organization's head is no part of it: 長 alone, or a whole title after an organization word
        ("歩兵第1旅団長", "ORGANIZATION", ("歩兵第1旅団", "ORGANIZATION")),
        ("国立研究所長", "ORGANIZATION", ("国立研究所", "ORGANIZATION")),
        ("全日本柔道連盟会長", "ORGANIZATION", ("全日本柔道連盟", "ORGANIZATION")),
        ("横浜市長", "ORGANIZATION", ("横浜市長", "ORGANIZATION")),  # the rest a place: left to the title rule
        ("長", "ORGANIZATION", ("長", "ORGANIZATION")),
        # a number and a counter of named things is a count, no part of a name
        ("穴吹興産1社", "ORGANIZATION", ("穴吹興産", "ORGANIZATION")),
        ("トヨタ２社", "ORGANIZATION", ("トヨタ", "ORGANIZATION")),
        ("8市町", "LOCATION", None),
        ("5カ国", "LOCATION", None),
        ("秋田1区", "LOCATION", ("秋田1区", "LOCATION")),  # an electoral district's own number
        ("乃木坂46", "ORGANIZATION", ("乃木坂46", "ORGANIZATION")),
        ("ルイ15世", "PERSON", ("ルイ15世", "PERSON")),
        ("四国", "LOCATION", ("四国", "LOCATION")),  # a kanji numeral starts many names
    ],
)
def test_to_guidelines(text, label, expected):
    span = to_guidelines(text, 0, len(text), label)
    assert (None if span is None else (text[span[0]:span[1]], span[2])) == expected
