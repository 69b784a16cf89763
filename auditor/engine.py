"""Run rules over documents.

>>> from auditor.rulebook import load_rulebook
>>> from auditor.document import Document
>>> checkers = build_checkers(list(load_rulebook()), select=["PH001"])
>>> [f.rule_id for f in audit_document(Document("a.txt", "走访xx户"), checkers)]
['PH001']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from auditor.document import Document
from auditor.finding import Finding
from auditor.kinds import make_checker
from auditor.kinds.base import Checker
from auditor.rulebook import Rule
from auditor.selection import select_rules


@dataclass
class DocumentResult:
    """A document and its findings, in text order."""

    document: Document
    findings: list[Finding]


def build_checkers(rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Checker]:
    """Checkers for the rules left after ``--select``/``--ignore``."""
    return [make_checker(rule) for rule in select_rules(rules, select, ignore)]


def audit_document(doc: Document, checkers: Iterable[Checker]) -> list[Finding]:
    """All findings of *checkers* in *doc*, sorted by position then rule id."""
    findings: list[Finding] = []
    for checker in checkers:
        findings.extend(checker.check(doc))
    findings.sort(key=lambda f: (f.start, f.end, f.rule_id))
    return findings


def audit_documents(docs: Iterable[Document], checkers: Sequence[Checker]) -> Iterator[DocumentResult]:
    """Stream results, one document at a time, in input order."""
    for doc in docs:
        yield DocumentResult(doc, audit_document(doc, checkers))
