"""Suppressions through the command line: inline Markdown directives (and AU001) and ``.auditorignore``."""

from __future__ import annotations

import json

import pytest

from auditor.document import Document
from auditor.suppression import IgnoreFileError, directive_regions, load_ignore_file

XX = "走访xx户。"  # PH001 at column 3
MASK = "××县的会议。"  # PH002 at column 1
PSEUDO = "张某到场。"  # PH004 (info) at column 1
CLEAN = "一切正常。"


# --------------------------------------------------------------------------- helpers

@pytest.fixture
def check(cli, tmp_path):
    """``auditor check --format json ARGS`` (cwd: tmp_path unless given); returns (proc, [(path, line, rule)])."""

    def run(*args, cwd=None):
        proc = cli("check", "--format", "json", *args, cwd=cwd or tmp_path)
        assert proc.returncode in (0, 1), proc.stderr
        report = json.loads(proc.stdout)
        return proc, sorted((d["path"], f["line"], f["rule_id"]) for d in report["documents"] for f in d["findings"])

    return run


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- inline directives

def test_disable_next_line_suppresses_the_next_line_only(check, write_doc):
    write_doc("a.md", lines("<!-- auditor-disable-next-line PH001 -->", XX, XX, f"{XX}<!-- auditor-disable-next-line "
                            "PH001 -->", XX))
    proc, found = check("a.md")
    # line 2 suppressed; line 3 is not the next line; line 4's own finding is not covered by its directive
    assert found == [("a.md", 3, "PH001"), ("a.md", 4, "PH001")]
    assert proc.returncode == 1


def test_disable_next_line_only_drops_the_named_rule(check, write_doc):
    write_doc("a.md", lines("<!-- auditor-disable-next-line PH001 -->", f"{PSEUDO}{XX}"))
    _, found = check("a.md")
    assert found == [("a.md", 2, "PH004")]


def test_disable_enable_region(check, write_doc):
    write_doc("b.md", lines(XX, "<!-- auditor-disable PH001 -->", XX, "", XX, "<!-- auditor-enable -->", XX))
    proc, found = check("b.md")
    assert found == [("b.md", 1, "PH001"), ("b.md", 7, "PH001")]
    assert proc.returncode == 1


def test_disable_without_enable_runs_to_the_end(check, write_doc):
    write_doc("b.md", lines(XX, "<!-- auditor-disable PH001 -->", XX, XX))
    _, found = check("b.md")
    assert found == [("b.md", 1, "PH001")]


def test_disable_with_no_rules_means_all_rules(check, write_doc):
    write_doc("c.md", lines("<!-- auditor-disable -->", XX, MASK, PSEUDO, "<!-- auditor-enable -->", XX, MASK))
    _, found = check("c.md")
    assert found == [("c.md", 6, "PH001"), ("c.md", 7, "PH002")]
    write_doc("n.md", lines("<!-- auditor-disable-next-line -->", f"{MASK}{XX}{PSEUDO}", PSEUDO))
    _, found = check("n.md")
    assert found == [("n.md", 3, "PH004")]


@pytest.mark.parametrize(("selector", "suppressed"), [
    ("PH001", {"PH001"}),
    ("ph001", {"PH001"}),
    ("PH", {"PH001", "PH002", "PH004"}),  # id prefix
    ("placeholder", {"PH001", "PH002", "PH004"}),  # category
    ("x-placeholder", {"PH001"}),  # name
    ("pseudonym", {"PH004"}),
    ("PH001 PH002", {"PH001", "PH002"}),
    ("PH001,PH004", {"PH001", "PH004"}),
])
def test_selectors_by_id_prefix_category_and_name(check, write_doc, selector, suppressed):
    write_doc("s.md", lines(f"<!-- auditor-disable-next-line {selector} -->", f"{MASK}{PSEUDO}{XX}"))
    _, found = check("s.md")
    assert {rule for _, line, rule in found if line == 2} == {"PH001", "PH002", "PH004"} - suppressed
    assert [rule for _, line, rule in found if line != 2] == []  # the directive was used: no AU001


def test_enable_closes_only_the_region_it_names(check, write_doc):
    write_doc("e.md", lines("<!-- auditor-disable PH001 -->", "<!-- auditor-disable PH004 -->", f"{PSEUDO}{XX}",
                            "<!-- auditor-enable PH001 -->", f"{PSEUDO}{XX}", "<!-- auditor-enable -->",
                            f"{PSEUDO}{XX}"))
    _, found = check("e.md")
    assert found == [("e.md", 5, "PH001"), ("e.md", 7, "PH001"), ("e.md", 7, "PH004")]


def test_enable_of_a_rule_inside_a_prefix_region_re_enables_it(check, write_doc):
    write_doc("e.md", lines("<!-- auditor-disable PH -->", XX, "<!-- auditor-enable PH001 -->", XX))
    _, found = check("e.md")
    assert found == [("e.md", 4, "PH001")]


def test_unused_directive_is_reported_as_au001_info_at_its_line(cli, check, write_doc, tmp_path):
    write_doc("u.md", lines("# 标题", "", "<!-- auditor-disable-next-line PH001 -->", CLEAN, "",
                            "<!-- auditor-disable placeholder -->", CLEAN, "<!-- auditor-enable -->"))
    proc, found = check("u.md")
    assert found == [("u.md", 3, "AU001"), ("u.md", 6, "AU001")]
    assert proc.returncode == 0  # info does not fail by default
    assert cli("check", "u.md", "--fail-on", "info", cwd=tmp_path).returncode == 1
    report = json.loads(cli("check", "--format", "json", "u.md", cwd=tmp_path).stdout)
    first, second = report["documents"][0]["findings"]
    assert (first["severity"], first["category"], first["column"]) == ("info", "suppression", 1)
    assert "PH001" in first["message"] and "placeholder" in second["message"]


def test_unused_directive_without_rules_says_all_rules(cli, write_doc, tmp_path):
    write_doc("u.md", lines("<!-- auditor-disable-next-line -->", CLEAN))
    report = json.loads(cli("check", "--format", "json", "u.md", cwd=tmp_path).stdout)
    [finding] = report["documents"][0]["findings"]
    assert finding["rule_id"] == "AU001" and "all rules" in finding["message"]


def test_used_directive_is_not_reported(check, write_doc):
    write_doc("u.md", lines("<!-- auditor-disable-next-line PH001 -->", XX))
    proc, found = check("u.md")
    assert found == []
    assert proc.returncode == 0


def test_ignore_au001_keeps_suppression_working(check, write_doc):
    write_doc("u.md", lines("<!-- auditor-disable-next-line PH001 -->", XX, "<!-- auditor-disable-next-line PH002 -->",
                            CLEAN, XX))
    _, found = check("u.md")
    assert found == [("u.md", 3, "AU001"), ("u.md", 5, "PH001")]
    _, found = check("u.md", "--ignore", "AU001")
    assert found == [("u.md", 5, "PH001")]
    _, found = check("u.md", "--select", "PH001")
    assert found == [("u.md", 5, "PH001")]


def test_directives_in_plain_text_files_work_too(check, write_doc):
    write_doc("t.txt", lines("<!-- auditor-disable-next-line PH001 -->", XX, XX))
    _, found = check("t.txt")
    assert found == [("t.txt", 3, "PH001")]


@pytest.mark.parametrize("quoted", [
    ["```markdown", "<!-- auditor-disable PH001 -->", "```"],
    ["写 `<!-- auditor-disable-next-line -->` 可以忽略下一行。"],
], ids=["fenced", "inline-code"])
def test_directives_quoted_in_markdown_code_are_not_active(check, write_doc, quoted):
    write_doc("howto.md", lines("# 说明", *quoted, XX))
    _, found = check("howto.md")
    assert found == [("howto.md", len(quoted) + 2, "PH001")]


def test_rules_test_passes_for_au001_examples(cli, repo_root, tmp_path):
    proc = cli("rules", "test", repo_root / "rules" / "suppression.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    assert any(line.startswith("AU001 unused-suppression:") and line.endswith(" ok")
               for line in proc.stdout.splitlines()), proc.stdout
    proc = cli("rules", "test", cwd=tmp_path)
    au001 = [line for line in proc.stdout.splitlines() if line.startswith("AU001 ")]
    assert len(au001) == 1 and au001[0].endswith(" ok"), proc.stdout


# --------------------------------------------------------------------------- .auditorignore

def test_auditorignore_glob_and_rules_in_the_config_folder(check, write_doc, tmp_path):
    write_doc(".auditor.toml", 'fail-on = "error"\n')
    write_doc(".auditorignore", "reports/*.txt  PH001\n")
    write_doc("reports/a.txt", lines(XX, MASK))
    write_doc("other/a.txt", lines(XX))
    proc, found = check(".")
    assert found == [("other/a.txt", 1, "PH001"), ("reports/a.txt", 2, "PH002")]
    assert "matched no finding" not in proc.stderr
    # from a subdirectory the globs stay relative to the config folder
    _, found = check("a.txt", "../other/a.txt", cwd=tmp_path / "reports")
    assert found == [("../other/a.txt", 1, "PH001"), ("a.txt", 2, "PH002")]


def test_auditorignore_in_the_current_directory_without_config(check, write_doc, tmp_path):
    write_doc("proj/.auditorignore", "a.txt PH001\n")
    write_doc("proj/a.txt", lines(XX, MASK))
    _, found = check("a.txt", cwd=tmp_path / "proj")
    assert found == [("a.txt", 2, "PH002")]
    _, found = check("proj/a.txt", cwd=tmp_path)  # another folder: that .auditorignore is not read
    assert found == [("proj/a.txt", 1, "PH001"), ("proj/a.txt", 2, "PH002")]


def test_auditorignore_next_to_the_config_not_in_the_cwd(check, write_doc, tmp_path):
    write_doc(".auditor.toml", 'fail-on = "error"\n')
    write_doc("sub/.auditorignore", "*.txt PH001\n")
    write_doc("sub/a.txt", lines(XX))
    _, found = check("a.txt", cwd=tmp_path / "sub")
    assert found == [("a.txt", 1, "PH001")]


def test_auditorignore_exact_text_covers_only_matching_findings(check, write_doc):
    write_doc(".auditorignore", "a.txt PH001 xx户\n")
    write_doc("a.txt", lines("本月走访xx户。", "还有xx人。", "又走访xx户，共xx人。"))
    proc, found = check("a.txt")
    assert found == [("a.txt", 2, "PH001"), ("a.txt", 3, "PH001")]
    assert len([f for f in found if f[1] == 3]) == 1  # the xx of "xx户" on line 3 is dropped, "xx人" stays
    assert "matched no finding" not in proc.stderr


def test_auditorignore_text_that_only_touches_the_finding_does_not_cover_it(check, write_doc):
    write_doc(".auditorignore", "a.txt PH001 走访\n")
    write_doc("a.txt", lines(XX))
    proc, found = check("a.txt")
    assert found == [("a.txt", 1, "PH001")]
    assert "matched no finding" in proc.stderr


def test_auditorignore_comma_separated_rules_comments_and_blank_lines(check, write_doc):
    write_doc(".auditorignore", lines("# accepted for now", "", "   ", "  # indented comment",
                                      "a.txt   PH001,pseudonym", "b.txt PH002,PH004  # not a comment: text"))
    write_doc("a.txt", lines(XX, MASK, PSEUDO))
    write_doc("b.txt", lines(XX, MASK, PSEUDO))
    proc, found = check("a.txt", "b.txt")
    # b.txt's third field is an exact text that occurs nowhere, so that line suppresses nothing
    assert found == [("a.txt", 2, "PH002"), ("b.txt", 1, "PH001"), ("b.txt", 2, "PH002"), ("b.txt", 3, "PH004")]
    assert ".auditorignore:6:" in proc.stderr and ".auditorignore:5:" not in proc.stderr


def test_auditorignore_comma_separated_rules(check, write_doc):
    write_doc(".auditorignore", "b.txt PH002,PH004\n")
    write_doc("b.txt", lines(XX, MASK, PSEUDO))
    _, found = check("b.txt")
    assert found == [("b.txt", 1, "PH001")]


def test_auditorignore_malformed_line_exits_2_naming_file_and_line(cli, write_doc, tmp_path):
    write_doc(".auditorignore", lines("# header", "", "a.txt PH001", "lonely-field"))
    write_doc("a.txt", lines(XX))
    proc = cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert f"{tmp_path / '.auditorignore'}:4:" in proc.stderr or ".auditorignore:4:" in proc.stderr
    assert "GLOB RULES" in proc.stderr


def test_auditorignore_unused_entry_is_a_note_naming_file_and_line(cli, write_doc, tmp_path):
    write_doc(".auditorignore", lines("# entries", "a.txt PH001", "gone.txt PH001", "a.txt PH002"))
    write_doc("a.txt", lines(XX))
    proc = cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0
    notes = [line for line in proc.stderr.splitlines() if "matched no finding" in line]
    assert len(notes) == 2
    assert ".auditorignore:3:" in notes[0] and ".auditorignore:4:" in notes[1]
    assert all(line.startswith("auditor: note: ") for line in notes)


def test_unused_per_file_ignores_are_not_reported(cli, write_doc, tmp_path):
    write_doc(".auditor.toml", '[per-file-ignores]\n"templates/*.md" = ["PH005"]\n"a.txt" = ["PH002"]\n')
    write_doc("a.txt", lines(XX))
    proc = cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert "matched no finding" not in proc.stderr
    assert "note:" not in proc.stderr


# --------------------------------------------------------------------------- direct unit tests

def test_directive_regions_spans():
    text = lines("<!-- auditor-disable-next-line PH001,PH004 -->", XX, "<!-- auditor-disable -->", XX,
                 "<!-- auditor-enable -->")
    doc = Document("a.md", text)
    next_line, region = directive_regions(doc)
    second = text.index(XX)
    assert (next_line.start, next_line.end, next_line.selectors) == (second, second + len(XX) + 1, ["PH001", "PH004"])
    assert region.selectors == []
    assert text[region.start:region.end] == f"\n{XX}\n"
    assert directive_regions(doc) is directive_regions(doc)  # cached


def test_load_ignore_file(tmp_path):
    path = tmp_path / ".auditorignore"
    path.write_text("\ufeff# c\n\nreports/*.txt PH001,PH002\nb.txt PH004 张 某\n", encoding="utf-8")
    entries = load_ignore_file(path, root=str(tmp_path))
    assert [(e.glob, e.selectors, e.text, e.line) for e in entries] == [
        ("reports/*.txt", ["PH001", "PH002"], None, 3), ("b.txt", ["PH004"], "张 某", 4)]
    path.write_text("ok.txt PH001\nbad\n", encoding="utf-8")
    with pytest.raises(IgnoreFileError, match=r"\.auditorignore:2:"):
        load_ignore_file(path)
