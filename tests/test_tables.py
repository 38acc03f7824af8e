from pathlib import Path

import pandas as pd

from pipeline.mentions import Mention
from pipeline.documents import Document
from pipeline.tables import atomic_write, documents_frame, entity_table, escape_formula, write_csv, write_tables


def test_formula_cells_are_escaped():
    for value in ["=SUM(A1)", "+1", "-3", "@x", "\tx", "\rx"]:
        assert escape_formula(value).startswith("'")
    assert escape_formula("日本") == "日本" and escape_formula(5) == 5


def test_csv_has_bom_and_escapes(tmp_path):
    write_csv(pd.DataFrame({"a": ["=1+1", "東京"]}), tmp_path / "x.csv")
    data = (tmp_path / "x.csv").read_bytes()
    assert data.startswith("\ufeff".encode())
    assert "'=1+1" in data.decode("utf-8-sig")


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "t.txt"
    target.write_text("old")

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    try:
        atomic_write(target, b"new")
    except OSError:
        pass
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def people():
    return [Mention("d", 0, 2, "岩屋", "PERSON", {"name": "岩屋毅", "title": "外務大臣"}),
            Mention("d", 10, 13, "岩屋毅", "PERSON", {"name": "岩屋毅", "title": None}),
            Mention("e", 5, 7, "岩屋", "PERSON", {"name": "岩屋毅", "title": "外相"})]


def test_entity_table_one_row_per_entity_per_document():
    df = entity_table(people(), "PERSON", ["name"])
    assert df.to_dict("records")[0] == {"doc": "d", "name": "岩屋毅", "mentions": 2, "first_start": 0,
                                        "variants": "岩屋|岩屋毅", "titles": "外務大臣"}
    assert len(df) == 2
    corpus = entity_table(people(), "PERSON", ["name"], per_doc=False)
    assert corpus.loc[0, "mentions"] == 3 and corpus.loc[0, "docs"] == "d|e"


def test_write_tables_writes_every_file(tmp_path: Path):
    frames = write_tables(people(), [], tmp_path)
    for name in ["mentions.jsonl", "mentions.csv", "people.csv", "people_all.csv", "places.csv",
                 "organizations.csv", "dates.csv", "money.csv", "percents.csv", "documents.csv"]:
        assert (tmp_path / name).exists(), name
    assert len(frames["people"]) == 2 and len(frames["places"]) == 0


def test_documents_table_has_file_facts_year_and_manifest_columns():
    docs = [Document("a", "チリ", "f" * 64, path="/in/a.txt", meta={"doc_id": "a", "published": "2025-08", "title": "T"}),
            Document("b", "ペルーの首都", "e" * 64, path="/in/b.txt", encoding="cp932")]
    rows = documents_frame(docs).to_dict("records")
    assert rows[0] == {"doc": "a", "file": "a.txt", "encoding": "utf-8", "sha256": "f" * 64, "characters": 2,
                       "year": 2025, "own_date": "2025-08", "own_date_source": "manifest", "published": "2025-08",
                       "title": "T"}
    assert rows[1]["own_date_source"] == "none"
    assert rows[1]["encoding"] == "cp932" and rows[1]["characters"] == 6
    assert pd.isna(rows[1]["year"]) and pd.isna(rows[1]["published"]) and pd.isna(rows[1]["title"])
