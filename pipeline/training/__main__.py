"""`make train`: corpora → `spacy train` → the names model in pipeline/models/names.

    python -m pipeline.training [--extdata ../shared/extdata] [--work build/train] [--max-steps N]
                                [--members 3] [--jobs 3]

1. Writes the training corpus (GSD train, the Wikipedia set but its held-out tenth, the
   project's gold documents three times over; pipeline.training.corpora) and the held-out Wikipedia tenth as
   the dev corpus `spacy train` logs its progress on. GSD dev is never read here.
2. Trains the members of the model, one per seed (0, 1, 2 …), each with
   pipeline/training/config.cfg for a fixed number of steps (no early stopping, no choice
   of checkpoint on a dev score: the last model is the member), `--jobs` at a time.
3. Stores each member without the vocabulary (the pipeline loads it onto ja_ginza's, whose
   vectors it was trained with) as member-<seed>/, and writes the model's meta.json:
   version, members, training data and licences. The pipeline keeps the spans most
   members agree on (pipeline.components.names_vote).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import corpora

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.cfg"
MODEL_NAME = "jp_entity_names"
MODEL_VERSION = "2.2.0"
MEMBERS = 3
# The project's own documents are the kind of text the pipeline is for and the only data
# annotated to the guidelines themselves: each of their sentences counts three times.
GOLD_REPEATS = 3
SOURCES = [
    {"name": "UD Japanese GSD with named entities (train split)", "author": "Megagon Labs",
     "url": "https://github.com/megagonlabs/UD_Japanese-GSD", "license": "CC BY-SA 4.0"},
    {"name": "Japanese NER dataset built from Wikipedia, v2.0 (all but every tenth sentence)",
     "author": "Stockmark Inc. (近江崇宏)", "url": "https://github.com/stockmarkteam/ner-wikipedia-dataset",
     "license": "CC BY-SA 3.0"},
    {"name": f"this project's gold documents (corpus/gold, guidelines v1.4), each sentence {GOLD_REPEATS} times",
     "license": "the project's"},
]


def write_corpora(nlp, extdata: Path, gold_dir: Path, raw_dir: Path, work: Path) -> dict[str, int]:
    gsd = corpora.read_gsd(extdata / "gsd" / "ja_gsd-ud-train.ne.spacy", nlp.vocab)
    wikipedia = extdata / "wikipedia_ner" / "ner.json"
    gold = list(corpora.read_gold(raw_dir, gold_dir))
    train = [*gsd, *corpora.read_wikipedia(wikipedia, held_out=False), *gold * GOLD_REPEATS]
    return {"train": corpora.write_docbin(nlp, train, work / "train.spacy"),
            "dev": corpora.write_docbin(nlp, corpora.read_wikipedia(wikipedia, held_out=True), work / "dev.spacy")}


def train_member(seed: int, work: Path, max_steps: int | None) -> Path:
    """One member: `spacy train` with the config and this seed, in a process of its own."""
    out = work / f"member-{seed}"
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
           "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
           "--system.seed", str(seed)]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps), "--training.eval_frequency", str(max(1, min(max_steps, 1000)))]
    with open(work / f"member-{seed}.log", "w", encoding="utf-8") as log:
        if subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT).returncode != 0:
            raise RuntimeError(f"training member {seed} failed; see {work / f'member-{seed}.log'}")
    return out / "model-last"


def package(members: list[Path], target: Path, counts: dict[str, int]) -> None:
    """The trained members without their vocabulary (member-<i>/), with our meta.json."""
    import spacy

    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    labels = set()
    for i, trained in enumerate(members):
        nlp = spacy.load(trained)
        nlp.to_disk(staging / f"member-{i}", exclude=["vocab"])
        labels |= set(nlp.get_pipe("ner").labels)
    meta = {"name": MODEL_NAME, "version": MODEL_VERSION, "license": "CC BY-SA 4.0", "sources": SOURCES,
            "description": "PERSON / LOCATION / ORGANIZATION in the project's guidelines: the majority vote of "
                           "the members (spaCy tok2vec + ner, one per training seed), loaded with "
                           "pipeline.nlp.load_members onto ja_ginza's vocabulary",
            "members": len(members), "labels": sorted(labels), "spacy_version": spacy.__version__,
            "training_examples": counts, "vectors": {"name": "ja_ginza"}}
    (staging / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def main(argv: list[str] | None = None) -> int:
    root = HERE.parent.parent
    p = argparse.ArgumentParser(prog="python -m pipeline.training", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--extdata", type=Path, default=root.parent / "shared" / "extdata")
    p.add_argument("--gold", type=Path, default=root / "corpus" / "gold")
    p.add_argument("--raw", type=Path, default=root / "corpus" / "raw")
    p.add_argument("--work", type=Path, default=root / "build" / "train", help="corpora and checkpoints")
    p.add_argument("--model", type=Path, default=root / "pipeline" / "models" / "names", help="where the model goes")
    p.add_argument("--max-steps", type=int, default=None, help="override the config's training steps")
    p.add_argument("--members", type=int, default=MEMBERS, help="members of the model (seeds 0 … N-1)")
    p.add_argument("--jobs", type=int, default=None,
                   help="members trained at a time (default all at once: no core waits on a lone last member)")
    args = p.parse_args(argv)
    if not (args.extdata / "gsd").is_dir() or not (args.extdata / "wikipedia_ner").is_dir():
        print(f"error: {args.extdata}: the shared corpora (gsd/, wikipedia_ner/) are not there", file=sys.stderr)
        return 2

    from ..nlp import load_vocab_model

    started = time.time()
    args.work.mkdir(parents=True, exist_ok=True)
    counts = write_corpora(load_vocab_model(), args.extdata, args.gold, args.raw, args.work)
    print(f"corpora: {counts['train']} training and {counts['dev']} dev texts in {args.work}", flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs or args.members)) as pool:
        members = list(pool.map(lambda seed: train_member(seed, args.work, args.max_steps), range(args.members)))
    package(members, args.model, counts)
    print(f"model of {len(members)} members written to {args.model} in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
