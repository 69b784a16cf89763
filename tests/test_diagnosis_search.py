"""The magnitude-slip search of :func:`auditor.diagnosis.diagnose_sum` (``_magnitude_slip``) keeps one
running sum and swaps a single part's interval; it must find exactly what trying every rescaled list of
parts finds, in the same order."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.diagnosis import _SLIPS, _magnitude_slip, diagnose_sum
from auditor.kinds.numeric import overlaps, sum_interval, widen
from auditor.quantities import parse_quantities


def _scaled(q, factor: Fraction):
    high = None if q.high is None else q.high * factor
    return q.replace(value=q.value * factor, low=q.low * factor, high=high)


def _fits(parts, whole) -> bool:
    low, high = sum_interval(parts)
    return overlaps(low, high, *widen(whole))


def plain_slip(parts, whole, scale: int):
    """The search as first written: every rescaled list of parts (×scale, then ÷scale), then the whole."""
    for i, p in enumerate(parts):
        for f in (Fraction(scale), Fraction(1, scale)):
            if _fits([*parts[:i], _scaled(p, f), *parts[i + 1:]], whole):
                return i, f
    for f in (Fraction(scale), Fraction(1, scale)):
        if _fits(parts, _scaled(whole, f)):
            return -1, f
    return None


NUMBERS = st.one_of(st.integers(0, 99999).map(str), st.decimals(0, 9999, places=2).map(str),
                    st.sampled_from(["3800", "12", "0.5", "100", "4"]))
UNITS = st.sampled_from(["万元", "元", "亿元", "亩", "人", "吨", "个", ""])
QUALIFIED = st.tuples(st.sampled_from(["", "约", "近", "超过"]), NUMBERS, st.sampled_from(["", "余", "以上"]), UNITS)


def _text(parts, whole) -> str:
    def one(item):
        before, number, after, unit = item
        return f"{before}{number}{unit}{after}"
    return "、".join(one(p) for p in parts) + "，共" + one(whole) + "。"


@settings(max_examples=300, deadline=None)
@given(st.lists(QUALIFIED, min_size=1, max_size=5), QUALIFIED)
@example([("", "3800", "", "元"), ("", "1200", "", "万元")], ("", "5000", "", "万元"))
@example([("", "12", "", "亩"), ("", "8", "", "亩")], ("", "200000", "", "亩"))
@example([("", "1.5", "", "万元"), ("", "2", "", "万元")], ("", "35000", "", "万元"))
def test_the_slip_search_agrees_with_trying_every_rescaled_list(parts, whole):
    quantities = parse_quantities(_text(parts, whole))
    if len(quantities) != len(parts) + 1:
        return  # a number the parser reads otherwise (a bare 0 …): nothing to compare
    *found_parts, found_whole = quantities
    for scale, _name in _SLIPS:
        assert _magnitude_slip(found_parts, found_whole, scale) == plain_slip(found_parts, found_whole, scale)


def test_examples_of_each_slip():
    qs = parse_quantities("3800元、1200万元，共5000万元。")
    assert diagnose_sum(qs[:2], qs[2]) == ("magnitude-slip", "the part 3800元 is off by ×10⁴ (万): as 3800万元 the "
                                                               "parts add up")
    qs = parse_quantities("12万元、8万元，共200000万元。")
    assert diagnose_sum(qs[:2], qs[2])[1].startswith("the total is off by ×10⁴ (万)")


FRACTIONS = st.one_of(st.integers(-10**17, 10**17), st.fractions(max_denominator=10**6),
                      st.builds(Fraction, st.integers(-10**17, 10**17), st.sampled_from([1, 2, 10, 100, 10**4, 10**8])))


@settings(max_examples=2000, deadline=None)
@given(FRACTIONS, st.one_of(st.none(), FRACTIONS), FRACTIONS, st.one_of(st.none(), FRACTIONS))
def test_floats_rule_out_only_intervals_that_cannot_meet(a_low, a_high, b_low, b_high):
    """The floating-point look of the slip search may say "perhaps" too often, never "no" wrongly: touching
    intervals and sums of huge numbers (beyond 2**53) included."""
    from auditor.diagnosis import _may_overlap

    def rough(x):
        return None if x is None else float(x)

    if overlaps(a_low, a_high, b_low, b_high):
        assert _may_overlap(rough(a_low), rough(a_high), rough(b_low), rough(b_high))
    for x in (a_low, b_low):  # an interval meets itself, and one that only touches it
        assert _may_overlap(rough(x), rough(x), rough(x), None)


HUGE = st.integers(300, 420).map(lambda digits: "9" * digits)  # beyond the range of floats (about 1.8e308)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(QUALIFIED, st.tuples(st.just(""), HUGE, st.just(""), UNITS)), min_size=1, max_size=4),
       st.one_of(QUALIFIED, st.tuples(st.just(""), HUGE, st.just(""), UNITS)))
def test_numbers_beyond_floats_are_searched_exactly(parts, whole):
    """A part or total of hundreds of digits (which no float holds) neither crashes the search nor changes
    what it finds: the floating-point look leaves such tries to the exact arithmetic."""
    quantities = parse_quantities(_text(parts, whole))
    if len(quantities) != len(parts) + 1:
        return
    *found_parts, found_whole = quantities
    for scale, _name in _SLIPS:
        assert _magnitude_slip(found_parts, found_whole, scale) == plain_slip(found_parts, found_whole, scale)
    diagnose_sum(found_parts, found_whole)  # (and the rest of the diagnosis runs)


def test_a_nan_never_rules_out():
    from auditor.diagnosis import _may_overlap

    nan, inf = float("nan"), float("inf")
    assert _may_overlap(nan, nan, 0.0, 1.0) and _may_overlap(0.0, 1.0, nan, nan)
    assert _may_overlap(inf - inf, None, 5.0, 6.0)
    assert not _may_overlap(0.0, 1.0, 5.0, 6.0) and not _may_overlap(5.0, 6.0, 0.0, 1.0)
