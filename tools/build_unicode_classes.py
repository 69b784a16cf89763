"""Write ``auditor/unicode_classes.py``: the Unicode properties the package's patterns use, spelled as
character ranges that the standard library's ``re`` reads (``re`` has no ``\\p{…}``).

    python tools/build_unicode_classes.py

The ranges are read off the installed ``regex`` module, code point by code point, so ``\\p{Han}`` in a
pattern compiled by ``re`` (see :func:`auditor.lazyregex.compile_fast`) means what it means to
``regex``. ``tests/test_lazyregex.py`` checks the written ranges against ``regex`` for every code point
that Python's own Unicode database assigns; when a new ``regex`` knows more characters, run this again.
"""

from __future__ import annotations

import os
import sys

import regex

PROPERTIES = ("Han", "Latin", "Nd")
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "auditor", "unicode_classes.py")


def ranges(name: str) -> list[tuple[int, int]]:
    """Consecutive code points that ``regex`` puts in ``\\p{name}``."""
    pattern = regex.compile(rf"\p{{{name}}}")
    out: list[tuple[int, int]] = []
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF or not pattern.match(chr(cp)):
            continue
        if out and out[-1][1] == cp - 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out


def spell(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def class_tokens(spans: list[tuple[int, int]]) -> list[str]:
    """The inside of a character class, one range (``a-z``) or character per token, as escapes."""
    return [spell(a) if a == b else f"{spell(a)}-{spell(b)}" for a, b in spans]


def main() -> None:
    lines = [
        '"""Unicode properties as character ranges for ``re`` (written by tools/build_unicode_classes.py from',
        f"regex {regex.__version__}; do not edit). See :func:`auditor.lazyregex.compile_fast`.\"\"\"",
        "",
        "# fmt: off",
        "PROPERTIES = {",
    ]
    for name in PROPERTIES:
        lines.append(f'    "{name}": (')
        line = ""
        for token in class_tokens(ranges(name)):
            if len(line) + len(token) > 96:
                lines.append(f'        "{line}"')
                line = ""
            line += token
        lines.append(f'        "{line}"')
        lines.append("    ),")
    lines += ["}", ""]
    text = "\n".join(lines)
    with open(TARGET, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {os.path.normpath(TARGET)}")


if __name__ == "__main__":
    main()
