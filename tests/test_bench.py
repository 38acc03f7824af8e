"""`make bench`'s memory sampling: the peak PSS of a scenario's whole process tree."""
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.bench import process_tree, pss_mb, run_sampled

needs_proc = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="no /proc smaps_rollup here")

# A child that holds ~200 MB of touched memory for a while, started by the sampled process.
_GRANDCHILD = "import time; b = bytearray(200 * 2**20); b[::4096] = bytes(len(b[::4096])); time.sleep(1.5)"


@needs_proc
def test_the_memory_of_a_process_started_by_the_scenario_counts():
    out, peak = run_sampled([sys.executable, "-c", f"import subprocess, sys; subprocess.run([sys.executable, '-c', {_GRANDCHILD!r}]); print('done')"])
    assert out.strip() == "done"
    assert peak is not None and peak >= 200


@needs_proc
def test_a_failing_scenario_raises():
    with pytest.raises(subprocess.CalledProcessError):
        run_sampled([sys.executable, "-c", "raise SystemExit(3)"])


@needs_proc
def test_a_process_gone_counts_nothing():
    assert process_tree(999_999_999) == [] and pss_mb([999_999_999]) == 0
