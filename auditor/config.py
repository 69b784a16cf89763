"""Project configuration: ``[tool.auditor]`` in ``pyproject.toml`` or a ``.auditor.toml`` file.

Discovery walks upward from the current directory and takes the first ``.auditor.toml``, or the
first ``pyproject.toml`` that has a ``[tool.auditor]`` table (``.auditor.toml`` wins in the same
folder). ``--config FILE`` names one explicitly; ``--isolated`` ignores them all. Command-line
options override the file; relative paths in the file are relative to the file's folder.

>>> settings = parse_settings({"select": ["PH"], "fail-on": "warning"}, "x.toml")
>>> settings.select, settings.fail_on
(['PH'], 'warning')
"""

from __future__ import annotations

import os

from auditor.errors import AuditorError, did_you_mean
from auditor.record import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import Any

SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "info", "never")
OUTPUT_FORMATS = ("rich", "json", "concise", "sarif", "github", "gitlab", "junit", "jsonl")


class ConfigError(AuditorError):
    """A configuration file that cannot be used; names the file, line and key."""

    def __init__(self, path: str, message: str, line: int | None = None, key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class Settings(Record):
    """The resolved configuration (defaults, then the file, then the command line). ``root`` is the
    configuration file's folder (globs and paths are relative to it); ``None`` without a file."""

    _fields = ("source", "root", "include", "exclude", "extend_exclude", "select", "extend_select", "ignore",
               "severity", "per_file_ignores", "rule_paths", "fail_on", "output_format", "encoding", "verdict",
               "max_share")
    # verdict: ``[verdict]``, an :class:`auditor.verdict.VerdictPolicy` (None: the default policy);
    # max_share: collection tolerances, selector → limit (a fraction), see :mod:`auditor.curation`
    _defaults = (("source", None), ("root", None), ("include", ["*.txt", "*.md"]), ("exclude", []),
                 ("extend_exclude", []), ("select", []), ("extend_select", []), ("ignore", []), ("severity", {}),
                 ("per_file_ignores", {}), ("rule_paths", []), ("fail_on", "error"), ("output_format", "rich"),
                 ("encoding", None), ("verdict", None), ("max_share", {}))

    def as_dict(self) -> dict[str, Any]:
        return {
            "config-file": self.source, "root": self.root, "include": self.include, "exclude": self.exclude,
            "extend-exclude": self.extend_exclude, "select": self.select, "extend-select": self.extend_select,
            "ignore": self.ignore, "severity": self.severity, "per-file-ignores": self.per_file_ignores,
            "rule-paths": self.rule_paths, "fail-on": self.fail_on, "output-format": self.output_format,
            "encoding": self.encoding,
            "verdict": self.verdict.as_dict() if self.verdict is not None else None, "max-share": self.max_share,
        }

    @property
    def all_excludes(self) -> list[str]:
        return [*self.exclude, *self.extend_exclude]


# key -> (attribute, kind, choices)
_KEYS: dict[str, tuple[str, str, tuple[str, ...] | None]] = {
    "include": ("include", "globs", None),
    "exclude": ("exclude", "globs", None),
    "extend-exclude": ("extend_exclude", "globs", None),
    "select": ("select", "strings", None),
    "extend-select": ("extend_select", "strings", None),
    "ignore": ("ignore", "strings", None),
    "severity": ("severity", "severity-table", SEVERITIES),
    "per-file-ignores": ("per_file_ignores", "ignore-table", None),
    "rule-paths": ("rule_paths", "paths", None),
    "fail-on": ("fail_on", "choice", FAIL_ON),
    "output-format": ("output_format", "choice", OUTPUT_FORMATS),
    "encoding": ("encoding", "encoding", None),
    "verdict": ("verdict", "curation", None),
    "max-share": ("max_share", "curation", None),
}


def _load_toml(path: str) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the configuration file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        line = None
        text = str(exc)
        if "(at line " in text:
            try:
                line = int(text.split("(at line ", 1)[1].split(",", 1)[0])
            except ValueError:
                line = None
        raise ConfigError(str(path), f"not valid TOML: {text}; fix the syntax", line=line) from None


def find_config(start: str | os.PathLike = ".") -> str | None:
    """The nearest configuration file at or above *start* (its path), or ``None``."""
    directory = os.path.realpath(start)
    while True:
        found = _config_in(directory)
        if found is not None:
            return found
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _config_in(directory: str) -> str | None:
    """``.auditor.toml`` of *directory*, or its ``pyproject.toml`` when that has a ``[tool.auditor]`` table."""
    candidate = os.path.join(directory, ".auditor.toml")
    if os.path.isfile(candidate):
        return candidate
    pyproject = os.path.join(directory, "pyproject.toml")
    if not os.path.isfile(pyproject):
        return None
    try:
        with open(pyproject, "rb") as handle:
            if b"tool.auditor" not in handle.read():
                return None  # not ours: no need to parse it
    except OSError:
        return None
    try:
        data = _load_toml(pyproject)
    except ConfigError:
        return pyproject  # broken TOML that mentions our table: ours to report
    if isinstance(data.get("tool"), dict) and "auditor" in data["tool"]:
        return pyproject
    return None


def _key_line(path: str, key: str, sub_key: str | None = None) -> int | None:
    """Line of *key* in the auditor's table of *path* (or of *sub_key* inside the sub-table *key*)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    base = "tool.auditor" if os.path.basename(path) == "pyproject.toml" else ""
    wanted_table, wanted_key = (base, key) if sub_key is None else (f"{base}.{key}".lstrip("."), sub_key)
    table = ""
    fallback = None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            table = stripped.strip("[]").strip().replace('"', "").replace("'", "")
            continue
        name = stripped.split("=", 1)[0].strip().strip("\"'") if "=" in stripped else None
        if name is None:
            continue
        if table == wanted_table and name.upper() == wanted_key.upper():
            return number
        if sub_key is not None and table == base and name == key:
            fallback = number  # an inline table: severity = {PH004 = "fatal"}
    return fallback


def _fail(path: str, key: str, message: str, sub_key: str | None = None) -> ConfigError:
    return ConfigError(path, message, line=_key_line(path, key, sub_key), key=sub_key or key)


def _strings(path: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, key, f"'{key}' must be a list of strings, e.g. {key} = [\"...\"]")
    return list(value)


def parse_settings(data: dict, path: str, root: str | None = None) -> Settings:
    """Validate a ``[tool.auditor]`` table (or a whole ``.auditor.toml``) into :class:`Settings`."""
    settings = Settings(source=path, root=root or os.path.dirname(os.path.realpath(path)))
    if not isinstance(data, dict):
        raise ConfigError(path, "the configuration must be a table of keys")
    for key, value in data.items():
        if key not in _KEYS:
            raise _fail(path, key, f"unknown key '{key}'{did_you_mean(key, _KEYS)}; known keys: {', '.join(_KEYS)}")
        attribute, kind, choices = _KEYS[key]
        if kind in ("globs", "strings", "paths"):
            parsed: Any = _strings(path, key, value)
            if kind == "paths":
                from pathlib import Path

                parsed = [str(Path(settings.root) / p) if not os.path.isabs(p) else p for p in parsed]
        elif kind == "choice":
            if not isinstance(value, str) or value not in (choices or ()):
                hint = did_you_mean(str(value), choices or ())
                raise _fail(path, key, f"'{key}' is {value!r}; it must be one of: {', '.join(choices or ())}{hint}")
            parsed = value
        elif kind == "severity-table":
            if not isinstance(value, dict):
                raise _fail(path, key, f"'{key}' must be a table of RULE = \"error|warning|info\"")
            parsed = {}
            for rule, level in value.items():
                if level not in SEVERITIES:
                    raise _fail(path, key, f"severity of {rule} is {level!r}; it must be one of: "
                                f"{', '.join(SEVERITIES)}", sub_key=str(rule))
                parsed[str(rule).upper()] = level
        elif kind == "ignore-table":
            if not isinstance(value, dict):
                raise _fail(path, key, f"'{key}' must be a table of \"GLOB\" = [\"RULE\", ...]")
            parsed = {}
            for glob, rules in value.items():
                if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
                    raise _fail(path, key, f"per-file-ignores of {glob!r} must be a list of rules", sub_key=glob)
                parsed[glob] = list(rules)
        elif kind == "curation":  # [verdict] and max-share: see auditor/verdict.py and auditor/curation.py
            from auditor.curation import parse_config_value

            parsed = parse_config_value(path, key, value, _fail)
        else:  # encoding
            import codecs

            if not isinstance(value, str):
                raise _fail(path, key, f"'{key}' must be the name of an encoding, e.g. \"utf-8\"")
            try:
                codecs.lookup(value)
            except LookupError:
                raise _fail(path, key, f"'{key}' is {value!r}, which is not an encoding Python knows") from None
            parsed = value
        setattr(settings, attribute, parsed)
    return settings


def check_selectors(settings: Settings, rules) -> None:
    """Raise :class:`ConfigError` (file, line, key) for a rule selector of the file that matches no rule."""
    from auditor.selection import matches, selector_hint

    rules = list(rules)
    path = settings.source or "configuration"

    def known(selector: str) -> bool:
        return any(matches(rule, selector) for rule in rules)

    def hint(selector: str) -> str:
        return selector_hint(selector, rules)

    for key, values in (("select", settings.select), ("extend-select", settings.extend_select),
                        ("ignore", settings.ignore)):
        for selector in values:
            if not known(selector):
                raise _fail(path, key, f"'{key}' names {selector!r}, which matches no rule{hint(selector)}")
    for glob, selectors in settings.per_file_ignores.items():
        for selector in selectors:
            if not known(selector):
                raise _fail(path, "per-file-ignores", f"per-file-ignores of {glob!r} names {selector!r}, which "
                            f"matches no rule{hint(selector)}", sub_key=glob)
    for rule_id in settings.severity:
        if not any(r.id == rule_id for r in rules):
            raise _fail(path, "severity", f"[severity] names an unknown rule {rule_id}{hint(rule_id)}",
                        sub_key=rule_id)
    if settings.verdict is not None or settings.max_share:
        from auditor.curation import check_config_names

        check_config_names(settings, rules, _fail)


def load_settings(config: str | None = None, isolated: bool = False, start: str = ".") -> Settings:
    """Settings from *config*, or from the discovered file, or the defaults."""
    if isolated:
        return Settings()
    if config:
        from pathlib import Path

        path: str | None = str(Path(config))  # shown as pathlib shows it (./a.toml → a.toml)
    else:
        path = find_config(start)
    if path is None:
        return Settings()
    if config and not os.path.isfile(path):
        raise ConfigError(str(path), "no such configuration file")
    data = _load_toml(path)
    shown = str(path)
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "auditor" not in tool:
            raise ConfigError(shown, "pyproject.toml has no [tool.auditor] table")
        data = tool["auditor"]
    return parse_settings(data, shown)


STARTER = """\
# doc-auditor configuration; docs/configuration.md explains every key.
# Every key is optional; command-line options override these values.

# Files read inside directories (explicit paths are always read unless excluded).
include = ["*.txt", "*.md"]

# Globs of files or folders to skip, also for paths given explicitly (pre-commit passes those).
# exclude = ["drafts/**"]
# extend-exclude = ["*.tmp.txt"]

# Rules by id ("PH001"), prefix ("PH"), name ("pseudonym") or category ("placeholder").
# select = ["PH", "EN"]
# extend-select = []
# ignore = ["PH004"]

# Change a rule's severity.
# [severity]
# PH003 = "info"

# Ignore rules in some files only.
# [per-file-ignores]
# "templates/*.md" = ["PH005"]

# Your own rule files (or folders of them), relative to this file.
# rule-paths = ["rules/"]

# Lowest severity that fails the run: "error", "warning", "info" or "never".
fail-on = "error"

# Default report format: rich, json, concise, sarif, github, gitlab, junit, jsonl.
# output-format = "rich"

# Read every file with this encoding instead of detecting it.
# encoding = "utf-8"

# CI tolerances: the largest share of documents with a verdict label or a category (docs/curation.md).
# max-share = {placeholder = "0.5%", reject = "1%"}

# How each document's verdict (keep, review, reject) is decided (docs/curation.md); the defaults:
# [verdict]
# reject = {"placeholder:error" = 1, "encoding:error" = 1}
# review = {"*:error" = 1, "mojibake:warning" = 1}
# reject-share = {mojibake = "30%"}
"""
