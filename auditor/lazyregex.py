"""Regular expressions compiled on first use, so that importing a module compiles nothing.

A pattern that the standard library's :mod:`re` can compile is compiled with it: for the literal
alternations and character classes that most rules use, ``re`` scans several times faster than the
``regex`` module (``其中|包括|合计|…`` over a 1 MB report: 4 ms against 25 ms). Patterns that need
``regex`` (``\\p{Han}``, variable-width look-behind, nested sets) are compiled with ``regex``, so a
pattern means what it says either way.
"""

from __future__ import annotations

import re
import warnings

import regex

#: flags (as plain numbers) that mean the same to ``re`` and ``regex``: IGNORECASE, MULTILINE, DOTALL, VERBOSE.
#: Flags are ``regex``'s (``regex.ASCII`` is 128, ``re.ASCII`` 256, which ``regex`` reads as V1).
_SHARED_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
#: pattern features that both modules accept but read differently: leave those to ``regex``
_REGEX_ONLY = re.compile(r"\\[pPNXGKmMV]|\(\?[a-zA-Z]*[rVfbew][a-zA-Z]*[:)]|\[\[|\[:|[&~|-]{2}")


def compile_fast(pattern: str, flags: int = 0):
    """*pattern* compiled with :mod:`re` when it can read it exactly as ``regex`` does, else with ``regex``.

    >>> type(compile_fast(r"其中|合计")).__module__
    're'
    >>> type(compile_fast(r"\\p{Han}+")).__module__
    '_regex'
    >>> type(compile_fast(r"[。！]", regex.REVERSE)).__module__  # a flag only regex knows
    '_regex'
    """
    flags = int(flags)  # enum flags of two modules do not mix: ~ of a re.RegexFlag drops regex's bits
    if not flags & ~_SHARED_FLAGS and not _REGEX_ONLY.search(pattern):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a FutureWarning means re would read it differently later
                return re.compile(pattern, flags)
        except (re.error, FutureWarning, DeprecationWarning):
            pass
    return regex.compile(pattern, flags)


class LazyRegex:
    """A pattern compiled on first use (see :func:`compile_fast`), so importing a kind costs no compilation.

    After the first use, the common methods are plain attributes (no ``__getattr__`` call per use: the
    numeric rules call them tens of thousands of times per document).

    >>> digits = LazyRegex(r"\\d+")
    >>> digits.findall("a1b22")
    ['1', '22']
    """

    __slots__ = ("_args", "_compiled", "finditer", "fullmatch", "match", "search", "sub")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled = None

    @property
    def compiled(self):
        """The compiled pattern (``re.Pattern`` or ``regex.Pattern``)."""
        if self._compiled is None:
            compiled = self._compiled = compile_fast(*self._args)
            self.search, self.match, self.fullmatch = compiled.search, compiled.match, compiled.fullmatch
            self.finditer, self.sub = compiled.finditer, compiled.sub
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)
