"""The spaCy pipeline: GiNZA's tokenizer and NER, then our components.

Only the components NER needs are loaded (tok2vec, ner): the dependency parser,
morphologizer and bunsetu components cost most of GiNZA's time and nothing here uses them.
"""
from __future__ import annotations

from functools import lru_cache

MODEL = "ja_ginza"
UNUSED_COMPONENTS = ("parser", "morphologizer", "compound_splitter", "bunsetu_recognizer", "attribute_ruler")
OUR_COMPONENTS = ("exclusions", "number_spans", "gazetteer_spans", "org_rules", "person_rules", "backbone_entities",
                  "entity_resolver", "doc_ents")


@lru_cache(maxsize=1)
def load():
    """The pipeline, loaded once per process (spaCy is imported here, not at start-up,
    so a run whose documents are all cached never pays for it)."""
    import spacy

    # Importing the components registers their factories.
    from .components import backbone, exclusions, gazetteer, number_spans, org_rules, person_rules, resolver  # noqa: F401
    from .components import doc_ents  # noqa: F401

    try:
        nlp = spacy.load(MODEL, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed; run `make setup`") from exc
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("spacy", "ginza", "ja-ginza", "sudachipy", "sudachidict-core", "fugashi", "unidic-lite", "pandas"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "not installed"
    return out
