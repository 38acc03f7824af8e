"""General-domain evaluation: the sets, the scoring, and the regression floor on them."""
import json

import pytest

from pipeline.evaluate import Record
from pipeline.general import ENE_TO_LABEL, DevSet, dev_sets, figures, pipeline_predictions

from .conftest import ROOT

EXTDATA = ROOT.parent / "shared" / "extdata"
FLOOR = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))["general"]


def test_figures_score_only_the_labels_a_set_annotates():
    gold = (Record("s", 0, 2, "PERSON", ()), Record("s", 5, 7, "LOCATION", ()))
    s = DevSet("s", "山田は東京に", gold, ("PERSON", "LOCATION"))
    pred = [Record("s", 0, 2, "PERSON", ()), Record("s", 3, 5, "LOCATION", ()), Record("s", 8, 9, "DATE", ())]
    result = figures([s], pred)["s"]
    assert result["PERSON"]["f1"] == 1.0
    assert result["LOCATION"]["p"] == 0.0 and result["LOCATION"]["r"] == 0.0
    assert result["micro"]["p"] == 0.5  # the DATE is not scored: the set annotates no dates


def test_ene_mapping_is_to_our_labels_only():
    assert set(ENE_TO_LABEL.values()) <= {"PERSON", "LOCATION", "ORGANIZATION", "MONEY", "PERCENT"}
    assert "Date" not in ENE_TO_LABEL and "Nationality" not in ENE_TO_LABEL


@pytest.mark.skipif(not EXTDATA.is_dir(), reason="../shared/extdata is not here")
def test_general_domain_accuracy_above_floor(tmp_path):
    sets = dev_sets(EXTDATA)
    assert [s.name for s in sets] == ["gsd_dev", "wikipedia_heldout"]
    result = figures(sets, pipeline_predictions(sets, tmp_path))
    for name, labels in FLOOR.items():
        for label, floor in labels.items():
            measured = result[name][label]["f1"]
            assert measured >= floor, f"{name} {label}: strict F1 {measured:.4f} below the floor {floor}"
