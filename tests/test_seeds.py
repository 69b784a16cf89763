"""The real sample documents: what the placeholder rules must and must not find there.

The x/X placeholders of the anonymised report (``002_*``) are counted here independently of the
detector, with a deliberately simple method, and compared with what PH001 reports.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import read_document

SEEDS = Path("/work/shared/corpus/seeds")
if not SEEDS.is_dir():
    pytest.skip(f"{SEEDS} is not available", allow_module_level=True)

PH_RULES = ["PH001", "PH002", "PH003", "PH004", "PH005", "PH006"]


def seed(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"no {prefix}_*.txt in {SEEDS}")
    return matches[0]


@pytest.fixture(scope="module")
def checkers():
    return build_checkers(list(load_rulebook()), select=PH_RULES)


@pytest.fixture(scope="module")
def report(checkers):
    doc = read_document(str(seed("002")))
    return doc, audit_document(doc, checkers)


# --------------------------------------------------------------------------- independent count of x-runs

_CHUNK = re.compile(r"[0-9xXｘＸ.．]+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_LATIN = re.compile(r"[A-Za-z]")


def x_runs(text: str) -> list[tuple[int, int]]:
    """Maximal runs of x/X/digits/dots that contain an x and are placeholders.

    Left out, with the reason:
    * runs that touch a Latin letter (part of a word such as ``index``);
    * runs inside a URL;
    * a run right after ``+``: ``7+X`` is the name of a policy ("7+X" checklist), not a gap.
    """
    urls = [m.span() for m in _URL.finditer(text)]
    runs = []
    for m in _CHUNK.finditer(text):
        start, end = m.span()
        while start < end and text[start] in ".．":
            start += 1
        while end > start and text[end - 1] in ".．":
            end -= 1  # a full stop after a run is punctuation, not part of the number
        token = text[start:end]
        if not re.search("[xXｘＸ]", token):
            continue
        if _LATIN.match(text[start - 1:start] or " ") or _LATIN.match(text[end:end + 1] or " "):
            continue
        if any(a <= start and end <= b for a, b in urls):
            continue
        if text[:start].rstrip().endswith("+"):
            continue
        runs.append((start, end))
    return runs


#: what may stand between two runs that form one placeholder
_WHITE = re.compile(r"\s+")          # a line break from PDF extraction: x⏎x万元
_MONTH = re.compile(r"\s*月\s*")      # x月xx日
_RANGE = re.compile(r"\s*[-、]\s*")   # xx-xx日, xx、xx日 (only inside a date: the next run ends in 日)


def placeholder_groups(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join neighbouring runs that are one placeholder (a split number or a date)."""
    groups: list[tuple[int, int]] = []
    for start, end in runs:
        if groups:
            gap = text[groups[-1][1]:start]
            day_follows = text[end:end + 3].lstrip().startswith("日")
            if _WHITE.fullmatch(gap) or _MONTH.fullmatch(gap) or (_RANGE.fullmatch(gap) and day_follows):
                groups[-1] = (groups[-1][0], end)
                continue
        groups.append((start, end))
    return groups


def test_x_runs_found_in_002(report):
    doc, _ = report
    runs = x_runs(doc.text)
    assert len(runs) > 250  # the file is a heavily anonymised collection of reports


def test_every_x_run_is_covered_by_one_ph001_finding(report):
    doc, findings = report
    text = doc.text
    ph001 = [f for f in findings if f.rule_id == "PH001"]
    for start, end in x_runs(text):
        covering = [f for f in ph001 if f.start <= start and end <= f.end]
        context = text[max(0, start - 8):end + 8].replace("\n", "⏎")
        assert len(covering) == 1, f"x-run {text[start:end]!r} in …{context}… covered by {len(covering)} findings"


def test_every_ph001_finding_holds_an_x_run(report):
    doc, findings = report
    runs = x_runs(doc.text)
    for f in findings:
        if f.rule_id == "PH001":
            assert any(f.start <= a and b <= f.end for a, b in runs), doc.text[f.start:f.end]


def test_ph001_count_is_runs_minus_merges(report):
    doc, findings = report
    text = doc.text
    runs = x_runs(text)
    groups = placeholder_groups(text, runs)
    ph001 = [f for f in findings if f.rule_id == "PH001"]
    merges = len(runs) - len(groups)
    assert 0 < merges < 20  # a handful of dates (x月xx日) and split numbers
    # merging can only reduce the count, and only by the merges that the text justifies
    assert len(runs) - merges <= len(ph001) <= len(runs)
    # and exactly one finding per placeholder, each spanning its whole group
    assert len(ph001) == len(groups)
    for (start, end), f in zip(groups, ph001, strict=True):
        assert f.start == start, text[start:end]
        assert end <= f.end <= end + 1  # a date includes its closing 日/月/年/号
        if f.end == end + 1:
            assert f.subtype == "date" and text[end] in "年月日号"


def test_ph001_subtypes_in_002(report):
    doc, findings = report
    text = doc.text
    ph001 = [f for f in findings if f.rule_id == "PH001"]
    assert {f.subtype for f in ph001} == {"numeric", "entity", "date"}
    for f in ph001:
        span = text[f.start:f.end]
        if "月" in span or span.endswith("日"):
            assert f.subtype == "date", span
        if "X" in span:
            assert f.subtype == "entity", span  # XX区, XX镇: upper-case runs hide names here
        if text.startswith(("%", "万", "亿", "余", "户", "公斤", "个"), f.end) and f.subtype != "date":
            assert f.subtype == "numeric", span


def test_pseudonyms_in_002(report):
    doc, findings = report
    text = doc.text
    expected = [(m.start(), m.end()) for m in re.finditer(r"[张薛贾]某(?=[、等，,。])", text)]
    assert len(expected) >= 3
    found = [(f.start, f.end) for f in findings if f.rule_id == "PH004"]
    assert found == expected
    assert {text[a:b] for a, b in found} == {"张某", "薛某", "贾某"}
    assert {f.severity for f in findings if f.rule_id == "PH004"} == {"info"}


def test_002_has_only_x_runs_and_pseudonyms(report):
    _, findings = report
    assert {f.rule_id for f in findings} == {"PH001", "PH004"}


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_no_placeholder_in_clean_seeds(checkers, prefix):
    """000 carries pinyin in parentheses (發(fā)展, 項(xiàng)); 004 has no placeholder at all."""
    doc = read_document(str(seed(prefix)))
    assert doc.is_text and doc.text.strip()
    found = [(f.rule_id, doc.text[f.start:f.end]) for f in audit_document(doc, checkers)]
    assert found == []


def test_000_really_contains_x_in_pinyin():
    """The negative test above is meaningful: 000 has many x's, all inside pinyin."""
    text = read_document(str(seed("000"))).text
    xs = [m.start() for m in re.finditer("x", text)]
    assert len(xs) > 30
    for i in xs:
        opening = text.rfind("(", 0, i)
        assert opening != -1 and ")" in text[i:i + 8] and re.fullmatch(r"[a-zü\u00c0-\u024f]*", text[opening + 1:i])
