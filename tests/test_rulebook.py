"""Rule files: every way a rule file can be wrong is a RuleFileError naming file, line and key; validation cache."""

from __future__ import annotations

import marshal
from dataclasses import dataclass
from pathlib import Path

import pytest

import auditor.rulebook as rulebook
from auditor.rulebook import RuleFileError, load_rule_file, load_rulebook

VALID = """\
family: custom
description: Two small rules used by the tests.
rules:
  - id: US001
    name: todo-marker
    kind: pattern
    pattern: "TODO"
    category: style
    severity: warning
    message: "leftover marker '{match}'"
    docs:
      why: An editor's marker was left in the text.
      example: "详见TODO。"
    examples:
      bad:
        - "此处TODO待补充"
      good:
        - "此处内容已补充"
  - id: US002
    name: fixme-marker
    kind: pattern
    pattern: "FIXME"
    allow_context:
      - "示例：FIXME"
    category: style
    severity: info
    message: "leftover marker '{match}'"
    docs:
      why: Another editor's marker was left in the text.
      example: "详见FIXME。"
      fix: Finish the sentence.
    examples:
      bad:
        - "此处FIXME待修复"
      good:
        - "此处已修复"
        - "示例：FIXME 表示待修复"
"""


def line_of(text: str, needle: str) -> int:
    """1-based number of the (only) line of *text* that contains *needle*."""
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@dataclass
class Case:
    text: str
    line: int | None  # the line the error must point at
    key: str | None  # the offending key
    fragments: tuple[str, ...]  # what the message must say


def _cases() -> dict[str, Case]:
    cases: dict[str, Case] = {}

    t = replace_once(VALID, '    kind: pattern\n    pattern: "FIXME"', '    kind: pattern: oops\n    pattern: "FIXME"')
    cases["invalid-yaml"] = Case(t, line_of(t, "pattern: oops"), None, ("not valid YAML",))

    t = replace_once(VALID, '    name: fixme-marker\n', '    name: fixme-marker\n\tkind: pattern\n')
    cases["yaml-tab"] = Case(t, line_of(t, "\tkind"), None, ("not valid YAML",))

    t = replace_once(VALID, "description:", "descripton:")
    cases["unknown-top-level-key"] = Case(t, line_of(t, "descripton:"), "descripton",
                                          ("unknown key 'descripton'", "did you mean 'description'"))

    t = VALID + "extra_setting: true\n"
    cases["unknown-top-level-key-at-end"] = Case(t, line_of(t, "extra_setting"), "extra_setting",
                                                 ("unknown key 'extra_setting'",))

    t = replace_once(VALID, "    severity: info\n", "    severity: info\n    severty: error\n")
    cases["unknown-rule-key-typo"] = Case(t, line_of(t, "severty:"), "severty",
                                          ("unknown key 'severty'", "did you mean 'severity'", "US002"))

    t = replace_once(VALID, "    allow_context:", "    allow_contxt:")
    cases["unknown-optional-key-typo"] = Case(t, line_of(t, "allow_contxt"), "allow_contxt",
                                              ("did you mean 'allow_context'",))

    t = replace_once(VALID, "      fix: Finish", "      fxi: Finish")
    cases["unknown-docs-key"] = Case(t, line_of(t, "fxi:"), "fxi", ("did you mean 'fix'",))

    t = replace_once(VALID, "    message: \"leftover marker '{match}'\"\n    docs:\n      why: Another",
                     "    docs:\n      why: Another")
    cases["missing-message"] = Case(t, line_of(t, "- id: US002"), "message",
                                    ("missing the required key 'message'", "US002"))

    t = replace_once(VALID, "severity: info", "severity: fatal")
    cases["bad-severity"] = Case(t, line_of(t, "severity: fatal"), "severity", ("'fatal'", "error, warning, info"))

    t = replace_once(VALID, "category: style\n    severity: info", "category: stlye\n    severity: info")
    cases["bad-category"] = Case(t, line_of(t, "stlye"), "category", ("'stlye'",))

    t = replace_once(VALID, "id: US002", "id: ph1")
    cases["bad-id"] = Case(t, line_of(t, "id: ph1"), "id", ("'ph1'",))

    t = replace_once(VALID, '    pattern: "FIXME"\n', "")
    cases["pattern-kind-without-pattern"] = Case(t, line_of(t, "- id: US002"), "pattern",
                                                 ("missing the required key 'pattern'",))

    t = replace_once(VALID, 'pattern: "FIXME"', 'pattern: "FIX(ME"')
    cases["invalid-regex"] = Case(t, line_of(t, "FIX(ME"), "pattern", ("not a valid regular expression", "US002"))

    t = replace_once(VALID, '      - "示例：FIXME"\n', '      - "示例：FIXME"\n      - "[未闭合"\n')
    cases["invalid-regex-in-list"] = Case(t, line_of(t, "[未闭合"), "allow_context",
                                          ("not a valid regular expression",))

    t = "rules: []\n"
    cases["no-rules"] = Case(t, 1, "rules", ("non-empty",))
    return cases


CASES = _cases()


def test_the_valid_file_is_valid(tmp_path):
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    rules = load_rule_file(path)
    assert [r.id for r in rules] == ["US001", "US002"]
    assert rules[1].params == {"pattern": "FIXME", "allow_context": ["示例：FIXME"]}
    assert rules[1].source == str(path)


@pytest.mark.parametrize("name", list(CASES))
def test_bad_rule_file(tmp_path, name):
    case = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(case.text, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    err = info.value
    assert err.path == str(path)
    assert err.line == case.line
    assert err.key == case.key
    message = str(err)
    assert message.startswith(f"{path}:{case.line}: ")
    for fragment in case.fragments:
        assert fragment in message


@pytest.mark.parametrize("name", list(CASES))
def test_bad_rule_file_via_cli(run_cli, tmp_path, name):
    case = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(case.text, encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("内容完整。\n", encoding="utf-8")
    proc = run_cli("check", "--rule-path", path, doc)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f"{path}:{case.line}:" in proc.stderr
    if case.key:
        assert case.key in proc.stderr
    assert proc.stdout == ""


def test_misspelt_required_key_names_the_typo(tmp_path):
    text = replace_once(VALID, "severity: info", "severty: info")
    path = tmp_path / "typo.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert "did you mean 'severity'" in str(info.value)
    assert info.value.line == line_of(text, "severty:")
    assert info.value.key == "severty"


def test_misspelt_required_key_is_an_error(tmp_path):
    path = tmp_path / "typo.yaml"
    path.write_text(replace_once(VALID, "severity: info", "severty: info"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="severity"):
        load_rule_file(path)


# --------------------------------------------------------------------------- whole-file problems

def test_top_level_list(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- id: US001\n  name: a\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert info.value.line == 1
    assert "not of type 'object'" in str(info.value)


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n"], ids=["empty", "blank", "comment"])
def test_empty_rule_file(run_cli, tmp_path, content):
    path = tmp_path / "empty.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert info.value.key == "rules"
    assert "empty" in str(info.value)
    proc = run_cli("check", "--rule-path", path, "-", input="内容。")
    assert proc.returncode == 2
    assert f"{path}: " in proc.stderr and "empty" in proc.stderr and "'rules:'" in proc.stderr


def test_non_utf8_rule_file(run_cli, tmp_path):
    head = "rules:\n  - id: US001\n    name: "
    path = tmp_path / "gbk.yaml"
    path.write_bytes(head.encode("utf-8") + "待办".encode("gbk") + b"\n")
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert "must be UTF-8" in str(info.value)
    assert f"offset {len(head.encode('utf-8'))}" in str(info.value)
    proc = run_cli("check", "--rule-path", path, "-", input="内容。")
    assert proc.returncode == 2
    assert str(path) in proc.stderr and "UTF-8" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_utf8_bom_rule_file_is_fine(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert [r.id for r in load_rule_file(path)] == ["US001", "US002"]


def test_nonexistent_rule_file(run_cli, tmp_path):
    path = tmp_path / "missing.yaml"
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert str(path) in str(info.value)
    assert "cannot read rule file" in str(info.value)
    proc = run_cli("check", "--rule-path", path, "-", input="内容。")
    assert proc.returncode == 2
    assert str(path) in proc.stderr
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- duplicate ids

def _clash_file(tmp_path: Path) -> tuple[Path, str]:
    text = replace_once(VALID, "id: US002", "id: PH001")
    path = tmp_path / "clash.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_duplicate_of_builtin_id(run_cli, tmp_path):
    path, _ = _clash_file(tmp_path)
    with pytest.raises(RuleFileError) as info:
        load_rulebook([path])
    assert info.value.path == str(path)
    assert info.value.key == "id"
    assert "PH001" in str(info.value) and "already defined" in str(info.value)
    proc = run_cli("check", "--rule-path", path, "-", input="内容。")
    assert proc.returncode == 2
    assert str(path) in proc.stderr and "PH001" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_duplicate_of_builtin_id_names_the_line(run_cli, tmp_path):
    path, text = _clash_file(tmp_path)
    line = line_of(text, "id: PH001")
    with pytest.raises(RuleFileError) as info:
        load_rulebook([path])
    assert info.value.line == line
    proc = run_cli("check", "--rule-path", path, "-", input="内容。")
    assert f"{path}:{line}:" in proc.stderr


def test_duplicate_id_inside_one_file(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text(replace_once(VALID, "id: US002", "id: US001"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="US001"):
        load_rulebook([path], builtin=False)


def test_rule_folder(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "a.yaml").write_text(VALID, encoding="utf-8")
    (folder / "b.yml").write_text(VALID.replace("US001", "US101").replace("US002", "US102"), encoding="utf-8")
    (folder / "notes.txt").write_text("not a rule file", encoding="utf-8")
    book = load_rulebook([folder], builtin=False)
    assert [r.id for r in book] == ["US001", "US002", "US101", "US102"]


# --------------------------------------------------------------------------- validation cache

@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(folder))
    monkeypatch.delenv("AUDITOR_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def validations(monkeypatch):
    """Count calls to the schema validator."""
    calls: list[str] = []
    real = rulebook.validate_rule_data

    def counting(path, text, data):
        calls.append(path)
        return real(path, text, data)

    monkeypatch.setattr(rulebook, "validate_rule_data", counting)
    return calls


def cache_entries(folder: Path) -> list[Path]:
    return sorted((folder / "rules").glob("*.marshal")) if (folder / "rules").is_dir() else []


def test_cache_is_written_and_reused(tmp_path, cache_dir, validations):
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    first = load_rule_file(path)
    assert len(validations) == 1
    entries = cache_entries(cache_dir)
    assert len(entries) == 1
    assert marshal.loads(entries[0].read_bytes())["rules"][0]["id"] == "US001"
    second = load_rule_file(path)
    assert second == first
    assert len(validations) == 1  # read back from the cache, not validated again
    assert cache_entries(cache_dir) == entries


def test_edited_file_is_validated_again(tmp_path, cache_dir, validations):
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    load_rule_file(path)
    # an edit that breaks the file is caught, although the old version is cached
    broken = replace_once(VALID, "severity: info", "severity: fatal")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert info.value.line == line_of(broken, "severity: fatal")
    assert len(validations) == 2
    assert len(cache_entries(cache_dir)) == 1  # the broken version is not cached
    # a valid edit is validated, cached and loaded with its new content
    edited = replace_once(VALID, "severity: info", "severity: error")
    path.write_text(edited, encoding="utf-8")
    assert load_rule_file(path)[1].severity == "error"
    assert load_rule_file(path)[1].severity == "error"
    assert len(validations) == 3
    assert len(cache_entries(cache_dir)) == 2
    # going back to the first version uses its cache entry again
    path.write_text(VALID, encoding="utf-8")
    assert load_rule_file(path)[1].severity == "info"
    assert len(validations) == 3


def test_same_size_edit_is_validated_again(tmp_path, cache_dir, validations):
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    load_rule_file(path)
    broken = replace_once(VALID, "severity: warning", "severity: wArning")  # same bytes length
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RuleFileError, match="wArning"):
        load_rule_file(path)


def test_corrupt_cache_entry_is_ignored(tmp_path, cache_dir, validations):
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    first = load_rule_file(path)
    [entry] = cache_entries(cache_dir)
    entry.write_text("{not json", encoding="utf-8")
    assert load_rule_file(path) == first
    assert len(validations) == 2


def test_no_cache_env(tmp_path, cache_dir, validations, monkeypatch):
    monkeypatch.setenv("AUDITOR_NO_CACHE", "1")
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    load_rule_file(path)
    load_rule_file(path)
    assert len(validations) == 2
    assert cache_entries(cache_dir) == []


def test_unwritable_cache_dir_only_costs_speed(tmp_path, monkeypatch, validations):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(blocker / "cache"))  # parent is a file
    monkeypatch.delenv("AUDITOR_NO_CACHE", raising=False)
    path = tmp_path / "custom.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert [r.id for r in load_rule_file(path)] == ["US001", "US002"]
