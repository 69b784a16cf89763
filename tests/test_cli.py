"""End-to-end tests of the ``auditor`` command line, run in a subprocess (``python -m auditor``)."""

from __future__ import annotations

import codecs
import json
import os
import re
from bisect import bisect_right
from pathlib import Path

import jsonschema
import pytest

import auditor
from auditor.rulebook import load_rulebook

# --------------------------------------------------------------------------- sample documents

CLEAN = "今年全区经济平稳运行，居民收入稳步增长。\n第二季度新建公园两座。\n"
DIRTY = "本季度走访困难群众xx户，发放慰问金。\n"  # PH001 (error)
WARN_ONLY = "某某公司承接了绿化项目。\n"  # PH003 (warning)
INFO_ONLY = "社区调解了张某与邻居的纠纷。\n"  # PH004 (info)
MIXED = "全年走访xx户。\n某某公司承接了绿化项目。\n调解了张某的邻里纠纷。\n"  # PH001, PH003, PH004
MANY = "".join(f"第{i}组走访xx户。\n" for i in range(12))  # twelve PH001 findings

USER_RULES = """\
family: custom
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
"""

CONCISE_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<id>[A-Z]+\d{3}) \[(?P<sev>\w+)\] (?P<msg>.+)$")


# --------------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def report_validator(repo_root):
    schema = json.loads((repo_root / "reports" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def check_json(cli, report_validator):
    """Run ``check --format json ARGS``; validate the report against the schema and return (proc, report)."""

    def run(*args, **kwargs):
        proc = cli("check", "--format", "json", *args, **kwargs)
        report = json.loads(proc.stdout)
        report_validator.validate(report)
        return proc, report

    return run


def by_path(report: dict) -> dict[str, dict]:
    return {doc["path"]: doc for doc in report["documents"]}


def rule_ids(doc: dict) -> list[str]:
    return [f["rule_id"] for f in doc["findings"]]


def decoded(data: bytes) -> str:
    """Independent oracle for the text a document is checked as (BOM stripped, bad bytes replaced)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if b"\x00" in data:
        return ""
    return data.decode("utf-8", errors="replace")


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset; \\n, \\r\\n and \\r end lines."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def assert_positions(report: dict, texts: dict[str, str]) -> None:
    """Every finding's line/column (and end) agree with its offsets in the document's text."""
    for doc in report["documents"]:
        text = texts[doc["path"]]
        for f in doc["findings"]:
            assert 0 <= f["start"] <= f["end"] <= len(text), f
            assert (f["line"], f["column"]) == position(text, f["start"]), (doc["path"], f)
            assert (f["end_line"], f["end_column"]) == position(text, f["end"]), (doc["path"], f)


# --------------------------------------------------------------------------- exit codes

def test_clean_file_exits_0(cli, write_doc):
    path = write_doc("clean.txt", CLEAN)
    proc = cli("check", path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "All checks passed" in proc.stdout
    assert proc.stderr == ""


def test_placeholder_error_exits_1(cli, write_doc):
    path = write_doc("dirty.txt", DIRTY)
    proc = cli("check", path)
    assert proc.returncode == 1
    assert "PH001" in proc.stdout


def test_nonexistent_path_exits_2(cli, tmp_path):
    proc = cli("check", tmp_path / "no-such-file.txt")
    assert proc.returncode == 2
    assert "no-such-file.txt" in proc.stderr
    assert "no such file or directory" in proc.stderr


def test_nonexistent_path_still_checks_the_others(check_json, write_doc, tmp_path):
    good = write_doc("dirty.txt", DIRTY)
    proc, report = check_json(good, tmp_path / "missing.txt")
    assert proc.returncode == 2
    assert rule_ids(by_path(report)[str(good)]) == ["PH001"]
    assert "missing.txt" in proc.stderr


def test_bad_rule_file_exits_2(cli, write_doc):
    rules = write_doc("bad.yaml", USER_RULES.replace("severity: warning", "severity: fatal"))
    doc = write_doc("clean.txt", CLEAN)
    proc = cli("check", "--rule-path", rules, doc)
    assert proc.returncode == 2
    assert str(rules) in proc.stderr
    assert "fatal" in proc.stderr


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_selector_exits_2(cli, write_doc, option):
    doc = write_doc("dirty.txt", DIRTY)
    proc = cli("check", option, "NOPE", doc)
    assert proc.returncode == 2
    assert "'NOPE' matches no rule" in proc.stderr
    assert proc.stdout == ""


def test_no_path_exits_2(cli):
    proc = cli("check")
    assert proc.returncode == 2
    assert "no PATH" in proc.stderr


def test_no_command_exits_2(cli):
    proc = cli()
    assert proc.returncode == 2
    assert "check" in proc.stderr  # the help text


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        (INFO_ONLY, [], 0),
        (INFO_ONLY, ["--fail-on", "info"], 1),
        (INFO_ONLY, ["--fail-on", "warning"], 0),
        (WARN_ONLY, [], 0),
        (WARN_ONLY, ["--fail-on", "warning"], 1),
        (WARN_ONLY, ["--fail-on", "info"], 1),
        (DIRTY, ["--fail-on", "warning"], 1),
        (DIRTY, ["--fail-on", "never"], 0),
        (DIRTY, ["--exit-zero"], 0),
        (DIRTY, ["--fail-on", "info", "--exit-zero"], 0),
        (CLEAN, ["--fail-on", "info"], 0),
    ],
    ids=["info", "info-fail-on-info", "info-fail-on-warning", "warning", "warning-fail-on-warning",
         "warning-fail-on-info", "error-fail-on-warning", "error-never", "error-exit-zero",
         "exit-zero-wins", "clean-fail-on-info"],
)
def test_fail_on_threshold(cli, write_doc, text, options, expected):
    doc = write_doc("doc.txt", text)
    proc = cli("check", *options, doc)
    assert proc.returncode == expected, proc.stdout


def test_pseudonym_is_info(check_json, write_doc):
    doc = write_doc("doc.txt", INFO_ONLY)
    proc, report = check_json(doc)
    [finding] = report["documents"][0]["findings"]
    assert (finding["rule_id"], finding["severity"]) == ("PH004", "info")
    assert proc.returncode == 0


# --------------------------------------------------------------------------- --select / --ignore

@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], {"PH001", "PH003", "PH004"}),
        (["--select", "PH001"], {"PH001"}),
        (["--select", "ph001"], {"PH001"}),
        (["--select", "PH"], {"PH001", "PH003", "PH004"}),
        (["--select", "placeholder"], {"PH001", "PH003", "PH004"}),
        (["--select", "x-placeholder"], {"PH001"}),
        (["--select", "PH001,PH004"], {"PH001", "PH004"}),
        (["--select", "PH001", "--select", "mou-placeholder"], {"PH001", "PH003"}),
        (["--select", "EN"], set()),
        (["--ignore", "PH001"], {"PH003", "PH004"}),
        (["--ignore", "PH"], set()),
        (["--ignore", "placeholder"], set()),
        (["--ignore", "pseudonym,mou-placeholder"], {"PH001"}),
        (["--ignore", "PH003", "--ignore", "PH004"], {"PH001"}),
        (["--select", "PH", "--ignore", "PH004"], {"PH001", "PH003"}),
        (["--select", "ALL", "--ignore", "x-placeholder"], {"PH003", "PH004"}),
    ],
)
def test_select_and_ignore(check_json, write_doc, options, expected):
    doc = write_doc("mixed.txt", MIXED)
    _, report = check_json(*options, doc)
    assert set(rule_ids(report["documents"][0])) == expected


def test_select_encoding_category_on_empty_file(check_json, write_doc):
    doc = write_doc("empty.txt", b"")
    _, report = check_json("--select", "encoding", doc)
    assert rule_ids(report["documents"][0]) == ["EN002"]
    _, report = check_json("--ignore", "EN002", doc)
    assert rule_ids(report["documents"][0]) == []


def test_user_rule_file_is_applied(check_json, write_doc):
    rules = write_doc("rules/custom.yaml", USER_RULES)
    doc = write_doc("doc.txt", "第三节TODO补充数据。\n")
    proc, report = check_json("--rule-path", rules, doc)
    assert rule_ids(report["documents"][0]) == ["US001"]
    assert proc.returncode == 0  # a warning does not fail by default
    # a folder of rule files works too, and the new rule can be selected by its own prefix
    _, report = check_json("--rule-path", rules.parent, "--select", "US", doc)
    assert rule_ids(report["documents"][0]) == ["US001"]


# --------------------------------------------------------------------------- standard input

def test_stdin_with_filename(cli):
    proc = cli("check", "--format", "concise", "--stdin-filename", "来稿/报告.txt", "-", input=DIRTY.encode())
    assert proc.returncode == 1
    first = proc.stdout.splitlines()[0]
    m = CONCISE_LINE.match(first)
    assert m, first
    assert m["path"] == "来稿/报告.txt"
    assert (int(m["line"]), int(m["col"])) == position(DIRTY, DIRTY.index("xx"))


def test_stdin_default_name_is_dash(check_json):
    _, report = check_json("-", input=DIRTY)
    assert [d["path"] for d in report["documents"]] == ["-"]
    assert rule_ids(report["documents"][0]) == ["PH001"]


def test_stdin_clean(cli):
    proc = cli("check", "-", input=CLEAN)
    assert proc.returncode == 0
    assert "All checks passed" in proc.stdout


# --------------------------------------------------------------------------- directories

@pytest.fixture
def tree(write_doc, tmp_path):
    """A folder with documents of several kinds; paths are relative to tmp_path."""
    write_doc("tree/a.txt", DIRTY)
    write_doc("tree/b.csv", DIRTY)
    write_doc("tree/sub/deep/c.md", DIRTY)
    write_doc("tree/sub/d.txt", CLEAN)
    write_doc("tree/.git/e.txt", DIRTY)
    write_doc("tree/.hidden/f.txt", DIRTY)
    write_doc("tree/node_modules/g.txt", DIRTY)
    write_doc("other.dat", DIRTY)
    return tmp_path


def checked_paths(report: dict) -> list[str]:
    return [d["path"] for d in report["documents"]]


def test_directory_walk_defaults(check_json, tree):
    _, report = check_json("tree", "other.dat", cwd=tree)
    assert checked_paths(report) == [
        os.path.join("tree", "a.txt"),
        os.path.join("tree", "sub", "d.txt"),
        os.path.join("tree", "sub", "deep", "c.md"),
        "other.dat",  # named explicitly: read whatever its extension (.csv would be a corpus file)
    ]
    docs = by_path(report)
    assert docs[os.path.join("tree", "sub", "d.txt")]["findings"] == []
    assert rule_ids(docs["other.dat"]) == ["PH001"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--include", "*.csv"], ["tree/b.csv"]),
        (["--include", "*.csv", "--include", "*.md"], ["tree/b.csv", "tree/sub/deep/c.md"]),
        (["--exclude", "sub"], ["tree/a.txt"]),
        (["--exclude", "a.txt"], ["tree/sub/d.txt", "tree/sub/deep/c.md"]),
        (["--exclude", "sub/deep/*.md"], ["tree/a.txt", "tree/sub/d.txt"]),
        (["--exclude", "deep", "--exclude", "*.txt"], []),
    ],
)
def test_include_and_exclude(check_json, tree, options, expected):
    _, report = check_json(*options, "tree", cwd=tree)
    assert checked_paths(report) == [p.replace("/", os.sep) for p in expected]


def test_explicit_file_honours_excludes(check_json, tree):
    # pre-commit passes explicit paths: the project's excludes must still apply to them
    deep = os.path.join("tree", "sub", "deep", "c.md")
    _, report = check_json("--exclude", "*.txt", os.path.join("tree", "a.txt"), deep, cwd=tree)
    assert checked_paths(report) == [os.path.join("tree", "sub", "deep", "c.md")]
    _, report = check_json("--exclude", "tree", os.path.join("tree", "a.txt"), cwd=tree)
    assert checked_paths(report) == []


def test_explicit_file_with_other_extension_is_read(check_json, tree):
    _, report = check_json("--exclude", "*.md", os.path.join("tree", "a.txt"), cwd=tree)
    assert checked_paths(report) == [os.path.join("tree", "a.txt")]


def test_empty_directory_warns(cli, tmp_path, write_doc):
    (tmp_path / "nothing").mkdir()
    write_doc("only-csv/data.csv", DIRTY)
    proc = cli("check", "nothing", "only-csv", cwd=tmp_path)
    assert proc.returncode == 0
    assert "warning: no documents in nothing" in proc.stderr
    assert "warning: no documents in only-csv" in proc.stderr
    assert "--include" in proc.stderr


# --------------------------------------------------------------------------- reading and decoding

def test_empty_file_is_info(check_json, write_doc):
    doc = write_doc("empty.txt", b"")
    proc, report = check_json(doc)
    [finding] = report["documents"][0]["findings"]
    assert (finding["rule_id"], finding["severity"], finding["line"], finding["column"]) == ("EN002", "info", 1, 1)
    assert proc.returncode == 0


def test_whitespace_only_file_is_empty(check_json, write_doc):
    doc = write_doc("blank.txt", " \n\n\t\n")
    proc, report = check_json(doc)
    assert rule_ids(report["documents"][0]) == ["EN002"]
    assert proc.returncode == 0


def test_non_utf8_file_gives_one_en001_and_run_continues(check_json, write_doc):
    prefix = "前言："
    gbk = "春天来了，万物复苏。".encode("gbk")
    assert gbk[0] == 0xB4  # not a valid first byte in UTF-8
    bad = write_doc("legacy.txt", prefix.encode("utf-8") + gbk)
    after = write_doc("after.txt", DIRTY)
    proc, report = check_json(bad, after)
    assert proc.returncode == 1
    docs = by_path(report)
    en001 = [f for f in docs[str(bad)]["findings"] if f["rule_id"] == "EN001"]
    assert len(en001) == 1
    [finding] = en001
    assert finding["severity"] == "error"
    byte_offset = len(prefix.encode("utf-8"))
    assert f"byte offset {byte_offset} " in finding["message"]
    assert "B4" in finding["message"]
    assert finding["start"] == len(prefix)
    assert (finding["line"], finding["column"]) == (1, len(prefix) + 1)
    assert rule_ids(docs[str(after)]) == ["PH001"]
    assert_positions(report, {str(bad): decoded(bad.read_bytes()), str(after): DIRTY})


def test_non_utf8_on_a_later_line(check_json, write_doc):
    head = "第一行内容。\n第二行："
    data = head.encode("utf-8") + "夏季".encode("gbk") + b"\n"
    bad = write_doc("legacy.txt", data)
    _, report = check_json(bad)
    [finding] = [f for f in report["documents"][0]["findings"] if f["rule_id"] == "EN001"]
    assert f"byte offset {len(head.encode('utf-8'))} " in finding["message"]
    assert (finding["line"], finding["column"]) == (2, len("第二行：") + 1)


def test_truncated_utf8_file(check_json, write_doc):
    text = "夏日炎炎"
    data = text.encode("utf-8") + "秋".encode()[:2]
    doc = write_doc("cut.txt", data)
    proc, report = check_json(doc)
    assert proc.returncode == 1
    [finding] = report["documents"][0]["findings"]
    assert finding["rule_id"] == "EN006"  # truncated UTF-8, not another encoding
    assert "truncated" in finding["message"]
    assert f"byte offset {len(text.encode('utf-8'))} " in finding["message"]
    assert "E7 A7" in finding["message"]
    assert finding["start"] == len(text)


def test_utf8_bom_is_fine_and_offsets_skip_it(check_json, write_doc):
    doc = write_doc("bom.txt", codecs.BOM_UTF8 + DIRTY.encode("utf-8"))
    _, report = check_json(doc)
    [finding] = report["documents"][0]["findings"]
    assert finding["rule_id"] == "PH001"
    assert finding["start"] == DIRTY.index("xx")
    assert (finding["line"], finding["column"]) == (1, DIRTY.index("xx") + 1)


def test_utf8_bom_with_bad_bytes(check_json, write_doc):
    text = "发展"
    doc = write_doc("bom-bad.txt", codecs.BOM_UTF8 + text.encode("utf-8") + "春天".encode("gbk"))
    _, report = check_json(doc)
    [finding] = report["documents"][0]["findings"]
    assert finding["rule_id"] == "EN001"
    assert finding["start"] == len(text)  # code points, after the BOM
    assert f"byte offset {3 + len(text.encode('utf-8'))} " in finding["message"]  # bytes, in the file


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    ],
)
def test_utf16_and_utf32_with_bom(check_json, write_doc, bom, codec, name):
    doc = write_doc("wide.txt", bom + DIRTY.encode(codec))
    proc, report = check_json(doc)
    [document] = report["documents"]
    assert document["encoding"] == name
    assert rule_ids(document) == ["PH001"]
    assert document["findings"][0]["start"] == DIRTY.index("xx")
    assert proc.returncode == 1


def test_binary_file(check_json, write_doc):
    doc = write_doc("archive.txt", b"PK\x03\x04\x00\x00" + "走访xx户".encode())
    proc, report = check_json(doc)
    [document] = report["documents"]
    assert document["encoding"] == "binary"
    assert rule_ids(document) == ["EN003"]  # text rules are skipped
    assert "offset 4" in document["findings"][0]["message"]
    assert proc.returncode == 1


def test_unreadable_file(check_json, write_doc):
    locked = write_doc("locked.txt", DIRTY)
    other = write_doc("other.txt", CLEAN)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that can read a mode-000 file")
        proc, report = check_json(locked, other)
    finally:
        locked.chmod(0o644)
    docs = by_path(report)
    assert rule_ids(docs[str(locked)]) == ["EN004"]
    assert docs[str(other)]["findings"] == []
    assert proc.returncode == 1


def test_broken_symlink_is_unreadable(check_json, write_doc, tmp_path):
    link = tmp_path / "gone.txt"
    try:
        link.symlink_to(tmp_path / "does-not-exist.txt")
    except (OSError, NotImplementedError):
        pytest.skip("cannot create symbolic links here")
    other = write_doc("other.txt", DIRTY)
    proc, report = check_json(link, other)
    docs = by_path(report)
    [finding] = docs[str(link)]["findings"]
    assert finding["rule_id"] == "EN004"
    assert "cannot read the file" in finding["message"]
    assert rule_ids(docs[str(other)]) == ["PH001"]
    assert proc.returncode == 1


# --------------------------------------------------------------------------- JSON report

def _scenario(name: str, write_doc, tmp_path: Path):
    """(args, stdin, texts by reported path) for one JSON scenario."""
    if name == "clean":
        p = write_doc("clean.txt", CLEAN)
        return [p], None, {str(p): CLEAN}
    if name == "dirty":
        p = write_doc("dirty.txt", MIXED + MANY)
        return [p], None, {str(p): MIXED + MANY}
    if name == "stdin":
        return ["--stdin-filename", "piped.md", "-"], MIXED.encode(), {"piped.md": MIXED}
    if name == "non-utf8":
        data = "说明：".encode() + "统计数据".encode("gbk") + "\n走访xx户\n".encode()
        p = write_doc("gbk.txt", data)
        return [p], None, {str(p): decoded(data)}
    if name == "empty":
        p = write_doc("empty.txt", b"")
        return [p], None, {str(p): ""}
    if name == "crlf":
        text = MIXED.replace("\n", "\r\n") + "旧式换行\r第x月xx日\r"
        p = write_doc("crlf.txt", text)
        return [p], None, {str(p): text}
    if name == "mixed-folder":
        files = {"a.txt": CLEAN, "b.txt": DIRTY, "c/d.md": INFO_ONLY, "c/e.txt": ""}
        texts = {}
        for rel, text in files.items():
            texts[str(write_doc(f"folder/{rel}", text))] = text
        return [tmp_path / "folder"], None, texts
    raise AssertionError(name)


@pytest.mark.parametrize("scenario", ["clean", "dirty", "stdin", "non-utf8", "empty", "crlf", "mixed-folder"])
def test_json_report_is_valid(check_json, write_doc, tmp_path, scenario):
    args, stdin, texts = _scenario(scenario, write_doc, tmp_path)
    _, report = check_json(*args, input=stdin)
    assert sorted(checked_paths(report)) == sorted(texts)  # every document appears, once
    assert report["summary"]["documents"] == len(texts)
    assert report["summary"]["findings"] == sum(len(d["findings"]) for d in report["documents"])
    assert report["tool"] == {"name": "doc-auditor", "version": auditor.__version__}
    assert_positions(report, texts)
    for doc in report["documents"]:
        text = texts[doc["path"]]
        for f in doc["findings"]:
            if f["rule_id"].startswith("PH"):
                assert text[f["start"]:f["end"]] in f["message"].replace("⏎", "\n")


def test_json_clean_documents_have_empty_lists(check_json, write_doc):
    a = write_doc("a.txt", CLEAN)
    b = write_doc("b.txt", DIRTY)
    _, report = check_json(a, b)
    assert report["documents"] == [
        {"path": str(a), "encoding": "utf-8", "findings": [], "verdict": {"label": "keep", "reasons": []}},
        {"path": str(b), "encoding": "utf-8", "findings": report["documents"][1]["findings"],
         "verdict": report["documents"][1]["verdict"]},
    ]
    assert report["documents"][1]["verdict"]["label"] == "reject"
    assert rule_ids(report["documents"][1]) == ["PH001"]
    assert report["summary"]["by_rule"] == {"PH001": 1}
    assert report["summary"]["by_severity"] == {"error": 1}


def test_json_paths_are_as_given(check_json, write_doc, tmp_path):
    write_doc("docs/a.txt", DIRTY)
    write_doc("docs/sub/c.txt", INFO_ONLY)
    write_doc("top.txt", CLEAN)
    absolute = write_doc("abs.txt", CLEAN)
    _, report = check_json(os.path.join("docs", "a.txt"), os.path.join(".", "top.txt"),
                           os.path.join("docs", "sub"), absolute, cwd=tmp_path)
    assert checked_paths(report) == [os.path.join("docs", "a.txt"), os.path.join(".", "top.txt"),
                                     os.path.join("docs", "sub", "c.txt"), str(absolute)]


def test_output_file(cli, report_validator, write_doc, tmp_path):
    doc = write_doc("dirty.txt", DIRTY)
    out = tmp_path / "report.json"
    proc = cli("check", "--format", "json", "--output", out, doc)
    assert proc.returncode == 1
    assert proc.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    report_validator.validate(report)
    assert rule_ids(report["documents"][0]) == ["PH001"]


def test_output_file_has_no_colour(cli, write_doc, tmp_path):
    doc = write_doc("dirty.txt", DIRTY)
    coloured = cli("check", "--color", "always", doc)
    assert "\x1b[" in coloured.stdout
    out = tmp_path / "report.txt"
    proc = cli("check", "--color", "always", "-o", out, doc)
    assert proc.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "PH001" in text
    assert "\x1b[" not in text


def test_output_file_that_cannot_be_written(cli, write_doc, tmp_path):
    doc = write_doc("clean.txt", CLEAN)
    proc = cli("check", "--output", tmp_path / "no-such-dir" / "report.json", doc)
    assert proc.returncode == 2
    assert "no-such-dir" in proc.stderr


# --------------------------------------------------------------------------- human formats

def test_quiet_prints_findings_without_summary(cli, write_doc):
    doc = write_doc("dirty.txt", DIRTY)
    proc = cli("check", "--quiet", doc)
    assert proc.returncode == 1
    assert "PH001" in proc.stdout
    assert "Summary" not in proc.stdout
    assert "checked" not in proc.stdout
    concise = cli("check", "--quiet", "--format", "concise", doc)
    assert [CONCISE_LINE.match(line) is not None for line in concise.stdout.splitlines()] == [True]
    clean = cli("check", "-q", write_doc("clean.txt", CLEAN))
    assert clean.stdout == ""


@pytest.mark.parametrize("fmt", ["rich", "json", "concise"])
def test_silent_prints_nothing_but_keeps_exit_code(cli, write_doc, fmt):
    dirty = write_doc("dirty.txt", DIRTY)
    proc = cli("check", "--silent", "--format", fmt, dirty)
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, "", "")
    clean = cli("check", "-s", "--format", fmt, write_doc("clean.txt", CLEAN))
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")


def test_rich_report_shows_position_and_rule(cli, write_doc):
    doc = write_doc("dirty.txt", "第一行没有问题。\n" + DIRTY)
    proc = cli("check", doc)
    line, col = position("第一行没有问题。\n" + DIRTY, len("第一行没有问题。\n") + DIRTY.index("xx"))
    assert re.search(rf"^\s*{line}:{col}\s+error\s+PH001 ", proc.stdout, re.M), proc.stdout
    assert str(doc) in proc.stdout
    assert "xx" in proc.stdout
    assert "Summary" in proc.stdout


def _rich_finding_lines(stdout: str, rule_id: str) -> list[str]:
    return re.findall(rf"^\s*\d+:\d+\s+\w+\s+{rule_id} .*$", stdout, re.M)


def test_rich_report_collapses_long_runs(cli, write_doc):
    doc = write_doc("many.txt", MANY)
    proc = cli("check", doc)
    assert len(_rich_finding_lines(proc.stdout, "PH001")) == 10
    assert "… 2 more PH001 findings" in proc.stdout
    full = cli("check", "--no-collapse", doc)
    lines = _rich_finding_lines(full.stdout, "PH001")
    assert len(lines) == 12
    last = MANY.rindex("xx")
    line, col = position(MANY, last)
    assert re.match(rf"^\s*{line}:{col}\s", lines[-1]), lines[-1]
    assert "more PH001" not in full.stdout


def test_rich_report_does_not_collapse_ten(cli, write_doc):
    doc = write_doc("ten.txt", "".join(MANY.splitlines(keepends=True)[:10]))
    proc = cli("check", doc)
    assert len(_rich_finding_lines(proc.stdout, "PH001")) == 10
    assert "more PH001" not in proc.stdout


def test_concise_format(cli, write_doc):
    text = MIXED
    doc = write_doc("mixed.txt", text)
    proc = cli("check", "--format", "concise", "--quiet", doc)
    assert proc.returncode == 1
    rows = [CONCISE_LINE.match(line) for line in proc.stdout.splitlines()]
    assert all(rows), proc.stdout
    assert [(r["id"], r["sev"]) for r in rows] == [("PH001", "error"), ("PH003", "warning"), ("PH004", "info")]
    assert all(r["path"] == str(doc) for r in rows)
    first = rows[0]
    assert (int(first["line"]), int(first["col"])) == position(text, text.index("xx"))
    assert proc.stdout.splitlines()[0].startswith(f"{doc}:1:{text.index('xx') + 1}: PH001 [error] ")


def test_concise_format_summary(cli, write_doc):
    proc = cli("check", "--format", "concise", write_doc("clean.txt", CLEAN))
    assert proc.stdout.strip() == "All checks passed (1 document)."


# --------------------------------------------------------------------------- rules / explain / version

@pytest.fixture(scope="module")
def builtin_ids():
    return [rule.id for rule in load_rulebook()]


def test_rules_lists_every_rule(cli, builtin_ids):
    proc = cli("rules")
    assert proc.returncode == 0
    listed = re.findall(r"^([A-Z]+\d{3}) ", proc.stdout, re.M)
    assert listed == builtin_ids
    assert f"{len(builtin_ids)} rules" in proc.stdout


def test_rules_json(cli, builtin_ids):
    proc = cli("rules", "--format", "json")
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert [row["id"] for row in rows] == builtin_ids
    assert {"id", "name", "kind", "category", "severity"} <= set(rows[0])


def test_rules_lists_user_rules(cli, write_doc, builtin_ids):
    rules = write_doc("custom.yaml", USER_RULES)
    proc = cli("rules", "--format", "json", "--rule-path", rules)
    assert [row["id"] for row in json.loads(proc.stdout)] == [*builtin_ids, "US001"]


def test_explain(cli):
    rule = load_rulebook().get("PH001")
    proc = cli("explain", "PH001")
    assert proc.returncode == 0
    assert proc.stdout.startswith("PH001 x-placeholder")
    assert "Why" in proc.stdout and "Example" in proc.stdout
    assert rule.docs["example"].strip() in proc.stdout
    assert " ".join(rule.docs["why"].split()[:3]) in proc.stdout
    assert repr(rule.examples["bad"][0]) in proc.stdout


def test_explain_by_name_and_lower_case(cli):
    assert cli("explain", "pseudonym").stdout.startswith("PH004 pseudonym")
    assert cli("explain", "ph002").stdout.startswith("PH002 ")


def test_explain_unknown_rule(cli):
    proc = cli("explain", "NOPE")
    assert proc.returncode == 2
    assert "no rule 'NOPE'" in proc.stderr
    assert proc.stdout == ""


def test_rules_test_builtin(cli):
    proc = cli("rules", "test")
    assert proc.returncode == 0, proc.stdout
    assert re.search(r"^\d+ examples, 0 failed", proc.stdout, re.M)


def test_rules_test_user_file_passes(cli, write_doc):
    rules = write_doc("custom.yaml", USER_RULES)
    proc = cli("rules", "test", rules)
    assert proc.returncode == 0, proc.stdout
    assert "US001 todo-marker: 2 examples ok" in proc.stdout
    assert "PH001" not in proc.stdout  # only the named file's rules


def test_rules_test_user_file_fails(cli, write_doc):
    failing_good = "此处TODO仍未补充"
    failing_bad = "内容完整无标记"
    text = USER_RULES.replace('"此处内容已补充"', f'"{failing_good}"').replace('"此处TODO待补充"', f'"{failing_bad}"')
    rules = write_doc("custom.yaml", text)
    proc = cli("rules", "test", rules)
    assert proc.returncode == 1
    assert failing_good in proc.stdout
    assert failing_bad in proc.stdout
    assert "2 failed" in proc.stdout


def test_rules_test_bad_file_exits_2(cli, write_doc):
    rules = write_doc("custom.yaml", USER_RULES.replace("severity:", "severty:"))
    proc = cli("rules", "test", rules)
    assert proc.returncode == 2
    assert str(rules) in proc.stderr


def test_version(cli):
    proc = cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"doc-auditor {auditor.__version__}"


def test_a_ctrl_c_while_the_command_line_is_read_is_an_interrupted_run(monkeypatch, capsys):
    import auditor.cli
    from auditor.cli import main

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(auditor.cli, "_parser", interrupted)
    assert main(["check", "a.txt"]) == 130
    assert capsys.readouterr().err == "auditor: interrupted\n"
