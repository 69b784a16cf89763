"""Regular expressions compiled on first use, with the standard library's ``re`` where it can, and
compiled once per machine rather than once per run.

Importing a module compiles nothing (:class:`LazyRegex`), and declaring a pattern never imports
``regex`` (its flags are plain numbers here). A pattern that ``re`` reads exactly as ``regex`` does is
compiled with ``re`` (:func:`compile_fast`): for the literal alternations and character classes that
most rules use it scans several times faster (``其中|包括|合计|…`` over a 1 MB report: 4 ms against
25 ms); ``\\p{Han}``, ``\\p{Latin}`` and ``\\p{Nd}`` are spelled out as ranges for it
(:func:`spell_properties`). Patterns that need ``regex`` (other properties, variable-width look-behind,
its flags) and patterns that start with a look-behind (``regex`` scans them far faster) go to
:func:`compile`. ``re``'s own compiled opcodes are cached the same way (:func:`compile_re`).

Compiling a ``regex`` pattern is slow: the module parses and optimises it in Python, then hands a list
of opcodes to its C core (``regex._regex.compile``). :func:`compile` keeps those opcodes (what ``regex``
pickles a pattern as) in a small cache file next to the rule cache (see :mod:`auditor.cachedir`), keyed
by the pattern, the flags and the exact versions of ``regex`` and Python, and later runs hand them
straight to the C core, as unpickling does: the same pattern object, without the parse (about 0.01 ms
instead of 0.5 ms a pattern). Anything unexpected (another ``regex`` version, a damaged file, named
lists, ``LOCALE``) falls back to ``regex.compile``. ``AUDITOR_NO_CACHE=1`` disables the file.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from _thread import allocate_lock  # threading's lock without importing threading

#: ``regex``'s flags, as plain numbers, so that a pattern can be declared without importing ``regex``
#: (about 20 ms at start-up; a run whose patterns all go to ``re`` never imports it).
#: ``tests/test_lazyregex.py`` holds them to ``regex``'s own values.
IGNORECASE, MULTILINE, DOTALL, VERBOSE = 0x2, 0x8, 0x10, 0x40
LOCALE, REVERSE = 0x4, 0x400

#: at most this many patterns are kept in the file (user rules could otherwise grow it without end)
MAX_PATTERNS = 2000

_lock = allocate_lock()
#: per engine ("regex", "re"): the patterns of its cache file, and those this process compiled
_caches: dict[str, PatternStore] = {}
_dirty: set[str] = set()

#: the first bytes of a cache file in the indexed form (a file without them is read as empty)
_MAGIC = b"auditor-patterns-1\n"


def _digest(key: tuple) -> tuple[int, int, int, int]:
    """A short key for the index of a cache file: the pattern's CRC-32 and length, the flags, the version.
    (An entry found by it is still compared with the whole key before it is used.)"""
    from binascii import crc32

    pattern, flags, version = key
    return crc32(pattern.encode("utf-8", "surrogatepass")), len(pattern), flags, version


class PatternStore:
    """The compiled patterns of one engine's cache file, each decoded only when a run asks for it.

    The file holds an index (short key -> where the entry's bytes are) and then the entries, each
    ``marshal`` data of its own: a run that uses 50 of 2,000 patterns reads the whole file but decodes
    only its index and those 50 entries (a cache that many runs have filled cost a few milliseconds of
    every start-up when it was decoded whole).

    >>> store = PatternStore.from_bytes(PatternStore.to_bytes([(("ab", 0, 0), (1, 2)), (("c", 2, 0), (3,))]))
    >>> store.get(("c", 2, 0)), store.get(("ab", 0, 0)), store.get(("x", 0, 0))
    ((3,), (1, 2), None)
    """

    def __init__(self, raw: bytes | memoryview = b"", index: dict | None = None):
        self._raw = raw  # the entries' bytes, after the index
        self._index: dict[tuple, tuple[int, int]] = index or {}
        self._entries: dict[tuple, object] = {}  # decoded or added here; None for an entry that failed

    @classmethod
    def from_bytes(cls, raw: bytes) -> PatternStore:
        """The store of a cache file's bytes (empty when they are not a cache file of this form)."""
        import marshal

        start = len(_MAGIC) + 4
        if not raw.startswith(_MAGIC) or len(raw) < start:
            return cls()
        end = start + int.from_bytes(raw[len(_MAGIC):start], "little")
        try:
            index = marshal.loads(raw[start:end])
        except (ValueError, EOFError, TypeError):
            return cls()
        if not isinstance(index, dict):
            return cls()
        return cls(memoryview(raw)[end:], index)

    @staticmethod
    def to_bytes(entries: list[tuple[tuple, object]]) -> bytes:
        """A cache file holding *entries* (``(key, data)``, keys ``(pattern, flags, version)``)."""
        import marshal

        blobs = [marshal.dumps((*key, data)) for key, data in entries]
        index: dict = {}
        offset = 0
        for (key, _data), blob in zip(entries, blobs, strict=True):
            index[_digest(key)] = (offset, len(blob))
            offset += len(blob)
        head = marshal.dumps(index)
        return b"".join([_MAGIC, len(head).to_bytes(4, "little"), head, *blobs])  # offsets count from the blobs

    def _read(self, key: tuple):
        import marshal

        slot = self._index.get(_digest(key))
        if slot is None:
            return None
        try:
            entry = marshal.loads(self._raw[slot[0]:slot[0] + slot[1]])
        except (ValueError, EOFError, TypeError):
            return None
        if not (isinstance(entry, tuple) and len(entry) == 4 and entry[:3] == key):
            return None
        return entry[3]

    def get(self, key: tuple):
        """The data stored for *key*, or ``None``."""
        if key in self._entries:
            return self._entries[key]
        data = self._entries[key] = self._read(key)
        return data

    def pop(self, key: tuple) -> None:
        """Forget *key* (a stale entry): it is neither used again nor written back."""
        self._entries[key] = None
        self._index.pop(_digest(key), None)

    def put(self, key: tuple, data) -> None:
        self._entries.pop(key, None)  # (moved to the end: the newest are kept when the file is full)
        self._entries[key] = data

    def all_entries(self) -> list[tuple[tuple, object]]:
        """Every entry of the file and of this process, oldest first (what a save writes back)."""
        import marshal

        entries: dict[tuple, object] = {}
        for offset, size in sorted(self._index.values()):
            try:
                entry = marshal.loads(self._raw[offset:offset + size])
            except (ValueError, EOFError, TypeError):
                continue
            if isinstance(entry, tuple) and len(entry) == 4:
                entries[tuple(entry[:3])] = entry[3]
        for key, data in self._entries.items():
            entries.pop(key, None)
            if data is not None:
                entries[key] = data
        return list(entries.items())


def _cache_path(engine: str) -> str | None:
    from auditor.cachedir import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    if engine == "regex":
        import regex

        tag = f"{sys.implementation.cache_tag}-regex-{getattr(regex, '__version__', 'unknown')}"
    else:  # re's compiled code belongs to one exact Python version
        tag = f"{sys.implementation.cache_tag}-re-{sys.version.split()[0]}"
    return os.path.join(folder, "regex", f"{tag}.patterns")


def _load(engine: str) -> PatternStore:
    cache = _caches.get(engine)
    if cache is None:
        path = _cache_path(engine)
        raw = b""
        if path is not None:
            try:
                with open(path, "rb") as handle:
                    raw = handle.read()
            except OSError:
                pass
        cache = _caches[engine] = PatternStore.from_bytes(raw)
    return cache


def _remember(engine: str, key: tuple, data) -> None:
    with _lock:
        _caches[engine].put(key, data)
        if not _dirty:
            import atexit

            atexit.register(_save)
        _dirty.add(engine)


def _save() -> None:
    """Write the cache files that this process added patterns to (at exit; a failure only costs speed)."""
    for engine in sorted(_dirty):
        path = _cache_path(engine)
        cache = _caches.get(engine)
        if path is None or cache is None:
            continue
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            data = PatternStore.to_bytes(cache.all_entries()[-MAX_PATTERNS:])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(tmp, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
            legacy = path.removesuffix(".patterns") + ".marshal"  # (the form before 0.20: decoded whole)
            if os.path.exists(legacy):
                os.unlink(legacy)
        except (OSError, ValueError):
            import contextlib

            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _dirty.clear()


def compile_re(pattern: str, flags: int = 0):
    """``re.compile(pattern, flags)``, from the compiled-pattern cache when it has the pattern.

    ``re`` compiles in Python too (a big character class, such as the spelled-out ``\\p{Han}``, takes a
    few milliseconds); the cache keeps what it hands to its C core (``_sre.compile``: flags, opcodes,
    groups), for this exact Python version. Anything unexpected falls back to ``re.compile``.
    """
    key = (pattern, flags, 0)
    with _lock:
        data = _load("re").get(key)
    if data is not None:
        try:
            import _sre
            from array import array

            flags_now, code, groups, groupindex, indexgroup = data
            opcodes = array("I")
            opcodes.frombytes(code)
            return _sre.compile(pattern, flags_now, opcodes.tolist(), groups, groupindex, indexgroup)
        except Exception:  # a stale or damaged entry: compile it again below
            _caches["re"].pop(key)
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = [int(c) for c in _compiler._code(parsed, flags)]
        import _sre
        from array import array

        compiled = _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                                tuple(indexgroup))
        # the opcodes as bytes: a cache file of lists of ints would take longer to load than to compile
        data = (compiled.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except (ImportError, AttributeError, TypeError, OverflowError):  # another Python's internals: the public way
        return re.compile(pattern, flags)
    _remember("re", key, data)
    return compiled


def compile(pattern: str, flags: int = 0):
    """``regex.compile(pattern, flags)``, from the compiled-pattern cache when it has the pattern.

    The cache holds what ``regex`` itself pickles a pattern as (``pattern._pickled_data``: the arguments
    of its C core's compile), and rebuilds a pattern as unpickling does.
    """
    import regex
    from regex import _main

    if not isinstance(pattern, str):
        return regex.compile(pattern, flags)
    key = (pattern, int(flags), int(_main.DEFAULT_VERSION))
    with _lock:
        cache = _load("regex")
        data = cache.get(key)
        if isinstance(data, tuple) and data and data[0] == pattern:
            try:
                return _main._regex.compile(*data)
            except Exception:  # a stale or damaged entry: compile it again below
                cache.pop(key)
    compiled = regex.compile(pattern, flags)
    data = getattr(compiled, "_pickled_data", None)
    if isinstance(data, tuple) and _storable(data):
        _remember("regex", key, data)
    return compiled


def _storable(data: tuple) -> bool:
    """Plain data only (no named lists, no locale): what marshal writes and the C core takes back as is."""
    if len(data) != 11 or data[5] or data[6]:  # named_lists, named_list_indexes
        return False
    return isinstance(data[1], int) and not data[1] & LOCALE


#: flags (as plain numbers) that mean the same to ``re`` and ``regex``: IGNORECASE, MULTILINE, DOTALL, VERBOSE.
#: Flags are ``regex``'s (``regex.ASCII`` is 128, ``re.ASCII`` 256, which ``regex`` reads as V1).
_SHARED_FLAGS = IGNORECASE | MULTILINE | DOTALL | VERBOSE
#: pattern features that both modules accept but read differently: leave those to ``regex``
_REGEX_ONLY_PATTERN = r"\\[pPNXGKmMV]|\(\?[a-zA-Z]*[rVfbew][a-zA-Z]*[:)]|\[\[|\[:|[&~|-]{2}"
_own: dict[str, re.Pattern] = {}  # this module's two patterns, compiled on first use (through the cache)


def _own_pattern(pattern: str) -> re.Pattern:
    compiled = _own.get(pattern)
    if compiled is None:
        compiled = _own[pattern] = compile_re(pattern)
    return compiled


#: ``\p{Han}``, ``\p{Latin}``, ``\p{Nd}``: the properties spelled as ranges for ``re`` (auditor.unicode_classes)
_PROPERTY_PATTERN = r"\\p\{(Han|Latin|Nd)\}"


def spell_properties(pattern: str) -> str:
    """*pattern* with ``\\p{Han}``, ``\\p{Latin}`` and ``\\p{Nd}`` written out as character ranges (inside a
    character class, the ranges join it; outside, they become one), so that ``re`` can compile it.

    >>> from auditor.unicode_classes import PROPERTIES
    >>> spell_properties(r"[\\p{Han}A-Z]+") == "[" + PROPERTIES["Han"] + "A-Z]+"
    True
    >>> spell_properties(r"\\p{Nd}[]\\p{Latin}]") == "[" + PROPERTIES["Nd"] + "][]" + PROPERTIES["Latin"] + "]"
    True
    """
    if "\\p{" not in pattern:
        return pattern
    from auditor.unicode_classes import PROPERTIES

    property_at = _own_pattern(_PROPERTY_PATTERN).match
    out = []
    in_class = False
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            m = property_at(pattern, i)
            if m is not None:
                body = PROPERTIES[m.group(1)]
                out.append(body if in_class else "[" + body + "]")
                i = m.end()
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            # a ] right after [ or [^ is a character of the class, not its end
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_fast(pattern: str, flags: int = 0):
    """*pattern* compiled with :mod:`re` when it can read it exactly as ``regex`` does, else with ``regex``.

    ``\\p{Han}``, ``\\p{Latin}`` and ``\\p{Nd}`` are spelled out for ``re`` (:func:`spell_properties`; ranges
    read off ``regex`` itself, and tests hold them to it). A pattern that starts with a look-behind stays
    with ``regex``: it finds what follows before it looks behind, ``re`` looks behind at every position
    (``(?<=\\p{Han})\\(`` over 1 MB: 4 ms with ``regex``, 36 ms with ``re``).

    >>> type(compile_fast(r"(?<=[0-9])%")).__module__
    '_regex'
    >>> type(compile_fast(r"%(?<=[0-9]%)")).__module__  # the same matches, the sign first: fast on re
    're'
    >>> type(compile_fast(r"其中|合计")).__module__
    're'
    >>> type(compile_fast(r"\\p{Han}+")).__module__
    're'
    >>> type(compile_fast(r"\\p{Greek}+")).__module__
    '_regex'
    >>> type(compile_fast(r"[。！]", REVERSE)).__module__  # a flag only regex knows
    '_regex'
    """
    flags = int(flags)  # enum flags of two modules do not mix: ~ of a re.RegexFlag drops regex's bits
    # a pattern that starts by looking behind goes to regex, which scans for what follows first; re tests
    # the look-behind at every position (``(?<!某)某{2,3}`` over 1 MB: 0.3 ms against 15 ms)
    if not flags & ~_SHARED_FLAGS and not pattern.startswith("(?<"):
        spelled = pattern
        if "\\p{" in pattern and not flags & IGNORECASE:
            spelled = spell_properties(pattern)
        if not _own_pattern(_REGEX_ONLY_PATTERN).search(spelled):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")  # a FutureWarning means re would read it differently later
                    return compile_re(spelled, flags)
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
        if name.startswith("_"):  # a slot not set yet, or a protocol probe (copy, pickle): not the pattern's
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self):
        """Pickled as its pattern and flags: a worker process compiles it on first use (from its cache)."""
        return LazyRegex, self._args
