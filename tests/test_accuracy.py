"""Accuracy regression: the pipeline on the gold documents must stay above the floor."""
import json

import pytest

from pipeline.documents import list_documents, read_document
from pipeline.evaluate import load_folder, load_records, score

from .conftest import ROOT

FLOOR = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(corpus_run):
    out, result = corpus_run
    assert not result.failures
    raw = {p.stem: read_document(p).text for p in list_documents(ROOT / "corpus" / "raw")}
    gold = load_folder(ROOT / "corpus" / "gold", raw)
    pred = load_records(out / "mentions.jsonl", raw)
    return score(gold, pred)


def test_micro_strict_f1_above_floor(figures):
    assert figures["labels"]["micro"]["strict"]["f1"] >= FLOOR["micro_strict_f1"]


def test_normalization_accuracy_above_floor(figures):
    assert figures["labels"]["micro"]["norm_accuracy"] >= FLOOR["micro_norm_accuracy"]


@pytest.mark.parametrize("label", sorted(FLOOR["label_strict_f1"]))
def test_label_strict_f1_above_floor(figures, label):
    assert figures["labels"][label]["strict"]["f1"] >= FLOOR["label_strict_f1"][label]


@pytest.mark.parametrize("label", sorted(FLOOR["label_norm_accuracy"]))
def test_label_norm_accuracy_above_floor(figures, label):
    assert figures["labels"][label]["norm_accuracy"] >= FLOOR["label_norm_accuracy"][label]


@pytest.mark.parametrize("label", sorted(FLOOR["table_f1"]))
def test_table_f1_above_floor(figures, label):
    assert figures["tables"][label]["f1"] >= FLOOR["table_f1"][label]


def test_every_span_matches_the_raw_text(corpus_run):
    out, _ = corpus_run
    raw = {p.stem: read_document(p).text for p in list_documents(ROOT / "corpus" / "raw")}
    rows = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows
    for r in rows:
        assert raw[r["doc"]][r["start"]:r["end"]] == r["text"]
