"""`make bench`: throughput and memory of the pipeline against bare ja_ginza.

Every scenario runs in a fresh subprocess, so model loading and peak memory are its own:
- reference: bare `ja_ginza` (all its components) `nlp.pipe` over the cleaned paragraphs,
  in one process;
- cold: the full pipeline with the cache off (worker processes, model loads included);
- warm: the full pipeline again with everything cached;
- 4× and 16×: the corpus replicated, cold, to show time growing linearly and memory flat.
Peak RSS is the parent's plus each worker's peak (an upper bound of the sum in use: pages
the processes share, such as the dictionaries' mapped files, count once per process). Peak
PSS is sampled while a scenario runs (Linux): the sum over the scenario's processes of their
proportional set size, each shared page divided among the processes that map it.
"""
from __future__ import annotations

import json
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _peak_mb(workers: int) -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers * child) / 1024


def scenario_reference(corpus: Path) -> dict:
    import spacy

    from .chunking import chunk
    from .cleaning import clean
    from .documents import read_document, scan_folder

    paths = scan_folder(corpus).documents.values()  # the documents `extract` reads
    texts = [p.text for path in paths for p in chunk(clean(read_document(path).text)[0])]
    started = time.perf_counter()
    nlp = spacy.load("ja_ginza")
    for _ in nlp.pipe(texts):
        pass
    return {"seconds": time.perf_counter() - started, "chars": sum(map(len, texts)), "peak_mb": _peak_mb(0)}


def scenario_pipeline(corpus: Path, out: Path, workers: int, use_cache: bool) -> dict:
    from .run import extract

    started = time.perf_counter()
    result = extract(corpus, out, workers=workers, use_cache=use_cache)
    chars = sum(len(d.text) for d in result.documents)
    return {"seconds": time.perf_counter() - started, "chars": chars, "peak_mb": _peak_mb(workers),
            "processed": len(result.processed)}


PSS_SAMPLE_SECONDS = 0.2
_PSS = re.compile(r"^Pss:\s+(\d+) kB", re.MULTILINE)


def process_tree(pid: int) -> list[int]:
    """The process and its descendants, from /proc (empty where there is none)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # gone meanwhile
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    tree, todo = [], [pid] if Path(f"/proc/{pid}").exists() else []
    while todo:
        tree.append(todo.pop())
        todo.extend(children.get(tree[-1], []))
    return tree


def pss_mb(pids: list[int]) -> float:
    """The summed proportional set size of the processes (those gone meanwhile count 0)."""
    total = 0
    for pid in pids:
        try:
            m = _PSS.search(Path(f"/proc/{pid}/smaps_rollup").read_text())
        except OSError:
            continue
        total += int(m.group(1)) if m else 0
    return total / 1024


def run_sampled(cmd: list[str]) -> tuple[str, float | None]:
    """`cmd`'s stdout and the peak PSS of its process tree, sampled as it runs (None without /proc)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampled = Path("/proc/self/smaps_rollup").exists()
    peak = 0.0
    while True:
        if sampled:
            peak = max(peak, pss_mb(process_tree(proc.pid)))
        try:
            out, err = proc.communicate(timeout=PSS_SAMPLE_SECONDS)  # keeps what was read so far
            break
        except subprocess.TimeoutExpired:
            continue
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, cmd, out, err)
    return out, peak if sampled else None


def _run(args: list[str]) -> dict:
    out, peak_pss = run_sampled([sys.executable, "-m", "pipeline.bench", *args])
    return {**json.loads(out.strip().splitlines()[-1]), "peak_pss_mb": peak_pss}


def replicate(corpus: Path, times: int, target: Path) -> Path:
    from .documents import scan_folder

    target.mkdir(parents=True, exist_ok=True)
    for doc_id, path in scan_folder(corpus).documents.items():
        for n in range(times):
            shutil.copyfile(path, target / f"{doc_id}_r{n}.txt")
    return target


def bench(corpus: Path, workers: int = 2) -> dict:
    figures = {"machine": {"cpus": _cpus(), "python": platform.python_version(), "platform": platform.platform()}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        figures["reference"] = _run(["reference", str(corpus)])
        out = tmp / "out"
        figures["cold"] = _run(["pipeline", str(corpus), str(out), str(workers), "cold"])
        figures["warm"] = _run(["pipeline", str(corpus), str(out), str(workers), "warm"])
        for times in (4, 16):
            big = replicate(corpus, times, tmp / f"x{times}")
            figures[f"cold_x{times}"] = _run(["pipeline", str(big), str(tmp / f"out{times}"), str(workers), "cold"])
    ref = figures["reference"]["chars"] / figures["reference"]["seconds"]
    for name, f in figures.items():
        if name != "machine":
            f["chars_per_second"] = f["chars"] / f["seconds"]
            f["ratio_to_reference"] = f["chars_per_second"] / ref
    return figures


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


def format_figures(figures: dict) -> str:
    m = figures["machine"]
    lines = [f"machine: {m['cpus']} CPUs, Python {m['python']}, {m['platform']}",
             f"{'scenario':12} {'chars':>9} {'seconds':>8} {'chars/s':>8} {'x ref':>6} {'peak MB':>8} {'PSS MB':>7}"]
    for name, f in figures.items():
        if name != "machine":
            lines.append(f"{name:12} {f['chars']:9d} {f['seconds']:8.2f} {f['chars_per_second']:8.0f} "
                         f"{f['ratio_to_reference']:6.2f} {f['peak_mb']:8.0f} "
                         + ("      -" if f.get("peak_pss_mb") is None else f"{f['peak_pss_mb']:7.0f}"))
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    """Subprocess entry: one scenario, its figures as one JSON line on stdout."""
    if argv[0] == "reference":
        print(json.dumps(scenario_reference(Path(argv[1]))))
    else:
        corpus, out, workers, mode = Path(argv[1]), Path(argv[2]), int(argv[3]), argv[4]
        print(json.dumps(scenario_pipeline(corpus, out, workers, use_cache=(mode == "warm"))))


if __name__ == "__main__":
    main(sys.argv[1:])
