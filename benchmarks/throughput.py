"""Throughput of ``auditor check`` (all default rules), scaling from 1 to 2 processes, and anchors on the same text.

    python benchmarks/throughput.py [--source seed|generated] [--mb 50] [--doc-mb 1.3] [--jobs 1 2]
                                    [--format json] [--split]

``--source seed`` (the default) repeats the real report ``../shared/corpus/seeds/002_*.txt`` into
documents of ``--doc-mb`` MB each; ``--source generated`` uses benchmarks/corpus.py. The ``--jobs``
values take turns running the CLI on the collection, ``--repeat`` times: the table gives the best run,
the median in brackets, and *busy*, the CPU time of all the run's processes over ``jobs`` × its wall
clock (100 %: every core worked throughout; what is missing is start-up, waiting and the serial end),
which a machine whose speed drifts disturbs far less than the wall clock. ``--split`` also writes the
same text as one single file, to show how ``--jobs`` copes with one huge document. ``--ceiling`` adds the
row *2 × 1*: two one-process runs at the same time, each on every other document (no pool, nothing
shared): how far two processes of this machine get when nothing of the auditor's pool is in the way.

The anchors run in this process on the same text, one document at a time:

* a single regular-expression pass (``regex``: every run of digits);
* ``charset_normalizer``'s mess detector (``md.mess_ratio``), the usual "is this text damaged" check;
* ``ftfy.fix_text``, the usual mojibake repair.

Numbers only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "shared", "corpus", "seeds")


def folder_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, files in os.walk(path) for name in files)


def seed_collection(folder: str, mb: float, doc_mb: float) -> list[str]:
    """Write documents of about *doc_mb* MB, made of seed 002 repeated, until *mb* MB are written."""
    (seed,) = glob.glob(os.path.join(SEED, "002_*.txt"))
    with open(seed, encoding="utf-8") as handle:
        text = handle.read()
    repeat = max(1, round(doc_mb * 1e6 / len(text.encode("utf-8"))))
    document = text * repeat
    size = len(document.encode("utf-8"))
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(max(1, round(mb * 1e6 / size))):
        path = os.path.join(folder, f"report-{i:04d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(document)
        paths.append(path)
    return paths


def cli(targets: list[str], jobs: int, fmt: str) -> list[str]:
    return [sys.executable, "-m", "auditor", "check", *targets, "--format", fmt, "-o", os.devnull,
            "--jobs", str(jobs), "--exit-zero", "--progress", "never"]


def run_cli(target: str | list[list[str]], jobs: int, fmt: str, env: dict) -> tuple[float, float]:
    """``(wall seconds, CPU seconds of every process of the run)`` of one ``auditor check`` (CPU: NaN where
    the ``resource`` module is missing, as on Windows). A list of path lists: one run per list, all at once,
    and the wall clock until the last ends."""
    try:
        import resource
    except ImportError:
        resource = None
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    begin = time.perf_counter()
    if isinstance(target, str):
        subprocess.run(cli([target], jobs, fmt), check=True, env=env)
    else:
        runs = [subprocess.Popen(cli(paths, jobs, fmt), env=env) for paths in target]
        if any(run.wait() for run in runs):
            raise SystemExit("a run failed")
    wall = time.perf_counter() - begin
    if resource is None:
        return wall, float("nan")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers are counted once their parent ends
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def timed_runs(target: str, jobs_list: list[int], fmt: str, repeat: int, env: dict,
               halves: list[list[str]] | None = None) -> dict:
    """``{jobs: [(wall, cpu), …]}``: the ``--jobs`` values take turns, run after run, so that a machine
    that slows down for a while slows each of them alike. With *halves*, also ``"2 × 1"``: one process on
    each half at the same time."""
    runs: dict = {jobs: [] for jobs in jobs_list}
    if halves:
        runs["2 × 1"] = []
    for _ in range(repeat):
        for jobs in jobs_list:
            runs[jobs].append(run_cli(target, jobs, fmt, env))
        if halves:
            runs["2 × 1"].append(run_cli(halves, 1, fmt, env))
    return runs


def anchors(paths: list[str]) -> list[tuple[str, float | None]]:
    """Seconds each anchor takes over the documents of *paths* (None: the package is not installed)."""
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            texts.append(handle.read())
    out: list[tuple[str, float | None]] = []

    import regex

    digits = regex.compile(r"[0-9]+")
    begin = time.perf_counter()
    for text in texts:
        sum(1 for _ in digits.finditer(text))
    out.append(("one regex pass (regex, [0-9]+)", time.perf_counter() - begin))
    try:
        from charset_normalizer.md import mess_ratio
    except ImportError:
        out.append(("charset_normalizer mess_ratio", None))
    else:
        begin = time.perf_counter()
        for text in texts:
            mess_ratio(text, maximum_threshold=1.0)
        out.append(("charset_normalizer mess_ratio", time.perf_counter() - begin))
    try:
        import ftfy
    except ImportError:
        out.append(("ftfy.fix_text", None))
    else:
        begin = time.perf_counter()
        for text in texts:
            ftfy.fix_text(text)
        out.append(("ftfy.fix_text", time.perf_counter() - begin))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("seed", "generated"), default="seed")
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--doc-mb", type=float, default=1.3, help="document size for --source seed")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", default="json")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--split", action="store_true", help="also run the collection as one single file")
    parser.add_argument("--corpus", help="use this folder instead of generating one")
    parser.add_argument("--ceiling", action="store_true",
                        help="also run one process on each half of the documents, both at once (2 × 1)")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="auditor-bench-")
    corpus = args.corpus or os.path.join(tmp, "corpus")
    if args.corpus:
        paths = sorted(glob.glob(os.path.join(corpus, "**", "*.*"), recursive=True))
    elif args.source == "seed":
        paths = seed_collection(corpus, args.mb, args.doc_mb)
    else:
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), corpus, "--mb", str(args.mb)], check=True)
        paths = sorted(glob.glob(os.path.join(corpus, "**", "*.*"), recursive=True))
    size = folder_size(corpus) / 1e6
    env = {**os.environ, "AUDITOR_CACHE_DIR": os.path.join(tmp, "cache")}
    run_cli(paths[0], 1, args.format, env)  # warm up: the compiled patterns are cached (AUDITOR_CACHE_DIR)
    halves = [paths[0::2], paths[1::2]] if args.ceiling and len(paths) > 1 else None
    rows = [(f"{len(paths)} documents", timed_runs(corpus, args.jobs, args.format, args.repeat, env, halves))]
    if args.split:
        single = os.path.join(tmp, "single.txt")
        with open(single, "w", encoding="utf-8") as out:
            for path in paths:
                with open(path, encoding="utf-8") as handle:
                    out.write(handle.read())
        rows.append(("one file", timed_runs(single, args.jobs, args.format, args.repeat, env)))
    print(f"collection: {size:.1f} MB ({args.source}) in {corpus}; report --format {args.format}; "
          f"best of {args.repeat} runs (median in brackets)")
    print(f"{'input':>14} {'jobs':>5} {'seconds':>14} {'MB/s':>7} {'MB/s/core':>10} {'speed-up':>14} {'busy':>6}")
    best_rows = []
    for name, runs in rows:
        first = min(runs[args.jobs[0]])[0] * args.jobs[0]
        first_median = statistics.median(wall for wall, _ in runs[args.jobs[0]]) * args.jobs[0]
        for jobs, measured in runs.items():
            wall, cpu = min(measured)
            median = statistics.median(w for w, _ in measured)
            cores = jobs if isinstance(jobs, int) else 2
            # busy: the CPU time of all its processes over jobs × wall clock (1.0: every core busy throughout)
            busy = cpu / (cores * wall)
            print(f"{name:>14} {jobs:>5} {wall:>6.2f} ({median:>5.2f}) {size / wall:>7.2f} "
                  f"{size / wall / cores:>10.2f} {first / wall:>5.2f} ({first_median / median:>5.2f}) {busy:>6.0%}")
            if isinstance(jobs, int):
                best_rows.append((name, jobs, wall))
    rows = best_rows
    auditor_rate = size / rows[0][2] / rows[0][1]
    print("\nanchors on the same text (one process):")
    print(f"{'tool':>34} {'seconds':>8} {'MB/s':>8} {'× auditor':>10}")
    for name, seconds in anchors(paths):
        if seconds is None:
            print(f"{name:>34} {'(not installed)':>8}")
            continue
        rate = size / seconds
        print(f"{name:>34} {seconds:>8.2f} {rate:>8.1f} {rate / auditor_rate:>10.2f}")
    print(f"{'doc-auditor, all rules, 1 process':>34} {rows[0][2] * rows[0][1]:>8.2f} {auditor_rate:>8.1f} {1:>10.2f}")


if __name__ == "__main__":
    main()
