"""Run rules over documents.

>>> from auditor.rulebook import load_rulebook
>>> from auditor.document import Document
>>> checkers = build_checkers(list(load_rulebook()), select=["PH001"])
>>> [f.rule_id for f in audit_document(Document("a.txt", "走访xx户"), checkers)]
['PH001']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter

from auditor.document import Document
from auditor.errors import RuleFailed
from auditor.finding import Finding
from auditor.fingerprint import fingerprints
from auditor.kinds import make_checker
from auditor.kinds.base import Checker
from auditor.rulebook import Rule
from auditor.selection import select_rules
from auditor.suppression import Suppressor


class DocumentResult:
    """A document, its findings in text order, and the statements checked and found consistent."""

    __slots__ = ("document", "findings", "verified")

    def __init__(self, document: Document, findings: list[Finding], verified: list[Finding] | None = None):
        self.document = document
        self.findings = findings
        self.verified = [] if verified is None else verified

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.document, self.findings, self.verified) == \
            (other.document, other.findings, other.verified)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return f"DocumentResult(document={self.document!r}, findings={self.findings!r}, verified={self.verified!r})"

    def __reduce__(self):
        return DocumentResult, (self.document, self.findings, self.verified)


def build_checkers(rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Checker]:
    """Checkers for the rules left after ``--select``/``--ignore``."""
    return [make_checker(rule) for rule in select_rules(rules, select, ignore)]


#: the order of a document's findings: by position, then rule id
FINDING_ORDER = attrgetter("start", "end", "rule_id")

#: documents shorter than this many characters are checked in batches (:func:`audit_documents`) …
BATCH_CHARS = 100_000
#: … of at most this many documents
BATCH_DOCUMENTS = 64


def audit_document(doc: Document, checkers: Sequence[Checker], suppressor: Suppressor | None = None,
                   found: list[Finding] | None = None) -> list[Finding]:
    """All findings of *checkers* in *doc* that no suppression covers, sorted by position then rule id.
    A checker that raises is reported as :class:`~auditor.errors.RuleFailed` (the rule, the document).

    Inline directives (``<!-- auditor-disable … -->``) always apply; *suppressor* adds the entries of
    ``.auditorignore``. Checkers marked ``after_suppression`` (unused-suppression reports) run last.
    *found*: the findings (verified statements included) of every checker that is not ``document_scope``,
    already made elsewhere (the pieces of a huge document, :mod:`auditor.pieces`); only the others run.
    """
    findings: list[Finding] = list(found) if found is not None else []
    for checker in checkers:
        if not getattr(checker, "after_suppression", False) and (found is None or checker.document_scope):
            _check_into(findings, checker, doc)
    return _finish(doc, findings, checkers, suppressor)


def _check_into(findings: list[Finding], checker: Checker, doc: Document) -> None:
    """Add what *checker* finds in *doc* to *findings*; an exception it raises becomes
    :class:`~auditor.errors.RuleFailed`, which names the rule and the document (running out of memory is
    not a rule's fault: ``MemoryError`` goes on as it is)."""
    try:
        findings.extend(checker.check(doc))
    except MemoryError:
        raise
    except Exception as exc:
        raise RuleFailed(checker.rule.id, doc.path, exc) from exc


def _finish(doc: Document, findings: list[Finding], checkers: Sequence[Checker],
            suppressor: Suppressor | None) -> list[Finding]:
    """:func:`audit_document` once every checker but the ``after_suppression`` ones has run: set the verified
    statements aside, apply the suppressions, run the late checkers, sort."""
    if suppressor is None:
        suppressor = Suppressor({c.rule.id: c.rule for c in checkers})
    verified = [f for f in findings if f.verified]
    if verified:
        findings = [f for f in findings if not f.verified]
        verified.sort(key=FINDING_ORDER)
    doc.cache["verified"] = verified
    findings, unused = suppressor.apply(doc, findings)
    doc.cache["unused_suppressions"] = unused
    for checker in checkers:
        if getattr(checker, "after_suppression", False):
            _check_into(findings, checker, doc)
    findings.sort(key=FINDING_ORDER)
    return findings


def local_findings(doc: Document, checkers: Sequence[Checker]) -> list[Finding]:
    """What the checkers that are neither ``document_scope`` nor ``after_suppression`` find in *doc*
    (verified statements included), before any suppression: the part of :func:`audit_document` that a
    piece of a huge document can do on its own."""
    found: list[Finding] = []
    for checker in checkers:
        if not checker.document_scope and not getattr(checker, "after_suppression", False):
            _check_into(found, checker, doc)
    return found


def audit_documents(docs: Iterable[Document], checkers: Sequence[Checker],
                    suppressor: Suppressor | None = None) -> Iterator[DocumentResult]:
    """Stream results in input order.

    Short documents are checked in batches (up to :data:`BATCH_DOCUMENTS` documents or :data:`BATCH_CHARS`
    characters), rule by rule: each checker runs over the whole batch before the next one starts. A
    processor then keeps one rule's code and tables hot instead of going through every rule for each
    small document (10 KB documents: 9.4 → 11.1 MB/s in ``benchmarks/document_length.py``). Each document still
    sees the checkers in the rulebook's order, so the findings are those of :func:`audit_document`.
    """
    if suppressor is None:
        suppressor = Suppressor({c.rule.id: c.rule for c in checkers})
    batch: list[Document] = []
    chars = 0
    for doc in docs:
        length = len(doc.text)
        if length >= BATCH_CHARS:
            if batch:
                yield from _batch_results(batch, checkers, suppressor)
                batch, chars = [], 0
            yield document_result(doc, checkers, suppressor)
            continue
        batch.append(doc)
        chars += length
        if chars >= BATCH_CHARS or len(batch) >= BATCH_DOCUMENTS:
            yield from _batch_results(batch, checkers, suppressor)
            batch, chars = [], 0
    if batch:
        yield from _batch_results(batch, checkers, suppressor)


def _batch_results(batch: list[Document], checkers: Sequence[Checker],
                   suppressor: Suppressor) -> Iterator[DocumentResult]:
    """:func:`document_result` of each document of *batch*, the checkers run rule by rule."""
    if len(batch) == 1:
        yield document_result(batch[0], checkers, suppressor)
        return
    found: list[list[Finding]] = [[] for _ in batch]
    for checker in checkers:
        if getattr(checker, "after_suppression", False):
            continue
        for doc, findings in zip(batch, found, strict=True):
            _check_into(findings, checker, doc)
    for doc, findings in zip(batch, found, strict=True):
        yield _result(doc, _finish(doc, findings, checkers, suppressor))


def document_result(doc: Document, checkers: Sequence[Checker], suppressor: Suppressor,
                    found: list[Finding] | None = None, keys: dict[int, tuple] | None = None,
                    prints: dict[int, str] | None = None) -> DocumentResult:
    """:func:`audit_document` of *doc* (see there for *found*), its findings fingerprinted. *keys*: the
    fingerprint keys (:func:`~auditor.fingerprint.fingerprint_keys`) of findings of *found* already made
    where they were found, by ``id()`` of the finding; *prints*: their fingerprints, already made in the
    order the findings will have (see :func:`_ahead`)."""
    return _result(doc, audit_document(doc, checkers, suppressor, found), keys, prints)


def _result(doc: Document, findings: list[Finding], keys: dict[int, tuple] | None = None,
            prints: dict[int, str] | None = None) -> DocumentResult:
    """The result of *doc* with its final *findings*, fingerprinted."""
    if findings:
        # fingerprints of the whole document, before any baseline filtering changes occurrence indices;
        # set on the findings themselves (no copies)
        made = _ahead(doc, findings, keys, prints) if prints else None
        if made is None:
            known = [keys.get(id(f)) for f in findings] if keys else None
            made = fingerprints(doc.text, findings, known)
        for finding, fingerprint in zip(findings, made, strict=True):
            finding.fingerprint = fingerprint
    return DocumentResult(doc, findings, doc.cache.get("verified", []))


def _ahead(doc: Document, findings: list[Finding], keys: dict[int, tuple] | None,
           prints: dict[int, str]) -> list[str] | None:
    """The fingerprints of the final *findings*, taking those of *prints* (made earlier, by ``id()``, with
    the occurrence indices the findings would have if none of them were suppressed) and making the
    others, or ``None`` when *prints* cannot be taken: one of its findings was suppressed (each later
    finding with the same key then has another index), or a finding without a print shares a rule with
    those that have one (its index would count theirs)."""
    given = [prints.get(id(f)) for f in findings]
    if len(given) - given.count(None) != len(prints):
        return None
    rest = [f for f, made in zip(findings, given, strict=True) if made is None]
    if not rest:
        return given
    ruled = {f.rule_id for f, made in zip(findings, given, strict=True) if made is not None}
    if any(f.rule_id in ruled for f in rest):
        return None
    others = iter(fingerprints(doc.text, rest, [keys.get(id(f)) for f in rest] if keys else None))
    return [made if made is not None else next(others) for made in given]
