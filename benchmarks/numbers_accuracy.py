"""Precision, recall and F1 of the numeric rules (TO*, PC*) per construction, on benchmarks/numbers_corpus.py.

    python benchmarks/numbers_accuracy.py [--seed 7] [--per-construction 200] [--show-errors [N]] [--json [FILE]]

Each generated statement is audited on its own with the totals and percentage rules (``--select TO,PC``;
PC005, the document-wide mixed-sign notice, is left out). A broken statement with any finding is a true
positive, without one a false negative; a consistent statement or a look-alike with a finding is a false
positive. Besides P/R/F1 the table shows

* *checked* — the share of consistent statements the rules verified (bound the relation and found it
  holds: ``--show-verified``), i.e. how much of the construction is understood rather than passed over;
* *diag* — among broken statements whose slip is certain (a 万/亿 slip, transposed digits, a part
  counted twice or left out, a complement, 百分点 for %), the share whose finding names it.

``--show-errors`` prints, on standard error, up to N missed and wrongly flagged statements per construction.
Numbers only: nothing is asserted (tests/test_numbers_generated.py holds the lines that must not move).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from numbers_corpus import Case, generate

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook


def build():
    """The checkers of the numeric rules."""
    return build_checkers(list(load_rulebook()), select=["TO", "PC"], ignore=["PC005"])


def audit(case: Case, checkers) -> tuple[list, list]:
    """(findings, verified statements) of *case*'s text."""
    doc = Document("case.txt", case.text)
    findings = audit_document(doc, checkers)
    return findings, doc.cache.get("verified", [])


def flagged(case: Case, checkers) -> list[str]:
    """``rule: message`` of every finding on *case*."""
    findings, _ = audit(case, checkers)
    return [f"{f.rule_id}: {f.message}" for f in findings]


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def evaluate(cases: list[Case], checkers=None, errors: dict | None = None) -> dict[str, dict]:
    """Counts and scores per construction (and per look-alike); *errors* collects the misses by name."""
    checkers = checkers or build()
    rows: dict[str, dict] = defaultdict(lambda: {"family": "", "kind": "", "tp": 0, "fp": 0, "fn": 0, "tn": 0,
                                                 "checked": 0, "consistent": 0, "diag_ok": 0, "diag_n": 0})
    for case in cases:
        findings, verified = audit(case, checkers)
        row = rows[case.construction]
        row["family"] = case.family
        row["kind"] = "negative" if case.kind == "negative" else "construction"
        hit = bool(findings)
        if case.kind == "broken":
            row["tp" if hit else "fn"] += 1
            if case.diagnosis:
                row["diag_n"] += 1
                row["diag_ok"] += any(f.diagnosis == case.diagnosis for f in findings)
        else:
            row["fp" if hit else "tn"] += 1
            if case.kind == "consistent":
                row["consistent"] += 1
                row["checked"] += bool(verified) and not hit
        if errors is not None and hit != (case.kind == "broken"):
            errors[case.construction].append((case, [f"{f.rule_id}: {f.message}" for f in findings]))
    for row in rows.values():
        p = _ratio(row["tp"], row["tp"] + row["fp"])
        r = _ratio(row["tp"], row["tp"] + row["fn"])
        row["precision"], row["recall"] = p, r
        row["f1"] = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return dict(rows)


def family_totals(rows: dict[str, dict]) -> dict[str, dict]:
    """Totals per family, look-alikes counted as false positives of the family they tempt."""
    out: dict[str, dict] = {}
    for family in ("totals", "percentage"):
        tp = sum(r["tp"] for r in rows.values() if r["family"] == family)
        fp = sum(r["fp"] for r in rows.values() if r["family"] == family)
        fn = sum(r["fn"] for r in rows.values() if r["family"] == family)
        p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = 2 * p * r / (p + r) if p and r else 0.0
        out[family] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}
    return out


def _pct(x: float | None) -> str:
    return "    –" if x is None else f"{100 * x:5.1f}"


def print_table(rows: dict[str, dict], out=sys.stdout) -> None:
    head = f"{'construction':22} {'family':10} {'TP':>5} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6} {'F1':>6} "
    print(head + f"{'checked':>7} {'diag':>9}", file=out)
    for name, r in rows.items():
        if r["kind"] != "construction":
            continue
        checked = _pct(_ratio(r["checked"], r["consistent"]))
        diag = f"{r['diag_ok']}/{r['diag_n']}" if r["diag_n"] else "–"
        print(f"{name:22} {r['family']:10} {r['tp']:5} {r['fp']:4} {r['fn']:4} {_pct(r['precision']):>6} "
              f"{_pct(r['recall']):>6} {_pct(r['f1']):>6} {checked:>7} {diag:>9}", file=out)
    print(file=out)
    print(f"{'look-alike':26} {'family':10} {'statements':>10} {'flagged':>8}", file=out)
    for name, r in rows.items():
        if r["kind"] == "negative":
            print(f"{name:26} {r['family']:10} {r['fp'] + r['tn']:10} {r['fp']:8}", file=out)
    print(file=out)
    for family, t in family_totals(rows).items():
        print(f"{family:10} TP {t['tp']:5}  FP {t['fp']:4}  FN {t['fn']:4}  precision {_pct(t['precision'])}  "
              f"recall {_pct(t['recall'])}  F1 {_pct(t['f1'])}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-construction", type=int, default=200)
    parser.add_argument("--show-errors", type=int, nargs="?", const=5, default=0, metavar="N")
    parser.add_argument("--json", nargs="?", const="-", metavar="FILE", help="write the figures as JSON")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cases = generate(seed=args.seed, per_construction=args.per_construction)
    errors: dict[str, list] = defaultdict(list)
    rows = evaluate(cases, errors=errors)
    elapsed = time.perf_counter() - started
    print(f"{len(cases)} statements (seed {args.seed}), {elapsed:.1f} s")
    print_table(rows)
    if args.show_errors:
        for name, items in errors.items():
            print(f"\n== {name}", file=sys.stderr)
            for case, hits in items[: args.show_errors]:
                print(f"  [{case.kind} {case.error}] {case.text}", file=sys.stderr)
                for hit in hits:
                    print(f"      {hit}", file=sys.stderr)
    if args.json:
        data = {"seed": args.seed, "per_construction": args.per_construction, "constructions": rows,
                "families": family_totals(rows)}
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
