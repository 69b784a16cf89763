"""Numbers beyond the range of floats (hundreds of digits, about 1.8e308 and up) in every kind of numeric
statement: the rules judge them exactly and never raise (a float conversion used to: ``OverflowError``,
a traceback, and the run ended on that document).

Scraped text holds such strings: serial numbers, hashes, identifiers written as digits."""

from __future__ import annotations

import functools
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.kinds.numeric import decimal_text, fmt
from auditor.rulebook import load_rulebook

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: statements of every construction the numeric rules read (sums, breakdowns, rates, shares, changes,
#: complementary pairs, surveys), with a slot for each number
STATEMENTS = [
    "网格事件{a}件，办结{b}件，办结率达{c}%。", "共查处{a}起，其中水{b}起、气{c}起。",
    "{a}万元、{b}万元和{c}万元，共{d}万元。", "由{a}%提高到{b}%，提高{c}个百分点。", "男{a}人，女{b}人，共{c}人。",
    "占比分别为{a}%、{b}%、{c}%。", "同比增长{a}%，达{b}亿元。", "收入{a}元，比上年增加{b}元，增长{c}%。",
    "调查{a}人，满意率{b}%。", "从{a}户增加到{b}户，增长{c}%。", "已完成{a}个，未完成{b}个，共{c}个。",
    "合计{a}亩，其中耕地{b}亩、林地{c}亩。", "全年接待{a}人次，同比下降{b}%。",
]
HUGE = st.integers(300, 450).map(lambda n: "9" * n)
NUMBERS = st.one_of(
    HUGE,
    st.builds(lambda whole, point: f"{whole}.{point}", HUGE, st.integers(1, 10**6)),
    st.integers(1, 400).map(lambda n: "0." + "0" * n + "1"),
    st.integers(0, 5000).map(str),
)


@functools.cache
def _checkers():
    return build_checkers(list(load_rulebook()))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(STATEMENTS), NUMBERS, NUMBERS, NUMBERS, NUMBERS), min_size=1, max_size=3))
def test_numbers_beyond_floats_never_crash_a_rule(statements):
    text = "".join(template.format(a=a, b=b, c=c, d=d) for template, a, b, c, d in statements)
    for finding in audit_document(Document("huge.txt", text), _checkers()):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.message


def test_a_change_between_huge_numbers_is_judged_and_written_out():
    big = "9" * 400
    text = f"从1719户增加到{big}户，增长3%。"
    found = [f for f in audit_document(Document("a.txt", text), _checkers()) if f.rule_id.startswith("PC")]
    assert found and all("9999999999" in f.message for f in found), [f.message for f in found]


@SETTINGS
@given(st.fractions(max_denominator=10**4).filter(lambda v: abs(v) < 10**9), st.integers(0, 4))
def test_decimal_text_writes_what_float_formatting_writes_for_everyday_numbers(value, decimals):
    rounded = round(value, decimals)  # (a Fraction: never a negative zero)
    assert decimal_text(value, decimals) == f"{float(rounded):.{decimals}f}"
    assert fmt(Fraction(value)) == (f"{float(round(value, 2)):.2f}".rstrip("0").rstrip(".")
                                    if Fraction(value).denominator != 1 else str(value.numerator))


def test_decimal_text_of_numbers_no_float_holds():
    huge = Fraction(10**400 + 25, 100)
    assert decimal_text(huge, 1) == "1" + "0" * 398 + ".2"  # …0.25 → .2 (half to even)
    assert fmt(huge) == "1" + "0" * 398 + ".25"
