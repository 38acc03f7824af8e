"""Accuracy regression: the pipeline on the gold documents must stay above the floor.

The floor holds one entry per set of gold documents (tests/accuracy_floor.json): the
documents gold has covered longest keep their own floor when new documents join the gold.
"""
import json

import pytest

from pipeline.documents import read_texts
from pipeline.evaluate import load_folder, load_records, score

from .conftest import ROOT

SETS = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))["gold_sets"]


@pytest.fixture(scope="module")
def figures(corpus_run):
    out, result = corpus_run
    assert not result.failures
    raw = read_texts(ROOT / "corpus" / "raw")
    gold = load_folder(ROOT / "corpus" / "gold", raw)
    pred = load_records(out / "mentions.jsonl", raw)
    by_set = {}
    for name, floor in SETS.items():
        docs = floor["documents"]
        by_set[name] = score([g for g in gold if docs is None or g.doc in docs], pred)
    return by_set


def _checks():
    for name, floor in SETS.items():
        yield name, "micro", "strict_f1", floor["micro_strict_f1"]
        yield name, "micro", "norm_accuracy", floor["micro_norm_accuracy"]
        for key, figure in (("label_strict_f1", "strict_f1"), ("label_norm_accuracy", "norm_accuracy"),
                            ("table_f1", "table_f1")):
            for label, value in floor[key].items():
                yield name, label, figure, value


@pytest.mark.parametrize(("gold_set", "label", "figure", "floor"), list(_checks()))
def test_above_floor(figures, gold_set, label, figure, floor):
    result = figures[gold_set]
    if figure == "table_f1":
        measured = result["tables"][label]["f1"]
    elif figure == "strict_f1":
        measured = result["labels"][label]["strict"]["f1"]
    else:
        measured = result["labels"][label]["norm_accuracy"]
    assert measured >= floor, f"{gold_set}: {label} {figure} {measured:.4f} below the floor {floor}"


def test_gold_documents_named_in_the_floor_exist():
    for floor in SETS.values():
        for doc in floor["documents"] or []:
            assert (ROOT / "corpus" / "gold" / f"{doc}.jsonl").exists(), doc


def test_every_span_matches_the_raw_text(corpus_run):
    out, _ = corpus_run
    raw = read_texts(ROOT / "corpus" / "raw")
    rows = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows
    for r in rows:
        assert raw[r["doc"]][r["start"]:r["end"]] == r["text"]
