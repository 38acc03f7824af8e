"""Gazetteer spans: (sentence, expected (text, label) spans) — what is caught and what is left alone."""
import pytest

from pipeline.components.gazetteer import find_gazetteer_spans


def spans(text):
    return [(text[s:e], label) for s, e, label in find_gazetteer_spans(text) if label != "BLOCK"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ブラジルとチリの首脳が会った。", [("ブラジル", "LOCATION"), ("チリ", "LOCATION")]),
        ("日米関係と米中対立が続く。", [("日", "LOCATION"), ("米", "LOCATION"), ("米", "LOCATION"), ("中", "LOCATION")]),
        ("日米豪印の枠組み", [("日", "LOCATION"), ("米", "LOCATION"), ("豪", "LOCATION"), ("印", "LOCATION")]),
        ("対中輸出が減った。", [("中", "LOCATION")]),
        ("日・モンゴル外相会談", [("日", "LOCATION"), ("モンゴル", "LOCATION")]),
        ("日・東南アジア協力", [("日", "LOCATION"), ("東南アジア", "LOCATION")]),
        ("ビシュケク市で会合", [("ビシュケク市", "LOCATION")]),
        ("大韓民国とモルドバ共和国", [("大韓民国", "LOCATION"), ("モルドバ共和国", "LOCATION")]),
        ("He visited Mongolia and Japan.", [("Mongolia", "LOCATION"), ("Japan", "LOCATION")]),
        ("世界銀行とアジア開発銀行（ADB）", [("世界銀行", "ORGANIZATION"), ("アジア開発銀行", "ORGANIZATION"), ("ADB", "ORGANIZATION")]),
        # the place ends before a route joiner; the name across it is the document's decision
        ("アルマティーオシュ間の道路", [("アルマティ", "LOCATION")]),
        # the United Kingdom's constituent countries are places of their own
        ("スコットランドとウェールズの首相", [("スコットランド", "LOCATION"), ("ウェールズ", "LOCATION")]),
        ("アイルランドと北アイルランド", [("アイルランド", "LOCATION"), ("北アイルランド", "LOCATION")]),
        # a newspaper's or news agency's company name holds 社; 社長 or 社会部 after it do not
        ("共同通信社の記者", [("共同通信社", "ORGANIZATION")]),
        ("毎日新聞社会部の記者", [("毎日新聞", "ORGANIZATION")]),
        # 中 right after a place's full name is "throughout" (じゅう), not China
        ("ヨーロッパ中で評価された。", [("ヨーロッパ", "LOCATION")]),
        ("日本中が沸いた。", [("日本", "LOCATION")]),
        # without a route word after the pair the ー is read as a long vowel
        ("アルマティーオシュを訪ねた", []),
        # a feature or a state named after a known place is one place
        ("日本列島とイベリア半島", [("日本列島", "LOCATION")]),
        ("中国大陸の南部", [("中国大陸", "LOCATION")]),
        ("モンゴル帝国のハーン", [("モンゴル帝国", "LOCATION")]),
        ("ローマ帝国とモスクワ大公国", [("ローマ帝国", "LOCATION"), ("モスクワ大公国", "LOCATION")]),
        ("ロシア海軍と日本海", [("ロシア", "LOCATION"), ("日本海", "LOCATION")]),
        # abbreviations join countries and regions, not towns; 朝鮮 is a name of its own
        ("東京都新宿区中町に所在する", [("東京都", "LOCATION"), ("新宿区", "LOCATION")]),
        ("韓国・朝鮮籍の人", [("韓国", "LOCATION"), ("朝鮮", "LOCATION")]),
        # news writes Russia's abbreviation in katakana too (日ロ, 米ロ); a variant spelling
        ("日ロ外相会談と米ロ関係", [("日", "LOCATION"), ("ロ", "LOCATION"), ("米", "LOCATION"), ("ロ", "LOCATION")]),
        ("ロ朝関係が深まる", [("ロ", "LOCATION"), ("朝", "LOCATION")]),
        ("東チモールを訪問", [("東チモール", "LOCATION")]),
    ],
)
def test_catches(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "大使が来日した。",  # 来日: 日 is not a place
        "首相が訪日し、在日外国人と会った。",
        "露は発表した。",  # an abbreviation alone
        "タイトルを変えた。",  # タイ inside a katakana word
        "ユーロ圏のEUROPEAN統計",  # EU inside a Latin word
        "反対意見が出た。",
        "マリーという名前",  # マリ + long vowel is not Mali
        "来日中の大統領が述べた。",  # 来日中: neither 日 nor 中
        "訪米中の首相",
        "駐日大使が着任した。",
        "雪は二十七日朝まで続く。",  # after a numeral 日 is a day, and 朝 is then alone
        "一日中、元気だった。",
        "プロ野球とマクロ経済",  # ロ inside a katakana word
        "毎日ロードショー",
        "ロは発表した。",  # the katakana abbreviation alone
    ],
)
def test_leaves_alone(text):
    assert spans(text) == []


@pytest.mark.parametrize("text, blocked", [("ドイツ人の学生", "ドイツ人"), ("フランス語を学ぶ", "フランス語"),
                                           ("在日韓国人組織", "韓国人")])
def test_nationality_and_language_words_are_blocked(text, blocked):
    found = [(text[s:e], label) for s, e, label in find_gazetteer_spans(text)]
    assert found == [(blocked, "BLOCK")]


@pytest.mark.parametrize("text", ["ドイツ人材交流センター", "中国人民の友好", "ドイツ人権団体"])
def test_nationality_rule_leaves_words_that_hito_starts(text):
    assert spans(text)[0] == (text[:text.index("人")], "LOCATION")


@pytest.mark.parametrize(
    "text, taken, expected",
    [
        ("石巻で会合があった。", set(), ["石巻"]),
        ("石巻港に着いた。", set(), []),  # inside a compound the model decides
        ("大島さんと会った。", set(), ["大島"]),  # a weak candidate: rules and the model outrank it
        ("石巻で会合があった。", {0}, []),  # a stronger span already there
        ("ランスで会合があった。", set(), ["ランス"]),
        ("ランス・マクリンが勝った。", set(), []),  # joined by ・ to a katakana word: part of a name
        ("マクリン・ランスが勝った。", set(), []),
    ],
)
def test_weak_places(text, taken, expected):
    from pipeline.components.gazetteer import find_weak_places

    assert [text[s:e] for s, e in find_weak_places(text, taken)] == expected


def test_a_weak_place_loses_to_a_person_reading(mentions_of):
    assert ("大島", "PERSON") in mentions_of("大島さんと会った。")


@pytest.mark.parametrize("text", ["性格はクールで大人びている。", "メタルがクールだからだ。"])
def test_a_weak_place_read_as_a_common_word_is_none(mentions_of, text):
    # クール (Chur) is a town, but here the tokenizer reads an adjective or an ordinary noun
    assert ("クール", "LOCATION") not in mentions_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("カタール国際大会に出た。", [("カタール", "LOCATION")]),  # 国際, not カタール国
        ("日本国内の企業", [("日本", "LOCATION")]),
        ("日本国外務省の発表", [("日本国", "LOCATION"), ("外務省", "ORGANIZATION")]),
    ],
)
def test_a_name_in_koku_leaves_koku_to_a_word_it_starts(text, expected):
    assert spans(text) == expected


def test_no_kanji_name_starts_inside_a_word(mentions_of):
    assert ("国後", "LOCATION") not in mentions_of("彼は帰国後に職を得た。")
    assert ("国後", "LOCATION") in mentions_of("国後島と国後の周辺")


@pytest.mark.parametrize("text, inside", [
    ("2005年の全日本卓球選手権で優勝した。", "日本"),  # 全日本 "all-Japan" is one ordinary noun
    ("1945年に大日本帝国が敗戦した。", "日本帝国"),
    ("環太平洋柔道選手権大会で連覇した。", "太平洋"),
])
def test_no_place_starts_inside_a_word_read_as_an_ordinary_noun(mentions_of, text, inside):
    assert (inside, "LOCATION") not in mentions_of(text)


@pytest.mark.parametrize("text, kept, dropped", [
    ("アメリカ独立戦争の時代に", ["アメリカ"], ["独"]),  # 独 starts the word 独立
    ("ロシア中心部の都市", ["ロシア"], ["中"]),  # 中 starts the word 中心
    ("日露戦争の結果", ["日", "露"], []),  # a word of abbreviations only: the pair stays
    ("米中対立が続く", ["米", "中"], []),
    # a partner dropped inside a word takes the other abbreviation along
    ("日比谷公園で集会を開いた", [], ["日", "比"]),
    ("昨日米大統領が演説した", [], ["日"]),  # 日 ends the word 昨日
    ("対日米政策を見直す", ["日", "米"], []),  # 対日 is one word, but after 対 the 日 is a place
    ("三越伊勢丹の株価", [], ["越", "伊"]),
    ("予算は前年度対比166億円の増", [], ["比"]),  # 対比 (comparison) is a word that takes する
    ("対露制裁と対印投資", ["露", "印"], []),
])
def test_an_abbreviation_that_starts_a_word_is_no_place(mentions_of, text, kept, dropped):
    places = [t for t, label in mentions_of(text) if label == "LOCATION"]
    assert all(p in places for p in kept)
    assert not any(p in places for p in dropped)


@pytest.mark.parametrize("text, place", [
    ("東日本大震災の被災地", "東日本"),  # a region of Japan, not 日本 after 東
    ("西アフリカ諸国を訪れた", "西アフリカ"),
    ("アーカンソー州知事に当選した", "アーカンソー州"),  # US states are subnational places
    ("ワシントン州の森林", "ワシントン州"),
])
def test_regions_and_states(mentions_of, text, place):
    assert (place, "LOCATION") in mentions_of(text)


@pytest.mark.parametrize("text, place, kind", [
    ("彼は北ロンドンの病院で生まれた。", "北ロンドン", "region"),  # a compass point before a place: a region of it
    ("南カリフォルニアに住む。", "南カリフォルニア", "region"),
    ("南スーダンを訪れた。", "南スーダン", "country"),  # a listed name wins
    ("関東日本海側の天気", "関東", "region"),  # 東 inside a word is no compass point
])
def test_a_compass_point_before_a_place(text, place, kind):
    from pipeline import extract_text

    places = {m.text: m.norm["kind"] for m in extract_text(text) if m.label == "LOCATION"}
    assert places.get(place) == kind


@pytest.mark.parametrize("surface, name, iso", [
    ("ウズべキスタン", "ウズベキスタン", "UZ"),  # hiragana べ written for the katakana ベ
    ("ぺルー", "ペルー", "PE"),
    ("へいわ", "へいわ", None),  # a hiragana word is left as it is
])
def test_look_alike_hiragana_in_a_katakana_place(surface, name, iso):
    from pipeline.normalize.location import normalize_location

    norm = normalize_location(surface)
    assert (norm["name"], norm["iso"]) == (name, iso)
