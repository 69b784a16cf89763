"""A decoded document and the mapping between code-point offsets and (line, column).

>>> doc = Document("a.txt", "一行\\n第二行")
>>> doc.position(3)
(2, 1)
>>> doc.line_text(2)
'第二行'
"""

from __future__ import annotations

import re
from bisect import bisect_right

#: a line break, whose end is where a line starts
_NEWLINE = re.compile("\n")
_END = re.Match.end


class Document:
    """One document: its display path, decoded text and what decoding said about it.

    ``read_issues``: problems found while reading/decoding, as ``(issue name, start, end, message vars)``;
    ``ignored_spans``: spans that text rules must not report in (e.g. code blocks in Markdown);
    ``is_text``: ``False`` when the content is not text at all (binary): text rules are skipped;
    ``cache``: per-document results shared between rules (e.g. URL spans).
    """

    def __init__(self, path: str, text: str, encoding: str = "utf-8",
                 read_issues: list[tuple[str, int, int, dict]] | None = None,
                 ignored_spans: list[tuple[int, int]] | None = None, is_text: bool = True, cache: dict | None = None,
                 _line_starts: list[int] | None = None):
        self.path = path
        self.text = text
        self.encoding = encoding
        self.read_issues = [] if read_issues is None else read_issues
        self.ignored_spans = [] if ignored_spans is None else ignored_spans
        self.is_text = is_text
        self.cache = {} if cache is None else cache
        self._line_starts = _line_starts

    def _values(self) -> tuple:
        return (self.path, self.text, self.encoding, self.read_issues, self.ignored_spans, self.is_text, self.cache,
                self._line_starts)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable (caches), as the dataclass it replaces

    def __reduce__(self):
        """Pickled with its text as UTF-16 when that is exact: pickle writes every string as UTF-8, and
        decoding 1.4 MB of Chinese UTF-8 costs a worker process about 3.5 ms, UTF-16 under 1 ms (and
        UTF-16 is shorter for Chinese). ASCII text, and text with a lone surrogate (which UTF-16 could
        pair with its neighbour), go as they are."""
        text = self.text
        if not text.isascii():
            try:
                packed = text.encode("utf-16-le")
            except UnicodeEncodeError:
                pass
            else:
                return _from_utf16, (packed, self.path, self.encoding, self.read_issues, self.ignored_spans,
                                     self.is_text, self.cache, self._line_starts)
        return Document, self._values()

    def __repr__(self) -> str:
        return (f"Document(path={self.path!r}, text={self.text!r}, encoding={self.encoding!r}, "
                f"read_issues={self.read_issues!r}, ignored_spans={self.ignored_spans!r}, is_text={self.is_text!r})")

    @property
    def line_starts(self) -> list[int]:
        """Offsets at which each line begins (``\\n``, ``\\r\\n`` and ``\\r`` end lines)."""
        if self._line_starts is None:
            starts = [0]
            text = self.text
            i = text.find("\n") if "\r" not in text else -2
            if i == -2:  # rare: old Mac or mixed line endings
                n = len(text)
                for j, ch in enumerate(text):
                    if ch == "\n" or (ch == "\r" and (j + 1 >= n or text[j + 1] != "\n")):
                        starts.append(j + 1)
            elif i != -1:  # one C scan, and the end of each match: no Python loop, no string per line
                starts.extend(map(_END, _NEWLINE.finditer(text, i)))
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a 0-based code-point *offset* (columns in code points)."""
        starts = self.line_starts
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based *line*, without its line ending."""
        starts = self.line_starts
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r\n")

    def is_ignored(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside an ignored span."""
        return any(a <= start and end <= b for a, b in self.ignored_spans)


def _from_utf16(packed: bytes, path: str, *values) -> Document:
    """A :class:`Document` unpickled from :meth:`Document.__reduce__`'s UTF-16 form."""
    return Document(path, packed.decode("utf-16-le"), *values)
