"""The report writers' JSON text: orjson and the standard library agree byte for byte, the cheap line
lookup of the reporters agrees with :class:`Document`, and the JSON/SARIF reports keep the indentation of
``json.dumps(indent=2)``."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import jsonio
from auditor.document import Document
from auditor.engine import DocumentResult
from auditor.finding import Finding
from auditor.reporters.common import EXCERPT_RADIUS, Summary, document_dict, excerpt, finding_dict

SAMPLES = [
    {"a": [], "b": {}, "c": None, "d": True, "e": False, "f": -3, "g": 2**62, "h": "中文 ✓ 😀"},
    {"ctl": "\x00\x01\x1f\x7f\b\f\n\r\t \u2028\u2029 \\ \" / é"},
    [{"nested": [[1, 2], {"x": "y"}]}, "", 0],
    "just a string",
]


@pytest.fixture(params=["orjson", "stdlib"])
def encoder(request, monkeypatch):
    if request.param == "stdlib":
        monkeypatch.setattr(jsonio, "orjson", None)
    else:
        monkeypatch.setattr(jsonio, "orjson", pytest.importorskip("orjson"))
    return request.param


@pytest.mark.parametrize("value", SAMPLES)
def test_pretty_and_compact_are_the_standard_library_text(encoder, value):
    assert jsonio.pretty(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert jsonio.compact(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    nested = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ").encode()
    assert jsonio.pretty_nested(value, "    ") == nested


def test_values_orjson_refuses_go_through_the_standard_library():
    surrogate = {"path": "bad\udcff.txt"}
    assert jsonio.pretty(surrogate) == json.dumps(surrogate, ensure_ascii=False, indent=2)
    assert jsonio.compact({"n": 2**70}) == '{"n":' + str(2**70) + "}"
    with pytest.raises(UnicodeEncodeError):  # as the text spool of the JSON report always did
        jsonio.pretty_nested(surrogate, "  ")


@pytest.mark.parametrize("utf8", [True, False])
def test_copy_utf8_to_text_streams(tmp_path, utf8):
    data = ("中文" * 1000 + "\n").encode() * 3
    source = io.BytesIO(data)
    if utf8:
        path = tmp_path / "out.txt"
        with open(path, "w", encoding="utf-8") as out:
            out.write("head ")
            jsonio.copy_utf8(source, out, chunk=1001)  # chunks that split characters
            out.write(" tail")
        assert path.read_bytes() == b"head " + data + b" tail"
    else:
        out = io.StringIO()
        out.write("head ")
        jsonio.copy_utf8(source, out, chunk=1001)
        assert out.getvalue() == "head " + data.decode()


# --- the reporters' line lookup ---------------------------------------------------------------------

def _reference(doc: Document, finding: Finding, fingerprint: str) -> dict:
    """The finding dict as Document.position / line_text compute it (the former implementation)."""
    line, column = doc.position(finding.start)
    end_line, end_column = doc.position(finding.end)
    text = doc.line_text(line)
    start = column - 1
    end = min(len(text), start + (finding.end - finding.start))
    lo = max(0, start - EXCERPT_RADIUS)
    hi = min(len(text), max(end, start + 1) + EXCERPT_RADIUS)
    shown = ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    out = {"rule_id": finding.rule_id, "category": finding.category, "severity": finding.severity,
           "message": finding.message, "line": line, "column": column, "end_line": end_line,
           "end_column": end_column, "start": finding.start, "end": finding.end, "excerpt": shown,
           "fingerprint": fingerprint}
    if finding.subtype:
        out["subtype"] = finding.subtype
    return out


texts = st.text(alphabet=st.sampled_from(list("ab中\n\r x")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_finding_dict_matches_document_positions(text, data):
    doc = Document("a.txt", text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    finding = Finding("PH001", "placeholder", "error", "m", start, end, subtype=data.draw(st.sampled_from([None, "x"])))
    assert finding_dict(doc, finding, "fp") == _reference(doc, finding, "fp")
    line, column = doc.position(start)
    lo = max(0, column - 1 - EXCERPT_RADIUS)
    prefix = 1 if lo > 0 else 0
    stop = min(len(doc.line_text(line)), column - 1 + end - start)
    assert excerpt(doc, finding) == (_reference(doc, finding, "fp")["excerpt"], column - 1 - lo + prefix,
                                     stop - lo + prefix)


def test_long_line_excerpts_are_cut_around_the_span():
    text = "前" * 500 + "xx" + "后" * 500 + "\n"
    doc = Document("a.txt", text)
    finding = Finding("PH001", "placeholder", "error", "m", 500, 502)
    item = finding_dict(doc, finding, "fp")
    assert item["excerpt"] == "…" + "前" * 40 + "xx" + "后" * 40 + "…"
    assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (1, 501, 1, 503)


# --- the reports keep the indentation of json.dumps(indent=2) --------------------------------------

def _results() -> list[DocumentResult]:
    doc = Document("报告/a.txt", "第一行\n走访xx户，\"引号\"\tTab\n")
    findings = [Finding("PH001", "placeholder", "error", "numeric placeholder 'xx'", 6, 8, subtype="numeric")]
    return [DocumentResult(doc, findings), DocumentResult(Document("b.txt", "干净"), [])]


@pytest.mark.usefixtures("encoder")
def test_json_report_is_json_dumps_indent_2():
    from auditor.reporters.json_report import JsonReporter

    out = io.StringIO()
    reporter = JsonReporter(out)
    summary = Summary()
    reporter.start()
    for result in _results():
        summary.add(result)
        reporter.document(result)
    reporter.finish(summary)
    report = json.loads(out.getvalue())
    assert report["documents"][0] == document_dict(_results()[0])
    assert out.getvalue() == json.dumps(report, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.usefixtures("encoder")
def test_sarif_log_is_json_dumps_indent_2(tmp_path):
    from auditor.reporters.sarif import SarifReporter
    from auditor.rulebook import load_rulebook

    for results in (_results(), _results()[1:]):  # with results, and without any
        path = tmp_path / "log.sarif"
        with open(path, "w", encoding="utf-8") as out:
            reporter = SarifReporter(out, rules=load_rulebook())
            for result in results:
                reporter.document(result)
            reporter.finish(Summary())
        text = path.read_text(encoding="utf-8")
        log = json.loads(text)
        assert text == json.dumps(log, ensure_ascii=False, indent=2) + "\n"
        assert len(log["runs"][0]["results"]) == sum(len(r.findings) for r in results)


def _loads_orjson(code: str) -> bool:
    """Whether running *code* (after ``from auditor import jsonio``) in a fresh interpreter imports orjson."""
    import subprocess
    import sys

    script = f"import sys\nfrom auditor import jsonio\n{code}\nprint('orjson' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return done.stdout.strip() == "True"


def test_orjson_is_loaded_only_when_worth_its_import():
    """Small values go through the standard library (importing orjson costs more than writing them);
    a large value, or enough small ones, load orjson: the text is the same either way."""
    pytest.importorskip("orjson")
    small = '{"path": "a.txt", "findings": [{"rule_id": "PH001", "line": 1}] * 20}'
    assert not _loads_orjson(f"jsonio.pretty({small}); jsonio.compact({small}); jsonio.pretty_nested({small}, '  ')")
    assert _loads_orjson("jsonio.pretty_nested({'findings': [{'line': 1, 'column': 2}] * 1000}, '  ')")
    assert _loads_orjson(f"for _ in range(1000): jsonio.compact({small})")  # 1000 × 0.7 KB: past STDLIB_BYTES


@pytest.mark.parametrize("value", [[{"a": 1}] * 10, {"a": [[0] * 500] * 5}, ([0] * 2001,), [(0,) * 1000] * 3])
def test_small_counts_items_at_any_depth(value):
    def count(x):
        if isinstance(x, dict):
            return len(x) + sum(count(v) for v in x.values())
        if isinstance(x, (list, tuple)):
            return len(x) + sum(count(v) for v in x)
        return 0

    assert jsonio._small(value) == (count(value) <= jsonio.SMALL_ITEMS)


def _many_findings() -> DocumentResult:
    """A document with findings on several lines, verified statements and a verdict; its path holds what the
    key of an empty findings list looks like (a JSON string escapes the line break)."""
    from auditor.verdict import Verdict

    text = "".join(f"第{i}行走访xx户。\r\n" for i in range(12))
    doc = Document('报告/\n      "findings": []\t"x".txt', text)
    findings = [Finding("PH001", "placeholder", "error", "numeric placeholder 'xx'", i * 10 + 5, i * 10 + 7,
                        subtype="numeric", fix="" if i % 3 else None) for i in range(12)]
    verified = [Finding("TO001", "totals", "info", "total checked", 2, 4, verified=True)]
    doc.cache["verdict"] = Verdict("reject", (("PH001", 12),), ("reject: placeholder:error >= 1 (12)",))
    return DocumentResult(doc, findings, verified)


@pytest.mark.usefixtures("encoder")
@pytest.mark.parametrize("show_verified", [False, True])
def test_a_document_with_many_findings_is_written_in_slices_as_in_one_piece(monkeypatch, show_verified):
    from auditor.reporters import json_report

    texts = []
    for per_slice in (10**6, 5, 1):  # one piece; slices of 5 (the last one shorter); one finding a slice
        monkeypatch.setattr(json_report, "FINDINGS_PER_SLICE", per_slice)
        out = io.StringIO()
        reporter = json_report.JsonReporter(out, show_verified=show_verified)
        summary = Summary()
        for result in (_results()[1], _many_findings(), _results()[0]):
            summary.add(result)
            reporter.document(result)
        reporter.finish(summary)
        texts.append(out.getvalue())
    assert texts[0] == texts[1] == texts[2]
    report = json.loads(texts[0])
    assert texts[0] == json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    assert report["documents"][1] == document_dict(_many_findings(), show_verified)
    assert len(report["documents"][1]["findings"]) == 12


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["走访", "xx", "户", "a", " ", "\n", "\r\n", "\r", "。" * 30]), max_size=40),
       st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), min_size=1, max_size=8))
def test_finding_dicts_are_the_reference_positions_and_excerpts(parts, spans):
    """The loop of finding_dicts gives, for any text and line endings, what line_span and _excerpt give
    one finding at a time."""
    from auditor.reporters.common import _excerpt, finding_dicts, line_span

    text = "".join(parts)
    doc = Document("a.txt", text)
    findings = [Finding("PH001", "placeholder", "error", "m", min(a, len(text)), min(a + n, len(text)))
                for a, n in spans]
    for item, f in zip(finding_dicts(doc, findings, ["fp"] * len(findings)), findings, strict=True):
        index, begin, end, _next = line_span(doc, f.start)
        assert (item["line"], item["column"]) == (index + 1, f.start - begin + 1)
        assert (item["end_line"], item["end_column"]) == doc.position(f.end)
        assert item["excerpt"] == _excerpt(text, begin, end, f.start - begin, f.end - f.start)[0]
