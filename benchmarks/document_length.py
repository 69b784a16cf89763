"""Cost per MB against document length: one document of 10 KB, 100 KB, 1 MB and 10 MB.

    python benchmarks/document_length.py [--sizes 0.01 0.1 1 10] [--repeat 5] [--format json] [--one-line]

Each document is the real report ``../shared/corpus/seeds/002_*.txt`` repeated, or its lines
sampled evenly, to the size, and audited in this process with all default rules (the engine and the
reporter of ``auditor check``, consistent statements not written, as without ``--show-verified``; the
report written to memory), best of ``--repeat`` runs (the sizes take turns; the median is printed
too). Times are this process's CPU time, which a busy machine disturbs far less than the wall clock
(one thread: the two agree on an idle machine). Every per-document pass should be linear, so the MB/s
column should be flat. With ``--one-line`` the report's line breaks are taken out first: a document of one
line (text pasted from a web page) is where a search back to the line's start would be quadratic. Numbers only:
nothing is asserted.
"""

from __future__ import annotations

import argparse
import glob
import io
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from auditor.document import Document  # noqa: E402
from auditor.engine import audit_documents, build_checkers  # noqa: E402
from auditor.reporters import get_reporter  # noqa: E402
from auditor.reporters.common import Summary  # noqa: E402
from auditor.rulebook import load_rulebook  # noqa: E402


def text_of_size(seed: str, size: int) -> str:
    """About *size* bytes of UTF-8 with the same mix as *seed*: whole copies of it, then lines taken at an
    even spacing through it (a prefix would be its boilerplate head, not its average)."""
    total = len(seed.encode("utf-8"))
    whole, rest = divmod(size, total)
    lines = seed.splitlines(keepends=True)
    n = len(lines)
    if n == 1:  # (one line: a share of its characters)
        return seed * whole + seed[:round(len(seed) * rest / total)]
    k = min(n, round(n * rest / total))
    picked = [lines[i] for i in range(n) if (i + 1) * k // n > i * k // n]
    return seed * whole + "".join(picked)


def audit_once(text: str, checkers, fmt: str, copies: int = 1) -> float:
    """CPU seconds to audit *copies* documents of *text* and write their report (one run)."""
    begin = time.process_time()
    reporter = get_reporter(fmt)(io.StringIO())
    reporter.start()
    summary = Summary()
    for result in audit_documents((Document(f"report-{i}.txt", text) for i in range(copies)), checkers):
        summary.add(result)
        reporter.document(result)
    reporter.finish(summary)
    return time.process_time() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.01, 0.1, 1, 10], help="MB")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", default="json")
    parser.add_argument("--one-line", action="store_true", help="take the line breaks out of the report first")
    args = parser.parse_args()
    (path,) = glob.glob(os.path.join(HERE, "..", "..", "shared", "corpus", "seeds", "002_*.txt"))
    with open(path, encoding="utf-8") as handle:
        seed = handle.read()
    if args.one_line:
        seed = seed.replace("\n", "")
    checkers = build_checkers(list(load_rulebook()))
    for checker in checkers:  # as auditor check without --show-verified
        checker.keep_verified = False
    audit_once(seed, checkers, args.format)  # warm up: compile the patterns once
    cases = []
    for mb in args.sizes:
        text = text_of_size(seed, int(mb * 1e6))
        size = len(text.encode("utf-8")) / 1e6
        # small documents are timed as a batch of the same total size (timer resolution)
        cases.append((text, size, max(1, round(1 / size)) if size < 1 else 1))
    # the sizes take turns, run after run: a machine that slows down for a while slows every size alike
    times: list[list[float]] = [[] for _ in cases]
    for _ in range(args.repeat):
        for (text, _size, copies), measured in zip(cases, times, strict=True):
            measured.append(audit_once(text, checkers, args.format, copies))
    print(f"{'document':>10} {'seconds':>9} {'MB/s':>7} {'median':>7} {'vs smallest':>12}")
    first = None
    for (_text, size, copies), measured in zip(cases, times, strict=True):
        best = min(measured)
        median = sorted(measured)[len(measured) // 2]
        rate = size * copies / best
        first = first or rate
        typical = size * copies / median
        print(f"{size:>8.2f}MB {best / copies:>9.4f} {rate:>7.2f} {typical:>7.2f} {rate / first:>11.2f}x")

if __name__ == "__main__":
    main()
