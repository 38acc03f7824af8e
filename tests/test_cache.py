"""The per-document cache: compact, pruned, measured in run.json, independent of file names."""
import gzip
import json
import shutil

import pytest

from pipeline.run import CACHE_DIR, extract

from .conftest import ROOT

DOC = ROOT / "corpus" / "raw" / "003_2a7ccb964d6729ad.txt"


def test_pack_keeps_everything_but_the_doc_id():
    from pipeline.cache import pack, unpack

    result = {"mentions": [{"doc": "x", "start": 0, "end": 2, "text": "チリ", "label": "LOCATION",
                            "norm": {"name": "チリ", "iso": "CL", "kind": "country"}, "source": "gazetteer"}],
              "tokens": [{"doc": "x", "paragraph": 1, "start": 0, "end": 2, "surface": "チリ", "lemma": "チリ",
                          "reading": "チリ", "pos1": "名詞", "pos2": "固有名詞", "pos3": "地名", "pos4": "国"}]}
    data = pack(result)
    assert "x" not in json.dumps(json.loads(gzip.decompress(data)))
    assert unpack(data, "y") == {part: [{**r, "doc": "y"} for r in rows] for part, rows in result.items()}


@pytest.fixture(scope="module")
def cached_run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("in")
    shutil.copyfile(DOC, corpus / "doc.txt")
    out = tmp_path_factory.mktemp("out")
    extract(corpus, out, workers=1)
    return corpus, out


def cache_files(out):
    return sorted((out / CACHE_DIR).iterdir())


def test_cache_is_proportional_to_the_input(cached_run):
    _, out = cached_run
    (entry,) = cache_files(out)
    assert entry.stat().st_size < 4 * DOC.stat().st_size  # was 45× (the tokens as verbose JSON)


def test_run_json_reports_the_cache_size(cached_run):
    _, out = cached_run
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert info["cache"] == {"folder": CACHE_DIR, "files": 1, "bytes": sum(p.stat().st_size for p in cache_files(out))}


def test_unused_entries_are_removed(cached_run, tmp_path):
    corpus, out = cached_run
    shutil.copytree(corpus, tmp_path / "in")
    shutil.copytree(out, tmp_path / "out")
    (tmp_path / "in" / "doc.txt").write_text("ペルーの首都リマで会合。\n", encoding="utf-8")
    extract(tmp_path / "in", tmp_path / "out", workers=1)
    (entry,) = cache_files(tmp_path / "out")
    assert entry.name not in {p.name for p in cache_files(out)}


def test_identical_texts_under_two_names_keep_their_own_ids(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("first", "second"):
        (corpus / f"{name}.txt").write_text("チリの大統領が来日した。\n", encoding="utf-8")
    extract(corpus, tmp_path / "out", workers=1)
    assert extract(corpus, tmp_path / "out", workers=1).processed == []  # both from one cache entry
    rows = [json.loads(line) for line in (tmp_path / "out" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc"] for r in rows) == ["first", "second"]
