"""Report pages from hand-made mentions: highlights, hover values, diff marks, escaping."""
from pipeline.report import highlight, render_diff, write_report

RAW = {"d1": "ルラ大統領と<b>チリ</b>の外相が2019年3月に会った。"}
PRED = [
    {"doc": "d1", "start": 0, "end": 2, "text": "ルラ", "label": "PERSON", "norm": {"name": "ルラ", "title": "大統領"}},
    {"doc": "d1", "start": 9, "end": 11, "text": "チリ", "label": "LOCATION", "norm": {"name": "チリ", "iso": "CL", "kind": "country"}},
    {"doc": "d1", "start": 19, "end": 26, "text": "2019年3月", "label": "DATE", "norm": {"value": "2018-03"}},
    {"doc": "d1", "start": 16, "end": 18, "text": "外相", "label": "ORGANIZATION", "norm": {"name": "外相"}},
]
GOLD = [PRED[0], PRED[1], {**PRED[2], "norm": {"value": "2019-03"}},
        {"doc": "d1", "start": 5, "end": 6, "text": "と", "label": "PERSON", "norm": {"name": "x", "title": None}}]


def test_highlight_marks_every_mention_and_escapes_text():
    page = highlight(RAW["d1"], PRED)
    assert page.count("<mark ") == 4
    assert 'data-label="LOCATION"' in page and "&lt;b&gt;" in page
    assert "name: チリ, iso: CL" in page  # the hover text


def test_diff_marks_each_kind(tmp_path):
    pages = write_report(PRED, RAW, {"d1": GOLD}, tmp_path)
    page = (tmp_path / "d1.html").read_text(encoding="utf-8")
    assert 'class="diff-missed"' in page and 'class="diff-spurious"' in page and 'class="diff-norm"' in page
    assert "<svg" in page and "http" not in page  # self-contained
    assert pages[0].name == "index.html" and "d1.html" in pages[0].read_text(encoding="utf-8")


def test_overlapping_diff_spans_are_cut_not_lost():
    out = render_diff("abcdef", [(0, 4, "missed", "m"), (2, 6, "spurious", "s")])
    assert out == ('<mark class="diff-missed" title="m">ab</mark><mark class="diff-missed diff-spurious" '
                   'title="m; s">cd</mark><mark class="diff-spurious" title="s">ef</mark>')


def test_document_of_a_subfolder_gets_its_page_there_with_working_links(tmp_path):
    write_report([{**m, "doc": "sub/d1"} for m in PRED], {"sub/d1": RAW["d1"]}, {}, tmp_path)
    page = (tmp_path / "sub" / "d1.html").read_text(encoding="utf-8")
    assert '<a href="../index.html">' in page and page.count("<mark ") == 4
    assert '<a href="sub/d1.html">sub/d1</a>' in (tmp_path / "index.html").read_text(encoding="utf-8")
