"""The statement generator of benchmarks/numbers_corpus.py: what the accuracy figures rest on."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from auditor.quantities import parse_chinese_number, parse_quantities

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import numbers_corpus


@given(st.integers(min_value=1, max_value=10**8 - 1))
@example(22630010)  # 二千二百六十三万零十: 零 then 十 is ten, not zero tens
def test_chinese_numerals_read_back(n):
    assert parse_chinese_number(numbers_corpus.chinese(n)) == n


@pytest.mark.parametrize("n, text", [(12, "十二"), (105, "一百零五"), (20000, "两万"), (10050, "一万零五十")])
def test_chinese_numerals_as_written(n, text):
    assert numbers_corpus.chinese(n) == text


def test_the_same_seed_gives_the_same_statements():
    a = numbers_corpus.generate(seed=5, per_construction=5)
    b = numbers_corpus.generate(seed=5, per_construction=5)
    c = numbers_corpus.generate(seed=6, per_construction=5)
    assert [x.text for x in a] == [x.text for x in b]
    assert [x.text for x in a] != [x.text for x in c]


def test_every_construction_is_written_consistent_and_broken():
    cases = numbers_corpus.generate(seed=2, per_construction=20)
    kinds = Counter((c.construction, c.kind) for c in cases)
    for name in numbers_corpus.CONSTRUCTIONS:
        assert kinds[(name, "consistent")] == 20, name
        assert kinds[(name, "broken")] == 20, name
    for name in numbers_corpus.NEGATIVES:
        assert kinds[(name, "negative")] == 20, name


def test_every_error_kind_is_written():
    cases = numbers_corpus.generate(seed=2, per_construction=40)
    for name, (_family, _build, errors) in numbers_corpus.CONSTRUCTIONS.items():
        written = {c.error for c in cases if c.construction == name and c.kind == "broken"}
        # every construction gets at least two kinds of slip (or its only one)
        assert len(written) >= min(2, len(errors)), (name, written)


def test_styles_and_punctuation_vary():
    cases = numbers_corpus.generate(seed=2, per_construction=20)
    styles = Counter(c.meta["style"] for c in cases)
    assert {"arabic", "thousands", "fullwidth", "spaced"} <= set(styles)
    assert any(c.meta["ascii"] for c in cases) and not all(c.meta["ascii"] for c in cases)
    assert any("，" in c.text for c in cases) and any("," in c.text for c in cases)


def test_consistent_qizhong_statements_add_up():
    """A check of the generator against the parser: the whole of a 其中 list is at least its parts."""
    cases = [c for c in numbers_corpus.generate(seed=4, per_construction=30)
             if c.construction == "qizhong-rest" and c.kind == "consistent"]
    assert cases
    for case in cases:
        values = [q.value for q in parse_quantities(case.text)]
        assert values[0] == sum(values[1:]), case.text
