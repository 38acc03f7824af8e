"""The Dask engine (on a LocalCluster) gives exactly the local engine's output."""
import pytest

from pipeline.run import extract

from .conftest import assert_same_outputs

pytest.importorskip("distributed")


def test_dask_output_identical_to_local(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "p.txt").write_text("ペルーのボルアルテ大統領は2023年3月に来日した。\n", encoding="utf-8")
    (corpus / "q.txt").write_text("チリ政府は約5億ドルの支援を表明した。同年6月には協定に署名。\n", encoding="utf-8")
    extract(corpus, tmp_path / "local", workers=1, use_cache=False)
    extract(corpus, tmp_path / "dask", engine="dask", workers=1, use_cache=False)
    assert_same_outputs(tmp_path / "local", tmp_path / "dask")
