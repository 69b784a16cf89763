"""``--format junit``: JUnit XML, one test case per document and one ``<failure>`` per finding.

Clean documents are passing test cases. ``failures`` counts the failing test cases (documents with
findings), as JUnit consumers expect; each of them holds one ``<failure>`` element per finding.
Characters that XML 1.0 cannot carry (control characters, lone surrogates) are written as ``\\xNN``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from auditor.engine import DocumentResult
from auditor.reporters.common import Summary

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    r"""*value* with characters that are not allowed in XML 1.0 shown as escapes.

    >>> xml_text("a\x00b")
    'a\\x00b'
    """
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", value)


class JunitReporter:
    def __init__(self, out: TextIO, **_options):
        self.out = out
        self.cases: list[ET.Element] = []
        self.failing = 0

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        doc = result.document
        path = xml_text(doc.path)
        case = ET.Element("testcase", classname=path, name=path)
        for f in result.findings:
            line, col = doc.position(f.start)
            failure = ET.SubElement(case, "failure", message=xml_text(f"{f.rule_id}: {f.message}"), type=f.severity)
            failure.text = xml_text(f"{doc.path}:{line}:{col}: {f.rule_id} {f.message}")
        if result.findings:
            self.failing += 1
        self.cases.append(case)

    def finish(self, summary: Summary) -> None:
        counts = {"tests": str(len(self.cases)), "failures": str(self.failing), "errors": "0", "skipped": "0"}
        root = ET.Element("testsuites", name="doc-auditor", **counts)
        suite = ET.SubElement(root, "testsuite", name="doc-auditor", **counts)
        suite.extend(self.cases)
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode"))
        self.out.write("\n")
