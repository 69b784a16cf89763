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


def fingerprints(text: str, findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in the given order.

    The context is looked for only as far as it can reach (:data:`CONTEXT_CHARS` × 2 characters, and
    not past a line break): a search for the line's ends over the whole line would cost more than the
    rest for a document with long lines.
    """
    import hashlib  # here, not at the top: a clean run never needs it (it loads OpenSSL)

    sha256 = hashlib.sha256
    reach = CONTEXT_CHARS * 2
    rfind, find = text.rfind, text.find
    seen: dict[tuple[str, str, str, str], int] = {}
    out = []
    append = out.append
    for f in findings:
        start, stop = f.start, f.end
        span = "".join(text[start:stop].split())
        # context stays on the finding's own line(s): inserting a line next to it changes nothing
        low = start - reach if start > reach else 0
        newline = rfind("\n", low, start)
        before = "".join(text[newline + 1 if newline != -1 else low:start].split())[-CONTEXT_CHARS:]
        newline = find("\n", stop, stop + reach)
        after = "".join(text[stop:newline if newline != -1 else stop + reach].split())[:CONTEXT_CHARS]
        key = (f.rule_id, span, before, after)
        index = seen.get(key, 0)
        seen[key] = index + 1
        append(sha256(f"{f.rule_id}\x1f{span}\x1f{before}\x1f{after}\x1f{index}".encode()).hexdigest()[:32])
    return out
