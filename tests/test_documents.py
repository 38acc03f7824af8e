import pytest

from pipeline.documents import DocumentError, decode, read_document, read_manifest

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
