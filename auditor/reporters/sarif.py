"""``--format sarif``: a SARIF 2.1.0 log (one run), for GitHub code scanning and other SARIF viewers.

Columns and offsets are Unicode code points of the decoded text (``run.columnKind`` says so); each
result carries the same fingerprint as the JSON report under ``partialFingerprints``.
The log is written at the end of the run (SARIF is one JSON object).
"""

from __future__ import annotations

import json
import os
import string
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import quote

from auditor import __version__
from auditor.engine import DocumentResult
from auditor.reporters.common import EXCERPT_RADIUS, Summary, document_dict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "docAuditor/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

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
        self.results: list[dict] = []
        self.artifacts: dict[str, tuple[int, dict]] = {}  # uri -> (index, artifact)

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
        uri = path_to_uri(doc.path)
        # a document that did not decode cleanly (e.g. GBK read as UTF-8) is not in its reported encoding
        artifact = self._artifact_index(uri, None if doc.read_issues else doc.encoding)
        for f in document_dict(result)["findings"]:
            region = {
                "startLine": f["line"],
                "startColumn": f["column"],
                "endLine": f["end_line"],
                "endColumn": f["end_column"],
                "charOffset": f["start"],
                "charLength": f["end"] - f["start"],
                "snippet": {"text": doc.text[f["start"]:f["end"]]},
            }
            physical = {"artifactLocation": {"uri": uri, "index": artifact}, "region": region}
            context = _context_region(doc, f)
            if context is not None:
                physical["contextRegion"] = context
            self.results.append({
                "ruleId": f["rule_id"],
                "ruleIndex": self._rule_index(f["rule_id"], f["category"], f["severity"]),
                "level": LEVELS.get(f["severity"], "warning"),
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {FINGERPRINT_KEY: f["fingerprint"]},
            })

    def finish(self, summary: Summary) -> None:
        artifacts = [artifact for _index, artifact in self.artifacts.values()]
        run: dict = {
            "tool": {"driver": {"name": "doc-auditor", "version": __version__, "rules": self.rules}},
            "columnKind": "unicodeCodePoints",
        }
        if artifacts:
            run["artifacts"] = artifacts
        run["results"] = self.results
        log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


def _context_region(doc, f: dict) -> dict | None:
    """The excerpt around a one-line finding as a ``contextRegion`` (exact text, no ellipses)."""
    if f["end_line"] != f["line"]:
        return None
    line_start = doc.line_starts[f["line"] - 1]
    text = doc.line_text(f["line"])
    col0, end0 = f["column"] - 1, f["end_column"] - 1
    lo = max(0, col0 - EXCERPT_RADIUS)
    hi = min(len(text), max(end0, col0 + 1) + EXCERPT_RADIUS)
    if not (lo <= col0 and end0 <= hi):
        return None
    return {"startLine": f["line"], "startColumn": lo + 1, "endLine": f["line"], "endColumn": hi + 1,
            "charOffset": line_start + lo, "charLength": hi - lo, "snippet": {"text": text[lo:hi]}}


def _is_codec(name: str) -> bool:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
