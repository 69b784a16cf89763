"""Running totals of a year: the months to date, the next month, and the months to date after it (TO001).

A monthly bulletin states a figure for the year so far, the month's own figure and the new figure for the year so
far: ``1—3月受理来电4923件；4月当月1577件，1—4月累计6500件`` needs 4923 + 1577 = 6500. The three may stand in one
sentence or in two on the same line (``1—9月累计组织税收收入3051.8万元。10月当月组织税收收入321.6万元，1—10月累计达到
3373.4万元。``), in any order (``截至5月底累计完成5107.5亿元，其中5月1248.2亿元；1—4月累计为3859.3亿元``).

Each quantity's period is read from the words of its clause before it: ``1—4月``, ``1至4月``, ``截至4月底`` (the
months from January: a range), ``4月``, ``4月份``, ``4月当月`` (one month). Read only where the stretch holds 累计 or
当月 and a month; the three must be of one unit, the month the one after the first range's last, the second range
ending with it; nothing approximate.

>>> from auditor.document import Document
>>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in document_running_totals(Document(
...     "a", "1—3月受理来电4923件；4月当月1577件，1—4月累计6500件。"))]
[(6500, [4923, 1577])]
"""

from __future__ import annotations

from itertools import pairwise

from auditor.lazyregex import LazyRegex
from auditor.quantities import (
    _SCOPE_END,
    Quantity,
    document_quantities,
    parse_chinese_number,
    parse_range,
    sentence_start,
)
from auditor.scan import contains, find_all

#: the months from January to a month (1—4月, 1至4月, 一至四月 are not read: digits only), or up to its end (截至4月底)
_RANGE = LazyRegex(r"(?:1|01)\s*[—\-－~～至到]\s*(?P<to>[0-9]{1,2})月(?:份)?|截至(?P<end>[0-9]{1,2})月(?:底|末)"
                   r"|前(?P<first>[0-9]{1,2}|[一二三四五六七八九十]{1,3})个月")
#: one month (4月, 4月份, 4月当月), not the end of a range or a date (4月15日)
_MONTH = LazyRegex(r"(?<![0-9—\-－~～至到])(?P<m>[0-9]{1,2})月(?:份)?(?:当月)?(?![0-9]{1,2}日|底|末)")
#: a year before a period (2020年1—3月)
_YEAR = LazyRegex(r"(?:19|20)[0-9]{2}年")
#: what the words between a period and its quantity may not hold: another period, a comparison
_NOT_OWN = LazyRegex(r"[0-9]月|同比|环比|比上年|较上年|增长|下降|增加|减少")


class RunningTotal:
    """``whole`` (the months to date after the month) = ``parts`` (the months to date before it, the month's own)."""

    __slots__ = ("parts", "whole")

    def __init__(self, whole: Quantity, parts: list[Quantity]):
        self.whole, self.parts = whole, parts


def document_running_totals(doc) -> list[RunningTotal]:
    """The running totals of *doc*, found once per document."""
    cached = doc.cache.get("running_totals")
    if cached is None:
        cached = []
        text = doc.text
        if "月" in text and (contains(text, "累计") or contains(text, "当月")):
            view, norm, _quantities = document_quantities(doc)
            cached = _running_totals(view, norm)
            if contains(text, "当月") and contains(text, "累计"):
                cached = cached + _monthly_tables(view, norm)
        doc.cache["running_totals"] = cached
    return cached


def _stretch(norm: str, at: int) -> tuple[int, int]:
    """The sentence holding *at* and the one before it on the same line."""
    lo = sentence_start(norm, max(0, at - 200), at)
    if lo > 0 and norm[lo - 1] != "\n":
        lo = sentence_start(norm, max(0, lo - 200), lo - 1)
    m = _SCOPE_END.search(norm, at)
    return lo, m.start() if m is not None else len(norm)


def _period(norm: str, lo: int, q: Quantity) -> tuple[str, int] | None:
    """``("range", last month)`` or ``("month", month)`` of *q*, from the words of its clause before it."""
    clause = max(lo, max(norm.rfind(mark, lo, q.clean_start) for mark in "，,；;。：:") + 1)
    words = norm[clause:q.clean_start]
    if not _RANGE.search(words) and not _MONTH.search(words) and clause > lo:
        # (2020年1—3月，全县受理来电4923件: the period alone in the clause before)
        before = max(lo, max(norm.rfind(mark, lo, clause - 1) for mark in "，,；;。：:") + 1)
        if clause - 1 - before <= 12 and not any(ch.isdigit() for ch in _MONTH.sub("", _RANGE.sub("", _YEAR.sub(
                "", norm[before:clause - 1])))):
            words = norm[before:q.clean_start]
    ranges = list(_RANGE.finditer(words))
    if ranges:
        m = ranges[-1]
        if _NOT_OWN.search(words, m.end()):
            return None
        return "range", _last_month(m)
    months = [m for m in _MONTH.finditer(words)]
    if len(months) == 1 and not _NOT_OWN.search(words, months[0].end()):
        return "month", int(months[0].group("m"))
    return None


def _last_month(m) -> int:
    """The last month of a :data:`_RANGE` match (``1—4月``, ``截至4月底``, ``前四个月``: 4)."""
    if m.group("first"):
        first = m.group("first")
        return int(first) if first.isdigit() else parse_chinese_number(first) or 0
    return int(m.group("to") or m.group("end"))


def _running_totals(view, norm: str) -> list[RunningTotal]:
    out: list[RunningTotal] = []
    done = -1
    # (each word found from its first character: a search for one character is several times faster)
    cues = sorted([i for i in find_all(norm, "累") if norm.startswith("计", i + 1)] +
                  [i for i in find_all(norm, "当") if norm.startswith("月", i + 1)])
    for at in cues:
        if at < done or not _RANGE.search(norm, max(0, at - 60), at + 60):
            continue  # (a month range near the cue, or nothing to read: most 累计 of a report are no running total)
        lo, hi = _stretch(norm, at)
        done = hi
        if len(_RANGE.findall(norm, lo, hi)) + len(_MONTH.findall(norm, lo, hi)) < 3:
            continue  # (two ranges and a month, looked for before anything is parsed)
        qs = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo]
        periods = [(q, _period(norm, lo, q)) for q in qs]
        ranges = [(q, p[1]) for q, p in periods if p is not None and p[0] == "range"]
        months = [(q, p[1]) for q, p in periods if p is not None and p[0] == "month"]
        for earlier, upto in ranges:
            later = [q for q, to in ranges if to == upto + 1 and _same_unit(q, earlier)]
            month = [q for q, m in months if m == upto + 1 and _same_unit(q, earlier)]
            if len(later) == 1 and len(month) == 1 and not any(q.qualifier for q in (earlier, later[0], month[0])):
                out.append(RunningTotal(later[0], sorted([earlier, month[0]], key=lambda q: q.clean_start)))
    return out


def _same_unit(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and a.unit not in ("", "%", "百分点")


#: a table's cells, apart by tabs, bars or spaces
_CELLS = LazyRegex(r"[ \t\u3000|｜]+")
#: a row's first cell: one month (3月, 03月, 3月份)
_MONTH_CELL = LazyRegex(r"(?P<m>[0-9]{1,2})月(?:份)?")


def _monthly_tables(view, norm: str) -> list[RunningTotal]:
    """The rows of a table of months with a column of the month's own figure (当月, 本月) and one of the year to date
    (累计): each month's running total is the last month's plus its own (``月份⇥当月⇥累计⏎3月⇥846⇥3940⏎4月⇥965⇥
    4905``: 3940 + 965 = 4905). Consecutive months only, one unit, nothing approximate.

    >>> from auditor.document import Document
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in document_running_totals(Document(
    ...     "a", "月份 | 当月 | 累计⏎2月 | 2255 | 4136⏎3月 | 2268 | 6404".replace("⏎", "\\n")))]
    [(6404, [4136, 2268])]
    """
    from auditor.line_lists import row_quantities
    from auditor.quantities import _SentenceIndex

    out: list[RunningTotal] = []
    index = None
    for at in find_all(norm, "累计"):
        head = norm.rfind("\n", 0, at) + 1
        head_end = norm.find("\n", at)
        if head_end == -1 or any(ch.isdigit() for ch in norm[head:head_end]):
            continue  # (a header names its columns, no figures)
        cells = [c for c in _CELLS.split(norm[head:head_end].strip(" \t\u3000|｜\r")) if c]
        own = [k for k, c in enumerate(cells) if c in ("当月", "本月", "当月数", "本月数")]
        total = [k for k, c in enumerate(cells) if c in ("累计", "累计数", "本年累计", "年累计")]
        if len(own) != 1 or len(total) != 1 or not cells[0].startswith("月"):
            continue
        width = len(cells) - 1  # (the figures' columns, after the month's)
        index = index or _SentenceIndex(norm)
        rows: list[tuple[int, Quantity, Quantity]] = []
        line = head_end + 1
        while line < len(norm):
            end = norm.find("\n", line)
            end = len(norm) if end == -1 else end
            first = _CELLS.split(norm[line:end].strip(" \t\u3000|｜\r"), maxsplit=1)[0]
            month = _MONTH_CELL.fullmatch(first)
            qs = row_quantities(view, norm, index, line, end) if month is not None else None
            if month is None or qs is None or len(qs) != width or any(q.qualifier or q.unit == "%" for q in qs):
                break
            rows.append((int(month.group("m")), qs[own[0] - 1], qs[total[0] - 1]))
            line = end + 1
        for (m1, _own1, total1), (m2, own2, total2) in pairwise(rows):
            if m2 == m1 + 1 and total1.unit == own2.unit == total2.unit:
                out.append(RunningTotal(total2, [total1, own2]))
    return out

