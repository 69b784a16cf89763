"""``suppression`` kind: reports inline suppression directives that suppressed nothing.

It runs after the other rules and the suppressions have been applied (the engine stores the unused
directive regions of a document in ``doc.cache["unused_suppressions"]``).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import Document
from auditor.kinds.base import Candidate, Checker


class SuppressionChecker(Checker):
    #: the engine runs this checker after suppression has been applied
    after_suppression = True
    document_scope = True

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        for region in doc.cache.get("unused_suppressions", []):
            start, end = region.directive
            rules = " ".join(region.selectors) or "all rules"
            yield Candidate(start, end, None, {"rules": rules})
