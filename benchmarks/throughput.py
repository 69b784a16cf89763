"""Throughput of ``auditor check`` with all default rules, and scaling from 1 to 2 worker processes.

    python benchmarks/throughput.py [--mb 50] [--jobs 1 2]

Generates a collection with benchmarks/corpus.py (cached in a temporary folder), runs the CLI on it
with each ``--jobs`` value (best of ``--repeat`` runs) and prints MB/s, MB/s per core and speed-up.
Numbers only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def folder_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, files in os.walk(path) for name in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--corpus", help="use this folder instead of generating one")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="auditor-bench-")
    corpus = args.corpus or os.path.join(tmp, "corpus")
    if not args.corpus:
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), corpus, "--mb", str(args.mb)], check=True)
    size = folder_size(corpus) / 1e6
    env = {**os.environ, "AUDITOR_CACHE_DIR": os.path.join(tmp, "cache")}
    rows = []
    for jobs in args.jobs:
        best = float("inf")
        for _ in range(args.repeat):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-m", "auditor", "check", corpus, "--format", "jsonl", "-o", os.devnull,
                            "--jobs", str(jobs), "--exit-zero", "--progress", "never"], check=True, env=env)
            best = min(best, time.perf_counter() - begin)
        rows.append((jobs, best))
    base = rows[0][1]
    print(f"collection: {size:.1f} MB in {corpus}")
    print(f"{'jobs':>4} {'seconds':>8} {'MB/s':>7} {'MB/s/core':>10} {'speed-up':>9}")
    for jobs, seconds in rows:
        print(f"{jobs:>4} {seconds:>8.2f} {size / seconds:>7.2f} {size / seconds / jobs:>10.2f} {base / seconds:>9.2f}")


if __name__ == "__main__":
    main()
