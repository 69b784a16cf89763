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

from auditor.pivot_costs import LOW_BYTE_COST

_PIVOTS: dict[str, int] = {}


def pivot(word: str) -> int:
    """The index of the character of *word* that a one-character search finds fastest in Chinese text.

    CPython finds one character of a text kept two bytes a character with ``memchr`` on its low byte, and
    every byte of the text equal to it stops the scan: the low byte of 此 (U+6B64) is the high byte of every
    character from U+6400 to U+64FF (操, 撤, 摸…), that of 处 (U+5904) hardly ever a byte of Chinese text. A search for
    several characters is slower still (about 1.6 ns a character, forty times a good single one): so a word
    is found from its character whose low byte is rarest (:data:`~auditor.pivot_costs.LOW_BYTE_COST`; the
    first on ties).

    >>> pivot("在此处"), pivot("TBD"), pivot("a")
    (1, 1, 0)
    """
    k = _PIVOTS.get(word)
    if k is None:
        costs = [LOW_BYTE_COST[ord(ch) & 0xFF] for ch in word]
        k = _PIVOTS[word] = costs.index(min(costs))
    return k


def find_word(text: str, word: str, start: int = 0, end: int | None = None) -> int:
    """``text.find(word, start, end)`` (with *start* and *end* not negative), the word found from its
    character of :func:`pivot`, each place of it checked with ``startswith``. When that character turns out
    common in *text* (more places than one in 256 characters of what is left), the rest is searched as
    usual.

    >>> text = "详见此表，此处填写单位名称"
    >>> find_word(text, "此处"), find_word(text, "此处", 6), find_word(text, "此处", 0, 6), find_word(text, "")
    (5, -1, -1, 0)
    """
    size = len(word)
    stop = len(text) if end is None else min(end, len(text))
    if size < 2:
        return text.find(word, start, stop)
    k = pivot(word)
    ch = word[k]
    last = stop - size + k + 1  # (the pivot of a match lies before this)
    if last <= start + k:
        return -1
    find = text.find
    begin = start + k
    i = find(ch, begin, last)
    misses = 0
    while i != -1:
        if text.startswith(word, i - k):
            return i - k
        misses += 1
        if misses > 8 and (i - begin) >> 7 < misses:  # (a place every 128 characters or more often: the usual
            return find(word, i - k + 1, stop)         # search, about 1.6 ns a character, is cheaper than a call)
        i = find(ch, i + 1, last)
    return -1


def contains(text: str, word: str) -> bool:
    """``word in text``, found by :func:`find_word`: from the word's character that a scan of Chinese text
    finds fastest (a search for ``此处`` in a report of a million characters: about 1.6 ms with ``in``, under
    0.1 ms from 处).

    >>> contains("见https://a.cn", "://"), contains("时间:14:30/15:00", "://"), contains("待定TBD", "TBD")
    (True, False, True)
    """
    return find_word(text, word) != -1


def find_all(text: str, needle: str) -> Iterator[int]:
    """Every offset of *needle* in *text*, in order (overlapping occurrences included); a needle of several
    characters is found from its character of :func:`pivot`."""
    if len(needle) < 2:
        i = text.find(needle)
        while i != -1:
            yield i
            i = text.find(needle, i + 1)
        return
    i = find_word(text, needle)
    while i != -1:
        yield i
        i = find_word(text, needle, i + 1)


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


class Stretch:
    """A stretch of text and where it stands, answering as a regex match does (``start``, ``end``, ``span``,
    ``group``): what a search made without a pattern hands to code that reads matches.

    >>> m = Stretch(3, 5, "xx")
    >>> m.start(), m.end(), m.span(), m.group()
    (3, 5, (3, 5), 'xx')
    """

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self, *_) -> int:
        return self._start

    def end(self, *_) -> int:
        return self._end

    def span(self, *_) -> tuple[int, int]:
        return self._start, self._end

    def group(self, *_) -> str:
        return self._text
