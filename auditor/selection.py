"""``--select`` / ``--ignore``: choose rules by id, id prefix, name or category (as in ruff).

>>> from auditor.rulebook import Rule
>>> r = Rule("PH001", "x-placeholder", "placeholder", "placeholder", "error", "", {}, {})
>>> matches(r, "PH"), matches(r, "PH001"), matches(r, "placeholder"), matches(r, "EN")
(True, True, True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from auditor.errors import AuditorError, did_you_mean
from auditor.rulebook import Rule


class SelectionError(AuditorError, ValueError):
    """A selector that matches no rule (a typo, usually)."""


def matches(rule: Rule, selector: str) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    return rule.id.startswith(s.upper()) or s.lower() in (rule.name, rule.category)


def split_selectors(values: Iterable[str] | None) -> list[str]:
    """Accept repeated options and comma-separated lists alike."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def selector_hint(selector: str, rules: Sequence[Rule]) -> str:
    """A "did you mean" among the ids, categories and names of *rules*."""
    names = [r.id for r in rules] + sorted({r.category for r in rules}) + [r.name for r in rules]
    return did_you_mean(selector, names, cutoff=0.5)


def select_rules(rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """Rules enabled by *select* (all when empty) minus those matched by *ignore*."""
    for selector in [*select, *ignore]:
        if not any(matches(rule, selector) for rule in rules):
            raise SelectionError(f"'{selector}' matches no rule{selector_hint(selector, rules)}; "
                                 "`auditor rules` lists the rules")
    chosen = [r for r in rules if not select or any(matches(r, s) for s in select)]
    return [r for r in chosen if not any(matches(r, s) for s in ignore)]
