"""Build ``auditor/repair/russian_bigrams.txt``: how often each letter of Russian follows another, the model
behind :mod:`auditor.repair.cyrillic` (how Russian a stretch of Cyrillic reads).

    apt-get download hunspell-ru && dpkg-deb -x hunspell-ru_*.deb hunspell-ru
    python tools/build_russian_bigrams.py hunspell-ru/usr/share/hunspell/ru_RU.dic

Source: the word list of the Russian Hunspell dictionary (Debian's ``hunspell-ru``, 1:7.5.0-1; © 1997–2008
Alexander I. Lebedev, a BSD-style licence): about 146,000 lemmas. Only the letters of each lemma are read
(its affix flags after ``/`` are dropped), in small letters, with ``^`` before a word and ``$`` after it.

What is derived: for each first symbol ``a`` (a letter or ``^``) and second symbol ``b`` (a letter or ``$``),
``round(-log2 P(b | a) * 4)`` (quarter bits), with half a count added to every pair (a pair no lemma has
is rare, not impossible: inflected forms and names have some). One line per first symbol: the symbol, then
``b=bits`` for every second symbol in the order of :data:`SECONDS`. The output is deterministic, so
rebuilding from the same word list gives the same bytes.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from itertools import pairwise
from pathlib import Path

LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
FIRSTS = "^" + LETTERS
SECONDS = LETTERS + "$"
OUT = Path(__file__).resolve().parents[1] / "auditor" / "repair" / "russian_bigrams.txt"
HEADER = """\
# Russian letter bigrams: -log2 P(second | first) in quarter bits, ^ = start of a word, $ = its end.
# Built by tools/build_russian_bigrams.py from the lemmas of the Russian Hunspell dictionary
# (hunspell-ru 1:7.5.0-1, (c) 1997-2008 Alexander I. Lebedev, BSD-style licence). Do not edit by hand.
"""


def lemmas(dictionary: Path) -> list[str]:
    """The lemmas of a Hunspell ``.dic`` file in small letters, those with a character that is no Russian
    letter left out (the first line is the count of entries)."""
    words = []
    for line in dictionary.read_text(encoding="utf-8").splitlines()[1:]:
        word = line.split("/", 1)[0].strip().lower()
        if word and all(ch in LETTERS for ch in word):
            words.append(word)
    return words


def build(words: list[str]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    for word in words:
        symbols = "^" + word + "$"
        counts.update(pairwise(symbols))
    lines = [HEADER.rstrip("\n")]
    for a in FIRSTS:
        total = sum(counts[a, b] for b in SECONDS) + 0.5 * len(SECONDS)
        cells = " ".join(f"{b}={round(-math.log2((counts[a, b] + 0.5) / total) * 4)}" for b in SECONDS)
        lines.append(f"{a} {cells}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionary", type=Path, help="the ru_RU.dic of hunspell-ru")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words = lemmas(args.dictionary)
    args.out.write_text(build(words), encoding="utf-8")
    print(f"{len(words)} lemmas -> {args.out}")


if __name__ == "__main__":
    main()
