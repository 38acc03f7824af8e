from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """The whole corpus extracted once per test session (the model loads once)."""
    from pipeline.run import extract

    out = tmp_path_factory.mktemp("output")
    result = extract(ROOT / "corpus" / "raw", out)
    return out, result
