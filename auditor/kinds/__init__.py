"""Rule kinds: the *how* behind a rule file's *what*.

Each kind is a :class:`~auditor.kinds.base.Checker` subclass in its own module, imported only when a
rule of that kind is used.
"""

from __future__ import annotations

import importlib

from auditor.kinds.base import Checker
from auditor.rulebook import Rule

_KINDS = {
    "pattern": ("auditor.kinds.pattern", "PatternChecker"),
    "placeholder": ("auditor.kinds.placeholder", "PlaceholderChecker"),
    "encoding": ("auditor.kinds.encoding", "EncodingChecker"),
    "suppression": ("auditor.kinds.suppression", "SuppressionChecker"),
    "totals": ("auditor.kinds.totals", "TotalsChecker"),
    "percentage": ("auditor.kinds.percentage", "PercentageChecker"),
    "mojibake": ("auditor.kinds.mojibake", "MojibakeChecker"),
}


def make_checker(rule: Rule) -> Checker:
    """Build the checker that runs *rule*."""
    module_name, class_name = _KINDS[rule.kind]
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(rule)


def known_kinds() -> list[str]:
    return sorted(_KINDS)
