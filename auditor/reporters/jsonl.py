"""``--format jsonl``: one JSON object per finding per line, written as each document is audited.

Each object has the fields of a finding in the JSON report (``reports/report.schema.json``) plus
``path``, written compactly (no spaces between the items) by a C encoder (:mod:`auditor.jsonio`).
Documents without findings write nothing; there is no summary line.
"""

from __future__ import annotations

from auditor.engine import DocumentResult
from auditor.jsonio import compact
from auditor.reporters.common import Summary, document_dict

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO


class JsonlReporter:
    def __init__(self, out: TextIO, **_options):
        self.out = out

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        if not result.findings:
            return
        path = result.document.path
        self.out.write("".join([compact({"path": path, **finding}) + "\n"
                                for finding in document_dict(result)["findings"]]))
        self.out.flush()

    def finish(self, summary: Summary) -> None:
        pass
