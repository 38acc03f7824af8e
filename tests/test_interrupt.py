"""Ctrl-C on a real run: the terminal's SIGINT goes to the whole process group, workers too."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .conftest import ROOT

DOC = ROOT / "corpus" / "raw" / "003_2a7ccb964d6729ad.txt"
PREVIOUS = {"mentions.jsonl": b'{"previous": true}\n', "people.csv": b"previous\n", "run.json": b"{}\n"}


def test_first_ctrl_c_stops_the_run_cleanly(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(12):  # enough work that both workers are busy when the signal comes
        (corpus / f"doc_{n}.txt").write_bytes(DOC.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    for name, data in PREVIOUS.items():
        (out / name).write_bytes(data)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--input", str(corpus), "--output", str(out),
                             "--no-cache"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group, as a terminal's foreground job
    lines = []
    try:
        while not any(line.startswith("processed ") for line in lines):  # the workers are at work
            line = proc.stderr.readline()
            assert line, f"the run ended before processing anything: {lines}"
            lines.append(line)
        os.killpg(proc.pid, signal.SIGINT)
        sent = time.monotonic()
        stdout, stderr = proc.communicate(timeout=60)
        stopped_after = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    said = [line for line in stderr.splitlines() if not line.startswith("processed ")]
    assert proc.returncode == 130, stderr
    assert stopped_after < 10, f"took {stopped_after:.1f} s to stop"
    assert said == [f"interrupted: extract stopped; {out} is as it was (documents finished so far are cached: "
                    "the next run goes on from there)"], stderr
    assert stdout == ""
    assert sorted(p.name for p in out.iterdir() if p.name != ".cache") == sorted(PREVIOUS)  # no staging left
    for name, data in PREVIOUS.items():
        assert (out / name).read_bytes() == data, name
    deadline = time.monotonic() + 10
    while live_processes(proc.pid) and time.monotonic() < deadline:  # workers gone, not left behind
        time.sleep(0.2)
    assert not live_processes(proc.pid)


def live_processes(group: int) -> list[int]:
    """Processes of a process group still running (zombies wait for init to reap them)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found
