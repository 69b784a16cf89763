"""Build ``auditor/repair/marker_chars.py``: the characters a GBK (Big5) decoder makes of a UTF-8 lead byte
E2–EF followed by a continuation byte, which every UTF-8 garble of two or more Chinese characters contains.

    python tools/build_marker_chars.py

They are a fact of the codecs: computing them at run time costs a decode of 1,300 byte pairs and the import
of two codec modules (about 3 ms of every start-up); the module keeps them as strings.
``tests/test_repair_quick.py`` holds the module to the codecs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "auditor" / "repair" / "marker_chars.py"

from auditor.repair.redecode import MARKER_SOURCES, marker_chars  # noqa: E402


def _literal(text: str) -> str:
    """*text* as a Python string literal of ``\\uXXXX`` escapes, 16 characters a line."""
    escaped = [f"\\u{ord(ch):04x}" for ch in text]
    return "\n".join(f'    "{"".join(escaped[i:i + 16])}"' for i in range(0, len(escaped), 16))


def main() -> None:
    parts = []
    for name, (codec, leads, trails) in MARKER_SOURCES.items():
        parts.append(f"{name} = (\n{_literal(marker_chars(codec, leads, trails))}\n)\n")
    OUT.write_text('''"""The characters a GBK (Big5) decoder makes of a UTF-8 lead byte E2–EF and a continuation
byte, in order (written by ``tools/build_marker_chars.py`` from :data:`auditor.repair.redecode.MARKER_SOURCES`;
do not edit)."""

''' + "\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
