import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.mentions import Mention
from pipeline.tables import atomic_write, entity_table, escape_formula, write_csv, write_csv_rows, write_tables


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
    counts = write_tables(people(), tmp_path)
    for name in ["mentions.jsonl", "mentions.csv", "people.csv", "people_all.csv", "places.csv",
                 "organizations.csv", "dates.csv", "money.csv", "percents.csv"]:
        assert (tmp_path / name).exists(), name
    assert counts["people.csv"] == 2 and counts["places.csv"] == 0


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
