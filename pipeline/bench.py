"""`make bench`: throughput and memory of the pipeline against bare ja_ginza.

Every scenario runs in a fresh subprocess, so model loading and peak memory are its own:
- reference: bare `ja_ginza` (all its components) `nlp.pipe` over the cleaned paragraphs,
  in one process;
- cold: the full pipeline with the cache off (worker processes, model loads included);
- warm: the full pipeline again with everything cached;
- 4× and 16×: the corpus replicated, cold, to show time growing linearly and memory flat.
Peak RSS is the parent's plus each worker's peak (an upper bound of the sum in use).
"""
from __future__ import annotations

import json
import platform
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


def _run(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, "-m", "pipeline.bench", *args], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


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
             f"{'scenario':12} {'chars':>9} {'seconds':>8} {'chars/s':>8} {'x ref':>6} {'peak MB':>8}"]
    for name, f in figures.items():
        if name != "machine":
            lines.append(f"{name:12} {f['chars']:9d} {f['seconds']:8.2f} {f['chars_per_second']:8.0f} "
                         f"{f['ratio_to_reference']:6.2f} {f['peak_mb']:8.0f}")
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
