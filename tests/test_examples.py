"""Every documented example runs against a fresh, non-editable install of the package.

The package is built as a wheel from a copy of the source and installed into a new
virtual environment whose only other packages are this environment's dependencies (a
path entry, not an install), so an example that needs a file missing from the wheel or
an import that works only from the source tree fails here. Examples run in a scratch
folder holding the corpus and a copy of the session's output (its cache keeps them fast).
"""
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import duckdb
import pytest

from .conftest import ROOT

README = ROOT / "README.md"


@pytest.fixture(scope="module")
def fresh_python(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("fresh")
    source = tmp / "source"
    shutil.copytree(ROOT / "pipeline", source / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", source)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(tmp / "dist"), str(source)], check=True, capture_output=True)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel, = (tmp / "dist").glob("*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", site,
                    str(wheel)], check=True, capture_output=True)
    return python


@pytest.fixture(scope="module")
def workspace(corpus_run, tmp_path_factory) -> Path:
    """A folder like the repository's root for the examples: corpus/ and output/."""
    out, _ = corpus_run
    ws = tmp_path_factory.mktemp("workspace")
    (ws / "corpus").symlink_to(ROOT / "corpus")
    shutil.copytree(out, ws / "output")
    return ws


def run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_the_package_comes_from_the_fresh_install(fresh_python, tmp_path):
    proc = run(fresh_python, "-c", "import pipeline; print(pipeline.__file__)", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()).is_relative_to(fresh_python.parent.parent)


def test_readme_python_examples(fresh_python, workspace):
    proc = run(fresh_python, "-m", "doctest", str(README), cwd=workspace)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert README.read_text(encoding="utf-8").count(">>> ") >= 5  # the examples are there to run


def test_readme_sql_examples(workspace, monkeypatch):
    queries = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert queries
    monkeypatch.chdir(workspace)
    for query in queries:
        assert duckdb.sql(query).fetchall(), query


def test_quickstart(fresh_python, workspace):
    proc = run(fresh_python, str(ROOT / "examples" / "quickstart.py"), str(workspace / "corpus" / "raw"),
               str(workspace / "output"), cwd=workspace)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "PERSON 高市早苗 {'name': '高市早苗', 'title': '総理大臣'}" in out
    assert "MONEY 3兆円 {'amount': '3000000000000', 'currency': 'JPY'" in out
    assert "LOCATION 日 {'name': '日本', 'iso': 'JP'" in out and "LOCATION 露 {'name': 'ロシア', 'iso': 'RU'" in out
    assert "5 documents," in out
    assert "most_named" in out and "東京宣言" in out  # the DuckDB join of people and documents
