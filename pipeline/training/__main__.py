"""`make train`: corpora → `spacy train` → the names model in pipeline/models/names.

    python -m pipeline.training [--extdata ../shared/extdata] [--work build/train] [--max-steps N]

1. Writes the training corpus (GSD train, the Wikipedia set but its held-out tenth, the
   project's gold documents; pipeline.training.corpora) and the held-out Wikipedia tenth as
   the dev corpus `spacy train` logs its progress on. GSD dev is never read here.
2. Trains with pipeline/training/config.cfg for a fixed number of steps (no early stopping,
   no choice of checkpoint on a dev score: the last model is the model).
3. Stores it without the vocabulary (the pipeline loads it onto ja_ginza's, whose vectors
   it was trained with) and writes its meta.json: version, training data and licences.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from . import corpora

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.cfg"
MODEL_NAME = "jp_entity_names"
MODEL_VERSION = "1.0.0"
SOURCES = [
    {"name": "UD Japanese GSD with named entities (train split)", "author": "Megagon Labs",
     "url": "https://github.com/megagonlabs/UD_Japanese-GSD", "license": "CC BY-SA 4.0"},
    {"name": "Japanese NER dataset built from Wikipedia, v2.0 (all but every tenth sentence)",
     "author": "Stockmark Inc. (近江崇宏)", "url": "https://github.com/stockmarkteam/ner-wikipedia-dataset",
     "license": "CC BY-SA 3.0"},
    {"name": "this project's gold documents (corpus/gold, guidelines v1.4)", "license": "the project's"},
]


def write_corpora(nlp, extdata: Path, gold_dir: Path, raw_dir: Path, work: Path) -> dict[str, int]:
    gsd = corpora.read_gsd(extdata / "gsd" / "ja_gsd-ud-train.ne.spacy", nlp.vocab)
    wikipedia = extdata / "wikipedia_ner" / "ner.json"
    train = [*gsd, *corpora.read_wikipedia(wikipedia, held_out=False), *corpora.read_gold(raw_dir, gold_dir)]
    return {"train": corpora.write_docbin(nlp, train, work / "train.spacy"),
            "dev": corpora.write_docbin(nlp, corpora.read_wikipedia(wikipedia, held_out=True), work / "dev.spacy")}


def package(trained: Path, target: Path, counts: dict[str, int]) -> None:
    """The trained pipeline without its vocabulary, with our meta.json."""
    import spacy

    nlp = spacy.load(trained)
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging, exclude=["vocab"])
    meta = json.loads((staging / "meta.json").read_text(encoding="utf-8"))
    meta.update({"name": MODEL_NAME, "version": MODEL_VERSION, "license": "CC BY-SA 4.0", "sources": SOURCES,
                 "description": "PERSON / LOCATION / ORGANIZATION in the project's guidelines; load with "
                                "pipeline.nlp.load_names_model onto ja_ginza's vocabulary",
                 "training_examples": counts, "vectors": {"name": "ja_ginza"}})
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
    args = p.parse_args(argv)
    if not (args.extdata / "gsd").is_dir() or not (args.extdata / "wikipedia_ner").is_dir():
        print(f"error: {args.extdata}: the shared corpora (gsd/, wikipedia_ner/) are not there", file=sys.stderr)
        return 2

    from spacy.cli.train import train

    from ..nlp import load_vocab_model

    started = time.time()
    args.work.mkdir(parents=True, exist_ok=True)
    counts = write_corpora(load_vocab_model(), args.extdata, args.gold, args.raw, args.work)
    print(f"corpora: {counts['train']} training and {counts['dev']} dev texts in {args.work}", flush=True)
    overrides = {"paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "dev.spacy")}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
        overrides["training.eval_frequency"] = max(1, min(args.max_steps, 1000))
    train(CONFIG, args.work / "model", overrides=overrides)
    package(args.work / "model" / "model-last", args.model, counts)
    print(f"model written to {args.model} in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
