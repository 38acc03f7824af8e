"""Person names by their titles, with sentences of our own (never copied from the corpus)."""
import pytest

from pipeline.components.person_rules import title_after, title_end


@pytest.mark.parametrize(
    "text, person",
    [
        ("マクロン・フランス大統領は演説した。", "マクロン"),
        ("ルラ・ブラジル大統領と会談した。", "ルラ"),
        ("エルドアン大統領が訪問した。", "エルドアン"),
        ("ジャン＝ピエール・デュポン外相が来日した。", "ジャン＝ピエール・デュポン"),
        ("アルバニージー豪首相と電話で話した。", "アルバニージー"),
        ("5月、上川陽子外務大臣が演説した。", "上川陽子"),
        ("その後、上川外務大臣が記者会見した。", "上川"),
        ("佐藤一郎経済産業大臣が出席した。", "佐藤一郎"),
        ("2月に額賀福志郎衆議院議長は述べた。", "額賀福志郎"),  # five kanji
        ("ナザルバエフ政権の下で改革が進んだ。", "ナザルバエフ"),
        ("ユスポフ・エネルギー相が出席した。", "ユスポフ"),
        ("ジョン・F・ケネディ大統領が演説した。", "ジョン・F・ケネディ"),  # an initial inside a katakana name
        ("みんなの党の寺田典城参院議員が賛成した。", "寺田典城"),  # 参院議員, 衆院議員: 議員 with its house
        # a katakana word joined by ・ is the rest of the name, not the start of a composed title
        ("マリのナティエ・ペレア国防大臣は述べた。", "ナティエ・ペレア"),
        ("ジャック・ワーナー元副会長が起訴された。", "ジャック・ワーナー"),
        # a known ordinary noun after ・ starts the title, even where UniDic lumps it with the name
        ("9月に訪日したイブラエフ・エネルギー相は会談した。", "イブラエフ"),
        # an organization's acronym opening the title is part of the title, not an organization
        ("テドロスWHO事務局長は会見した。", "テドロス"),
        ("ゲオルギエバIMF専務理事と会談した。", "ゲオルギエバ"),
        ("ミクロネシア連邦外務省モンケイヤ課長のほか", "モンケイヤ"),
    ],
)
def test_names_before_titles(mentions_of, text, person):
    assert (person, "PERSON") in mentions_of(text)


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("ストルテンベルグNATO事務総長と会談した。", "ストルテンベルグ", "NATO事務総長"),
        ("ドナルド・トランプ大統領閣下", "ドナルド・トランプ", "大統領"),  # 閣下 addresses the title's holder
        ("田中社長さんが来た。", "田中", "社長"),
        ("国連の中満泉事務次長が述べた。", "中満泉", "事務次長"),
        ("提携式に臨む若菜社長と高田室長が握手した。", "高田", "室長"),
        # 発 and 宛 after a title: a letter from one to the other
        ("岡田大臣発クリントン国務長官及びゲイツ国務長官宛書簡", "岡田", "大臣"),
        ("岡田大臣発クリントン国務長官及びゲイツ国務長官宛書簡", "クリントン", "国務長官"),
        ("岡田大臣発クリントン国務長官及びゲイツ国務長官宛書簡", "ゲイツ", "国務長官"),
        ("岸田総理大臣発習近平国家主席宛の親書", "習近平", "国家主席"),
        ("安倍首相発言が波紋を呼んだ。", "安倍", "首相"),
        # no name starts inside a place (the 共和国 of セネガル共和国)
        ("日・アフリカ関係を強化するべく、ヤシン・ファル・セネガル共和国アフリカ統合・外務大臣との会談等を行う。", "ヤシン・ファル",
         "統合・外務大臣"),
        # a title the tokenizer ends before a kanji compound (a speech, an inauguration)
        ("川口外務大臣演説,日本外交の課題", "川口", "外務大臣"),
        ("トランプ大統領就任式に出席した。", "トランプ", "大統領"),
    ],
)
def test_names_and_their_titles(text, person, title):
    from pipeline import extract_text

    assert [(m.text, m.norm["title"]) for m in extract_text(text) if m.label in ("PERSON", "ORGANIZATION")
            and m.start >= text.index(person)][:1] == [(person, title)]


@pytest.mark.parametrize(
    "text",
    [
        "ブラジル大統領が来日した。",  # a country before a title is a place
        "同国外相は述べた。",  # a back-reference
        "外務副大臣は述べた。",  # a title alone
        "総理大臣は演説した。",
        "エネルギー相互依存が進む。",  # 相 inside a word is not a title
        "彼はオクラホマ州知事に当選した。",  # a state before 知事: X州 is a place, not a name
        "1921年から商務庁長官を務めた。",  # an organization before a title is no name
        "会談後首相は記者団に語った。",  # a time before a title (会談|後) is no name
        "会議中議長は発言した。",
        "昨日米大統領が演説した。",  # a time word before a country and a title
        "今回米大統領が訪日した。",
        "準々決勝でU-19サッカー大韓民国代表に敗れた。",  # a sport before a national team
        "アマチュア日本代表を選出した。",
        "ブラジルトヨタ会長などを歴任した。",  # a place glued to a company's name
        "最初の妃であるナバラ女王ブランカとの間の王子",  # the name after the title, not before it
    ],
)
def test_no_person(mentions_of, text):
    assert [m for m in mentions_of(text) if m[1] == "PERSON"] == []


def test_organization_inside_a_title_is_not_annotated(mentions_of):
    found = mentions_of("田中太郎文化庁長官が挨拶した。")
    assert ("田中太郎", "PERSON") in found
    assert all(label != "ORGANIZATION" for _, label in found)


@pytest.mark.parametrize(
    "text, people, title",
    [
        ("ルラ・ブラジル大統領は", {0: 2}, "大統領"),
        ("上川外務大臣（当時）は", {0: 2}, "外務大臣"),
        ("山田・ルイス両外相が", {0: 2, 3: 6}, "外相"),  # one title shared by two names
        ("ルラ氏は", {0: 2}, None),
        ("サアル外務大臣等政府要人と", {0: 3}, "外務大臣"),  # 等 (and others) is a word of its own
        ("アンリ・ルクセンブルク大公殿下が", {0: 3}, "大公"),  # an honorific of address after the title
        ("ハラルド国王陛下が", {0: 4}, "国王"),
        ("トランプ大統領夫人が", {0: 4}, None),  # the president's wife: no title of his
    ],
)
def test_title_after(text, people, title):
    assert title_after(text, people[0], people) == title


@pytest.mark.parametrize("text, end", [("外務大臣が", 4), ("大統領府観光局長が", 8), ("相互に", None), ("長期的", None),
                                       ("国際協力機構理事長及び大使", 9), ("外務大臣等政府要人", 4),
                                       ("WHO事務局長が", 7), ("ＮＡＴＯ事務総長と", 8), ("NHK記者", None), ("WHO", None), ("G7", None),
                                       ("首相発言", 2), ("国務長官宛書簡", 4), ("真相発覚", None)])
def test_title_end(text, end):
    assert title_end(text, 0) == end


@pytest.mark.parametrize("text, word_ends, end", [
    ("外務大臣演説", {4, 6}, 4),  # the tokenizer ends 外務大臣 before a kanji word
    ("外務大臣演説", set(), None),  # without the tokens: one word
    ("女王ブランカ", {2, 6}, None),  # katakana after a title may be the name that follows it
    ("真相究明", {2, 4}, None),  # 相 alone is no head to end a word on
])
def test_title_end_at_the_tokenizers_word_ends(text, word_ends, end):
    assert title_end(text, 0, word_ends) == end


@pytest.mark.parametrize("text, found", [("写真：©山田花子\n", True), ("撮影 佐藤一郎、", True), ("「一村一品」運動", False)])
def test_tagged_full_names_without_title(mentions_of, text, found):
    persons = [m for m in mentions_of(text) if m[1] == "PERSON"]
    assert bool(persons) is found


@pytest.mark.parametrize(
    "text, name, title, norm",
    [
        # surname and given name written with a space, as lists and bylines write them
        ("代表取締役社長 山田 太郎", "山田 太郎", None, "山田太郎"),
        ("担当：総務課 鈴木 花子", "鈴木 花子", None, "鈴木花子"),
        ("(会見者: 櫻田 宏 市長)", "櫻田 宏", "市長", "櫻田宏"),  # one space before the title too
        ("山田 太郎さんが来た。", "山田 太郎", None, "山田太郎"),
        ("岸田\u3000文雄首相は述べた。", "岸田\u3000文雄", "首相", "岸田文雄"),
    ],
)
def test_names_written_with_a_space(text, name, title, norm):
    from pipeline import extract_text

    assert [(m.text, m.norm["title"], m.norm["name"]) for m in extract_text(text) if m.label == "PERSON"] == [(name, title, norm)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname that is also a place, then a given name: the person, not the place
        ("写真は川崎公太が撮った。", [("川崎公太", "PERSON")]),
        ("首位打者の長崎啓二に迫った。", [("長崎啓二", "PERSON")]),
        # a "name" that would cut a place in two leaves the place alone
        ("長野県伊那市六道原に存在した。", [("長野県", "LOCATION"), ("伊那市", "LOCATION")]),
    ],
)
def test_a_tagged_full_name_outranks_the_place_its_surname_names(mentions_of, text, expected):
    assert [m for m in mentions_of(text) if m[1] in ("PERSON", "LOCATION")] == expected


@pytest.mark.parametrize(
    "text, person",
    [("会談後、エルドアン氏は語った。", "エルドアン"), ("上川陽子氏が出席した。", "上川陽子"), ("ルラさんと話した。", "ルラ")],
)
def test_names_before_honorifics(mentions_of, text, person):
    assert (person, "PERSON") in mentions_of(text)


@pytest.mark.parametrize("text", ["同氏は述べた。", "氏名を記入する。", "両氏が会談した。"])
def test_honorific_rule_leaves_alone(mentions_of, text):
    assert [m for m in mentions_of(text) if m[1] == "PERSON"] == []


@pytest.mark.parametrize(
    "text, person",
    [("トランプ政権発足後、協議が進んだ。", "トランプ"), ("メルケル政権下で決まった。", "メルケル")],
)
def test_administrations_need_not_end_a_word(mentions_of, text, person):
    found = mentions_of(text)
    assert (person, "PERSON") in found
    assert all(label != "ORGANIZATION" for _, label in found)


def test_an_administration_is_no_title():
    assert title_after("トランプ政権は", 4, {0: 4}) is None


@pytest.mark.parametrize(
    "text, model_person, expected",
    [
        # the model read 辻 as the name: the composed title 外務副大臣 follows it
        ("辻外務副大臣が訪問した。", "辻", ("辻", "外務副大臣")),
        # the model read the whole name where a dictionary starts one inside it
        ("高橋由美子さんが来た。", "高橋由美子", ("高橋由美子", "さん")),
        # a model name ending in an organization word: the organization belongs to the title
        ("北村外務省報道官は述べた。", "北村外務省", ("北村", "外務省報道官")),
        # the model reads a name's last kanji that is also a country's abbreviation (日)
        ("金正日総書記が視察した。", "金正日", ("金正日", "総書記")),
    ],
)
def test_the_model_decides_where_a_name_ends_and_its_title_starts(nlp, text, model_person, expected):
    from pipeline.components.person_rules import find_titled_names

    doc = nlp.make_doc(text)
    start = text.index(model_person)
    doc.ents = [doc.char_span(start, start + len(model_person), label="PERSON")]
    found = [(text[s:e], text[ts:te]) for s, e, ts, te in find_titled_names(doc)]
    assert expected in found


@pytest.mark.parametrize(
    "text, person, title, places",
    [
        # 駐X / 在X before a title: the places are LOCATION, 駐 and the places leave the title, 元 stays
        ("北岡元駐タジキスタン大使が講演した。", "北岡", "元大使", ["タジキスタン"]),
        ("羽鳥隆駐ウズベキスタン共和国日本国特命全権大使は述べた。", "羽鳥隆", "特命全権大使",
         ["ウズベキスタン共和国", "日本国"]),
        ("吉田謙介在ロシア日本国大使館公使が出席した。", "吉田謙介", "大使館公使", ["ロシア", "日本国"]),
        # a one-kanji country between a name and its title is a place too (news style)
        ("バイデン米大統領は声明を出した。", "バイデン", "大統領", ["米"]),
        ("プーチン露大統領は述べた。", "プーチン", "大統領", ["露"]),
        # a country between makes a word the dictionaries read as an ordinary noun (playing cards) a name
        ("石破首相はトランプ米大統領と電話会談を行った。", "トランプ", "大統領", ["米"]),
        # headline style: the one-kanji country before the name is a place too
        ("米トランプ大統領が声明を出した。", "トランプ", "大統領", ["米"]),

        # a one-kanji surname standing alone before its title
        ("林大臣は会見で述べた。", "林", "大臣", []),
        # a place between the name and a composed title stays a place
        ("ザハロワ・ロシア外務省報道官が述べた。", "ザハロワ", "外務省報道官", ["ロシア"]),
        ("ヌスポヴァ・アルマティ副市長と会った。", "ヌスポヴァ", "副市長", ["アルマティ"]),
        # news style: a country straight after a katakana name, without ・
        ("プーチンロシア大統領が語った。", "プーチン", "大統領", ["ロシア"]),
        ("アンドロポフソ連書記長は語った。", "アンドロポフ", "書記長", ["ソ連"]),
    ],
)
def test_titles_after_posts_and_places(mentions_of, text, person, title, places):
    found = mentions_of(text)
    assert (person, "PERSON") in found
    assert [t for t, label in found if label == "LOCATION"] == places
    start = text.index(person)
    assert title_after(text, start + len(person), {start: start + len(person)}) == title


def test_a_composed_title_holds_no_place_inside():
    assert title_end("介在ロシア日本国大使館公使が", 0) is None


@pytest.mark.parametrize("text, names", [("林大臣は述べた。", ["林"]), ("統振興会理事長は述べた。", [])])
def test_a_one_kanji_surname_needs_a_listed_title(nlp, text, names):
    from pipeline.components.person_rules import find_titled_names

    doc = nlp.make_doc(text)  # no model reading: the rule alone
    assert [text[s:e] for s, e, _, _ in find_titled_names(doc) if e - s == 1] == names


@pytest.mark.parametrize("text, person", [("会談したのは山田太郎", "山田太郎"), ("プーチン", "プーチン")])
def test_a_text_that_ends_with_a_name(text, person):
    """The title lookup after a name at the very end of a text finds nothing, without error."""
    from pipeline import extract_text

    assert [(m.text, m.label, m.norm["title"]) for m in extract_text(text) if m.label == "PERSON"] == [(person, "PERSON", None)]


@pytest.mark.parametrize(
    "text, organization, found",
    [
        # the words before the title begin an organization the model reads on past them
        ("陳敦仁:統振株式有限会社理事長。", "統振株式有限会社", []),
        ("甲斐国の甲斐武田氏と敵対した。", "甲斐武田氏", []),
        # an organization that ends before the name leaves the name alone
        ("ザハロワ・ロシア外務省報道官が述べた。", "ロシア外務省", [("ザハロワ", "外務省報道官")]),
        # an organization that takes in the whole title is a person and title read as one name
        ("国立環境研究所の佐藤主任研究員によると、", "佐藤主任研究員", [("佐藤", "主任研究員")]),
        # a kanji "name" starting inside the tokenizer's proper noun is part of it (ダイハツ工業)
        ("ダイハツ工業社長の井上雅宏は述べた。", "ダイハツ工業", []),
        # a name glued to a known organization before a title: the organization is in the title
        ("グテーレス国連事務総長と会談した。", "グテーレス国連", [("グテーレス", "国連事務総長")]),
        ("ヤマダ外務省報道官は述べた。", "ヤマダ外務省", [("ヤマダ", "外務省報道官")]),
    ],
)
def test_no_name_inside_a_model_organization(nlp, text, organization, found):
    from pipeline.components.person_rules import find_titled_names

    doc = nlp.make_doc(text)
    start = text.index(organization)
    doc.ents = [doc.char_span(start, start + len(organization), label="ORGANIZATION", alignment_mode="expand")]
    assert [(text[s:e], text[ts:te]) for s, e, ts, te in find_titled_names(doc)] == found


@pytest.mark.parametrize(
    "text, start, end, title",
    [
        ("東京大学の山田太郎教授は会見で述べた。", 5, 9, "教授"),
        ("京都大学の鈴木一郎准教授らが発表した。", 5, 9, "准教授"),
        ("同大の田中花子名誉教授によると、", 3, 7, "名誉教授"),
        ("理化学研究所の高橋健上席研究員が説明した。", 7, 10, "上席研究員"),
        ("理研の石川智久上級研究員によると、", 3, 7, "上級研究員"),
    ],
)
def test_academic_titles(text, start, end, title):
    """Academic ranks are titles like any other: outside the name, in norm.title."""
    from pipeline import extract_text

    people = [(m.start, m.end, m.norm["title"]) for m in extract_text(text) if m.label == "PERSON"]
    assert people == [(start, end, title)]


@pytest.mark.parametrize(
    "text, not_a_name",
    [
        ("評論家・秀明大学教授の佐藤欣子。", "秀明大学"),  # ends in an organization word: an organization
        ("探偵の明石家さんまは依頼を受けた。", "明石家"),  # さん inside the word さんま is no honorific
        ("後藤亘が取締役社長に就任した。", "取締役"),  # a corporate title, not a name before 社長
        ("1909年から東京ガス社長に就任した。", "ガス"),  # inside the tokenizer's word 東京ガス (a company)
    ],
)
def test_what_stands_before_a_title_word_and_is_no_name(nlp, text, not_a_name):
    from pipeline.components.person_rules import find_titled_names

    doc = nlp(text)
    doc.ents = []  # the rule alone, without the model's reading
    assert not_a_name not in [text[s:e] for s, e, _, _ in find_titled_names(doc)]


def test_a_word_end_before_an_honorific_ends_no_title():
    """大統領|夫人 is the president's wife: the tokenizer's word end there ends no title."""
    from pipeline import extract_text

    assert [m.norm["title"] for m in extract_text("メラニア・トランプ大統領夫人が来日した。") if m.label == "PERSON"] == [None]
