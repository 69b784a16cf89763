"""Fingerprints that identify a finding without line numbers.

A fingerprint hashes the rule id, the text of the span, a little normalised context on each side
(up to 12 non-space characters, not crossing the line's ends), and the occurrence index of that
(rule, span, context) triple in the document. Inserting or deleting lines, or editing text elsewhere,
does not change it; editing the span or the text just around it on its line does (so editing one
finding can renew a neighbour within 12 characters on the same line).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from collections.abc import Iterable

    from auditor.finding import Finding

CONTEXT_CHARS = 12


def _sha256():
    """SHA-256 without ``hashlib`` when the interpreter has its own module (hashlib loads OpenSSL)."""
    try:
        from _sha256 import sha256  # CPython up to 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12+
        except ImportError:  # pragma: no cover - other interpreters
            from hashlib import sha256
    return sha256


def fingerprints(text: str, findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in the given order.

    Only the stretch that the context can reach is cut out of the text (:data:`CONTEXT_CHARS` × 2
    characters each side), and the line's ends are looked for inside it.
    """
    sha256 = _sha256()
    reach = CONTEXT_CHARS * 2
    seen: dict[tuple[str, str, str, str], int] = {}
    out = []
    append = out.append
    for f in findings:
        start, stop = f.start, f.end
        # context stays on the finding's own line(s): inserting a line next to it changes nothing
        before = text[start - reach if start > reach else 0:start]
        newline = before.rfind("\n")
        if newline != -1:
            before = before[newline + 1:]
        after = text[stop:stop + reach]
        newline = after.find("\n")
        if newline != -1:
            after = after[:newline]
        span = "".join(text[start:stop].split())
        before = "".join(before.split())[-CONTEXT_CHARS:]
        after = "".join(after.split())[:CONTEXT_CHARS]
        key = (f.rule_id, span, before, after)
        index = seen.get(key, 0)
        seen[key] = index + 1
        append(sha256(f"{f.rule_id}\x1f{span}\x1f{before}\x1f{after}\x1f{index}".encode()).hexdigest()[:32])
    return out
