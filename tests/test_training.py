"""`make train` end to end on a tiny corpus: corpora, spacy train, packaging, loading."""
import json

import pytest


@pytest.fixture(scope="module")
def tiny_extdata(tmp_path_factory, nlp):
    from spacy.tokens import DocBin

    root = tmp_path_factory.mktemp("extdata")
    (root / "gsd").mkdir()
    (root / "wikipedia_ner").mkdir()
    doc = nlp.make_doc("山田太郎は東京で働く。")
    doc.ents = [doc.char_span(0, 4, label="PERSON"), doc.char_span(5, 7, label="GPE")]
    DocBin(docs=[doc] * 4).to_disk(root / "gsd" / "ja_gsd-ud-train.ne.spacy")
    items = [{"curid": str(i), "text": "鈴木花子は大阪市役所に勤める。",
              "entities": [{"name": "鈴木花子", "span": [0, 4], "type": "人名"},
                           {"name": "大阪市役所", "span": [5, 10], "type": "その他の組織名"}]} for i in range(20)]
    (root / "wikipedia_ner" / "ner.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return root


def test_training_writes_a_model_the_pipeline_loads(tiny_extdata, tmp_path, nlp):
    from pipeline.nlp import load_members, member_dirs, model_meta
    from pipeline.training.__main__ import main

    model = tmp_path / "names"
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    assert main(["--extdata", str(tiny_extdata), "--work", str(tmp_path / "work"), "--model", str(model),
                 "--gold", str(gold), "--raw", str(raw), "--max-steps", "2", "--members", "2"]) == 0
    assert [d.name for d in member_dirs(model)] == ["member-0", "member-1"]
    assert not any((d / "vocab").exists() for d in member_dirs(model))  # the vectors stay in ja_ginza
    meta = model_meta(model)
    assert meta["name"] == "jp_entity_names" and meta["members"] == 2
    assert any("CC BY-SA" in s["license"] for s in meta["sources"])
    for names in load_members(nlp.vocab, model):
        assert names.pipe_names == ["tok2vec", "ner"]
        assert set(names.get_pipe("ner").labels) == {"PERSON", "LOCATION", "ORGANIZATION"}
        names("佐藤次郎は京都に住む。")  # runs


def test_a_model_without_members_is_a_clear_error(tmp_path, nlp):
    from pipeline.nlp import load_members

    with pytest.raises(RuntimeError, match="make train"):
        load_members(nlp.vocab, tmp_path)


def test_missing_corpora_are_a_clear_error(tmp_path, capsys):
    from pipeline.training.__main__ import main

    assert main(["--extdata", str(tmp_path), "--work", str(tmp_path / "w")]) == 2
    assert "gsd/" in capsys.readouterr().err


def test_the_projects_sentences_count_gold_repeats_times(tiny_extdata, tmp_path, nlp):
    from pipeline.training.__main__ import GOLD_REPEATS, write_corpora

    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir()
    gold.mkdir()
    without = write_corpora(nlp, tiny_extdata, gold, raw, tmp_path / "w0")["train"]
    (raw / "d.txt").write_text("佐藤次郎は京都に住む。", encoding="utf-8")
    (gold / "d.jsonl").write_text(json.dumps({"start": 0, "end": 4, "label": "PERSON", "text": "佐藤次郎"},
                                             ensure_ascii=False) + "\n", encoding="utf-8")
    assert GOLD_REPEATS > 1
    assert write_corpora(nlp, tiny_extdata, gold, raw, tmp_path / "w1")["train"] == without + GOLD_REPEATS
