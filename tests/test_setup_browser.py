"""tests/setup_browser.sh never uses sudo: it installs only as root, otherwise it says what is missing."""
import shutil
import subprocess

import pytest

from .conftest import ROOT

RECORD = '#!/bin/sh\necho "${0##*/} $*" >> "$CALLS"\n'


def run_setup(tmp_path, uid: int, ci: bool):
    """The script on a PATH without chromium or fonts, where id answers `uid` and sudo and
    apt-get only record their calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    scripts = {"id": f"#!/bin/sh\necho {uid}\n", "sudo": RECORD, "apt-get": RECORD}
    for name, text in scripts.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    (bin_dir / "grep").symlink_to(shutil.which("grep"))
    env = {"PATH": str(bin_dir), "CALLS": str(tmp_path / "calls"), **({"CI": "true"} if ci else {})}
    proc = subprocess.run([shutil.which("bash"), str(ROOT / "tests" / "setup_browser.sh")],
                          capture_output=True, text=True, env=env)
    calls = (tmp_path / "calls").read_text() if (tmp_path / "calls").exists() else ""
    return proc, calls


@pytest.mark.parametrize("ci, code", [(False, 0), (True, 1)])
def test_not_root_never_runs_sudo_and_says_what_to_install(tmp_path, ci, code):
    proc, calls = run_setup(tmp_path, 1000, ci)
    assert proc.returncode == code and calls == ""
    assert "the browser test will be skipped" in proc.stderr and "sudo apt-get install chromium" in proc.stderr


def test_root_installs_with_apt_get_and_says_so(tmp_path):
    proc, calls = run_setup(tmp_path, 0, ci=True)
    assert proc.returncode == 0 and "installing chromium" in proc.stderr
    assert calls.splitlines() == ["apt-get update -qq",
                                  "apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk"]
