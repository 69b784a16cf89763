"""Verdicts per document, the verdict policy of the configuration, collection tolerances and
``--format attributes`` (see ``docs/curation.md``)."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.config import ConfigError, load_settings
from auditor.curation import Curation, ToleranceError, parse_option
from auditor.document import Document
from auditor.engine import DocumentResult, audit_document, build_checkers
from auditor.finding import Finding
from auditor.rulebook import load_rulebook
from auditor.verdict import DEFAULT_POLICY, PolicyError, Selector, covered, parse_policy, parse_share

# example texts written for these tests
CLEAN = "今年全镇新修村道十二公里，群众出行更加方便。\n"
PLACEHOLDER = "本季度共走访独居老人xx户，发放米面油xx份。\n"
TOTALS = "全年共受理来信200件，办结150件，办结率80%。\n"
MOJIBAKE = "鍙戝睍鏂版€濇兂，抓好落实。\n"
PSEUDONYM = "村民张某反映道路积水问题，已协调处理。\n"


@pytest.fixture(scope="module")
def report_schema(repo_root):
    return json.loads((repo_root / "reports" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def book():
    return load_rulebook()


@pytest.fixture(scope="module")
def checkers(book):
    return build_checkers(list(book))


def result_of(text: str, checkers, path: str = "t.txt") -> DocumentResult:
    doc = Document(path, text)
    return DocumentResult(doc, audit_document(doc, checkers))


def f(rule_id="PH001", category="placeholder", severity="error", start=0, end=2) -> Finding:
    return Finding(rule_id, category, severity, "m", start, end)


# --------------------------------------------------------------------------- the default policy


@pytest.mark.parametrize(("text", "label", "rules"), [
    (CLEAN, "keep", []),
    (PLACEHOLDER, "reject", ["PH001"]),
    (TOTALS, "review", ["PC001"]),
    (MOJIBAKE, "review", ["MJ001"]),
    (PSEUDONYM, "keep", []),  # PH004 is info: below the policy's min-severity
    (PLACEHOLDER + TOTALS, "reject", ["PH001"]),  # reject wins; its reasons are its own findings
])
def test_default_policy_on_real_rules(checkers, text, label, rules):
    result = result_of(text, checkers)
    verdict = DEFAULT_POLICY.decide(result)
    assert verdict.label == label
    assert [rule_id for rule_id, _ in verdict.reasons] == rules
    if label != "keep":
        assert verdict.triggers and all(t.startswith(label) for t in verdict.triggers)


def test_module_level_decide_uses_the_default_policy(checkers):
    from auditor.verdict import decide

    assert decide(result_of(PLACEHOLDER, checkers)).label == "reject"
    assert decide(result_of(PLACEHOLDER, checkers), parse_policy({"reject": {"totals": 1}})).label == "review"


def test_reasons_count_each_finding_once():
    doc = Document("t.txt", "x" * 50)
    findings = [f("MJ001", "mojibake", "error", 0, 3), f("MJ001", "mojibake", "error", 5, 8),
                f("MJ010", "mojibake", "warning", 9, 10)]
    verdict = DEFAULT_POLICY.decide(DocumentResult(doc, findings))
    # both review entries (*:error and mojibake:warning) fire; MJ001 is still counted twice, not four times
    assert verdict.label == "review" and len(verdict.triggers) == 2
    assert verdict.reasons == (("MJ001", 2), ("MJ010", 1))
    assert verdict.as_json()["reasons"] == [{"rule_id": "MJ001", "count": 2}, {"rule_id": "MJ010", "count": 1}]


def test_counts_and_shares_from_the_configuration():
    policy = parse_policy({"reject": {"placeholder": 3}, "review-share": {"mojibake": "10%"},
                           "reject-share": {"mojibake": 0.5}})
    doc = Document("t.txt", "a" * 100)
    two = [f(start=0, end=2), f(start=10, end=12)]
    assert policy.decide(DocumentResult(doc, two)).label == "review"  # the default review *:error still applies
    assert policy.decide(DocumentResult(doc, [*two, f(start=20, end=22)])).label == "reject"
    spans = [f("MJ001", "mojibake", "warning", 0, 12)]
    assert policy.decide(DocumentResult(doc, spans)).label == "review"  # 12% >= 10%
    spans = [f("MJ001", "mojibake", "warning", 0, 30), f("MJ001", "mojibake", "warning", 20, 55)]
    verdict = policy.decide(DocumentResult(doc, spans))
    assert verdict.label == "reject" and "55%" in verdict.triggers[0]  # union of spans, overlap counted once
    small = [f("MJ001", "mojibake", "warning", 0, 5)]
    assert policy.decide(DocumentResult(doc, small)).label == "review"  # default review mojibake:warning


def test_a_table_of_the_configuration_replaces_only_that_table():
    policy = parse_policy({"review": {"totals:error": 2}})
    assert policy.reject == DEFAULT_POLICY.reject
    assert policy.review == {Selector("totals", "error"): 2}
    doc = Document("t.txt", "x" * 20)
    assert policy.decide(DocumentResult(doc, [f("TO001", "totals")])).label == "keep"
    assert policy.decide(DocumentResult(doc, [f("TO001", "totals"), f("TO002", "totals")])).label == "review"


def test_selectors_and_min_severity():
    assert Selector.parse("ph001") == Selector("PH001")
    assert Selector.parse("mojibake:Warning") == Selector("mojibake", "warning")
    info = Selector.parse("PH004:info")
    assert info.matches("PH004", "placeholder", "info", "warning")
    assert not Selector("placeholder").matches("PH004", "placeholder", "info", "warning")
    assert Selector("placeholder").matches("PH004", "placeholder", "info", "info")
    policy = parse_policy({"min-severity": "info", "reject": {"placeholder": 1}})
    assert policy.decide(DocumentResult(Document("t", "张某"), [f("PH004", severity="info")])).label == "reject"


@pytest.mark.parametrize(("data", "needle"), [
    ({"rejct": {}}, "did you mean 'reject'"),
    ({"reject": {"placeholder": 0}}, "at least 1"),
    ({"reject": {"placeholder": "1"}}, "whole number"),
    ({"reject": ["placeholder"]}, "must be a table"),
    ({"reject-share": {"mojibake": "150%"}}, "between 0 and 100%"),
    ({"reject-share": {"mojibake": "half"}}, "0.5%"),
    ({"review": {"mojibake:warnin": 1}}, "did you mean 'warning'"),
    ({"min-severity": "fatal"}, "error, warning or info"),
])
def test_bad_policies_are_refused(data, needle):
    with pytest.raises(PolicyError, match=None) as info:
        parse_policy(data)
    assert needle in str(info.value)


def test_shares():
    assert parse_share("0.5%", "x") == pytest.approx(0.005)
    assert parse_share(0.25, "x") == 0.25
    assert parse_share("1", "x") == 1.0
    for bad in ("-1%", True, None, "abc", 2):
        with pytest.raises(PolicyError):
            parse_share(bad, "x")


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12))
@settings(max_examples=200, deadline=None)
def test_covered_is_the_size_of_the_union_of_spans(spans):
    findings = [f(start=a, end=a + n) for a, n in spans]
    points = set()
    for a, n in spans:
        points.update(range(a, a + max(n, 1)))
    assert covered(findings) == len(points)


@given(st.lists(st.sampled_from([("PH001", "placeholder", "error"), ("PH004", "placeholder", "info"),
                                 ("TO001", "totals", "error"), ("MJ010", "mojibake", "warning"),
                                 ("EN007", "encoding", "error"), ("PC005", "percentage", "info")]), max_size=8))
@settings(max_examples=200, deadline=None)
def test_default_policy_matches_its_description(kinds):
    findings = [f(rule_id, category, severity) for rule_id, category, severity in kinds]
    verdict = DEFAULT_POLICY.decide(DocumentResult(Document("t", "x" * 10), findings))
    if any(c in ("placeholder", "encoding") and s == "error" for _, c, s in kinds):
        assert verdict.label == "reject"
    elif any(s == "error" or (c == "mojibake" and s != "info") for _, c, s in kinds):
        assert verdict.label == "review"
    else:
        assert verdict.label == "keep" and verdict.reasons == ()
    assert sum(n for _, n in verdict.reasons) <= len(findings)


def _plain_decide(policy, findings, length):
    """The policy read as written: for each selector, the findings it counts, one by one."""
    from collections import Counter

    from auditor.verdict import KEEP, Verdict, format_share

    for label, counts, shares in (("reject", policy.reject, policy.reject_share),
                                  ("review", policy.review, policy.review_share)):
        because, triggers = set(), []
        for selector, threshold in counts.items():
            hit = [i for i, f in enumerate(findings)
                   if selector.matches(f.rule_id, f.category, f.severity, policy.min_severity)]
            if hit and len(hit) >= threshold:
                because.update(hit)
                triggers.append(f"{label}: {selector} >= {threshold} ({len(hit)})")
        for selector, limit in shares.items():
            hit = [i for i, f in enumerate(findings)
                   if selector.matches(f.rule_id, f.category, f.severity, policy.min_severity)]
            share = covered([findings[i] for i in hit]) / length if hit else 0.0
            if hit and share >= limit:
                because.update(hit)
                triggers.append(f"{label}: {selector} covers {format_share(share)} >= {format_share(limit)}")
        if triggers:
            reasons = Counter(findings[i].rule_id for i in because)
            return Verdict(label, tuple(sorted(reasons.items())), tuple(triggers))
    return KEEP


@given(st.lists(st.tuples(st.sampled_from([("PH001", "placeholder", "error"), ("PH004", "placeholder", "info"),
                                           ("PH002", "placeholder", "warning"), ("TO001", "totals", "error"),
                                           ("MJ010", "mojibake", "warning")]),
                          st.integers(0, 90), st.integers(0, 12)), max_size=30),
       st.sampled_from(["info", "warning", "error"]))
@settings(max_examples=300, deadline=None)
def test_decide_counts_as_the_policy_reads(found, min_severity):
    from auditor.verdict import VerdictPolicy

    findings = [Finding(r, c, s, "m", start, start + n) for (r, c, s), start, n in found]
    policy = VerdictPolicy(reject={Selector("placeholder", "error"): 3, Selector("TO001"): 2},
                           review={Selector("*", "warning"): 2, Selector("mojibake"): 1},
                           reject_share={Selector("PH"): 0.4}, review_share={Selector("*"): 0.1},
                           min_severity=min_severity)
    result = DocumentResult(Document("t", "字" * 100), findings)
    assert policy.decide(result) == _plain_decide(policy, findings, 100)


# --------------------------------------------------------------------------- configuration


def write_config(tmp_path, body: str):
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = \"x\"\n\n[tool.auditor]\nfail-on = \"error\"\n" + body, encoding="utf-8")
    return path


def test_verdict_table_in_pyproject(tmp_path):
    path = write_config(tmp_path, '\n[tool.auditor.verdict]\nreject = {placeholder = 2}\n'
                        'review-share = {mojibake = "0.5%"}\n')
    settings_ = load_settings(str(path))
    assert settings_.verdict.reject == {Selector("placeholder"): 2}
    assert settings_.verdict.review_share == {Selector("mojibake"): 0.005}
    assert settings_.as_dict()["verdict"]["review-share"] == {"mojibake": "0.5%"}


def test_config_errors_name_file_line_and_key(tmp_path):
    path = write_config(tmp_path, '\n[tool.auditor.verdict]\nreject = {placeholder = 1}\nrevew = {totals = 1}\n')
    with pytest.raises(ConfigError) as info:
        load_settings(str(path))
    assert info.value.line == 9 and "did you mean 'review'" in str(info.value)
    assert str(info.value).startswith(f"{path}:9: ")
    path = write_config(tmp_path, 'max-share = {placeholder = "lots"}\n')
    with pytest.raises(ConfigError) as info:
        load_settings(str(path))
    assert info.value.line == 6 and "0.5%" in str(info.value)


@pytest.mark.parametrize(("body", "line", "needle"), [
    ('\n[tool.auditor.verdict]\nreject = {placeholdr = 1}\n', 8, "did you mean 'placeholder'"),
    ('\n[tool.auditor.verdict]\nreview = {"PH001" = 1}\nreview-share = {"PH999:error" = 0.1}\n', 9, "PH999"),
    ('max-share = {rejct = "1%"}\n', 6, "did you mean 'reject'"),
])
def test_unknown_names_stop_the_run_with_exit_2(run_cli, tmp_path, body, line, needle):
    write_config(tmp_path, body)
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert needle in proc.stderr and f"pyproject.toml:{line}: " in proc.stderr


# --------------------------------------------------------------------------- tolerances


def test_parse_max_share_option():
    assert parse_option(["placeholder=0.5%", "reject=1%,PH001:error=0.02"]) == {
        "placeholder": 0.005, "reject": 0.01, "PH001:error": 0.02}
    for bad in (["placeholder"], ["=1%"], ["reject=lots"], ["x:fatal=1%"]):
        with pytest.raises(ToleranceError):
            parse_option(bad)


def _collection(tmp_path, clean: int, dirty: int):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(clean):
        (folder / f"c{i:02d}.txt").write_text(CLEAN, encoding="utf-8")
    for i in range(dirty):
        (folder / f"d{i:02d}.txt").write_text(PLACEHOLDER, encoding="utf-8")
    return folder


def test_tolerances_gate_the_exit_code(run_cli, tmp_path, report_schema):
    _collection(tmp_path, 19, 1)  # 5% of the documents have a placeholder
    ok = run_cli("check", "docs", "--max-share", "placeholder=5%", "--format", "json", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr  # the placeholder is an error, but within the tolerance
    report = json.loads(ok.stdout)
    jsonschema.validate(report, report_schema)
    assert report["summary"]["verdicts"] == {"keep": 19, "review": 0, "reject": 1}
    assert report["summary"]["tolerances"] == [
        {"name": "placeholder", "documents": 1, "share": 0.05, "limit": 0.05, "ok": True}]
    assert "tolerances passed over 20 documents" in ok.stderr and "placeholder 5% <= 5% ok" in ok.stderr
    bad = run_cli("check", "docs", "--max-share", "placeholder=5%", "--max-share", "reject=4.9%", "-q",
                  cwd=tmp_path)
    assert bad.returncode == 1
    assert "reject 5% > 4.9% EXCEEDED" in bad.stderr
    assert run_cli("check", "docs", "--max-share", "reject=1%", "--exit-zero", cwd=tmp_path).returncode == 0
    assert run_cli("check", "docs", "--max-share", "reject=ten", cwd=tmp_path).returncode == 2
    unknown = run_cli("check", "docs", "--max-share", "placehold=1%", cwd=tmp_path)
    assert unknown.returncode == 2 and "did you mean 'placeholder'" in unknown.stderr


def test_tolerances_from_the_configuration_and_the_command_line(run_cli, tmp_path):
    _collection(tmp_path, 3, 1)  # 25%
    write_config(tmp_path, 'max-share = {reject = "20%"}\n')
    assert run_cli("check", "docs", cwd=tmp_path).returncode == 1
    assert run_cli("check", "docs", "--max-share", "reject=30%", cwd=tmp_path).returncode == 0  # overrides


def test_curation_counts(checkers):
    from types import SimpleNamespace

    plan = SimpleNamespace(settings=SimpleNamespace(verdict=None, max_share={"mojibake": 0.5}), book=load_rulebook())
    curation = Curation.from_plan(plan, None)
    for text in (CLEAN, PLACEHOLDER, MOJIBAKE, TOTALS):
        result = result_of(text, checkers)
        verdict = curation.add(result)
        assert result.document.cache["verdict"] is verdict
    assert curation.as_json() == {"verdicts": {"keep": 1, "review": 2, "reject": 1},
                                  "tolerances": [{"name": "mojibake", "documents": 1, "share": 0.25, "limit": 0.5,
                                                  "ok": True}]}
    assert not curation.exceeded


# --------------------------------------------------------------------------- reports


def test_json_documents_carry_their_verdict(run_cli, tmp_path, report_schema):
    folder = _collection(tmp_path, 1, 1)
    (folder / "m.txt").write_text(MOJIBAKE, encoding="utf-8")
    proc = run_cli("check", "docs", "--format", "json", cwd=tmp_path)
    report = json.loads(proc.stdout)
    jsonschema.validate(report, report_schema)
    verdicts = {d["path"].split("/")[-1]: d["verdict"] for d in report["documents"]}
    assert verdicts["c00.txt"] == {"label": "keep", "reasons": []}
    assert verdicts["d00.txt"]["label"] == "reject"
    assert verdicts["d00.txt"]["reasons"] == [{"rule_id": "PH001", "count": 2}]
    assert verdicts["m.txt"]["label"] == "review"
    # an old report (no verdicts anywhere) stays valid
    for doc in report["documents"]:
        del doc["verdict"]
    del report["summary"]["verdicts"]
    jsonschema.validate(report, report_schema)


def test_attributes_format_reads_with_pandas(run_cli, tmp_path):
    pd = pytest.importorskip("pandas")
    lines = [{"id": "a", "text": CLEAN}, {"id": "b", "text": PLACEHOLDER}, {"id": "c", "text": MOJIBAKE}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                      encoding="utf-8")
    proc = run_cli("check", "c.jsonl", "--format", "attributes", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["c.jsonl#a", "c.jsonl#b", "c.jsonl#c"]  # one line per record
    assert rows[0] == {"id": "c.jsonl#a", "attributes": {}, "verdict": "keep"}
    spans = rows[1]["attributes"]["doc_auditor__placeholder"]
    assert [s[2:] for s in spans] == [["PH001", "error"], ["PH001", "error"]]
    assert [PLACEHOLDER[a:b] for a, b, *_ in spans] == ["xx", "xx"]
    assert rows[2]["verdict"] == "review" and "doc_auditor__mojibake" in rows[2]["attributes"]
    df = pd.read_json(io.StringIO(proc.stdout), lines=True)
    assert list(df.columns) == ["id", "attributes", "verdict"]
    assert list(df["verdict"]) == ["keep", "reject", "review"]


def test_summary_command_prints_verdict_counts(run_cli, tmp_path):
    _collection(tmp_path, 2, 1)
    run_cli("check", "docs", "--format", "json", "-o", "r.json", cwd=tmp_path)
    proc = run_cli("summary", "r.json", cwd=tmp_path, env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stderr
    assert "Verdicts: 2 keep, 0 review, 1 reject." in proc.stdout


def test_html_has_a_verdict_column_and_filter(run_cli, tmp_path):
    _collection(tmp_path, 1, 2)
    run_cli("check", "docs", "--format", "html", "-o", "r.html", cwd=tmp_path)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'id="verdict-filter"' in page and "<th>Verdict</th>" in page
    table = page.split('id="all-findings"', 1)[1].split("</table>", 1)[0]
    assert table.count('<tr data-verdict="reject">') == 4  # two documents, two placeholders each
    assert "<dt>Reject</dt><dd>2</dd>" in page


# --------------------------------------------------------------------------- the documentation

CURATION_DOC = __import__("pathlib").Path(__file__).resolve().parents[1] / "docs" / "curation.md"


def _toml_blocks() -> list[str]:
    import re

    return re.findall(r"```toml\n(.*?)```", CURATION_DOC.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("block", _toml_blocks())
def test_toml_examples_of_the_curation_page_are_valid_settings(block, book):
    import tomllib

    from auditor.config import check_selectors, parse_settings

    data = tomllib.loads(block)
    table = data.get("tool", {}).get("auditor", data)
    parsed = parse_settings(table, "pyproject.toml", root=".")
    check_selectors(parsed, book)
    assert parsed.verdict is not None or parsed.max_share


def test_the_curation_page_has_toml_examples():
    assert len(_toml_blocks()) >= 3


@given(labels=st.lists(st.sampled_from(["keep", "review", "reject"]), max_size=40),
       limit=st.integers(0, 100).map(lambda n: n / 100))
@settings(max_examples=100, deadline=None)
def test_a_tolerance_fails_exactly_when_the_share_is_above_its_limit(labels, limit):
    from auditor.curation import Tolerance
    from auditor.verdict import Verdict, VerdictPolicy

    class Fixed(VerdictPolicy):
        def decide(self, result):
            return Verdict(result.document.text)

    curation = Curation(Fixed(), [Tolerance("reject", limit), Tolerance("placeholder", 1.0)])
    for label in labels:
        curation.add(DocumentResult(Document("t", label), []))
    rejected = labels.count("reject")
    assert curation.exceeded == (bool(labels) and rejected / len(labels) > limit)
    summary = curation.as_json()
    assert summary["verdicts"] == {label: labels.count(label) for label in ("keep", "review", "reject")}
    assert summary["tolerances"][0]["documents"] == rejected
    assert summary["tolerances"][1] == {"name": "placeholder", "documents": 0, "share": 0.0, "limit": 1.0, "ok": True}


def test_rich_summary_ends_with_the_verdict_counts(run_cli, tmp_path):
    _collection(tmp_path, 2, 1)
    proc = run_cli("check", "docs", "--color", "never", cwd=tmp_path, env={"COLUMNS": "200"})
    assert proc.returncode == 1
    assert proc.stdout.rstrip().endswith("Verdicts: 2 keep, 0 review, 1 reject.")
