"""The unit every rule produces and every reporter consumes."""

from __future__ import annotations

from operator import attrgetter

from auditor.record import ValueObject

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
#: a finding's kind, what summaries and verdicts count: ``(rule_id, category, severity)``
KIND = attrgetter("rule_id", "category", "severity")

_FIELDS = ("rule_id", "category", "severity", "message", "start", "end", "subtype", "fix", "safe_fix", "verified",
           "diagnosis", "fingerprint")


class Finding(ValueObject):
    """A problem at ``[start, end)`` (0-based code points, end exclusive) of one document.

    A light object (``__slots__``, no per-instance dict; a plain class is cheaper to define at import and
    to build than a dataclass). Treat it as a value: equality and hashing compare every field, and
    nothing changes a finding once the engine has set its :attr:`fingerprint`.

    >>> f = Finding("PH001", "placeholder", "error", "numeric placeholder 'xx'", 2, 4, subtype="numeric")
    >>> f.rank, f.subtype, f.fingerprint
    (2, 'numeric', None)
    """

    __slots__ = _FIELDS

    rule_id: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    subtype: str | None
    fix: str | None
    #: whether ``fix`` is certain (applied by ``auditor fix``) or only likely (``--unsafe-fixes``)
    safe_fix: bool
    #: a statement checked and found consistent, not a problem (``--show-verified``)
    verified: bool
    #: why a number is wrong, when the arithmetic shows it (see :mod:`auditor.diagnosis`)
    diagnosis: str | None
    #: identifies the finding without line numbers (see :mod:`auditor.fingerprint`); set by the engine
    fingerprint: str | None

    def __init__(self, rule_id: str, category: str, severity: str, message: str, start: int, end: int,
                 subtype: str | None = None, fix: str | None = None, safe_fix: bool = True, verified: bool = False,
                 diagnosis: str | None = None, fingerprint: str | None = None):
        self.rule_id = rule_id
        self.category = category
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.subtype = subtype
        self.fix = fix
        self.safe_fix = safe_fix
        self.verified = verified
        self.diagnosis = diagnosis
        self.fingerprint = fingerprint

    def _values(self) -> tuple:
        return (self.rule_id, self.category, self.severity, self.message, self.start, self.end, self.subtype,
                self.fix, self.safe_fix, self.verified, self.diagnosis, self.fingerprint)

    def __repr__(self) -> str:
        return "Finding(" + ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self._values(),
                                                                                  strict=True)) + ")"

    def __reduce__(self):
        return Finding, self._values()

    def replace(self, **changes) -> Finding:
        """A copy with *changes* (like :func:`dataclasses.replace`)."""
        values = dict(zip(_FIELDS, self._values(), strict=True))
        values.update(changes)
        return Finding(**values)

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]
