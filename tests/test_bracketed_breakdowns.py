"""Parts in brackets right after their whole, without a marker (TO009, construction ``in-brackets``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO001", "TO002", "TO004", "TO009"])


def _codes(text: str) -> list[str]:
    return [f.rule_id for f in audit_document(Document("report.txt", text), _CHECKERS)]


@pytest.mark.parametrize(("text", "codes"), [
    # a near miss: the brackets give the composition, and it falls short
    ("全年实施重点项目107个（产业类17个、基础设施类35个、民生类29个、生态环保类16个）。", ["TO009"]),
    ("共接报警情4,631起（火灾1,296起、社会救助2,258起、抢险救援989起）。", ["TO009"]),
    ("全县改造农村危房一百零八户（一级危房二十八户、二级危房二十户、三级危房四十八户）。", ["TO009"]),
    # the composition adds up
    ("全年实施重点项目107个（产业类27个、基础设施类35个、民生类29个、生态环保类16个）。", []),
    # the main kinds only: far short of the whole
    ("全县共有医疗机构1200家（医院50家、乡镇卫生院80家）。", []),
    # a marker or 等 makes the list a selection
    ("全年实施重点项目107个（其中产业类17个、基础设施类35个、民生类29个）。", []),
    ("全年实施重点项目107个（产业类17个、基础设施类35个、民生类29个等）。", []),
    ("全年实施重点项目107个（主要有产业类17个、基础设施类35个、民生类29个）。", []),
    # an approximate whole, attributes that may overlap, other years
    ("全年实施重点项目约107个（产业类17个、基础设施类35个、民生类29个、生态环保类16个）。", []),
    ("全镇发展新党员95名（女性党员46名、少数民族党员39名）。", []),
    ("全年实施重点项目107个（2022年95个、2021年88个）。", []),
    # over the whole: TO002, not TO009
    ("全年实施重点项目107个（产业类37个、基础设施类35个、民生类29个、生态环保类16个）。", ["TO002"]),
    # a shortfall one keystroke explains: TO004, not both
    ("共受理案件7,840件（民事案件5,120件、行政案件2,360件）。", ["TO004"]),
])
def test_a_bracketed_breakdown_is_judged_as_a_composition(text, codes):
    assert _codes(text) == codes


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.integers(20, 5000), min_size=2, max_size=4), short=st.integers(0, 60))
def test_the_fifth_decides_between_a_slip_and_a_selection(parts, short):
    """Short of the whole by less than a fifth (and by no keystroke slip): reported; by more, or not at all: not."""
    whole = sum(parts) * 100 // (100 - short) if short else sum(parts)
    names = ["甲类", "乙类", "丙类", "丁类"]
    text = f"全年办理事项{whole}件（" + "、".join(f"{n}{p}件" for n, p in zip(names, parts, strict=False)) + "）。"
    codes = _codes(text)
    assert "TO001" not in codes and "TO002" not in codes
    if whole == sum(parts) or sum(parts) * 5 < whole * 4:
        assert "TO009" not in codes
    else:
        assert codes in (["TO009"], ["TO004"])
