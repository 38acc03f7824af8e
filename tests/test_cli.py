import subprocess
import sys

import pytest

from .conftest import ROOT

COMMANDS = ["extract", "eval", "report", "export", "import-gold", "bench"]


def run(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help(command):
    proc = run(command, "--help")
    assert proc.returncode == 0 and "usage:" in proc.stdout


def test_top_level_help_lists_subcommands():
    out = run("--help").stdout
    assert all(c in out for c in COMMANDS)


@pytest.mark.parametrize("args", [["nope"], ["export"], ["export", "--format", "csv"], ["import-gold", "--format", "brat"]])
def test_bad_usage_exits_2(args):
    assert run(*args).returncode == 2


def test_import_errors_exit_1_with_the_file(tmp_path):
    (tmp_path / "x.ann").write_text("T1\tLOCATION 0 2\tzz\n", encoding="utf-8")
    proc = run("import-gold", "--format", "brat", "--input", str(tmp_path), "--gold", str(tmp_path / "g"))
    assert proc.returncode == 1 and "x.ann" in proc.stderr
