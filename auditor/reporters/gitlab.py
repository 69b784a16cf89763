"""``--format gitlab``: a GitLab Code Quality report (a JSON array of Code Climate issues).

GitLab merges issues with equal fingerprints, and the finding fingerprint does not depend on the
path (two copies of one template would collide), so each issue's fingerprint hashes the path
together with the finding fingerprint. Written as a stream: one issue per line (compact JSON from a C
encoder, :mod:`auditor.jsonio`).
"""

from __future__ import annotations

import hashlib

from auditor.engine import DocumentResult
from auditor.jsonio import compact
from auditor.reporters.common import Summary, document_dict

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
#: Code Climate categories; everything that is not a matter of style makes the data wrong
CATEGORIES = {"style": "Style", "markup": "Style", "structure": "Style", "encoding": "Compatibility"}


def issue_fingerprint(path: str, fingerprint: str) -> str:
    """A 32-digit hex fingerprint, unique per document path and finding."""
    return hashlib.sha256(f"{path}\x1f{fingerprint}".encode("utf-8", "surrogateescape")).hexdigest()[:32]


class GitlabReporter:
    def __init__(self, out: TextIO, **_options):
        self.out = out
        self.count = 0

    def start(self) -> None:
        self.out.write("[")

    def document(self, result: DocumentResult) -> None:
        doc = result.document
        parts = []
        for f in document_dict(result)["findings"]:
            issue = {
                "type": "issue",
                "check_name": f["rule_id"],
                "description": f"{f['rule_id']} {f['message']}",
                "categories": [CATEGORIES.get(f["category"], "Bug Risk")],
                "severity": SEVERITIES.get(f["severity"], "minor"),
                "fingerprint": issue_fingerprint(doc.path, f["fingerprint"]),
                "location": {"path": doc.path, "lines": {"begin": f["line"], "end": f["end_line"]}},
            }
            parts.append(("\n  " if self.count == 0 else ",\n  ") + compact(issue))
            self.count += 1
        if parts:
            self.out.write("".join(parts))

    def finish(self, summary: Summary) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
