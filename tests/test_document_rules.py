"""Whole-document decisions: routes, romanized names, names cut by captions."""
from pipeline.document_rules import Span, rejoin_cut_names, split_routes


def test_a_model_place_joined_to_a_known_place_is_split(nlp):
    text = "ドゥシャンベーポフタル道路。キジルカラーポフタル間の道路"
    spans = [Span(0, 6, "LOCATION", "gazetteer"), Span(7, 11, "LOCATION", "gazetteer:route"),
             Span(14, 24, "LOCATION", "model")]
    assert [text[s.start:s.end] for s in split_routes(text, spans)] == ["ドゥシャンベ", "ポフタル", "キジルカラ", "ポフタル"]
    vowel = "マニーラーニー"  # a long vowel: neither side is a known place
    assert [vowel[s.start:s.end] for s in split_routes(vowel, [Span(0, 7, "LOCATION", "model")])] == [vowel]


def test_a_name_cut_by_a_caption_is_one_name():
    text = ("この会談は、両国の関係を深める機会となり、首相はバイサ\n\n写真:会談の様子(東京)\n\n"
            "ロフ副議長と会い、両国の協力について幅広く意見を交わした。中央\n\n図:地図\n\nアジアの協力を話し合った。")
    a, b = text.index("バイサ"), text.index("ロフ")
    c = text.index("アジアの")
    spans = [Span(a, a + 3, "PERSON", "model"), Span(b, b + 2, "PERSON", "rule:title"), Span(c, c + 3, "LOCATION", "gazetteer")]
    joined = [(text[s.start:s.end], s.label, s.whole) for s in rejoin_cut_names(text, spans)]
    assert joined == [("バイサ", "PERSON", "バイサロフ"), ("ロフ", "PERSON", "バイサロフ"),
                      ("中央", "LOCATION", "中央アジア"), ("アジア", "LOCATION", "中央アジア")]


def test_names_on_lines_of_a_list_are_not_joined():
    text = "出席者\n\nトカエフ\n\n(写真)\n\nジャパロフ\n"
    spans = [Span(text.index("トカエフ"), text.index("トカエフ") + 4, "PERSON", "model"),
             Span(text.index("ジャパロフ"), text.index("ジャパロフ") + 5, "PERSON", "model")]
    assert all(s.whole is None for s in rejoin_cut_names(text, spans))


def test_the_name_across_a_route_joiner_from_a_table_place_is_a_place():
    text = "アルマティーオシュ間の道路"
    spans = split_routes(text, [Span(0, 5, "LOCATION", "gazetteer")])
    assert [(text[s.start:s.end], s.source) for s in spans] == [("アルマティ", "gazetteer"), ("オシュ", "gazetteer:route")]


def test_a_long_vowel_before_a_known_place_is_no_joiner_without_a_route_word():
    # ニューロンドン: the ー of ニュー is a long vowel; no 間 or 道路 follows, so no place ニュ
    # (and no chain of "places" through コミュニケーション and the like in a long document)
    text = "ニューロンドンを出航し、ロンドンに着いた。"
    known = Span(text.index("ロンドンに"), text.index("ロンドンに") + 4, "LOCATION", "gazetteer")
    assert split_routes(text, [known]) == [known]


def test_places_found_across_a_joiner_are_known_in_turn():
    text = "ドゥシャンベーポフタル道路。キジルカラーポフタル間の道路"
    spans = split_routes(text, [Span(0, 6, "LOCATION", "gazetteer")])
    assert [text[s.start:s.end] for s in spans] == ["ドゥシャンベ", "ポフタル", "キジルカラ", "ポフタル"]


def test_a_company_named_with_its_legal_form_is_that_company_without_it():
    from pipeline.document_rules import named_companies

    text = "株式会社板橋建設と契約した。板橋建設様に感謝する。山田様にも。"
    b, c = text.index("板橋建設様"), text.index("山田")
    spans = [Span(0, 8, "ORGANIZATION", "model"), Span(b, b + 4, "PERSON", "rule:title"), Span(c, c + 2, "PERSON", "rule:title")]
    assert [(text[s.start:s.end], s.label) for s in named_companies(text, spans)] == [
        ("株式会社板橋建設", "ORGANIZATION"), ("板橋建設", "ORGANIZATION"), ("山田", "PERSON")]


def test_a_person_named_like_a_company_stays_a_person_without_an_honorific():
    from pipeline.document_rules import named_companies

    text = "ジョンソン株式会社の製品。ジョンソンは述べた。"
    b = text.index("ジョンソンは")
    spans = [Span(0, 9, "ORGANIZATION", "model"), Span(b, b + 5, "PERSON", "model")]
    assert [s.label for s in named_companies(text, spans)] == ["ORGANIZATION", "PERSON"]
