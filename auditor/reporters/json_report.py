"""``--format json``: one object as described by ``reports/report.schema.json``.

Documents are serialised as they arrive into a spool (:mod:`auditor.reporters.spool`: in memory up to
16 MiB, then on disk), and the report is written at the end with the summary first, as the contract shows
it: memory stays flat however many documents and findings there are. The text is made by a C encoder
(:mod:`auditor.jsonio`: orjson), indented by two spaces per level as ``json.dumps(report, indent=2,
ensure_ascii=False)`` would indent it. A document with thousands of findings (a huge file) is written
:data:`FINDINGS_PER_SLICE` findings at a time, into the same text.
"""

from __future__ import annotations

from auditor import __version__
from auditor.engine import DocumentResult
from auditor.jsonio import copy_utf8, pretty, pretty_nested
from auditor.reporters.common import Summary, document_dict, finding_dicts, fingerprints_of
from auditor.reporters.spool import ByteSpool

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

REPORT_VERSION = "1"
SPOOL_BYTES = 16 * 1024 * 1024
#: a document with more findings than this is written a slice of this many findings at a time
FINDINGS_PER_SLICE = 2000
#: where a document's findings go in its text, once written without them (the key at its indentation: a
#: JSON string never holds a line break, so the path cannot imitate it)
_EMPTY_FINDINGS = b'\n      "findings": []'


class JsonReporter:
    def __init__(self, out: TextIO, show_verified: bool = False, **_options):
        self.out = out
        self.show_verified = show_verified
        self._spool = ByteSpool(SPOOL_BYTES)
        self._count = 0

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        if len(result.findings) > FINDINGS_PER_SLICE:
            self._spool.write(b",\n    " if self._count else b"    ")
            self._sliced(result)
        else:
            data = pretty_nested(document_dict(result, self.show_verified), "    ")
            self._spool.write(b",\n    " + data if self._count else b"    " + data)
        self._count += 1

    def _sliced(self, result: DocumentResult) -> None:
        """Write a document with many findings (a huge file: 57,000 in 50 MB) a slice at a time: the same
        text as in one piece, without a dict for every finding and the whole text held at once (in one
        piece, the encoder took three times as long per finding on 50 MB)."""
        write = self._spool.write
        head, tail = pretty_nested(document_dict(result, self.show_verified, findings=False), "    ").split(
            _EMPTY_FINDINGS, 1)
        write(head + _EMPTY_FINDINGS[:-1])
        doc, findings, prints = result.document, result.findings, fingerprints_of(result)
        close = b"\n      ]"
        for i in range(0, len(findings), FINDINGS_PER_SLICE):
            items = finding_dicts(doc, findings[i:i + FINDINGS_PER_SLICE], prints[i:i + FINDINGS_PER_SLICE])
            data = pretty_nested(items, "      ")  # [⏎        {…},⏎        {…}⏎      ]
            write((b"," if i else b"") + data[1:-len(close)])
        write(close + tail)

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
