"""The spaCy pipeline: our trained NER on GiNZA's tokenizer and vectors, then our components.

`ja_ginza` supplies the Sudachi tokenizer (split mode C, whose part-of-speech tags the
rules read) and the static word vectors; none of its trained components run. The names
model (tok2vec + ner, pipeline/models/names, built by `make train`) is stored without
the vocabulary and loaded onto ja_ginza's, so its vectors are not shipped twice.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

VOCAB_MODEL = "ja_ginza"
MODEL_DIR = Path(__file__).resolve().parent / "models" / "names"
GINZA_COMPONENTS = ("tok2vec", "parser", "ner", "morphologizer", "compound_splitter", "bunsetu_recognizer",
                    "attribute_ruler")
OUR_COMPONENTS = ("exclusions", "number_spans", "gazetteer_spans", "org_rules", "person_rules", "latin_names",
                  "model_entities", "entity_resolver", "doc_ents")


def load_names_model(vocab, model_dir: Path = MODEL_DIR):
    """The trained tok2vec + ner on the given vocabulary (tokenizer settings from its config)."""
    from spacy import util

    if not (model_dir / "config.cfg").exists():
        raise RuntimeError(f"the trained names model is missing in {model_dir}; run `make train`")
    nlp = util.load_model_from_config(util.load_config(model_dir / "config.cfg"), vocab=vocab, auto_fill=False,
                                      validate=False)
    return nlp.from_disk(model_dir, exclude=["vocab"])


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
                             number_spans, org_rules, person_rules, resolver)

    nlp = load_names_model(load_vocab_model().vocab)
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def model_meta(model_dir: Path = MODEL_DIR) -> dict:
    """Name, version and training data of the names model (its meta.json)."""
    try:
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"name": "missing", "version": "missing"}
    return {k: meta.get(k) for k in ("name", "version", "sources", "performance") if k in meta}


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
