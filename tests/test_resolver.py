from pipeline.components.candidates import BLOCK, Candidate
from pipeline.components.resolver import resolve


def test_priority_then_length_then_position():
    cands = [Candidate(0, 6, "ORGANIZATION", "model", 10), Candidate(0, 3, "LOCATION", "gazetteer", 70),
             Candidate(3, 6, "ORGANIZATION", "gazetteer", 70), Candidate(8, 10, "PERSON", "a", 40),
             Candidate(8, 12, "PERSON", "b", 40)]
    chosen = [(c.start, c.end, c.label) for c in resolve(cands)]
    assert chosen == [(0, 3, "LOCATION"), (3, 6, "ORGANIZATION"), (8, 12, "PERSON")]


def test_blocks_win_and_vanish():
    cands = [Candidate(0, 20, BLOCK, "url", 100), Candidate(5, 9, "DATE", "grammar", 80), Candidate(22, 24, "DATE", "g", 80)]
    assert [(c.start, c.label) for c in resolve(cands)] == [(22, "DATE")]
