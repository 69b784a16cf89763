"""Instructions per MB of all default rules (or some), counted by Valgrind: a measure of per-core cost
that a busy or drifting machine does not disturb (timings here move by a third from one minute to the
next; the count by 1–2 % from run to run).

    python benchmarks/instructions.py [--doc-mb 1.36] [--select PC001 PH001 …] [--jsonl]

One document of ``../shared/corpus/seeds/002_*.txt`` repeated to ``--doc-mb`` MB is audited in a child
process under ``valgrind --tool=cachegrind --cache-sim=no``, once with one copy of the document and once
with three; the difference over two copies is what one document costs, without the start-up, the rule
loading and the compilation of the patterns (``PYTHONHASHSEED=0`` and the system allocator make the
count repeatable). Needs ``valgrind`` on the PATH (Debian: ``apt install valgrind``). Numbers only:
nothing is asserted.

To compare two versions of the code, run the script from each checkout: the child imports ``auditor``
from the directory above this script.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = os.path.join(ROOT, "..", "shared", "corpus", "seeds")

CHILD = """
import sys
sys.path.insert(0, {root!r})
from auditor.document import Document
from auditor.engine import audit_documents, build_checkers
from auditor.rulebook import load_rulebook
text = open({path!r}, encoding="utf-8").read()
checkers = build_checkers(list(load_rulebook()), select={select!r})
for checker in checkers:  # as auditor check without --show-verified
    checker.keep_verified = False
for i in range({copies}):
    for result in audit_documents([Document(f"report-{{i}}.txt", text)], checkers):
        pass
"""


def instructions(path: str, copies: int, select: list[str]) -> int:
    """Instructions Valgrind counts for a child that audits *copies* documents of the file *path*."""
    code = CHILD.format(root=ROOT, path=path, copies=copies, select=select)
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONMALLOC": "malloc"}
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if match is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doc-mb", type=float, default=1.36, help="document size (MB of UTF-8)")
    parser.add_argument("--select", nargs="*", default=[], help="rule ids (default: all default rules)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    (seed,) = glob.glob(os.path.join(SEED, "002_*.txt"))
    with open(seed, encoding="utf-8") as handle:
        text = handle.read()
    text *= max(1, round(args.doc_mb * 1e6 / len(text.encode("utf-8"))))
    mb = len(text.encode("utf-8")) / 1e6
    with tempfile.TemporaryDirectory(prefix="auditor-instructions-") as tmp:
        path = os.path.join(tmp, "report.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        # once without Valgrind first: a pattern compiled for the first time on this machine is written to the
        # pattern cache, and a first run that compiles would count that work against the second document
        subprocess.run([sys.executable, "-c", CHILD.format(root=ROOT, path=path, copies=1, select=args.select)],
                       env={**os.environ, "PYTHONHASHSEED": "0"}, check=True)
        one = instructions(path, 1, args.select)
        three = instructions(path, 3, args.select)
    per_document = (three - one) / 2
    rules = " ".join(args.select) or "all default rules"
    print(f"{rules}, one {mb:.2f} MB document: {per_document / 1e6:,.0f} M instructions "
          f"({per_document / mb / 1e6:,.0f} M per MB)")


if __name__ == "__main__":
    main()
