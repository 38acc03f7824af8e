"""The files `make extract` promises, checked on the corpus run."""
import json

import pandas as pd

from pipeline.mentions import NORM_KEYS


def test_all_outputs_written(corpus_run):
    out, _ = corpus_run
    for name in ["mentions.jsonl", "mentions.csv", "tokens.csv", "people.csv", "people_all.csv", "places.csv",
                 "organizations.csv", "dates.csv", "money.csv", "percents.csv", "run.json"]:
        assert (out / name).stat().st_size > 0, name


def test_every_norm_key_present(corpus_run):
    out, _ = corpus_run
    for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert set(r["norm"]) == set(NORM_KEYS[r["label"]])
        if r["label"] == "LOCATION":
            assert r["norm"]["kind"] in ("country", "region", "city", "subnational", "feature")


def test_tokens_have_readings_and_raw_offsets(corpus_run):
    out, _ = corpus_run
    tokens = pd.read_csv(out / "tokens.csv", encoding="utf-8-sig")
    assert list(tokens.columns[:5]) == ["doc", "paragraph", "start", "end", "surface"]
    assert (tokens["end"] > tokens["start"]).all()
    words = tokens[~tokens["pos1"].isin(["補助記号", "記号", "空白"])]
    spelt_in_japanese = words[words["surface"].str.contains("[ぁ-んァ-ン一-龥]")]
    assert spelt_in_japanese["reading"].notna().mean() > 0.98


def test_run_json_records_versions_and_hashes(corpus_run):
    out, _ = corpus_run
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert info["versions"]["ja-ginza"] != "not installed"
    assert len(info["inputs"]) == 5 and all(len(v["sha256"]) == 64 for v in info["inputs"].values())
