"""A cleaned view of a document's text for the numeric rules, with offsets back to the original.

Scraped reports interleave pinyin annotations with the text (``合計(jì)提醒談話26人次``). The
numeric rules read a view without them, then map every offset back to the original text.

>>> view = clean_view("合計(jì)26人次")
>>> view.text, view.original(2), view.original(6)
('合計26人次', 6, 10)
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_PINYIN = regex.compile(r"(?<=\p{Han})\([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}\)")


@dataclass
class TextView:
    text: str
    _map: list[int] | None  # cleaned offset -> original offset (None: identical)
    original_length: int

    def original(self, offset: int) -> int:
        """The original offset of cleaned *offset* (``len(text)`` maps to the original length)."""
        if self._map is None:
            return offset
        if offset >= len(self._map):
            return self.original_length
        return self._map[offset]

    def original_end(self, offset: int) -> int:
        """The original offset just after the cleaned character at ``offset - 1``."""
        if self._map is None or offset == 0:
            return offset
        return self.original(offset - 1) + 1


def clean_view(text: str) -> TextView:
    """Remove pinyin annotations after Han characters; keep a map back to *text*."""
    if "(" not in text:
        return TextView(text, None, len(text))
    pieces: list[str] = []
    mapping: list[int] = []
    last = 0
    for m in _PINYIN.finditer(text):
        pieces.append(text[last:m.start()])
        mapping.extend(range(last, m.start()))
        last = m.end()
    if not pieces:
        return TextView(text, None, len(text))
    pieces.append(text[last:])
    mapping.extend(range(last, len(text)))
    return TextView("".join(pieces), mapping, len(text))
