"""What both dictionaries read: ordinary nouns are no personal names (readings.is_ordinary_noun)."""
import pytest

from pipeline.components.readings import is_ordinary_noun, is_trade


@pytest.mark.parametrize(
    "text, word, ordinary",
    [
        ("ミニスカートの女性が歩いていた。", "ミニスカート", True),
        ("好物はマシュマロ。", "マシュマロ", True),
        ("ザハロワ報道官が述べた。", "ザハロワ", False),  # UniDic cuts the name into ザ|ハロワ
        ("ジャパロフ・キルギス大統領、ラフモン・タジキスタン大統領", "ラフモン", False),  # ラフ|モン
        ("山田さんが来た。", "山田", False),  # a personal name
        ("FBIがポールセンを追い始めた。", "ポールセン", False),
        ("真の御父母様の遺されたもの", "御父母", True),  # an honorific prefix before an ordinary noun
        ("ご主人様がお見えです。", "ご主人", True),
        ("御手洗さんが来た。", "御手洗", False),  # a surname the dictionaries read as one
        ("家老の娘・お市を守ろうと", "お市", False),  # お before one kanji: a woman's name of old
        ("忠太郎の母「おはま」を演じ", "おはま", False),
    ],
)
def test_ordinary_nouns(nlp, text, word, ordinary):
    doc = nlp.make_doc(text)
    start = text.index(word)
    assert is_ordinary_noun(doc, start, start + len(word)) is ordinary


@pytest.mark.parametrize(
    "text, word, trade",
    [
        ("便利な洋服屋さんです。", "洋服屋", True),
        ("看護師さんが開いたサロン。", "看護師", True),
        ("従業員さんの対応が良い。", "従業員", True),
        ("運転手さんに聞いた。", "運転手", True),
        ("土屋さんが来た。", "土屋", False),  # one word, a surname
        ("欣子さんが来た。", "欣子", False),
        ("ボルヘスはクロッコの中に希望を見た。", "クロッコ", False),  # katakana: a name cut クロ|ッコ
    ],
)
def test_trades(nlp, text, word, trade):
    doc = nlp.make_doc(text)
    start = text.index(word)
    assert is_trade(doc, start, start + len(word)) is trade


@pytest.mark.parametrize("text, word", [("先を歩いていたミニスカートの女性が転んだ。", "ミニスカート"),
                                        ("好物はマシュマロ。", "マシュマロ"),
                                        ("とても便利な洋服屋さんです。", "洋服屋"),
                                        ("実際に製作してくださる技工士さんが確認します。", "技工士")])
def test_an_ordinary_noun_is_no_person(mentions_of, text, word):
    assert (word, "PERSON") not in mentions_of(text)


@pytest.mark.parametrize("surface, kana, pair", [
    ("日米", "ニチベイ", True),
    ("日加", "ニッカ", True),  # 日 as ニッ
    ("日比", "ニッピ", True),
    ("独仏", "ドクフツ", True),
    ("朝日", "アサヒ", False),  # the morning sun, or a newspaper's name
    ("独立", "ドクリツ", True),  # 立 is no abbreviation: not judged here
    ("日中", None, True),  # no reading: not judged
])
def test_reads_as_abbreviations(surface, kana, pair):
    from pipeline.components.readings import reads_as_abbreviations

    assert reads_as_abbreviations(surface, kana) is pair


@pytest.mark.parametrize("text, dropped, kept", [
    ("テレビ朝日の番組を見た。", ["朝", "日"], []),
    ("朝日新聞によると", ["朝", "日"], []),
    ("米朝協議が始まった。", [], ["米", "朝"]),
    ("日加首脳会談", [], ["日", "加"]),
    ("中日の次期監督に決まった。", ["中", "日"], []),  # both dictionaries: one proper noun (a team)
    ("日中関係が改善した。", [], ["日", "中"]),
])
def test_a_word_read_otherwise_holds_no_abbreviations(mentions_of, text, dropped, kept):
    places = [t for t, label in mentions_of(text) if label == "LOCATION"]
    assert not any(p in places for p in dropped)
    assert all(p in places for p in kept)
