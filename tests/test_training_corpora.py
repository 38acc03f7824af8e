"""Training corpora: label mapping, the guidelines' form, the held-out split, token alignment."""
import json

import pytest

from pipeline.training import corpora

from .conftest import ROOT

EXTDATA = ROOT.parent / "shared" / "extdata"
needs_extdata = pytest.mark.skipif(not EXTDATA.is_dir(), reason="../shared/extdata is not here")


def test_wikipedia_types_map_to_the_three_name_labels(tmp_path):
    items = [{"curid": "1", "text": "山田太郎は日本政府と東京電力を訪れた。", "entities": [
        {"name": "山田太郎", "span": [0, 4], "type": "人名"},
        {"name": "日本政府", "span": [5, 9], "type": "政治的組織名"},
        {"name": "東京電力", "span": [10, 14], "type": "法人名"},
        {"name": "東京ドーム", "span": [0, 0], "type": "施設名"}]}] * 10
    path = tmp_path / "ner.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    train = list(corpora.read_wikipedia(path, held_out=False))
    held = list(corpora.read_wikipedia(path, held_out=True))
    assert (len(train), len(held)) == (9, 1)  # every tenth sentence is held out
    text = train[0].text
    assert [(text[s:e], label) for s, e, label in train[0].spans] == [
        ("山田太郎", "PERSON"), ("日本", "LOCATION"), ("東京電力", "ORGANIZATION")]  # X政府 → the place


@pytest.mark.parametrize("name, kind, label", [
    ("済美高等学校", "施設名", "ORGANIZATION"),  # a school the set files as a facility
    ("桜井高校", "施設名", "ORGANIZATION"),
    ("城北小学校", "施設名", "ORGANIZATION"),
    ("城北中学", "施設名", "ORGANIZATION"),
    ("東京ドーム", "施設名", None),  # other facilities are no entity
    ("大阪駅", "施設名", None),
    ("京都大学", "法人名", "ORGANIZATION"),
])
def test_schools_are_organizations_whatever_the_set_calls_them(tmp_path, name, kind, label):
    text = f"{name}に行った。"
    items = [{"curid": "1", "text": text, "entities": [{"name": name, "span": [0, len(name)], "type": kind}]}]
    path = tmp_path / "ner.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    [sentence] = corpora.read_wikipedia(path, held_out=False)
    assert sentence.spans == (((0, len(name), label),) if label else ())


@pytest.mark.parametrize("text, name, kind, expected", [
    ("伊達家の家臣", "伊達", "人名", ("伊達家", "ORGANIZATION")),  # a house is an organization
    ("ハプスブルク家の支配", "ハプスブルク", "地名", ("ハプスブルク家", "ORGANIZATION")),
    ("徳川家康が", "徳川", "人名", ("徳川", "PERSON")),  # 家康 goes on as a word: no house
    ("山田は作家だ", "山田", "人名", ("山田", "PERSON")),
])
def test_a_house_is_an_organization(tmp_path, text, name, kind, expected):
    start = text.index(name)
    items = [{"curid": "1", "text": text, "entities": [{"name": name, "span": [start, start + len(name)], "type": kind}]}]
    path = tmp_path / "ner.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    [sentence] = corpora.read_wikipedia(path, held_out=False)
    assert [(text[s:e], label) for s, e, label in sentence.spans] == [expected]


def test_spans_off_the_token_grid_are_missing_not_outside(nlp):
    text = "日本国内で売れた。"
    sentence = corpora.Sentence("t", text, ((0, 2, "LOCATION"),))
    doc = corpora.to_doc(nlp, sentence)
    if doc.char_span(0, 2) is not None:
        pytest.skip("the tokenizer splits 日本|国内 here")
    assert doc[0].ent_iob_ == ""  # missing: neither an entity nor "outside"
    assert all(t.ent_iob_ == "O" for t in doc[1:])


def test_gold_sentences_keep_every_name_mention():
    gold_dir, raw_dir = ROOT / "corpus" / "gold", ROOT / "corpus" / "raw"
    doc = "004_e5200c9010b3f9b1"
    mentions = [json.loads(line) for line in (gold_dir / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()]
    names = [m["text"] for m in mentions if m["label"] in corpora.NAME_LABELS]
    found = [s.text[a:b] for s in corpora.read_gold(raw_dir, gold_dir, docs={doc}) for a, b, _ in s.spans]
    assert found == names


@needs_extdata
def test_gsd_labels_are_mapped(nlp):
    sentences = list(corpora.read_gsd(EXTDATA / "gsd" / "ja_gsd-ud-dev.ne.spacy", nlp.vocab))
    labels = {label for s in sentences for _, _, label in s.spans}
    assert labels == set(corpora.NAME_LABELS)
    assert len(sentences) == 51
