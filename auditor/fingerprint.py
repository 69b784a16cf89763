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


def fingerprint_keys(text: str, findings: Iterable[Finding]) -> list[tuple[str, str, str, str]]:
    """``(rule id, span, context before, context after)`` of each finding: what its fingerprint hashes,
    but for the occurrence index. A key needs only the text within 24 characters of the finding, so
    the piece of a huge document that found it can make it (:mod:`auditor.pieces`).

    Only the stretch that the context can reach is cut out of the text (:data:`CONTEXT_CHARS` × 2
    characters each side), and the line's ends are looked for inside it.
    """
    reach = CONTEXT_CHARS * 2
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
        append((f.rule_id, "".join(text[start:stop].split()), "".join(before.split())[-CONTEXT_CHARS:],
                "".join(after.split())[:CONTEXT_CHARS]))
    return out


def piece_keys(text: str, findings: list[Finding]) -> list[tuple[str, str, str, str] | None]:
    """:func:`fingerprint_keys` of findings in *text*, a stretch of a longer document: ``None`` for a
    finding whose context could reach past either end of the stretch (the whole text may differ there)."""
    reach = CONTEXT_CHARS * 2
    limit = len(text) - reach
    inside = [f for f in findings if f.start >= reach and f.end <= limit]
    made = iter(fingerprint_keys(text, inside))
    return [next(made) if f.start >= reach and f.end <= limit else None for f in findings]


def fingerprints(text: str, findings: Iterable[Finding],
                 keys: list[tuple[str, str, str, str] | None] | None = None) -> list[str]:
    """One fingerprint per finding, in the given order. *keys*: the :func:`fingerprint_keys` of the
    findings where already known (``None`` where not), in the same order."""
    findings = list(findings)
    if keys is None:
        keys = fingerprint_keys(text, findings)
    elif None in keys:
        missing = [f for f, key in zip(findings, keys, strict=True) if key is None]
        made = iter(fingerprint_keys(text, missing))
        keys = [key if key is not None else next(made) for key in keys]
    return Occurrences().fingerprints(keys)


class Occurrences:
    """Fingerprints made from keys given in the order of a document's findings, in one batch or several:
    each key's occurrence index counts its earlier appearances in every batch (the pieces of a huge
    document are fingerprinted as they come back, :mod:`auditor.parallel`).

    >>> key = ("PH001", "xx", "走访", "户")
    >>> seen = Occurrences()
    >>> seen.fingerprints([key]) + seen.fingerprints([key]) == fingerprints("", [], [key, key])
    True
    """

    __slots__ = ("_seen", "_sha256")

    def __init__(self):
        self._seen: dict[tuple[str, str, str, str], int] = {}
        self._sha256 = _sha256()

    def fingerprints(self, keys: Iterable[tuple[str, str, str, str]]) -> list[str]:
        sha256 = self._sha256
        seen = self._seen
        out = []
        append = out.append
        for key in keys:
            index = seen.get(key, 0)
            seen[key] = index + 1
            rule_id, span, before, after = key
            append(sha256(f"{rule_id}\x1f{span}\x1f{before}\x1f{after}\x1f{index}".encode()).hexdigest()[:32])
        return out
