"""Last year's and this year's figures side by side, then the change between them (PC006).

A list of indicators, or a table flattened into text, gives each indicator's value last year and this year and then
the change: ``自来水普及率：上年78.0%，本年81.3%，提高3.3个百分点``, or this year's value first, ``预警终端1612台，上年
1568台，增长2.8%``. The change is the difference of two rates (个百分点), or the growth of an amount or a count (%):
the words pair the end points, so a size that fits them neither way is wrong. A rate's change written in % (``提高
2.1%`` between two rates) is not read: reports write it both for points and for a relative change. Nor is a signed
change (``增长-4.8%``).

>>> from auditor.document import Document
>>> [(float(c.start.value), float(c.end.value), float(c.delta.value), c.points) for c in document_year_changes(
...     Document("a", "自来水普及率：上年78.0%，本年81.3%，提高3.3个百分点。"))]
[(78.0, 81.3, 3.3, True)]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.quantities import Quantity, document_quantities, parse_range
from auditor.scan import find_all

_N = r"(?<![0-9.])[0-9][0-9,]*(?:\.[0-9]+)?"
#: the unit after a figure (%, 台, 万人次: a few characters, no digit, no punctuation)
_UNIT = r"[^0-9，,；;。、\n（(]{0,4}?"
_UP = ("增加", "提高", "上升", "增长", "提升")
_DOWN = ("下降", "减少", "降低", "回落")
_VERB = "|".join(_UP + _DOWN)
_CHANGE = rf"[，,]\s?(?:同比|比上年)?(?P<verb>{_VERB})了?(?P<c>{_N})(?P<uc>个百分点|%)"
#: 上年A，本年B，增加C
_LAST_FIRST = LazyRegex(rf"上年(?:同期)?(?:为|是)?(?P<a>{_N})(?P<ua>{_UNIT})[，,]\s?(?:本年|今年|当年)(?:为|是)?"
                        rf"(?P<b>{_N})(?P<ub>{_UNIT})" + _CHANGE)
#: B，上年A，增长C
_THIS_FIRST = LazyRegex(rf"(?P<b>{_N})(?P<ub>{_UNIT})[，,]\s?上年(?:同期)?(?:为|是)?(?P<a>{_N})(?P<ua>{_UNIT})"
                        + _CHANGE)


#: how far before and after its 上年 a statement of this year's figure first may reach (characters)
_BEFORE, _AFTER = 24, 64


class YearChange:
    """``start`` (last year's figure) to ``end`` (this year's), changed by ``delta``: in points when ``points``,
    else in %; ``down`` when the words say it fell."""

    __slots__ = ("delta", "down", "end", "points", "start")

    def __init__(self, start: Quantity, end: Quantity, delta: Quantity, down: bool, points: bool):
        self.start, self.end, self.delta, self.down, self.points = start, end, delta, down, points


def document_year_changes(doc) -> list[YearChange]:
    """The figures of last year and this year of *doc* with their change, found once per document."""
    cached = doc.cache.get("year_changes")
    if cached is None:
        cached = []
        view, norm, _ = document_quantities(doc)
        seen: set[int] = set()
        for at in find_all(norm, "上年"):  # (from each 上年: no search of the whole text from every digit)
            m = _LAST_FIRST.match(norm, at)
            if m is None:  # (B，上年A，…: this year's figure a few characters before)
                m = next((b for b in _THIS_FIRST.finditer(norm, max(0, at - _BEFORE), min(len(norm), at + _AFTER))
                          if at < b.start("a") <= at + 6), None)  # (its 上年 this one)
            if m is not None and m.start() not in seen:
                seen.add(m.start())
                found = _year_change(view, norm, m)
                if found is not None:
                    cached.append(found)
        doc.cache["year_changes"] = cached
    return cached


def _year_change(view, norm: str, m) -> YearChange | None:
    points = m.group("uc") == "个百分点"
    rates = m.group("ua").strip() == "%" or m.group("ub").strip() == "%"
    if points != rates:
        return None  # (a rate's change in %, or an amount's in points: not read)
    if not points and m.group("ua").strip() and m.group("ub").strip() and \
            m.group("ua").strip() != m.group("ub").strip():
        return None  # (two units: not one measure)
    quantities = parse_range(view, norm, m.start(), m.end())
    a, b, c = (_at(quantities, m.start(g)) for g in ("a", "b", "c"))
    if a is None or b is None or c is None or any(q.qualifier for q in (a, b, c)) or a.value <= 0:
        return None
    return YearChange(a, b, c, m.group("verb") in _DOWN, points)


def _at(quantities: list[Quantity], start: int) -> Quantity | None:
    return next((q for q in quantities if q.clean_start == start), None)
