"""Whole runs over folders nobody cleaned: bad inputs, failures, cache, atomic and repeatable output."""
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from pipeline import tables
from pipeline.run import extract

from .conftest import ROOT, assert_same_outputs

GOOD = "ブラジルのルラ大統領は2019年3月に来日した。\n"


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy")
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_bom_crlf.txt").write_bytes("\ufeff".encode() + GOOD.replace("\n", "\r\n").encode("utf-8"))
    (folder / "c_cp932.txt").write_bytes(GOOD.encode("cp932"))
    (folder / "d_eucjp.txt").write_bytes(GOOD.encode("euc_jp"))
    (folder / "e_empty.txt").write_bytes(b"")
    (folder / "f_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "g_undecodable.txt").write_bytes(b"\xff\xfe\xfa\x80\x81\x82" * 10)
    sentence = "チリとペルーの外相が2020年5月に会談し、協力を確認した"  # no sentence end: one long run
    (folder / "h_long_paragraph.txt").write_text(sentence * (200_000 // len(sentence.encode()) + 1), encoding="utf-8")
    (folder / "manifest.csv").write_text("doc_id,published,reports_on_year\na_good,2024,2024\nc_cp932,x,y\n,,\n",
                                         encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def messy_run(messy, tmp_path_factory):
    out = tmp_path_factory.mktemp("messy_out")
    return out, extract(messy, out, workers=1)


@pytest.mark.parametrize("name, problem", [("e_empty.txt", "empty file"), ("f_binary.txt", "binary"),
                                           ("g_undecodable.txt", "cannot decode")])
def test_bad_files_fail_with_file_and_problem(messy_run, messy, name, problem):
    _, result = messy_run
    assert problem in result.failures[str(messy / name)]


def test_the_other_documents_go_through(messy_run, messy):
    out, result = messy_run
    assert sorted(result.mentions) == ["a_good", "b_bom_crlf", "c_cp932", "d_eucjp", "h_long_paragraph"]
    raw = {p.stem: p.read_bytes() for p in messy.glob("*.txt")}
    from pipeline.documents import decode
    rows = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in rows:
        text, _ = decode(raw[r["doc"]], r["doc"])
        assert text[r["start"]:r["end"]] == r["text"]
    by_doc = {d: [r["text"] for r in rows if r["doc"] == d] for d in result.mentions}
    for doc in ["a_good", "b_bom_crlf", "c_cp932", "d_eucjp"]:
        assert by_doc[doc] == ["ブラジル", "ルラ", "2019年3月"], doc
    assert by_doc["h_long_paragraph"].count("チリ") > 1000


def test_malformed_manifest_rows_are_reported(messy_run):
    _, result = messy_run
    assert any("manifest.csv:3" in w for w in result.warnings)
    assert any("manifest.csv:4" in w for w in result.warnings)


def test_cli_exits_nonzero_and_lists_failures(messy, tmp_path):
    out = tmp_path / "o"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(messy / "none"),
                           "--output", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "input folder does not exist" in proc.stderr


def small_corpus(folder):
    folder.mkdir()
    (folder / "x1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "x2.txt").write_text("モンゴルとチリの協力は2018年に始まった。約3兆円の支援。\n", encoding="utf-8")
    return folder


def test_identical_input_gives_byte_identical_output(tmp_path):
    corpus = small_corpus(tmp_path / "in")
    extract(corpus, tmp_path / "one", workers=1, use_cache=False)
    extract(corpus, tmp_path / "two", workers=1, use_cache=False)
    assert_same_outputs(tmp_path / "one", tmp_path / "two")


def test_cache_reprocesses_only_changed_documents(tmp_path):
    corpus = small_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert sorted(extract(corpus, out, workers=1).processed) == ["x1", "x2"]
    assert extract(corpus, out, workers=1).processed == []
    (corpus / "x2.txt").write_text("ペルーの首都リマで会合。\n", encoding="utf-8")
    assert extract(corpus, out, workers=1).processed == ["x2"]


def test_outputs_get_the_permissions_of_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        extract(small_corpus(tmp_path / "in"), tmp_path / "out", workers=1)
    finally:
        os.umask(previous)
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in (tmp_path / "out").rglob("*") if p.is_file()}
    assert set(modes.values()) == {"0o644"}, modes  # mkstemp's 0600 used to survive the rename


def test_failed_write_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    corpus = small_corpus(tmp_path / "in")
    out = tmp_path / "out"
    extract(corpus, out, workers=1)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (corpus / "x1.txt").write_text("チリの大統領が来日した。\n", encoding="utf-8")

    def interrupted(data, path):
        raise KeyboardInterrupt

    monkeypatch.setattr(tables, "write_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        extract(corpus, out, workers=1)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert sorted(p.name for p in out.iterdir()) == sorted([*before, ".cache"])  # no temporary files left behind
    for name in before:  # mentions.jsonl, written before the interruption, too
        assert after[name] == before[name], name


PRESS_RELEASES = {
    "p1_reiwa": "令和元年5月17日\n\nペルー副大統領の訪日\n\n1　本17日から20日まで、副大統領が訪日します。1988年の協定以来の"
                "交流で、本年は節目の年です。昨年9月にはリマで会談しました。\n\n2　18日には会談します。\n\n（参考）日程\n"
                "| 6月 | 1日 | 到着 |\n| | 2日 | 出発 |\n",
    "p2_western": "2024年8月11日\n\nチリ外相の来日\n\n本11日、チリの外相が来日しました。同日、外相会談を行いました。"
                  "一昨年の署名に続き、今年度の協力計画に合意しました。\n",
    "p3_undated": "チリとの協力について\n\n1990年に協定を結んだ。本年、両国は協力を深めた。\n",
}


def date_values(out):
    rows = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    return [(r["doc"], r["text"], r["norm"]["value"]) for r in rows if r["label"] == "DATE"]


def test_a_folder_without_manifest_resolves_dates_from_datelines(tmp_path):
    bare, listed = tmp_path / "bare", tmp_path / "listed"
    for folder in (bare, listed):
        folder.mkdir()
        for doc_id, text in PRESS_RELEASES.items():
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (listed / "manifest.csv").write_text("doc_id,published,reports_on_year\np1_reiwa,2019-05-17,2019\n"
                                         "p2_western,2024-08-11,2024\n", encoding="utf-8")
    extract(bare, tmp_path / "out_bare", workers=1)
    extract(listed, tmp_path / "out_listed", workers=1)
    found = date_values(tmp_path / "out_bare")
    assert found == date_values(tmp_path / "out_listed")
    for expected in [("p1_reiwa", "本17日から20日", "2019-05-17/2019-05-20"), ("p1_reiwa", "本年", "2019"),
                     ("p1_reiwa", "昨年9月", "2018-09"), ("p1_reiwa", "18日", "2019-05-18"),
                     ("p1_reiwa", "1日", "2019-06-01"), ("p2_western", "本11日", "2024-08-11"),
                     ("p2_western", "同日", "2024-08-11"), ("p2_western", "一昨年", "2022"),
                     ("p2_western", "今年度", "2024"), ("p3_undated", "本年", "XXXX")]:
        assert expected in found


def test_the_run_says_which_own_date_each_document_used(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id, text in PRESS_RELEASES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text("doc_id,published,reports_on_year\np2_western,2024-08-11,2024\n", encoding="utf-8")
    out = tmp_path / "out"
    extract(folder, out, workers=1)
    anchors = {doc: v["anchor"] for doc, v in json.loads((out / "run.json").read_text(encoding="utf-8"))["inputs"].items()}
    assert anchors == {"p1_reiwa": {"source": "dateline", "date": "2019-05-17", "year": 2019},
                       "p2_western": {"source": "manifest", "date": "2024-08-11", "year": 2024},
                       "p3_undated": {"source": "none", "date": None, "year": None}}
    dates = pd.read_csv(out / "dates.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    per_doc = set(zip(dates["doc"], dates["anchor"], dates["anchor_date"]))
    assert per_doc == {("p1_reiwa", "dateline", "2019-05-17"), ("p2_western", "manifest", "2024-08-11"),
                       ("p3_undated", "none", "")}


def test_a_number_the_normalizer_cannot_read_does_not_fail_the_document(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "typo.txt").write_text("チリの出資比率は１００パーセントで、2019年2月30日に署名した。\n", encoding="utf-8")
    result = extract(folder, tmp_path / "out", workers=1)
    assert not result.failures
    found = [(m.text, m.norm) for m in result.mentions["typo"] if m.label != "LOCATION"]
    assert found == [("１００パーセント", {"value": "100"}), ("2019年2月30日", {"value": None})]
    assert any("typo: DATE '2019年2月30日'" in w and "null values" in w for w in result.warnings)


def cli(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("files", [{}, {"notes.docx": "x", "sub/a.txt": GOOD}])
def test_folder_without_documents_exits_2_and_writes_nothing(tmp_path, files):
    folder = tmp_path / "in"
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    folder.mkdir(exist_ok=True)
    proc = cli("extract", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: {folder}: no documents (*.txt files)")
    if files:
        assert "1 subfolder not read (pass --recursive to read them): sub/" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_unknown_encoding_is_bad_usage(tmp_path):
    proc = cli("extract", "--input", str(tmp_path), "--output", str(tmp_path / "out"), "--encoding", "utf-17")
    assert proc.returncode == 2 and "unknown encoding 'utf-17'" in proc.stderr


@pytest.fixture(scope="module")
def nested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nested")
    (folder / "sub").mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "UPPER.TXT").write_bytes("\ufeff".encode("utf-16-le") + GOOD.encode("utf-16-le"))
    (folder / "sub" / "a.txt").write_bytes("\ufeff".encode("utf-16-be") + GOOD.encode("utf-16-be"))
    (folder / "notes.docx").write_bytes(b"PK")
    return folder


def test_without_recursive_subfolders_are_named_in_one_warning(nested, tmp_path):
    result = extract(nested, tmp_path, workers=1)
    assert sorted(result.mentions) == ["UPPER", "a"] and not result.failures
    assert result.warnings == [f"{nested}: 1 subfolder not read (pass --recursive to read them): sub/; "
                               "1 file not named *.txt skipped: notes.docx"]
    assert [m.text for m in result.mentions["UPPER"]] == ["ブラジル", "ルラ", "2019年3月"]  # UTF-16 with BOM


def test_recursive_reads_subfolders_with_relative_ids(nested, tmp_path):
    result = extract(nested, tmp_path, workers=1, recursive=True)
    assert sorted(result.mentions) == ["UPPER", "a", "sub/a"] and not result.failures
    assert result.warnings == [f"{nested}: 1 file not named *.txt skipped: notes.docx"]
    rows = [json.loads(line) for line in (tmp_path / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted({r["doc"] for r in rows}) == ["UPPER", "a", "sub/a"]
