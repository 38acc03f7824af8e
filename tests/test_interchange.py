"""Export to brat / Label Studio and import back: identical mentions; bad annotations name their place."""
import json

import pytest

from pipeline.evaluate import gold_files
from pipeline.interchange import (AnnotationError, export_brat, export_label_studio, import_brat,
                                  import_label_studio, write_gold)

RAW = {"d1": "ルラ大統領は2019年3月に\nブラジリアで演説した。", "d2": "チリとペルー"}
MENTIONS = [
    {"doc": "d1", "start": 0, "end": 2, "text": "ルラ", "label": "PERSON", "norm": {"name": "ルラ", "title": "大統領"}},
    {"doc": "d1", "start": 6, "end": 13, "text": "2019年3月", "label": "DATE", "norm": {"value": "2019-03"}},
    {"doc": "d1", "start": 15, "end": 20, "text": "ブラジリア", "label": "LOCATION",
     "norm": {"name": "ブラジリア", "iso": None, "kind": "city"}},
    {"doc": "d2", "start": 0, "end": 2, "text": "チリ", "label": "LOCATION", "norm": {"name": "チリ", "iso": "CL", "kind": "country"}},
    {"doc": "d2", "start": 3, "end": 6, "text": "ペルー", "label": "LOCATION", "norm": {"name": "ペルー", "iso": "PE", "kind": "country"}},
]


def as_rows(imported):
    return sorted((r for rows in imported.rows.values() for r in rows), key=lambda r: (r["doc"], r["start"]))


def test_brat_round_trip(tmp_path):
    export_brat(MENTIONS, RAW, tmp_path)
    assert (tmp_path / "d1.txt").read_text(encoding="utf-8") == RAW["d1"]
    assert as_rows(import_brat(tmp_path, RAW)) == MENTIONS


def test_label_studio_round_trip(tmp_path):
    path = export_label_studio(MENTIONS, RAW, tmp_path / "tasks.json")
    assert as_rows(import_label_studio(path, RAW)) == MENTIONS


def test_label_studio_export_with_human_annotations_wins_over_predictions(tmp_path):
    path = export_label_studio(MENTIONS, RAW, tmp_path / "tasks.json")
    tasks = json.loads(path.read_text(encoding="utf-8"))
    result = [dict(r) for r in tasks[1]["predictions"][0]["result"][:1]]  # the annotator kept only チリ
    tasks[1]["annotations"] = [{"result": result}]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    rows = import_label_studio(path, RAW).rows
    assert [r["text"] for r in rows["d2"]] == ["チリ"]


def test_a_span_added_by_hand_gets_null_norms_and_a_warning(tmp_path):
    export_brat(MENTIONS, RAW, tmp_path)
    (tmp_path / "d2.ann").write_text("T9\tLOCATION 0 2\tチリ\n", encoding="utf-8")
    imported = import_brat(tmp_path, RAW)
    assert imported.rows["d2"][0]["norm"] == {"name": None, "iso": None, "kind": None}
    assert any("d2.ann:1" in w and "no normalized value" in w for w in imported.warnings)


@pytest.mark.parametrize(
    "ann, message",
    [
        ("T1\tPLACE 0 2\tチリ\n", "d2.ann:1: unknown label"),
        ("T1\tLOCATION 0 99\tチリ\n", "d2.ann:1: offsets 0:99 out of range"),
        ("T1\tLOCATION 0 2\tチリ\n#1\tAnnotatorNotes T1\t{bad\n", "d2.ann:2: note is not JSON"),
        ("T1\tLOCATION 0 2\tチリ\n#1\tAnnotatorNotes T1\t{\"name\": \"チリ\"}\n", "d2.ann:1: norm of LOCATION lacks iso, kind"),
        ("T1\tLOCATION 0 3\tチリと\nT2\tLOCATION 1 3\tリと\n", "overlaps"),
        ("R1\tRel Arg1:T1 Arg2:T2\n", "d2.ann:1: only entity"),
    ],
)
def test_bad_brat_files_name_file_and_line(tmp_path, ann, message):
    (tmp_path / "d2.ann").write_text(ann, encoding="utf-8")
    with pytest.raises(AnnotationError, match=message):
        import_brat(tmp_path, RAW)


def test_gold_is_not_overwritten_without_force(tmp_path):
    export_brat(MENTIONS, RAW, tmp_path / "brat")
    imported = import_brat(tmp_path / "brat", RAW)
    gold = tmp_path / "gold"
    write_gold(imported, gold)
    before = (gold / "d1.jsonl").read_bytes()
    with pytest.raises(AnnotationError, match="--force"):
        write_gold(imported, gold)
    write_gold(imported, gold, force=True)
    assert (gold / "d1.jsonl").read_bytes() == before


def test_brat_round_trip_of_documents_in_subfolders(tmp_path):
    raw = {f"sub/{d}": text for d, text in RAW.items()}
    mentions = [{**m, "doc": f"sub/{m['doc']}"} for m in MENTIONS]
    export_brat(mentions, raw, tmp_path / "review")
    assert (tmp_path / "review" / "sub" / "d1.ann").exists()
    imported = import_brat(tmp_path / "review", raw)
    assert as_rows(imported) == mentions
    written = write_gold(imported, tmp_path / "gold")
    assert sorted(p.relative_to(tmp_path / "gold").as_posix() for p in written) == ["sub/d1.jsonl", "sub/d2.jsonl"]
    assert sorted(gold_files(tmp_path / "gold")) == ["sub/d1", "sub/d2"]
