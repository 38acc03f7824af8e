"""The README's make commands on a researcher's own folders, whose paths hold spaces."""
import json
import os
import shutil
import subprocess

import pytest

from .conftest import ROOT

DOC = "003_2a7ccb964d6729ad"


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("make")
    docs, gold, out = base / "my docs", base / "my gold", base / "my out"
    docs.mkdir()
    gold.mkdir()
    shutil.copyfile(ROOT / "corpus" / "raw" / f"{DOC}.txt", docs / f"{DOC}.txt")
    shutil.copyfile(ROOT / "corpus" / "gold" / f"{DOC}.jsonl", gold / f"{DOC}.jsonl")
    return {"INPUT": docs, "OUTPUT": out, "GOLD": gold}


def make(target, folders):
    return subprocess.run(["make", "--no-print-directory", target, *(f"{k}={v}" for k, v in folders.items())],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def extracted(folders):
    return make("extract", folders)


def test_extract(extracted, folders):
    assert extracted.returncode == 0, extracted.stderr
    assert f"extracted 1 document(s) into {folders['OUTPUT']}" in extracted.stdout
    mentions = (folders["OUTPUT"] / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(mentions) > 50 and all(json.loads(m)["doc"] == DOC for m in mentions)
    mask = os.umask(0)
    os.umask(mask)
    assert {(p.stat().st_mode & 0o777) for p in folders["OUTPUT"].iterdir() if p.is_file()} == {0o666 & ~mask}


def test_eval_scores_the_input_against_its_gold(extracted, folders):
    proc = make("eval", folders)
    assert proc.returncode == 0, proc.stderr
    assert f"\n1 document(s) of {folders['INPUT']} with gold in {folders['GOLD']}\n" in proc.stdout
    figures = json.loads((folders["OUTPUT"] / "eval.json").read_text(encoding="utf-8"))
    assert figures["labels"]["micro"]["gold"] > 50 and figures["labels"]["micro"]["strict"]["f1"] > 0.5  # scored against its own gold, not 0.000


def test_report_has_the_input_documents_with_their_mentions(extracted, folders):
    proc = make("report", folders)
    assert proc.returncode == 0, proc.stderr
    report = folders["OUTPUT"] / "report"
    assert sorted(p.name for p in report.iterdir()) == [f"{DOC}.html", "index.html"]
    assert (report / f"{DOC}.html").read_text(encoding="utf-8").count("<mark data-label=") > 50


def test_export(extracted, folders):
    proc = make("export", folders)
    assert proc.returncode == 0, proc.stderr
    ann = (folders["OUTPUT"] / "export" / f"{DOC}.ann").read_text(encoding="utf-8")
    assert ann.count("\tLOCATION ") > 10


def test_bench(folders):
    proc = make("bench", folders)
    assert proc.returncode == 0, proc.stderr
    figures = json.loads((folders["OUTPUT"] / "bench.json").read_text(encoding="utf-8"))
    chars = len((folders["INPUT"] / f"{DOC}.txt").read_text(encoding="utf-8"))
    assert figures["cold"]["chars"] == chars and figures["cold_x4"]["chars"] == 4 * chars


def test_targets_read_the_present_documents_not_older_mentions(tmp_path):
    """A document added after `make extract` is in what `make export` writes: the targets
    that read mentions run extract first (cached documents cost nothing)."""
    folders = {"INPUT": tmp_path / "docs", "OUTPUT": tmp_path / "out"}
    folders["INPUT"].mkdir()
    (folders["INPUT"] / "a.txt").write_text("岸田文雄首相は東京を訪れた。\n", encoding="utf-8")
    assert make("extract", folders).returncode == 0
    (folders["INPUT"] / "b.txt").write_text("山田太郎社長は大阪に戻った。\n", encoding="utf-8")
    proc = make("export", folders)
    assert proc.returncode == 0, proc.stderr
    assert "1 processed, 1 from cache" in proc.stdout
    mentions = [json.loads(m) for m in (folders["OUTPUT"] / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ("b", "大阪", "LOCATION") in {(m["doc"], m["text"], m["label"]) for m in mentions}
    assert "\tLOCATION 7 9\t大阪" in (folders["OUTPUT"] / "export" / "b.ann").read_text(encoding="utf-8")
