"""Fingerprints that identify a finding without line numbers.

A fingerprint hashes the rule id, the text of the span, a little normalised context on each side
(up to 12 non-space characters, not crossing the line's ends), and the occurrence index of that
(rule, span, context) triple in the document. Inserting or deleting lines, or editing text elsewhere,
does not change it; editing the span or the text just around it on its line does (so editing one
finding can renew a neighbour within 12 characters on the same line).
"""

from __future__ import annotations

from collections import Counter

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from collections.abc import Iterable

    from auditor.finding import Finding

CONTEXT_CHARS = 12


def _normalise(text: str) -> str:
    return "".join(text.split())


def fingerprints(text: str, findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in the given order."""
    import hashlib  # here, not at the top: a clean run never needs it (it loads OpenSSL)

    seen: Counter[tuple[str, str, str, str]] = Counter()
    out = []
    for f in findings:
        span = _normalise(text[f.start:f.end])
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        if line_end == -1:
            line_end = len(text)
        # context stays on the finding's own line(s): inserting a line next to it changes nothing
        before = _normalise(text[max(line_start, f.start - CONTEXT_CHARS * 2):f.start])[-CONTEXT_CHARS:]
        after = _normalise(text[f.end:min(line_end, f.end + CONTEXT_CHARS * 2)])[:CONTEXT_CHARS]
        key = (f.rule_id, span, before, after)
        index = seen[key]
        seen[key] += 1
        digest = hashlib.sha256("\x1f".join([*key, str(index)]).encode("utf-8")).hexdigest()
        out.append(digest[:32])
    return out
