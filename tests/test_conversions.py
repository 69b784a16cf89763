"""One area stated in two units (TO008, :mod:`auditor.conversions`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.conversions import document_conversions
from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO008"])


def _findings(text: str) -> list:
    return audit_document(Document("report.txt", text), _CHECKERS)


@pytest.mark.parametrize(("text", "wrong"), [
    ("全年完成油茶低改46100亩（3073.3公顷），全部通过验收。", False),
    ("全年完成油茶低改46100亩（3380.7公顷），全部通过验收。", True),
    ("撂荒地复耕面积1203公顷，折合18045亩。", False),
    ("撂荒地复耕面积1203公顷，折合12030亩。", True),
    ("建成区面积12.5平方公里（1250公顷）。", False),
    ("建成区面积12.5平方公里（1350公顷）。", True),
    ("新增造林面积2.4万亩（约1600公顷）。", False),
    ("新增造林面积2.4万亩（约1200公顷）。", True),
    ("改造绿地3.6公顷，合36000平方米。", False),
    ("改造绿地3.6公顷，合3600平方米。", True),
    # an approximate figure of four significant digits is a rounding: 1 %, not 5 %
    ("年末存款余额369412万元（约合36.94亿元）。", False),
    ("年末存款余额369412万元（约合36.34亿元）。", True),
    ("年末存款余额369412万元（约合37亿元）。", False),
    ("新增造林面积24120亩（约1608公顷）。", False),
    ("新增造林面积24120亩（约1580公顷）。", True),
])
def test_an_area_in_two_units_must_agree(text, wrong):
    found = _findings(text)
    assert len(found) == int(wrong)
    if wrong:
        assert "≠" in found[0].message


@pytest.mark.parametrize("text", [
    "种植水稻3200亩（其中示范片120公顷）。",
    "完成造林1500亩，抚育林地300公顷。",
    "耕地保有量46100亩（2023年为3380.7公顷）。",
    "完成造林1500亩、抚育林地300公顷。",
])
def test_areas_that_are_not_one_area_are_not_compared(text):
    assert document_conversions(Document("a.txt", text)) == []


@settings(max_examples=150, deadline=None)
@given(mu=st.integers(15, 10**6))
def test_an_exact_conversion_passes_and_a_tenfold_slip_is_found(mu):
    hectares = mu / 15
    good = f"完成高标准农田建设{mu}亩（{hectares:.2f}公顷）。"
    bad = f"完成高标准农田建设{mu}亩（{hectares * 10:.2f}公顷）。"
    assert _findings(good) == []
    assert len(_findings(bad)) == 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="亩公顷平方米公里（）()，,折合约0123456789.万", max_size=60))
def test_any_text_gives_conversions_inside_it(text):
    for c in document_conversions(Document("a.txt", text)):
        assert 0 <= c.first.start < c.first.end <= c.second.start < c.second.end <= len(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("全社会用电量6235573万千瓦时（折合623.56亿千瓦时），保持增长。", False),
    ("全社会用电量6235573万千瓦时（折合623.06亿千瓦时），保持增长。", True),
    ("全年货物运输量801238万吨（折合80.12亿吨）。", False),
    ("全年货物运输量801238万吨（折合45.1亿吨）。", True),
    ("全年供水量1,881,698万立方米，折合188.17亿立方米。", False),
    ("全年供水量1,881,698万立方米，折合184.17亿立方米。", True),
    ("完成投资5000万元（约0.5亿元）。", False),
    ("完成投资5000万元（约0.9亿元）。", True),
])
def test_a_figure_restated_in_another_magnitude_must_agree(text, wrong):
    assert bool(_findings(text)) is wrong


@pytest.mark.parametrize("text", [
    "全年完成投资12.5亿元（其中中央资金3000万元）。",
    "财政收入3.2亿元，上年2800万元。",
    "全年接待游客1.2亿人次（含过夜游客3500万人次）。",
    "用电量12亿千瓦时（6000万千瓦时为居民用电）。",
])
def test_figures_of_two_magnitudes_that_are_not_one_figure_are_not_compared(text):
    assert _findings(text) == []
