"""Last year's and this year's figures side by side, then their change (auditor/year_pairs.py): each indicator
written here, a consistent twin, the same with the change wrong, and look-alikes (a rate's change in %, a signed
change, two units)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.year_pairs import document_year_changes

CHANGES = build_checkers([r for r in load_rulebook() if r.id.startswith("PC")])


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in audit_document(Document("a.txt", text), CHANGES)]


#: (consistent text, the same with the change wrong, the figure reported)
TWINS = [
    ("义务教育巩固率：上年96.2%，本年97.5%，提高1.3个百分点。",
     "义务教育巩固率：上年96.2%，本年97.5%，提高2.3个百分点。", "2.3个百分点"),
    ("群众满意率：上年88.0％，本年85.6％，下降2.4个百分点。",
     "群众满意率：上年88.0％，本年85.6％，下降4.2个百分点。", "4.2个百分点"),
    # this year's first, an amount and its growth in %
    ("新建充电桩1,320个，上年1,100个，增长20.0%。", "新建充电桩1,320个，上年1,100个，增长12.0%。", "12.0%"),
    ("接待游客86.4万人次，上年96.0万人次，下降10.0%。", "接待游客86.4万人次，上年96.0万人次，下降13.0%。", "13.0%"),
    # 今年 for 本年, 为 after the year
    ("覆盖率：上年为71.5%，今年为74.0%，上升2.5个百分点。", "覆盖率：上年为71.5%，今年为74.0%，上升5.2个百分点。",
     "5.2个百分点"),
]


@pytest.mark.parametrize("good, bad, figure", TWINS)
def test_a_change_that_misses_its_years_is_reported(good, bad, figure):
    assert _found(good) == []
    assert figure in _found(bad)


#: changes this reading leaves alone
LOOK_ALIKES = [
    "覆盖率：上年80%，本年82%，提高2.5%。",  # (a rate's change in %: points or relative, the text does not say)
    "预警终端1612台，上年1568台，增长-4.8%。",  # (a signed change)
    "投入3867万元，上年3933台，下降1.7%。",  # (two units: no one measure)
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_read(text):
    assert document_year_changes(Document("a.txt", text)) == []


@settings(max_examples=60, deadline=None)
@given(last=st.integers(100, 999), now=st.integers(100, 999), slip=st.sampled_from([0, 0, 3, -2, 7]))
def test_points_are_reported_exactly_when_they_miss(last, now, slip):
    a, b = last / 10, now / 10
    if a == b:
        return
    points = round(abs(b - a) * 10) + slip
    if points <= 0:
        return
    verb = "提高" if b > a else "下降"
    text = f"普及率：上年{a:.1f}%，本年{b:.1f}%，{verb}{points / 10:.1f}个百分点。"
    assert (_found(text) != []) == (slip != 0)
