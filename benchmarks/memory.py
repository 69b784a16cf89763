"""Peak memory (RSS) of ``auditor check`` at 1x, 10x and 100x collection size: it should stay flat.

    python benchmarks/memory.py [--base-mb 2] [--factors 1 10 100] [--jsonl]

Each run is a child process; its peak RSS comes from ``resource.getrusage(RUSAGE_CHILDREN)`` taken
around it (Linux reports kilobytes). Numbers only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def peak_rss_mb(command: list[str], env: dict) -> float:
    """Peak RSS of *command*, measured in a fresh helper process so earlier children do not count."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, env=env,
                         check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-mb", type=float, default=2.0)
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--jsonl", action="store_true", help="one JSON Lines corpus instead of a folder")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="auditor-mem-")
    env = {**os.environ, "AUDITOR_CACHE_DIR": os.path.join(tmp, "cache")}
    print(f"{'size':>6} {'MB':>8} {'peak RSS MB':>12}")
    for factor in args.factors:
        target = os.path.join(tmp, f"c{factor}" + (".jsonl" if args.jsonl else ""))
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), target, "--mb", str(args.base_mb * factor)],
                       check=True, stdout=subprocess.DEVNULL)
        command = [sys.executable, "-m", "auditor", "check", target, "--format", "jsonl", "-o", os.devnull,
                   "--exit-zero", "--progress", "never", "--jobs", str(args.jobs)]
        print(f"{factor:>5}x {args.base_mb * factor:>8.1f} {peak_rss_mb(command, env):>12.1f}", flush=True)


if __name__ == "__main__":
    main()
