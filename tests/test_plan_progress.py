"""A plan, what was done and what is left or done beyond it (auditor.plan_progress, judged by TO003)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.plan_progress import document_plan_progress
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO001", "TO003"])


def _rules(text: str) -> list[str]:
    return [f.rule_id for f in audit_document(Document("report.txt", text), _CHECKERS)]


@pytest.mark.parametrize(("text", "plan", "made", "rest", "down"), [
    ("土地复垦年度计划4,524.14亩，已完成2,499.71亩，尚差2,024.43亩。", "4524.14", "2499.71", "2024.43", True),
    ("油菜种植目标任务37461.72亩，实际完成76998.55亩，超额完成39536.83亩。", "37461.72", "76998.55", "39536.83", False),
    ("计划建设标准化档案室四十三个，已建成十四个，其余二十九个正在加紧建设。", "43", "14", "29", True),
])
def test_the_three_figures_are_read(text, plan, made, rest, down):
    (c,) = document_plan_progress(Document("a.txt", text))
    assert [str(float(q.value)).removesuffix(".0") for q in (c.start, c.end, c.delta)] == [plan, made, rest]
    assert c.down is down


@pytest.mark.parametrize("text", [
    "年度目标任务100户，已完成120户，超额完成20%。",
    "计划招商10家，已签约8家，尚有3家正在洽谈。",
    "计划投资5亿元，已完成投资3.2亿元，完成率64%。",
    "计划完成造林约1000亩，已完成800亩，剩余150亩。",
    "完成造林1000亩，计划明年再造林800亩，剩余150亩荒山待治理。",
])
def test_look_alikes_are_not_read(text):
    assert document_plan_progress(Document("a.txt", text)) == []


@settings(max_examples=100, deadline=None)
@given(plan=st.integers(10, 10**6), share=st.floats(0.05, 0.95), slip=st.sampled_from([0, 0, 1, -1, 10]))
def test_what_is_left_is_reported_exactly_when_it_is_not_the_plan_less_what_was_done(plan, share, slip):
    made = int(plan * share)
    left = plan - made + slip
    if left <= 0:
        return
    found = _rules(f"全年计划改造{plan}户，已完成{made}户，尚差{left}户。")
    assert bool(found) == (slip != 0)
