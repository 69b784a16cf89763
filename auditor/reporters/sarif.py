"""``--format sarif``: a SARIF 2.1.0 log (one run), for GitHub code scanning and other SARIF viewers.

Columns and offsets are Unicode code points of the decoded text (``run.columnKind`` says so); each
result carries the same fingerprint as the JSON report under ``partialFingerprints``.
The log is written at the end of the run (SARIF is one JSON object, and the artifacts come before the
results); the results are serialised as they arrive (C encoder, :mod:`auditor.jsonio`) into a spool
(in memory up to 16 MiB, then a temporary file), so memory does not grow with the findings. The text is
indented by two spaces per level as ``json.dumps(log, indent=2, ensure_ascii=False)`` would indent it.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterable
from urllib.parse import quote

from auditor import __version__
from auditor.engine import DocumentResult
from auditor.jsonio import copy_utf8, pretty, pretty_nested
from auditor.reporters.common import EXCERPT_RADIUS, Summary, fingerprints_of, line_span
from auditor.reporters.spool import ByteSpool

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "docAuditor/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SPOOL_BYTES = 16 * 1024 * 1024
#: stands for the results in the log while its head and tail are encoded
_RESULTS = "\x00doc-auditor results\x00"
#: a result's indentation in the log (log → runs → run → results)
_RESULT_INDENT = " " * 8
_SEPARATOR = b",\n" + _RESULT_INDENT.encode()

#: characters kept as they are in a relative URI path: RFC 3986 unreserved, sub-delims, "@" and "/";
#: ":" is encoded so that a first segment such as "a:b.txt" is not read as a scheme
_URI_SAFE = "/!$&'()*+,;=@"


def path_to_uri(path: str) -> str:
    """A URI reference for a document path.

    Relative paths stay relative (forward slashes, no leading ``./``), absolute ones become
    ``file://`` URIs; characters not allowed in a URI (space, ``%``, ``#``, non-ASCII…) are
    percent-encoded as UTF-8.

    >>> path_to_uri("报告/a b#1.txt")
    '%E6%8A%A5%E5%91%8A/a%20b%231.txt'
    """
    if os.sep != "/":
        path = path.replace(os.sep, "/")
    if os.altsep and os.altsep != "/":
        path = path.replace(os.altsep, "/")
    if os.path.isabs(path):  # /srv/a.txt -> file:///srv/a.txt, C:/a.txt -> file:///C:/a.txt
        absolute = quote(path if path.startswith("/") else "/" + path, safe=_URI_SAFE + ":",
                         errors="surrogateescape")
        return "file:" + absolute if absolute.startswith("//") else "file://" + absolute
    while path.startswith("./"):  # same file (RFC 3986 drops dot segments); the short form matches repo paths
        path = path[2:].lstrip("/")
    return quote(path, safe=_URI_SAFE, errors="surrogateescape")


def _short_description(template: str, name: str) -> str:
    """The message template with its ``{fields}`` shown as ``…``; the rule name if that says nothing."""
    try:
        parts = [literal + ("…" if field is not None else "")
                 for literal, field, _spec, _conv in string.Formatter().parse(template)]
    except ValueError:
        return name
    text = "".join(parts).strip()
    return text if text.strip("…'\" :;,.") else name


def rule_descriptor(rule) -> dict:
    """A SARIF ``reportingDescriptor`` for a :class:`~auditor.rulebook.Rule`."""
    docs = rule.docs or {}
    why = " ".join(str(docs.get("why", "")).split()) or rule.name
    help_parts = [why]
    if docs.get("example"):
        help_parts.append(f"Example: {str(docs['example']).strip()}")
    if docs.get("fix"):
        help_parts.append(f"How to fix: {' '.join(str(docs['fix']).split())}")
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _short_description(rule.message, rule.name)},
        "fullDescription": {"text": why},
        "help": {"text": "\n\n".join(help_parts)},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


class SarifReporter:
    def __init__(self, out: TextIO, rules: Iterable | None = None, **_options):
        self.out = out
        self.rules: list[dict] = [rule_descriptor(r) for r in (rules or ())]
        self.rule_index: dict[str, int] = {d["id"]: i for i, d in enumerate(self.rules)}
        self.artifacts: dict[str, tuple[int, dict]] = {}  # uri -> (index, artifact)
        self._spool = ByteSpool(SPOOL_BYTES)
        self._count = 0

    def start(self) -> None:
        pass

    def _rule_index(self, rule_id: str, category: str, severity: str) -> int:
        if rule_id not in self.rule_index:  # a rule the rulebook given to us does not know
            self.rule_index[rule_id] = len(self.rules)
            self.rules.append({"id": rule_id, "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
                               "properties": {"category": category, "tags": [category]}})
        return self.rule_index[rule_id]

    def _artifact_index(self, uri: str, encoding: str | None) -> int:
        if uri not in self.artifacts:
            artifact: dict = {"location": {"uri": uri}}
            if encoding and _is_codec(encoding):
                artifact["encoding"] = encoding
            self.artifacts[uri] = (len(self.artifacts), artifact)
        return self.artifacts[uri][0]

    def document(self, result: DocumentResult) -> None:
        if not result.findings:
            return
        doc = result.document
        text = doc.text
        uri = path_to_uri(doc.path)
        # a document that did not decode cleanly (e.g. GBK read as UTF-8) is not in its reported encoding
        artifact = self._artifact_index(uri, None if doc.read_issues else doc.encoding)
        parts = []
        for f, fingerprint in zip(result.findings, fingerprints_of(result), strict=True):
            start, stop = f.start, f.end
            index, begin, end, next_start = line_span(doc, start)
            line, column = index + 1, start - begin + 1
            if stop < next_start:
                end_line, end_column = line, stop - begin + 1
            else:
                end_line, end_column = doc.position(stop)
            region = {
                "startLine": line,
                "startColumn": column,
                "endLine": end_line,
                "endColumn": end_column,
                "charOffset": start,
                "charLength": stop - start,
                "snippet": {"text": text[start:stop]},
            }
            physical = {"artifactLocation": {"uri": uri, "index": artifact}, "region": region}
            if end_line == line:
                context = _context_region(text, line, begin, end, column - 1, end_column - 1)
                if context is not None:
                    physical["contextRegion"] = context
            parts.append(pretty_nested({
                "ruleId": f.rule_id,
                "ruleIndex": self._rule_index(f.rule_id, f.category, f.severity),
                "level": LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
            }, _RESULT_INDENT))
        self._spool.write((_SEPARATOR if self._count else _RESULT_INDENT.encode()) + _SEPARATOR.join(parts))
        self._count += len(parts)

    def finish(self, summary: Summary) -> None:
        artifacts = [artifact for _index, artifact in self.artifacts.values()]
        run: dict = {
            "tool": {"driver": {"name": "doc-auditor", "version": __version__, "rules": self.rules}},
            "columnKind": "unicodeCodePoints",
        }
        if artifacts:
            run["artifacts"] = artifacts
        run["results"] = _RESULTS
        log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
        head, tail = pretty(log).split(pretty(_RESULTS), 1)
        self.out.write(head)
        if self._count:
            self.out.write("[\n")
            self._spool.seek(0)
            copy_utf8(self._spool, self.out)
            self.out.write("\n      ]")
        else:
            self.out.write("[]")
        self.out.write(tail + "\n")
        self._spool.close()


def _context_region(text: str, line: int, begin: int, end: int, col0: int, end0: int) -> dict | None:
    """The excerpt around a one-line finding (columns *col0*–*end0*, 0-based, of the line ``text[begin:end]``)
    as a ``contextRegion`` (exact text, no ellipses)."""
    lo = max(0, col0 - EXCERPT_RADIUS)
    hi = min(end - begin, max(end0, col0 + 1) + EXCERPT_RADIUS)
    if not (lo <= col0 and end0 <= hi):
        return None
    return {"startLine": line, "startColumn": lo + 1, "endLine": line, "endColumn": hi + 1,
            "charOffset": begin + lo, "charLength": hi - lo, "snippet": {"text": text[begin + lo:begin + hi]}}


def _is_codec(name: str) -> bool:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
