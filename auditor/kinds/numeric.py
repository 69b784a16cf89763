"""Helpers shared by the ``totals`` and ``percentage`` kinds: formatting and interval arithmetic."""

from __future__ import annotations

from fractions import Fraction

from auditor.quantities import Quantity


def fmt(value: Fraction, max_decimals: int = 2) -> str:
    """A readable decimal for *value*: ``Fraction(7053, 20)`` → ``352.65``; trailing zeros dropped.

    >>> fmt(Fraction(3526, 10)), fmt(Fraction(26208)), fmt(Fraction(1, 3), 4)
    ('352.6', '26208', '0.3333')
    """
    if value.denominator == 1:
        return str(value.numerator)
    text = f"{float(round(value, max_decimals)):.{max_decimals}f}".rstrip("0").rstrip(".")
    return text


def overlaps(a_low: Fraction, a_high: Fraction | None, b_low: Fraction, b_high: Fraction | None) -> bool:
    """Whether the closed intervals meet (``None`` is +infinity)."""
    return (a_high is None or a_high >= b_low) and (b_high is None or b_high >= a_low)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Quantities that may be added: the same base unit, or one of them written without a unit."""
    return a.unit == b.unit or (not a.unit and b.unit != "%") or (not b.unit and a.unit != "%")


def unit_of(quantities: list[Quantity]) -> str:
    return next((q.unit for q in quantities if q.unit), "")


def display(quantities: list[Quantity]) -> tuple[int, str]:
    """The factor and unit to show a sum in: the written unit when all share it (公里, 万元), else the base."""
    with_unit = [q for q in quantities if q.written_unit]
    factors = {q.factor for q in with_unit}
    written = {q.written_unit for q in with_unit}
    if len(factors) == 1 and len(written) == 1:
        return factors.pop(), written.pop()
    if len(factors) == 1:  # 23亿元 and 6亿: shown in 亿元
        return factors.pop(), max(written, key=len)
    return 1, unit_of(quantities)


#: units measured (so an integer is rounded to the unit) rather than counted
CONTINUOUS = frozenset({"亩", "平方米", "公顷", "米", "千克"})
_HALF = Fraction(1, 2)


def widen(q: Quantity) -> tuple[Fraction | int, Fraction | int | None]:
    """Interval of *q*, with integers of measured units (亩, 米, 千克 …) taken as rounded to the unit.

    Exact numbers, ``int`` where whole (additions and comparisons of ints are cheap); no caller divides.
    """
    low, high = q.interval
    if q.unit in CONTINUOUS and q.decimals == 0 and low == high:
        return low - _HALF, high + _HALF
    return low, high


def sum_interval(parts: list[Quantity]) -> tuple[Fraction | int, Fraction | int | None]:
    """The interval the sum of *parts* can take (``None``: no upper bound); exact, ``int`` where whole."""
    low: Fraction | int = 0
    high: Fraction | int | None = 0
    for p in parts:
        p_low, p_high = widen(p)
        low += p_low
        high = None if high is None or p_high is None else high + p_high
    return low, high


def rate_bounds(rate: Quantity) -> tuple[Fraction, Fraction | None]:
    """What a stated rate ``r`` with ``d`` decimals allows: ``[r − u/2, r + u)`` with ``u = 10^-d`` (rounding
    or truncation), widened by its qualifier (约, 近, 超过, 不足)."""
    r = rate.value
    u = Fraction(1, 10**rate.decimals)
    if rate.qualifier in ("约", "大约", "左右", "接近"):
        return r - 5 * u, r + 5 * u
    if rate.qualifier in ("近", "将近"):
        return r - 5 * u, r + u
    if rate.qualifier in ("超过", "超", "逾", "以上"):
        return r, None
    if rate.qualifier in ("不足", "不到", "以下"):
        return Fraction(0), r
    return r - u / 2, r + u


def ratio_interval(a: Quantity, b: Quantity) -> tuple[Fraction, Fraction] | None:
    """``100 · a / b`` as an interval over the operands' intervals (``None`` when b may be 0)."""
    a_low, a_high = a.low, a.high if a.high is not None else a.value * 2
    b_low, b_high = b.low, b.high if b.high is not None else b.value * 2
    if b_low <= 0:
        return None
    return 100 * a_low / b_high, 100 * a_high / b_low


def rate_agrees(low: Fraction, high: Fraction | None, lo: Fraction, hi: Fraction) -> bool:
    """Whether a computed interval ``[lo, hi]`` meets a stated rate's ``[low, high)``."""
    return (high is None or lo < high) and hi >= low
