"""``encoding`` kind: turns what happened while reading a file into findings.

The rule names which read issue it reports (``invalid-utf8``, ``empty``, ``binary``,
``unreadable``); the decoder supplies the details (byte offset, reason) as message fields.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import Document
from auditor.kinds.base import Candidate, Checker


class EncodingChecker(Checker):
    needs_text = False
    document_scope = True

    def __init__(self, rule):
        super().__init__(rule)
        self.issue = rule.params["issue"]

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        for name, start, end, values in doc.read_issues:
            if name == self.issue:
                yield Candidate(start, end, None, dict(values))
