"""The names model's vote: a span counts when most members give it (table of cases)."""
import pytest

from pipeline.components.names_vote import majority

A, B, C = (0, 2, "PERSON"), (0, 2, "ORGANIZATION"), (0, 3, "PERSON")


@pytest.mark.parametrize(
    "predictions, expected",
    [
        ([{A}, {A}, {B}], [A]),  # two of three
        ([{A}, {B}, {C}], []),  # no majority
        ([{A}, {A}, set()], [A]),
        ([{A}, set(), set()], []),
        ([{A}, {A}], [A]),  # two members must agree
        ([{A}, {B}], []),
        ([{A}], [A]),  # one member is the model itself
        ([{A, C}, {A, C}, {C}], [C]),  # overlapping majorities: more votes win
        ([{A, (3, 5, "LOCATION")}, {A, (3, 5, "LOCATION")}, {(3, 5, "LOCATION")}],
         [A, (3, 5, "LOCATION")]),  # text order
    ],
)
def test_majority(predictions, expected):
    assert majority(predictions) == expected


def test_the_vote_sets_doc_ents(nlp):
    component = nlp.get_pipe("names_vote")
    text = "ウラジーミル・プーチン大統領は東京を訪れ、国際原子力機関の会合に出た。"
    members = [{(e.start, e.end, e.label_) for e in member(text).ents if e.label_ in ("PERSON", "LOCATION", "ORGANIZATION")}
               for member in component.members]
    doc = component(nlp.make_doc(text))
    assert [(e.start, e.end, e.label_) for e in doc.ents] == majority(members)
    assert all(e.label_ in ("PERSON", "LOCATION", "ORGANIZATION") for e in doc.ents)


def test_members_share_the_pipeline_tokenizer(nlp):
    """One Sudachi dictionary per process, not one per member."""
    assert all(member.tokenizer is nlp.tokenizer for member in nlp.get_pipe("names_vote").members)
