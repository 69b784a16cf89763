"""Pieces every reporter needs: the running summary, excerpts, and the JSON shape of a finding."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from auditor.document import Document
from auditor.engine import DocumentResult
from auditor.finding import Finding
from auditor.fingerprint import fingerprints

EXCERPT_RADIUS = 40


@dataclass
class Summary:
    """Counts over a whole run."""

    documents: int = 0
    documents_with_findings: int = 0
    findings: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    by_category: Counter = field(default_factory=Counter)
    docs_by_rule: Counter = field(default_factory=Counter)
    verified: int = 0
    rule_info: dict = field(default_factory=dict)
    #: ``verdicts`` and ``tolerances`` of a curated run (see :mod:`auditor.curation`)
    curation: dict = field(default_factory=dict)

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        if result.findings:
            self.documents_with_findings += 1
        self.findings += len(result.findings)
        self.verified += len(result.verified)
        for f in result.findings:
            self.by_severity[f.severity] += 1
            self.by_rule[f.rule_id] += 1
            self.by_category[f.category] += 1
            self.rule_info.setdefault(f.rule_id, (f.category, f.severity))
        for rule_id in {f.rule_id for f in result.findings}:
            self.docs_by_rule[rule_id] += 1

    def as_json(self) -> dict:
        return {
            "documents": self.documents,
            "findings": self.findings,
            "by_severity": dict(sorted(self.by_severity.items())),
            "by_rule": dict(sorted(self.by_rule.items())),
            **self.curation,
        }


def excerpt(doc: Document, finding: Finding) -> tuple[str, int, int]:
    """The source line of *finding* (shortened around the span) and the span's offsets inside it."""
    line, column = doc.position(finding.start)
    text = doc.line_text(line)
    start = column - 1
    end = min(len(text), start + (finding.end - finding.start))
    lo = max(0, start - EXCERPT_RADIUS)
    hi = min(len(text), max(end, start + 1) + EXCERPT_RADIUS)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + text[lo:hi] + suffix, start - lo + len(prefix), end - lo + len(prefix)


def finding_dict(doc: Document, finding: Finding, fingerprint: str) -> dict:
    """A finding in the shape of ``reports/report.schema.json``."""
    line, column = doc.position(finding.start)
    end_line, end_column = doc.position(finding.end)
    out = {
        "rule_id": finding.rule_id,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": finding.start,
        "end": finding.end,
        "excerpt": excerpt(doc, finding)[0],
        "fingerprint": fingerprint,
    }
    if finding.subtype:
        out["subtype"] = finding.subtype
    if finding.diagnosis:
        out["diagnosis"] = finding.diagnosis
    if finding.fix is not None:
        out["fix"] = finding.fix
    return out


def document_dict(result: DocumentResult, show_verified: bool = False) -> dict:
    doc = result.document
    prints = [f.fingerprint for f in result.findings]
    if any(p is None for p in prints):
        prints = fingerprints(doc.text, result.findings)
    out = {
        "path": doc.path,
        "encoding": doc.encoding,
        "findings": [finding_dict(doc, f, p) for f, p in zip(result.findings, prints, strict=True)],
    }
    if show_verified:
        checked = fingerprints(doc.text, result.verified)
        out["verified"] = [finding_dict(doc, f, p) for f, p in zip(result.verified, checked, strict=True)]
    if "verdict" in doc.cache:  # set by auditor.curation during a check run
        out["verdict"] = doc.cache["verdict"].as_json()
    return out
