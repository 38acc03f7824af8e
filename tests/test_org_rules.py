import pytest

from pipeline.components.org_rules import find_place_organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("モンゴル国防省は声明を出した。", ["モンゴル国防省"]),
        ("インドネシア大使館で式典", ["インドネシア大使館"]),
        ("日・モンゴル経済協力委員会の会合", ["日・モンゴル経済協力委員会"]),
        ("ブラジル中央銀行が利上げ", ["ブラジル中央銀行"]),
        ("大韓民国外務省と日本国外務省", ["大韓民国外務省", "日本国外務省"]),
        ("ドイツ人材交流センターの設立", ["ドイツ人材交流センター"]),
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
    ],
)
def test_leaves_alone(text):
    assert find_place_organizations(text) == []
