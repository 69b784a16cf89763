"""``--format json``: one object as described by ``reports/report.schema.json``.

Documents are serialised as they arrive into a spool (:mod:`auditor.reporters.spool`: in memory up to
16 MiB, then on disk), and the report is written at the end with the summary first, as the contract shows
it: memory stays flat however many documents and findings there are. The text is made by a C encoder
(:mod:`auditor.jsonio`: orjson), indented by two spaces per level as ``json.dumps(report, indent=2,
ensure_ascii=False)`` would indent it.
"""

from __future__ import annotations

from auditor import __version__
from auditor.engine import DocumentResult
from auditor.jsonio import copy_utf8, pretty, pretty_nested
from auditor.reporters.common import Summary, document_dict
from auditor.reporters.spool import ByteSpool

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

REPORT_VERSION = "1"
SPOOL_BYTES = 16 * 1024 * 1024


class JsonReporter:
    def __init__(self, out: TextIO, show_verified: bool = False, **_options):
        self.out = out
        self.show_verified = show_verified
        self._spool = ByteSpool(SPOOL_BYTES)
        self._count = 0

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        data = pretty_nested(document_dict(result, self.show_verified), "    ")
        self._spool.write(b",\n    " + data if self._count else b"    " + data)
        self._count += 1

    def finish(self, summary: Summary) -> None:
        head = {
            "version": REPORT_VERSION,
            "tool": {"name": "doc-auditor", "version": __version__},
            "summary": summary.as_json(),
        }
        text = pretty(head)
        self.out.write(text[:-2] + ",\n  \"documents\": [")
        if self._count:
            self.out.write("\n")
            self._spool.seek(0)
            copy_utf8(self._spool, self.out)
            self.out.write("\n  ")
        self.out.write("]\n}\n")
        self._spool.close()
