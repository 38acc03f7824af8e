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


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load

    return load()


@pytest.fixture(scope="session")
def mentions_of(nlp):
    """(text) → [(surface, label)] of the resolved mentions of one short text."""
    def run(text):
        doc = nlp(text)
        return [(text[c.start:c.end], c.label) for c in doc._.mentions]
    return run
