"""The Python API: extract_text, extract_folder, load, Tables; a cheap import."""
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal

import pytest

import pipeline
from pipeline.documents import DocumentError
from pipeline.formats import Tables

from .conftest import ROOT

GOOD = "ブラジルのルラ大統領は2019年3月に来日した。\n"


def test_import_loads_no_heavy_library():
    code = "import sys, pipeline; print(sorted(m for m in ('spacy', 'pandas', 'pyarrow', 'duckdb') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "[]"


def test_extract_text_finds_person_with_title_and_exact_money():
    mentions = pipeline.extract_text("高市早苗総理大臣は総額3兆円の目標を示した。")
    assert [(m.start, m.end, m.text, m.label) for m in mentions] == [(0, 4, "高市早苗", "PERSON"), (11, 14, "3兆円", "MONEY")]
    person, money = mentions
    assert person.norm == {"name": "高市早苗", "title": "総理大臣"}
    assert Decimal(money.norm["amount"]) == 3_000_000_000_000 and money.norm["currency"] == "JPY"


@pytest.mark.parametrize("published, value", [(2025, "2025-03-05"), ("2024-08", "2024-03-05"),
                                              (date(2023, 1, 1), "2023-03-05")])
def test_published_gives_the_missing_year(published, value):
    (mention,) = pipeline.extract_text("3月5日に会談した。", published=published)
    assert mention.norm == {"value": value}


def test_doc_id_and_names_resolved_within_the_text():
    mentions = pipeline.extract_text("岩屋毅外務大臣は来日した。岩屋外相は会見した。", doc_id="memo")
    assert {m.doc for m in mentions} == {"memo"}
    assert [(m.text, m.norm["name"]) for m in mentions] == [("岩屋毅", "岩屋毅"), ("岩屋", "岩屋毅")]


def test_bad_arguments_are_named():
    with pytest.raises(TypeError, match="text must be a str, not bytes"):
        pipeline.extract_text("日本".encode())
    with pytest.raises(ValueError, match="published='昨年' is not a year"):
        pipeline.extract_text("本文", published="昨年")


def test_empty_text_has_no_mentions():
    assert pipeline.extract_text("") == [] and pipeline.extract_text("\n \n") == []


def test_load_is_the_pipeline_with_doc_ents_last():
    nlp = pipeline.load()
    assert nlp.pipe_names[-2:] == ["entity_resolver", "doc_ents"]
    assert [(e.text, e.label_) for e in nlp("チリの首都").ents] == [("チリ", "LOCATION")]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api_in")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text("モンゴルとチリの協力は約3兆円規模。\n", encoding="utf-8")
    (folder / "c_empty.txt").write_bytes(b"")
    return folder


def test_extract_folder_without_output_keeps_nothing(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the temporary run folder goes
    tables = pipeline.extract_folder(folder, workers=1)
    assert isinstance(tables, Tables)
    assert tables.documents["doc"].tolist() == ["a", "b"]
    assert tables.people["name"].tolist() == ["ルラ"]
    assert tables.money["amount"].tolist() == [Decimal("3000000000000")]
    assert tables.tokens["surface"].tolist()[:2] == ["ブラジル", "の"]
    assert "empty file" in tables.run["failures"][str(folder / "c_empty.txt")]
    assert list(tmp_path.iterdir()) == []
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "b.txt", "c_empty.txt"]


def test_extract_folder_writes_output_and_tables_read_it_back(folder, tmp_path):
    tables = pipeline.extract_folder(folder, tmp_path / "out", workers=1)
    assert (tmp_path / "out" / "entities.duckdb").is_file() and (tmp_path / "out" / "people.csv").is_file()
    again = Tables.read(tmp_path / "out")
    assert again.places.equals(tables.places) and again.run == tables.run
    assert pipeline.extract_folder(folder, tmp_path / "out", workers=1).run["counts"]["from_cache"] == 2


def test_extract_folder_errors(tmp_path):
    with pytest.raises(DocumentError, match="input folder does not exist"):
        pipeline.extract_folder(tmp_path / "none")
    with pytest.raises(TypeError, match="colour"):
        pipeline.extract_folder(tmp_path, colour="red")


def test_cli_extract_goes_through_the_api(folder, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(folder), "--output",
                           str(tmp_path), "--workers", "1"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "extracted 2 document(s)" in proc.stdout and "(2 processed, 0 from cache)" in proc.stdout
    assert f"{folder / 'c_empty.txt'}: empty file" in proc.stderr
    assert (tmp_path / "money.parquet").is_file()
