"""bytes → text, with what went wrong recorded as read issues (never an exception).

This is the foundation version: byte-order marks (UTF-8, UTF-16, UTF-32) and strict UTF-8.
Bytes that are not valid UTF-8 are replaced by U+FFFD so the other rules can still run, and
one ``invalid-utf8`` issue records the byte offset of the first bad sequence.

>>> text, encoding, issues = decode_bytes("发展".encode("gbk"))
>>> encoding, issues[0][0], issues[0][3]["byte_offset"]
('utf-8', 'invalid-utf8', 0)
"""

from __future__ import annotations

import codecs

#: how many leading bytes are inspected for NUL bytes to call a file binary
BINARY_SNIFF_BYTES = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

Issue = tuple[str, int, int, dict]


def sniff_bom(data: bytes) -> tuple[str, str, int] | None:
    """Return ``(codec, reported name, BOM length)`` when *data* starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """A NUL byte near the start (outside UTF-16/32, which has a BOM) means binary content."""
    return b"\x00" in data[:BINARY_SNIFF_BYTES]


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str, list[Issue]]:
    """Decode *data*; return ``(text, encoding name, issues)``. *encoding* forces a codec.

    Issues are ``(issue name, start, end, vars)`` with code-point offsets into the returned text.
    """
    if encoding is not None:
        try:
            return data.decode(encoding), encoding, []
        except UnicodeDecodeError as exc:
            text = data.decode(encoding, errors="replace")
            offset = len(data[: exc.start].decode(encoding, errors="replace"))
            return text, encoding, [_invalid(encoding, exc, 0, offset)]
    bom = sniff_bom(data)
    if bom is not None:
        codec, name, skip = bom
        body = data[skip:]
        try:
            return body.decode(codec), name, []
        except UnicodeDecodeError as exc:
            text = body.decode(codec, errors="replace")
            offset = len(body[: exc.start].decode(codec, errors="replace"))
            return text, name, [_invalid(name, exc, skip, offset)]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        offset = len(data[: exc.start].decode("utf-8"))
        return text, "utf-8", [_invalid("utf-8", exc, 0, offset)]


def _invalid(encoding: str, exc: UnicodeDecodeError, skip: int, offset: int) -> Issue:
    bad = exc.object[exc.start : min(exc.end, exc.start + 4)]
    truncated = exc.end >= len(exc.object) and exc.reason.startswith("unexpected end")
    return (
        "invalid-utf8",
        offset,
        offset + 1,
        {
            "encoding": encoding.removesuffix("-sig"),
            "byte_offset": exc.start + skip,
            "bytes": " ".join(f"{b:02X}" for b in bad),
            "reason": "truncated sequence at end of file" if truncated else exc.reason,
        },
    )
