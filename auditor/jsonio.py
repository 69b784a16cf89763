"""JSON text at C speed for the report writers: :mod:`orjson` when installed, else the standard library.

Both give the same text: :func:`pretty` is ``json.dumps(obj, ensure_ascii=False, indent=2)`` and
:func:`compact` is ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``, byte for byte
(``tests/test_jsonio.py`` holds them to it). orjson refuses what UTF-8 cannot carry (a lone surrogate,
e.g. from a file name that is not valid UTF-8) and integers beyond 64 bits; such values go through the
standard library, as before. The standard library's encoder runs in C only without ``indent``, which is
why the pretty form needs orjson to be fast.

>>> compact({"a": [1, "中"]})
'{"a":[1,"中"]}'
>>> print(pretty({"a": []}))
{
  "a": []
}
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import BinaryIO, TextIO

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; kept for odd platforms
    orjson = None

if orjson is not None:
    _INDENT_2 = orjson.OPT_INDENT_2
    _dumps = orjson.dumps
    _Error = orjson.JSONEncodeError


def _stdlib_pretty(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, indent=2)


def pretty(obj) -> str:
    """*obj* as JSON text indented by two spaces per level (no trailing newline)."""
    if orjson is not None:
        try:
            return _dumps(obj, option=_INDENT_2).decode()
        except _Error:
            pass
    return _stdlib_pretty(obj)


def pretty_nested(obj, indent: str) -> bytes:
    """:func:`pretty` as UTF-8 bytes, with every line after the first indented by *indent* more (an object
    nested in a list of an indented document). Raises :class:`UnicodeEncodeError` for text that UTF-8
    cannot carry (a lone surrogate)."""
    if orjson is not None:
        try:
            return _dumps(obj, option=_INDENT_2).replace(b"\n", b"\n" + indent.encode())
        except _Error:
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
    if orjson is not None:
        try:
            return _dumps(obj).decode()
        except _Error:
            pass
    import json

    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
