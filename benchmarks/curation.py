"""Time ``auditor split`` on a generated JSON Lines collection and print the verdict counts.

    python benchmarks/curation.py [--mb 100] [--doc-kb 2] [--check] [--keep-files]

The collection comes from ``benchmarks/corpus.py`` (our own sentences; about one in twelve carries a
placeholder, a total or a rate), one record per document of about ``--doc-kb`` KB, so that a good share of
the records is clean. The split writes three outputs (keep, review, reject) next to it in a temporary
folder; ``--check`` also times ``auditor check`` (same ``--jobs`` values) on the same file for comparison. Numbers
only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    return time.perf_counter() - start, proc


def damage(path: str, share: float, seed: int) -> None:
    """Turn the first sentence of a *share* of the records into mojibake (UTF-8 bytes read as GBK)."""
    rng = random.Random(seed)
    damaged = path + ".damaged"
    with open(path, encoding="utf-8") as source, open(damaged, "w", encoding="utf-8") as target:
        for line in source:
            if rng.random() < share:
                record = json.loads(line)
                text = record["text"]
                cut = text.find("。") + 1 or 30
                record["text"] = text[:cut].encode("utf-8").decode("gbk", errors="replace") + text[cut:]
                line = json.dumps(record, ensure_ascii=False) + "\n"
            target.write(line)
    os.replace(damaged, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0, help="size of the collection in MB (default 100)")
    parser.add_argument("--doc-kb", type=float, default=2.0, help="average record size in KB (default 2)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--damage", type=float, default=0.05,
                        help="share of records whose opening is turned into mojibake (UTF-8 read as GBK)")
    parser.add_argument("--jobs", nargs="+", default=["1", "2"],
                        help="split once per value of --jobs (default: 1 and 2)")
    parser.add_argument("--check", action="store_true", help="also time 'auditor check' on the same file")
    parser.add_argument("--keep-files", action="store_true", help="leave the temporary folder in place")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="auditor-curation-")
    env = {**os.environ, "AUDITOR_CACHE_DIR": os.path.join(tmp, "cache")}
    corpus = os.path.join(tmp, "corpus.jsonl")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), corpus, "--mb", str(args.mb),
                        "--doc-kb", str(args.doc_kb), "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
        if args.damage:
            damage(corpus, args.damage, args.seed)
        size = os.path.getsize(corpus) / 1e6
        with open(corpus, "rb") as handle:
            records = sum(1 for _ in handle)
        print(f"collection: {size:.1f} MB, {records:,} records ({corpus})")
        subprocess.run([sys.executable, "-m", "auditor", "rules"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # warm the rule cache
        outs = {label: os.path.join(tmp, f"{label}.jsonl") for label in ("keep", "review", "reject")}
        for jobs in args.jobs:
            seconds, proc = timed([sys.executable, "-m", "auditor", "split", corpus, "--keep", outs["keep"],
                                   "--review", outs["review"], "--reject", outs["reject"], "--force",
                                   "--jobs", jobs], env)
            if proc.returncode != 0:
                sys.exit(f"split failed ({proc.returncode}): {proc.stderr}")
            rate = f"{size / seconds:.2f} MB/s, {records / seconds:,.0f} records/s"
            print(f"split --jobs {jobs}: {seconds:.1f} s, {rate}")
        for line in proc.stderr.splitlines():
            print(f"  {line}")
        for label, path in outs.items():
            with open(path, "rb") as handle:
                count = sum(1 for _ in handle)
            print(f"  {label:<6} {count:>8,} records {os.path.getsize(path) / 1e6:>8.1f} MB")
        if args.check:
            for jobs in args.jobs:
                seconds, proc = timed([sys.executable, "-m", "auditor", "check", corpus, "--format", "jsonl", "-o",
                                       os.devnull, "--jobs", jobs, "--progress", "never", "--exit-zero"], env)
                print(f"check --jobs {jobs} (for comparison): {seconds:.1f} s, {size / seconds:.2f} MB/s")
    finally:
        if args.keep_files:
            print(f"files kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
