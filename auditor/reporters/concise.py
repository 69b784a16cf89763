"""``--format concise``: one line per finding, ``path:line:col: ID [severity] message`` (grep- and editor-friendly)."""

from __future__ import annotations

from auditor.engine import DocumentResult
from auditor.reporters.common import Summary

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO


class ConciseReporter:
    def __init__(self, out: TextIO, quiet: bool = False, show_verified: bool = False, **_options):
        self.out = out
        self.quiet = quiet
        self.show_verified = show_verified

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        doc = result.document
        listed = sorted([*result.findings, *result.verified], key=lambda f: (f.start, f.rule_id)) \
            if self.show_verified else result.findings
        for f in listed:
            line, col = doc.position(f.start)
            tag = "verified" if f.verified else f.severity
            self.out.write(f"{doc.path}:{line}:{col}: {f.rule_id} [{tag}] {f.message}\n")

    def finish(self, summary: Summary) -> None:
        if self.quiet:
            return
        if summary.findings:
            counts = ", ".join(f"{n} {s}" for s, n in sorted(summary.by_severity.items()))
            noun = "finding" if summary.findings == 1 else "findings"
            self.out.write(f"Found {summary.findings} {noun} ({counts}) in "
                           f"{summary.documents_with_findings} of {_documents(summary.documents)}.\n")
        else:
            self.out.write(f"All checks passed ({_documents(summary.documents)}).\n")


def _documents(n: int) -> str:
    return "1 document" if n == 1 else f"{n} documents"
