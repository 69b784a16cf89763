"""Regular expressions compiled on first use, and compiled once per machine rather than once per run.

Importing a module compiles nothing (:class:`LazyRegex`). Compiling a ``regex`` pattern is slow: the
module parses and optimises it in Python, then hands a list of opcodes to its C core
(``regex._regex.compile``). :func:`compile` keeps those opcodes (what ``regex`` pickles a pattern as)
in a small cache file next to the rule cache (see :mod:`auditor.cachedir`), keyed by the pattern, the
flags and the exact versions of ``regex`` and Python, and later runs hand them straight to the C core,
as unpickling does: the same pattern object, without the parse (about 0.01 ms instead of 0.5 ms a
pattern; the lazy patterns of a clean run cost 15 ms to compile).
Anything unexpected (another ``regex`` version, a damaged file, named lists, ``LOCALE``) falls back to
``regex.compile``. ``AUDITOR_NO_CACHE=1`` disables the file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

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


class LazyRegex:
    """A ``regex`` pattern compiled on first use (through :func:`compile`), so importing a kind costs no
    compilation.

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
            self._compiled = compile(*self._args)
        return getattr(self._compiled, name)
