"""What both dictionaries read: ordinary nouns are no personal names (readings.is_ordinary_noun)."""
import pytest

from pipeline.components.readings import is_ordinary_noun


@pytest.mark.parametrize(
    "text, word, ordinary",
    [
        ("ミニスカートの女性が歩いていた。", "ミニスカート", True),
        ("好物はマシュマロ。", "マシュマロ", True),
        ("ザハロワ報道官が述べた。", "ザハロワ", False),  # UniDic cuts the name into ザ|ハロワ
        ("ジャパロフ・キルギス大統領、ラフモン・タジキスタン大統領", "ラフモン", False),  # ラフ|モン
        ("山田さんが来た。", "山田", False),  # a personal name
        ("FBIがポールセンを追い始めた。", "ポールセン", False),
    ],
)
def test_ordinary_nouns(nlp, text, word, ordinary):
    doc = nlp.make_doc(text)
    start = text.index(word)
    assert is_ordinary_noun(doc, start, start + len(word)) is ordinary


@pytest.mark.parametrize("text, word", [("先を歩いていたミニスカートの女性が転んだ。", "ミニスカート"),
                                        ("好物はマシュマロ。", "マシュマロ")])
def test_an_ordinary_noun_is_no_person(mentions_of, text, word):
    assert (word, "PERSON") not in mentions_of(text)
