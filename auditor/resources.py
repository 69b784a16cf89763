"""Locate the data that ships with the package: built-in rule files and report schemas.

In a wheel the top-level ``rules/`` and ``reports/`` folders are installed as
``auditor/_data/rules`` and ``auditor/_data/reports``; in a source checkout (or an
editable install) they are read from the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the directory of shipped data called *name* (``"rules"`` or ``"reports"``).

    >>> data_dir("rules").name
    'rules'
    """
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"doc-auditor is installed without its {name}/ folder (looked in {installed})")


def builtin_rule_files() -> list[Path]:
    """The built-in rule files, in a stable order."""
    return sorted(data_dir("rules").glob("*.yaml"))


def rule_schema_path() -> Path:
    return data_dir("rules") / "rule.schema.json"


def report_schema_path() -> Path:
    return data_dir("reports") / "report.schema.json"
