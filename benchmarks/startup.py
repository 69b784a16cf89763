"""Start-up of a one-file run against ``python -c "import regex"`` (prints numbers, asserts nothing).

    python benchmarks/startup.py [--runs 30]

Target (DESIGN.md): ``auditor check one_small_file.txt`` within 3x the wall time of importing regex.
The first auditor run fills the rule-validation and compiled-pattern caches and the package's bytecode
is compiled first (as an installed wheel has it); the figures are for warm runs, as in a pre-commit hook.
The commands take turns (one run of each per round), so that a busy machine slows them alike; the
median and the best run are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def wall_time(command: list[str], env: dict) -> float:
    begin = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        clean = os.path.join(tmp, "clean.txt")
        dirty = os.path.join(tmp, "dirty.txt")
        with open(clean, "w", encoding="utf-8") as handle:
            handle.write("全年新增就业岗位3200个，城镇登记失业率控制在3.1%以内。\n" * 20)
        with open(dirty, "w", encoding="utf-8") as handle:
            handle.write("全年走访困难群众xx户，XX街道于x月xx日完成验收。\n" * 20)
        env = {**os.environ, "AUDITOR_CACHE_DIR": os.path.join(tmp, "cache")}
        # an installed package has its bytecode compiled; a checkout run with PYTHONDONTWRITEBYTECODE
        # would recompile every module on every run and measure the compiler, not the tool
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        import auditor

        subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.dirname(auditor.__file__)], check=False,
                       env=env)
        py = sys.executable
        cases = {
            'python -c "import regex"': [py, "-c", "import regex"],
            "auditor check clean.txt": [py, "-m", "auditor", "check", clean],
            "auditor check dirty.txt (rich report)": [py, "-m", "auditor", "check", dirty],
            "auditor check dirty.txt --format concise": [py, "-m", "auditor", "check", dirty, "--format", "concise"],
            "auditor check dirty.txt --format json": [py, "-m", "auditor", "check", dirty, "--format", "json"],
        }
        for command in cases.values():  # warm the caches and the OS cache
            wall_time(command, env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, command in cases.items():
                times[name].append(wall_time(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    best = {name: min(values) for name, values in times.items()}
    base, base_best = medians['python -c "import regex"'], best['python -c "import regex"']
    print(f"{'command':<44} {'median ms':>10} {'x import regex':>15} {'best ms':>8} {'x':>5}")
    for name in cases:
        print(f"{name:<44} {medians[name] * 1000:>10.1f} {medians[name] / base:>15.2f} "
              f"{best[name] * 1000:>8.1f} {best[name] / base_best:>5.2f}")


if __name__ == "__main__":
    main()
