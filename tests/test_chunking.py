import pytest

from pipeline.chunking import SUDACHI_MAX_BYTES, Piece, chunk, paragraphs, split_piece


def test_paragraphs_keep_offsets():
    text = "一行目\n\n  \n二行目です\n"
    pieces = paragraphs(text)

    for p in pieces:
        assert text[p.start:p.start + len(p.text)] == p.text
    assert [p.text for p in pieces] == ["一行目", "二行目です"]


def test_paragraph_over_sudachi_limit_is_cut_without_loss():
    sentence = "日本とカザフスタンは協力を深めた。"
    para = sentence * (SUDACHI_MAX_BYTES // len(sentence.encode()) + 50)
    text = "前置き\n" + para + "\n後書き"
    assert len(para.encode("utf-8")) > SUDACHI_MAX_BYTES
    pieces = chunk(text, max_bytes=SUDACHI_MAX_BYTES)
    assert all(len(p.text.encode("utf-8")) <= SUDACHI_MAX_BYTES for p in pieces)
    assert "".join(p.text for p in pieces if p.text not in ("前置き", "後書き")) == para
    for p in pieces:
        assert text[p.start:p.start + len(p.text)] == p.text
    middle = [p for p in pieces if p.text not in ("前置き", "後書き")]
    assert all(p.text.endswith("。") for p in middle)


def test_cut_without_sentence_end_falls_on_character_boundary():
    piece = Piece(10, "あ" * 100)  # 300 bytes, no sentence end
    parts = split_piece(piece, max_bytes=64)
    assert all(len(p.text.encode()) <= 64 for p in parts)
    assert "".join(p.text for p in parts) == piece.text
    assert parts[1].start == 10 + len(parts[0].text)


def test_limit_above_sudachi_is_refused():
    with pytest.raises(ValueError):
        split_piece(Piece(0, "x"), max_bytes=SUDACHI_MAX_BYTES + 1)


def test_sentences_keep_offsets_and_brackets():
    from pipeline.chunking import sentences

    piece = Piece(10, "会談した。「協力する！」と述べた。残り")
    parts = sentences(piece)
    assert [p.text for p in parts] == ["会談した。", "「協力する！」", "と述べた。", "残り"]
    assert [p.start for p in parts] == [10, 15, 22, 27]
