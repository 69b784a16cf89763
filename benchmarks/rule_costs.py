"""CPU time of each default rule on one document, in this process (best of several rounds).

    python benchmarks/rule_costs.py [FILE ...] [--repeat 5] [--rounds 5] [--rules PH,MJ]

Every rule runs in the engine's order on a fresh :class:`~auditor.document.Document` per round (the
rules share per-document caches in ``doc.cache``, so the first rule to need a cache pays for it). The
figure per rule is the least CPU time (``time.process_time``) over the rounds: on a busy machine the
best round is the steadier figure. Numbers only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import time

from auditor.document import Document
from auditor.engine import build_checkers
from auditor.rulebook import load_rulebook

DEFAULT = "../shared/corpus/seeds/002_3a2636798456cfa9.txt"


def measure(text: str, rounds: int) -> dict[str, float]:
    checkers = build_checkers(list(load_rulebook()))
    for c in checkers:  # warm-up: compile the patterns, load the tables
        list(c.check(Document("w", text[:50000])))
    best: dict[str, float] = {}
    for _ in range(rounds):
        doc = Document("x", text)
        for c in checkers:
            before = time.process_time()
            list(c.check(doc))
            spent = time.process_time() - before
            best[c.rule.id] = min(best.get(c.rule.id, spent), spent)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[DEFAULT])
    parser.add_argument("--repeat", type=int, default=5, help="the text of each file, this many times")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rules", default="PH,MJ", help="prefixes of the rule ids to list ('' for all)")
    args = parser.parse_args()
    prefixes = tuple(p for p in args.rules.split(",") if p)
    for path in args.files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read() * args.repeat
        best = measure(text, args.rounds)
        shown = {k: v for k, v in best.items() if not prefixes or k.startswith(prefixes)}
        print(f"{path} ×{args.repeat} ({len(text.encode('utf-8')) / 1e6:.2f} MB)")
        for rule, spent in shown.items():
            print(f"  {rule:6} {spent * 1000:8.2f} ms")
        print(f"  {'shown':6} {sum(shown.values()) * 1000:8.2f} ms   all rules {sum(best.values()) * 1000:8.2f} ms")


if __name__ == "__main__":
    main()
