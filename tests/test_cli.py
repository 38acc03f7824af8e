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


def test_eval_fails_on_malformed_gold_with_file_and_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "d1.txt").write_text("チリとペルー", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.jsonl").write_text(
        '{"doc": "d1", "start": 0, "end": 2, "text": "チリ", "label": "LOCATION", "norm": {"name": "チリ", "iso": "CL", "kind": "country"}}\n'
        '{"doc": "d1", "start": 3, "end": 6, "text": "ペル", "label": "LOCATION", "norm": {"name": "ペルー", "iso": "PE", "kind": "country"}}\n',
        encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    proc = run("eval", "--gold", str(gold), "--raw", str(raw), "--pred", str(pred), "--output", str(tmp_path / "e.json"))
    assert proc.returncode == 1 and f"{gold / 'd1.jsonl'}:2" in proc.stderr and "does not match" in proc.stderr


def test_export_takes_the_documents_with_mentions_and_those_of_the_folder(tmp_path):
    raw = tmp_path / "my raw"
    (raw / "sub").mkdir(parents=True)
    for name in ("a.txt", "quiet.txt", "sub/b.txt", "sub/unread.txt"):
        (raw / name).write_text("チリとペルー", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(
        f'{{"doc": "{d}", "start": 0, "end": 2, "text": "チリ", "label": "LOCATION", '
        f'"norm": {{"name": "チリ", "iso": "CL", "kind": "country"}}}}\n' for d in ("a", "sub/b")), encoding="utf-8")
    proc = run("export", "--format", "brat", "--pred", str(pred), "--raw", str(raw), "--output", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.ann"))
    assert written == ["a.ann", "quiet.ann", "sub/b.ann"]  # sub/unread.txt was not extracted
