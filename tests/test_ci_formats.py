"""Machine formats for CI: SARIF, GitHub workflow commands, GitLab Code Quality, JUnit XML, JSON Lines,
and ``--statistics``.

Every end-to-end test audits a small collection written into ``tmp_path`` (names with a space, a comma,
``%``, ``#``, ``&``/``<``/``>`` and Chinese characters) and compares the format with the JSON report of
the same run.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest

from auditor.document import Document
from auditor.engine import DocumentResult, audit_document, build_checkers
from auditor.rulebook import load_rulebook

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ("sarif", "github", "gitlab", "junit", "jsonl")
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

DOCS = {
    # several lines, a placeholder split by a line break, a CRLF line ending, error/warning/info findings
    "corpus/季度 报告,第1版%.txt": "全年走访xx户，XX街道于x月xx日完成。\n本季度新增网点x\nx个。\r\n"
                                  "填报单位：【待填】，负责人张某某，承建方为某某公司。\n",
    "corpus/报告/二季度#小结.md": "# 二季度小结\n\n共覆盖××个社区，资金xx.xx万元，由李某某牵头。\n\n"
                                 "```\n代码块里的xx不算\n```\n",
    "corpus/a&b<c>.txt": "联系人王某，于20xx年提交。\n",
    "corpus/clean.txt": "本季度各项工作均已按期完成，群众满意度稳步提升。\n",
}


@pytest.fixture
def corpus(tmp_path: Path, write_doc) -> Path:
    for name, text in DOCS.items():
        write_doc(name, text)
    return tmp_path


@pytest.fixture
def clean_corpus(tmp_path: Path, write_doc) -> Path:
    write_doc("corpus/clean.txt", DOCS["corpus/clean.txt"])
    return tmp_path


def _json_report(run_cli, cwd: Path) -> dict:
    proc = run_cli("check", "corpus", "--format", "json", cwd=cwd)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def _flat(report: dict) -> list[tuple[str, dict]]:
    return [(doc["path"], f) for doc in report["documents"] for f in doc["findings"]]


def _text(cwd: Path, path: str) -> str:
    with open(cwd / path, encoding="utf-8", newline="") as handle:
        return handle.read()


# --------------------------------------------------------------------------- SARIF

def _sarif(run_cli, cwd: Path) -> dict:
    proc = run_cli("check", "corpus", "--format", "sarif", cwd=cwd)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def test_sarif_validates_against_the_official_schema(run_cli, corpus):
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = _sarif(run_cli, corpus)
    jsonschema.Draft7Validator(schema).validate(log)
    # the file declares draft-04; validate with that draft as well
    jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)(schema).validate(log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "doc-auditor"
    assert run["tool"]["driver"]["version"]


def test_sarif_regions_and_fingerprints_agree_with_the_json_report(run_cli, corpus):
    findings = _flat(_json_report(run_cli, corpus))
    run = _sarif(run_cli, corpus)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(findings) > 0
    for result, (path, f) in zip(results, findings, strict=True):
        assert result["ruleId"] == f["rule_id"]
        assert rules[result["ruleIndex"]]["id"] == f["rule_id"]
        assert result["level"] == LEVELS[f["severity"]]
        assert result["message"]["text"] == f["message"]
        assert result["partialFingerprints"] == {"docAuditor/v1": f["fingerprint"]}
        location = result["locations"][0]["physicalLocation"]
        assert unquote(location["artifactLocation"]["uri"]) == path
        assert run["artifacts"][location["artifactLocation"]["index"]]["location"]["uri"] == \
            location["artifactLocation"]["uri"]
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == \
            (f["line"], f["column"], f["end_line"], f["end_column"])
        assert (region["charOffset"], region["charLength"]) == (f["start"], f["end"] - f["start"])
        text = _text(corpus, path)
        assert region["snippet"]["text"] == text[f["start"]:f["end"]]
        context = location.get("contextRegion")
        if f["line"] == f["end_line"]:  # one-line findings carry the excerpt around them, exactly
            assert context["charOffset"] <= f["start"] <= f["end"] <= context["charOffset"] + context["charLength"]
            assert context["snippet"]["text"] == text[context["charOffset"]:
                                                      context["charOffset"] + context["charLength"]]
            assert context["snippet"]["text"] in f["excerpt"]
        else:
            assert context is None
    assert any(f["line"] != f["end_line"] for _, f in findings)  # the split placeholder is covered
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_sarif_lists_every_rule_with_its_documentation(run_cli, corpus):
    rules = _sarif(run_cli, corpus)["runs"][0]["tool"]["driver"]["rules"]
    book = load_rulebook()
    assert [r["id"] for r in rules] == [rule.id for rule in book]
    for descriptor, rule in zip(rules, book, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"]
        assert descriptor["fullDescription"]["text"] == " ".join(rule.docs["why"].split())
        help_text = descriptor["help"]["text"]
        assert rule.docs["example"].strip() in help_text
        if rule.docs.get("fix"):
            assert " ".join(rule.docs["fix"].split()) in help_text
        assert descriptor["defaultConfiguration"]["level"] == LEVELS[rule.severity]
        assert descriptor["properties"]["category"] == rule.category


# RFC 3986 URI-reference characters (unreserved, reserved, percent-escapes)
_URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-F]{2})*$")


def test_sarif_uris_are_encoded_uri_references(run_cli, corpus):
    run = _sarif(run_cli, corpus)["runs"][0]
    uris = {a["location"]["uri"] for a in run["artifacts"]}
    assert uris == {"corpus/%E5%AD%A3%E5%BA%A6%20%E6%8A%A5%E5%91%8A,%E7%AC%AC1%E7%89%88%25.txt",
                    "corpus/%E6%8A%A5%E5%91%8A/%E4%BA%8C%E5%AD%A3%E5%BA%A6%23%E5%B0%8F%E7%BB%93.md",
                    "corpus/a&b%3Cc%3E.txt"}
    for uri in uris:
        assert _URI_CHARS.match(uri) and "#" not in uri and ":" not in uri


@pytest.mark.parametrize(("path", "uri"), [
    ("a b/c%d#e.txt", "a%20b/c%25d%23e.txt"),
    ("./docs/x.txt", "docs/x.txt"),
    ("../up/x.txt", "../up/x.txt"),
    ("报告.txt", "%E6%8A%A5%E5%91%8A.txt"),
    ("a:b.txt", "a%3Ab.txt"),           # not a scheme
    ("a,b;c=d@e+f.txt", "a,b;c=d@e+f.txt"),
    ("q?x[1].txt", "q%3Fx%5B1%5D.txt"),
    ("-", "-"),
])
def test_path_to_uri(path, uri):
    from auditor.reporters.sarif import path_to_uri

    assert path_to_uri(path) == uri
    assert unquote(uri) == path.removeprefix("./")


@pytest.mark.skipif(os.name == "nt", reason="POSIX absolute path")
def test_path_to_uri_absolute():
    from auditor.reporters.sarif import path_to_uri

    assert path_to_uri("/srv/年报/a b.txt") == "file:///srv/%E5%B9%B4%E6%8A%A5/a%20b.txt"


# --------------------------------------------------------------------------- GitHub

def test_github_escaping():
    from auditor.reporters.github import escape_data, escape_property

    tricky = "50%: a,b\r\nnext %0A"
    assert escape_data(tricky) == "50%25: a,b%0D%0Anext %250A"
    assert escape_property(tricky) == "50%25%3A a%2Cb%0D%0Anext %250A"
    assert escape_property("dir/a,b:c%d.txt") == "dir/a%2Cb%3Ac%25d.txt"
    assert escape_data("") == escape_property("") == ""


_COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def _unescape(value: str) -> str:
    for code, char in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        value = value.replace(code, char)
    return value


def test_github_format_end_to_end(run_cli, corpus, write_doc):
    write_doc("corpus/a,b%c.txt", "计划于x月完成，资金xx万元。\n")
    findings = _flat(_json_report(run_cli, corpus))
    names = {rule.id: rule.name for rule in load_rulebook()}
    proc = run_cli("check", "corpus", "--format", "github", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(findings)
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    for line, (path, f) in zip(lines, findings, strict=True):
        match = _COMMAND.match(line)
        assert match, line
        assert match.group(1) == commands[f["severity"]]
        props = dict(item.split("=", 1) for item in match.group(2).split(","))
        assert _unescape(props["file"]) == path
        assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == \
            tuple(str(f[k]) for k in ("line", "column", "end_line", "end_column"))
        assert _unescape(props["title"]) == f"{f['rule_id']} {names[f['rule_id']]}"
        assert _unescape(match.group(3)) == f["message"]
    assert "file=corpus/a%2Cb%25c.txt," in proc.stdout
    assert "file=corpus/季度 报告%2C第1版%25.txt," in proc.stdout


# --------------------------------------------------------------------------- GitLab

def test_gitlab_code_quality_report(run_cli, corpus, write_doc):
    write_doc("corpus/copy.txt", DOCS["corpus/a&b<c>.txt"])  # same text: same finding fingerprints
    findings = _flat(_json_report(run_cli, corpus))
    proc = run_cli("check", "corpus", "--format", "gitlab", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    issues = json.loads(proc.stdout)
    assert isinstance(issues, list) and len(issues) == len(findings)
    severities = {"error": "major", "warning": "minor", "info": "info"}
    for issue, (path, f) in zip(issues, findings, strict=True):
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["check_name"] == f["rule_id"]
        assert f["message"] in issue["description"]
        assert issue["severity"] == severities[f["severity"]]
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
        assert issue["location"] == {"path": path, "lines": {"begin": f["line"], "end": f["end_line"]}}
        assert issue["categories"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # unique even across identical documents


# --------------------------------------------------------------------------- JUnit

def test_junit_report(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    proc = run_cli("check", "corpus", "--format", "junit", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    root = ET.fromstring(proc.stdout.encode("utf-8"))
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    assert suite.get("name") == "doc-auditor"
    failing = [d for d in report["documents"] if d["findings"]]
    for element in {root, suite}:
        assert element.get("tests") == str(len(report["documents"]))
        assert element.get("failures") == str(len(failing))
    assert 0 < len(failing) < len(report["documents"])  # passing and failing test cases
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [d["path"] for d in report["documents"]]
    assert [c.get("classname") for c in cases] == [d["path"] for d in report["documents"]]
    assert len(suite.findall("testcase/failure")) == report["summary"]["findings"]
    for case, doc in zip(cases, report["documents"], strict=True):
        failures = case.findall("failure")
        assert len(failures) == len(doc["findings"])
        for failure, f in zip(failures, doc["findings"], strict=True):
            assert failure.get("message") == f"{f['rule_id']}: {f['message']}"
            assert failure.get("type") == f["severity"]
            assert failure.text == f"{doc['path']}:{f['line']}:{f['column']}: {f['rule_id']} {f['message']}"
    assert "corpus/a&b<c>.txt" in [c.get("name") for c in cases]


def test_junit_text_drops_nothing_but_what_xml_cannot_carry():
    from auditor.reporters.junit import xml_text

    assert xml_text("制表\t换行\n普通 <&> 文本") == "制表\t换行\n普通 <&> 文本"
    assert xml_text("a\x00b\x1bc\ufffed\ud800") == "a\\x00b\\x1bc\\ufffed\\ud800"
    ET.fromstring(ET.tostring(ET.Element("t", a=xml_text("\x01\x02")), encoding="unicode"))


# --------------------------------------------------------------------------- JSON Lines

def test_jsonl_lines_are_the_json_findings_with_their_path(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    proc = run_cli("check", "corpus", "--format", "jsonl", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == report["summary"]["findings"]
    assert rows == [{"path": path, **f} for path, f in _flat(report)]
    assert "xx户" in proc.stdout  # not \u-escaped


def test_jsonl_streams_each_document():
    from auditor.reporters.common import Summary
    from auditor.reporters.jsonl import JsonlReporter

    checkers = build_checkers(list(load_rulebook()))
    out = io.StringIO()
    reporter = JsonlReporter(out, quiet=True, color="never", no_such_option=1)
    reporter.start()
    clean = Document("clean.txt", "各项工作均已完成。")
    reporter.document(DocumentResult(clean, audit_document(clean, checkers)))
    assert out.getvalue() == ""
    dirty = Document("dirty.txt", "走访xx户，XX街道完成。")
    reporter.document(DocumentResult(dirty, audit_document(dirty, checkers)))
    written = out.getvalue()
    assert [json.loads(line)["path"] for line in written.splitlines()] == ["dirty.txt", "dirty.txt"]
    reporter.finish(Summary())
    assert out.getvalue() == written


# --------------------------------------------------------------------------- --statistics

def test_statistics_replace_the_report(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    names = {rule.id: rule.name for rule in load_rulebook()}
    for extra in ((), ("--format", "sarif")):
        proc = run_cli("check", "corpus", "--statistics", *extra, cwd=corpus)
        assert proc.returncode == 1, proc.stderr
        rows = [line.split() for line in proc.stdout.splitlines()]
        assert all(len(row) == 3 for row in rows), proc.stdout
        assert {rule_id: int(n) for n, rule_id, _ in rows} == report["summary"]["by_rule"]
        assert all(names[rule_id] == name for _, rule_id, name in rows)
        counts = [int(n) for n, _, _ in rows]
        assert counts == sorted(counts, reverse=True)
        assert int(rows[0][0]) == max(report["summary"]["by_rule"].values())


def test_statistics_of_a_clean_run_print_nothing(run_cli, clean_corpus):
    proc = run_cli("check", "corpus", "--statistics", cwd=clean_corpus)
    assert (proc.returncode, proc.stdout) == (0, "")


# --------------------------------------------------------------------------- all formats

@pytest.mark.parametrize("fmt", FORMATS)
def test_exit_codes_and_output_file(run_cli, corpus, fmt):
    stdout = run_cli("check", "corpus", "--format", fmt, cwd=corpus)
    assert stdout.returncode == 1, stdout.stderr
    assert run_cli("check", "corpus", "--format", fmt, "--exit-zero", cwd=corpus).returncode == 0
    assert run_cli("check", "corpus", "--format", fmt, "--fail-on", "never", cwd=corpus).returncode == 0
    to_file = run_cli("check", "corpus", "--format", fmt, "-o", "report.out", cwd=corpus)
    assert (to_file.returncode, to_file.stdout) == (1, "")
    assert (corpus / "report.out").read_text(encoding="utf-8") == stdout.stdout
    silent = run_cli("check", "corpus", "--format", fmt, "--silent", cwd=corpus)
    assert (silent.returncode, silent.stdout) == (1, "")


@pytest.mark.parametrize("fmt", FORMATS)
def test_clean_run(run_cli, clean_corpus, fmt):
    proc = run_cli("check", "corpus", "--format", fmt, cwd=clean_corpus)
    assert proc.returncode == 0, proc.stderr
    if fmt == "sarif":
        run = json.loads(proc.stdout)["runs"][0]
        assert run["results"] == [] and run["tool"]["driver"]["rules"]
    elif fmt == "gitlab":
        assert json.loads(proc.stdout) == []
    elif fmt == "junit":
        root = ET.fromstring(proc.stdout.encode("utf-8"))
        assert (root.get("tests"), root.get("failures")) == ("1", "0")
        assert root.find("testsuite/testcase").findall("failure") == []
    else:
        assert proc.stdout == ""


def test_reporters_are_registered_light_and_tolerant():
    from auditor.reporters import FORMATS as REGISTERED
    from auditor.reporters import get_reporter

    assert set(FORMATS) <= set(REGISTERED)
    for fmt in FORMATS:
        get_reporter(fmt)(io.StringIO(), quiet=True, color="never", collapse=True, rule_names={},
                          rules=load_rulebook(), max_per_rule=3, something_new=object())
    modules = ", ".join(f"auditor.reporters.{REGISTERED[f][0].rsplit('.', 1)[1]}" for f in FORMATS)
    code = (f"import sys, {modules}\n"
            "heavy = ('rich', 'pandas', 'numpy', 'yaml', 'jsonschema')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


# --------------------------------------------------------------------------- docs/ci.md

def test_ci_docs_yaml_blocks_parse(repo_root):
    import yaml

    text = (repo_root / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```ya?ml\n(.*?)^```", text, flags=re.S | re.M)
    assert len(blocks) >= 3
    parsed = [yaml.safe_load(block) for block in blocks]
    steps = parsed[0]["jobs"]["audit"]["steps"]
    assert any("--format sarif" in step.get("run", "") for step in steps)
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    assert any("--format github" in step.get("run", "") for step in parsed[1])
    job = parsed[2]["doc-audit"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality.json"
    assert any("--format gitlab -o gl-code-quality.json" in line for line in job["script"])


def test_ci_docs_are_clean(run_cli, repo_root):
    proc = run_cli("check", "docs/ci.md", "--format", "concise", cwd=repo_root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
