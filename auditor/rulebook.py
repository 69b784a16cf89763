"""Load rule files, validate them against the rule JSON Schema, and build :class:`Rule` objects.

Validation is cached: a rule file whose exact bytes already passed validation (with this schema
and this version of the tool) is read back from a small cache (``marshal``: no ``json`` import either), so
that a pre-commit run on one file imports neither PyYAML nor jsonschema. Set ``AUDITOR_NO_CACHE=1`` to disable the cache
or ``AUDITOR_CACHE_DIR`` to move it (default ``$XDG_CACHE_HOME/doc-auditor``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from auditor import __version__
from auditor.errors import AuditorError, did_you_mean
from auditor.record import ValueObject
from auditor.resources import builtin_rule_file_names, rule_schema_name

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

try:  # the cache key: BLAKE2 without hashlib's start-up (it loads OpenSSL, a few milliseconds)
    from _blake2 import blake2b as _digest
except ImportError:  # pragma: no cover - CPython always has _blake2
    from hashlib import blake2b as _digest


class RuleFileError(AuditorError):
    """A rule file cannot be used; the message names the file, the line and the offending key."""

    def __init__(self, path: str | os.PathLike, message: str, line: int | None = None, key: str | None = None):
        self.path = str(path)
        self.line = line
        self.key = key
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


_RULE_FIELDS = ("id", "name", "kind", "category", "severity", "message", "docs", "examples", "params", "source")


class Rule(ValueObject):
    """One rule as declared in a rule file: ``id``, ``name``, ``kind``, ``category``, ``severity``,
    ``message``, ``docs``, ``examples``, ``params`` (the kind's parameters) and ``source`` (its file).

    Immutable (like the frozen dataclass it replaces; a plain class is cheaper to define at start-up).
    """

    __slots__ = _RULE_FIELDS

    id: str
    name: str
    kind: str
    category: str
    severity: str
    message: str
    docs: dict
    examples: dict
    params: dict
    source: str

    def __init__(self, id: str, name: str, kind: str, category: str, severity: str, message: str, docs: dict,
                 examples: dict, params: dict | None = None, source: str = ""):
        values = (id, name, kind, category, severity, message, docs, examples, {} if params is None else params,
                  source)
        for field_name, value in zip(_RULE_FIELDS, values, strict=True):
            object.__setattr__(self, field_name, value)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"cannot assign to field '{name}' of a Rule (rules are immutable)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field '{name}' of a Rule (rules are immutable)")

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in _RULE_FIELDS)

    def __repr__(self) -> str:
        return "Rule(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in _RULE_FIELDS) + ")"

    def __reduce__(self):
        return Rule, self._values()

    def with_severity(self, severity: str) -> Rule:
        values = dict(zip(_RULE_FIELDS, self._values(), strict=True))
        values["severity"] = severity
        return Rule(**values)


_COMMON_KEYS = {"id", "name", "kind", "category", "severity", "message", "docs", "examples"}


class Rulebook:
    """All loaded rules, by id, in load order."""

    def __init__(self, rules: dict[str, Rule] | None = None):
        self.rules: dict[str, Rule] = {} if rules is None else rules

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rules == other.rules  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Rulebook(rules={self.rules!r})"

    def __iter__(self):
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id.upper())

    def add(self, rule: Rule) -> None:
        if rule.id in self.rules:
            other = self.rules[rule.id].source
            raise RuleFileError(rule.source, f"rule id {rule.id} is already defined in {other}; "
                                "give the rule a new id", key="id")
        self.rules[rule.id] = rule


# --------------------------------------------------------------------------- caching

def _cache_dir() -> str | None:
    from auditor.cachedir import cache_dir

    return cache_dir()


_schema_digest: str | None = None


def _cache_key(data: bytes) -> str:
    global _schema_digest
    if _schema_digest is None:
        with open(rule_schema_name(), "rb") as handle:
            _schema_digest = _digest(handle.read()).hexdigest()[:16]
    digest = _digest(data)
    digest.update(_schema_digest.encode())
    digest.update(__version__.encode())
    return digest.hexdigest()


def _cache_read(key: str) -> Any | None:
    folder = _cache_dir()
    if folder is None:
        return None
    try:
        with open(os.path.join(folder, "rules", f"{key}.marshal"), "rb") as handle:
            import marshal

            return marshal.load(handle)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def _cache_write(key: str, parsed: Any) -> None:
    folder = _cache_dir()
    if folder is None:
        return
    try:
        target = os.path.join(folder, "rules")
        os.makedirs(target, exist_ok=True)
        import marshal
        import tempfile

        data = marshal.dumps(parsed)  # ValueError: not plain data (a YAML date …): not cached
        fd, tmp = tempfile.mkstemp(dir=target, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, os.path.join(target, f"{key}.marshal"))
    except (OSError, ValueError):
        pass  # a cache that cannot be written only costs speed


# --------------------------------------------------------------------------- parsing & validation

def _parse_yaml(path: str, text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleFileError(path, f"not valid YAML: {problem}; fix the syntax at this line", line=line) from None


def _yaml_line(text: str, error_path: Sequence[Any]) -> int | None:
    """Line (1-based) of the YAML node at *error_path* (keys and indexes), as deep as it exists."""
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for step in error_path:
        if isinstance(node, yaml.MappingNode):
            found = None
            for key_node, value_node in node.value:
                if key_node.value == step:
                    found = (key_node, value_node)
                    break
            if found is None:
                break
            line = found[0].start_mark.line + 1
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _describe(error) -> tuple[str, str | None, list]:
    """A human sentence for one jsonschema error, the offending key, and the path to point at."""
    path = list(error.absolute_path)
    validator = error.validator
    key = next((p for p in reversed(path) if isinstance(p, str)), None)
    where = _path_text(path)
    if validator == "unevaluatedProperties" or validator == "additionalProperties":
        instance = error.instance if isinstance(error.instance, dict) else {}
        allowed = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
        unknown = [k for k in instance if k not in allowed and k not in _COMMON_KEYS] or list(instance)
        bad = _unknown_from_message(error.message) or unknown[:1]
        key = bad[0] if bad else key
        hint = _did_you_mean(key, allowed | _COMMON_KEYS) if key else ""
        return f"unknown key '{key}' in {where or 'the file'}{hint}; remove it or fix its spelling", key, \
            [*path, key]
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where or 'the file'} is missing the required key '{missing}'", missing, path
    if validator == "enum":
        options = ", ".join(map(str, error.validator_value))
        return f"'{key}' is {error.instance!r}, which is not one of: {options}", key, path
    if validator == "pattern":
        return f"'{key}' value {error.instance!r} does not match the pattern {error.validator_value}", key, path
    return f"{where or 'the file'}: {error.message}", key, path


def _unknown_from_message(message: str) -> list[str]:
    # jsonschema: "Unevaluated properties are not allowed ('foo' was unexpected)"
    import re

    return re.findall(r"'([^']+)'", message.split("(", 1)[1]) if "(" in message else []


def _did_you_mean(key: str, options: Iterable[str]) -> str:
    return did_you_mean(key, sorted(options))


def _path_text(path: Sequence[Any]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def validate_rule_data(path: str, text: str, data: Any) -> None:
    """Raise :class:`RuleFileError` for the first schema violation in *data* (parsed from *text*)."""
    import jsonschema

    with open(rule_schema_name(), encoding="utf-8") as handle:
        import json

        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(data))
    if not errors:
        return
    # An unknown key explains a "missing required key" next to it (a typo such as `severty`), so it
    # is reported first; otherwise jsonschema's best match, made as specific as it gets.
    unknown = [e for e in _all_errors(errors) if e.validator in ("unevaluatedProperties", "additionalProperties")]
    error = unknown[0] if unknown else jsonschema.exceptions.best_match(errors)
    while error.context:
        error = jsonschema.exceptions.best_match(error.context)
    message, key, point = _describe(error)
    rule_id = _rule_id_at(data, list(error.absolute_path))
    if rule_id:
        message = f"rule {rule_id}: {message}"
    raise RuleFileError(path, message, line=_yaml_line(text, point), key=key)


def _all_errors(errors):
    for error in errors:
        yield error
        yield from _all_errors(error.context or [])


def _rule_id_at(data: Any, path: list) -> str | None:
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        try:
            return data["rules"][path[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
    return None


def _check_regexes(path: str, text: str, data: dict) -> None:
    """Compile every regular expression the file declares, so a bad one is reported at load time."""
    import regex

    for index, rule in enumerate(data.get("rules", [])):
        for key in ("pattern", "allow_context", "deny_context"):
            value = rule.get(key)
            for j, pattern in enumerate([value] if isinstance(value, str) else (value or [])):
                try:
                    regex.compile(pattern)
                except regex.error as exc:
                    where = ["rules", index, key] + ([] if isinstance(value, str) else [j])
                    raise RuleFileError(path, f"rule {rule.get('id')}: '{key}' is not a valid regular "
                                        f"expression ({exc}): {pattern!r}", line=_yaml_line(text, where),
                                        key=key) from None


def load_rule_file(path: str | os.PathLike) -> list[Rule]:
    """Parse, validate and return the rules of one file; raise :class:`RuleFileError` if unusable."""
    shown = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise RuleFileError(shown, f"cannot read rule file: {exc.strerror or exc}") from None
    key = _cache_key(raw)
    data = _cache_read(key)
    if data is None:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RuleFileError(shown, f"rule files must be UTF-8 (bad byte at offset {exc.start})") from None
        data = _parse_yaml(shown, text)
        if data is None:
            raise RuleFileError(shown, "the rule file is empty; it needs a top-level 'rules:' list", key="rules")
        validate_rule_data(shown, text, data)
        _check_regexes(shown, text, data)
        _cache_write(key, data)
    return [_make_rule(entry, shown) for entry in data["rules"]]


def _make_rule(entry: dict, source: str) -> Rule:
    params = {k: v for k, v in entry.items() if k not in _COMMON_KEYS}
    return Rule(id=entry["id"], name=entry["name"], kind=entry["kind"], category=entry["category"],
                severity=entry["severity"], message=entry["message"], docs=entry["docs"],
                examples=entry["examples"], params=params, source=source)


def expand_rule_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Rule files named directly, plus every ``*.yaml``/``*.yml`` in named directories."""
    from pathlib import Path

    files: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            files.extend(sorted([*p.glob("*.yaml"), *p.glob("*.yml")]))
        else:
            files.append(p)
    return files


def load_rulebook(extra_paths: Iterable[str | os.PathLike] = (), builtin: bool = True) -> Rulebook:
    """The built-in rules (unless *builtin* is false) followed by the user's rule files."""
    book = Rulebook()
    extra_paths = list(extra_paths)
    files: list = [*(builtin_rule_file_names() if builtin else []), *(expand_rule_paths(extra_paths) if extra_paths
                                                                        else [])]
    for file in files:
        for index, rule in enumerate(load_rule_file(file)):
            try:
                book.add(rule)
            except RuleFileError as exc:
                with open(file, encoding="utf-8-sig", errors="replace") as handle:
                    text = handle.read()
                raise RuleFileError(file, str(exc).split(": ", 1)[1], line=_yaml_line(text, ["rules", index, "id"]),
                                    key="id") from None
    return book
