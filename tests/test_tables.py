import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.mentions import Mention
from pipeline.documents import Document
from pipeline.tables import (atomic_write, documents_frame, entity_table, escape_formula, write_csv, write_csv_rows,
                             write_tables)


@pytest.mark.parametrize("value, expected", [
    ("=SUM(A1)", "'=SUM(A1)"),
    ("=1+1", "'=1+1"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),  # arithmetic runs
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-3", "-3"),  # a signed number is a constant
    ("+1.5", "+1.5"),
    ("-0.25e3", "-0.25e3"),
    ("-", "-"),  # a lone sign or @: nothing follows to run
    ("+", "+"),
    ("2024-01/2024-02", "2024-01/2024-02"),  # no trigger first
    ("20/30", "20/30"),
    ("日本", "日本"),
    ("＝SUM(A1)", "＝SUM(A1)"),  # full-width: text to a spreadsheet
    (5, 5),
    (-3, -3),
])
def test_formula_guard_only_where_a_spreadsheet_would_run_something(value, expected):
    assert escape_formula(value) == expected


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


def read_back(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / name, encoding="utf-8-sig")


def test_first_offset_comes_with_its_document(tmp_path):
    mentions = [Mention("b", 3, 5, "岩屋", "PERSON", {"name": "岩屋毅"}),
                Mention("a", 40, 42, "岩屋", "PERSON", {"name": "岩屋毅"})]
    write_tables(mentions, [], tmp_path)
    row = read_back(tmp_path, "people_all.csv").iloc[0]
    assert (row["first_doc"], row["first_start"]) == ("a", 40)


def test_money_has_approx(tmp_path):
    write_tables([Mention("d", 0, 5, "約3兆円", "MONEY", {"amount": "3000000000000", "currency": "JPY", "approx": True}),
                  Mention("d", 9, 12, "3兆円", "MONEY", {"amount": "3000000000000", "currency": "JPY", "approx": False})],
                 [], tmp_path)
    money = read_back(tmp_path, "money.csv")
    assert money["approx"].dtype == bool and money["approx"].tolist() == [True, False]
    assert money["amount"].tolist() == [3_000_000_000_000] * 2


def test_ranges_split_beside_the_written_value(tmp_path):
    write_tables([Mention("d", 0, 5, "2から3割", "PERCENT", {"value": "20/30"}),
                  Mention("d", 9, 14, "50.5%", "PERCENT", {"value": "50.5"}),
                  Mention("d", 20, 30, "2025年1月から2月", "DATE", {"value": "2025-01/2025-02"}),
                  Mention("d", 40, 45, "2024年", "DATE", {"value": "2024"})], [], tmp_path)
    percents = read_back(tmp_path, "percents.csv")
    assert list(percents.columns[:4]) == ["doc", "value", "low", "high"]
    assert percents["low"].tolist() == [20.0, 50.5] and percents["high"].tolist() == [30.0, 50.5]
    assert percents["low"].dtype == float
    dates = read_back(tmp_path, "dates.csv").astype(str)
    assert list(dates.columns[:4]) == ["doc", "value", "start", "end"]
    assert dates[["start", "end"]].values.tolist() == [["2025-01", "2025-02"], ["2024", "2024"]]


def test_variants_without_markup(tmp_path):
    write_tables([Mention("d", 0, 21, "スルハン<sup>せい</sup>ダリア州", "LOCATION",
                          {"name": "スルハンダリア州", "iso": None, "kind": "subnational"}),
                  Mention("d", 30, 38, "柘植(つげ)芳文", "PERSON", {"name": "柘植芳文"})], [], tmp_path)
    assert read_back(tmp_path, "places.csv")["variants"].tolist() == ["スルハンダリア州"]
    assert read_back(tmp_path, "people.csv")["variants"].tolist() == ["柘植芳文"]
    assert read_back(tmp_path, "mentions.csv")["text"].tolist()[0] == "スルハン<sup>せい</sup>ダリア州"  # raw span


@pytest.fixture
def restore_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_files_get_the_permissions_of_the_umask(tmp_path, restore_umask, mask, mode):
    from pipeline.tables import staged_folder

    os.umask(mask)
    atomic_write(tmp_path / "a.json", b"{}")
    write_csv_rows(["x"], [{"x": 1}], tmp_path / "b.csv")
    with staged_folder(tmp_path / "out") as stage:
        atomic_write(stage / "c.csv", b"x\n")
    for path in [tmp_path / "a.json", tmp_path / "b.csv", tmp_path / "out" / "c.csv"]:
        assert path.stat().st_mode & 0o777 == mode, path


def test_staged_files_replace_the_old_ones_together_or_not_at_all(tmp_path):
    from pipeline.tables import staged_folder

    out = tmp_path / "out"
    out.mkdir()
    (out / "a.csv").write_text("old a")
    (out / "b.csv").write_text("old b")
    with pytest.raises(KeyboardInterrupt):
        with staged_folder(out) as stage:
            (stage / "a.csv").write_text("new a")
            raise KeyboardInterrupt
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "b.csv"] and (out / "a.csv").read_text() == "old a"
    with staged_folder(out) as stage:
        (stage / "a.csv").write_text("new a")
        (stage / "b.csv").write_text("new b")
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "b.csv"] and (out / "b.csv").read_text() == "new b"
