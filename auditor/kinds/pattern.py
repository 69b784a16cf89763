"""``pattern`` kind: a regular expression (the ``regex`` module) with optional context filters.

A rule file entry::

    - id: US001
      kind: pattern
      pattern: "【待填[^】]*】"
      allow_context: ["示例：【待填】"]   # matches that these cover are fine
      subtype: template

Named groups are available to the message template by name.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from auditor.document import Document
from auditor.kinds.base import Candidate, Checker


class PatternChecker(Checker):
    def __init__(self, rule):
        super().__init__(rule)
        flags = regex.IGNORECASE if rule.params.get("ignore_case") else 0
        self.pattern = regex.compile(rule.params["pattern"], flags)
        self.subtype = rule.params.get("subtype")

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        for m in self.pattern.finditer(doc.text):
            if m.end() == m.start():
                continue  # an empty match points at nothing
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            yield Candidate(m.start(), m.end(), self.subtype, groups)
