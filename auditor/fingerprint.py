"""Fingerprints that identify a finding without line numbers.

A fingerprint hashes the rule id, the text of the span, a little normalised context on each side,
and the occurrence index of that (rule, span, context) triple in the document. Inserting or
deleting text elsewhere in the document does not change it; editing the span or its immediate
surroundings does.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from auditor.finding import Finding

CONTEXT_CHARS = 12


def _normalise(text: str) -> str:
    return "".join(text.split())


def fingerprints(text: str, findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in the given order."""
    seen: Counter[tuple[str, str, str, str]] = Counter()
    out = []
    for f in findings:
        span = _normalise(text[f.start:f.end])
        before = _normalise(text[max(0, f.start - CONTEXT_CHARS * 2):f.start])[-CONTEXT_CHARS:]
        after = _normalise(text[f.end:f.end + CONTEXT_CHARS * 2])[:CONTEXT_CHARS]
        key = (f.rule_id, span, before, after)
        index = seen[key]
        seen[key] += 1
        digest = hashlib.sha256("\x1f".join([*key, str(index)]).encode("utf-8")).hexdigest()
        out.append(digest[:32])
    return out
