"""Build ``auditor/traditional.py``: the traditional characters the numeric rules read as simplified ones
(``合計`` as ``合计``, ``萬元`` as ``万元``, ``服務`` as ``服务``), so that reports scraped in traditional script are
read by the same grammar.

    python tools/build_traditional_table.py

Source: the ``T`` line of ``auditor/repair/hanzi_table.txt.gz`` (OpenCC's traditional-to-simplified character
table, Apache-2.0 licence; see ``tools/build_hanzi_table.py``). Nothing is downloaded.

What is kept: pairs whose traditional character is a CJK unified ideograph of the BMP (U+4E00–U+9FFF) that
GB 2312 cannot encode. A character GB 2312 encodes is written in simplified text too (乾, 著, 幺, 麽), and
translating it would change simplified text; 後 and 於 are the exceptions kept (GB 2312 has them for names, and
traditional text is full of them). The output is sorted, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "auditor" / "repair" / "hanzi_table.txt.gz"
OUT = ROOT / "auditor" / "traditional.py"
#: characters GB 2312 encodes that are still read as traditional
KEEP = "後於"
#: characters per line of the written strings
WIDTH = 50


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def pairs() -> list[tuple[str, str]]:
    """The kept ``(traditional, simplified)`` pairs, sorted."""
    rest = ""
    for line in gzip.decompress(TABLE.read_bytes()).decode("utf-8").splitlines():
        kind, _, rest_of_line = line.partition("\t")
        if kind == "T":
            rest = rest_of_line
    table = dict(zip(rest[0::2], rest[1::2], strict=True))
    return sorted((t, s) for t, s in table.items()
                  if t != s and "\u4e00" <= t <= "\u9fff" and (t in KEEP or not _gb2312(t)))


def _lines(text: str) -> str:
    return "\n".join(f'    "{text[i:i + WIDTH]}"' for i in range(0, len(text), WIDTH))


def main() -> None:
    kept = pairs()
    traditional = "".join(t for t, _ in kept)
    simplified = "".join(s for _, s in kept)
    OUT.write_text(
        '"""Traditional characters and their simplified forms, one to one (written by\n'
        "tools/build_traditional_table.py from OpenCC's character table; do not edit). See\n"
        ':func:`auditor.quantities.normalise`."""\n\n'
        "# fmt: off\n"
        f"TRADITIONAL = (\n{_lines(traditional)}\n)\n"
        f"SIMPLIFIED = (\n{_lines(simplified)}\n)\n"
        "# fmt: on\n",
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} characters")


if __name__ == "__main__":
    main()
