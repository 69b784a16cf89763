"""``pattern`` kind: a regular expression (the ``regex`` module) with optional context filters.

A rule file entry::

    - id: US001
      kind: pattern
      pattern: "【待填[^】]*】"
      allow_context: ["示例：【待填】"]   # matches that these cover are fine
      subtype: template

Named groups are available to the message template by name. ``replace`` (a template with
``{match}`` and the named groups) makes the finding fixable by ``auditor fix``; ``safe_fix: false``
marks the replacement as likely rather than certain (applied only with ``--unsafe-fixes``).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import Document
from auditor.kinds.base import Candidate, Checker, LazyRegex
from auditor.lazyregex import IGNORECASE


class PatternChecker(Checker):
    def __init__(self, rule):
        super().__init__(rule)
        flags = IGNORECASE if rule.params.get("ignore_case") else 0
        self.pattern = LazyRegex(rule.params["pattern"], flags)  # checked when the rule file was loaded
        self.subtype = rule.params.get("subtype")
        self.replace = rule.params.get("replace")
        self.safe_fix = bool(rule.params.get("safe_fix", True))

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        for m in self.pattern.finditer(doc.text):
            if m.end() == m.start():
                continue  # an empty match points at nothing
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            fix = None
            if self.replace is not None:
                from auditor.kinds.base import format_message

                fix = format_message(self.replace, {"match": m.group(), **groups})
            yield Candidate(m.start(), m.end(), self.subtype, groups, fix=fix, safe_fix=self.safe_fix)
