import pytest

from pipeline.components.org_rules import (find_abbreviated_organizations, find_english_organizations,
                                           find_place_organizations)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("モンゴル国防省は声明を出した。", ["モンゴル国防省"]),
        ("インドネシア大使館で式典", ["インドネシア大使館"]),
        ("日・モンゴル経済協力委員会の会合", ["日・モンゴル経済協力委員会"]),
        ("ブラジル中央銀行が利上げ", ["ブラジル中央銀行"]),
        ("大韓民国外務省と日本国外務省", ["大韓民国外務省", "日本国外務省"]),
        ("ドイツ人材交流センターの設立", ["ドイツ人材交流センター"]),
        # places before "between": each one's ministry, the organization word alone
        ("日・ブラジル外務省間の協議", ["外務省"]),
        # a mission written 在X keeps 在X
        ("在大阪ペルー総領事館が開館した。", ["在大阪ペルー総領事館"]),
        ("在ペルー日本国大使館は", ["在ペルー日本国大使館"]),
        ("九州大学大学院法学研究院准教授", ["九州大学大学院法学研究院"]),  # the whole name, not 九州大学大学
        # a university's faculty or department is named with the university: one name
        ("大阪大学医学部に進み、医師免許を取得", ["大阪大学医学部"]),
        ("近畿大学商経学部経済学科を卒業後", ["近畿大学商経学部経済学科"]),
        ("中日新聞社が後援", ["中日新聞社"]),
        ("元広島県議会議員", ["広島県議会"]),  # a kanji prefix before the place is no part of the name
        # a ・ after an organization word starts the next item of a list
        ("三重県山田支庁・小学校・銀行の支店", ["三重県山田支庁"]),
        # a company's legal form before or after the name is part of it
        ("社名を株式会社北海道相互銀行に変更した。", ["株式会社北海道相互銀行"]),
        ("㈱ロシア開発センターに委託した。", ["㈱ロシア開発センター"]),
        ("東京開発センター株式会社が受注", ["東京開発センター株式会社"]),
        ("東京開発センター株式会社化する", ["東京開発センター"]),  # 株式会社 inside a longer word
        ("日・タジキスタン経済・技術・科学協力政府間委員会", ["日・タジキスタン経済・技術・科学協力政府間委員会"]),
        # places and 同盟 are an alliance, not an organization, and no later place starts one
        ("日米同盟の強化", []),
        ("日英同盟と日本外務省", ["日本外務省"]),
    ],
)
def test_place_plus_organization_word(text, expected):
    assert [text[s:e] for s, e in find_place_organizations(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "モンゴル政府は発表した。",  # 政府: a place, not an organization
        "ブラジル輸出信用機関を通じて",  # a kind of body
        "チリとペルーの協力センター",  # a particle ends the compound
        "モンゴル産の羊毛",
        "ABC日本放送の番組",  # the name starts before the place: not a place plus an organization word
        "ソフトバンク日本法人",
    ],
)
def test_leaves_alone(text):
    assert find_place_organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("政務官が国際農業研究センター（IARC）の会合に", ["国際農業研究センター"]),
        ("東京で世界保健機関（WHO）と", ["世界保健機関"]),
        ("会議（COP）に出席", []),  # no organization word before the abbreviation
    ],
)
def test_compound_with_abbreviation(text, expected):
    assert [text[s:e] for s, e in find_abbreviated_organizations(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Photo: Sasakawa Peace Foundation", ["Sasakawa Peace Foundation"]),
        ("logos: The Kyiv Independent Times Bangkok Post", ["The Kyiv Independent Times", "Bangkok Post"]),
        ("the Asian Development Bank and", ["Asian Development Bank"]),
        ("Deputy Prime Minister", []),
        ("【カブールThe Kabul Times=", ["The Kabul Times"]),  # Japanese right before the article
    ],
)
def test_english_organizations(text, expected):
    assert [text[s:e] for s, e in find_english_organizations(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a proper noun (no person's or place's name) + an organization or school word
        ("名称が済美高等学校となった。", ["済美高等学校"]),
        ("元々は、済美女子高等学校であった。", ["済美女子高等学校"]),
        ("三井銀行の支店", ["三井銀行"]),
        # the compound must end with the word: here it names a programme
        ("JICA開発大学院連携プログラムの開講", []),
        # a word before the proper noun: the name may start there
        ("日本W杯組織委員会は黒字を計上した", []),
        # a place before a school word is a kind of school
        ("日本語学校に通う。", []),
    ],
)
def test_named_organizations(nlp, text, expected):
    from pipeline.components.org_rules import find_named_organizations

    assert [text[s:e] for s, e in find_named_organizations(nlp.make_doc(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a company's legal form makes the name next to it a company's, even before 様
        ("朝、株式会社アテクト様の来訪を受けた。", [("株式会社アテクト", "ORGANIZATION")]),
        ("アテクト株式会社の発表", [("アテクト株式会社", "ORGANIZATION")]),
        # the name goes on past a place: the place is not the company
        ("株式会社北海道相互銀行に入行した。", [("株式会社北海道相互銀行", "ORGANIZATION")]),
    ],
)
def test_a_legal_form_names_a_company(mentions_of, text, expected):
    assert [m for m in mentions_of(text) if m[1] in ("PERSON", "ORGANIZATION", "LOCATION")] == expected


@pytest.mark.parametrize(
    "text, model_org, expected",
    [
        # kanji before the place: the model's reading of the organization says where it starts
        ("旧三井銀行と太陽神戸銀行の合併", "太陽神戸銀行", "太陽神戸銀行"),
        ("未来韓国党の指導部", "未来韓国党", "未来韓国党"),
        # without the model's reading the name starts at the place (元 is no part of it)
        ("元日本国外務省の職員", None, "日本国外務省"),
    ],
)
def test_the_model_decides_where_a_place_organization_starts(nlp, text, model_org, expected):
    doc = nlp.make_doc(text)
    if model_org:
        start = text.index(model_org)
        doc.ents = [doc.char_span(start, start + len(model_org), label="ORGANIZATION")]
    doc = nlp.get_pipe("org_rules")(doc)
    assert (expected, "rule:place-org") in [(text[c.start:c.end], c.source) for c in doc._.candidates]
