import json

import pytest

from pipeline.evaluate import GoldError, Record, errors, load_records, score


def rec(start, end, label="LOCATION", norm=("日本", "JP"), doc="d1"):
    return Record(doc, start, end, label, norm)


def test_strict_partial_and_norm():
    gold = [rec(0, 2), rec(5, 8, "PERSON", ("山田太郎",)), rec(10, 14, "DATE", ("2025",))]
    pred = [rec(0, 2), rec(5, 7, "PERSON", ("山田",)), rec(10, 14, "DATE", ("2024",)), rec(20, 22)]
    r = score(gold, pred)["labels"]
    assert r["micro"]["strict"]["p"] == pytest.approx(2 / 4)
    assert r["micro"]["strict"]["r"] == pytest.approx(2 / 3)
    assert r["micro"]["partial"]["r"] == pytest.approx(3 / 3)
    assert r["micro"]["norm_accuracy"] == pytest.approx(1 / 2)
    assert r["PERSON"]["strict"]["f1"] == 0.0 and r["PERSON"]["partial"]["f1"] == 1.0


def test_partial_is_one_to_one():
    gold = [rec(0, 4)]
    pred = [rec(0, 2), rec(2, 4)]
    assert score(gold, pred)["labels"]["LOCATION"]["partial"]["p"] == pytest.approx(0.5)


def test_tables_are_sets_per_document():
    gold = [rec(0, 2), rec(3, 5), rec(0, 2, doc="d2")]
    pred = [rec(0, 2), rec(7, 9, norm=("米国", "US"))]
    t = score(gold, pred)["tables"]["LOCATION"]
    assert (t["gold"], t["pred"]) == (2, 2)
    assert t["f1"] == pytest.approx(0.5)


def test_predictions_for_documents_without_gold_are_ignored():
    r = score([rec(0, 2)], [rec(0, 2), rec(0, 2, doc="other")])
    assert r["labels"]["micro"]["strict"]["p"] == 1.0


def test_error_causes():
    gold = [rec(0, 4), rec(10, 12, "PERSON", ("A",)), rec(20, 22)]
    pred = [rec(0, 3), rec(10, 12, "ORGANIZATION", ("A",)), rec(30, 32), rec(20, 22, norm=("x", None))]
    causes = sorted((e["cause"], e["side"]) for e in errors(gold, pred, {"d1": "x" * 40}))
    assert causes == [("boundary", "gold"), ("boundary", "pred"), ("label", "gold"), ("label", "pred"),
                      ("norm", "pred"), ("spurious", "pred")]


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "invalid JSON"),
        ('{"doc": "d1", "start": 0, "end": 2, "label": "PLACE", "norm": {}}', "unknown label"),
        ('{"doc": "d1", "start": 0, "end": 99, "text": "xx", "label": "DATE", "norm": {"value": "2025"}}', "out of range"),
        ('{"doc": "d1", "start": 0, "end": 2, "text": "zz", "label": "DATE", "norm": {"value": "2025"}}', "does not match"),
        ('{"doc": "d1", "start": 0, "end": 2, "label": "MONEY", "norm": {"amount": "1"}}', "lacks currency"),
        ('{"doc": "d1", "start": 0, "end": 2, "label": "DATE"}', "missing key 'norm'"),
    ],
)
def test_malformed_gold_names_file_and_line(tmp_path, line, message):
    good = json.dumps({"doc": "d1", "start": 0, "end": 2, "text": "日本", "label": "LOCATION",
                       "norm": {"name": "日本", "iso": "JP", "kind": "country"}}, ensure_ascii=False)
    path = tmp_path / "d1.jsonl"
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_records(path, {"d1": "日本は"})
    assert f"{path}:2" in str(info.value) and message in str(info.value)
