"""A decoded document and the mapping between code-point offsets and (line, column).

>>> doc = Document("a.txt", "一行\\n第二行")
>>> doc.position(3)
(2, 1)
>>> doc.line_text(2)
'第二行'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Document:
    """One document: its display path, decoded text and what decoding said about it."""

    path: str
    text: str
    encoding: str = "utf-8"
    #: problems found while reading/decoding, as ``(issue name, start, end, message vars)``
    read_issues: list[tuple[str, int, int, dict]] = field(default_factory=list)
    #: spans that text rules must not report in (e.g. code blocks in Markdown)
    ignored_spans: list[tuple[int, int]] = field(default_factory=list)
    #: ``False`` when the content is not text at all (binary): text rules are skipped
    is_text: bool = True
    #: per-document results shared between rules (e.g. URL spans)
    cache: dict = field(default_factory=dict, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

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
            else:
                while i != -1:
                    starts.append(i + 1)
                    i = text.find("\n", i + 1)
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
