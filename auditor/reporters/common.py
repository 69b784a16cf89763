"""Pieces every reporter needs: the running summary, excerpts, and the JSON shape of a finding."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from auditor.document import Document
from auditor.engine import DocumentResult
from auditor.finding import KIND, Finding
from auditor.fingerprint import fingerprints
from auditor.record import Record

EXCERPT_RADIUS = 40


class Summary(Record):
    """Counts over a whole run: ``documents``, ``documents_with_findings``, ``findings``, ``by_severity``,
    ``by_rule``, ``by_category``, ``docs_by_rule`` (documents per rule), ``verified``, ``rule_info``
    (rule id → (category, severity))."""

    # curation: ``verdicts`` and ``tolerances`` of a curated run (see :mod:`auditor.curation`)
    _fields = ("documents", "documents_with_findings", "findings", "by_severity", "by_rule", "by_category",
               "docs_by_rule", "verified", "rule_info", "curation")
    _defaults = (("documents", 0), ("documents_with_findings", 0), ("findings", 0), ("verified", 0), ("rule_info", {}),
                 ("curation", {}))
    _factories = (("by_severity", Counter), ("by_rule", Counter), ("by_category", Counter), ("docs_by_rule", Counter))

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        findings = result.findings
        self.verified += len(result.verified)
        if not findings:
            return
        self.documents_with_findings += 1
        self.findings += len(findings)
        # one C-level pass over the findings, then a few additions per kind of finding (in the order of
        # their first finding: rule_info keeps what the first finding of a rule says)
        rules = set()
        for (rule_id, category, severity), count in Counter(map(KIND, findings)).items():
            self.by_severity[severity] += count
            self.by_rule[rule_id] += count
            self.by_category[category] += count
            self.rule_info.setdefault(rule_id, (category, severity))
            rules.add(rule_id)
        for rule_id in rules:
            self.docs_by_rule[rule_id] += 1

    def as_json(self) -> dict:
        return {
            "documents": self.documents,
            "findings": self.findings,
            "by_severity": dict(sorted(self.by_severity.items())),
            "by_rule": dict(sorted(self.by_rule.items())),
            **self.curation,
        }


def line_span(doc: Document, offset: int) -> tuple[int, int, int, int]:
    """``(index, begin, end, next_start)`` of the line holding *offset*: its 0-based index, where its text
    begins and ends (line ending excluded) and where the next line starts (past the end of the text for
    the last line); one bisect on the document's cached line index."""
    starts = doc.line_starts
    text = doc.text
    index = bisect_right(starts, offset) - 1
    begin = starts[index]
    if index + 1 < len(starts):
        end = next_start = starts[index + 1]
    else:
        end, next_start = len(text), len(text) + 1
    while end > begin and text[end - 1] in "\r\n":
        end -= 1
    return index, begin, end, next_start


def _excerpt(text: str, begin: int, end: int, start: int, length: int) -> tuple[str, int, int]:
    """The excerpt of the line ``text[begin:end]`` around a span at column *start* (0-based) of *length*."""
    size = end - begin
    stop = min(size, start + length)
    lo = max(0, start - EXCERPT_RADIUS)
    hi = min(size, max(stop, start + 1) + EXCERPT_RADIUS)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < size else ""
    return prefix + text[begin + lo:begin + hi] + suffix, start - lo + len(prefix), stop - lo + len(prefix)


def excerpt(doc: Document, finding: Finding) -> tuple[str, int, int]:
    """The source line of *finding* (shortened around the span) and the span's offsets inside it."""
    _, begin, end, _ = line_span(doc, finding.start)
    return _excerpt(doc.text, begin, end, finding.start - begin, finding.end - finding.start)


def finding_dict(doc: Document, finding: Finding, fingerprint: str) -> dict:
    """A finding in the shape of ``reports/report.schema.json``."""
    return finding_dicts(doc, [finding], [fingerprint])[0]


def finding_dicts(doc: Document, findings: list[Finding], prints: list[str]) -> list[dict]:
    """:func:`finding_dict` of each finding (with its fingerprint), in a loop that does one bisect per finding
    on the document's cached line index and slices only the excerpt out of the text."""
    text = doc.text
    starts = doc.line_starts
    lines = len(starts)
    size = len(text)
    radius = EXCERPT_RADIUS
    out = []
    append = out.append
    for finding, fingerprint in zip(findings, prints, strict=True):
        start, stop = finding.start, finding.end
        index = bisect_right(starts, start) - 1
        begin = starts[index]
        if index + 1 < lines:
            end = next_start = starts[index + 1]
        else:
            end, next_start = size, size + 1
        # a line ends with at most "\r\n" (a "\r" not before "\n" ends a line of its own): as line_span
        if end > begin and text[end - 1] == "\n":
            end -= 1
        if end > begin and text[end - 1] == "\r":
            end -= 1
        if stop < next_start:  # ends on the line it starts on (the usual case)
            end_line, end_column = index + 1, stop - begin + 1
        else:
            end_line, end_column = doc.position(stop)
        # the excerpt: as _excerpt(text, begin, end, column, stop - start)[0], without min() and max() calls
        column = start - begin
        width = end - begin
        lo = column - radius if column > radius else 0
        hi = column + stop - start
        if hi > width:
            hi = width
        if hi <= column:
            hi = column + 1
        hi += radius
        if hi > width:
            hi = width
        shown = text[begin + lo:begin + hi]
        if lo > 0:
            shown = "…" + shown
        if hi < width:
            shown += "…"
        item = {
            "rule_id": finding.rule_id,
            "category": finding.category,
            "severity": finding.severity,
            "message": finding.message,
            "line": index + 1,
            "column": column + 1,
            "end_line": end_line,
            "end_column": end_column,
            "start": start,
            "end": stop,
            "excerpt": shown,
            "fingerprint": fingerprint,
        }
        if finding.subtype:
            item["subtype"] = finding.subtype
        if finding.diagnosis:
            item["diagnosis"] = finding.diagnosis
        if finding.fix is not None:
            item["fix"] = finding.fix
        append(item)
    return out


def fingerprints_of(result: DocumentResult) -> list[str]:
    """The fingerprints of the findings of *result*: those the engine set, else computed now."""
    prints = [f.fingerprint for f in result.findings]
    if None in prints:
        prints = fingerprints(result.document.text, result.findings)
    return prints


def document_dict(result: DocumentResult, show_verified: bool = False, findings: bool = True) -> dict:
    """A document of the report (``reports/report.schema.json``); with *findings* false, its
    ``"findings"`` list is left empty (a writer that adds them in slices: :mod:`.json_report`)."""
    doc = result.document
    out = {
        "path": doc.path,
        "encoding": doc.encoding,
        "findings": finding_dicts(doc, result.findings, fingerprints_of(result)) if findings else [],
    }
    if show_verified:
        checked = fingerprints(doc.text, result.verified)
        out["verified"] = finding_dicts(doc, result.verified, checked)
    if "verdict" in doc.cache:  # set by auditor.curation during a check run
        out["verdict"] = doc.cache["verdict"].as_json()
    return out
