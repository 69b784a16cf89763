"""``--format json``: one object as described by ``reports/report.schema.json``."""

from __future__ import annotations

import json
from typing import TextIO

from auditor import __version__
from auditor.engine import DocumentResult
from auditor.reporters.common import Summary, document_dict

REPORT_VERSION = "1"


class JsonReporter:
    def __init__(self, out: TextIO, show_verified: bool = False, **_options):
        self.out = out
        self.show_verified = show_verified
        self.documents: list[dict] = []

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        self.documents.append(document_dict(result, self.show_verified))

    def finish(self, summary: Summary) -> None:
        report = {
            "version": REPORT_VERSION,
            "tool": {"name": "doc-auditor", "version": __version__},
            "summary": summary.as_json(),
            "documents": self.documents,
        }
        json.dump(report, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
