"""Configuration through the command line: discovery, precedence, bad files and ``auditor init``.

Every test builds a small project under ``tmp_path`` and runs ``python -m auditor`` in a subprocess
with ``cwd=`` somewhere inside it, as a user (or pre-commit) would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.config import ConfigError, Settings, load_settings, parse_settings

DIRTY = "本季度走访困难群众xx户。\n"  # PH001 (error)
WARN_ONLY = "某某公司承接了绿化项目。\n"  # PH003 (warning)
INFO_ONLY = "社区调解了张某与邻居的纠纷。\n"  # PH004 (info)
MIXED = "全年走访xx户。\n某某公司承接了绿化项目。\n调解了张某的邻里纠纷。\n"  # PH001, PH003, PH004

USER_RULES = """\
family: house-style
rules:
  - id: HS001
    name: editor-marker
    kind: pattern
    pattern: "TODO"
    category: style
    severity: warning
    message: "leftover editor marker '{match}'"
    docs:
      why: An editor's marker was left in the text.
      example: "详见TODO。"
    examples:
      bad:
        - "此处TODO待补充"
      good:
        - "此处内容已补充"
"""


# --------------------------------------------------------------------------- helpers

@pytest.fixture
def settings_of(cli):
    """``auditor check --show-settings ARGS`` in *cwd*; returns the parsed JSON (and checks exit 0)."""

    def run(*args, cwd):
        proc = cli("check", "--show-settings", *args, cwd=cwd)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    return run


@pytest.fixture
def check_json(cli):
    """``auditor check --format json ARGS`` in *cwd*; returns (proc, report)."""

    def run(*args, cwd):
        proc = cli("check", "--format", "json", *args, cwd=cwd)
        assert proc.returncode in (0, 1), proc.stderr
        return proc, json.loads(proc.stdout)

    return run


def found(report: dict) -> list[tuple[str, str]]:
    """(path, rule id) of every finding of a JSON report, sorted."""
    return sorted((d["path"], f["rule_id"]) for d in report["documents"] for f in d["findings"])


def rule_ids(report: dict) -> list[str]:
    return sorted({f["rule_id"] for d in report["documents"] for f in d["findings"]})


def checked_paths(report: dict) -> list[str]:
    return sorted(d["path"] for d in report["documents"])


def assert_config_error(proc, path: Path | str, line: int | None, *needles: str) -> None:
    """Exit 2, no traceback, ``PATH:LINE:`` (or just PATH) and every needle on stderr."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    where = f"{path}:{line}:" if line is not None else f"{path}:"
    assert where in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in proc.stderr, (needle, proc.stderr)


# --------------------------------------------------------------------------- discovery

def test_pyproject_found_from_a_subdirectory(settings_of, cli, write_doc, tmp_path):
    config = write_doc("pyproject.toml", '[project]\nname = "reports"\n\n[tool.auditor]\nfail-on = "warning"\n')
    write_doc("a/b/w.txt", WARN_ONLY)
    deep = tmp_path / "a" / "b"
    shown = settings_of(cwd=deep)
    assert shown["config-file"] == str(config.resolve())
    assert shown["root"] == str(tmp_path.resolve())
    assert shown["fail-on"] == "warning"
    # and it is used by a real run: a warning fails
    assert cli("check", "w.txt", cwd=deep).returncode == 1
    assert cli("check", "w.txt", "--isolated", cwd=deep).returncode == 0


def test_auditor_toml_wins_over_pyproject_in_the_same_folder(settings_of, write_doc, tmp_path):
    write_doc("pyproject.toml", '[tool.auditor]\nfail-on = "warning"\n')
    dotfile = write_doc(".auditor.toml", 'fail-on = "info"\n')
    shown = settings_of(cwd=tmp_path)
    assert shown["config-file"] == str(dotfile.resolve())
    assert shown["fail-on"] == "info"


def test_the_nearest_configuration_wins_over_a_parent(settings_of, write_doc, tmp_path):
    write_doc(".auditor.toml", 'fail-on = "info"\n')
    nearest = write_doc("sub/pyproject.toml", '[tool.auditor]\nfail-on = "warning"\n')
    (tmp_path / "sub" / "deep").mkdir()
    shown = settings_of(cwd=tmp_path / "sub" / "deep")
    assert shown["config-file"] == str(nearest.resolve())
    assert shown["root"] == str((tmp_path / "sub").resolve())
    assert shown["fail-on"] == "warning"


def test_pyproject_without_tool_auditor_is_skipped(settings_of, write_doc, tmp_path):
    parent = write_doc(".auditor.toml", 'fail-on = "warning"\n')
    write_doc("sub/pyproject.toml", '[project]\nname = "other"\n\n[tool.ruff]\nline-length = 100\n')
    shown = settings_of(cwd=tmp_path / "sub")
    assert shown["config-file"] == str(parent.resolve())
    assert shown["fail-on"] == "warning"


def test_no_configuration_gives_the_defaults(settings_of, tmp_path):
    shown = settings_of(cwd=tmp_path)
    assert shown["config-file"] is None
    assert shown["fail-on"] == "error"
    assert shown["output-format"] == "rich"
    assert shown["include"] == ["*.txt", "*.md"]


@pytest.mark.parametrize("kind", ["pyproject", "dotfile"])
def test_config_option_uses_the_named_file(settings_of, write_doc, tmp_path, kind):
    write_doc("project/.auditor.toml", 'fail-on = "info"\n')  # would be discovered without --config
    if kind == "pyproject":
        named = write_doc("elsewhere/pyproject.toml", '[tool.auditor]\nfail-on = "warning"\nignore = ["PH004"]\n')
    else:
        named = write_doc("elsewhere/audit.toml", 'fail-on = "warning"\nignore = ["PH004"]\n')
    shown = settings_of("--config", named, cwd=tmp_path / "project")
    assert shown["config-file"] == str(named)
    assert shown["root"] == str(named.parent.resolve())
    assert shown["fail-on"] == "warning"
    assert shown["ignore"] == ["PH004"]
    assert "PH004" not in shown["rules"]


def test_isolated_ignores_every_configuration(settings_of, cli, write_doc, tmp_path):
    write_doc(".auditor.toml", 'fail-on = "warning"\nignore = ["PH001"]\n')
    write_doc("w.txt", WARN_ONLY)
    shown = settings_of("--isolated", cwd=tmp_path)
    assert shown["config-file"] is None
    assert shown["fail-on"] == "error"
    assert "PH001" in shown["rules"]
    assert cli("check", "w.txt", cwd=tmp_path).returncode == 1
    assert cli("check", "w.txt", "--isolated", cwd=tmp_path).returncode == 0


def test_show_settings_prints_resolved_values_and_needs_no_path(cli, write_doc, tmp_path):
    config = write_doc(".auditor.toml", 'fail-on = "warning"\nselect = ["PH"]\nignore = ["PH004"]\n'
                                        'output-format = "concise"\nencoding = "gbk"\n\n[severity]\nPH003 = "error"\n')
    proc = cli("check", "--show-settings", "--fail-on", "info", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["config-file"] == str(config.resolve())
    assert shown["fail-on"] == "info"  # the command line wins
    assert shown["output-format"] == "json"
    assert shown["encoding"] == "gbk"
    assert shown["severity"] == {"PH003": "error"}
    assert shown["rules"] == ["PH001", "PH002", "PH003", "PH005", "PH006", "PH007"]


# --------------------------------------------------------------------------- precedence

def test_cli_select_replaces_config_select(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", 'select = ["PH004"]\n')
    write_doc("m.txt", MIXED)
    _, report = check_json("m.txt", cwd=tmp_path)
    assert rule_ids(report) == ["PH004"]
    _, report = check_json("m.txt", "--select", "PH001", cwd=tmp_path)
    assert rule_ids(report) == ["PH001"]


def test_cli_ignore_adds_to_config_ignore(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", 'ignore = ["PH004"]\n')
    write_doc("m.txt", MIXED)
    _, report = check_json("m.txt", cwd=tmp_path)
    assert rule_ids(report) == ["PH001", "PH003"]
    _, report = check_json("m.txt", "--ignore", "PH003", cwd=tmp_path)
    assert rule_ids(report) == ["PH001"]


def test_extend_select_from_config_and_command_line(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", 'select = ["PH001"]\nextend-select = ["pseudonym"]\n')
    write_doc("m.txt", MIXED)
    _, report = check_json("m.txt", cwd=tmp_path)
    assert rule_ids(report) == ["PH001", "PH004"]
    _, report = check_json("m.txt", "--extend-select", "PH003", cwd=tmp_path)
    assert rule_ids(report) == ["PH001", "PH003", "PH004"]


def test_cli_exclude_replaces_config_exclude_and_extend_exclude_adds(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", 'exclude = ["drafts"]\nextend-exclude = ["*.tmp.txt"]\n')
    for name in ("a.txt", "drafts/d.txt", "old/o.txt", "x.tmp.txt"):
        write_doc(name, DIRTY)
    _, report = check_json(".", cwd=tmp_path)
    assert checked_paths(report) == ["a.txt", "old/o.txt"]
    # --exclude replaces exclude (drafts is read again) but keeps extend-exclude
    _, report = check_json(".", "--exclude", "old", cwd=tmp_path)
    assert checked_paths(report) == ["a.txt", "drafts/d.txt"]
    # --extend-exclude adds to both
    _, report = check_json(".", "--extend-exclude", "old", cwd=tmp_path)
    assert checked_paths(report) == ["a.txt"]


def test_fail_on_from_config_and_command_line(cli, write_doc, tmp_path):
    write_doc(".auditor.toml", 'fail-on = "warning"\n')
    write_doc("w.txt", WARN_ONLY)
    write_doc("i.txt", INFO_ONLY)
    assert cli("check", "w.txt", cwd=tmp_path).returncode == 1
    assert cli("check", "i.txt", cwd=tmp_path).returncode == 0
    assert cli("check", "w.txt", "--fail-on", "error", cwd=tmp_path).returncode == 0
    assert cli("check", "i.txt", "--fail-on", "info", cwd=tmp_path).returncode == 1


def test_output_format_from_config_and_command_line(cli, write_doc, tmp_path):
    write_doc(".auditor.toml", 'output-format = "concise"\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0].startswith("d.txt:1:10: PH001 [error] ")
    proc = cli("check", "d.txt", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    assert found(json.loads(proc.stdout)) == [("d.txt", "PH001")]


def test_severity_override_changes_report_and_exit_code(cli, check_json, write_doc, tmp_path):
    write_doc("i.txt", INFO_ONLY)
    proc, report = check_json("i.txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert [f["severity"] for f in report["documents"][0]["findings"]] == ["info"]
    write_doc(".auditor.toml", '[severity]\nPH004 = "error"\n')
    proc, report = check_json("i.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert [(f["rule_id"], f["severity"]) for f in report["documents"][0]["findings"]] == [("PH004", "error")]
    assert report["summary"]["by_severity"] == {"error": 1}


def test_severity_override_in_pyproject_subtable(check_json, write_doc, tmp_path):
    write_doc("pyproject.toml", '[tool.auditor]\nfail-on = "error"\n\n[tool.auditor.severity]\nPH001 = "info"\n')
    write_doc("d.txt", DIRTY)
    proc, report = check_json("d.txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert [f["severity"] for f in report["documents"][0]["findings"]] == ["info"]


def test_per_file_ignores_drop_a_rule_in_matching_files_only(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", '[per-file-ignores]\n"reports/*.txt" = ["PH001"]\n')
    write_doc("reports/a.txt", MIXED)
    write_doc("other/a.txt", MIXED)
    write_doc("other/reports/a.txt", MIXED)  # the glob is relative to the config folder
    _, report = check_json(".", cwd=tmp_path)
    assert found(report) == [
        ("other/a.txt", "PH001"), ("other/a.txt", "PH003"), ("other/a.txt", "PH004"),
        ("other/reports/a.txt", "PH001"), ("other/reports/a.txt", "PH003"), ("other/reports/a.txt", "PH004"),
        ("reports/a.txt", "PH003"), ("reports/a.txt", "PH004"),
    ]
    # the same from inside the folder, with paths relative to the current directory
    _, report = check_json("a.txt", "../other/a.txt", cwd=tmp_path / "reports")
    assert found(report) == [("../other/a.txt", "PH001"), ("../other/a.txt", "PH003"), ("../other/a.txt", "PH004"),
                             ("a.txt", "PH003"), ("a.txt", "PH004")]


def test_rule_paths_are_relative_to_the_config_folder(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", 'rule-paths = ["audit-rules/"]\n')
    write_doc("audit-rules/house.yaml", USER_RULES)
    write_doc("docs/sub/t.txt", "此处TODO待补充。\n")
    proc, report = check_json("t.txt", cwd=tmp_path / "docs" / "sub")
    assert found(report) == [("t.txt", "HS001")]
    assert report["documents"][0]["findings"][0]["severity"] == "warning"
    assert proc.returncode == 0  # a warning does not fail by default


def test_encoding_from_config_reads_gbk(check_json, write_doc, tmp_path):
    write_doc("g.txt", DIRTY, encoding="gbk")
    _, report = check_json("g.txt", cwd=tmp_path)
    assert rule_ids(report) == ["EN005", "PH001"]  # detected as a legacy encoding, and said so
    write_doc(".auditor.toml", 'encoding = "gbk"\n')
    _, report = check_json("g.txt", cwd=tmp_path)
    assert found(report) == [("g.txt", "PH001")]
    finding = report["documents"][0]["findings"][0]
    assert (finding["line"], finding["column"], finding["excerpt"]) == (1, 10, DIRTY.strip())
    assert report["documents"][0]["encoding"] == "gbk"


def test_config_exclude_applies_to_explicit_files_and_walks(check_json, cli, write_doc, tmp_path):
    write_doc(".auditor.toml", 'exclude = ["drafts/**", "archive"]\n')
    for name in ("a.txt", "drafts/d.txt", "drafts/deeper/e.txt", "sub/archive/b.txt", "sub/c.txt"):
        write_doc(name, DIRTY)
    _, report = check_json(".", cwd=tmp_path)
    assert checked_paths(report) == ["a.txt", "sub/c.txt"]
    # explicitly named files are skipped too (pre-commit passes every staged file)
    _, report = check_json("a.txt", "drafts/d.txt", "drafts/deeper/e.txt", "sub/archive/b.txt", cwd=tmp_path)
    assert checked_paths(report) == ["a.txt"]
    # globs stay relative to the config folder when run from a subdirectory
    sub = tmp_path / "sub"
    _, report = check_json("../drafts/d.txt", "archive/b.txt", "c.txt", cwd=sub)
    assert checked_paths(report) == ["c.txt"]
    _, report = check_json("..", cwd=sub)
    assert checked_paths(report) == ["../a.txt", "../sub/c.txt"]
    # only excluded files named: nothing to report, exit 0
    proc = cli("check", "drafts/d.txt", cwd=tmp_path)
    assert proc.returncode == 0


def test_config_exclude_glob_is_relative_to_the_config_folder_in_every_walk(check_json, write_doc, tmp_path):
    write_doc(".auditor.toml", 'exclude = ["drafts/**"]\n')
    write_doc("sub/drafts/d.txt", DIRTY)
    write_doc("sub/c.txt", DIRTY)
    by_walk = {}
    for given in (".", "sub"):
        _, report = check_json(given, cwd=tmp_path)
        by_walk[given] = checked_paths(report)
    _, report = check_json("sub/drafts/d.txt", cwd=tmp_path)
    assert checked_paths(report) == ["sub/drafts/d.txt"]  # not excluded when named
    assert by_walk["."] == ["sub/c.txt", "sub/drafts/d.txt"]
    assert by_walk["sub"] == by_walk["."]


# --------------------------------------------------------------------------- bad configuration files

BAD_DOTFILES = [
    pytest.param('# settings\n\nexlude = ["drafts"]\n', 3, ["unknown key 'exlude'", "did you mean 'exclude'"],
                 id="unknown-key"),
    pytest.param('fail-on = "error"\nexclude = [1, 2]\n', 2, ["'exclude' must be a list of strings"],
                 id="exclude-list-of-numbers"),
    pytest.param('\nfail-on = ["error"]\n', 2, ["'fail-on'", "must be one of"], id="fail-on-list"),
    pytest.param('select = ["PH"]\nfail-on = "warn"\n', 2, ["'fail-on' is 'warn'", "did you mean 'warning'"],
                 id="fail-on-enum"),
    pytest.param('output-format = "jsn"\n', 1, ["'output-format'", "did you mean 'json'"], id="output-format-enum"),
    pytest.param('fail-on = "error"\n\n[severity]\nPH001 = "info"\nZZ999 = "error"\n', 5,
                 ["unknown rule ZZ999"], id="severity-unknown-rule"),
    pytest.param('# legacy files\n\nencoding = "klingon-8"\n', 3, ["'encoding'", "klingon-8"], id="bad-codec"),
    pytest.param('include = ["*.txt"]\n\nfail-on = error\n', 3, ["not valid TOML"], id="toml-syntax"),
    pytest.param('per-file-ignores = ["PH001"]\n', 1, ["'per-file-ignores' must be a table"],
                 id="per-file-ignores-not-a-table"),
]


@pytest.mark.parametrize(("content", "line", "needles"), BAD_DOTFILES)
def test_bad_dotfile_exits_2_naming_file_line_and_key(cli, write_doc, tmp_path, content, line, needles):
    config = write_doc(".auditor.toml", content)
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), line, *needles)
    # --show-settings reports the same error
    proc = cli("check", "--show-settings", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), line, *needles)


def test_exclude_as_a_string_is_a_type_error(cli, write_doc, tmp_path):
    config = write_doc(".auditor.toml", 'fail-on = "error"\nexclude = "drafts"\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), 2, "'exclude' must be a list of strings")


@pytest.mark.parametrize(("name", "content", "line"), [
    pytest.param(".auditor.toml", 'fail-on = "error"\n\n[severity]\nPH004 = "fatal"\n', 4, id="dotfile"),
    pytest.param("pyproject.toml", '[project]\nname = "x"\n\n[tool.auditor.severity]\nPH004 = "fatal"\n', 5,
                 id="pyproject"),
])
def test_bad_severity_value_names_its_line(cli, write_doc, tmp_path, name, content, line):
    config = write_doc(name, content)
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), line, "PH004", "'fatal'", "error, warning, info")


def test_bad_severity_value_exits_2_without_traceback(cli, write_doc, tmp_path):
    """The part of the check above that works today: exit 2, file, rule and value named."""
    config = write_doc(".auditor.toml", 'fail-on = "error"\n\n[severity]\nPH004 = "fatal"\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert str(config.resolve()) in proc.stderr
    assert "severity of PH004 is 'fatal'" in proc.stderr


def test_pyproject_with_broken_tool_auditor_header(cli, write_doc, tmp_path):
    config = write_doc("pyproject.toml", '[project]\nname = "reports"\n\n[tool.auditor\nfail-on = "error"\n')
    write_doc("sub/d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path / "sub")  # found by discovery although it does not parse
    assert_config_error(proc, config.resolve(), 4, "not valid TOML")


def test_broken_pyproject_of_another_tool_is_skipped(settings_of, write_doc, tmp_path):
    parent = write_doc(".auditor.toml", 'fail-on = "warning"\n')
    write_doc("sub/pyproject.toml", '[tool.ruff\nline-length = 100\n')
    assert settings_of(cwd=tmp_path / "sub")["config-file"] == str(parent.resolve())


def test_pyproject_errors_report_lines_inside_tool_auditor(cli, write_doc, tmp_path):
    config = write_doc("pyproject.toml", '[project]\nname = "reports"\n\n[tool.auditor]\n'
                                         'fail-on = "error"\nexclude = ["drafts"]\nexlude = ["old"]\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), 7, "unknown key 'exlude'", "did you mean 'exclude'")


def test_pyproject_error_line_ignores_other_tools_tables(cli, write_doc, tmp_path):
    config = write_doc("pyproject.toml", '[tool.ruff]\nexclude = ["build"]\nline-length = 100\n\n'
                                         '[tool.auditor]\nexclude = [1]\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), 6, "'exclude' must be a list of strings")


def test_config_option_missing_file(cli, write_doc, tmp_path):
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", "--config", "nowhere/audit.toml", cwd=tmp_path)
    assert_config_error(proc, "nowhere/audit.toml", None, "no such configuration file")


def test_config_option_pyproject_without_table(cli, write_doc, tmp_path):
    write_doc("other/pyproject.toml", '[project]\nname = "x"\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", "--config", "other/pyproject.toml", cwd=tmp_path)
    assert_config_error(proc, "other/pyproject.toml", None, "no [tool.auditor] table")


def test_config_option_bad_file_names_the_given_path(cli, write_doc, tmp_path):
    write_doc("conf/audit.toml", '\n\nfail-on = "warn"\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", "--config", "conf/audit.toml", cwd=tmp_path)
    assert_config_error(proc, "conf/audit.toml", 3, "did you mean 'warning'")


def test_unknown_rule_in_config_select_names_the_file(cli, write_doc, tmp_path):
    config = write_doc(".auditor.toml", '# rules\nselect = ["PX001"]\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert_config_error(proc, config.resolve(), 2, "PX001")


def test_unknown_rule_in_per_file_ignores_is_an_error(cli, write_doc, tmp_path):
    config = write_doc(".auditor.toml", '[per-file-ignores]\n"*.txt" = ["PH01"]\n')
    write_doc("d.txt", DIRTY)
    proc = cli("check", "d.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert str(config.resolve()) in proc.stderr
    assert "PH01" in proc.stderr


# --------------------------------------------------------------------------- auditor init

def test_init_writes_a_config_that_loads_and_never_overwrites(cli, write_doc, tmp_path):
    proc = cli("init", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    config = tmp_path / ".auditor.toml"
    assert config.is_file()
    starter = config.read_bytes()
    shown = json.loads(cli("check", "--show-settings", cwd=tmp_path).stdout)
    assert shown["config-file"] == str(config.resolve())
    assert shown["fail-on"] == "error"
    assert shown["include"] == ["*.txt", "*.md"]
    write_doc("d.txt", DIRTY)
    assert cli("check", "d.txt", cwd=tmp_path).returncode == 1

    config.write_text('fail-on = "warning"\n', encoding="utf-8")
    proc = cli("init", cwd=tmp_path)
    assert proc.returncode == 2
    assert ".auditor.toml" in proc.stderr and "--force" in proc.stderr
    assert config.read_text(encoding="utf-8") == 'fail-on = "warning"\n'
    proc = cli("init", "--force", cwd=tmp_path)
    assert proc.returncode == 0
    assert config.read_bytes() == starter


def test_init_starter_file_parses_in_process(tmp_path):
    from auditor.config import STARTER

    path = tmp_path / ".auditor.toml"
    path.write_text(STARTER, encoding="utf-8")
    settings = load_settings(str(path))
    assert settings.fail_on == "error" and settings.include == ["*.txt", "*.md"]


# --------------------------------------------------------------------------- direct unit tests

def test_parse_settings_resolves_rule_paths_against_the_file_folder(tmp_path):
    settings = parse_settings({"rule-paths": ["rules/", "/abs/r.yaml"]}, str(tmp_path / ".auditor.toml"))
    assert settings.rule_paths == [str(tmp_path.resolve() / "rules/"), "/abs/r.yaml"]
    assert settings.root == str(tmp_path.resolve())


def test_parse_settings_uppercases_severity_rule_ids():
    assert parse_settings({"severity": {"ph004": "error"}}, "x.toml").severity == {"PH004": "error"}


@pytest.mark.parametrize("data", [
    {"fail-on": "warn"}, {"output-format": 3}, {"encoding": 8}, {"severity": "error"},
    {"severity": {"PH004": 1}}, {"select": [1]}, {"per-file-ignores": {"*.txt": [2]}}, {"nope": 1},
])
def test_parse_settings_rejects_bad_values(data):
    with pytest.raises(ConfigError) as info:
        parse_settings(data, "x.toml")
    assert info.value.path == "x.toml"
    assert str(info.value).startswith("x.toml")


def test_load_settings_isolated_ignores_config(tmp_path):
    (tmp_path / ".auditor.toml").write_text("not toml at all = = =\n", encoding="utf-8")
    assert load_settings(isolated=True, start=str(tmp_path)) == Settings()
    with pytest.raises(ConfigError) as info:
        load_settings(start=str(tmp_path))
    assert info.value.line == 1
