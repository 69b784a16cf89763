"""The numeric rules on the statements of benchmarks/numbers_corpus.py (our own generator).

Every construction of the relation grammar, consistent and perturbed, in every number style and with
ASCII and full-width punctuation, plus real-world look-alikes. The benchmark prints precision and recall
per construction; these tests hold the lines that must never move: no consistent statement and no
look-alike is flagged, and each family finds nearly every broken statement.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import numbers_accuracy
import numbers_corpus


@functools.cache
def results():
    cases = numbers_corpus.generate(seed=7, per_construction=60)
    return cases, numbers_accuracy.evaluate(cases)


def _flagged_cases(kind: str):
    cases, _ = results()
    checkers = numbers_accuracy.build()
    out = []
    for case in cases:
        if case.kind == kind:
            hits = numbers_accuracy.flagged(case, checkers)
            if hits:
                out.append((case.construction, case.text, hits))
    return out


#: TO004 reads a partial list that falls short of its whole by one keystroke as a slip; the generator's
#: partial lists are short by a random amount, and a few are a keystroke off by chance (about 0.5 % of
#: them at seed 7; benchmarks/numbers_accuracy.py prints the figure)
LIKELIHOOD_RULES = ("TO004",)


def _certain(flagged):
    return [(construction, text, [h for h in hits if not h.startswith(LIKELIHOOD_RULES)])
            for construction, text, hits in flagged if any(not h.startswith(LIKELIHOOD_RULES) for h in hits)]


def test_no_consistent_statement_is_flagged():
    wrong = _certain(_flagged_cases("consistent"))
    assert wrong == [], wrong[:10]


def test_no_look_alike_is_flagged():
    wrong = _certain(_flagged_cases("negative"))
    assert wrong == [], wrong[:10]


def test_a_keystroke_off_by_chance_is_rare():
    cases, _ = results()
    partial = [c for c in cases if c.kind in ("consistent", "negative") and c.family == "totals"]
    chance = [f for f in _flagged_cases("consistent") + _flagged_cases("negative")
              if any(h.startswith(LIKELIHOOD_RULES) for h in f[2])]
    assert len(partial) > 500
    assert len(chance) / len(partial) <= 0.01, chance


@pytest.mark.parametrize("family", ["totals", "percentage"])
def test_each_family_finds_the_broken_statements(family):
    _, figures = results()
    rows = [row for row in figures.values() if row["family"] == family]
    tp = sum(row["tp"] for row in rows)
    fn = sum(row["fn"] for row in rows)
    assert tp + fn > 100
    assert tp / (tp + fn) >= 0.95, {name: row for name, row in figures.items() if row["fn"]}
