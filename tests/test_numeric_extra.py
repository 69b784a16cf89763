"""More constructions of the numeric rules: 分别为 … 共计, and the GRIM test of PC006."""

from __future__ import annotations

import pytest

from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import document_from_bytes


@pytest.fixture(scope="module")
def checkers():
    return build_checkers(list(load_rulebook()), select=["TO", "PC"])


def run(checkers, text):
    doc = document_from_bytes("t.txt", text.encode("utf-8"))
    findings = audit_document(doc, checkers)
    return findings, doc.cache.get("verified", [])


def test_respectively_then_total_is_checked(checkers):
    findings, verified = run(checkers, "参训干部分别为科级12人、股级14人、一般干部13人，共计39人。")
    assert findings == []
    assert [v.message for v in verified if v.rule_id == "TO001"] == ["total checked: 12 + 14 + 13 = 39 人"]
    findings, _ = run(checkers, "参训干部分别为科级12人、股级14人、一般干部13人，共计38人。")
    assert [(f.rule_id, f.message) for f in findings] == [
        ("TO001", "the parts do not add up to the stated total: 12 + 14 + 13 = 39 ≠ 38 人")]


@pytest.mark.parametrize(("text", "flagged"), [
    ("共发放问卷25份，满意率为78%。", True),      # 19/25 = 76%, 20/25 = 80%: no whole number gives 78%
    ("共发放问卷25份，满意率为76%。", False),     # 19/25
    ("共发放问卷25份，满意率为78.5%。", True),
    ("共调查7户，知晓率为85.7%。", False),        # 6/7 = 85.714…
    ("共调查7户，知晓率为85.0%。", True),
    ("共调查7户，知晓率约为85%。", False),        # approximate: not tested
    ("共调查70000户，知晓率为85.03%。", False),   # a step finer than the rounding: every rate fits
    ("共调查25人，合格23人，合格率92%。", False),  # numerator stated: PC001's business
])
def test_grim(checkers, text, flagged):
    findings, _ = run(checkers, text)
    assert [f.rule_id for f in findings if f.rule_id == "PC006"] == (["PC006"] if flagged else [])
