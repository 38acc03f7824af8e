import pytest

from pipeline.components.backbone import ENE_TO_LABEL, plausible
from pipeline.components.boundary import trim_location, trim_person


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
    [("東南アジア諸国", "東南アジア"), ("チリ政府", "チリ"), ("ペルー側", "ペルー"), ("モンゴル", "モンゴル"), ("「欧州」", "欧州")],
)
def test_trim_location(text, expected):
    s, e = trim_location(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.parametrize(
    "surface, label, ok",
    [
        ("経済開発省", "ORGANIZATION", True),
        ("トヨタ", "ORGANIZATION", True),
        ("PGII", "ORGANIZATION", False),  # a bare acronym
        ("価格上限制度", "ORGANIZATION", False),
        ("同国政府", "ORGANIZATION", False),
        ("総理", "PERSON", False),
        ("友好国", "LOCATION", False),
        ("択捉島", "LOCATION", True),
        ("一村", "LOCATION", False),
        ("ナルイン", "LOCATION", True),
    ],
)
def test_plausible(surface, label, ok):
    assert plausible(surface, label) is ok


def test_mapping_is_to_our_labels_only():
    assert set(ENE_TO_LABEL.values()) == {"PERSON", "LOCATION", "ORGANIZATION"}
    assert "Date" not in ENE_TO_LABEL and "Nationality" not in ENE_TO_LABEL
