"""The default, human report (Rich): findings per document with highlighted source, then a summary.

Rich is imported only when there is something to draw, so a clean pre-commit run stays fast.
"""

from __future__ import annotations

from collections import Counter

from auditor.reporters.common import Summary, excerpt

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

    from auditor.engine import DocumentResult

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
DEFAULT_MAX_PER_RULE = 10


class RichReporter:
    def __init__(self, out: TextIO, quiet: bool = False, color: str = "auto", collapse: bool = True,
                 max_per_rule: int = DEFAULT_MAX_PER_RULE, rule_names: dict | None = None,
                 show_verified: bool = False, **_options):
        self.out = out
        self.show_verified = show_verified
        self.quiet = quiet
        self.color = color
        self.max_per_rule = max_per_rule if collapse else None
        self.rule_names = rule_names or {}
        self._console = None

    @property
    def console(self):
        if self._console is None:
            from rich.console import Console

            force = {"always": True, "never": False}.get(self.color)
            self._console = Console(file=self.out, highlight=False, force_terminal=force,
                                    no_color=self.color == "never" or None, soft_wrap=True)
        return self._console

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        verified = result.verified if self.show_verified else []
        if not result.findings and not verified:
            return
        from rich.markup import escape
        from rich.text import Text

        doc, findings = result.document, result.findings
        console = self.console
        if not findings:
            console.print(f"[bold underline]{escape(doc.path)}[/] — no findings")
        counts = Counter(f.severity for f in findings)
        parts = ", ".join(f"[{SEVERITY_STYLE[s]}]{counts[s]} {s}[/]" for s in ("error", "warning", "info")
                          if counts[s])
        noun = "finding" if len(findings) == 1 else "findings"
        if findings:
            console.print(f"[bold underline]{escape(doc.path)}[/] — {len(findings)} {noun}: {parts}")
        shown: Counter = Counter()
        hidden: Counter = Counter()
        for f in findings:
            if self.max_per_rule is not None and shown[f.rule_id] >= self.max_per_rule:
                hidden[f.rule_id] += 1
                continue
            shown[f.rule_id] += 1
            line, col = doc.position(f.start)
            head = Text(f"  {line:>5}:{col:<4} ")
            head.append(f"{f.severity:<7} ", style=SEVERITY_STYLE[f.severity])
            head.append(f"{f.rule_id} ", style="bold")
            head.append(f.message)
            console.print(head)
            source, a, b = excerpt(doc, f)
            snippet = Text()
            snippet.append("              │ ", style="dim")
            body = Text(source.replace("\t", " "))
            body.stylize("bold reverse " + SEVERITY_STYLE[f.severity].replace("bold ", ""), a, max(b, a + 1))
            snippet.append_text(body)
            console.print(snippet)
        for rule_id, n in hidden.items():
            console.print(f"  [dim]… {n} more {rule_id} findings in this document "
                          f"(--no-collapse shows them all)[/]")
        for f in verified:
            line, col = doc.position(f.start)
            row = Text(f"  {line:>5}:{col:<4} ")
            row.append("✓ ok    ", style="green")
            row.append(f"{f.rule_id} ", style="bold")
            row.append(f.message, style="dim")
            console.print(row)
        console.print()

    def finish(self, summary: Summary) -> None:
        if not summary.findings:
            if not self.quiet:
                checked = f" ({_plural(summary.verified, 'statement')} verified)" if self.show_verified else ""
                self.out.write(f"All checks passed: {_plural(summary.documents, 'document')}, no findings{checked}.\n")
            return
        if self.quiet:
            return
        from rich.table import Table

        table = Table(title="Summary", title_justify="left", show_edge=False, pad_edge=False)
        for name, justify in (("Rule", "left"), ("Name", "left"), ("Category", "left"),
                              ("Severity", "left"), ("Findings", "right"), ("Documents", "right")):
            table.add_column(name, justify=justify)
        for rule_id, n in sorted(summary.by_rule.items()):
            category, severity = summary.rule_info[rule_id]
            table.add_row(rule_id, self.rule_names.get(rule_id, ""), category,
                          f"[{SEVERITY_STYLE[severity]}]{severity}[/]", str(n), str(summary.docs_by_rule[rule_id]))
        self.console.print(table)
        counts = ", ".join(f"[{SEVERITY_STYLE[s]}]{summary.by_severity[s]} {s}[/]"
                           for s in ("error", "warning", "info") if summary.by_severity[s])
        self.console.print(f"\n{_plural(summary.documents, 'document')} checked: "
                           f"{_plural(summary.findings, 'finding')} ({counts}) "
                           f"in {_plural(summary.documents_with_findings, 'document')}.")
        verdicts = summary.curation.get("verdicts")  # auditor.curation
        if verdicts:
            self.console.print("Verdicts: " + ", ".join(f"{n} {label}" for label, n in verdicts.items()) + ".")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
