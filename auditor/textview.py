"""A cleaned view of a document's text for the numeric rules, with offsets back to the original.

Scraped reports interleave pinyin annotations with the text (``合計(jì)提醒談話26人次``), and text
taken from PDFs puts spaces around numbers (``共查处 38 起``). The numeric rules read a view without
either, then map every offset back to the original text.

>>> view = clean_view("合計(jì)26人次")
>>> view.text, view.original(2), view.original(6)
('合計26人次', 6, 10)
>>> clean_view("共 38 起，占 12.5 %").text
'共38起，占12.5%'
"""

from __future__ import annotations

from bisect import bisect_right

from auditor.lazyregex import LazyRegex
from auditor.scan import find_all, matches_at

_PINYIN = r"(?<=\p{Han})\([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}\)"
#: spaces between a number and the words or signs around it (never between two digits)
_NUMBER_SPACE = (r"(?<=[\p{Han}，、,；;：:（(])[ \u00a0\u3000]{1,2}(?=[0-9０-９])"
                 r"|(?<=[0-9０-９])[ \u00a0\u3000]{1,2}(?=[\p{Han}%％、，,；;。）)])")
#: what :data:`_PINYIN` ``|`` :data:`_NUMBER_SPACE` match, written to start with the character every match
#: starts with (a parenthesis or a space), which the look-behinds then check: a search for one character
#: class instead of three look-behinds tried at every position (37 ms → 3 ms over a 1.4 MB report)
_DROP = LazyRegex(
    r"[( \u00a0\u3000](?:(?<=\p{Han}\()[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}\)"
    r"|(?<=[\p{Han}，、,；;：:（(][ \u00a0\u3000])[ \u00a0\u3000]?(?=[0-9０-９])"
    r"|(?<=[0-9０-９][ \u00a0\u3000])[ \u00a0\u3000]?(?=[\p{Han}%％、，,；;。）)]))"
)
#: whether :data:`_DROP` may match at all (a parenthesis, a special space, or a space next to a digit)
_MAY_DROP = LazyRegex(r"[(\u00a0\u3000]| (?:(?<=[0-9０-９] )|(?=[0-9０-９]))")
#: a space next to a digit (the space first: a search for a literal)
_SPACE_BY_DIGIT = LazyRegex(r" (?:(?<=[0-9０-９] )|(?=[0-9０-９]))")


def _may_drop(text: str) -> bool:
    """``bool(_MAY_DROP.search(text))``, by one-character searches (that pattern starts with a choice, which
    re tries at every position: 8 ms over 2 MB of text without a match)."""
    return "(" in text or "\u00a0" in text or "\u3000" in text or (
        " " in text and _SPACE_BY_DIGIT.search(text) is not None)


class TextView:
    """A cleaned text and the way back to the original: a sorted list of the cleaned offsets where a
    stretch of unchanged text starts, and how far that stretch lies behind its original place.

    The map has one entry per removed stretch, not one per character: building it costs nothing for
    the text that was kept, however long the document."""

    __slots__ = ("_shifts", "_starts", "original_length", "text")

    def __init__(self, text: str, starts: list[int] | None, shifts: list[int] | None, original_length: int):
        self.text = text
        self._starts = starts  # None: identical to the original
        self._shifts = shifts
        self.original_length = original_length

    def original(self, offset: int) -> int:
        """The original offset of cleaned *offset* (``len(text)`` maps to the original length)."""
        if self._starts is None:
            return offset
        if offset >= len(self.text):
            return self.original_length
        return offset + self._shifts[bisect_right(self._starts, offset) - 1]

    def original_end(self, offset: int) -> int:
        """The original offset just after the cleaned character at ``offset - 1``."""
        if self._starts is None or offset == 0:
            return offset
        return self.original(offset - 1) + 1

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """``(original(start), original_end(end))`` of a non-empty span, with one search of the map when
        the span lies in one unchanged stretch (a number: nearly always).

        >>> view = clean_view("合計(jì)26人次")
        >>> view.original_span(2, 4), (view.original(2), view.original_end(4))
        ((6, 8), (6, 8))
        """
        starts = self._starts
        if starts is None:
            return start, end
        index = bisect_right(starts, start) - 1
        shift = self._shifts[index]
        if index + 1 == len(starts) or end - 1 < starts[index + 1]:
            return start + shift, end + shift
        return start + shift, self.original_end(end)


#: the characters every match of :data:`_DROP` starts with
_DROP_STARTS = "( \u00a0\u3000"


def _drops(text: str):
    """What ``_DROP.finditer(text)`` finds. Where the characters a match starts with are few (a Chinese
    report: a parenthesis or a space here and there), the pattern is tried only at them, found by
    one-character searches; else (English text, full of spaces) the pattern searches the text itself."""
    counts = [(ch, text.count(ch)) for ch in _DROP_STARTS]
    if sum(n for _, n in counts) * 200 > len(text):
        return _DROP.finditer(text)
    return matches_at(_DROP.match, text, (i for ch, n in counts if n for i in find_all(text, ch)))


def clean_view(text: str) -> TextView:
    """Remove pinyin annotations after Han characters and spaces around numbers; keep a map back to *text*."""
    if not _may_drop(text):
        return TextView(text, None, None, len(text))
    pieces: list[str] = []
    starts = [0]
    shifts = [0]
    last = 0
    removed = 0
    for m in _drops(text):
        pieces.append(text[last:m.start()])
        removed += m.end() - m.start()
        last = m.end()
        starts.append(last - removed)
        shifts.append(removed)
    if not pieces:
        return TextView(text, None, None, len(text))
    pieces.append(text[last:])
    return TextView("".join(pieces), starts, shifts, len(text))
