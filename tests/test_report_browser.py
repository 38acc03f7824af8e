"""A report page rendered by real headless Chromium: the highlights and diff marks are there.

`make test` runs tests/setup_browser.sh first: as root (CI) it installs Debian's chromium,
otherwise it never installs anything. Outside CI the test skips when chromium is missing;
in CI (CI=true) a missing browser is a failure.
"""
import os
import re
import shutil
import subprocess

import pytest

from pipeline.report import write_report

from .conftest import ROOT
from .test_report import GOLD, PRED, RAW

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def chromium():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed: tests/setup_browser.sh should have installed it")
        pytest.skip("chromium is not installed: the report's browser test is skipped "
                    "(install it with: sudo apt-get install chromium fonts-noto-cjk)")
    return CHROMIUM


def render(chromium, page, profile, *extra):
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_rendered_page_has_highlights_and_diff_marks(chromium, tmp_path):
    write_report(PRED, RAW, {"d1": GOLD}, tmp_path)
    dom = render(chromium, tmp_path / "d1.html", tmp_path / "profile", "--dump-dom").stdout
    assert len(re.findall(r'<mark data-label="(PERSON|LOCATION|DATE|ORGANIZATION)"', dom)) == 4
    for kind in ("diff-missed", "diff-spurious", "diff-norm"):
        assert f'class="{kind}"' in dom, kind
    assert "<svg" in dom


def test_screenshot_of_a_corpus_page(chromium, corpus_run, tmp_path):
    """A gold document's page renders to a real screenshot (in the test's temporary folder)."""
    import json

    out, _ = corpus_run
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    doc = "004_e5200c9010b3f9b1"
    raw = {doc: (ROOT / "corpus" / "raw" / f"{doc}.txt").read_text(encoding="utf-8")}
    gold = [json.loads(line) for line in (ROOT / "corpus" / "gold" / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()]
    report = tmp_path / "report"
    write_report([m for m in mentions if m["doc"] == doc], raw, {doc: gold}, report)
    shot = report / "screenshot.png"
    render(chromium, report / f"{doc}.html", tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1800")
    assert shot.exists() and shot.stat().st_size > 10_000
