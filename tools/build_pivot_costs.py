"""Build ``auditor/pivot_costs.py``: how often a one-character search meets each byte in Chinese text, which
:func:`auditor.scan.find_word` uses to choose the character of a word it looks for first.

    python tools/build_pivot_costs.py

CPython keeps a text of Chinese characters two bytes a character (UCS-2, low byte first) and finds one
character with ``memchr`` on its low byte: every other byte of the text equal to it (the high byte of a common
character, the low byte of any) stops the scan for a check. So the cost of finding a character is about how
often its low byte occurs among the bytes of the text: this counts it over the UTF-16-LE bytes of the
reports in ``../shared/corpus/seeds`` and of ``examples/``, per 10,000 bytes, at most 255. A low byte of 0
(``\\u3000``, ``一``) makes CPython scan without ``memchr``: it is given the highest cost. The output is
deterministic for the same inputs.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "corpus" / "seeds", ROOT / "examples"]
OUT = ROOT / "auditor" / "pivot_costs.py"


def byte_costs() -> list[int]:
    """Occurrences of each byte value per 10,000 bytes of the sources' UTF-16-LE form (0 → 255)."""
    counts = [0] * 256
    total = 0
    for folder in SOURCES:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            data = text.encode("utf-16-le", "surrogatepass")
            for value, n in enumerate(map(data.count, (bytes([b]) for b in range(256)))):
                counts[value] += n
            total += len(data)
    costs = [min(255, (10_000 * n + total - 1) // total) for n in counts]
    costs[0] = 255
    return costs


def main() -> None:
    costs = byte_costs()
    hexes = bytes(costs).hex()
    lines = [hexes[i:i + 64] for i in range(0, len(hexes), 64)]
    body = "\n".join(f'    "{line}"' for line in lines)
    OUT.write_text(f'''"""How often a one-character search meets each byte in Chinese text (written by
``tools/build_pivot_costs.py``; do not edit): ``LOW_BYTE_COST[b]`` is how many of 10,000 bytes of a report kept two
bytes a character equal *b* (at most 255; 0, which CPython scans without ``memchr``, is 255)."""

LOW_BYTE_COST = bytes.fromhex(
{body}
)
''', encoding="utf-8")


if __name__ == "__main__":
    main()
