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
    return 1, unit_of(quantities)
