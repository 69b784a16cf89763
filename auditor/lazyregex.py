"""Regular expressions compiled on first use, so that importing a module compiles nothing."""

from __future__ import annotations

import regex


class LazyRegex:
    """A ``regex`` pattern compiled on first use, so importing a kind costs no compilation.

    >>> digits = LazyRegex(r"\\d+")
    >>> digits.findall("a1b22")
    ['1', '22']
    """

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = regex.compile(*self._args)
        return getattr(self._compiled, name)
