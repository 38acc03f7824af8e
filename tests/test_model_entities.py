"""The trained model's spans as candidates: guideline repair, containment, bracketed acronyms."""
import pytest

from pipeline.components.gazetteer import PRIORITY as GAZETTEER_PRIORITY
from pipeline.components.model_entities import CONTAINING_PRIORITY, PRIORITY, is_name, model_candidates


def spans_of(text, found):
    return [(text[s:e], label, priority) for s, e, label, priority in found]


@pytest.mark.parametrize(
    "text, model, expected",
    [
        # an organization's whole name wins over the place inside it
        ("東京電力が発表した。", [("東京電力", "ORGANIZATION")], [("東京電力", "ORGANIZATION", CONTAINING_PRIORITY)]),
        # … also where the title of its head is cut off the word that ends it (旅団|長)
        ("台湾守備混成第2旅団長を経て", [("台湾守備混成第2旅団長", "ORGANIZATION")],
         [("台湾守備混成第2旅団", "ORGANIZATION", CONTAINING_PRIORITY)]),
        # an organization without a known place inside stays below the rules
        ("ほげ商事が発表した。", [("ほげ商事", "ORGANIZATION")], [("ほげ商事", "ORGANIZATION", PRIORITY)]),
        # adjacent places are two mentions: the known one is the gazetteer's, the rest the model's
        ("北海道ほげ町を訪れた。", [("北海道ほげ町", "LOCATION")], [("ほげ町", "LOCATION", PRIORITY)]),
        # … and the remainder never starts with the ・ that joined them
        ("ロシア・ほげ州を訪れた。", [("ロシア・ほげ州", "LOCATION")], [("ほげ州", "LOCATION", PRIORITY)]),
        # places joined by ・ with one character after them hold no word of an organization's own
        ("韓国・朝鮮籍の人", [("韓国・朝鮮籍", "ORGANIZATION")], [("韓国・朝鮮籍", "ORGANIZATION", PRIORITY)]),
        # a katakana name with a known place as one of its words is one name (ニュー・デリー, タイ・ラン)
        ("司令部はニュー・デリーにある。", [("ニュー・デリー", "LOCATION")], [("ニュー・デリー", "LOCATION", CONTAINING_PRIORITY)]),
        ("カンフー使い、タイ・ランに狙われる。", [("タイ・ラン", "PERSON")], [("タイ・ラン", "PERSON", CONTAINING_PRIORITY)]),
        # … not places side by side (イタリア・トリノ: two places, as 北海道礼文島)
        ("イタリア・トリノで教えている。", [("イタリア・トリノ", "LOCATION")], [("イタリア・トリノ", "LOCATION", PRIORITY)]),
        ("ロシア・ウクライナの戦争", [("ロシア・ウクライナ", "LOCATION")], [("ロシア・ウクライナ", "LOCATION", PRIORITY)]),
        # X政府 is the place X
        ("ほげ国政府は述べた。", [("ほげ国政府", "ORGANIZATION")], [("ほげ国", "LOCATION", PRIORITY)]),
        # back-references and bare titles are no names
        ("同国政府は述べた。", [("同国政府", "ORGANIZATION")], []),
        ("総理が述べた。", [("総理", "PERSON")], []),
        # a bracketed acronym stands for the phrase before it
        ("高級実務者会合（SOM）を開いた。", [("SOM", "ORGANIZATION")], []),
        ("上海協力機構（SCO）に加盟した。", [("上海協力機構", "ORGANIZATION"), ("SCO", "ORGANIZATION")],
         [("上海協力機構", "ORGANIZATION", PRIORITY), ("SCO", "ORGANIZATION", PRIORITY)]),
        # "A vs B" names two sides
        ("ほげvsふが商事の試合", [("ほげvsふが商事", "ORGANIZATION")],
         [("ほげ", "ORGANIZATION", PRIORITY), ("ふが商事", "ORGANIZATION", PRIORITY)]),
        ("ホゲ・ホゲVSフガ・フガの前座", [("ホゲ・ホゲVSフガ・フガ", "PERSON")],
         [("ホゲ・ホゲ", "PERSON", PRIORITY), ("フガ・フガ", "PERSON", PRIORITY)]),
        ("Hoge vs. Fuga won.", [("Hoge vs. Fuga", "PERSON")], [("Hoge", "PERSON", PRIORITY), ("Fuga", "PERSON", PRIORITY)]),
        # ・ between kanji lists persons: kanji names are never joined by ・
        ("鉄裁・夜一の罪状", [("鉄裁・夜一", "PERSON")], [("鉄裁", "PERSON", PRIORITY), ("夜一", "PERSON", PRIORITY)]),
        ("ジョン・スミスが来た。", [("ジョン・スミス", "PERSON")], [("ジョン・スミス", "PERSON", PRIORITY)]),
        ("経済産業省原子力安全・保安院", [("経済産業省原子力安全・保安院", "ORGANIZATION")],
         [("経済産業省原子力安全・保安院", "ORGANIZATION", PRIORITY)]),
        # one person's name holds no "and": a band, a duo or a firm named by its members
        ("JUDY AND MARYが解散した。", [("JUDY AND MARY", "PERSON")], [("JUDY AND MARY", "ORGANIZATION", PRIORITY)]),
        ("ホゲ・フガ&ピヨと共演した。", [("ホゲ・フガ&ピヨ", "PERSON")], [("ホゲ・フガ&ピヨ", "ORGANIZATION", PRIORITY)]),
        ("ホゲ・アンド・フガに勤めた。", [("ホゲ・アンド・フガ", "PERSON")], [("ホゲ・アンド・フガ", "ORGANIZATION", PRIORITY)]),
        ("アンドレ・アガシが勝った。", [("アンドレ・アガシ", "PERSON")], [("アンドレ・アガシ", "PERSON", PRIORITY)]),
        ("Sandra Andrews spoke.", [("Sandra Andrews", "PERSON")], [("Sandra Andrews", "PERSON", PRIORITY)]),
        # … not letters inside a word
        ("Elvis Presley sang.", [("Elvis Presley", "PERSON")], [("Elvis Presley", "PERSON", PRIORITY)]),
        ("CVS Health grew.", [("CVS Health", "ORGANIZATION")], [("CVS Health", "ORGANIZATION", PRIORITY)]),
    ],
)
def test_model_candidates(text, model, expected):
    spans = [(text.index(surface), text.index(surface) + len(surface), label) for surface, label in model]
    assert spans_of(text, model_candidates(text, spans, word_ends={e for _, e, _ in spans})) == expected


def test_containment_outranks_the_gazetteer():
    assert GAZETTEER_PRIORITY < CONTAINING_PRIORITY


def test_acronym_after_a_rule_candidate_is_kept():
    text = "ほげ機構（HOGE）が発表した。"
    assert spans_of(text, model_candidates(text, [(5, 9, "ORGANIZATION")], {9}, other_ends={4})) == [
        ("HOGE", "ORGANIZATION", PRIORITY)]


@pytest.mark.parametrize("surface, ok", [
    ("ナルイン", True), ("同国", False), ("両国", False), ("外務大臣", False), (" ", False),
    ("同大統領", False), ("当社", False), ("本件", False),  # back-references
    # names that start with a back-reference's first kanji
    ("本田", True), ("貴族院", True), ("同志社大学", True), ("各務原市", True),
    ("衆議院", True),  # an organization that starts a title (衆議院議員) is still a name
])
def test_is_name(surface, ok):
    assert is_name(surface) is ok


def test_an_organization_cut_inside_a_word_does_not_outrank_places():
    text = "東京電力福島第1原発"  # the tokenizer reads 電力福島 as no word boundary after 電力 here
    assert spans_of(text, model_candidates(text, [(0, 4, "ORGANIZATION")], word_ends={5})) == [
        ("東京電力", "ORGANIZATION", PRIORITY)]


def test_abbreviations_do_not_make_a_model_organization_outrank_places():
    text = "日露関係は厳しい。"
    assert spans_of(text, model_candidates(text, [(0, 4, "ORGANIZATION")], {4})) == [("日露関係", "ORGANIZATION", PRIORITY)]


def test_a_place_with_one_more_character_is_no_organization_over_the_place():
    text = "5月15日 羽田着\n"
    assert spans_of(text, model_candidates(text, [(6, 9, "ORGANIZATION")], {9})) == [("羽田着", "ORGANIZATION", PRIORITY)]


@pytest.mark.parametrize("text, person, kept", [
    ("天皇陛下に謁見する。", "天皇陛下", False),  # 陛下 off, 天皇 is an ordinary noun: a title, no name
    ("山田太郎さんに会った。", "山田太郎さん", True),
])
def test_a_model_person_is_no_ordinary_noun_once_its_honorific_is_off(nlp, text, person, kept):
    from pipeline.components.model_entities import ModelEntities

    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(0, len(person), label="PERSON", alignment_mode="expand")]
    doc._.candidates = []
    ModelEntities()(doc)
    assert any(c.label == "PERSON" for c in doc._.candidates) is kept


@pytest.mark.parametrize("text, person, label", [
    ("アラゴン王フアン2世が争った。", "アラゴン", "LOCATION"),  # a place's name before a royal title: the realm
    ("ナバラ女王ブランカ1世と結婚した。", "ナバラ", "LOCATION"),
    ("アーサー王の伝説", "アーサー", "PERSON"),  # a name the dictionaries read as a person's
    ("アラゴンが来た。", "アラゴン", "PERSON"),  # no royal title after it: the model's reading stands
    ("松本外務大臣が述べた。", "松本", "PERSON"),  # kanji place names are surnames too
])
def test_a_place_before_a_royal_title_is_the_realm(nlp, text, person, label):
    from pipeline.components.model_entities import ModelEntities

    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(0, len(person), label="PERSON", alignment_mode="expand")]
    doc._.candidates = []
    ModelEntities()(doc)
    assert [(doc.text[c.start:c.end], c.label) for c in doc._.candidates] == [(person, label)]
