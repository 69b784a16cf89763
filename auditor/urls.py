"""URL and e-mail spans of a document, found once and shared by every family.

Placeholders (``www.xx.com``), percentages and mojibake (``%2B`` in a query string) are not reported
inside a URL or an address. Every URL or address holds ``://``, ``www.`` or ``@``, so the pattern runs
only over the stretches around those anchors (from the ASCII run before an anchor to the next white
space or closing punctuation after it), never over a whole report.

>>> from auditor.document import Document
>>> text = "详见https://example.org/a?b=1，或发邮件至 office@example.org 咨询"
>>> [text[a:b] for a, b in url_spans(Document("a.txt", text))]
['https://example.org/a?b=1', 'office@example.org']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from auditor.lazyregex import LazyRegex
from auditor.scan import contains

URL_PATTERN = (
    r"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s<>\"'，。；、）】」]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
_URL = LazyRegex(URL_PATTERN)
#: where the body of a URL ends (the complement of the body's character class)
_BODY_END = LazyRegex(r"[\s<>\"'，。；、）】」]")
#: characters a match may hold before its anchor (a scheme, or the local part of an address)
_BEFORE_ANCHOR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def find_url_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every URL and e-mail address of *text*, as ``URL_PATTERN.finditer`` finds them."""
    if not (contains(text, "://") or contains(text, "www.") or "@" in text):
        return []
    regions: list[tuple[int, int]] = []
    for start, anchor_end in _anchors(text):
        if regions and start < regions[-1][1]:
            continue  # inside the stretch of an anchor before it: that search found the same end (one
            # search per anchor from each would read a text of URLs without a space to its end each time)
        lo = start
        floor = regions[-1][1] if regions else 0
        while lo > floor and text[lo - 1] in _BEFORE_ANCHOR:
            lo -= 1
        end = _BODY_END.search(text, anchor_end)
        hi = end.start() if end is not None else len(text)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return [m.span() for lo, hi in regions for m in _URL.finditer(text, lo, hi)]


def _anchors(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every ``://``, ``www.`` and ``@``, in order (``str.find``: faster than a regex)."""
    found = []
    # each anchor found by one of its characters (a search for one character is the fast one), then checked
    for anchor, k in (("://", 1), ("www.", 0), ("@", 0)):
        pivot = anchor[k]
        i = text.find(pivot, k)
        while i != -1:
            if text.startswith(anchor, i - k):
                found.append((i - k, i - k + len(anchor)))
            i = text.find(pivot, i + 1)
    found.sort()
    return found


def url_spans(doc) -> list[tuple[int, int]]:
    """URL and e-mail spans of *doc*, computed once per document."""
    spans = doc.cache.get("url_spans")
    if spans is None:
        spans = doc.cache["url_spans"] = find_url_spans(doc.text)
    return spans


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of *spans*."""
    return any(a <= start and end <= b for a, b in spans)


def covering(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """:func:`in_spans` for the spans of :func:`url_spans` (sorted, without overlaps): one bisection.

    >>> covering([(0, 5), (8, 20)], 9, 12), covering([(0, 5), (8, 20)], 4, 9)
    (True, False)
    """
    i = bisect_right(spans, (start, _FAR)) - 1
    return i >= 0 and end <= spans[i][1]


_FAR = float("inf")


def _reference(text: str) -> list[tuple[int, int]]:
    """The plain scan, for tests: every match of the pattern over the whole text."""
    return [m.span() for m in re.finditer(URL_PATTERN, text)]
