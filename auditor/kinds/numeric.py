"""Helpers shared by the ``totals`` and ``percentage`` kinds: formatting and interval arithmetic."""

from __future__ import annotations

from fractions import Fraction

from auditor.quantities import MEASURED_UNITS, Quantity


def fmt(value: Fraction, max_decimals: int = 2) -> str:
    """A readable decimal for *value*: ``Fraction(7053, 20)`` → ``352.65``; trailing zeros dropped.

    >>> fmt(Fraction(3526, 10)), fmt(Fraction(26208)), fmt(Fraction(1, 3), 4)
    ('352.6', '26208', '0.3333')
    """
    if value.denominator == 1:
        return str(value.numerator)
    return decimal_text(value, max_decimals).rstrip("0").rstrip(".")


def decimal_text(value: Fraction | int, decimals: int) -> str:
    """*value* rounded to *decimals* places (half to even) and written with exactly that many: what
    ``f"{float(value):.{decimals}f}"`` writes for everyday numbers, computed exactly, so that a number of
    hundreds of digits (beyond the range of floats) is written too instead of raising ``OverflowError``.

    >>> decimal_text(Fraction(7053, 20), 2), decimal_text(Fraction(-1, 8), 2), decimal_text(12, 1)
    ('352.65', '-0.12', '12.0')
    >>> decimal_text(10**20 + 1, 0), decimal_text(Fraction(10**400 + 5, 10), 1)[-4:]
    ('100000000000000000001', '00.5')
    """
    scaled = round(Fraction(value) * 10**decimals)
    digits = str(abs(scaled)).rjust(decimals + 1, "0")
    sign = "-" if scaled < 0 else ""
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}" if decimals else sign + digits


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
CONTINUOUS = MEASURED_UNITS


def widen(q: Quantity) -> tuple[Fraction | int, Fraction | int | None]:
    """Interval of *q*, with integers of measured units (亩, 米, 千克 …) taken as rounded to the unit
    (:attr:`~auditor.quantities.Quantity.widened`, worked out once per quantity).

    Exact numbers, ``int`` where whole (additions and comparisons of ints are cheap); no caller divides.
    """
    return q.widened


def sum_interval(parts: list[Quantity]) -> tuple[Fraction | int, Fraction | int | None]:
    """The interval the sum of *parts* can take (``None``: no upper bound); exact, ``int`` where whole.

    The sums start from the first part, not from 0 (``0 + Fraction`` goes through Fraction's slow
    reflected addition)."""
    if not parts:
        return 0, 0
    low, high = parts[0].widened
    for p in parts[1:]:
        p_low, p_high = p.widened
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
    if rate.qualifier in ("近", "将近"):  # (below it: five units, or a tenth of the rate, 近95% from 85.5 %)
        return min(r - 5 * u, r * Fraction(9, 10)), r + u
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


#: how far prices may have moved for a growth reckoned in real terms (GDP, value added, 实际增长): from a fall of
#: 5 % to a rise of 10 % in a year, wider than China's GDP deflator and industrial prices have moved since 1995
PRICES_LOW, PRICES_HIGH = Fraction(-5, 100), Fraction(10, 100)


def real_terms_band(lo: Fraction, hi: Fraction, down: bool) -> tuple[Fraction, Fraction]:
    """The growth in % (the size of a fall when *down*) that a change whose nominal size lies in ``[lo, hi]`` %
    can have in real terms, prices having moved by :data:`PRICES_LOW` to :data:`PRICES_HIGH`:
    ``(1 + g) / (1 + p) − 1``.

    >>> [fmt(x) for x in real_terms_band(Fraction(7), Fraction(7), False)]
    ['-2.73', '12.63']
    >>> [fmt(x) for x in real_terms_band(Fraction(10), Fraction(10), True)]
    ['5.26', '18.18']
    """
    if down:
        low, high = real_terms_band(-hi, -lo, False)
        return -high, -low
    return (100 + lo) / (1 + PRICES_HIGH) - 100, (100 + hi) / (1 + PRICES_LOW) - 100


def rate_agrees(low: Fraction, high: Fraction | None, lo: Fraction, hi: Fraction) -> bool:
    """Whether a computed interval ``[lo, hi]`` meets a stated rate's ``[low, high)``."""
    return (high is None or lo < high) and hi >= low


def _whole(x) -> int | None:
    """*x* as an ``int`` when it is a whole number (an int, or a Fraction over 1), else ``None``."""
    if type(x) is int:
        return x
    if type(x) is Fraction and x.denominator == 1:
        return x.numerator
    return None


def rate_holds(rate: Quantity, a: Quantity, b: Quantity) -> bool | None:
    """``rate_agrees(*rate_bounds(rate), *ratio_interval(a, b))`` in integers, without a Fraction, for the
    usual case: a rate without qualifier over two operands with whole bounds. ``None`` when the case is
    another (the caller then works with Fractions), or when *b* may be 0 (:func:`ratio_interval` gives
    no interval).

    A rate ``R / 10^d`` % allows ``[R − ½, R + 1) / 10^d``; ``100 · a / b`` lies in
    ``[100 a_low / b_high, 100 a_high / b_low]``; both sides are multiplied out (every denominator is
    positive), so the comparisons are those of the Fractions, exactly.

    >>> from auditor.quantities import parse_quantities
    >>> r, a, b = parse_quantities("96.94%，办结601件，受理620件")
    >>> rate_holds(r, a, b), rate_holds(r.replace(value=Fraction(9700, 100)), a, b)
    (True, False)
    """
    if rate.qualifier is not None:
        return None
    a_low, a_high = a.interval
    b_low, b_high = b.interval
    if type(a_low) is not int or type(a_high) is not int or type(b_low) is not int or type(b_high) is not int:
        # (a bound asked for as a Fraction stays one; None for no upper bound is not whole)
        a_low, a_high, b_low, b_high = _whole(a_low), _whole(a_high), _whole(b_low), _whole(b_high)
        if a_low is None or a_high is None or b_low is None or b_high is None:
            return None
    value = rate.plain_value
    scale = 10**rate.decimals
    if type(value) is int:
        stated = value * scale
    elif type(value) is Fraction and scale % value.denominator == 0:
        stated = value.numerator * (scale // value.denominator)
    else:
        return None
    if b_low <= 0:
        return None
    # lo < high: 100 a_low / b_high < (R + 1) / 10^d;  hi >= low: 100 a_high / b_low >= (2R − 1) / (2 · 10^d)
    return 100 * a_low * scale < (stated + 1) * b_high and 200 * a_high * scale >= (2 * stated - 1) * b_low
