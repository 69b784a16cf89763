"""``auditor summary REPORT.json``: tables of a JSON report — per category, per rule and the worst documents.

The report is the output of ``auditor check --format json`` (or of ``auditor merge``); ``-`` reads it
from standard input. The worst documents are those with the most findings (ties: more errors, then
more warnings, then the path); ``--top N`` says how many (0 leaves the table out).

Exit codes: 0 when the report was read (whatever it contains); 2 when it is missing, not JSON, not
shaped like a report, or ``--top`` is negative.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from auditor.dataframe import ReportError, load_report

EXIT_OK, EXIT_ERROR = 0, 2
SEVERITY_ORDER = ("error", "warning", "info")
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _err(message: str) -> None:
    sys.stderr.write(f"auditor: error: {message}\n")


def _read(source: str) -> dict:
    if source == "-":
        return load_report(sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read(),
                           name="standard input")
    return load_report(source, name=source)


class Tally:
    """The counts behind the tables."""

    def __init__(self, report: dict):
        self.documents = len(report["documents"])
        self.findings = 0
        self.verified = 0
        self.severity: Counter = Counter()
        self.category: dict[str, Counter] = defaultdict(Counter)  # category -> severity counts
        self.category_docs: Counter = Counter()
        self.rule: Counter = Counter()
        self.rule_info: dict[str, tuple[str, str]] = {}
        self.rule_docs: Counter = Counter()
        self.per_document: list[tuple[str, Counter, Counter]] = []  # (path, by severity, by rule)
        self.verdicts: Counter = Counter(d["verdict"]["label"] for d in report["documents"] if "verdict" in d)
        for doc in report["documents"]:
            findings = doc["findings"]
            self.verified += len(doc.get("verified", ()))
            if not findings:
                continue
            by_severity: Counter = Counter()
            by_rule: Counter = Counter()
            for f in findings:
                self.findings += 1
                by_severity[f["severity"]] += 1
                by_rule[f["rule_id"]] += 1
                self.category[f["category"]][f["severity"]] += 1
                self.rule_info.setdefault(f["rule_id"], (f["category"], f["severity"]))
            self.severity.update(by_severity)
            self.rule.update(by_rule)
            self.rule_docs.update(by_rule.keys())
            self.category_docs.update({f["category"] for f in findings})
            self.per_document.append((doc["path"], by_severity, by_rule))

    def worst(self, n: int) -> list[tuple[str, Counter, Counter]]:
        def key(item):
            path, by_severity, _ = item
            return (-sum(by_severity.values()), *(-by_severity[s] for s in SEVERITY_ORDER), path)

        return sorted(self.per_document, key=key)[:n]


def _severity_cells(counts: Counter) -> list[str]:
    return [f"[{SEVERITY_STYLE[s]}]{counts[s]:,}[/]" if counts[s] else "[dim]0[/]" for s in SEVERITY_ORDER]


def _table(title: str, columns: list[tuple[str, str]]):
    from rich.table import Table

    table = Table(title=title, title_justify="left", title_style="bold", show_edge=False, pad_edge=False)
    for name, justify in columns:
        table.add_column(name, justify=justify, overflow="fold" if name == "Document" else "ellipsis")
    return table


def render(tally: Tally, top: int, source: str, console) -> None:
    from rich.markup import escape

    noun = "finding" if tally.findings == 1 else "findings"
    parts = ", ".join(f"[{SEVERITY_STYLE[s]}]{tally.severity[s]:,} {s}[/]" for s in SEVERITY_ORDER
                      if tally.severity[s])
    with_findings = len(tally.per_document)
    console.print(f"[bold]{escape(source)}[/]: {tally.documents:,} documents, {tally.findings:,} {noun}"
                  + (f" ({parts})" if parts else "")
                  + f" in {with_findings:,} document{'' if with_findings == 1 else 's'}"
                  + (f"; {tally.verified:,} statements verified" if tally.verified else "") + ".")
    if tally.verdicts:  # auditor.curation
        console.print("Verdicts: " + ", ".join(f"{tally.verdicts[label]:,} {label}"
                                              for label in ("keep", "review", "reject")) + ".")
    if not tally.findings:
        return
    severity_columns = [("Errors", "right"), ("Warnings", "right"), ("Info", "right")]

    table = _table("Findings per category",
                   [("Category", "left"), ("Findings", "right"), ("Documents", "right"), *severity_columns])
    for category, counts in sorted(tally.category.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        table.add_row(escape(category), f"{sum(counts.values()):,}", f"{tally.category_docs[category]:,}",
                      *_severity_cells(counts))
    console.print()
    console.print(table)

    table = _table("Findings per rule", [("Rule", "left"), ("Category", "left"), ("Severity", "left"),
                                          ("Findings", "right"), ("Documents", "right")])
    for rule_id, n in sorted(tally.rule.items(), key=lambda item: (-item[1], item[0])):
        category, severity = tally.rule_info[rule_id]
        style = SEVERITY_STYLE.get(severity, "")
        table.add_row(escape(rule_id), escape(category), f"[{style}]{escape(severity)}[/]" if style else severity,
                      f"{n:,}", f"{tally.rule_docs[rule_id]:,}")
    console.print()
    console.print(table)

    if top > 0:
        worst = tally.worst(top)
        table = _table(f"Worst documents (top {len(worst)} of {with_findings:,} with findings)",
                       [("#", "right"), ("Document", "left"), ("Findings", "right"), *severity_columns,
                        ("Most frequent rules", "left")])
        for rank, (path, by_severity, by_rule) in enumerate(worst, 1):
            rules = ", ".join(f"{rule} ×{n}" for rule, n in sorted(by_rule.items(), key=lambda i: (-i[1], i[0]))[:3])
            table.add_row(str(rank), escape(path), f"{sum(by_severity.values()):,}", *_severity_cells(by_severity),
                          escape(rules))
        console.print()
        console.print(table)


def run_summary(args: argparse.Namespace) -> int:
    """Print the tables of ``args.report``; ``args.top`` worst documents. Returns the exit code."""
    top = getattr(args, "top", 10)
    if top is None:
        top = 10
    if top < 0:
        _err(f"--top must be 0 or more, not {top}")
        return EXIT_ERROR
    try:
        report = _read(args.report)
    except ReportError as exc:
        _err(str(exc))
        return EXIT_ERROR
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=False)
    render(Tally(report), top, "standard input" if args.report == "-" else args.report, console)
    return EXIT_OK
