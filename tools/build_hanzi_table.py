"""Build ``auditor/repair/hanzi_table.txt.gz``: the character and bigram log-frequency table behind
:mod:`auditor.repair.hanzi` (how plausible a stretch of text is as written Chinese).

    pip install jieba opencc-python-reimplemented    # build-time only; neither is needed at run time
    python tools/build_hanzi_table.py [--min-count 20] [--min-pmi 2]

Sources (both shipped by their PyPI packages; nothing is downloaded):

* the dictionary of the jieba segmenter (``jieba/dict.txt``, jieba 0.42.1, MIT licence): about 349,000
  words with their frequencies in a large corpus of modern written Chinese;
* OpenCC's traditional-to-simplified character table (``opencc/dictionary/TSCharacters.txt``, from
  ``opencc-python-reimplemented`` 0.1.7, Apache-2.0 licence), so that traditional text is scored
  through its simplified forms and the table stores each character once.

What is derived: every word's frequency is added to each of its Han characters (unigrams) and to each
pair of adjacent Han characters inside it (bigrams, i.e. pairs that form words). The table keeps

* ``U`` lines: a character and ``round(-log2 P(c) * 4)`` (quarter bits);
* ``B`` lines: a first character and, for each second character that follows it in words at least
  ``--min-count`` times *and* at least ``2 ** --min-pmi`` times more often than chance, the second
  character and ``round(-log2 P(b | a) * 4)``;
* one ``T`` line: pairs of a traditional character and its simplified form.

The output is deterministic (sorted), so rebuilding with the same packages gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
OUT = Path(__file__).resolve().parents[1] / "auditor" / "repair" / "hanzi_table.txt.gz"


def package_file(package: str, *parts: str) -> Path:
    """A data file that *package* ships (the package must be installed)."""
    import importlib

    module = importlib.import_module(package)
    return Path(module.__file__).resolve().parent.joinpath(*parts)


def traditional_to_simplified() -> dict[str, str]:
    """OpenCC's character table: each traditional character that differs, and its first simplified form."""
    table: dict[str, str] = {}
    with package_file("opencc", "dictionary", "TSCharacters.txt").open(encoding="utf-8") as handle:
        for line in handle:
            trad, _, simp = line.rstrip("\n").partition("\t")
            simp = simp.split(" ")[0]
            if len(trad) == 1 and len(simp) == 1 and trad != simp:
                table[trad] = simp
    return table


def counts(t2s: dict[str, str]) -> tuple[Counter, Counter]:
    """Character and in-word bigram counts from jieba's dictionary, traditional forms folded."""
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    with package_file("jieba", "dict.txt").open(encoding="utf-8") as handle:
        for line in handle:
            word, freq, _tag = line.rstrip("\n").split(" ")
            weight = int(freq)
            word = "".join(t2s.get(c, c) for c in word)
            for ch in word:
                if HAN.match(ch):
                    unigrams[ch] += weight
            for a, b in pairwise(word):
                if HAN.match(a) and HAN.match(b):
                    bigrams[a + b] += weight
    return unigrams, bigrams


def quarter_bits(p: float) -> int:
    return round(-math.log2(p) * 4)


def build(min_count: int, min_pmi: float) -> str:
    t2s = traditional_to_simplified()
    unigrams, bigrams = counts(t2s)
    total = sum(unigrams.values())
    left: Counter = Counter()
    for pair, n in bigrams.items():
        left[pair[0]] += n
    lines = [
        "# doc-auditor hanzi table: character and in-word bigram log-frequencies (quarter bits)",
        "# derived by tools/build_hanzi_table.py from jieba 0.42.1 dict.txt (MIT licence,"
        " https://github.com/fxsjy/jieba)",
        "# and OpenCC TSCharacters.txt via opencc-python-reimplemented 0.1.7 (Apache-2.0 licence)",
        f"# total {total} min_count {min_count} min_pmi {min_pmi}",
    ]
    lines += [f"U\t{ch}\t{quarter_bits(n / total)}" for ch, n in sorted(unigrams.items())]
    groups: dict[str, list[str]] = defaultdict(list)
    for pair, n in sorted(bigrams.items()):
        if n < min_count:
            continue
        conditional = n / left[pair[0]]
        if math.log2(conditional / (unigrams[pair[1]] / total)) < min_pmi:
            continue
        groups[pair[0]].append(f"{pair[1]}{quarter_bits(conditional)}")
    lines += [f"B\t{first}\t{' '.join(seconds)}" for first, seconds in sorted(groups.items())]
    lines.append("T\t" + "".join(t + s for t, s in sorted(t2s.items())))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=20)
    parser.add_argument("--min-pmi", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    text = build(args.min_count, args.min_pmi)
    # mtime=0: the same table gives the same bytes
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{args.out}: {args.out.stat().st_size} bytes, {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
