"""Property tests: the engine never raises, offsets are sane, output is sorted, deterministic and local."""

from __future__ import annotations

import functools
import re

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import document_from_bytes

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def checkers(*select: str):
    """Checkers of all built-in rules (or the selected ones), built on first use inside a test, so that
    rule loading uses the session's cache directory set up by conftest."""
    return build_checkers(list(load_rulebook()), select=list(select))


#: the characters the placeholder detectors care about, plus line breaks of every kind
_PIECES = [
    "x", "X", "xx", "XX", "xxx", "Xxx", "ｘ", "Ｘ", "×", "××", "＊", "○", "□", "某", "某某", "张", "李", "于", "向",
    "关", "年", "月", "日", "号", "万", "元", "户", "个", "%", "％", "街道", "垦殖场", "发展", "第", "所",
    "0", "1", "2", "9", "20", ".", "．", "-", "、", "至", "+", "=", "(", ")", "（", "）", "【", "】", "[", "]",
    "<", ">", "{{", "}}", "待填", "姓名", "单位", "NAME", "TBD", "Lorem ipsum", "XL", "x86", "0x", "光",
    "fā", "@", "://", "www.", "example.com", "`", "```", " ", "\u3000", "\n", "\r", "\r\n", "\n\n",
    "，", "。", "〕", "〔",
]
mixed_text = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), st.characters()),
    max_size=60,
).map("".join)
#: Latin-script text for PH005/PH006
latin_text = st.lists(
    st.sampled_from(["Xxx", "XXX", "xxx", "XXXL", "TBD", "TBA", "Lorem ipsum", "Dear", "Mr.", "the", "[NAME]",
                     "[Name]", "{{name}}", "$", "%", "12", "x86", "https://example.org/xxx", "a@b.co", " ", " ",
                     ",", ".", "\n", "某某", "x"]),
    max_size=20,
).map("".join)
any_text = st.one_of(st.text(), mixed_text, latin_text)


def naive_position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) by walking the text: \\n, \\r\\n and \\r end a line; columns in code points."""
    line, column = 1, 1
    for i in range(offset):
        ch = text[i]
        if ch == "\n" or (ch == "\r" and text[i + 1:i + 2] != "\n"):
            line, column = line + 1, 1
        else:
            column += 1
    return line, column


def key(findings):
    return [(f.rule_id, f.start, f.end, f.subtype, f.severity, f.message) for f in findings]


def check_findings(doc: Document, findings) -> None:
    text = doc.text
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert doc.position(f.start) == naive_position(text, f.start)
        assert doc.position(f.end) == naive_position(text, f.end)
    starts = [f.start for f in findings]
    assert starts == sorted(starts)


# --------------------------------------------------------------------------- (a) text never breaks a rule

@SETTINGS
@given(any_text)
def test_rules_never_raise_and_offsets_are_sane(text):
    doc = Document("f.txt", text)
    check_findings(doc, audit_document(doc, checkers()))


@SETTINGS
@given(any_text, st.sampled_from(["f.txt", "f.md"]))
def test_rules_on_decoded_text(text, name):
    doc = document_from_bytes(name, text.encode("utf-8", "surrogatepass"))
    check_findings(doc, audit_document(doc, checkers()))


@SETTINGS
@given(any_text)
def test_position_matches_naive_computation(text):
    doc = Document("f.txt", text)
    for offset in range(len(text) + 1):
        assert doc.position(offset) == naive_position(text, offset)


# --------------------------------------------------------------------------- (b) bytes never break reading

@SETTINGS
@given(st.binary(max_size=300), st.sampled_from(["f.txt", "f.md"]))
def test_arbitrary_bytes_never_raise(data, name):
    doc = document_from_bytes(name, data)
    assert isinstance(doc.text, str)
    check_findings(doc, audit_document(doc, checkers()))


@SETTINGS
@given(st.one_of(st.binary(max_size=100), mixed_text.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]))
def test_bytes_with_byte_order_marks_never_raise(body, bom):
    doc = document_from_bytes("f.txt", bom + body)
    check_findings(doc, audit_document(doc, checkers()))


# --------------------------------------------------------------------------- (c) sorted, (d) deterministic

@SETTINGS
@given(any_text)
def test_findings_sorted_by_start(text):
    findings = audit_document(Document("f.txt", text), checkers())
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.rule_id))


@SETTINGS
@given(any_text)
@example("2018年信访总量为390件，2019年为339件，同比下降15.0%。")  # (two readings of one change: one finding)
@example('完成危桥改造{MERGEFIELD "数量" \\* MERGEFORMAT}座。')  # (a field code found as a slot too)
def test_no_finding_is_reported_twice(text):
    findings = audit_document(Document("f.txt", text), checkers())
    seen = [(f.rule_id, f.start, f.end, f.message) for f in findings]
    assert len(seen) == len(set(seen))


@SETTINGS
@given(any_text)
def test_deterministic(text):
    doc = Document("f.txt", text)
    first = audit_document(doc, checkers())
    again_same_doc = audit_document(doc, checkers())  # the per-document cache is filled now
    fresh = audit_document(Document("f.txt", text), build_checkers(list(load_rulebook())))
    assert key(first) == key(again_same_doc) == key(fresh)


# --------------------------------------------------------------------------- locality

#: a paragraph full of placeholders, far enough (four line breaks) from the text before it that no
#: detector looks across: it switches on every detector's quick pre-check
_FAR_PARAGRAPH = "\n\n\n\n普通段落：TBD，共xx户，某某，【待填】，××，张某，Xxx，lorem https://example.org 。"


@SETTINGS
@given(any_text)
@example("0\r0")  # (a carriage return in the first line: the far paragraph's line feeds do not make it mixed)
@example("㐀x<")  # (a lone x before a comparison: an x of the far paragraph does not make it a variable)
@example("某街道")  # (a pseudonym of the far paragraph, past a blank line, does not make 某街道 a body left out)
def test_findings_do_not_depend_on_a_distant_paragraph(text):
    # (a carriage return that ends the text would make one line end with the paragraph's first line feed: 0\r\r and
    # \n give a lone \r before a \r\n, mixed line ends, which are no distant paragraph's doing)
    assume(not text.endswith("\r"))
    alone = key(audit_document(Document("f.txt", text), checkers()))
    longer = audit_document(Document("f.txt", text + _FAR_PARAGRAPH), checkers())
    assert key([f for f in longer if f.start < len(text)]) == alone


# --------------------------------------------------------------------------- 某某 never falls between PH003 and PH004

@SETTINGS
@given(st.lists(st.sampled_from(["某", "某某", "某某某", "张", "李", "于", "向", "关", "面", "王", "所", "日",
                                 "公司", "同志", "，", "。", "\n", "些"]), max_size=12).map("".join))
@example("张某某张张某某")  # (a 张某某 found again: 某某 is PH003's, one finding)
@example("于张某某")  # (a preposition that is a surname too before the name: 张某某 is PH004's, one finding)
def test_every_mou_run_is_reported(text):
    findings = audit_document(Document("f.txt", text), checkers("PH003", "PH004"))
    for m in re.finditer("(?<!某)某{2,3}(?!某)", text):
        covering = [f for f in findings if f.start <= m.start() and m.end() <= f.end]
        assert len(covering) == 1, (text, m.span(), key(findings))


@given(st.text(alphabet=st.sampled_from("ab中\n\r "), max_size=60))
def test_line_starts_are_the_offsets_after_each_line_break(text):
    from auditor.document import Document

    expected = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" or
                      (ch == "\r" and (i + 1 >= len(text) or text[i + 1] != "\n"))]
    assert Document("a.txt", text).line_starts == expected
