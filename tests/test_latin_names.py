"""Romanized person names in English glosses, and their Japanese names."""
import pytest

from pipeline.components.latin_names import english_honorifics, find_latin_names
from pipeline.documents import Document
from pipeline.extract import process_document
from pipeline.normalize.person import japanese_counterpart


@pytest.mark.parametrize(
    "text, names",
    [
        ("（H.E. Mr. Djamshid KUCHKAROV, Deputy Prime Minister）", ["Djamshid KUCHKAROV"]),
        ("His Excellency Elmar Mammadyarov, Minister", ["Elmar Mammadyarov"]),
        ("Elmar MAMMADYAROV, Minister of Foreign Affairs", ["Elmar MAMMADYAROV"]),
        ("Ms. Yoko Kamikawa met Dr. A. B. Smith-Jones.", ["Yoko Kamikawa", "A. B. Smith-Jones"]),
        ("Mr. Takeshi IWAYA", ["Takeshi IWAYA"]),
        ("JICA and UNDP in JAPAN", []),  # capitals that name organizations and places
        ("The Astana Times INPS Japan", []),  # a function word, a known place
        ("Photo credit: Kassym-Jomart Tokayev with Takeshi Iwaya.", []),  # no convention: left to the model
        # an office in apposition
        ("Takeshi Iwaya, Minister for Foreign Affairs of Japan, met", ["Takeshi Iwaya"]),
        ("Antonio Guterres, Secretary-General of the United Nations", ["Antonio Guterres"]),
        ("Joe Biden, the President of the United States", ["Joe Biden"]),
        ("Yoko Kamikawa, Deputy Prime Minister", ["Yoko Kamikawa"]),
        ("New York, President", []),  # a known place before the comma
        ("United Nations, Secretary-General", []),  # a known organization
        ("Original URL, Director", []),  # capitals of three letters: an acronym
        ("Takeshi Iwaya, minister", []),  # no capitalised title word
        # honorifics of office and post-nominal letters stay outside
        ("(The Honorable Donald J. Trump, President of the United States)", ["Donald J. Trump"]),
        ("The Right Honourable Rishi Sunak MP, Prime Minister", ["Rishi Sunak"]),
        ("the Hon. Penny Wong, Minister for Foreign Affairs", ["Penny Wong"]),
        ("H.E. Mr. Ji WU, Ambassador", ["Ji WU"]),
        # accented letters and lower-case particles belong to the name
        ("(H.E. Mr. António Manuel de Oliveira Guterres, Secretary-General)", ["António Manuel de Oliveira Guterres"]),
        ("(H.E. Mr. Recep Tayyip ERDOĞAN, President)", ["Recep Tayyip ERDOĞAN"]),
        ("José Müller, Minister of Finance", ["José Müller"]),
        ("H.E. Ms. Ursula von der Leyen, President", ["Ursula von der Leyen"]),
        # a royal title after an honorific of address stays outside; alone it may be a place's
        ("(H.H. Prince Faisal bin Farhan AL-SAUD, Minister)", ["Faisal bin Farhan AL-SAUD"]),
        ("Prince Edward Island is a province", []),
    ],
)
def test_find_latin_names(text, names):
    assert [text[s:e] for s, e, _ in find_latin_names(text)] == names


@pytest.mark.parametrize(
    "text, honorifics",
    [
        ("(The Honorable Donald J. Trump)", ["The Honorable "]),
        ("the Hon. Penny Wong", ["Hon. "]),
        ("H.E. Mr. Ji WU", ["H.E. Mr. "]),
        ("Honorable mention", []),  # no name after it
    ],
)
def test_english_honorifics(text, honorifics):
    assert [text[s:e] for s, e in english_honorifics(text)] == honorifics


def test_an_honorific_is_no_entity_of_its_own(mentions_of):
    found = mentions_of("the Hon. Penny Wong, Minister for Foreign Affairs, said")
    assert ("Penny Wong", "PERSON") in found
    assert [m for m in found if m[0] != "Penny Wong"] == []


@pytest.mark.parametrize(
    "latin, japanese, expected",
    [
        ("Djamshid KUCHKAROV", ["クチカロフ", "トカエフ"], "クチカロフ"),
        ("Kassym-Jomart Tokayev", ["カシム＝ジョマルト・トカエフ"], "カシム＝ジョマルト・トカエフ"),
        ("Shavkat MIRZIYOYEV", ["ミルジヨーエフ"], "ミルジヨーエフ"),
        ("Sadyr JAPAROV", ["トカエフ", "ジャパロフ"], "ジャパロフ"),
        ("Takeshi Iwaya", ["トカエフ"], None),  # no counterpart
        ("Takeshi Iwaya", ["トカエフ", "岩屋毅"], "岩屋毅"),  # a kanji name by its surname's reading
        ("Taro KONO", ["河野太郎"], "河野太郎"),  # long vowels as English spelling drops them
        ("Kōno Tarō", ["河野"], "河野"),
    ],
)
def test_japanese_counterpart(latin, japanese, expected):
    assert japanese_counterpart(latin, japanese) == expected


def test_a_gloss_in_brackets_takes_the_name_it_glosses(nlp):
    text = "岩屋外務大臣（H.E. Mr. Takeshi IWAYA, Minister for Foreign Affairs）は述べた。"
    people = [(m.text, m.norm["name"]) for m in process_document(Document("t", text, "", meta={}))
              if m.label == "PERSON"]
    assert people == [("岩屋", "岩屋"), ("Takeshi IWAYA", "岩屋")]


def test_an_accented_gloss_takes_the_name_it_glosses(nlp):
    text = "アントニオ・グテーレス国連事務総長（H.E. Mr. António Manuel de Oliveira Guterres, Secretary-General）と会談した。"
    people = [(m.text, m.norm["name"]) for m in process_document(Document("t", text, "", meta={}))
              if m.label == "PERSON"]
    assert people == [("アントニオ・グテーレス", "アントニオ・グテーレス"),
                      ("António Manuel de Oliveira Guterres", "アントニオ・グテーレス")]


def test_the_republic_of_x_is_one_place(mentions_of):
    assert ("Republic of Armenia", "LOCATION") in mentions_of("a visit to the Republic of Armenia in May")


def test_a_romanized_name_the_model_mislabels_is_the_person_it_transliterates():
    from pipeline.document_rules import Span, romanized_people

    text = "トカエフ大統領。Photo: Kassym-Jomart Tokayev with Akorda Group TKV"
    spans = [Span(0, 4, "PERSON", "rule:title"), Span(15, 36, "ORGANIZATION", "model"),
             Span(42, 54, "ORGANIZATION", "model"), Span(55, 58, "ORGANIZATION", "model")]
    assert [(text[s.start:s.end], s.label) for s in romanized_people(text, spans)] == [
        ("トカエフ", "PERSON"), ("Kassym-Jomart Tokayev", "PERSON"), ("Akorda Group", "ORGANIZATION"),
        ("TKV", "ORGANIZATION")]  # an acronym is no romanized name
