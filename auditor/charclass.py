"""Membership of single characters in a regular-expression character class, remembered per character.

Some classes are long once spelled out for ``re`` (``\\p{Han}``, ``\\p{Latin}``, ``\\p{Nd}``: dozens of
ranges, some beyond the Basic Multilingual Plane, which ``re`` then tests one range after another), and
the rules ask about one character at a time, thousands of times per document: next to each x-run, around
each placeholder. A :class:`CharClass` asks the pattern once per distinct character and keeps the answer
in a dictionary, so each later question is one dictionary lookup instead of a pattern call.

>>> from auditor.lazyregex import LazyRegex
>>> digit = CharClass(LazyRegex(r"[0-9０-９]"))
>>> digit["7"], digit["x"], digit["８"]
(True, False, True)
>>> digit.any_in("共12户", 0, 2), digit.any_in("共12户", 3, 4)
(True, False)
"""

from __future__ import annotations


class CharClass(dict):
    """``cls[ch]``: whether the one-character string *ch* is in the class of *pattern* (a compiled or
    lazy pattern that matches one character, such as ``[\\p{Han}，。]``). A dictionary underneath: an
    answer is computed on the first question about a character and looked up afterwards."""

    __slots__ = ("_fullmatch",)

    def __init__(self, pattern):
        super().__init__()
        self._fullmatch = pattern.fullmatch

    def __missing__(self, ch: str) -> bool:
        answer = self[ch] = self._fullmatch(ch) is not None
        return answer

    def any_in(self, text: str, lo: int, hi: int) -> bool:
        """Whether a character of ``text[lo:hi]`` is in the class (``pattern.search(text, lo, hi)``
        for a short stretch; *lo* below 0 is read as 0, as ``search`` reads it)."""
        for ch in text[lo if lo > 0 else 0:hi]:  # noqa: SIM110 - a loop: any() of a generator is slower
            if self[ch]:
                return True
        return False
