"""The spaCy pipeline: our trained NER on GiNZA's tokenizer and vectors, then our components.

`ja_ginza` supplies the Sudachi tokenizer (split mode C, whose part-of-speech tags the
rules read) and the static word vectors; none of its trained components run. The names
model (pipeline/models/names, built by `make train`) is a few members, each a tok2vec +
ner stored without the vocabulary and loaded onto ja_ginza's, so its vectors are not
shipped twice; the names_vote component runs them and keeps what most of them say.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

VOCAB_MODEL = "ja_ginza"
MODEL_DIR = Path(__file__).resolve().parent / "models" / "names"
GINZA_COMPONENTS = ("tok2vec", "parser", "ner", "morphologizer", "compound_splitter", "bunsetu_recognizer",
                    "attribute_ruler")
MEMBER_PREFIX = "member-"
OUR_COMPONENTS = ("names_vote", "exclusions", "number_spans", "gazetteer_spans", "org_rules", "person_rules", "latin_names",
                  "model_entities", "entity_resolver", "doc_ents")


def member_dirs(model_dir: Path = MODEL_DIR) -> list[Path]:
    """The names model's members (member-0, member-1 …), in order."""
    return sorted(p for p in model_dir.glob(MEMBER_PREFIX + "*") if p.is_dir())


def load_members(vocab, model_dir: Path = MODEL_DIR, tokenizer=None) -> list:
    """The names model's members on the given vocabulary, sharing `tokenizer` if given."""
    dirs = member_dirs(model_dir)
    if not dirs:
        raise RuntimeError(f"the trained names model is missing in {model_dir}; run `make train`")
    return [load_names_model(vocab, d, tokenizer) for d in dirs]


def load_names_model(vocab, model_dir: Path, tokenizer=None):
    """One trained tok2vec + ner on the given vocabulary, with the tokenizer its config names,
    or with `tokenizer` (the same Sudachi settings, already loaded: each Sudachi tokenizer
    holds its own dictionary, about 60 MB, so members share the pipeline's)."""
    from spacy import util

    if not (model_dir / "config.cfg").exists():
        raise RuntimeError(f"the trained names model is missing in {model_dir}; run `make train`")
    config = util.load_config(model_dir / "config.cfg")
    if tokenizer is not None:
        config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.Tokenizer.v1"}
    nlp = util.load_model_from_config(config, vocab=vocab, auto_fill=False, validate=False)
    if tokenizer is not None:
        nlp.tokenizer = tokenizer
    return nlp.from_disk(model_dir, exclude=["vocab", "tokenizer"] if tokenizer is not None else ["vocab"])


def load_vocab_model():
    """ja_ginza without its components: tokenizer and vocabulary with vectors."""
    import spacy

    try:
        return spacy.load(VOCAB_MODEL, exclude=list(GINZA_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(f"spaCy model {VOCAB_MODEL!r} is not installed; run `make setup`") from exc


@lru_cache(maxsize=1)
def load():
    """The pipeline, loaded once per process (spaCy is imported here, not at start-up,
    so a run whose documents are all cached never pays for it)."""
    # Importing the components registers their factories.
    from .components import (doc_ents, exclusions, gazetteer, latin_names, model_entities,  # noqa: F401
                             names_vote, number_spans, org_rules, person_rules, resolver)

    nlp = load_vocab_model()
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def model_meta(model_dir: Path = MODEL_DIR) -> dict:
    """Name, version, members and training data of the names model (its meta.json)."""
    try:
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"name": "missing", "version": "missing"}
    return {k: meta.get(k) for k in ("name", "version", "members", "sources", "performance") if k in meta}


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("spacy", "ginza", "ja-ginza", "sudachipy", "sudachidict-core", "fugashi", "unidic-lite", "pandas"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "not installed"
    meta = model_meta()
    out["names-model"] = f"{meta['name']}-{meta['version']}"
    return out
