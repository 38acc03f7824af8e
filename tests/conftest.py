from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
USER_OUTPUT = ROOT / "output"


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else {}


@pytest.fixture(scope="session", autouse=True)
def users_output_untouched():
    """Tests write only under temporary folders: the user's output/ is as it was before them."""
    before = _files(USER_OUTPUT)
    yield
    changed = sorted(set(before.items()) ^ set(_files(USER_OUTPUT).items()))
    assert not changed, f"tests wrote into {USER_OUTPUT}: {[name for name, _ in changed]}"


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


def duckdb_rows(path: Path) -> dict[str, list]:
    """Every table's and view's rows (sorted) of a DuckDB file."""
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:
        names = [n for (n,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def assert_same_outputs(one: Path, two: Path) -> None:
    """Two runs' files byte-identical, except run.json (timing) and entities.duckdb, which
    must hold the same rows (DuckDB writes a random identifier into every file)."""
    names = sorted(p.name for p in one.iterdir() if p.is_file() and p.name != "run.json")
    assert "mentions.jsonl" in names and "entities.duckdb" in names
    assert names == sorted(p.name for p in two.iterdir() if p.is_file() and p.name != "run.json")
    for name in names:
        if name.endswith(".duckdb"):
            assert duckdb_rows(one / name) == duckdb_rows(two / name), name
        else:
            assert (one / name).read_bytes() == (two / name).read_bytes(), name
