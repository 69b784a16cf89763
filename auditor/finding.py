"""The unit every rule produces and every reporter consumes."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Finding:
    """A problem at ``[start, end)`` (0-based code points, end exclusive) of one document."""

    rule_id: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    subtype: str | None = None
    fix: str | None = None
    #: whether ``fix`` is certain (applied by ``auditor fix``) or only likely (``--unsafe-fixes``)
    safe_fix: bool = True
    #: a statement checked and found consistent, not a problem (``--show-verified``)
    verified: bool = False
    #: why a number is wrong, when the arithmetic shows it (see :mod:`auditor.diagnosis`)
    diagnosis: str | None = None
    #: identifies the finding without line numbers (see :mod:`auditor.fingerprint`); set by the engine
    fingerprint: str | None = None

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]
