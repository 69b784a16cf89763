"""Why a number is wrong, when the arithmetic shows it.

A mismatch alone says *that* a statement is wrong; these functions say *which* number and *how*, by
trying the slips people make and keeping the one that makes the statement consistent:

=======================  ===================================================================
code                     the slip
=======================  ===================================================================
``magnitude-slip``       a number off by ×10⁴ or ×10⁸ (万/亿 left out or added)
``transposed-digits``    two adjacent digits swapped (``1067`` written ``1076``)
``part-counted-twice``   the total counts one part twice
``missing-part``         the total leaves one part out
``complement``           the rate of the other group (``100 − r``)
``points-for-percent``   a change in percentage points written as % (or the reverse)
``mistyped-total``       a total one keystroke away from its parts' sum (a digit mistyped, added,
                         left out, or two swapped), for a breakdown that falls short of it
``mistyped-part``        the same slip in one of the parts
``multiple-for-growth``  a growth in times (增长N倍) written with the multiple value / base (PC010)
=======================  ===================================================================

Each returns ``(code, explanation)`` or ``None``.

>>> from auditor.quantities import parse_quantities
>>> qs = parse_quantities("342万元、518万元和207万元，共1076万元")
>>> diagnose_sum(qs[:3], qs[3])
('transposed-digits', 'the total 1076 has two digits swapped: the parts add up to 1067')
"""

from __future__ import annotations

import math
from fractions import Fraction

from auditor.kinds.numeric import CONTINUOUS, decimal_text, fmt, overlaps, rate_agrees, ratio_interval, widen
from auditor.quantities import Quantity

_SLIPS = ((10**4, "×10⁴ (万)"), (10**8, "×10⁸ (亿)"))
_HALF = Fraction(1, 2)


def _digits(q: Quantity) -> str:
    shown = q.value / q.factor
    return decimal_text(shown, q.decimals) if q.decimals else str(int(shown)) if shown.denominator == 1 else ""


def _exact(digits: str) -> Fraction | int:
    """The exact value of a plain decimal string (``"1067"``, ``"10.67"``), without Fraction's parser.

    >>> _exact("1067"), _exact("10.67")
    (1067, Fraction(1067, 100))
    """
    whole, point, fraction = digits.partition(".")
    return Fraction(int(whole + fraction), 10 ** len(fraction)) if point else int(digits)


def _swaps(text: str):
    """Every string made by swapping two adjacent, different digits of *text*."""
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a != b and a.isdigit() and b.isdigit() and not (i == 0 and b == "0"):
            yield text[:i] + b + a + text[i + 2:]


_MAGNITUDE_PREFIX = {0: "", 4: "万", 8: "亿"}


def _rescaled(q: Quantity, f: Fraction) -> str | None:
    """*q* written with the magnitude it was probably meant to have: 3800元 × 10⁴ → ``3800万元``."""
    written = q.written_unit or ""
    exponent = 8 if written.startswith("亿") else 4 if written.startswith("万") else 0
    base = written[1:] if exponent else written
    shift = len(str(f.numerator)) - 1 if f > 1 else -(len(str(f.denominator)) - 1)
    prefix = _MAGNITUDE_PREFIX.get(exponent + shift)
    if prefix is None:
        return None
    return f"{fmt(q.value / q.factor)}{prefix}{base}"


def _widened(q: Quantity, f: Fraction) -> tuple[Fraction, Fraction | None]:
    """``widen(_scaled(q, f))`` without making the scaled quantity."""
    low, high = q.interval
    low = low * f
    high = None if high is None else high * f
    if q.unit in CONTINUOUS and q.decimals == 0 and low == high:
        return low - _HALF, high + _HALF
    return low, high


def _magnitude_slip(parts: list[Quantity], whole: Quantity, scale: int) -> tuple[int, Fraction] | None:
    """``(index, factor)`` of the first part that, scaled by ×*scale* or ÷*scale*, makes *parts* add up to
    *whole* (``index`` −1: the whole scaled), in the order of the plain search: each part, then the whole.
    The sum is kept and one part's interval swapped for its scaled one (linear, not quadratic, in parts).

    Each try is made in floating point first, and in exact arithmetic only where the floats do not rule
    it out (:func:`_may_overlap`): nearly every sum that fails has no such slip, and Fractions cost
    microseconds per operation."""
    widths = [widen(p) for p in parts]
    w_low, w_high = widen(whole)
    rough_whole = (_float(w_low), None if w_high is None else _float(w_high))
    rough = [(_float(w[0]), None if w[1] is None else _float(w[1])) for w in widths]
    rough_low = sum(w[0] for w in rough)
    rough_unbounded = sum(1 for w in rough if w[1] is None)
    rough_high = sum(w[1] for w in rough if w[1] is not None)
    exact = None  # (low, unbounded, high_sum): made for the first try the floats leave open
    factors = ((scale, Fraction(scale)), (1 / scale, Fraction(1, scale)))  # (roughly, exactly)
    for i, p in enumerate(parts):
        p_low, p_high = rough[i]
        others_high = None if rough_unbounded - (p_high is None) else rough_high - (p_high or 0)
        for rough_f, f in factors:
            s_low, s_high = _rough_widened(p, rough_f)
            high = None if others_high is None or s_high is None else others_high + s_high
            if not _may_overlap(rough_low - p_low + s_low, high, *rough_whole):
                continue
            if exact is None:
                exact = _exact_sums(widths)
            if _slip_fits(exact, widths[i], _widened(p, f), w_low, w_high):
                return i, f
    high = None if rough_unbounded else rough_high
    for rough_f, f in factors:
        w_scaled = _rough_widened(whole, rough_f)
        if not _may_overlap(rough_low, high, *w_scaled):
            continue
        if exact is None:
            exact = _exact_sums(widths)
        low, unbounded, high_sum = exact
        if overlaps(low, None if unbounded else high_sum, *_widened(whole, f)):
            return -1, f
    return None


def _exact_sums(widths: list[tuple]) -> tuple:
    """``(sum of the lows, how many highs are unbounded, sum of the bounded highs)``, exactly."""
    return (sum(w[0] for w in widths), sum(1 for w in widths if w[1] is None),
            sum(w[1] for w in widths if w[1] is not None))


def _slip_fits(exact: tuple, width: tuple, scaled: tuple, w_low, w_high) -> bool:
    """Whether the parts, one of them (interval *width*) replaced by its *scaled* interval, meet the whole."""
    low, unbounded, high_sum = exact
    p_low, p_high = width
    s_low, s_high = scaled
    others_high = None if unbounded - (p_high is None) else high_sum - (p_high or 0)
    high = None if others_high is None or s_high is None else others_high + s_high
    return overlaps(low - p_low + s_low, high, w_low, w_high)


def _rough_widened(q: Quantity, f: float) -> tuple[float, float | None]:
    """:func:`_widened` in floating point (the rounding of a measured unit is widened after scaling, as
    there)."""
    low, high = q.interval
    if q.unit in CONTINUOUS and q.decimals == 0 and low == high:
        return _float(low) * f - 0.5, _float(high) * f + 0.5
    return _float(low) * f, None if high is None else _float(high) * f


def _float(x) -> float:
    """*x* as a float; beyond the range of floats (a number of 400 digits), an infinity of its sign."""
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf


#: how far apart two floating-point sums must be to rule out, for sure, that their exact values meet:
#: a relative error far above that of adding a handful of doubles (about 1e-16 each)
_ROUGH = 1e-9


def _may_overlap(a_low: float, a_high: float | None, b_low: float, b_high: float | None) -> bool:
    """:func:`~auditor.kinds.numeric.overlaps` of intervals known only roughly (floats): ``False`` only
    when the exact intervals cannot meet. Only a strict comparison rules out, so a NaN (the difference of
    two infinities: numbers beyond the range of floats) never does."""
    if a_high is not None and a_high < b_low - _ROUGH * (abs(a_high) + abs(b_low) + 1):
        return False
    return not (b_high is not None and b_high < a_low - _ROUGH * (abs(b_high) + abs(a_low) + 1))


def diagnose_sum(parts: list[Quantity], whole: Quantity) -> tuple[str, str] | None:
    """The slip that explains why *parts* do not add up to *whole*, if one does. (Compared as parsed:
    ``int`` where whole, cheaper than Fractions; shown as Fractions.)"""
    plain_total = sum(p.plain_value for p in parts)
    total = Fraction(plain_total)
    factor = whole.factor or 1
    left_out = _left_out(parts, whole, plain_total, total, factor)
    if left_out is not None and all(p.factor == whole.factor for p in parts):
        return left_out  # (exactly a part short: before a 万 slip of that part, which would leave next to nothing)
    for scale, name in _SLIPS:
        slip = _magnitude_slip(parts, whole, scale)
        if slip is None:
            continue
        i, f = slip
        if i >= 0 and f < 1 and p_negligible(parts[i], f, whole):
            continue  # (a part scaled down to within the total's rounding: the total leaves it out, no 万 slip)
        if i >= 0:
            p = parts[i]
            written = f"{fmt(p.value / p.factor)}{p.written_unit or ''}"
            meant = _rescaled(p, f)
            return ("magnitude-slip", f"the part {written} is off by {name}: "
                                      f"as {meant} the parts add up" if meant else
                    f"the part {written} is off by {name}")
        return ("magnitude-slip", f"the total is off by {name}: the parts add up to "
                                  f"{fmt(total / factor)}{whole.written_unit or ''}")
    written = _digits(whole)
    for swapped in _swaps(written):
        if _exact(swapped) * factor == plain_total:
            return ("transposed-digits",
                    f"the total {written} has two digits swapped: the parts add up to {swapped}")
    for p in parts:
        for swapped in _swaps(_digits(p)):
            fixed = _exact(swapped) * (p.factor or 1)
            if plain_total - p.plain_value + fixed == whole.plain_value:
                return ("transposed-digits",
                        f"the part {_digits(p)} has two digits swapped: as {swapped} the parts add up")
    for p in parts:
        if plain_total + p.plain_value == whole.plain_value:
            return ("part-counted-twice",
                    f"the total counts the part {fmt(p.value / factor)} twice: "
                    f"{fmt(total / factor)} + {fmt(p.value / factor)} = {fmt(whole.value / factor)}")
    return left_out


def p_negligible(part: Quantity, scale, whole: Quantity) -> bool:
    """Whether *part* scaled by *scale* is no more than the rounding of *whole* (half a unit of its last place):
    a slip that makes a part vanish says only that the total leaves it out."""
    return part.value * scale <= Fraction(whole.factor or 1, 2 * 10 ** whole.decimals)


def _left_out(parts: list[Quantity], whole: Quantity, plain_total, total: Fraction, factor) -> tuple[str, str] | None:
    """The ``missing-part`` diagnosis: the total is the parts' sum less exactly one of three or more parts."""
    if len(parts) >= 3:
        for p in parts:
            if plain_total - p.plain_value == whole.plain_value:
                shown = f"{fmt(total / factor)} − {fmt(p.value / factor)} = {fmt(whole.value / factor)}"
                return "missing-part", f"the total leaves out the part {fmt(p.value / factor)}: {shown}"
    return None


#: a number must have at least this many digits for a one-keystroke difference to count as a slip: of two
#: short numbers (51 and 41), one is a keystroke away from the other by chance too often …
MIN_SLIP_DIGITS = 3
#: … and this many significant digits for one mistyped digit: a list that gives only some parts of a
#: three-digit total lands one digit away from it by chance about one time in twenty (274 and 87 + 117 = 204)
MIN_MISTYPED_DIGITS = 4


def one_slip(written: str, meant: str) -> str | None:
    """The keystroke that turns the digit string *meant* into *written*, if one does: ``"mistyped"``
    (one digit replaced), ``"swapped"`` (two adjacent digits), ``"added"`` or ``"left out"`` (one
    character, a digit or the decimal point). ``None`` when they are equal or further apart.

    >>> one_slip("9240", "9140"), one_slip("72078", "27078"), one_slip("2900", "290"), one_slip("387.5", "3875")
    ('mistyped', 'swapped', 'added', 'added')
    >>> one_slip("3877.23", "38777.23"), one_slip("694", "693"), one_slip("9240", "8140"), one_slip("12", "12")
    ('left out', 'mistyped', None, None)
    """
    if written == meant:
        return None
    if len(written) == len(meant):
        diff = [i for i in range(len(written)) if written[i] != meant[i]]
        if len(diff) == 1:
            return "mistyped" if "." not in (written[diff[0]], meant[diff[0]]) else None
        if len(diff) == 2 and diff[1] == diff[0] + 1 and written[diff[0]] == meant[diff[1]] and \
                written[diff[1]] == meant[diff[0]] and "." not in written[diff[0]:diff[1] + 1]:
            return "swapped"
        return None
    longer, shorter = (written, meant) if len(written) > len(meant) else (meant, written)
    if len(longer) != len(shorter) + 1:
        return None
    i = next((k for k in range(len(shorter)) if longer[k] != shorter[k]), len(shorter))
    if longer[i + 1:] != shorter[i:]:
        return None
    return "added" if longer is written else "left out"


def _keystroke(slip: str) -> str:
    return "two digits swapped" if slip == "swapped" else f"a digit {slip}"


def _long_enough(digits: str, slip: str) -> bool:
    """Whether *digits* is long enough for *slip* to be read as one: :data:`MIN_SLIP_DIGITS` digits (leading
    zeros aside), of which, trailing zeros aside, :data:`MIN_MISTYPED_DIGITS` for a mistyped digit (``1200``
    and ``2200`` are round numbers a keystroke apart by chance, and so are many three-digit numbers) and two
    for the other slips (``2900`` for ``290``)."""
    plain = digits.replace(".", "").lstrip("0")
    return len(plain) >= MIN_SLIP_DIGITS and \
        len(plain.rstrip("0")) >= (MIN_MISTYPED_DIGITS if slip == "mistyped" else 2)


def _slip_between(written: str | None, meant: str | None) -> str | None:
    """:func:`one_slip` of two numbers that are both :func:`_long_enough` for it."""
    if not written or not meant:
        return None
    slip = one_slip(written, meant)
    return slip if slip and _long_enough(written, slip) and _long_enough(meant, slip) else None


def _written_as(value, q: Quantity) -> str | None:
    """*value* (in base units) written as *q* writes its number (its 万/亿, its decimals), or ``None``
    when those decimals cannot hold it exactly."""
    shown = Fraction(value) / (q.factor or 1)
    if (shown * 10**q.decimals).denominator != 1 or shown <= 0:
        return None
    return decimal_text(shown, q.decimals)


def diagnose_short_sum(parts: list[Quantity], whole: Quantity) -> tuple[str, str] | None:
    """Why a breakdown that may list only some parts (其中, 包括) falls short of its whole, when a typing
    slip explains it: the whole, or one part, is one keystroke away (:func:`one_slip`) from the number
    that makes the parts add up exactly. Numbers with a qualifier (约, 余), and numbers too short or too
    round for the slip (:func:`_long_enough`), are never read as slips.

    >>> from auditor.quantities import parse_quantities
    >>> qs = parse_quantities("完成9,245座，其中新建1,988座，改建7,157座")
    >>> diagnose_short_sum(qs[1:], qs[0])
    ('mistyped-total', 'the total 9245 is one keystroke from the sum of its parts, 9145 (a digit mistyped)')
    >>> qs = parse_quantities("完成9,240座，其中新建1,988座，改建6,252座")
    >>> diagnose_short_sum(qs[1:], qs[0]) is None
    True
    """
    if whole.qualifier or any(p.qualifier for p in parts):
        return None
    plain_total = sum(p.plain_value for p in parts)
    written = _digits(whole)
    meant = _written_as(plain_total, whole)
    slip = _slip_between(written, meant)
    if slip:
        return "mistyped-total", f"the total {written} is one keystroke from the sum of its parts, {meant} " \
                                 f"({_keystroke(slip)})"
    found = []
    for p in parts:
        digits = _digits(p)
        needed = _written_as(whole.plain_value - plain_total + p.plain_value, p)
        slip = _slip_between(digits, needed)
        if slip:
            found.append((p, digits, needed, slip))
    if len(found) == 1:  # (two parts that could each be the slip: no telling which)
        p, digits, needed, slip = found[0]
        return "mistyped-part", f"the part {digits} looks mistyped ({_keystroke(slip)}): as {needed} the parts " \
                                f"add up to the total"
    return _counted_twice(parts, whole, plain_total)


def _counted_twice(parts: list[Quantity], whole: Quantity, plain_total) -> tuple[str, str] | None:
    """The ``part-counted-twice`` reading of a partial list short of its whole: the whole is the parts' sum
    plus exactly one of them again, a part of three significant digits or more (a shorter one is the rest of
    a partial list by chance too often: ``共72个，其中A28个、B16个``).

    >>> from auditor.quantities import parse_quantities
    >>> qs = parse_quantities("接警1,913起，其中火灾387起，抢险719起，救助392起，虚警28起")
    >>> diagnose_short_sum(qs[1:], qs[0])[0]
    'part-counted-twice'
    >>> qs = parse_quantities("实施项目72个，其中基础设施项目28个，民生项目16个")
    >>> diagnose_short_sum(qs[1:], qs[0]) is None
    True
    """
    if any(p.factor != whole.factor for p in parts) or not _long_enough(_digits(whole) or "", "other"):
        return None
    twice = [p for p in parts if plain_total + p.plain_value == whole.plain_value]
    if len(twice) != 1 or not _long_enough(_digits(twice[0]) or "", "other"):
        return None
    p = twice[0]
    factor = whole.factor or 1
    return ("part-counted-twice", f"the total counts the part {fmt(p.value / factor)} twice: "
                                  f"{fmt(Fraction(plain_total) / factor)} + {fmt(p.value / factor)} = "
                                  f"{fmt(whole.value / factor)}")


def _rate_fits(value: Fraction, decimals: int, lo: Fraction, hi: Fraction) -> bool:
    u = Fraction(1, 10**decimals)
    return rate_agrees(value - u / 2, value + u, lo, hi)


def diagnose_rate(rate: Quantity, numerator: Quantity, denominator: Quantity) -> tuple[str, str] | None:
    """The slip that explains why *rate* is not ``100 · numerator / denominator``, if one does."""
    interval = ratio_interval(numerator, denominator)
    if interval is None:
        return None
    lo, hi = interval
    written = decimal_text(rate.value, rate.decimals)
    for swapped in _swaps(written):
        if _rate_fits(Fraction(swapped), rate.decimals, lo, hi):
            return "transposed-digits", f"the rate {written}% has two digits swapped: the numbers give {swapped}%"
    if rate.value < 45 or rate.value > 55:
        complement = 100 - rate.value
        if _rate_fits(complement, rate.decimals, lo, hi):
            return ("complement", f"{written}% is the share of the other group: the numbers give "
                                  f"{fmt(complement, rate.decimals)}% (100 − {written})")
    for scale, name in _SLIPS:
        for f in (Fraction(scale), Fraction(1, scale)):
            if _rate_fits(rate.value, rate.decimals, lo * f, hi * f):
                return "magnitude-slip", f"the numerator or denominator is off by {name}"
    return None


def diagnose_points(stated: Fraction, start: Quantity, end: Quantity, points: bool,
                    down: bool) -> tuple[str, str] | None:
    """``由90%提高到92%，提高2%``: a change of rates stated in the other measure (points or percent)."""
    difference = (start.value - end.value) if down else (end.value - start.value)
    if start.value == 0:
        return None
    relative = 100 * difference / start.value
    if points and abs(relative - stated) * 10 ** 2 < 1 and abs(difference - stated) * 100 >= 1:
        return ("points-for-percent", f"{fmt(stated, 2)} is the relative change in %, not percentage points "
                                      f"(the difference is {fmt(difference, 2)} points)")
    if not points and abs(difference - stated) * 100 < 1 and abs(relative - stated) * 100 >= 1:
        return ("points-for-percent", f"{fmt(stated, 2)} is the difference in percentage points (个百分点), "
                                      f"not %: relative to {fmt(start.value, 2)}% it is {fmt(relative, 2)}%")
    return None
