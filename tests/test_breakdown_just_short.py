"""A breakdown that may be partial (其中, 包括) and covers nearly all of its whole, still short of it (TO010)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO001", "TO002", "TO004", "TO009", "TO010"])


def _codes(text: str) -> list[str]:
    return [f.rule_id for f in audit_document(Document("report.txt", text), _CHECKERS)]


@pytest.mark.parametrize(("text", "codes"), [
    # within a fiftieth of the whole, and no keystroke explains the gap
    ("共受理各类案件1,820件，其中民事案件1,105件、刑事案件426件、行政案件281件。", ["TO010"]),
    ("全年接处警情3,260起，其中火灾扑救905起、抢险救援1,402起、社会救助911起。", ["TO010"]),
    ("全年接待游客86.4万人次，包括省外游客52.1万人次、省内游客33.6万人次。", ["TO010"]),
    # a gap one keystroke explains: TO004, not both
    ("全年完成户厕改造15,600户，其中东街道2,499户、西街道3,719户、南街道1,068户、北镇3,114户、中乡5,197户。",
     ["TO004"]),
    # the parts add up, or leave out far more than a fiftieth (the main kinds only)
    ("共受理各类案件1,812件，其中民事案件1,105件、刑事案件426件、行政案件281件。", []),
    ("共受理各类案件1,900件，其中民事案件1,105件、刑事案件426件、行政案件281件。", []),
    # one part only, a selection (等, 主要), an estimate, groups that may overlap
    ("共受理各类案件1,120件，其中民事案件1,105件。", []),
    ("共受理各类案件1,820件，其中民事案件1,105件、刑事案件426件、行政案件281件等。", []),
    ("共受理各类案件1,820件，主要有民事案件1,105件、刑事案件426件、行政案件281件。", []),
    ("共受理各类案件约1,820件，其中民事案件1,105件、刑事案件426件、行政案件281件。", []),
    ("全镇发展新党员95名，其中女性党员50名、少数民族党员44名。", []),
    # within rounding: no gap at all
    ("全县户籍人口52.3万人，其中城镇人口21.2万人、外来人口31.0万人。", []),
    # parts in brackets without a marker: TO009's
    ("全年实施重点项目107个（产业类27个、基础设施类35个、民生类29个、生态环保类15个）。", ["TO009"]),
])
def test_a_nearly_complete_breakdown_is_reported(text, codes):
    assert _codes(text) == codes


def test_the_message_writes_each_number_as_written():
    text = "全市落实学生资助资金5.41亿元，其中学前教育15120万元、义务教育10280万元、普通高中27720万元。"
    findings = audit_document(Document("report.txt", text), _CHECKERS)
    assert [f.rule_id for f in findings] == ["TO010"]
    assert "15120万元 + 10280万元 + 27720万元 = 5.312亿元 < 5.41亿元" in findings[0].message


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.integers(50, 9000), min_size=2, max_size=4), gap=st.integers(0, 400))
def test_a_fiftieth_decides(parts, gap):
    """Short of the whole by a fiftieth or less: reported (TO010, or TO004 for a keystroke); by more: not by TO010."""
    whole = sum(parts) + gap
    names = ["甲类", "乙类", "丙类", "丁类"]
    text = f"共办理事项{whole}件，其中" + "、".join(f"{n}{p}件" for n, p in zip(names, parts, strict=False)) + "。"
    codes = _codes(text)
    assert "TO001" not in codes and "TO002" not in codes
    if gap == 0 or gap * 50 > whole:
        assert "TO010" not in codes
    else:
        assert codes in (["TO010"], ["TO004"])
