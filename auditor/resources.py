"""Locate the data that ships with the package: built-in rule files and report schemas.

In a wheel the top-level ``rules/`` and ``reports/`` folders are installed as
``auditor/_data/rules`` and ``auditor/_data/reports``; in a source checkout (or an
editable install) they are read from the repository root.

The functions return :class:`pathlib.Path` objects; the ``*_name`` variants return plain strings for
the start-up path of a run, which does not import :mod:`pathlib`.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))


def data_dir_name(name: str) -> str:
    """The directory of shipped data called *name* (``"rules"`` or ``"reports"``), as a string."""
    installed = os.path.join(_PACKAGE_DIR, "_data", name)
    if os.path.isdir(installed):
        return installed
    checkout = os.path.join(os.path.dirname(_PACKAGE_DIR), name)
    if os.path.isdir(checkout):
        return checkout
    raise FileNotFoundError(f"doc-auditor is installed without its {name}/ folder (looked in {installed})")


def data_dir(name: str) -> Path:
    """Return the directory of shipped data called *name* (``"rules"`` or ``"reports"``).

    >>> data_dir("rules").name
    'rules'
    """
    from pathlib import Path

    return Path(data_dir_name(name))


def builtin_rule_file_names() -> list[str]:
    """The built-in rule files (paths as strings), in a stable order."""
    folder = data_dir_name("rules")
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".yaml"))


def builtin_rule_files() -> list[Path]:
    """The built-in rule files, in a stable order."""
    from pathlib import Path

    return [Path(name) for name in builtin_rule_file_names()]


def rule_schema_name() -> str:
    return os.path.join(data_dir_name("rules"), "rule.schema.json")


def rule_schema_path() -> Path:
    from pathlib import Path

    return Path(rule_schema_name())


def report_schema_path() -> Path:
    from pathlib import Path

    return Path(data_dir_name("reports")) / "report.schema.json"
