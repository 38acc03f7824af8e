import pytest

from pipeline.cleaning import OffsetMap, clean, strip_markup


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("平文のまま", "平文のまま"),
        ("注記<sup>(3)</sup>の後", "注記の後"),
        ("<sup>キムテヒ</sup>金泰熙氏", "金泰熙氏"),
        ("堅^{けん}牢な橋", "堅牢な橋"),
        ("榊(さかき)原さん", "榊原さん"),
        ("榊（さかき）原さん", "榊原さん"),
        ("葛\U000e0100飾区", "葛飾区"),
        ("<b>太字</b>です", "太字です"),
        ("価格(USD)は", "価格(USD)は"),  # not a kana reading after kanji
        ("東京(とうきょう)", "東京"),
        # a name's reading after its さん, its parts joined by ・ (the reading is no person)
        ("渡文明さん(わたり・ふみあき)が死去", "渡文明さんが死去"),
        ("桑原武夫(くわばら たけお)は", "桑原武夫は"),
        ("山田(・)", "山田(・)"),  # no kana in it
    ],
)
def test_clean_removes_markup(raw, cleaned):
    assert clean(raw)[0] == cleaned


def test_offset_map_keeps_inside_markup_and_drops_outer():
    raw = "<sup>よみ</sup>山田<sup>だ</sup>太郎<sup>(1)</sup>は"
    text, omap = clean(raw)
    assert text == "山田太郎は"
    start, end = omap.to_raw(0, 4)
    assert raw[start:end] == "山田<sup>だ</sup>太郎"


def test_offset_map_roundtrip_every_character():
    raw = "ア\U000e0101イ<sup>x</sup>ウ^{え}エ"
    text, omap = clean(raw)
    spans = [raw[slice(*omap.to_raw(i, i + 1))] for i in range(len(text))]
    assert spans == ["ア\U000e0101", "イ", "ウ", "エ"]  # a selector belongs to the character before it


@pytest.mark.parametrize(
    "raw, cleaned_span, raw_span",
    [
        ("辻\U000e0100外務副大臣", (0, 1), "辻\U000e0100"),
        ("葛\U000e0100飾区に", (0, 3), "葛\U000e0100飾区"),
        ("邉\ufe00\U000e0100さん", (0, 1), "邉\ufe00\U000e0100"),
        ("山田<sup>(1)</sup>氏", (0, 2), "山田"),
    ],
)
def test_offset_map_keeps_the_selectors_of_the_last_character(raw, cleaned_span, raw_span):
    _, omap = clean(raw)
    start, end = omap.to_raw(*cleaned_span)
    assert raw[start:end] == raw_span


def test_offset_map_rejects_out_of_range():
    with pytest.raises(ValueError):
        OffsetMap((0, 1, 2)).to_raw(1, 3)


def test_strip_markup():
    assert strip_markup("辻\U000e0100") == "辻"
    assert strip_markup("柘植(つげ)芳文") == "柘植芳文"
