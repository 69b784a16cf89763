"""Cost of writing the machine reports (json, sarif, jsonl …) on a finding-heavy collection.

    python benchmarks/report_writers.py [FOLDER] [--formats json sarif jsonl] [--repeat 5]

Audits FOLDER once (default: a collection made of the real report ``seeds/002_*.txt`` of the shared
corpus, or of benchmarks/corpus.py sentences, repeated until each document has ~1,500 findings), keeps the
results in memory, then times only the reporters: ``start()``, ``document(result)`` for every result
and ``finish(summary)`` into a file, best of ``--repeat`` runs. Prints seconds, findings per second and
MB written. Numbers only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "..", "shared", "corpus", "seeds")


def make_collection(folder: str, copies: int = 10, repeat: int = 5) -> None:
    """*copies* documents, each the seed 002 report (or generated sentences) *repeat* times."""
    os.makedirs(folder, exist_ok=True)
    seeds = sorted(glob.glob(os.path.join(SEEDS, "002_*.txt")))
    if seeds:
        with open(seeds[0], encoding="utf-8") as handle:
            text = handle.read()
    else:
        sys.path.insert(0, HERE)
        import random

        from corpus import sentence

        rng = random.Random(2)
        text = "".join(sentence(rng) + ("\n" if i % 8 == 7 else "") for i in range(4000))
    for i in range(copies):
        with open(os.path.join(folder, f"doc{i}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text * repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--formats", nargs="+", default=["json", "sarif", "jsonl", "gitlab", "concise"])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = args.folder or os.path.join(tempfile.gettempdir(), "auditor-bench-writers")
    if not os.path.isdir(folder):
        make_collection(folder)

    from auditor.engine import audit_documents, build_checkers
    from auditor.reporters import get_reporter
    from auditor.reporters.common import Summary
    from auditor.rulebook import load_rulebook
    from auditor.sources import iter_documents

    book = load_rulebook()
    begin = time.perf_counter()
    results = list(audit_documents(iter_documents([folder]), build_checkers(list(book))))
    audit_seconds = time.perf_counter() - begin
    summary = Summary()
    for result in results:
        summary.add(result)
    print(f"collection: {folder}: {summary.documents} documents, {summary.findings} findings "
          f"(audited in {audit_seconds:.2f} s)")
    print(f"{'format':<10} {'seconds':>8} {'findings/s':>11} {'MB out':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats:
            path = os.path.join(tmp, f"report.{fmt}")
            best = float("inf")
            for _ in range(args.repeat):
                begin = time.perf_counter()
                with open(path, "w", encoding="utf-8") as out:
                    reporter = get_reporter(fmt)(out, rules=book, rule_names={r.id: r.name for r in book})
                    reporter.start()
                    for result in results:
                        reporter.document(result)
                    reporter.finish(summary)
                best = min(best, time.perf_counter() - begin)
            size = os.path.getsize(path) / 1e6
            print(f"{fmt:<10} {best:>8.3f} {summary.findings / best:>11,.0f} {size:>7.1f}")


if __name__ == "__main__":
    main()
