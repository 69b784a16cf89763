"""JSON text at C speed for the report writers: :mod:`orjson` when installed, else the standard library.

Both give the same text: :func:`pretty` is ``json.dumps(obj, ensure_ascii=False, indent=2)`` and
:func:`compact` is ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``, byte for byte
(``tests/test_jsonio.py`` holds them to it). orjson refuses what UTF-8 cannot carry (a lone surrogate,
e.g. from a file name that is not valid UTF-8) and integers beyond 64 bits; such values go through the
standard library, as before. The standard library's encoder runs in C only without ``indent``, which is
why the pretty form needs orjson to be fast.

Importing orjson costs 15–40 ms (it imports ``dataclasses``, ``inspect``, ``json`` …), more than the
standard library takes to write a hundred findings. So small values (up to :data:`SMALL_ITEMS` list
items and object members) go through the standard library until it has written :data:`STDLIB_BYTES`;
anything larger, or more, loads orjson: a pre-commit run with a handful of findings never pays for it,
a collection's report does once.

>>> compact({"a": [1, "中"]})
'{"a":[1,"中"]}'
>>> print(pretty({"a": []}))
{
  "a": []
}
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import BinaryIO, TextIO

#: how many bytes of JSON the standard library writes before orjson is loaded (see the module's docstring) …
STDLIB_BYTES = 256 * 1024
#: … and the most items (list items, object members, at any depth) a value it writes may hold
SMALL_ITEMS = 2000
_NOT_LOADED = object()
#: the orjson module once loaded (``None`` when it is not installed, or a test wants the standard library)
orjson = _NOT_LOADED
_stdlib_written = 0


def _fast(obj):
    """orjson, once it is worth its import for *obj* (or already imported by someone else); else ``None``."""
    global orjson
    if orjson is _NOT_LOADED:
        if _stdlib_written < STDLIB_BYTES and "orjson" not in sys.modules and _small(obj):
            return None
        from auditor.interrupts import interrupts_deferred

        try:
            with interrupts_deferred():  # (a Ctrl-C inside orjson's initialisation crashed the interpreter)
                import orjson as module
        except ImportError:  # pragma: no cover - orjson is a dependency; kept for odd platforms
            module = None
        orjson = module
    return orjson


_CONTAINERS = (dict, list, tuple)


def _small(obj) -> bool:
    """Whether *obj* holds at most :data:`SMALL_ITEMS` list items and object members (counting stops there).

    >>> _small({"findings": [{"line": 1}] * 10}), _small([[0] * 1000, [0] * 1001])
    (True, False)
    """
    count = 0
    stack = [obj]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is dict:
            count += len(value)
            stack.extend(v for v in value.values() if type(v) in _CONTAINERS)
        elif kind is list or kind is tuple:
            count += len(value)
            stack.extend(v for v in value if type(v) in _CONTAINERS)
        if count > SMALL_ITEMS:
            return False
    return True


def _stdlib_pretty(obj) -> str:
    global _stdlib_written
    import json

    text = json.dumps(obj, ensure_ascii=False, indent=2)
    _stdlib_written += len(text)
    return text


def pretty(obj) -> str:
    """*obj* as JSON text indented by two spaces per level (no trailing newline)."""
    fast = _fast(obj)
    if fast is not None:
        try:
            return fast.dumps(obj, option=fast.OPT_INDENT_2).decode()
        except fast.JSONEncodeError:
            pass
    return _stdlib_pretty(obj)


def pretty_nested(obj, indent: str) -> bytes:
    """:func:`pretty` as UTF-8 bytes, with every line after the first indented by *indent* more (an object
    nested in a list of an indented document). Raises :class:`UnicodeEncodeError` for text that UTF-8
    cannot carry (a lone surrogate)."""
    fast = _fast(obj)
    if fast is not None:
        try:
            return fast.dumps(obj, option=fast.OPT_INDENT_2).replace(b"\n", b"\n" + indent.encode())
        except fast.JSONEncodeError:
            pass
    return _stdlib_pretty(obj).replace("\n", "\n" + indent).encode("utf-8")


def copy_utf8(source: BinaryIO, out: TextIO, chunk: int = 1 << 20) -> None:
    """Copy the UTF-8 bytes of *source* (from its current position) to the text stream *out*: straight to
    its binary buffer when it has one (after flushing the text written so far), else decoded."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None and (getattr(out, "encoding", "") or "").lower().replace("-", "") == "utf8":
        out.flush()
        while data := source.read(chunk):
            buffer.write(data)
        return
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    while data := source.read(chunk):
        out.write(decoder.decode(data))
    out.write(decoder.decode(b"", final=True))


def compact(obj) -> str:
    """*obj* as JSON text on one line, without spaces between the items."""
    global _stdlib_written
    fast = _fast(obj)
    if fast is not None:
        try:
            return fast.dumps(obj).decode()
        except fast.JSONEncodeError:
            pass
    import json

    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    _stdlib_written += len(text)
    return text
