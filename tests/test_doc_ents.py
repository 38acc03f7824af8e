"""doc.ents and span._.norm from the pipeline: entities inside tokens become tokens of their own."""
import pytest

from pipeline.components.doc_ents import split_tokens

CASES = [  # text, [(start, end, label)] of doc.ents
    ("日露首脳会談", [(0, 1, "LOCATION"), (1, 2, "LOCATION")]),  # one token, two places
    ("日米首脳会談が開かれた。", [(0, 1, "LOCATION"), (1, 2, "LOCATION")]),
    ("対露制裁を強化した。", [(1, 2, "LOCATION")]),  # 対 stays outside
    ("高市早苗総理大臣は総額3兆円の目標を示した。", [(0, 4, "PERSON"), (11, 14, "MONEY")]),
    ("ロシア と ウクライナ", [(0, 3, "LOCATION"), (6, 11, "LOCATION")]),  # spaces between tokens
    ("岩屋外相は来日した。岩屋は語った。", [(0, 2, "PERSON"), (10, 12, "PERSON")]),  # the name without title too
]


@pytest.mark.parametrize("text, expected", CASES)
def test_ents_at_character_positions(nlp, text, expected):
    doc = nlp(text)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == expected
    assert doc.text == text
    assert all(e.text == text[e.start_char:e.end_char] for e in doc.ents)


def test_one_token_two_places_with_their_codes(nlp):
    doc = nlp("日露首脳会談")
    assert [t.text for t in doc][:3] == ["日", "露", "首脳"]
    assert [(e.text, e.label_, e._.norm["iso"]) for e in doc.ents] == [("日", "LOCATION", "JP"), ("露", "LOCATION", "RU")]


def test_spans_carry_normalized_values(nlp):
    person, money = nlp("高市早苗総理大臣は総額3兆円の目標を示した。").ents
    assert person._.norm == {"name": "高市早苗", "title": "総理大臣"}
    assert money._.norm["amount"] == "3000000000000" and money._.norm["currency"] == "JPY"


def test_default_year_is_configurable(nlp):
    component = nlp.get_pipe("doc_ents")
    assert component.default_year is None
    component.default_year = 2025
    try:
        (date,) = nlp("3月5日に会談した。").ents
    finally:
        component.default_year = None
    assert date._.norm == {"value": "2025-03-05"}


def test_pipe_gives_the_same_entities(nlp):
    texts = [text for text, _ in CASES]
    piped = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    assert piped == [expected for _, expected in CASES]


def test_split_keeps_tag_and_text_and_ginza_alignment(nlp):
    doc = nlp.make_doc("日露首脳会談")
    tag = doc[0].tag_
    split_tokens(doc, {1, 2, 6})  # inside 日露; boundaries already between tokens: nothing to do
    assert [t.text for t in doc] == ["日", "露", "首脳", "会談"]
    assert [t.tag_ for t in doc[:2]] == [tag, tag] and [t.lemma_ for t in doc[:2]] == ["日", "露"]
    assert doc.text == "日露首脳会談"
    assert len(doc.user_data["sub_tokens"]) == len(doc)


def test_split_into_three(nlp):
    doc = nlp.make_doc("日米韓")
    split_tokens(doc, {1, 2})
    assert [t.text for t in doc] == ["日", "米", "韓"]


def test_an_edge_inside_trailing_whitespace_fails_naming_the_mention(nlp):
    from pipeline.components.candidates import Candidate
    from pipeline.components.doc_ents import DocEnts

    doc = nlp.make_doc("チリ と")
    assert doc[0].whitespace_ == " "
    doc._.mentions = [Candidate(0, 3, "LOCATION", "gazetteer")]
    with pytest.raises(ValueError, match="LOCATION 'チリ ' at 0:3"):
        DocEnts()(doc)
