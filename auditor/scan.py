"""Small helpers for the rules that search a long text only where a match can start, or look back a little.

A pattern searched over a whole report costs a few nanoseconds a character; tried with ``match`` at a
handful of starting points found by ``str.find`` (each a call from Python, about a microsecond), it
costs far less when those points are rare. The rules decide which way pays (a density test) and use
these two for the second.

>>> import re
>>> text = "甲xx户，乙xxx人"
>>> list(find_all(text, "x"))
[1, 2, 6, 7, 8]
>>> [m.group() for m in matches_at(re.compile("x+").match, text, find_all(text, "x"))]
['xx', 'xxx']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator


def find_all(text: str, needle: str) -> Iterator[int]:
    """Every offset of *needle* in *text*, in order (overlapping occurrences included)."""
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)


def matches_at(match: Callable, text: str, starts: Iterable[int]) -> list:
    """The matches of ``match(text, start)`` (a compiled pattern's ``match``) at the sorted *starts*,
    without overlaps: a start inside the last match is skipped, as a ``finditer`` over the text would
    skip it."""
    found = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = match(text, start)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def after_last(text: str, marks: str, lo: int, hi: int) -> int:
    """Where the stretch after the last of the characters *marks* in ``text[lo:hi]`` starts (*lo* when none
    is there): the start of a clause or a sentence, looked for back to *lo* only (one C search a mark).

    >>> text = "甲，乙。丙丁"
    >>> after_last(text, "，。", 0, 6), after_last(text, "；", 0, 6), after_last(text, "，", 2, 6)
    (4, 0, 2)
    """
    rfind = text.rfind
    return max(lo, *(rfind(mark, lo, hi) + 1 for mark in marks))


#: how far :func:`line_around` looks for a line's ends: a longer line (a text of one line, pasted from a web page) is
#: read as this much on each side, so that a rule asking about the lines of many places stays linear
LINE_REACH = 4000


def line_around(text: str, start: int, end: int, reach: int = LINE_REACH) -> tuple[int, int]:
    """``(line_start, line_end)`` of the line of *text* holding ``[start, end)``, its line break left out; a line
    longer than *reach* on a side is cut there.

    >>> text = "甲\\n乙xx丙\\n丁"
    >>> line_around(text, 3, 5), line_around("一二三四五六", 3, 4, reach=2)
    ((2, 6), (1, 6))
    """
    lo = max(0, start - reach)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    hi = min(len(text), end + reach)
    line_end = text.find("\n", end, hi)
    return line_start, line_end if line_end != -1 else hi
