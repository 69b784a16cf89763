"""Reports for whole collections: ``--format csv``/``parquet``/``html``, ``auditor summary`` and
``auditor.to_dataframe``.

The end-to-end tests audit a small collection in ``tmp_path`` and compare every format with the JSON
report of the same run; the streaming tests drive the reporters in-process with tiny chunks.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

from auditor.curation import VERDICT_COLUMNS  # noqa: E402
from auditor.dataframe import COLUMNS, INT_COLUMNS, ReportError, iter_rows, to_dataframe  # noqa: E402

#: the columns of ``check --format csv|parquet``: a finding's, then its document's verdict
REPORT_COLUMNS = (*COLUMNS, *VERDICT_COLUMNS)
from auditor.document import Document  # noqa: E402
from auditor.engine import DocumentResult, audit_document, build_checkers  # noqa: E402
from auditor.finding import Finding  # noqa: E402
from auditor.reporters.common import Summary  # noqa: E402
from auditor.reporters.html_report import HtmlReporter  # noqa: E402
from auditor.reporters.table import CsvReporter, ParquetReporter, binary_sink  # noqa: E402
from auditor.rulebook import load_rulebook  # noqa: E402

DOCS = {
    # placeholders of several kinds; a quoted URL, a comma, quotes and markup characters in the text
    "corpus/一季度 简报,v2.txt": "本月共回访xx位老人，其中XX位独居。\n"
                               "见https://example.org/n?id=7&p=2，\"截止\"于x月x日。\n"
                               "联系人：【待补充】。\n",
    "corpus/汇总/<附件>&说明.md": "# 附件说明\n\n涉及××个小组，预算xx.xx万元，由赵某某负责。\n",
    "corpus/单行.txt": "由孙某提交于20xx年。\n",
    "corpus/clean.txt": "各项任务均已如期完成，反馈良好。\n",
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


def _json_report(run_cli, cwd: Path, *extra: str) -> dict:
    proc = run_cli("check", "corpus", "--format", "json", *extra, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _expected_rows(report: dict) -> list[dict]:
    return list(iter_rows(report))


def _assert_rows_equal(df, report: dict, columns=COLUMNS) -> None:
    """*df* (read back from a file) has the findings of *report*, in order, with equal values."""
    expected = _expected_rows(report)
    assert list(df.columns) == list(columns)
    if "verdict" in columns:  # the CLI's tables add the document's verdict to each row
        labels = [d["verdict"]["label"] for d in report["documents"] for _ in d["findings"]]
        assert list(df["verdict"]) == labels
    assert len(df) == report["summary"]["findings"] == len(expected) > 0
    for got, want in zip(df.to_dict("records"), expected, strict=True):
        for name in COLUMNS:
            value, wanted = got[name], want[name]
            if name == "subtype" and wanted is None:
                assert value is None or value == "" or pd.isna(value), (name, value)
            elif name in INT_COLUMNS:
                assert int(value) == wanted, (name, value, wanted)
            else:
                assert value == wanted, (name, value, wanted)


# --------------------------------------------------------------------------- CSV


def _read_csv(source) -> pd.DataFrame:
    text_columns = {name: str for name in COLUMNS if name not in INT_COLUMNS}
    return pd.read_csv(source, dtype=text_columns, keep_default_na=False)


def test_csv_round_trip_equals_the_json_report(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    proc = run_cli("check", "corpus", "--format", "csv", "-o", "out.csv", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    df = _read_csv(corpus / "out.csv")
    _assert_rows_equal(df, report, REPORT_COLUMNS)
    assert {"PH001"} <= set(df["rule_id"])
    assert (corpus / "out.csv").read_bytes().count(b"\r\n") == 0  # \n line ends on every platform
    # the same table on standard output
    piped = run_cli("check", "corpus", "--format", "csv", cwd=corpus)
    assert piped.returncode == 1
    assert piped.stdout == (corpus / "out.csv").read_text(encoding="utf-8")


def test_csv_of_a_clean_collection_is_a_header(run_cli, clean_corpus):
    proc = run_cli("check", "corpus", "--format", "csv", cwd=clean_corpus)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ",".join(REPORT_COLUMNS) + "\n"
    assert len(_read_csv(io.StringIO(proc.stdout))) == 0


# --------------------------------------------------------------------------- Parquet


def test_parquet_round_trip_equals_the_json_report(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    proc = run_cli("check", "corpus", "--format", "parquet", "-o", "out.parquet", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    df = pd.read_parquet(corpus / "out.parquet")
    _assert_rows_equal(df, report, REPORT_COLUMNS)
    for name in INT_COLUMNS:
        assert str(df[name].dtype) == "int64"
    meta = pq.read_metadata(corpus / "out.parquet").metadata  # the file's key-value metadata
    assert json.loads(meta[b"doc-auditor"])["name"] == "doc-auditor"
    assert json.loads(meta[b"doc-auditor.summary"]) == report["summary"]


def _run_binary(args, cwd, cache, stdout) -> subprocess.CompletedProcess:
    from conftest import cli_env

    return subprocess.run([sys.executable, "-m", "auditor", *args], cwd=cwd, env=cli_env(cache),
                          stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE, timeout=120, check=False)


def test_parquet_on_a_pipe_is_written_as_bytes(corpus, auditor_cache_dir):
    proc = _run_binary(["check", "corpus", "--format", "parquet"], corpus, auditor_cache_dir, subprocess.PIPE)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout[:4] == b"PAR1" and proc.stdout[-4:] == b"PAR1"
    df = pd.read_parquet(io.BytesIO(proc.stdout))
    assert len(df) > 0 and list(df.columns) == list(REPORT_COLUMNS)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_parquet_to_a_terminal_is_refused(corpus, auditor_cache_dir):
    leader, follower = os.openpty()
    try:
        proc = _run_binary(["check", "corpus", "--format", "parquet"], corpus, auditor_cache_dir, follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert proc.returncode == 2
    assert b"-o FILE" in proc.stderr and b"Traceback" not in proc.stderr


def test_parquet_of_a_clean_collection_has_the_columns(run_cli, clean_corpus):
    proc = run_cli("check", "corpus", "--format", "parquet", "-o", "out.parquet", cwd=clean_corpus)
    assert proc.returncode == 0, proc.stderr
    df = pd.read_parquet(clean_corpus / "out.parquet")
    assert len(df) == 0 and list(df.columns) == list(REPORT_COLUMNS)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream", [_Terminal(), io.StringIO()], ids=["terminal", "text-only"])
def test_binary_sink_refuses_streams_without_bytes(stream, capsys):
    with pytest.raises(SystemExit) as exit_info:
        binary_sink(stream)
    assert exit_info.value.code == 2
    assert "-o FILE" in capsys.readouterr().err


# --------------------------------------------------------------------------- streaming, in-process


@pytest.fixture(scope="module")
def checkers():
    return build_checkers(list(load_rulebook()))


def _results(checkers, n: int = 5) -> list[DocumentResult]:
    texts = ["走访xx户，发放物资x批。", "各项工作均已完成。", "负责人：某某某，预计x月完成，共xx人参加。"]
    out = []
    for i in range(n):
        doc = Document(f"doc{i}.txt", texts[i % len(texts)] + "\n")
        out.append(DocumentResult(doc, audit_document(doc, checkers)))
    return out


def _feed(reporter, results) -> Summary:
    summary = Summary()
    reporter.start()
    for result in results:
        summary.add(result)
        reporter.document(result)
        assert len(reporter.rows) < reporter.chunk_rows  # never more than one chunk in memory
    reporter.finish(summary)
    return summary


def test_parquet_streams_row_groups(checkers):
    results = _results(checkers, 6)
    sink = io.BytesIO()
    summary = _feed(ParquetReporter(sink, chunk_rows=2), results)
    assert summary.findings > 4
    parquet = pq.ParquetFile(io.BytesIO(sink.getvalue()))
    assert parquet.metadata.num_rows == summary.findings
    assert parquet.metadata.num_row_groups == -(-summary.findings // 2)  # ceil: full chunks, then the rest
    df = parquet.read().to_pandas()
    assert list(df["path"]) == [r.document.path for r in results for _ in r.findings]


def test_csv_streams_chunks_with_one_header(checkers):
    results = _results(checkers, 6)
    out = io.StringIO()
    summary = _feed(CsvReporter(out, chunk_rows=1), results)
    text = out.getvalue()
    assert text.count("path,rule_id,") == 1
    assert len(_read_csv(io.StringIO(text))) == summary.findings


def test_verified_statements_are_rows_only_when_asked(checkers):
    doc = Document("t.txt", "共12人，其中男5人、女7人。走访xx户。\n")
    findings = audit_document(doc, checkers)
    verified = [Finding("TO002", "totals", "info", "5 + 7 = 12", 1, 4, verified=True)]
    result = DocumentResult(doc, findings, verified)
    for show, rows in ((False, len(findings)), (True, len(findings) + 1)):
        out = io.StringIO()
        _feed(CsvReporter(out, show_verified=show), [result])
        df = pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False)
        assert len(df) == rows
        assert ("verified" in df.columns) is show
        if show:
            assert list(df["verified"]) == [False] * len(findings) + [True]


# --------------------------------------------------------------------------- HTML

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
#: elements whose end tag HTML5 lets us leave out; the report never does, so they are checked like others
NETWORK_ATTRIBUTES = {"src", "srcset", "data", "action", "formaction", "poster", "background", "xlink:href"}


class StrictPage(HTMLParser):
    """Collect the structure of a page and every error that a lenient browser would silently repair."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.errors: list[str] = []
        self.stack: list[str] = []
        self.seen: list[str] = []
        self.ids: Counter = Counter()
        self.hrefs: list[str] = []
        self.doctype = None
        self.text: list[str] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_decl(self, decl):
        if self.seen or self.doctype is not None:
            self.errors.append(f"doctype not first: {decl}")
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, closed=tag in VOID)

    def handle_startendtag(self, tag, attrs):
        in_svg = "svg" in self.stack
        if not in_svg and tag not in VOID:
            self.errors.append(f"self-closing non-void <{tag}/> outside SVG")
        self._start(tag, attrs, closed=True)

    def _start(self, tag, attrs, closed):
        if not self.seen and self.doctype is None:
            self.errors.append("no doctype before the first tag")
        self.seen.append(tag)
        for name, value in attrs:
            if name == "id":
                self.ids[value] += 1
            if name == "href":
                self.hrefs.append(value)
            if name in NETWORK_ATTRIBUTES:
                self.errors.append(f"<{tag} {name}=…> loads something")
            if name.startswith("on"):
                self.errors.append(f"inline event handler {name}")
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")
        if not closed:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void <{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark:
            self.marks[-1] += data


def _parse(page: str) -> StrictPage:
    parser = StrictPage()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    assert (parser.doctype or "").lower() == "doctype html"
    assert parser.seen[:2] == ["html", "head"] and "body" in parser.seen
    assert parser.seen.count("html") == parser.seen.count("head") == parser.seen.count("body") == 1
    assert [i for i, n in parser.ids.items() if n > 1] == []
    for href in parser.hrefs:  # only links inside the page, each to an element that exists
        assert href.startswith("#") and parser.ids[href[1:]] == 1, href
    return parser


def _assert_self_contained(page: str) -> None:
    lowered = page.lower()
    assert "http://" not in lowered and "https://" not in lowered
    assert "//" not in lowered.replace("&#58;//", "")  # no protocol-relative URL either
    assert "url(" not in lowered and "@import" not in lowered
    assert "<link" not in lowered and "<img" not in lowered and "<iframe" not in lowered
    assert "script src" not in lowered
    assert "default-src 'none'" in page  # the CSP forbids every fetch


def test_html_is_one_valid_self_contained_page(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    proc = run_cli("check", "corpus", "--format", "html", "-o", "report.html", cwd=corpus)
    assert proc.returncode == 1, proc.stderr
    page = (corpus / "report.html").read_text(encoding="utf-8")
    _assert_self_contained(page)
    parsed = _parse(page)
    text = "".join(parsed.text)
    rows = _expected_rows(report)
    # two inline SVG charts, the sortable table with a row per finding, a section per document with findings
    assert parsed.seen.count("svg") == 2
    assert page.count('class="sortable"') >= 1 and 'id="all-findings"' in page
    with_findings = [d for d in report["documents"] if d["findings"]]
    assert page.count('<section class="doc"') == len(with_findings)
    table = page.split('id="all-findings"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr") == len(rows) + 1  # + the head row
    # each finding appears twice (table and document section), its span marked; marks hold the span text
    assert len(parsed.marks) == 2 * len(rows)
    by_path = {d["path"]: d for d in with_findings}
    for path, doc in by_path.items():
        assert path in text  # shown unescaped, after the parser decoded it
        source = (corpus / path).read_text(encoding="utf-8")
        for f in doc["findings"]:
            span = source[f["start"]:f["end"]] or source[f["start"]:f["start"] + 1]
            assert span in parsed.marks
    assert "&lt;附件&gt;&amp;说明.md" in page  # markup characters of a path are escaped
    assert "https://example.org/n?id=7&p=2" in text  # a quoted URL is shown, but is no link
    # the summary counts
    summary = report["summary"]
    for label, n in (("Documents", summary["documents"]), ("Findings", summary["findings"])):
        assert f"<dt>{label}</dt><dd>{n:,}</dd>" in page
    for rule_id in summary["by_rule"]:
        assert f"<td>{rule_id}</td>" in page


def test_html_of_a_clean_collection(run_cli, clean_corpus):
    proc = run_cli("check", "corpus", "--format", "html", cwd=clean_corpus)
    assert proc.returncode == 0, proc.stderr
    _assert_self_contained(proc.stdout)
    _parse(proc.stdout)
    assert "No findings" in proc.stdout and "<svg" not in proc.stdout


def test_html_escapes_hostile_text_and_caps_the_table(checkers):
    doc = Document("<script>alert(1)</script>.txt", "标题</td>走访xx户\x00，\ud800见 http://a.example/x\n")
    results = [DocumentResult(doc, audit_document(doc, checkers)), *_results(checkers, 3)]
    out = io.StringIO()
    reporter = HtmlReporter(out, max_table_rows=1)
    summary = Summary()
    for result in results:
        summary.add(result)
        reporter.document(result)
    reporter.finish(summary)
    page = out.getvalue()
    _assert_self_contained(page)
    parsed = _parse(page)
    assert parsed.seen.count("script") == 1  # only the page's own sorting script
    assert "\x00" not in page and "\ud800" not in page and "␀" in page
    assert f"The first 1 of {summary.findings}" in page
    table = page.split('id="all-findings"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr") == 2
    page.encode("utf-8")  # writable as UTF-8 (no lone surrogates)


def test_html_lists_verified_statements_when_asked(checkers):
    doc = Document("t.txt", "共12人，其中男5人、女7人。\n")
    result = DocumentResult(doc, [], [Finding("TO002", "totals", "info", "5 + 7 = 12", 1, 4, verified=True)])
    for show in (False, True):
        out = io.StringIO()
        reporter = HtmlReporter(out, show_verified=show)
        summary = Summary()
        summary.add(result)
        reporter.document(result)
        reporter.finish(summary)
        _parse(out.getvalue())
        assert ("✓ verified" in out.getvalue()) is show


# --------------------------------------------------------------------------- auditor summary


def _summary(run_cli, cwd, *args, input=None):
    return run_cli("summary", *args, cwd=cwd, input=input, env={"COLUMNS": "200", "NO_COLOR": "1"})


def test_summary_prints_the_tables(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    (corpus / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    proc = _summary(run_cli, corpus, "report.json")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for title in ("Findings per category", "Findings per rule", "Worst documents"):
        assert title in out
    for rule_id in report["summary"]["by_rule"]:
        assert rule_id in out
    categories = {f["category"] for _, f in ((d["path"], f) for d in report["documents"] for f in d["findings"])}
    for category in categories:
        assert category in out
    with_findings = [d for d in report["documents"] if d["findings"]]
    for doc in with_findings:
        assert doc["path"] in out
    assert "clean.txt" not in out
    assert f"{report['summary']['findings']} findings" in out
    # --top 1: only the document with the most findings
    worst = max(with_findings, key=lambda d: len(d["findings"]))
    top = _summary(run_cli, corpus, "report.json", "--top", "1")
    assert top.returncode == 0
    assert "top 1 of" in top.stdout
    tail = top.stdout.split("Worst documents", 1)[1]
    assert worst["path"] in tail
    assert all(d["path"] not in tail for d in with_findings if d is not worst)
    # --top 0: no document table; '-' reads standard input
    none = _summary(run_cli, corpus, "-", "--top", "0", input=json.dumps(report))
    assert none.returncode == 0
    assert "Findings per rule" in none.stdout and "Worst documents" not in none.stdout


def test_summary_of_a_clean_report(run_cli, clean_corpus):
    report = _json_report(run_cli, clean_corpus)
    (clean_corpus / "r.json").write_text(json.dumps(report), encoding="utf-8")
    proc = _summary(run_cli, clean_corpus, "r.json")
    assert proc.returncode == 0
    assert "0 findings" in proc.stdout and "Findings per rule" not in proc.stdout


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "not an object"),
    ('{"documents": [{"path": "a.txt"}]}', "documents[0] has no 'findings' list"),
    ('{"documents": [{"path": "a.txt", "findings": [{"rule_id": "PH001"}]}]}', "has no 'category'"),
    ("\x00\xff", "not"),
])
def test_summary_rejects_bad_reports(run_cli, tmp_path, content, message):
    if content is not None:
        (tmp_path / "bad.json").write_bytes(content.encode("latin-1"))
    proc = _summary(run_cli, tmp_path, "bad.json")
    assert proc.returncode == 2
    assert proc.stderr.startswith("auditor: error: bad.json")
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_summary_rejects_a_negative_top(run_cli, corpus):
    (corpus / "r.json").write_text('{"documents": []}', encoding="utf-8")
    proc = _summary(run_cli, corpus, "r.json", "--top", "-1")
    assert proc.returncode == 2 and "--top" in proc.stderr


# --------------------------------------------------------------------------- to_dataframe


def test_to_dataframe_accepts_a_dict_a_path_and_json_text(run_cli, corpus):
    import auditor

    report = _json_report(run_cli, corpus)
    path = corpus / "report.json"
    text = json.dumps(report, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    frames = [auditor.to_dataframe(report), auditor.to_dataframe(path), auditor.to_dataframe(str(path)),
              auditor.to_dataframe(text), auditor.to_dataframe(text.encode("utf-8"))]
    _assert_rows_equal(frames[0], report)
    for df in frames[1:]:
        pd.testing.assert_frame_equal(df, frames[0])
    assert auditor.to_dataframe is to_dataframe


def test_to_dataframe_verified_rows_are_opt_in():
    finding = {"rule_id": "PH001", "category": "placeholder", "severity": "error", "message": "m", "line": 1,
               "column": 1, "end_line": 1, "end_column": 3, "start": 0, "end": 2, "excerpt": "xx",
               "fingerprint": "0" * 32, "subtype": "numeric"}
    check = dict(finding, rule_id="TO001", category="totals", severity="info")
    check.pop("subtype")
    report = {"documents": [{"path": "a.txt", "encoding": "utf-8", "findings": [finding], "verified": [check]},
                            {"path": "b.txt", "encoding": "utf-8", "findings": []}]}
    df = to_dataframe(report)
    assert list(df.columns) == list(COLUMNS) and len(df) == 1
    assert df.loc[0, "subtype"] == "numeric"
    both = to_dataframe(report, include_verified=True)
    assert list(both.columns) == [*COLUMNS, "verified"]
    assert list(both["verified"]) == [False, True] and list(both["rule_id"]) == ["PH001", "TO001"]
    assert pd.isna(both.loc[1, "subtype"])
    empty = to_dataframe({"documents": []})
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0
    assert str(empty["line"].dtype) == "int64"


def test_to_dataframe_rejects_what_is_not_a_report(tmp_path):
    with pytest.raises(ReportError, match="no such file"):
        to_dataframe(tmp_path / "missing.json")
    with pytest.raises(ReportError, match="not valid JSON"):
        to_dataframe("{oops")
    with pytest.raises(ReportError, match="not an object"):
        to_dataframe("[1, 2]")
    with pytest.raises(ValueError, match="'documents'"):
        to_dataframe({"findings": []})
    with pytest.raises(TypeError):
        to_dataframe(42)


# --------------------------------------------------------------------------- staying light


def test_import_auditor_does_not_import_pandas():
    code = ("import sys, auditor; assert 'pandas' not in sys.modules, 'import'; "
            "f = auditor.to_dataframe; assert 'pandas' not in sys.modules, 'attribute'; "
            "import auditor.summary, auditor.reporters.table, auditor.reporters.html_report; "
            "assert 'pandas' not in sys.modules and 'pyarrow' not in sys.modules, 'modules'; print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_summary_and_html_do_not_import_pandas(run_cli, corpus):
    report = _json_report(run_cli, corpus)
    (corpus / "r.json").write_text(json.dumps(report), encoding="utf-8")
    for args in (("summary", "r.json"), ("check", "corpus", "--format", "html")):
        proc = run_cli(*args, cwd=corpus, python_flags=("-X", "importtime"))
        assert "Traceback" not in proc.stderr, proc.stderr
        imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in proc.stderr.splitlines()
                    if line.startswith("import time:")}
        assert "auditor" in imported
        assert {"pandas", "pyarrow", "numpy"} & imported == set(), args
