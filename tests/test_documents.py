import pytest

from pipeline.documents import DocumentError, dateline, decode, own_date, read_document, read_manifest
from pipeline.normalize.date import DocDate

TEXT = "日本とカザフスタンは2025年に会談した。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        ("\ufeff".encode("utf-8") + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp932"), "cp932"),
        (TEXT.encode("euc_jp"), "euc_jp"),
    ],
)
def test_encodings_are_detected(data, encoding):
    text, found = decode(data, "x.txt")
    assert text == TEXT and found == encoding


def test_crlf_is_kept_so_offsets_match_the_file():
    text, _ = decode(TEXT.replace("\n", "\r\n").encode("utf-8"), "x.txt")
    assert "\r\n" in text


@pytest.mark.parametrize(
    "data, problem",
    [(b"", "empty file"), (b"\x00\x01\x02binary", "binary"), (b"   \n", "only white space"), (b"\xff\xfe\xfa\x80\x81", "cannot decode")],
)
def test_bad_input_names_the_problem(data, problem):
    with pytest.raises(DocumentError) as info:
        decode(data, "bad.txt")
    assert "bad.txt" in str(info.value) and problem in str(info.value)


def test_encoding_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("euc_jp"))
    assert read_document(path, encoding="euc_jp").text == TEXT


def test_manifest_rows_and_malformed_rows(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "doc_id,published,reports_on_year\nd1,2025-08,2025\nd2,soon,later\n,2020,2020\n", encoding="utf-8")
    rows, warnings = read_manifest(tmp_path)
    assert rows["d1"]["reports_on_year"] == "2025"
    assert rows["d2"]["reports_on_year"] == ""  # not a year: ignored with a warning
    assert any("manifest.csv:3" in w for w in warnings) and any("manifest.csv:4" in w for w in warnings)


@pytest.mark.parametrize(
    "text, found",
    [
        ("令和元年5月17日\n\nペルー副大統領の訪日\n\n本17日から…", DocDate(2019, 5, 17, "dateline")),
        ("外務省\n報道発表\n2024年8月11日\n\n本文", DocDate(2024, 8, 11, "dateline")),
        ("  平成16年8月28日（土）\r\n本文", DocDate(2004, 8, 28, "dateline")),
        ("**令和6年1月5日**\n本文", DocDate(2024, 1, 5, "dateline")),
        ("令和元年５月１７日\n本文", DocDate(2019, 5, 17, "dateline")),
        ("2024/05/17\n本日、発表した。", DocDate(2024, 5, 17, "dateline")),  # digits only, as web pages write it
    ],
)
def test_a_full_date_alone_on_a_top_line_is_the_dateline(text, found):
    assert dateline(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "2024年8月11日に外相が会談した。\n",  # a date inside a sentence
        "2024年8月\n本文",  # no day
        "5月17日\n本文",  # no year
        "2024年8月11日から13日\n本文",  # a range
        "\n".join(["本文"] * 10 + ["2024年8月11日"]),  # too far down
    ],
)
def test_other_dates_are_not_a_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize(
    "text, meta, expected",
    [
        ("令和元年5月17日\n本文", {}, DocDate(2019, 5, 17, "dateline")),
        ("令和元年5月17日\n本文", {"reports_on_year": "2019"}, DocDate(2019, 5, 17, "manifest")),
        ("令和元年5月17日\n本文", {"reports_on_year": "2018"}, DocDate(2018, source="manifest")),
        ("本文", {"published": "2025-12-20", "reports_on_year": "2025"}, DocDate(2025, 12, 20, "manifest")),
        ("本文", {"published": "2025", "reports_on_year": "2024"}, DocDate(2024, source="manifest")),
        ("本文", {"published": "2025-08"}, DocDate(2025, 8, None, "manifest")),
        ("本文", {}, DocDate()),
    ],
)
def test_own_date_prefers_the_manifest_and_completes_it_with_the_dateline(text, meta, expected):
    assert own_date(text, meta) == expected
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_detected(codec):
    bom = "\ufeff".encode(codec)
    text, found = decode(bom + TEXT.encode(codec), "x.txt")
    assert text == TEXT and found == "utf-16"


@pytest.mark.parametrize("named", ["utf-16-le", "utf-16", "UTF-16LE"])
def test_utf16_named_by_encoding(named):
    data = TEXT.encode("utf-16-le") if named != "utf-16" else TEXT.encode("utf-16")  # "utf-16" writes a BOM
    assert decode(data, "x.txt", named)[0] == TEXT


def test_utf16_without_bom_or_encoding_names_the_remedy():
    with pytest.raises(DocumentError) as info:
        decode(TEXT.encode("utf-16-le"), "x.txt")
    assert "binary" in str(info.value) and "--encoding utf-16-le" in str(info.value)


def scanned(tmp_path, files, recursive=False):
    from pipeline.documents import scan_folder

    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return scan_folder(tmp_path, recursive)


MIXED = {"a.txt": TEXT, "UPPER.TXT": TEXT, "notes.docx": "x", "table.csv": "x", "manifest.csv": "doc_id\n",
         ".DS_Store": "x", "drafts/b.txt": TEXT, "drafts/c.md": "x", "old/d.Txt": TEXT, ".cache/e.txt": TEXT}


def test_upper_case_extension_is_a_document_and_skipped_things_are_one_warning(tmp_path):
    scan = scanned(tmp_path, MIXED)
    assert sorted(scan.documents) == ["UPPER", "a"]
    assert scan.skipped() == ("2 subfolders not read (pass --recursive to read them): drafts/, old/; "
                              "2 files not named *.txt skipped: notes.docx, table.csv")


def test_recursive_ids_are_relative_paths(tmp_path):
    scan = scanned(tmp_path, MIXED, recursive=True)
    assert sorted(scan.documents) == ["UPPER", "a", "drafts/b", "old/d"]
    assert scan.skipped() == "3 files not named *.txt skipped: drafts/c.md, notes.docx, table.csv"


def test_same_id_twice_is_a_clash_not_a_silent_overwrite(tmp_path):
    scan = scanned(tmp_path, {"a.TXT": TEXT, "a.txt": TEXT})
    assert list(scan.documents) == ["a"]
    (clash, problem), = scan.clashes.items()
    assert "same document id 'a'" in problem and clash != str(scan.documents["a"])


def test_long_lists_are_cut(tmp_path):
    scan = scanned(tmp_path, {f"f{i}.pdf": "x" for i in range(8)} | {"a.txt": TEXT})
    assert scan.skipped().endswith("f0.pdf, f1.pdf, f2.pdf, f3.pdf, f4.pdf, … (8 in all)")
