"""Regular expressions compiled on first use, with the standard library's ``re`` where it can, and
``regex`` patterns compiled once per machine rather than once per run.

Importing a module compiles nothing (:class:`LazyRegex`). A pattern that ``re`` reads exactly as
``regex`` does is compiled with ``re`` (:func:`compile_fast`): for the literal alternations and character
classes that most rules use it scans several times faster (``其中|包括|合计|…`` over a 1 MB report: 4 ms
against 25 ms). Patterns that need ``regex`` (``\\p{Han}``, variable-width look-behind, its flags) go to
:func:`compile`.

Compiling a ``regex`` pattern is slow: the module parses and optimises it in Python, then hands a list
of opcodes to its C core (``regex._regex.compile``). :func:`compile` keeps those opcodes (what ``regex``
pickles a pattern as) in a small cache file next to the rule cache (see :mod:`auditor.cachedir`), keyed
by the pattern, the flags and the exact versions of ``regex`` and Python, and later runs hand them
straight to the C core, as unpickling does: the same pattern object, without the parse (about 0.01 ms
instead of 0.5 ms a pattern). Anything unexpected (another ``regex`` version, a damaged file, named
lists, ``LOCALE``) falls back to ``regex.compile``. ``AUDITOR_NO_CACHE=1`` disables the file.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import warnings

import regex

#: at most this many patterns are kept in the file (user rules could otherwise grow it without end)
MAX_PATTERNS = 2000

_lock = threading.Lock()
_cache: dict | None = None  # (pattern, flags, default version) -> arguments of the C core's compile
_dirty = False


def _cache_path() -> str | None:
    from auditor.cachedir import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    tag = f"{sys.implementation.cache_tag}-regex-{getattr(regex, '__version__', 'unknown')}"
    return os.path.join(folder, "regex", f"{tag}.marshal")


def _load() -> dict:
    global _cache
    if _cache is None:
        _cache = {}
        path = _cache_path()
        if path is not None:
            import marshal

            try:
                with open(path, "rb") as handle:
                    entries = marshal.load(handle)
                _cache = {(e[0], e[1], e[2]): e[3] for e in entries}
            except (OSError, ValueError, EOFError, TypeError, IndexError):
                _cache = {}
    return _cache


def _save() -> None:
    """Write the cache file if this process compiled new patterns (at exit; a failure only costs speed)."""
    path = _cache_path()
    if not _dirty or path is None or _cache is None:
        return
    import marshal

    entries = [(*key, args) for key, args in list(_cache.items())[-MAX_PATTERNS:]]
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as handle:
            marshal.dump(entries, handle)
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def compile(pattern: str, flags: int = 0):
    """``regex.compile(pattern, flags)``, from the compiled-pattern cache when it has the pattern.

    The cache holds what ``regex`` itself pickles a pattern as (``pattern._pickled_data``: the arguments
    of its C core's compile), and rebuilds a pattern as unpickling does.
    """
    if not isinstance(pattern, str):
        return regex.compile(pattern, flags)
    from regex import _main

    key = (pattern, int(flags), int(_main.DEFAULT_VERSION))
    with _lock:
        cache = _load()
        data = cache.get(key)
        if isinstance(data, tuple) and data and data[0] == pattern:
            try:
                return _main._regex.compile(*data)
            except Exception:  # a stale or damaged entry: compile it again below
                cache.pop(key, None)
    compiled = regex.compile(pattern, flags)
    data = getattr(compiled, "_pickled_data", None)
    if isinstance(data, tuple) and _storable(data):
        global _dirty
        with _lock:
            cache[key] = data
            if not _dirty:
                _dirty = True
                import atexit

                atexit.register(_save)
    return compiled


def _storable(data: tuple) -> bool:
    """Plain data only (no named lists, no locale): what marshal writes and the C core takes back as is."""
    if len(data) != 11 or data[5] or data[6]:  # named_lists, named_list_indexes
        return False
    return isinstance(data[1], int) and not data[1] & regex.LOCALE


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
    return compile(pattern, flags)


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
